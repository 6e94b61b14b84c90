package interp

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // gpython's modules and context, the engine until ours replaces it
)

// Interpreter is one Python interpreter instance: its own modules, sys
// state and standard streams. Code runs through RunFile or Exec.
type Interpreter struct {
	opts   Options
	ctx    py.Context
	stdout *outStream
	stderr *outStream
	main   *py.Module // __main__ of the interactive session
	closed bool
}

// New returns an interpreter configured by opts.
func New(opts Options) (*Interpreter, error) {
	o := opts.withDefaults()
	in := &Interpreter{opts: o}
	outMode := BlockBuffered
	if isTerminal(o.Stdout) {
		outMode = LineBuffered
	}
	errMode := LineBuffered
	if o.Unbuffered {
		outMode, errMode = Unbuffered, Unbuffered
	}
	in.stdout = newOutStream(o.Stdout, outMode)
	in.stderr = newOutStream(o.Stderr, errMode)

	ctxOpts := py.DefaultContextOpts()
	ctxOpts.SysArgs = o.Argv
	ctxOpts.SysPaths = append(append([]string{}, o.Path...), ctxOpts.SysPaths...)
	in.ctx = py.NewContext(ctxOpts)
	sys, err := in.ctx.GetModule("sys")
	if err != nil {
		return nil, fmt.Errorf("interp: no sys module: %w", err)
	}
	sys.Globals["stdout"] = newStreamObject(in.stdout, "<stdout>")
	sys.Globals["stderr"] = newStreamObject(in.stderr, "<stderr>")
	// gpython's sys.exit returns its SystemExit instead of raising it.
	sys.Globals["exit"] = py.MustNewMethod("exit", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) > 1 {
			return nil, py.ExceptionNewf(py.TypeError, "exit expected at most 1 argument, got %d", len(args))
		}
		exc, err := py.ExceptionNew(py.SystemExit, args, nil)
		if err != nil {
			return nil, err
		}
		return nil, exc.(*py.Exception)
	}, 0, "Exit the interpreter by raising SystemExit(status).")
	return in, nil
}

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
	if err := in.setSys(argv, filepath.Dir(abs)); err != nil {
		return err
	}
	return in.run(ctx, string(src), abs)
}

// Exec runs src as the __main__ module; filename is what tracebacks
// call it ("<string>" for python -c).
func (in *Interpreter) Exec(ctx context.Context, src, filename string) error {
	if in.closed {
		return errors.New("interp: interpreter is closed")
	}
	if err := in.setSys(in.opts.Argv, ""); err != nil {
		return err
	}
	return in.run(ctx, src, filename)
}

// Close flushes the standard streams and releases the interpreter.
func (in *Interpreter) Close() error {
	if in.closed {
		return nil
	}
	in.closed = true
	err := errors.Join(in.stdout.Flush(), in.stderr.Flush())
	return errors.Join(err, in.ctx.Close())
}

func (in *Interpreter) setSys(argv []string, dir string) error {
	sys, err := in.ctx.GetModule("sys")
	if err != nil {
		return err
	}
	sys.Globals["argv"] = py.NewListFromStrings(argv)
	if path, ok := sys.Globals["path"].(*py.List); ok {
		path.Items = append([]py.Object{py.String(dir)}, path.Items...)
	}
	return nil
}

func (in *Interpreter) run(ctx context.Context, src, filename string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	code, err := py.Compile(src, filename, py.ExecMode, 0, true)
	if err == nil {
		_, err = py.RunCode(in.ctx, code, filename, "__main__")
	}
	if err == nil {
		return in.stdout.Flush()
	}
	return in.report(err)
}

// report turns an exception that escaped the program into what CPython
// would do with it: SystemExit becomes an exit status (printing a
// non-integer code), anything else a traceback on stderr and status 1.
func (in *Interpreter) report(err error) error {
	// CPython flushes sys.stdout before it prints a traceback, so what
	// the program printed comes first in a combined capture.
	_ = in.stdout.Flush()
	exc := asException(err)
	if exc == nil {
		return err
	}
	if exc.value.Type().IsSubtype(py.SystemExit) {
		code, msg := exitCode(exc.value)
		if msg != "" {
			_, _ = in.stderr.WriteString(msg + "\n")
		}
		_ = in.stderr.Flush()
		return &ExitError{Code: code}
	}
	pe := formatException(exc)
	_, _ = in.stderr.WriteString(pe.Traceback)
	_ = in.stderr.Flush()
	return pe
}

// Interact runs one interactive input, as the REPL reads it: src holds
// the lines typed so far. When they do not yet form a complete statement
// (an open block or bracket), more is true and nothing runs. Expression
// values are printed as the interactive interpreter prints them, and an
// exception's traceback is printed without ending the session.
func (in *Interpreter) Interact(ctx context.Context, src string) (more bool, err error) {
	if in.closed {
		return false, errors.New("interp: interpreter is closed")
	}
	if in.main == nil {
		in.main, err = py.RunSrc(in.ctx, "", "<stdin>", "__main__")
		if err != nil {
			return false, err
		}
	}
	code, cerr := py.Compile(src+"\n", "<stdin>", py.SingleMode, 0, true)
	if cerr != nil {
		text := cerr.Error()
		if strings.Contains(text, "unexpected EOF while parsing") || strings.Contains(text, "EOF while scanning triple-quoted string literal") {
			if s := strings.TrimSpace(src); s != "" && s[0] != '#' {
				return true, nil
			}
		}
		return false, in.reportInteractive(cerr)
	}
	_, rerr := in.ctx.RunCode(code, in.main.Globals, in.main.Globals, nil)
	_ = in.stdout.Flush()
	if rerr != nil {
		return false, in.reportInteractive(rerr)
	}
	return false, nil
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
