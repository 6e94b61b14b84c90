package vm

import (
	"fmt"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/go-python/gpython/py"
)

// Exception groups (PEP 654): BaseExceptionGroup(message, exceptions)
// and the splitting except* does.

// newExceptionGroup makes ExceptionGroup(msg, excs), or a
// BaseExceptionGroup when one of them is not an Exception.
func newExceptionGroup(t *Thread, msg string, excs Tuple) (*py.Exception, error) {
	typ := ExceptionGroup
	for _, e := range excs {
		if !IsSubtype(TypeOf(e), py.ExceptionType) {
			typ = BaseExceptionGroup
		}
	}
	g := &py.Exception{Base: typ, Args: Tuple{py.String(msg), &py.List{Items: append([]Object(nil), excs...)}}}
	setExcAttr(g, "message", py.String(msg))
	setExcAttr(g, "exceptions", excs)
	return g, nil
}

func groupExceptions(g *py.Exception) Tuple {
	if e, ok := g.Dict["exceptions"].(Tuple); ok {
		return e
	}
	return nil
}

// splitExceptionGroup divides a group by a matching condition (a type or
// tuple of types), keeping the nesting; either part may be nil.
func splitExceptionGroup(t *Thread, g *py.Exception, cond Object) (Object, Object, error) {
	if ok, err := exceptionMatches(t, g, cond); err != nil {
		return nil, nil, err
	} else if ok {
		return g, nil, nil
	}
	var match, rest Tuple
	for _, e := range groupExceptions(g) {
		ex := e.(*py.Exception)
		if IsSubtype(TypeOf(ex), BaseExceptionGroup) {
			m, r, err := splitExceptionGroup(t, ex, cond)
			if err != nil {
				return nil, nil, err
			}
			if m != nil {
				match = append(match, m)
			}
			if r != nil {
				rest = append(rest, r)
			}
			continue
		}
		ok, err := exceptionMatches(t, ex, cond)
		if err != nil {
			return nil, nil, err
		}
		if ok {
			match = append(match, ex)
		} else {
			rest = append(rest, ex)
		}
	}
	derive := func(parts Tuple) (Object, error) {
		if len(parts) == 0 {
			return nil, nil
		}
		msg, _ := g.Dict["message"].(py.String)
		ng, err := newExceptionGroup(t, string(msg), parts)
		if err != nil {
			return nil, err
		}
		ng.Traceback, ng.Context, ng.Cause = g.Traceback, g.Context, g.Cause
		if notes, ok := g.Dict["__notes__"]; ok {
			setExcAttr(ng, "__notes__", notes)
		}
		return ng, nil
	}
	m, err := derive(match)
	if err != nil {
		return nil, nil, err
	}
	r, err := derive(rest)
	if err != nil {
		return nil, nil, err
	}
	return m, r, nil
}

func init() {
	c := ClassOf(BaseExceptionGroup)
	c.def("__new__", &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		typ := args[0].(*py.Type)
		if err := checkArgs(typ.Name, args[1:], kwnames, 2, 2); err != nil {
			return nil, err
		}
		msg, ok := args[1].(py.String)
		if !ok {
			return nil, NewError(py.TypeError, fmt.Sprintf("argument 1 must be str, not %s", TypeName(args[1])))
		}
		items, err := Collect(t, args[2])
		if err != nil {
			return nil, NewError(py.TypeError, "second argument (exceptions) must be a sequence")
		}
		if len(items) == 0 {
			return nil, NewError(py.ValueError, "second argument (exceptions) must be a non-empty sequence")
		}
		allExc := true
		for i, it := range items {
			if _, ok := it.(*py.Exception); !ok {
				return nil, NewError(py.ValueError, fmt.Sprintf("Item %d of second argument (exceptions) is not an exception", i))
			}
			if !IsSubtype(TypeOf(it), py.ExceptionType) {
				allExc = false
			}
		}
		if typ == BaseExceptionGroup && allExc {
			typ = ExceptionGroup
		} else if IsSubtype(typ, ExceptionGroup) && !allExc {
			return nil, NewError(py.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup")
		}
		g := &py.Exception{Base: typ, Args: Tuple{msg, args[2]}}
		setExcAttr(g, "message", msg)
		setExcAttr(g, "exceptions", Tuple(items))
		return g, nil
	}})
	c.defMethod("__init__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) { return None, nil }, "", "nounwrap")
	c.defMethod("__str__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		g := args[0].(*py.Exception)
		msg, _ := g.Dict["message"].(py.String)
		n := len(groupExceptions(g))
		return py.String(fmt.Sprintf("%s (%d sub-exception%s)", msg, n, plural(n, "", "s"))), nil
	}, "", "nounwrap")
	c.defGetSet("message", func(t *Thread, o Object) (Object, error) { return orNone(o.(*py.Exception).Dict["message"]), nil }, nil)
	c.defGetSet("exceptions", func(t *Thread, o Object) (Object, error) { return orNone(o.(*py.Exception).Dict["exceptions"]), nil }, nil)
	c.defMethod("split", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		m, r, err := splitExceptionGroup(t, args[0].(*py.Exception), args[1])
		if err != nil {
			return nil, err
		}
		return Tuple{orNone(m), orNone(r)}, nil
	}, "", "nounwrap")
	c.defMethod("subgroup", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		m, _, err := splitExceptionGroup(t, args[0].(*py.Exception), args[1])
		return orNone(m), err
	}, "", "nounwrap")
	c.defMethod("derive", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		g := args[0].(*py.Exception)
		msg, _ := g.Dict["message"].(py.String)
		items, err := Collect(t, args[1])
		if err != nil {
			return nil, err
		}
		return newExceptionGroup(t, string(msg), Tuple(items))
	}, "", "nounwrap")
}

// anextDefault is anext(it, default): the awaitable that yields default
// when the iterator is exhausted.
type anextDefault struct {
	aw, def Object
	it      Object
}

var anextAwaitableType = newBuiltinType("anext_awaitable", "", nil)

func (a *anextDefault) Type() *Type { return &anextAwaitableType.Type }

func newAnextDefault(aw, def Object) Object { return &anextDefault{aw: aw, def: def} }

func init() {
	c := anextAwaitableType
	c.defMethod("__await__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return args[0], nil
	}, "")
	c.defMethod("__iter__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) { return args[0], nil }, "")
	step := func(t *Thread, a *anextDefault, v Object, exc *py.Exception) (Object, error) {
		if a.it == nil {
			it, err := t.getAwaitable(a.aw, 0)
			if err != nil {
				return nil, err
			}
			a.it = it
		}
		var r Object
		var err error
		if exc != nil {
			var m Object
			m, err = GetAttr(t, a.it, "throw")
			if err == nil {
				r, err = Call(t, m, []Object{exc}, nil)
			}
		} else {
			var done bool
			r, done, err = t.send(a.it, v)
			if err == nil && done {
				return nil, stopIteration(r)
			}
		}
		if err != nil && isExceptionType(err, StopAsyncIteration) {
			return nil, stopIteration(a.def)
		}
		return r, err
	}
	c.defMethod("__next__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return step(t, args[0].(*anextDefault), None, nil)
	}, "")
	c.defMethod("send", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return step(t, args[0].(*anextDefault), args[1], nil)
	}, "")
	c.defMethod("throw", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		exc, err := throwArgs(t, args[1:])
		if err != nil {
			return nil, err
		}
		return step(t, args[0].(*anextDefault), nil, exc)
	}, "")
}

// namespaceCompare compares two SimpleNamespaces by their attributes.
func namespaceCompare(t *Thread, op bytecode.CompareOp, a, b Object) (Object, error) {
	x, ok1 := a.(*Instance)
	y, ok2 := b.(*Instance)
	if !ok1 || !ok2 || !y.cls.IsSubclass(SimpleNamespaceType) || (op != bytecode.CmpEq && op != bytecode.CmpNe) {
		return NotImplemented, nil
	}
	eq, err := dictEqual(t, x.Dict(), y.Dict())
	if err != nil {
		return nil, err
	}
	return NewBool(eq == (op == bytecode.CmpEq)), nil
}
