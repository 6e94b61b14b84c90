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
var LockType = vm.NewType("_thread", "lock", "A lock object is a synchronization primitive.  To create a lock,\ncall threading.Lock().  Methods are:\n\nacquire() -- lock the lock, possibly blocking until it can be obtained\nrelease() -- unlock of the lock\nlocked() -- test whether the lock is currently locked\n\nA lock is not owned by the thread that locked it; another thread may\nunlock it.  A thread attempting to lock a lock that it has already locked\nwill block until another thread unlocks it.  Deadlocks may ensue.", nil, 0)

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
	const acquireDoc = "acquire(blocking=True, timeout=-1) -> bool\n(acquire_lock() is an obsolete synonym)\n\nLock the lock.  Without argument, this blocks if the lock is already\nlocked (even by the same thread), waiting for another thread to release\nthe lock, and return True once the lock is acquired.\nWith an argument, this will only block if the argument is true,\nand the return value reflects whether the lock is acquired.\nThe blocking operation is interruptible."
	c.DefMethod("acquire", acquire, acquireDoc)
	c.DefMethod("acquire_lock", acquire, acquireDoc)
	c.DefMethod("__enter__", acquire, "acquire(blocking=True, timeout=-1) -> bool\n\nLock the lock.")
	release := func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if err := noArgs("lock.release", args[1:], kwnames); err != nil {
			return nil, err
		}
		return vm.None, lockSelf(args).release()
	}
	const releaseDoc = "release()\n(release_lock() is an obsolete synonym)\n\nRelease the lock, allowing another thread that is blocked waiting for\nthe lock to acquire the lock.  The lock must be in the locked state,\nbut it needn't be locked by the same thread that unlocks it."
	c.DefMethod("release", release, releaseDoc)
	c.DefMethod("release_lock", release, releaseDoc)
	c.DefMethod("__exit__", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		return vm.None, lockSelf(args).release()
	}, "release()\n\nRelease the lock.")
	locked := func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if err := noArgs("lock.locked", args[1:], kwnames); err != nil {
			return nil, err
		}
		return vm.NewBool(lockSelf(args).l.Locked()), nil
	}
	const lockedDoc = "locked() -> bool\n(locked_lock() is an obsolete synonym)\n\nReturn whether the lock is in the locked state."
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
	c.DefMethod("acquire", acquire, "acquire(blocking=True) -> bool\n\nLock the lock.  `blocking` indicates whether we should wait\nfor the lock to be available or not.  If `blocking` is False\nand another thread holds the lock, the method will return False\nimmediately.  If `blocking` is True and another thread holds\nthe lock, the method will wait for the lock to be released,\ntake it and then return True.\n(note: the blocking operation is interruptible.)\n\nIn all other cases, the method will return True immediately.\nPrecisely, if the current thread already holds the lock, its\ninternal counter is simply incremented. If nobody holds the lock,\nthe lock is taken and its internal counter initialized to 1.")
	c.DefMethod("__enter__", acquire, "acquire(blocking=True) -> bool\n\nLock the lock.")
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
	}, "release()\n\nRelease the lock, allowing another thread that is blocked waiting for\nthe lock to acquire the lock.  The lock must be in the locked state,\nand must be locked by the same thread that unlocks it; otherwise a\n`RuntimeError` is raised.\n\nDo note that if the lock was acquire()d several times in a row by the\ncurrent thread, release() needs to be called as many times for the lock\nto be available for other threads.")
	c.DefMethod("__exit__", release, "release()\n\nRelease the lock.")
	c.DefMethod("_is_owned", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if err := noArgs("RLock._is_owned", args[1:], kwnames); err != nil {
			return nil, err
		}
		r := rlockSelf(args)
		return vm.NewBool(r.count > 0 && r.owner == t.Ident()), nil
	}, "_is_owned() -> bool\n\nFor internal use by `threading.Condition`.")
	c.DefMethod("_recursion_count", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if err := noArgs("RLock._recursion_count", args[1:], kwnames); err != nil {
			return nil, err
		}
		r := rlockSelf(args)
		if r.owner == t.Ident() {
			return vm.NewInt(int64(r.count)), nil
		}
		return vm.NewInt(0), nil
	}, "_recursion_count() -> int\n\nFor internal use by reentrancy checks.")
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
	}, "_release_save() -> tuple\n\nFor internal use by `threading.Condition`.")
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
	}, "_acquire_restore(state) -> None\n\nFor internal use by `threading.Condition`.")
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
