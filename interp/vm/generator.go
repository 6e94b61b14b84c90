package vm

import (
	"fmt"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/go-python/gpython/py"
)

// Generators, coroutines and async generators share one representation:
// a suspended frame that owns its storage and is resumed by send, throw
// or iteration.

type genKind uint8

const (
	kindGenerator genKind = iota
	kindCoroutine
	kindAsyncGenerator
)

var (
	GeneratorType      = newBuiltinType("generator", "", nil)
	CoroutineType      = newBuiltinType("coroutine", "", nil)
	AsyncGeneratorType = newBuiltinType("async_generator", "", nil)
	coroWrapperType    = newBuiltinType("coroutine_wrapper", "", nil)
)

// Generator is a generator, coroutine or async generator object.
type Generator struct {
	frame    *Frame
	kind     genKind
	name     string
	qualname string
	started  bool
	running  bool
	finished bool
	// exc is the generator's own level of "exception being handled",
	// linked into the thread's while it runs.
	exc excState
	// origin is where a coroutine was created (for "never awaited").
	awaited bool
	// hooksCalled is set once an async generator ran its first-iteration
	// hook.
	hooksCalled bool
	// aclosed is set once an async generator's aclose() ran.
	aclosed bool
}

// Type implements py.Object.
func (g *Generator) Type() *Type {
	switch g.kind {
	case kindCoroutine:
		return &CoroutineType.Type
	case kindAsyncGenerator:
		return &AsyncGeneratorType.Type
	}
	return &GeneratorType.Type
}

// IsCoroutine reports whether g is a coroutine object.
func (g *Generator) IsCoroutine() bool { return g.kind == kindCoroutine }

// Frame returns the generator's frame, or nil once it finished.
func (g *Generator) Frame() *Frame {
	if g.finished {
		return nil
	}
	return g.frame
}

// newGenerator wraps a prepared frame (owning its storage) in the object
// its function's call returns.
func newGenerator(t *Thread, f *Frame, fn *Function) *Generator {
	g := &Generator{frame: f, name: fn.name, qualname: fn.qualname}
	switch {
	case f.code.Flags&bytecode.CoCoroutine != 0:
		g.kind = kindCoroutine
	case f.code.Flags&bytecode.CoAsyncGenerator != 0:
		g.kind = kindAsyncGenerator
	}
	f.gen = g
	f.escaped = true
	return g
}

type resumeState uint8

const (
	stateYielded resumeState = iota
	stateReturned
	stateRaised
)

func (g *Generator) what() string {
	switch g.kind {
	case kindCoroutine:
		return "coroutine"
	case kindAsyncGenerator:
		return "async generator"
	}
	return "generator"
}

// resume runs the generator's frame until it yields, returns or raises.
// v is the value sent in (pushed as the result of the pending yield), or
// nil with pending set on the frame for a throw.
func (g *Generator) resume(t *Thread, v Object) (Object, resumeState, error) {
	if g.running {
		return nil, stateRaised, NewError(py.ValueError, g.what()+" already executing")
	}
	if g.finished {
		if g.kind == kindCoroutine {
			return nil, stateRaised, NewError(py.RuntimeError, "cannot reuse already awaited coroutine")
		}
		if g.frame.pending != nil {
			err := g.frame.pending
			g.frame.pending = nil
			return nil, stateRaised, err
		}
		return None, stateReturned, nil
	}
	f := g.frame
	if !g.started {
		if v != nil && v != None && f.pending == nil {
			return nil, stateRaised, NewError(py.TypeError, fmt.Sprintf("can't send non-None value to a just-started %s", g.what()))
		}
		g.started = true
	} else if f.pending == nil {
		f.fast[f.sp] = v
		f.sp++
	}
	if t.depth >= t.interp.recursionLimit {
		f.pending = nil
		return nil, stateRaised, recursionError()
	}
	g.running = true
	f.back = t.frame
	t.frame = f
	t.depth++
	g.exc.prev = t.exc
	t.exc = &g.exc
	f.yielded = false
	r, err := t.run(f)
	t.exc = g.exc.prev
	g.exc.prev = nil
	t.frame = f.back
	f.back = nil
	t.depth--
	g.running = false
	if err != nil {
		g.finished = true
		return nil, stateRaised, g.convertStopIteration(t, err)
	}
	if f.yielded {
		return r, stateYielded, nil
	}
	g.finished = true
	return r, stateReturned, nil
}

// convertStopIteration applies PEP 479: StopIteration escaping a
// generator (or StopAsyncIteration an async generator) becomes
// RuntimeError.
func (g *Generator) convertStopIteration(t *Thread, err error) error {
	exc := t.asException(err)
	var msg string
	switch {
	case IsSubtype(TypeOf(exc), py.StopIteration):
		msg = g.what() + " raised StopIteration"
	case g.kind == kindAsyncGenerator && IsSubtype(TypeOf(exc), StopAsyncIteration):
		msg = "async generator raised StopAsyncIteration"
	default:
		return exc
	}
	rt := NewError(py.RuntimeError, msg)
	rt.Cause = exc
	rt.Context = exc
	rt.SuppressContext = true
	return rt
}

// send is generator.send(v): the next yielded value, or StopIteration
// carrying the return value.
func (g *Generator) send(t *Thread, v Object) (Object, error) {
	r, state, err := g.resume(t, v)
	switch state {
	case stateYielded:
		return r, nil
	case stateReturned:
		return nil, stopIteration(r)
	}
	return nil, err
}

// stopIteration makes StopIteration(value).
func stopIteration(v Object) *py.Exception {
	if v == nil || v == None {
		e := NewException(py.StopIteration)
		setExcAttr(e, "value", None)
		return e
	}
	e := NewException(py.StopIteration, v)
	setExcAttr(e, "value", v)
	return e
}

// stopIterationValue returns the value a StopIteration carries.
func stopIterationValue(e *py.Exception) Object {
	if v, ok := e.Dict["value"]; ok {
		return v
	}
	if args, ok := e.Args.(Tuple); ok && len(args) > 0 {
		return args[0]
	}
	return None
}

// yieldFrom returns the iterator the generator is delegating to with
// yield from or await, when it is suspended inside one.
func (g *Generator) yieldFrom() Object {
	if !g.started || g.finished || g.running {
		return nil
	}
	f := g.frame
	code := f.code
	if f.pc <= 0 || f.pc >= len(code.Instrs) {
		return nil
	}
	if code.Instrs[f.pc-1].Op != bytecode.YIELD_VALUE {
		return nil
	}
	next := code.Instrs[f.pc]
	if next.Op != bytecode.JUMP_BACKWARD_NO_INTERRUPT || code.Instrs[next.Arg].Op != bytecode.SEND {
		return nil
	}
	return f.fast[f.sp-1]
}

// throw is generator.throw(exc): raise exc where the generator is
// suspended (inside the iterator it delegates to, if any).
func (g *Generator) throw(t *Thread, exc *py.Exception) (Object, error) {
	if yf := g.yieldFrom(); yf != nil {
		if IsSubtype(TypeOf(exc), py.GeneratorExit) {
			g.running = true
			err := closeIter(t, yf)
			g.running = false
			if err != nil {
				return g.throwHere(t, t.asException(err))
			}
			return g.throwHere(t, exc)
		}
		var r Object
		var err error
		g.running = true
		if sub, ok := yf.(*Generator); ok && sub.yieldFrom() != nil {
			// The sub-generator delegates in turn: the exception goes
			// down the whole chain, to the innermost suspended point.
			r, err = sub.throw(t, exc)
			g.running = false
			if err == nil {
				return r, nil
			}
		} else if ok {
			var st resumeState
			sub.frame.pending = exc
			r, st, err = sub.resume(t, nil)
			g.running = false
			switch st {
			case stateYielded:
				return r, nil
			case stateReturned:
				return g.finishYieldFrom(t, r)
			}
		} else {
			m, gerr := GetAttrOr(t, yf, "throw", nil)
			if gerr != nil {
				g.running = false
				return g.throwHere(t, t.asException(gerr))
			}
			if m == nil {
				g.running = false
				return g.throwHere(t, exc)
			}
			var tb Object = None
			if exc.Traceback != nil {
				tb = exc.Traceback
			}
			r, err = Call(t, m, []Object{TypeOf(exc), exc, tb}, nil)
			g.running = false
			if err == nil {
				return r, nil
			}
		}
		e := t.asException(err)
		if IsSubtype(TypeOf(e), py.StopIteration) {
			return g.finishYieldFrom(t, stopIterationValue(e))
		}
		return g.throwHere(t, e)
	}
	return g.throwHere(t, exc)
}

// finishYieldFrom ends a delegation whose iterator returned v: the
// generator continues after its yield from with v as the result.
func (g *Generator) finishYieldFrom(t *Thread, v Object) (Object, error) {
	f := g.frame
	f.sp--
	f.fast[f.sp] = nil
	f.pc = int(f.code.Instrs[f.code.Instrs[f.pc].Arg].Arg)
	return g.send(t, v)
}

// throwHere raises exc at the generator's current point.
func (g *Generator) throwHere(t *Thread, exc *py.Exception) (Object, error) {
	if g.finished {
		if !g.started || true {
			return nil, exc
		}
	}
	if !g.started {
		// A generator that never started finishes without running.
		g.started = true
		g.finished = true
		return nil, exc
	}
	g.frame.pending = exc
	return g.send(t, nil)
}

// close is generator.close().
func (g *Generator) close(t *Thread) error {
	if g.finished {
		return nil
	}
	if !g.started {
		g.finished = true
		return nil
	}
	_, err := g.throw(t, NewException(py.GeneratorExit))
	if err == nil {
		return NewError(py.RuntimeError, g.what()+" ignored GeneratorExit")
	}
	e := t.asException(err)
	if IsSubtype(TypeOf(e), py.GeneratorExit) || IsSubtype(TypeOf(e), py.StopIteration) {
		return nil
	}
	return e
}

// closeIter calls close() on an iterator if it has one.
func closeIter(t *Thread, it Object) error {
	if g, ok := it.(*Generator); ok {
		return g.close(t)
	}
	m, err := GetAttrOr(t, it, "close", nil)
	if err != nil || m == nil {
		return err
	}
	_, err = Call(t, m, nil, nil)
	return err
}

// getYieldFromIter is GET_YIELD_FROM_ITER.
func (t *Thread) getYieldFromIter(f *Frame, o Object) (Object, error) {
	if g, ok := o.(*Generator); ok {
		if g.kind == kindCoroutine && f.code.Flags&(bytecode.CoCoroutine|bytecode.CoIterableCoroutine) == 0 {
			return nil, NewError(py.TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator")
		}
		return g, nil
	}
	return Iter(t, o)
}

// getAwaitable is GET_AWAITABLE: the iterator await drives.
func (t *Thread) getAwaitable(o Object, where int) (Object, error) {
	if g, ok := o.(*Generator); ok {
		if g.kind == kindCoroutine {
			if g.yieldFrom() != nil && g.running {
				return nil, NewError(py.RuntimeError, "coroutine is being awaited already")
			}
			return g, nil
		}
		if g.frame.code.Flags&bytecode.CoIterableCoroutine != 0 {
			return g, nil
		}
	}
	m := classOfObject(o).special(spAwait)
	if m == nil {
		switch where {
		case 1:
			return nil, NewError(py.TypeError, fmt.Sprintf("'async with' received an object from __aenter__ that does not implement __await__: %s", TypeName(o)))
		case 2:
			return nil, NewError(py.TypeError, fmt.Sprintf("'async with' received an object from __aexit__ that does not implement __await__: %s", TypeName(o)))
		}
		return nil, NewError(py.TypeError, fmt.Sprintf("object %s can't be used in 'await' expression", TypeName(o)))
	}
	it, err := callMethod(t, m, o, nil, nil)
	if err != nil {
		return nil, err
	}
	if g, ok := it.(*Generator); ok && g.kind == kindCoroutine {
		return nil, NewError(py.TypeError, "__await__() returned a coroutine")
	}
	if !isIterator(it) {
		return nil, NewError(py.TypeError, fmt.Sprintf("__await__() returned non-iterator of type '%s'", TypeName(it)))
	}
	return it, nil
}

// send is SEND: advance the delegated-to iterator with v. done reports
// that it returned, with its return value as the result.
func (t *Thread) send(receiver, v Object) (Object, bool, error) {
	if g, ok := receiver.(*Generator); ok {
		r, st, err := g.resume(t, v)
		switch st {
		case stateYielded:
			return r, false, nil
		case stateReturned:
			return r, true, nil
		}
		return nil, false, err
	}
	var r Object
	var err error
	if v == None {
		m := classOfObject(receiver).special(spNext)
		if m == nil {
			return nil, false, NewError(py.TypeError, fmt.Sprintf("'%s' object is not an iterator", TypeName(receiver)))
		}
		switch it := receiver.(type) {
		case *listIterator, *tupleIterator, *rangeIterator, *strIterator, *dictIterator, *setIterator:
			var ok bool
			r, ok, err = Next(t, it)
			if err == nil && !ok {
				return None, true, nil
			}
		default:
			r, err = callMethod(t, m, receiver, nil, nil)
		}
	} else {
		var m Object
		m, err = GetAttr(t, receiver, "send")
		if err == nil {
			r, err = Call(t, m, []Object{v}, nil)
		}
	}
	if err != nil {
		e := t.asException(err)
		if IsSubtype(TypeOf(e), py.StopIteration) {
			return stopIterationValue(e), true, nil
		}
		return nil, false, e
	}
	return r, false, nil
}

// getAIter is GET_AITER.
func (t *Thread) getAIter(o Object) (Object, error) {
	m := classOfObject(o).special(spAIter)
	if m == nil {
		return nil, NewError(py.TypeError, fmt.Sprintf("'async for' requires an object with __aiter__ method, got %s", TypeName(o)))
	}
	it, err := callMethod(t, m, o, nil, nil)
	if err != nil {
		return nil, err
	}
	if classOfObject(it).special(spANext) == nil {
		return nil, NewError(py.TypeError, fmt.Sprintf("'async for' received an object from __aiter__ that does not implement __anext__: %s", TypeName(it)))
	}
	return it, nil
}

// getANext is GET_ANEXT: the awaitable of the next async iteration.
func (t *Thread) getANext(it Object) (Object, error) {
	m := classOfObject(it).special(spANext)
	if m == nil {
		return nil, NewError(py.TypeError, fmt.Sprintf("'async for' requires an iterator with __anext__ method, got %s", TypeName(it)))
	}
	aw, err := callMethod(t, m, it, nil, nil)
	if err != nil {
		return nil, err
	}
	r, err := t.getAwaitable(aw, 0)
	if err != nil {
		return nil, NewError(py.TypeError, fmt.Sprintf("'async for' received an invalid object from __anext__: %s", TypeName(aw)))
	}
	return r, nil
}
