// Package atexit is the atexit module: functions a program registers to
// run when the interpreter exits, after threading has waited for the
// non-daemon threads, last registered first (see vm.Interp.AtExit, which
// this module's exit hook goes through).
package atexit

import (
	"fmt"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

// callback is one registration: the function and the arguments to call
// it with.
type callback struct {
	fn      vm.Object
	args    []vm.Object // positional, then the keyword values
	kwnames vm.Tuple
}

// registry is an interpreter's list of callbacks. As in CPython, an
// unregistered callback leaves an empty slot (so _ncallbacks() still
// counts it) until the list is cleared or run.
type registry struct {
	callbacks []*callback
}

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "atexit", Builtin: true, Init: initModule})
}

func initModule(t *vm.Thread, m *vm.Module) error {
	r := &registry{}
	m.Set("__doc__", py.String("Register functions to be called when the interpreter exits."))
	m.Set("register", vm.NewBuiltin("register", r.register,
		"register($module, func, /, *args, **kwargs)\n--\n\n"+
			"Arrange for func(*args, **kwargs) to be called when the interpreter exits.\n\n"+
			"Functions run last registered first. func is returned, so register can be\n"+
			"used as a decorator."))
	m.Set("unregister", vm.NewBuiltin("unregister", r.unregister,
		"unregister($module, func, /)\n--\n\n"+
			"Remove every registration of func (compared with ==); a func that was\n"+
			"never registered is ignored."))
	m.Set("_run_exitfuncs", vm.NewBuiltin("_run_exitfuncs", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if err := noArgs("_run_exitfuncs", args, kwnames); err != nil {
			return nil, err
		}
		return vm.None, r.run(t)
	}, "_run_exitfuncs($module, /)\n--\n\nRun the registered functions now, and forget them."))
	m.Set("_clear", vm.NewBuiltin("_clear", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if err := noArgs("_clear", args, kwnames); err != nil {
			return nil, err
		}
		r.callbacks = nil
		return vm.None, nil
	}, "_clear($module, /)\n--\n\nForget every registered function."))
	m.Set("_ncallbacks", vm.NewBuiltin("_ncallbacks", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if err := noArgs("_ncallbacks", args, kwnames); err != nil {
			return nil, err
		}
		return vm.NewInt(int64(len(r.callbacks))), nil
	}, "_ncallbacks($module, /)\n--\n\nThe number of registration slots in use."))
	t.Interp().AtExit(r.run)
	return nil
}

func noArgs(name string, args []vm.Object, kwnames vm.Tuple) error {
	if len(args) > 0 {
		return vm.NewError(py.TypeError, fmt.Sprintf("atexit.%s() takes no arguments (%d given)", name, len(args)))
	}
	return nil
}

func (r *registry) register(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	npos := len(args) - len(kwnames)
	if npos < 1 {
		return nil, vm.NewError(py.TypeError, fmt.Sprintf("register() takes at least 1 argument (%d given)", npos))
	}
	fn := args[0]
	if !vm.IsCallable(fn) {
		return nil, vm.NewError(py.TypeError, "the first argument must be callable")
	}
	cb := &callback{fn: fn, args: append([]vm.Object(nil), args[1:]...)}
	if len(kwnames) > 0 {
		cb.kwnames = append(vm.Tuple(nil), kwnames...)
	}
	r.callbacks = append(r.callbacks, cb)
	return fn, nil
}

func (r *registry) unregister(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if len(kwnames) > 0 {
		return nil, vm.NewError(py.TypeError, "atexit.unregister() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, vm.NewError(py.TypeError, fmt.Sprintf("atexit.unregister() takes exactly one argument (%d given)", len(args)))
	}
	// The comparison may run Python code that changes the list: look at
	// it afresh at each step.
	for i := 0; i < len(r.callbacks); i++ {
		cb := r.callbacks[i]
		if cb == nil {
			continue
		}
		eq, err := vm.Equal(t, cb.fn, args[0])
		if err != nil {
			return nil, err
		}
		if eq && i < len(r.callbacks) && r.callbacks[i] == cb {
			r.callbacks[i] = nil
		}
	}
	return vm.None, nil
}

// run calls the callbacks registered so far, last first, then forgets
// every callback (those registered meanwhile too, which do not run, as in
// CPython). An exception a callback raises is reported as unraisable and
// the others still run.
func (r *registry) run(t *vm.Thread) error {
	for i := len(r.callbacks) - 1; i >= 0; i-- {
		if i >= len(r.callbacks) {
			continue // a callback cleared the list
		}
		cb := r.callbacks[i]
		if cb == nil {
			continue
		}
		_, err := vm.Call(t, cb.fn, cb.args, cb.kwnames)
		if err == nil {
			continue
		}
		exc, ok := err.(*py.Exception)
		if !ok {
			// Not a Python exception: the run is being stopped.
			r.callbacks = nil
			return err
		}
		t.WriteUnraisable("in atexit callback", cb.fn, exc)
	}
	r.callbacks = nil
	return nil
}
