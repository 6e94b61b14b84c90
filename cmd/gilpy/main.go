// Command gilpy runs Python programs the way the python command does:
//
//	gilpy script.py [args]   run a script
//	gilpy -c CODE [args]     run CODE
//	gilpy -m module [args]   run a module as __main__
//	gilpy - [args]           run the program read from stdin
//	gilpy                    start the interactive interpreter
//
// See gilpy -h for the options.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"runtime/pprof"
	"strings"

	"github.com/gilpy/gilpy/interp"
)

func main() {
	// Python programs allocate many small objects; collecting less often
	// than Go's default trades a little memory for a lot of speed.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	// GILPY_CPUPROFILE=file writes a Go CPU profile of the whole run, for
	// working on the interpreter's speed.
	if path := os.Getenv("GILPY_CPUPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil {
			if pprof.StartCPUProfile(f) == nil {
				code := run(os.Args, os.Stdin, os.Stdout, os.Stderr)
				pprof.StopCPUProfile()
				f.Close()
				exit(code)
			}
		}
	}
	exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}

// exit ends the process with the status run returned.
func exit(code int) {
	if code == statusKeyboardInterrupt {
		// As CPython does after an uncaught KeyboardInterrupt: end by
		// SIGINT itself, so that a shell sees the program was
		// interrupted (and stops a script running it).
		dieBySIGINT()
	}
	os.Exit(code)
}

// statusKeyboardInterrupt is the status of a program ended by an
// uncaught KeyboardInterrupt (128 + SIGINT), used when the command cannot
// end by the signal itself.
const statusKeyboardInterrupt = 130

// run is main without the process: it returns the exit status, so tests
// can drive it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	prog := "gilpy"
	if len(args) > 0 {
		prog = args[0]
	}
	cl, err := parseArgs(args[1:])
	if err != nil {
		var ue *usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(stderr, "%s\nusage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `gilpy -h' for more information.\n", ue.msg, prog)
			return 2
		}
		fmt.Fprintln(stderr, err)
		return 2
	}
	switch {
	case cl.help:
		fmt.Fprintf(stdout, helpText, prog)
		return 0
	case cl.version:
		fmt.Fprintln(stdout, versionText())
		return 0
	}

	opts := interp.Options{
		Stdin:      stdin,
		Stdout:     stdout,
		Stderr:     stderr,
		Unbuffered: cl.unbuffered || (!cl.ignoreEnv && os.Getenv("PYTHONUNBUFFERED") != ""),
		Argv:       cl.argv,
	}
	// PYTHONWARNINGS's filters come first, so that -W's override them.
	if env := os.Getenv("PYTHONWARNINGS"); env != "" && !cl.ignoreEnv {
		for _, w := range strings.Split(env, ",") {
			if w = strings.TrimSpace(w); w != "" {
				opts.WarnOptions = append(opts.WarnOptions, w)
			}
		}
	}
	opts.WarnOptions = append(opts.WarnOptions, cl.warnopts...)
	if err := applyXOptions(&opts, cl.xopts); err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", prog, err)
		return 2
	}
	in, err := interp.New(opts)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", prog, err)
		return 1
	}
	// Ctrl-C is a KeyboardInterrupt in the main thread, as in CPython,
	// not the end of the run: the program may catch it and go on. A
	// process started with SIGINT ignored (a background job of a
	// non-interactive shell, nohup) keeps ignoring it, as CPython does.
	sigs := make(chan os.Signal, 1)
	if !signal.Ignored(os.Interrupt) {
		signal.Notify(sigs, os.Interrupt)
		defer signal.Stop(sigs)
	}
	done := make(chan struct{})
	defer close(done)
	go func() {
		for {
			select {
			case <-sigs:
				in.Interrupt()
			case <-done:
				return
			}
		}
	}()
	ctx := context.Background()

	switch {
	case cl.command != nil:
		err = in.Exec(ctx, *cl.command, "<string>")
	case cl.module != "":
		err = in.RunModule(ctx, cl.module, cl.argv)
		var nm *interp.NoModuleError
		if errors.As(err, &nm) {
			_ = in.Close()
			fmt.Fprintf(stderr, "%s: No module named %s\n", prog, nm.Name)
			return 1
		}
	case cl.script == "-":
		var src []byte
		src, err = io.ReadAll(stdin)
		if err == nil {
			err = in.Exec(ctx, string(src), "<stdin>")
		}
	case cl.script != "":
		err = in.RunFile(ctx, cl.script, cl.argv)
		var pe *os.PathError
		if errors.As(err, &pe) {
			_ = in.Close()
			fmt.Fprintf(stderr, "%s: can't open file %s: [Errno %d] %s\n", prog, quotePath(cl.script), errnoOf(pe), strerror(pe))
			return 2
		}
	default:
		err = runREPL(ctx, in, stdin, stdout, stderr, cl.quiet)
	}
	if cerr := in.Close(); err == nil {
		err = cerr
	}
	return exitStatus(err, stderr, prog)
}

// exitStatus maps the interpreter's result to the process status python
// would exit with. Tracebacks and SystemExit messages were printed by the
// interpreter already.
func exitStatus(err error, stderr io.Writer, prog string) int {
	if err == nil {
		return 0
	}
	var exit *interp.ExitError
	if errors.As(err, &exit) {
		return exit.Code & 0xff
	}
	var pe *interp.PyError
	if errors.As(err, &pe) {
		if pe.TypeName == "KeyboardInterrupt" {
			return statusKeyboardInterrupt
		}
		return 1
	}
	var ab *interp.AbortError
	if errors.As(err, &ab) {
		// The interpreter printed why (a deadlock report) already.
		return ab.Status
	}
	if errors.Is(err, context.Canceled) {
		return 130
	}
	fmt.Fprintf(stderr, "%s: %v\n", prog, err)
	return 1
}
