package vm

// Calls from Python to Python run inline: when a frame calls a Python
// function (or a method bound to one) that is not a generator or
// coroutine, the eval loop does not recurse into a new execute. It sets
// the new frame up, marks it inline, and goes on in the same loop; when
// the frame returns, the loop pushes the result on the caller's stack and
// goes on there, and when an exception leaves it, the loop unwinds into
// the caller from its CALL instruction.
//
// The Go stack therefore stays the same depth however deep the Python
// calls go. That is what lets thousands of threads start cheaply: a
// thread whose target calls a function or two before it blocks would
// otherwise grow its goroutine's stack to 8 KB, and on a machine where
// every fresh page of memory costs many microseconds to touch, the stack
// was the larger part of starting a thread. It also saves the Go call
// chain (callFast, runFrame, run, execute and execute's deferred
// recovery) on every call.
//
// Calls made from Go (a builtin calling a Python callback, a special
// method, a class being called) still recurse, through Call.

// callInLoop is Call for the eval loop's CALL instructions. A Python
// function the loop can run inline is not run but entered: callInLoop
// makes its frame, binds the arguments and makes the frame the thread's
// running one, and returns it for the loop to go on with. Other
// callables are called, and their result returned. The calling frame
// must have its pc saved; its sp is saved with the arguments still on the
// stack, and the loop pops them once this returns.
func (t *Thread) callInLoop(fn Object, args []Object, kwnames Tuple) (Object, *Frame, error) {
	if pf, self := plainFunction(fn); pf != nil {
		g, err := t.pushInline(t.callFrame(pf, self, args, kwnames))
		return nil, g, err
	}
	var v Object
	var err error
	switch c := fn.(type) {
	case *BuiltinFunction:
		v, err = c.call(t, args, kwnames)
	case *MethodDescr:
		v, err = c.call(t, args, kwnames)
	default:
		v, err = Call(t, fn, args, kwnames)
	}
	return v, nil, err
}

// plainFunction returns the Python function a call of fn runs and the
// self it passes first (nil for none), when fn is a function the loop
// can run inline or a method bound to one; otherwise it returns nil.
func plainFunction(fn Object) (*Function, Object) {
	switch c := fn.(type) {
	case *Function:
		if c.plain {
			return c, nil
		}
	case *BoundMethod:
		if pf, ok := c.Fn.(*Function); ok && pf.plain {
			return pf, c.Self
		}
	}
	return nil, nil
}

// callExInLoop is callInLoop for CALL_FUNCTION_EX, f(*args, **kw): a
// Python function is entered when the arguments are a tuple and the
// keywords absent or empty, the common case of a wrapper passing its own
// *args and **kwargs on. Other calls go through callEx.
func (t *Thread) callExInLoop(fn, args, kw Object) (Object, *Frame, error) {
	if pos, ok := args.(Tuple); ok {
		if kw == nil {
			return t.callInLoop(fn, pos, nil)
		}
		if d, isDict := kw.(*Dict); isDict && d.Len() == 0 {
			return t.callInLoop(fn, pos, nil)
		}
	}
	v, err := callEx(t, fn, args, kw)
	return v, nil, err
}

// callFrame makes a frame of fn with its parameters bound to self (when
// not nil) then args and kwnames, as a call does. The frame of a
// generator or coroutine owns its storage; the others take theirs from
// the data stack.
func (t *Thread) callFrame(fn *Function, self Object, args []Object, kwnames Tuple) (*Frame, error) {
	code := fn.code
	cd := dataFor(code)
	g := t.newFrame(code, cd, fn.globals, fn.builtins, !fn.plain)
	g.fn = fn
	n := len(args)
	if self != nil {
		n++
	}
	switch {
	case fn.fast && kwnames == nil && n == int(code.ArgCount):
		if self != nil {
			g.fast[0] = self
			copy(g.fast[1:], args)
		} else {
			copy(g.fast, args)
		}
	case self != nil:
		// The arguments with self in front, in scratch space above the
		// new frame, given back before the frame runs (bindArguments
		// copies what it keeps).
		full, mark, chunk := t.prepend(self, args)
		err := bindArguments(t, fn, g.fast, full, kwnames)
		t.ds.free(full, mark, chunk)
		if err != nil {
			t.putFrame(g)
			return nil, err
		}
	default:
		if err := bindArguments(t, fn, g.fast, args, kwnames); err != nil {
			t.putFrame(g)
			return nil, err
		}
	}
	if cd.ncells > 0 {
		t.initCells(g, fn)
	}
	return g, nil
}

// pushInline makes g, a frame callFrame has just made (err is
// callFrame's error, passed on), the thread's running frame, with the
// checks runFrame makes for a recursive call: the recursion limit, then
// the eval breaker at function entry. It returns g for the loop to go on
// in; on an error g is gone again, and the error is the caller's to raise
// from its CALL.
func (t *Thread) pushInline(g *Frame, err error) (*Frame, error) {
	if err != nil {
		return nil, err
	}
	if t.depth >= t.interp.recursionLimit {
		t.putFrame(g)
		return nil, recursionError()
	}
	g.inline = true
	g.back = t.frame
	t.frame = g
	t.depth++
	if t.breaker.Load() != 0 {
		if err := t.handleBreaker(); err != nil {
			if _, term := err.(*Terminated); !term {
				exc := t.asException(err)
				t.addTraceback(exc, g)
				err = exc
			}
			t.popInline(g)
			return nil, err
		}
	}
	return g, nil
}

// popInline ends g, a frame entered inline that has returned or raised
// out, and returns its caller, the frame the loop goes on with.
func (t *Thread) popInline(g *Frame) *Frame {
	back := g.back
	t.frame = back
	t.depth--
	t.putFrame(g)
	return back
}

// CallTarget calls fn() as the outermost call of a new thread, the same
// as Call(t, fn, nil, nil) for every fn. For a Python function or a
// method bound to one it goes straight to the frame, so that the Go frames
// below the thread's first execute stay few and small: every byte there
// is on each thread's goroutine stack (see the top of this file).
func (t *Thread) CallTarget(fn Object) (Object, error) {
	pf, self := plainFunction(fn)
	if pf == nil {
		return Call(t, fn, nil, nil)
	}
	f, err := t.callFrame(pf, self, nil, nil)
	if err != nil {
		return nil, err
	}
	return t.runFrame(f)
}
