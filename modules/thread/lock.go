package thread

import (
	"fmt"
	"time"

	"github.com/gilpy/gilpy/gilrt"
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

// LockType is _thread.lock (threading.Lock()): not reentrant, releasable
// by any thread.
var LockType = vm.NewType("_thread", "lock", "A lock, the simplest synchronisation object: acquire() takes it, waiting\nwhile another thread holds it; release() frees it. Any thread may release\nit, and the thread holding it blocks if it takes it again.", nil, 0)

// Lock is a _thread.lock.
type Lock struct {
	l gilrt.Lock
	// what describes a wait on this lock in statistics and deadlock
	// reports ("Lock.acquire", or "Thread.join" for a join sentinel).
	what string
}

// Type implements py.Object.
func (l *Lock) Type() *vm.Type { return LockType.T() }

func newLock() *Lock { return &Lock{what: "Lock.acquire"} }

// Acquire takes the lock for t, waiting at most timeout (see
// parseAcquire).
func (l *Lock) acquire(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	timeout, err := parseAcquire(t, args, kwnames)
	if err != nil {
		return nil, err
	}
	ok, err := t.AcquireLock(&l.l, timeout, l.what)
	if err != nil {
		return nil, err
	}
	return vm.NewBool(ok), nil
}

func (l *Lock) release() error {
	if err := l.l.Release(); err != nil {
		return vm.NewError(py.RuntimeError, "release unlocked lock")
	}
	return nil
}

func lockSelf(args []vm.Object) *Lock { return args[0].(*Lock) }

func init() {
	c := LockType
	acquire := func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		return lockSelf(args).acquire(t, args[1:], kwnames)
	}
	const acquireDoc = "acquire(blocking=True, timeout=-1) -> bool\n\nTake the lock, waiting for it without limit, at most timeout seconds, or\nnot at all when blocking is false; return whether it was taken. Waiting\nreleases the GIL, and Ctrl-C interrupts it in the main thread."
	c.DefMethod("acquire", acquire, acquireDoc)
	c.DefMethod("acquire_lock", acquire, acquireDoc)
	c.DefMethod("__enter__", acquire, "__enter__() -> bool\n\nTake the lock, waiting as long as needed.")
	release := func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if err := noArgs("lock.release", args[1:], kwnames); err != nil {
			return nil, err
		}
		return vm.None, lockSelf(args).release()
	}
	const releaseDoc = "release()\n(release_lock() is an older name)\n\nFree the lock, which must be held (by any thread); a thread waiting for it\nmay then take it."
	c.DefMethod("release", release, releaseDoc)
	c.DefMethod("release_lock", release, releaseDoc)
	c.DefMethod("__exit__", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		return vm.None, lockSelf(args).release()
	}, "__exit__(*exc_info)\n\nFree the lock.")
	locked := func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if err := noArgs("lock.locked", args[1:], kwnames); err != nil {
			return nil, err
		}
		return vm.NewBool(lockSelf(args).l.Locked()), nil
	}
	const lockedDoc = "locked() -> bool\n(locked_lock() is an older name)\n\nReturn whether the lock is held."
	c.DefMethod("locked", locked, lockedDoc)
	c.DefMethod("locked_lock", locked, lockedDoc)
	c.DefMethod("_at_fork_reinit", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if err := noArgs("lock._at_fork_reinit", args[1:], kwnames); err != nil {
			return nil, err
		}
		l := lockSelf(args)
		l.l = gilrt.Lock{}
		return vm.None, nil
	}, "")
	c.DefMethod("__repr__", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		l := lockSelf(args)
		state := "unlocked"
		if l.l.Locked() {
			state = "locked"
		}
		return py.String(fmt.Sprintf("<%s %s object at %#x>", state, vm.TypeName(l), vm.ObjectAddress(l))), nil
	}, "Return repr(self).")
}

// RLockType is _thread.RLock: a reentrant lock, owned by the thread that
// acquired it, which must release it as many times.
var RLockType = vm.NewType("_thread", "RLock", "", nil, vm.TypeBaseType)

// RLock is a _thread.RLock.
type RLock struct {
	l     gilrt.Lock
	owner uint64 // ident of the owning thread, 0 when unlocked
	count uint64
}

// Type implements py.Object.
func (r *RLock) Type() *vm.Type { return RLockType.T() }

func rlockSelf(args []vm.Object) *RLock { return args[0].(*RLock) }

func (r *RLock) acquire(t *vm.Thread, timeout time.Duration) (bool, error) {
	me := t.Ident()
	if r.count > 0 && r.owner == me {
		r.count++
		return true, nil
	}
	ok, err := t.AcquireLock(&r.l, timeout, "RLock.acquire")
	if err != nil || !ok {
		return false, err
	}
	r.owner, r.count = me, 1
	return true, nil
}

func init() {
	c := RLockType
	c.DefNew(func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		return RLockType.Wrap(args[0].(*vm.Type), &RLock{}), nil
	})
	acquire := func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		timeout, err := parseAcquire(t, args[1:], kwnames)
		if err != nil {
			return nil, err
		}
		ok, err := rlockSelf(args).acquire(t, timeout)
		if err != nil {
			return nil, err
		}
		return vm.NewBool(ok), nil
	}
	c.DefMethod("acquire", acquire, "acquire(blocking=True, timeout=-1) -> bool\n\nTake the lock: at once if the calling thread holds it already (once more),\nelse waiting for it without limit, at most timeout seconds, or not at all\nwhen blocking is false. Return whether it was taken.")
	c.DefMethod("__enter__", acquire, "__enter__() -> bool\n\nTake the lock, waiting as long as needed.")
	release := func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		r := rlockSelf(args)
		if r.count == 0 || r.owner != t.Ident() {
			return nil, vm.NewError(py.RuntimeError, "cannot release un-acquired lock")
		}
		r.count--
		if r.count == 0 {
			r.owner = 0
			_ = r.l.Release()
		}
		return vm.None, nil
	}
	c.DefMethod("release", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if err := noArgs("RLock.release", args[1:], kwnames); err != nil {
			return nil, err
		}
		return release(t, args, kwnames)
	}, "release()\n\nGive back one level of the lock, which the calling thread must hold; the\nlast one frees it for other threads.")
	c.DefMethod("__exit__", release, "__exit__(*exc_info)\n\nGive back one level of the lock.")
	c.DefMethod("_is_owned", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if err := noArgs("RLock._is_owned", args[1:], kwnames); err != nil {
			return nil, err
		}
		r := rlockSelf(args)
		return vm.NewBool(r.count > 0 && r.owner == t.Ident()), nil
	}, "_is_owned() -> bool\n\nWhether the calling thread holds the lock (threading.Condition asks).")
	c.DefMethod("_recursion_count", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if err := noArgs("RLock._recursion_count", args[1:], kwnames); err != nil {
			return nil, err
		}
		r := rlockSelf(args)
		if r.owner == t.Ident() {
			return vm.NewInt(int64(r.count)), nil
		}
		return vm.NewInt(0), nil
	}, "_recursion_count() -> int\n\nHow many times the calling thread holds the lock.")
	c.DefMethod("_release_save", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if err := noArgs("RLock._release_save", args[1:], kwnames); err != nil {
			return nil, err
		}
		r := rlockSelf(args)
		if r.count == 0 {
			return nil, vm.NewError(py.RuntimeError, "cannot release un-acquired lock")
		}
		state := vm.Tuple{vm.NewInt(int64(r.count)), vm.NewInt(int64(r.owner))}
		r.count, r.owner = 0, 0
		_ = r.l.Release()
		return state, nil
	}, "_release_save() -> state\n\nFree the lock at every level, returning what _acquire_restore needs to\ntake it back (threading.Condition.wait).")
	c.DefMethod("_acquire_restore", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if len(kwnames) > 0 {
			return nil, vm.NewError(py.TypeError, "_acquire_restore() takes no keyword arguments")
		}
		if len(args) != 2 {
			return nil, vm.NewError(py.TypeError, fmt.Sprintf("_acquire_restore() takes exactly 1 argument (%d given)", len(args)-1))
		}
		state, err := vm.Collect(t, args[1])
		if err != nil || len(state) != 2 {
			n := "not " + vm.TypeName(args[1])
			if err == nil {
				n = fmt.Sprintf("not %d", len(state))
			}
			return nil, vm.NewError(py.TypeError, "_acquire_restore() argument 1 must be sequence of length 2, "+n)
		}
		count, err := vm.IndexValue(t, state[0])
		if err != nil {
			return nil, err
		}
		owner, err := vm.IndexValue(t, state[1])
		if err != nil {
			return nil, err
		}
		r := rlockSelf(args)
		if ok, err := t.AcquireLock(&r.l, gilrt.NoTimeout, "RLock.acquire"); err != nil || !ok {
			return nil, err
		}
		r.count, r.owner = count.Uint64(), owner.Uint64()
		return vm.None, nil
	}, "_acquire_restore(state)\n\nTake the lock back at the levels _release_save returned.")
	c.DefMethod("_at_fork_reinit", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if err := noArgs("RLock._at_fork_reinit", args[1:], kwnames); err != nil {
			return nil, err
		}
		r := rlockSelf(args)
		r.l, r.owner, r.count = gilrt.Lock{}, 0, 0
		return vm.None, nil
	}, "")
	c.DefMethod("__repr__", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		r := vm.Unwrap(args[0]).(*RLock)
		state := "unlocked"
		if r.l.Locked() {
			state = "locked"
		}
		return py.String(fmt.Sprintf("<%s %s object owner=%d count=%d at %#x>", state, vm.TypeName(args[0]), r.owner, r.count, vm.ObjectAddress(args[0]))), nil
	}, "Return repr(self).", "nounwrap")
}
