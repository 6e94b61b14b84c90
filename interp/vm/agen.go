package vm

import (
	"fmt"

	"github.com/go-python/gpython/py"
)

// Async generators: __anext__, asend, athrow and aclose return awaitables
// that drive the generator's frame. The frame suspends in two ways: at an
// await inside it (its YIELD_VALUE sits in a SEND loop, see
// Generator.yieldFrom), which the awaitable passes up to whoever drives
// it, and at one of its own yields, which completes the awaitable with
// that value.

type asendKind uint8

const (
	kindAsend asendKind = iota
	kindAthrow
	kindAclose
)

var (
	asendType  = newBuiltinType("async_generator_asend", "", nil)
	athrowType = newBuiltinType("async_generator_athrow", "", nil)
)

// agenAwaitable is the awaitable of one async generator step.
type agenAwaitable struct {
	gen     *Generator
	kind    asendKind
	value   Object        // asend's value
	exc     *py.Exception // athrow's exception
	started bool
	done    bool
}

func (a *agenAwaitable) Type() *Type {
	if a.kind == kindAsend {
		return &asendType.Type
	}
	return &athrowType.Type
}

// step advances the awaitable, sending v into the generator (or, on the
// first step of athrow/aclose, throwing its exception).
func (a *agenAwaitable) step(t *Thread, v Object, thrown *py.Exception) (Object, error) {
	if a.done {
		return nil, NewError(py.RuntimeError, "cannot reuse already awaited __anext__()/asend()")
	}
	g := a.gen
	if !a.started {
		a.started = true
		switch a.kind {
		case kindAsend:
			if v == None {
				v = a.value
			}
		case kindAthrow, kindAclose:
			if g.finished || (!g.started && a.kind == kindAclose) {
				a.done = true
				g.finished = true
				if a.kind == kindAclose {
					return nil, stopIteration(None)
				}
				return nil, NewException(StopAsyncIteration)
			}
			thrown = a.exc
		}
	}
	if g.finished && thrown == nil {
		a.done = true
		return nil, NewException(StopAsyncIteration)
	}
	if thrown != nil {
		if !g.started {
			g.started = true
			g.finished = true
			a.done = true
			return nil, thrown
		}
		g.frame.pending = thrown
		v = nil
	}
	r, st, err := g.resume(t, v)
	switch st {
	case stateYielded:
		if g.yieldFrom() != nil {
			return r, nil // an await inside the generator: pass it up
		}
		a.done = true
		if a.kind == kindAclose {
			return nil, NewError(py.RuntimeError, "async generator ignored GeneratorExit")
		}
		return nil, stopIteration(r)
	case stateReturned:
		a.done = true
		if a.kind == kindAclose {
			return nil, stopIteration(None)
		}
		return nil, NewException(StopAsyncIteration)
	}
	a.done = true
	if a.kind == kindAclose {
		e := t.asException(err)
		if IsSubtype(TypeOf(e), py.GeneratorExit) || IsSubtype(TypeOf(e), StopAsyncIteration) {
			return nil, stopIteration(None)
		}
	}
	return nil, err
}

func init() {
	ag := AsyncGeneratorType
	agArg := func(o Object) *Generator { return o.(*Generator) }
	ag.defMethod("__aiter__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return args[0], nil
	}, "The async iterator itself, as an awaitable's result would give it.", "nounwrap")
	ag.defMethod("__anext__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := t.initAsyncGenHooks(agArg(args[0])); err != nil {
			return nil, err
		}
		return &agenAwaitable{gen: agArg(args[0]), kind: kindAsend, value: None}, nil
	}, "An awaitable giving the next value; it raises StopAsyncIteration at the end.", "nounwrap")
	ag.defMethod("asend", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("asend", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		if err := t.initAsyncGenHooks(agArg(args[0])); err != nil {
			return nil, err
		}
		return &agenAwaitable{gen: agArg(args[0]), kind: kindAsend, value: args[1]}, nil
	}, "asend(value): an awaitable that resumes the generator with value.", "nounwrap")
	ag.defMethod("athrow", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("athrow", args, kwnames, 1, 3); err != nil {
			return nil, err
		}
		exc, err := throwArgs(t, args[1:])
		if err != nil {
			return nil, err
		}
		if err := t.initAsyncGenHooks(agArg(args[0])); err != nil {
			return nil, err
		}
		return &agenAwaitable{gen: agArg(args[0]), kind: kindAthrow, exc: exc}, nil
	}, "athrow(exc): an awaitable that raises exc where the generator is paused.", "nounwrap")
	ag.defMethod("aclose", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := t.initAsyncGenHooks(agArg(args[0])); err != nil {
			return nil, err
		}
		return &agenAwaitable{gen: agArg(args[0]), kind: kindAclose, exc: NewException(py.GeneratorExit)}, nil
	}, "aclose(): an awaitable that stops the generator by raising GeneratorExit in it.", "nounwrap")

	for _, c := range []*Class{asendType, athrowType} {
		aw := func(o Object) *agenAwaitable { return o.(*agenAwaitable) }
		c.defMethod("__await__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) { return args[0], nil }, "", "nounwrap")
		c.defMethod("__iter__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) { return args[0], nil }, "", "nounwrap")
		c.defMethod("__next__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			return aw(args[0]).step(t, None, nil)
		}, "", "nounwrap")
		c.defMethod("send", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := checkMethodArgs("send", args, kwnames, 1, 1); err != nil {
				return nil, err
			}
			return aw(args[0]).step(t, args[1], nil)
		}, "", "nounwrap")
		c.defMethod("throw", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			exc, err := throwArgs(t, args[1:])
			if err != nil {
				return nil, err
			}
			a := aw(args[0])
			if !a.started {
				a.started = true
			}
			return a.step(t, nil, exc)
		}, "", "nounwrap")
		c.defMethod("close", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			aw(args[0]).done = true
			return None, nil
		}, "", "nounwrap")
		c.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			return py.String(fmt.Sprintf("<%s object at %#x>", TypeName(args[0]), objectAddress(args[0]))), nil
		}, "", "nounwrap")
	}
}
