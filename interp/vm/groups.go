package vm

import (
	"fmt"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/go-python/gpython/py"
)

// Exception groups (PEP 654): BaseExceptionGroup(message, exceptions),
// their split() and subgroup(), and what except* does with them.

// newExceptionGroup makes an exception group of excs as the interpreter
// does (for except* on a naked exception, and for what except* re-raises):
// BaseExceptionGroup(msg, excs), which is an ExceptionGroup when every
// member is an Exception.
func newExceptionGroup(t *Thread, msg string, excs Object) (*py.Exception, error) {
	r, err := Call(t, BaseExceptionGroup, []Object{py.String(msg), excs}, nil)
	if err != nil {
		return nil, err
	}
	return r.(*py.Exception), nil
}

func groupExceptions(g *py.Exception) Tuple {
	if e, ok := g.Dict["exceptions"].(Tuple); ok {
		return e
	}
	return nil
}

func isExceptionGroup(o Object) bool {
	e, ok := o.(*py.Exception)
	return ok && IsSubtype(TypeOf(e), BaseExceptionGroup)
}

// groupMatcher says which leaves a split keeps: those of an exception
// type (or tuple of types), those a predicate accepts, or (for except*)
// those among a set of exception objects.
type groupMatcher struct {
	types Object
	pred  Object
	ids   map[*py.Exception]bool
}

// matcherFor reads split()'s argument.
func matcherFor(v Object) (*groupMatcher, error) {
	if _, isType := v.(*py.Type); !isType && IsCallable(v) {
		return &groupMatcher{pred: v}, nil
	}
	isExcClass := func(o Object) bool {
		typ, ok := o.(*py.Type)
		return ok && IsSubtype(typ, py.BaseException)
	}
	if isExcClass(v) {
		return &groupMatcher{types: v}, nil
	}
	if tup, ok := v.(Tuple); ok {
		for _, x := range tup {
			if !isExcClass(x) {
				return nil, NewError(py.TypeError, "expected a function, exception type or tuple of exception types")
			}
		}
		return &groupMatcher{types: v}, nil
	}
	return nil, NewError(py.TypeError, "expected a function, exception type or tuple of exception types")
}

func (m *groupMatcher) matches(t *Thread, e *py.Exception) (bool, error) {
	switch {
	case m.ids != nil:
		return !isExceptionGroup(e) && m.ids[e], nil
	case m.pred != nil:
		r, err := Call(t, m.pred, []Object{e}, nil)
		if err != nil {
			return false, err
		}
		return Truth(t, r)
	}
	return exceptionMatchesGiven(TypeOf(e), m.types), nil
}

// exceptionMatchesGiven reports whether typ is one of the classes of
// types (a class or nested tuples of classes).
func exceptionMatchesGiven(typ *py.Type, types Object) bool {
	switch v := types.(type) {
	case *py.Type:
		return IsSubtype(typ, v)
	case Tuple:
		for _, x := range v {
			if exceptionMatchesGiven(typ, x) {
				return true
			}
		}
	}
	return false
}

// splitGroup divides e by m, keeping the nesting: the part that matches
// and (with wantRest) the part that does not, each nil when empty. A
// group that matches whole is returned as is; the parts of one that
// matches partly come from its derive(), with its traceback, cause,
// context and notes.
func splitGroup(t *Thread, e *py.Exception, m *groupMatcher, wantRest bool) (match, rest Object, err error) {
	ok, err := m.matches(t, e)
	if err != nil {
		return nil, nil, err
	}
	if ok {
		return e, nil, nil
	}
	if !isExceptionGroup(e) {
		if wantRest {
			return nil, e, nil
		}
		return nil, nil, nil
	}
	var matched, others []Object
	for _, x := range groupExceptions(e) {
		xe, ok := x.(*py.Exception)
		if !ok {
			continue
		}
		if err := t.enterCall(" in exceptiongroup_split_recursive"); err != nil {
			return nil, nil, err
		}
		mm, rr, err := splitGroup(t, xe, m, wantRest)
		t.leaveRecursive()
		if err != nil {
			return nil, nil, err
		}
		if mm != nil {
			matched = append(matched, mm)
		}
		if rr != nil {
			others = append(others, rr)
		}
	}
	if match, err = groupSubset(t, e, matched); err != nil {
		return nil, nil, err
	}
	if wantRest {
		if rest, err = groupSubset(t, e, others); err != nil {
			return nil, nil, err
		}
	}
	return match, rest, nil
}

// groupSubset is the group of excs derived from orig, with orig's
// traceback, cause, context and a copy of its notes; nil for no excs.
func groupSubset(t *Thread, orig *py.Exception, excs []Object) (Object, error) {
	if len(excs) == 0 {
		return nil, nil
	}
	r, err := CallMethod(t, orig, "derive", []Object{&py.List{Items: excs}}, nil)
	if err != nil {
		return nil, err
	}
	g, ok := r.(*py.Exception)
	if !ok || !isExceptionGroup(g) {
		return nil, NewError(py.TypeError, "derive must return an instance of BaseExceptionGroup")
	}
	g.Traceback = orig.Traceback
	g.Context = orig.Context
	g.Cause = orig.Cause
	g.SuppressContext = true // as setting __cause__ does
	notes, err := GetAttr(t, orig, "__notes__")
	if err != nil {
		if !isAttributeError(err) {
			return nil, err
		}
		notes = nil
	}
	if notes != nil && isSequence(notes) {
		items, err := Collect(t, notes)
		if err != nil {
			return nil, err
		}
		if err := SetAttr(t, g, "__notes__", &py.List{Items: items}); err != nil {
			return nil, err
		}
	}
	return g, nil
}

// checkEGMatch is CHECK_EG_MATCH for except*: split the exception being
// handled into the part the clause catches and the rest (None, None when
// nothing matches). A naked exception that matches is wrapped in a group.
func (t *Thread) checkEGMatch(fast []Object, sp int) error {
	exc, typ := fast[sp-2], fast[sp-1]
	if err := checkExceptStarType(typ); err != nil {
		return err
	}
	if exc == None {
		fast[sp-1] = None
		return nil
	}
	e, ok := exc.(*py.Exception)
	if !ok {
		return NewError(py.TypeError, "except* on a non-exception")
	}
	if exceptionMatchesGiven(TypeOf(e), typ) {
		match := Object(e)
		if !isExceptionGroup(e) {
			g, err := newExceptionGroup(t, "", Tuple{e})
			if err != nil {
				return err
			}
			match = g
		}
		fast[sp-2], fast[sp-1] = None, match
		t.exc.value = match // the clause handles its match, as sys.exception() shows
		return nil
	}
	if !isExceptionGroup(e) {
		fast[sp-1] = None
		return nil
	}
	pair, err := CallMethod(t, e, "split", []Object{typ}, nil)
	if err != nil {
		return err
	}
	parts, ok := pair.(Tuple)
	if !ok || len(parts) != 2 {
		return NewError(py.TypeError, "split() must return a 2-tuple")
	}
	if parts[0] == None {
		fast[sp-1] = None
		return nil
	}
	fast[sp-2], fast[sp-1] = parts[1], parts[0]
	t.exc.value = parts[0]
	return nil
}

// checkExceptStarType refuses what except* cannot catch.
func checkExceptStarType(typ Object) error {
	check := func(o Object) error {
		ty, ok := o.(*py.Type)
		if !ok || !IsSubtype(ty, py.BaseException) {
			return NewError(py.TypeError, "catching classes that do not inherit from BaseException is not allowed")
		}
		if IsSubtype(ty, BaseExceptionGroup) {
			return NewError(py.TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.")
		}
		return nil
	}
	if tup, ok := typ.(Tuple); ok {
		for _, x := range tup {
			if err := check(x); err != nil {
				return err
			}
		}
		return nil
	}
	return check(typ)
}

// prepReraiseStar is PREP_RERAISE_STAR: what an except* statement raises
// once its handlers ran. excs holds what each handler raised (None for
// those that finished). A handler re-raising its match gives back part
// of the original group; those parts are recombined into one group with
// the original's structure, and exceptions raised anew join it in a new
// group.
func (t *Thread) prepReraiseStar(orig, list Object) (Object, error) {
	l, ok := list.(*py.List)
	if !ok || len(l.Items) == 0 {
		return None, nil
	}
	og, ok := orig.(*py.Exception)
	if !ok || !isExceptionGroup(og) {
		// A naked exception was wrapped: one clause ran at most.
		return l.Items[0], nil
	}
	var raised, reraised []Object
	for _, it := range l.Items {
		e, ok := it.(*py.Exception)
		if !ok {
			continue
		}
		if sameExceptionMetadata(e, og) {
			reraised = append(reraised, e)
		} else {
			raised = append(raised, e)
		}
	}
	keep := map[*py.Exception]bool{}
	for _, e := range reraised {
		collectLeaves(e.(*py.Exception), keep)
	}
	var reraisedEG Object = None
	if m, _, err := splitGroup(t, og, &groupMatcher{ids: keep}, false); err != nil {
		return nil, err
	} else if m != nil {
		reraisedEG = m
	}
	if len(raised) == 0 {
		return reraisedEG, nil
	}
	if reraisedEG != None {
		raised = append(raised, reraisedEG)
	}
	if len(raised) == 1 {
		return raised[0], nil
	}
	return newExceptionGroup(t, "", &py.List{Items: raised})
}

// sameExceptionMetadata reports whether a and b share traceback, cause
// and context: what marks a part of a group re-raised as it was caught.
func sameExceptionMetadata(a, b *py.Exception) bool {
	return Is(orNone(a.Traceback), orNone(b.Traceback)) && Is(orNone(a.Cause), orNone(b.Cause)) &&
		Is(orNone(a.Context), orNone(b.Context))
}

// collectLeaves adds the exceptions that are not groups inside e.
func collectLeaves(e *py.Exception, into map[*py.Exception]bool) {
	if !isExceptionGroup(e) {
		into[e] = true
		return
	}
	for _, x := range groupExceptions(e) {
		if xe, ok := x.(*py.Exception); ok {
			collectLeaves(xe, into)
		}
	}
}

func init() {
	c := ClassOf(BaseExceptionGroup)
	c.def("__new__", &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		typ := args[0].(*py.Type)
		pos := args[1 : len(args)-len(kwnames)]
		if len(pos) != 2 {
			return nil, NewError(py.TypeError, fmt.Sprintf("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(pos)))
		}
		msg, ok := pos[0].(py.String)
		if !ok {
			if inst, isInst := pos[0].(*Instance); isInst {
				if s, isStr := inst.base.(py.String); isStr {
					msg, ok = s, true
				}
			}
			if !ok {
				return nil, NewError(py.TypeError, fmt.Sprintf("BaseExceptionGroup.__new__() argument 1 must be str, not %s", TypeName(pos[0])))
			}
		}
		if !isSequence(pos[1]) {
			return nil, NewError(py.TypeError, "second argument (exceptions) must be a sequence")
		}
		items, err := Collect(t, pos[1])
		if err != nil {
			return nil, err
		}
		if len(items) == 0 {
			return nil, NewError(py.ValueError, "second argument (exceptions) must be a non-empty sequence")
		}
		nestedBase := false
		for i, it := range items {
			if _, ok := it.(*py.Exception); !ok || it == NotImplemented {
				return nil, NewError(py.ValueError, fmt.Sprintf("Item %d of second argument (exceptions) is not an exception", i))
			}
			if !IsInstance(it, py.ExceptionType) {
				nestedBase = true
			}
		}
		switch {
		case typ == ExceptionGroup:
			if nestedBase {
				return nil, NewError(py.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup")
			}
		case typ == BaseExceptionGroup:
			if !nestedBase {
				typ = ExceptionGroup
			}
		default:
			if nestedBase && IsSubtype(typ, py.ExceptionType) {
				return nil, NewError(py.TypeError, fmt.Sprintf("Cannot nest BaseExceptions in '%s'", typ.Name))
			}
		}
		g := &py.Exception{Base: typ, Args: Tuple{pos[0], pos[1]}}
		setExcAttr(g, "message", msg)
		setExcAttr(g, "exceptions", Tuple(items))
		return g, nil
	}})
	c.defMethod("__init__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		e := excArg(args[0])
		if len(kwnames) > 0 {
			return nil, NewError(py.TypeError, fmt.Sprintf("%s() takes no keyword arguments", TypeName(e)))
		}
		e.Args = Tuple(append([]Object(nil), args[1:]...))
		return None, nil
	}, "", "nounwrap")
	c.defMethod("__str__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		g := excArg(args[0])
		msg, err := StrString(t, orNone(g.Dict["message"]))
		if err != nil {
			return nil, err
		}
		n := len(groupExceptions(g))
		return py.String(fmt.Sprintf("%s (%d sub-exception%s)", msg, n, plural(n, "", "s"))), nil
	}, "", "nounwrap")
	readonly := func(t *Thread, o, v Object) error { return NewError(py.AttributeError, "readonly attribute") }
	c.defMember("message", func(t *Thread, o Object) (Object, error) { return orNone(excArg(o).Dict["message"]), nil }, readonly)
	c.defMember("exceptions", func(t *Thread, o Object) (Object, error) { return orNone(excArg(o).Dict["exceptions"]), nil }, readonly)
	split := func(name string, wantRest bool) {
		c.defMethod(name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := CheckPositional(name, name, args[1:], kwnames, 1, 1); err != nil {
				return nil, err
			}
			m, err := matcherFor(args[1])
			if err != nil {
				return nil, err
			}
			match, rest, err := splitGroup(t, excArg(args[0]), m, wantRest)
			if err != nil {
				return nil, err
			}
			if !wantRest {
				return orNone(match), nil
			}
			return Tuple{orNone(match), orNone(rest)}, nil
		}, "", "nounwrap")
	}
	split("split", true)
	split("subgroup", false)
	c.defMethod("derive", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkArgs("derive", args[1:], kwnames, 1, 1); err != nil {
			return nil, err
		}
		return Call(t, BaseExceptionGroup, []Object{orNone(excArg(args[0]).Dict["message"]), args[1]}, nil)
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
