package interp

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"

	"github.com/gilpy/gilpy/gilrt"
	"github.com/gilpy/gilpy/interp/compile"
	"github.com/gilpy/gilpy/interp/syntax"
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

// Interpreter is one Python interpreter instance: its own modules, sys
// state, standard streams, threads and GIL. Code runs through RunFile,
// RunModule, Exec or Interact.
type Interpreter struct {
	opts   Options
	vm     *vm.Interp
	main   *vm.Module // __main__ of the interactive session
	closed bool
}

// New returns an interpreter configured by opts.
func New(opts Options) (*Interpreter, error) {
	o := opts.withDefaults()
	outMode := vm.BlockBuffered
	if isTerminal(o.Stdout) {
		outMode = vm.LineBuffered
	}
	errMode := vm.LineBuffered
	if o.Unbuffered {
		outMode, errMode = vm.Unbuffered, vm.Unbuffered
	}
	v, err := vm.New(vm.Config{
		Argv:             o.Argv,
		Path:             o.Path,
		Stdin:            o.Stdin,
		Stdout:           o.Stdout,
		Stderr:           o.Stderr,
		StdoutMode:       outMode,
		StderrMode:       errMode,
		Compile:          compile.SourceForVM,
		EveryInstruction: o.EveryInstruction,
		// Each Interpreter is a program of its own: its deadlock check
		// must not wait for the threads of unrelated interpreters in
		// the same Go process. (Its multiprocessing children share it.)
		Registry:       gilrt.NewRegistry(),
		SwitchInterval: int64(o.SwitchInterval),
		GILStats:       o.GILStats,
		Host:           o.Host,
		XOptions:       o.XOptions,
		WarnOptions:    o.WarnOptions,
	})
	if err != nil {
		return nil, err
	}
	return &Interpreter{opts: o, vm: v}, nil
}

// VM returns the underlying virtual machine instance, for packages that
// extend the interpreter.
func (in *Interpreter) VM() *vm.Interp { return in.vm }

// RunFile runs the Python file at path as the __main__ module, with argv
// as sys.argv (argv[0] is conventionally the path as given), and the
// file's directory first on sys.path.
func (in *Interpreter) RunFile(ctx context.Context, path string, argv []string) error {
	if in.closed {
		return errors.New("interp: interpreter is closed")
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	in.setSys(argv, filepath.Dir(abs))
	return in.run(ctx, src, abs, abs)
}

// Exec runs src as the __main__ module; filename is what tracebacks
// call it ("<string>" for python -c). sys.path[0] is the current
// directory's empty string, as for python -c.
func (in *Interpreter) Exec(ctx context.Context, src, filename string) error {
	if in.closed {
		return errors.New("interp: interpreter is closed")
	}
	in.setSys(in.opts.Argv, "")
	return in.run(ctx, []byte(src), filename, "")
}

// Interrupt delivers a SIGINT to the running program, as Ctrl-C does in
// a terminal: the main thread raises KeyboardInterrupt at once, even if it
// is blocked in a sleep, a lock, a join or input(); other threads keep
// running. Safe from any goroutine.
func (in *Interpreter) Interrupt() { in.vm.Interrupt() }

// GILStats returns the table of GIL statistics -X gilstats prints.
func (in *Interpreter) GILStats() string { return in.vm.GILStats() }

// Close waits for the program's threads, flushes the standard streams
// and releases the interpreter.
func (in *Interpreter) Close() error {
	if in.closed {
		return nil
	}
	in.closed = true
	return in.vm.Shutdown()
}

func (in *Interpreter) setSys(argv []string, dir string) {
	sys := in.vm.Sys()
	items := make([]py.Object, len(argv))
	for i, a := range argv {
		items[i] = py.String(a)
	}
	sys.Set("argv", &py.List{Items: items})
	if p, ok := sys.Get("path"); ok {
		if l, ok := p.(*py.List); ok {
			l.Items = append([]py.Object{py.String(dir)}, l.Items...)
		}
	}
}

// run compiles and runs src as __main__.
func (in *Interpreter) run(ctx context.Context, src []byte, filename, file string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	in.vm.SetContext(ctx)
	t := in.vm.MainThread()
	if len(in.opts.WarnOptions) > 0 {
		if _, err := t.ImportModule("warnings"); err != nil {
			return in.report(err)
		}
	}
	code, err := in.vm.CompileSource(src, filename, "exec")
	if err == nil {
		m := vm.NewModule("__main__")
		if file != "" {
			m.Set("__file__", py.String(file))
		}
		in.vm.Modules().SetStr("__main__", m)
		_, err = t.RunCode(code, m.Dict(), nil)
	}
	if err == nil {
		return in.vm.Stdout().Flush()
	}
	return in.report(err)
}

// report turns an exception that escaped the program into what CPython
// does with it: SystemExit becomes an exit status (printing a
// non-integer code), anything else is printed by sys.excepthook and
// gives status 1.
func (in *Interpreter) report(err error) error {
	var exc *py.Exception
	if !errors.As(err, &exc) {
		return err
	}
	t := in.vm.MainThread()
	if vm.IsInstance(exc, py.SystemExit) {
		code, msg := in.vm.ExitCode(exc)
		_ = in.vm.Stdout().Flush()
		if msg != "" {
			_, _ = in.vm.Stderr().WriteString(msg + "\n")
		}
		_ = in.vm.Stderr().Flush()
		return &ExitError{Code: code}
	}
	text := t.FormatException(exc)
	t.PrintException(exc)
	name := vm.TypeName(exc)
	msg := ""
	if s, err := vm.StrString(t, exc); err == nil {
		msg = s
	}
	return &PyError{TypeName: name, Message: msg, Traceback: text}
}

// Interact runs one interactive input, as the REPL reads it: src holds
// the lines typed so far, separated by newlines. When they do not yet form
// a complete statement (an open bracket, a block whose last line is not
// empty), more is true and nothing runs. Expression
// values are printed as the interactive interpreter prints them, and an
// exception's traceback is printed without ending the session.
func (in *Interpreter) Interact(ctx context.Context, src string) (more bool, err error) {
	if in.closed {
		return false, errors.New("interp: interpreter is closed")
	}
	if in.main == nil {
		in.main = vm.NewModule("__main__")
		in.vm.Modules().SetStr("__main__", in.main)
		in.setSys([]string{""}, "")
	}
	in.vm.SetContext(ctx)
	// As at CPython's prompt, a compound statement goes on until an empty
	// line.
	if first, _, multi := strings.Cut(src, "\n"); multi && !strings.HasSuffix(src, "\n") {
		f := strings.TrimSpace(first)
		if strings.HasSuffix(f, ":") || strings.HasPrefix(f, "@") {
			return true, nil
		}
	}
	code, cerr := compile.SourceForVM([]byte(src+"\n"), "<stdin>", "single", 0, nil)
	if cerr != nil {
		if incomplete(src, cerr) {
			return true, nil
		}
		_, cerr = in.vm.CompileSource([]byte(src+"\n"), "<stdin>", "single")
		return false, in.reportInteractive(cerr)
	}
	_, rerr := in.vm.MainThread().RunCode(code, in.main.Dict(), nil)
	_ = in.vm.Stdout().Flush()
	if rerr != nil {
		return false, in.reportInteractive(rerr)
	}
	return false, nil
}

// incomplete reports whether a syntax error only says the input ended
// too early, so the REPL should read another line.
func incomplete(src string, err error) bool {
	var se *syntax.SyntaxError
	if !errors.As(err, &se) {
		return false
	}
	if s := strings.TrimSpace(src); s == "" || s[0] == '#' {
		return false
	}
	msg := se.Msg
	return strings.Contains(msg, "was never closed") || strings.Contains(msg, "unexpected EOF") ||
		strings.HasPrefix(msg, "expected an indented block") || strings.Contains(msg, "unterminated triple-quoted string")
}

// reportInteractive prints an exception as the REPL does and keeps the
// session going; only SystemExit ends it.
func (in *Interpreter) reportInteractive(err error) error {
	rep := in.report(err)
	var exit *ExitError
	if errors.As(rep, &exit) {
		return rep
	}
	return nil
}
