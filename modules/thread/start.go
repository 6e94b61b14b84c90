package thread

import (
	"github.com/gilpy/gilpy/gilrt"
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

// threading.Thread.start in Go. A program may start thousands of threads,
// and each start used to run a dozen Python functions on both sides of a
// lock handshake (the new thread recording its own ident, end-of-thread
// lock, name and started flag while start() waited). start_thread does
// that bookkeeping in the starting thread, before the new one exists as
// far as Python can tell, then launches it and waits, as before, until it
// has taken the GIL: the new thread then runs Python code while start()
// waits for the GIL in turn, as in CPython, where start() returns only
// once the new thread has signalled that it runs.

// startThread is _gilpy.start_thread(thread, bootstrap, active,
// shutdown_locks, shutdown_locks_lock): it makes a new thread and, before
// it can run, sets thread._ident, thread._native_id and
// thread._tstate_lock (a held lock that the thread's end releases), adds
// that lock to the set shutdown_locks (None for a daemon thread) under
// shutdown_locks_lock, names the thread after thread._name, calls
// thread._started.set() and records the thread in the dict active under
// its ident. Then the thread runs bootstrap(); start_thread returns once
// it has started. threading.Thread.start is its only caller, and passes
// thread._bootstrap_inner: CPython's _bootstrap adds only a check for an
// interpreter torn down under a daemon thread, which cannot happen in
// gilpy, and each Python frame less at the bottom of a thread keeps its
// goroutine's stack smaller (10,000 sleeping threads hold 10,000 stacks).
// What escapes bootstrap is reported as escaping thread._bootstrap, as
// in CPython.
func startThread(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if len(kwnames) > 0 || len(args) != 5 {
		return nil, vm.NewError(py.TypeError, "start_thread() takes exactly 5 arguments")
	}
	thread, bootstrap := args[0], args[1]
	active, ok := args[2].(*vm.Dict)
	if !ok {
		return nil, vm.NewError(py.TypeError, "start_thread() argument 3 must be dict")
	}
	var locks *vm.Set
	if args[3] != vm.None {
		if locks, ok = args[3].(*vm.Set); !ok {
			return nil, vm.NewError(py.TypeError, "start_thread() argument 4 must be set or None")
		}
	}
	locksLock, ok := args[4].(*Lock)
	if !ok {
		return nil, vm.NewError(py.TypeError, "start_thread() argument 5 must be a lock")
	}
	nameObj, err := vm.GetAttr(t, thread, "_name")
	if err != nil {
		return nil, err
	}
	name, err := vm.StrString(t, nameObj)
	if err != nil {
		return nil, err
	}
	started, err := vm.GetAttr(t, thread, "_started")
	if err != nil {
		return nil, err
	}

	nt, err := t.PrepareThread(name)
	if err != nil {
		return nil, err
	}
	ident := vm.NewInt(int64(nt.Ident()))
	sentinel := newLock()
	sentinel.what = "Thread.join"
	sentinel.l.TryAcquire() // a new lock: taken at once
	nt.AtThreadExit(func() {
		if sentinel.l.Locked() {
			_ = sentinel.l.Release()
		}
	})
	// What can fail (a subclass's __setattr__, a _started replaced by
	// something else) fails before the thread is recorded anywhere.
	if err := setThreadAttrs(t, thread, ident, vm.NewInt(nt.NativeID()), sentinel, started); err != nil {
		nt.Abandon()
		return nil, err
	}
	if locks != nil {
		if err := addShutdownLock(t, locks, locksLock, sentinel); err != nil {
			nt.Abandon()
			return nil, err
		}
	}
	if err := active.Set(t, ident, thread); err != nil {
		nt.Abandon()
		return nil, err
	}

	// The handshake: held by this thread until the new one has the GIL.
	var handshake gilrt.Lock
	handshake.TryAcquire()
	nt.Launch(func(nt *vm.Thread) {
		_ = handshake.Release()
		if _, err := nt.CallTarget(bootstrap); err != nil {
			reportBootstrapError(nt, thread, bootstrap, err)
		}
	})
	if _, err := t.AcquireLock(&handshake, gilrt.NoTimeout, "Thread.start"); err != nil {
		return nil, err
	}
	return vm.None, nil
}

// reportBootstrapError reports what escaped a thread's bootstrap as
// CPython reports it: as escaping thread._bootstrap (see
// threading.Thread.start). It is a function of its own so that the
// thread's first Go frame, below all of its Python code, stays small.
//
//go:noinline
func reportBootstrapError(nt *vm.Thread, thread, bootstrap vm.Object, err error) {
	report := bootstrap
	if b, berr := vm.GetAttr(nt, thread, "_bootstrap"); berr == nil {
		report = b
	}
	reportThreadError(nt, report, err)
}

// setThreadAttrs records a new thread's identity on its Thread object
// and marks it started.
func setThreadAttrs(t *vm.Thread, thread, ident, nativeID vm.Object, sentinel *Lock, started vm.Object) error {
	if err := vm.SetAttr(t, thread, "_ident", ident); err != nil {
		return err
	}
	if err := vm.SetAttr(t, thread, "_native_id", nativeID); err != nil {
		return err
	}
	if err := vm.SetAttr(t, thread, "_tstate_lock", sentinel); err != nil {
		return err
	}
	if f, ok := started.(*Flag); ok {
		f.set = true
		return nil
	}
	set, err := vm.GetAttr(t, started, "set")
	if err != nil {
		return err
	}
	_, err = vm.Call(t, set, nil, nil)
	return err
}

// addShutdownLock adds a non-daemon thread's end-of-thread lock to the
// set the main thread waits on at exit, holding the set's lock.
func addShutdownLock(t *vm.Thread, locks *vm.Set, locksLock, sentinel *Lock) error {
	if !locksLock.l.TryAcquire() {
		if _, err := t.AcquireLock(&locksLock.l, gilrt.NoTimeout, locksLock.what); err != nil {
			return err
		}
	}
	err := locks.Add(t, sentinel)
	_ = locksLock.l.Release()
	return err
}

// reportThreadError reports what a thread's function let escape, as
// start_new_thread does: SystemExit and aborts quietly, anything else as
// an unraisable exception.
func reportThreadError(nt *vm.Thread, fn vm.Object, err error) {
	exc, ok := err.(*py.Exception)
	if !ok || vm.IsInstance(exc, py.SystemExit) {
		return
	}
	nt.WriteUnraisable("in thread started by", fn, exc)
}

// FlagType is the type of threading.Thread._started: whether the thread
// has started. CPython uses an Event; only the thread's start sets it, and
// start() returns after it is set, so a flag that nothing waits on serves,
// at a fraction of an Event's cost.
var FlagType = vm.NewType("_gilpy", "StartedFlag", "Whether a thread has started: set once by Thread.start.", nil, 0)

// Flag is a _gilpy.StartedFlag.
type Flag struct{ set bool }

// Type implements py.Object.
func (f *Flag) Type() *vm.Type { return FlagType.T() }

func init() {
	c := FlagType
	c.DefNew(func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if err := noArgs("StartedFlag", args[1:], kwnames); err != nil {
			return nil, err
		}
		return &Flag{}, nil
	})
	c.DefMethod("is_set", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if err := noArgs("is_set", args[1:], kwnames); err != nil {
			return nil, err
		}
		return vm.NewBool(args[0].(*Flag).set), nil
	}, "is_set() -> bool\n\nWhether the thread has started.")
	c.DefMethod("set", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if err := noArgs("set", args[1:], kwnames); err != nil {
			return nil, err
		}
		args[0].(*Flag).set = true
		return vm.None, nil
	}, "set()\n\nMark the thread started.")
	c.DefMethod("_at_fork_reinit", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		return vm.None, nil
	}, "")
}
