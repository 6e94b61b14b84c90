package vm

import (
	"fmt"
	"strings"

	"github.com/gilpy/gilpy/gilrt"
	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/go-python/gpython/py"
)

// loadName is LOAD_NAME: the locals mapping, then globals, then builtins.
func (t *Thread) loadName(f *Frame, name string) (Object, error) {
	if f.locals != nil {
		if d, ok := f.locals.(*Dict); ok {
			if v, ok := d.GetStr(name); ok {
				return v, nil
			}
		} else {
			v, err := GetItem(t, f.locals, py.String(name))
			if err == nil {
				return v, nil
			}
			if !isExceptionType(err, py.KeyError) {
				return nil, err
			}
		}
	}
	if v, ok := f.globals.GetStr(name); ok {
		return v, nil
	}
	if f.builtins != nil {
		if v, ok := f.builtins.GetStr(name); ok {
			return v, nil
		}
		if v, ok, err := lookupForeignBuiltin(t, f.builtins, name); ok || err != nil {
			return v, err
		}
	}
	return nil, nameError(name, false)
}

func (t *Thread) storeName(f *Frame, name string, v Object) error {
	if f.locals == nil {
		return NewError(py.SystemError, fmt.Sprintf("no locals found when storing '%s'", name))
	}
	if d, ok := f.locals.(*Dict); ok {
		d.SetStr(name, v)
		return nil
	}
	return SetItem(t, f.locals, py.String(name), v)
}

func (t *Thread) deleteName(f *Frame, name string) error {
	if f.locals == nil {
		return NewError(py.SystemError, fmt.Sprintf("no locals when deleting '%s'", name))
	}
	if d, ok := f.locals.(*Dict); ok {
		if !d.DeleteStr(name) {
			return nameError(name, false)
		}
		return nil
	}
	err := DelItem(t, f.locals, py.String(name))
	if err != nil && isExceptionType(err, py.KeyError) {
		return nameError(name, false)
	}
	return err
}

// loadClassDeref is LOAD_CLASSDEREF: a free variable read in a class body
// looks in the class namespace first.
func (t *Thread) loadClassDeref(f *Frame, i int) (Object, error) {
	code := f.code
	name := code.FreeVars[i-len(code.CellVars)]
	if f.locals != nil {
		if d, ok := f.locals.(*Dict); ok {
			if v, ok := d.GetStr(name); ok {
				return v, nil
			}
		} else if v, err := GetItem(t, f.locals, py.String(name)); err == nil {
			return v, nil
		} else if !isExceptionType(err, py.KeyError) {
			return nil, err
		}
	}
	c := f.fast[f.cellBase+i].(*Cell)
	if c.V == nil {
		return nil, unboundDeref(code, i)
	}
	return c.V, nil
}

func (t *Thread) setupAnnotations(f *Frame) error {
	if f.locals == nil {
		return NewError(py.SystemError, "no locals found when setting up annotations")
	}
	if d, ok := f.locals.(*Dict); ok {
		if _, ok := d.GetStr("__annotations__"); !ok {
			d.SetStr("__annotations__", NewDict(0))
		}
		return nil
	}
	_, err := GetItem(t, f.locals, py.String("__annotations__"))
	if err == nil {
		return nil
	}
	if !isExceptionType(err, py.KeyError) {
		return err
	}
	return SetItem(t, f.locals, py.String("__annotations__"), NewDict(0))
}

// printExpr is PRINT_EXPR: sys.displayhook(v).
func (t *Thread) printExpr(v Object) error {
	hook, ok := t.interp.sys.Get("displayhook")
	if !ok {
		return NewError(py.RuntimeError, "lost sys.displayhook")
	}
	_, err := Call(t, hook, []Object{v}, nil)
	return err
}

// makeFunction is MAKE_FUNCTION: it pops the qualname, the code and the
// optional parts the flags name, and returns the new function and the new
// stack pointer.
func (t *Thread) makeFunction(f *Frame, fast []Object, sp int, flags uint32) (Object, int, error) {
	sp--
	qualname, _ := fast[sp].(py.String)
	fast[sp] = nil
	sp--
	code, ok := fast[sp].(*bytecode.Code)
	fast[sp] = nil
	if !ok {
		return nil, sp, NewError(py.SystemError, "MAKE_FUNCTION without a code object")
	}
	fn := NewFunction(t.interp, code, f.globals, string(qualname))
	if f.builtins != nil {
		fn.builtins = f.builtins
	}
	if flags&bytecode.FuncClosure != 0 {
		sp--
		tup := fast[sp].(Tuple)
		fast[sp] = nil
		fn.closure = make([]*Cell, len(tup))
		for i, c := range tup {
			fn.closure[i] = c.(*Cell)
		}
	}
	if flags&bytecode.FuncAnnotations != 0 {
		sp--
		fn.annots, _ = fast[sp].(*Dict)
		fast[sp] = nil
	}
	if flags&bytecode.FuncKwDefaults != 0 {
		sp--
		fn.kwdefs, _ = fast[sp].(*Dict)
		fast[sp] = nil
	}
	if flags&bytecode.FuncDefaults != 0 {
		sp--
		fn.defaults, _ = fast[sp].(Tuple)
		fast[sp] = nil
	}
	return fn, sp, nil
}

// buildString concatenates BUILD_STRING's parts.
func buildString(parts []Object) Object {
	n := 0
	for _, p := range parts {
		n += len(p.(py.String))
	}
	var b strings.Builder
	b.Grow(n)
	for _, p := range parts {
		b.WriteString(string(p.(py.String)))
	}
	return py.String(b.String())
}

// formatValue is FORMAT_VALUE: an f-string replacement field.
func (t *Thread) formatValue(v Object, flags uint32, spec Object) (Object, error) {
	var err error
	switch flags & bytecode.FormatConvMask {
	case bytecode.FormatConvStr:
		v, err = Str(t, v)
	case bytecode.FormatConvRepr:
		v, err = Repr(t, v)
	case bytecode.FormatConvASCII:
		v, err = ASCII(t, v)
	}
	if err != nil {
		return nil, err
	}
	if spec == nil {
		if s, ok := v.(py.String); ok {
			return s, nil
		}
		if i, ok := v.(py.Int); ok {
			return py.String(fmt.Sprint(int64(i))), nil
		}
		return Format(t, v, "")
	}
	s, _ := spec.(py.String)
	return Format(t, v, string(s))
}

// beforeWith is BEFORE_WITH: it looks up the manager's __enter__ and
// __exit__, and returns __exit__ bound to the manager and the result of
// __enter__. When __enter__ is a Python function it is not called but
// entered, as the loop enters Python calls (see inline.go): its frame is
// returned instead of a result, and the result lands on the stack when
// the frame returns.
func (t *Thread) beforeWith(mgr Object) (exit, res Object, callee *Frame, err error) {
	c := classOfObject(mgr)
	enter := c.special(spEnter)
	exitFn := c.special(spExit)
	if enter == nil {
		return nil, nil, nil, NewError(py.TypeError, fmt.Sprintf("'%s' object does not support the context manager protocol", TypeName(mgr)))
	}
	if exitFn == nil {
		return nil, nil, nil, NewError(py.TypeError, fmt.Sprintf("'%s' object does not support the context manager protocol (missed __exit__ method)", TypeName(mgr)))
	}
	if exit, err = bindDescriptor(t, exitFn, mgr); err != nil {
		return nil, nil, nil, err
	}
	if fn, ok := enter.(*Function); ok && fn.plain {
		if callee, err = t.pushInline(t.callFrame(fn, mgr, nil, nil)); err != nil {
			return nil, nil, nil, err
		}
		return exit, nil, callee, nil
	}
	if res, err = callMethod(t, enter, mgr, nil, nil); err != nil {
		return nil, nil, nil, err
	}
	return exit, res, nil, nil
}

// beforeAsyncWith is BEFORE_ASYNC_WITH.
func (t *Thread) beforeAsyncWith(mgr Object) (Object, Object, error) {
	c := classOfObject(mgr)
	enter := c.special(spAEnter)
	exit := c.special(spAExit)
	if enter == nil {
		return nil, nil, NewError(py.TypeError, fmt.Sprintf("'%s' object does not support the asynchronous context manager protocol", TypeName(mgr)))
	}
	if exit == nil {
		return nil, nil, NewError(py.TypeError, fmt.Sprintf("'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)", TypeName(mgr)))
	}
	boundExit, err := bindDescriptor(t, exit, mgr)
	if err != nil {
		return nil, nil, err
	}
	res, err := callMethod(t, enter, mgr, nil, nil)
	if err != nil {
		return nil, nil, err
	}
	aw, err := t.getAwaitable(res, 1)
	if err != nil {
		return nil, nil, err
	}
	return boundExit, aw, nil
}

// makeRaisable turns the operand of raise into an exception instance
// (instantiating a class), and attaches the cause of raise ... from.
func (t *Thread) makeRaisable(v, cause Object, hasCause bool) (*py.Exception, error) {
	var exc *py.Exception
	switch x := v.(type) {
	case *py.Exception:
		exc = x
	case *py.Type:
		if !IsSubtype(x, py.BaseException) {
			return nil, NewError(py.TypeError, "exceptions must derive from BaseException")
		}
		inst, err := Call(t, x, nil, nil)
		if err != nil {
			return nil, err
		}
		e, ok := inst.(*py.Exception)
		if !ok {
			return nil, NewError(py.TypeError, fmt.Sprintf("calling %s should have returned an instance of BaseException, not %s", reprType(x), TypeName(inst)))
		}
		exc = e
	default:
		return nil, NewError(py.TypeError, "exceptions must derive from BaseException")
	}
	if hasCause {
		switch c := cause.(type) {
		case py.NoneType:
			exc.Cause = nil
		case *py.Exception:
			exc.Cause = c
		case *py.Type:
			if !IsSubtype(c, py.BaseException) {
				return nil, NewError(py.TypeError, "exception causes must derive from BaseException")
			}
			inst, err := Call(t, c, nil, nil)
			if err != nil {
				return nil, err
			}
			exc.Cause = inst
		default:
			return nil, NewError(py.TypeError, "exception causes must derive from BaseException")
		}
		exc.SuppressContext = true
	}
	return exc, nil
}

// exceptionMatches is CHECK_EXC_MATCH: does exc match the except clause's
// class (or tuple of classes)?
func exceptionMatches(t *Thread, exc, typ Object) (bool, error) {
	switch ty := typ.(type) {
	case *py.Type:
		if !IsSubtype(ty, py.BaseException) {
			return false, NewError(py.TypeError, "catching classes that do not inherit from BaseException is not allowed")
		}
		return IsSubtype(TypeOf(exc), ty), nil
	case Tuple:
		for _, x := range ty {
			xt, ok := x.(*py.Type)
			if !ok || !IsSubtype(xt, py.BaseException) {
				return false, NewError(py.TypeError, "catching classes that do not inherit from BaseException is not allowed")
			}
		}
		for _, x := range ty {
			if IsSubtype(TypeOf(exc), x.(*py.Type)) {
				return true, nil
			}
		}
		return false, nil
	}
	return false, NewError(py.TypeError, "catching classes that do not inherit from BaseException is not allowed")
}

// handleBreaker is the slow path of the eval-breaker check: give up the
// GIL when another thread asked for it, raise a pending asynchronous
// exception or stop a cancelled run.
func (t *Thread) handleBreaker() error {
	bits := t.breaker.Load()
	if bits&gilrt.BitGILDrop != 0 && t.gil != nil {
		t.gil.Yield()
	}
	if bits&gilrt.BitTerminate != 0 && t.interp.aborting.Load() {
		return t.interp.abortError()
	}
	if bits&gilrt.BitCancel != 0 && t.interp.cancelled() {
		return t.interp.cancelError()
	}
	if bits&(gilrt.BitSignal|gilrt.BitAsyncExc|gilrt.BitPendingCall|gilrt.BitTerminate) != 0 {
		return t.interp.handlePending(t)
	}
	return nil
}
