package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/gilpy/gilpy/interp"
	"github.com/peterh/liner"
)

const (
	primaryPrompt   = ">>> "
	secondaryPrompt = "... "
)

// runREPL reads statements from the terminal and runs them one by one,
// as python does with no arguments. When stdin is not a terminal, the
// whole of it is the program, again as in python.
func runREPL(ctx context.Context, in *interp.Interpreter, stdin io.Reader, stdout, stderr io.Writer, quiet bool) error {
	if f, ok := stdin.(*os.File); !ok || !isTTY(f) {
		src, err := io.ReadAll(stdin)
		if err != nil {
			return err
		}
		return in.Exec(ctx, string(src), "<stdin>")
	}
	if !quiet {
		fmt.Fprintf(stderr, "%s\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n", versionText())
	}
	line := liner.NewLiner()
	defer line.Close()
	line.SetCtrlCAborts(true)
	buf := ""
	prompt := primaryPrompt
	for {
		text, err := line.Prompt(prompt)
		if errors.Is(err, liner.ErrPromptAborted) {
			fmt.Fprintln(stderr, "KeyboardInterrupt")
			buf, prompt = "", primaryPrompt
			continue
		}
		if err != nil { // EOF: Ctrl-D
			fmt.Fprintln(stdout)
			return nil
		}
		if text != "" {
			line.AppendHistory(text)
		}
		if prompt == secondaryPrompt {
			buf += "\n"
		}
		buf += text
		more, err := in.Interact(ctx, buf)
		if err != nil {
			return err
		}
		if more {
			prompt = secondaryPrompt
			continue
		}
		buf, prompt = "", primaryPrompt
	}
}

func isTTY(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
