// Package multiprocessing is Python's multiprocessing on interpreter
// instances: each process a child interpreter (vm.StartChild) running in
// parallel with its own GIL, objects crossing between them as pickles.
//
// The Go module _gilpy_mp gives the Python package what an operating
// system gives CPython's: starting a process, its pid and exit code,
// signals, and queues (channels of pickles) that several interpreters
// can hold. _multiprocessing gives SemLock, the semaphore the
// synchronization primitives are built on.
package multiprocessing

import (
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

type (
	Object = vm.Object
	Tuple  = vm.Tuple
)

//go:embed all:py
var sources embed.FS

var handleClass = vm.NewType("_gilpy_mp", "ProcessHandle", "A started child process: its pid, exit code and signals.", nil, 0)

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "_gilpy_mp", Init: initModule})
	vm.RegisterModule(&vm.ModuleDef{Name: "_multiprocessing", Init: initSemModule})
	err := fs.WalkDir(sources, "py", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		src, err := sources.ReadFile(path)
		if err != nil {
			return err
		}
		rel := strings.TrimSuffix(strings.TrimPrefix(path, "py/"), ".py")
		name := strings.ReplaceAll(rel, "/", ".")
		pkg := false
		if strings.HasSuffix(name, ".__init__") {
			name = strings.TrimSuffix(name, ".__init__")
			pkg = true
		}
		vm.RegisterModule(&vm.ModuleDef{Name: name, Source: string(src), Package: pkg, File: rel + ".py"})
		return nil
	})
	if err != nil {
		panic(err)
	}
	defHandle()
	defChannel()
	defPipeEnd()
	defSemLock()
	defSharedArray()
}

// handle is a ProcessHandle.
type handle struct{ c *vm.Child }

func (h *handle) Type() *py.Type { return handleClass.T() }

func defHandle() {
	c := handleClass
	c.DefGetSet("pid", func(t *vm.Thread, o Object) (Object, error) {
		return vm.NewInt(int64(o.(*handle).c.Pid())), nil
	}, nil)
	c.DefMethod("poll", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if code, ok := args[0].(*handle).c.ExitCode(); ok {
			return vm.NewInt(int64(code)), nil
		}
		return vm.None, nil
	}, "The exit code, or None while the process runs.")
	c.DefMethod("wait", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		var timeout Object
		if _, err := vm.ParseClinic(&vm.Params{Func: "wait", Names: []string{"timeout"}, KwOnly: -1}, args[1:], kwnames, &timeout); err != nil {
			return nil, err
		}
		d, err := timeoutArg(t, timeout)
		if err != nil {
			return nil, err
		}
		done, err := args[0].(*handle).c.Wait(t, d)
		if err != nil {
			return nil, err
		}
		return vm.NewBool(done), nil
	}, "Wait for the process to end, at most timeout seconds; report whether it has.")
	c.DefMethod("signal", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckMethodArgs("signal", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		sig, err := vm.IndexInt(t, args[1])
		if err != nil {
			return nil, err
		}
		args[0].(*handle).c.Signal(sig)
		return vm.None, nil
	}, "Stop the process as the signal would (15 for terminate, 9 for kill).")
	c.Ready()
}

// timeoutArg turns None or a number of seconds into a wait limit
// (negative: none).
func timeoutArg(t *vm.Thread, o Object) (time.Duration, error) {
	if o == nil || o == vm.None {
		return -1, nil
	}
	f, err := vm.FloatOf(t, o)
	if err != nil {
		return 0, err
	}
	if f < 0 {
		f = 0
	}
	return time.Duration(f * float64(time.Second)), nil
}

func initModule(t *vm.Thread, m *vm.Module) error {
	m.Set("__doc__", py.String("What the operating system gives multiprocessing in CPython, for gilpy's interpreter instances."))
	fn := func(name, doc string, f vm.BuiltinFn) {
		m.Set(name, vm.NewModuleFunction("_gilpy_mp", name, f, doc))
	}
	fn("start", "start(name, main_path, sys_path, argv, payload) -> ProcessHandle\n\nStart a child interpreter: it runs main_path as __mp_main__ (unless None), then multiprocessing.spawn._child_main(payload).", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckArgs("start", args, kwnames, 5, 5); err != nil {
			return nil, err
		}
		name, err := vm.StrString(t, args[0])
		if err != nil {
			return nil, err
		}
		mainPath := ""
		if args[1] != vm.None {
			if mainPath, err = vm.StrString(t, args[1]); err != nil {
				return nil, err
			}
		}
		sysPath, err := strList(t, args[2])
		if err != nil {
			return nil, err
		}
		argv, err := strList(t, args[3])
		if err != nil {
			return nil, err
		}
		payload, err := vm.BytesOf(t, args[4])
		if err != nil {
			return nil, err
		}
		payload = append([]byte{}, payload...)
		child, err := t.Interp().StartChild(name, func(ct *vm.Thread) int {
			return childMain(ct, mainPath, sysPath, argv, payload)
		})
		if err != nil {
			return nil, vm.NewError(py.OSError, err.Error())
		}
		return &handle{c: child}, nil
	})
	fn("_channel", "Rebuild a Channel from its id (in another process).", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		id, o, err := rebuildShared(t, args, kwnames, "channel")
		if err != nil {
			return nil, err
		}
		ch, ok := o.(*channel)
		if !ok {
			return nil, vm.NewError(py.ValueError, "no shared channel with that id")
		}
		return &channelObj{id: id, ch: ch}, nil
	})
	m.Set("Channel", channelClass.T())
	initPipes(m)
	m.Set("SharedArray", sharedArrayClass.T())
	fn("_shared_array", "Rebuild a SharedArray from its id (in another process).", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		id, o, err := rebuildShared(t, args, kwnames, "array")
		if err != nil {
			return nil, err
		}
		a, ok := o.(*sharedArray)
		if !ok {
			return nil, vm.NewError(py.ValueError, "no shared array with that id")
		}
		return &sharedArrayObj{id: id, a: a}, nil
	})
	fn("cpu_count", "The number of CPUs online in the machine (os.cpu_count()).", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		return vm.NewInt(int64(vm.CPUCount())), vm.CheckArgs("cpu_count", args, kwnames, 0, 0)
	})
	return nil
}

func strList(t *vm.Thread, o Object) ([]string, error) {
	items, err := vm.Collect(t, o)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(items))
	for i, it := range items {
		if out[i], err = vm.StrString(t, it); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// childMain is the life of a child: its sys.argv and sys.path are the
// parent's, the main script runs again as __mp_main__ (so the target
// function can be found by name, as with CPython's spawn start method),
// then the pickled process object runs. An exception escaping either
// is printed as CPython prints an uncaught one, and gives exit code 1.
func childMain(t *vm.Thread, mainPath string, sysPath, argv []string, payload []byte) int {
	in := t.Interp()
	sys := in.Sys()
	sys.Set("argv", strsToList(argv))
	sys.Set("path", strsToList(sysPath))
	if mainPath != "" {
		if err := runMain(t, mainPath); err != nil {
			return report(t, err)
		}
	}
	mod, err := t.ImportModule("multiprocessing.spawn")
	if err != nil {
		return report(t, err)
	}
	fn, err := vm.GetAttr(t, mod, "_child_main")
	if err != nil {
		return report(t, err)
	}
	r, err := vm.Call(t, fn, []Object{py.Bytes(payload)}, nil)
	if err != nil {
		return report(t, err)
	}
	code, err := vm.IndexInt(t, r)
	if err != nil {
		return report(t, err)
	}
	return code
}

func strsToList(ss []string) *py.List {
	items := make([]Object, len(ss))
	for i, s := range ss {
		items[i] = py.String(s)
	}
	return py.NewListFromItems(items)
}

// runMain runs the parent's main script as __mp_main__, which is also
// __main__ for pickles that name it.
func runMain(t *vm.Thread, path string) error {
	in := t.Interp()
	f, err := in.Host().Open(path, os.O_RDONLY, 0)
	if err != nil {
		return vm.NewError(py.OSError, fmt.Sprintf("can't open file %q: %v", path, err))
	}
	src, err := io.ReadAll(f)
	f.Close()
	if err != nil {
		return vm.NewError(py.OSError, fmt.Sprintf("can't read file %q: %v", path, err))
	}
	code, err := in.CompileSource(src, path, "exec")
	if err != nil {
		return err
	}
	m := vm.NewModule("__mp_main__")
	m.Set("__file__", py.String(path))
	in.Modules().SetStr("__mp_main__", m)
	in.Modules().SetStr("__main__", m)
	_, err = t.RunCode(code, m.Dict(), nil)
	return err
}

// report prints an exception that ended a child and gives its exit
// code: SystemExit's code, else 1.
func report(t *vm.Thread, err error) int {
	exc, ok := err.(*py.Exception)
	if !ok {
		if ab := t.Interp().Aborted(); ab != nil {
			return ab.Status
		}
		return 1
	}
	if vm.IsInstance(exc, py.SystemExit) {
		code, msg := t.Interp().ExitCode(exc)
		if msg != "" {
			t.WriteStderr(msg + "\n")
		}
		return code
	}
	t.PrintException(exc)
	return 1
}
