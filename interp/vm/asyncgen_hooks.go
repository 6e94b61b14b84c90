package vm

import (
	"fmt"

	"github.com/go-python/gpython/py"
)

// Async generator hooks (PEP 525): an event loop installs, per thread, a
// firstiter hook that hears of each async generator the first time it is
// iterated (asyncio keeps them so that shutdown_asyncgens can close the
// ones left open) and a finalizer for generators collected unfinished.
//
// gilpy has no finalization of unreachable objects, so the finalizer a
// generator records is never called by the VM: an event loop closes the
// generators it was told about instead (see asyncio's shutdown_asyncgens
// and docs/deviations.md).

// asyncgenHooks are one thread's hooks; nil fields mean none.
type asyncgenHooks struct {
	firstiter, finalizer Object
}

func sysGetAsyncgenHooks(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("sys.get_asyncgen_hooks", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	orNone := func(o Object) Object {
		if o == nil {
			return None
		}
		return o
	}
	var hooks asyncgenHooks
	if t.rare != nil {
		hooks = t.rare.agenHooks
	}
	return NewStructSeq(asyncgenHooksClass, orNone(hooks.firstiter), orNone(hooks.finalizer)), nil
}

// sysSetAsyncgenHooks is sys.set_asyncgen_hooks([firstiter] [, finalizer]):
// an argument left out keeps the current hook, None removes it.
func sysSetAsyncgenHooks(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if n := len(args); n > 2 {
		return nil, NewError(py.TypeError, fmt.Sprintf("function takes at most 2 arguments (%d given)", n))
	}
	var firstiter, finalizer Object
	npos := len(args) - len(kwnames)
	if npos > 0 {
		firstiter = args[0]
	}
	if npos > 1 {
		finalizer = args[1]
	}
	for i, k := range kwnames {
		v := args[npos+i]
		switch name := string(k.(py.String)); {
		case name == "firstiter" && npos < 1:
			firstiter = v
		case name == "finalizer" && npos < 2:
			finalizer = v
		case name == "firstiter" || name == "finalizer":
			return nil, NewError(py.TypeError, fmt.Sprintf("argument for function given by name ('%s') and position (%d)", name, map[string]int{"firstiter": 1, "finalizer": 2}[name]))
		default:
			return nil, NewError(py.TypeError, fmt.Sprintf("'%s' is an invalid keyword argument for this function", name))
		}
	}
	// CPython checks the finalizer first.
	if finalizer != nil && finalizer != None && !IsCallable(finalizer) {
		return nil, NewError(py.TypeError, "callable finalizer expected, got "+TypeName(finalizer))
	}
	if firstiter != nil && firstiter != None && !IsCallable(firstiter) {
		return nil, NewError(py.TypeError, "callable firstiter expected, got "+TypeName(firstiter))
	}
	set := func(slot *Object, v Object) {
		switch v {
		case nil:
		case None:
			*slot = nil
		default:
			*slot = v
		}
	}
	hooks := &t.rareState().agenHooks
	set(&hooks.finalizer, finalizer)
	set(&hooks.firstiter, firstiter)
	return None, nil
}

// initAsyncGenHooks runs once per async generator, when a first __anext__,
// asend, athrow or aclose awaitable is asked of it: it calls the thread's
// firstiter hook with the generator (an error from the hook is the
// method's error; the hook is not called again either way).
func (t *Thread) initAsyncGenHooks(g *Generator) error {
	if g.hooksCalled {
		return nil
	}
	g.hooksCalled = true
	if t.rare == nil {
		return nil
	}
	if fi := t.rare.agenHooks.firstiter; fi != nil {
		if _, err := Call(t, fi, []Object{g}, nil); err != nil {
			return err
		}
	}
	return nil
}
