package vm

import "weak"

// threadRare is the part of a Thread's state that many threads never
// use: a program may have thousands of threads that each only wait, and
// every byte of a Thread is paid by each of them (see docs/architecture.md,
// "Threads"). It is made when one of its fields is first set.
type threadRare struct {
	// locals are the threading.local objects holding a dict for this
	// thread, dropped when it ends (see threadlocal.go).
	locals []weak.Pointer[localState]
	// reprStack holds the containers whose repr is in progress, to print
	// a recursive one as [...].
	reprStack []Object
	// concat speeds up repeated string concatenation (see concatBuf).
	concat concatBuf
	// pyContext is the thread's current contextvars.Context (nil until
	// the contextvars module first needs one: a new thread starts with an
	// empty context, as in CPython 3.11).
	pyContext Object
	// agenHooks are the async generator hooks sys.set_asyncgen_hooks
	// installed for this thread.
	agenHooks asyncgenHooks
	// asyncExc is an exception another thread asked this one to raise.
	asyncExc Object
}

// rareState returns t's threadRare, making it if needed.
func (t *Thread) rareState() *threadRare {
	if t.rare == nil {
		t.rare = &threadRare{}
	}
	return t.rare
}

// PyContext returns the thread's current contextvars context, or nil if
// none was made yet. The contextvars module owns what the value is.
func (t *Thread) PyContext() Object {
	if t.rare == nil {
		return nil
	}
	return t.rare.pyContext
}

// SetPyContext makes ctx the thread's current contextvars context.
func (t *Thread) SetPyContext(ctx Object) { t.rareState().pyContext = ctx }
