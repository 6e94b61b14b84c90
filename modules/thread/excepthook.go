package thread

import (
	"fmt"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

// ExceptHookArgs is _thread._ExceptHookArgs (threading.ExceptHookArgs):
// what threading.excepthook receives for an exception a thread's run()
// did not handle.
var ExceptHookArgs = vm.NewStructSeqType(vm.StructSeqDef{
	Module: "_thread",
	Name:   "_ExceptHookArgs",
	Doc:    "What threading.excepthook receives: exc_type, exc_value, exc_traceback, thread.",
	Fields: []string{"exc_type", "exc_value", "exc_traceback", "thread"},
})

// excepthook is _thread._excepthook, the default threading.excepthook:
// it prints "Exception in thread NAME:" and the traceback to sys.stderr
// (or to the thread's saved stderr when sys.stderr is None), and ignores
// SystemExit.
func excepthook(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if len(kwnames) > 0 {
		return nil, vm.NewError(py.TypeError, "_thread._excepthook() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, vm.NewError(py.TypeError, fmt.Sprintf("_thread._excepthook() takes exactly one argument (%d given)", len(args)))
	}
	vals := vm.StructSeqValues(args[0])
	if vals == nil || vm.TypeOf(args[0]) != ExceptHookArgs.T() {
		return nil, vm.NewError(py.TypeError, "_thread.excepthook argument type must be ExceptHookArgs")
	}
	excType, excValue, excTb, thread := vals[0], vals[1], vals[2], vals[3]
	if typ, ok := excType.(*vm.Type); ok && vm.IsSubtype(typ, py.SystemExit) {
		return vm.None, nil
	}
	file, ok := t.Interp().Sys().Get("stderr")
	if !ok || file == vm.None {
		if thread == vm.None {
			return vm.None, nil
		}
		f, err := vm.GetAttr(t, thread, "_stderr")
		if err != nil {
			return nil, err
		}
		if f == vm.None {
			return vm.None, nil
		}
		file = f
	}
	var name vm.Object
	if thread != vm.None {
		if n, err := vm.GetAttr(t, thread, "name"); err == nil {
			name = n
		}
	}
	header := fmt.Sprintf("Exception in thread %d", t.Ident())
	if name != nil {
		s, err := vm.StrString(t, name)
		if err != nil {
			return nil, err
		}
		header = "Exception in thread " + s
	}
	if err := writeTo(t, file, header+":\n"); err != nil {
		return nil, err
	}
	if err := flush(t, file); err != nil {
		return nil, err
	}
	var text string
	switch v := excValue.(type) {
	case *py.Exception:
		if excTb != vm.None {
			saved := v.Traceback
			v.Traceback = excTb
			text = t.FormatException(v)
			v.Traceback = saved
		} else {
			text = t.FormatException(v)
		}
	default:
		// Not an exception instance: print what CPython prints for one
		// it cannot display, the type's name and the value.
		s, err := vm.StrString(t, excValue)
		if err != nil {
			return nil, err
		}
		tn := "None"
		if typ, ok := excType.(*vm.Type); ok {
			tn = typ.Name
		}
		text = tn + ": " + s + "\n"
		if excValue == vm.None {
			text = tn + "\n"
		}
	}
	if err := writeTo(t, file, text); err != nil {
		return nil, err
	}
	return vm.None, flush(t, file)
}

func writeTo(t *vm.Thread, file vm.Object, s string) error {
	w, err := vm.GetAttr(t, file, "write")
	if err != nil {
		return err
	}
	_, err = vm.Call(t, w, []vm.Object{py.String(s)}, nil)
	return err
}

func flush(t *vm.Thread, file vm.Object) error {
	f, err := vm.GetAttr(t, file, "flush")
	if err != nil {
		// A file without flush() is fine.
		return nil
	}
	_, err = vm.Call(t, f, nil, nil)
	return err
}
