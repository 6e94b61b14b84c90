package gilrt

import (
	"errors"
	"sync"
	"sync/atomic"
	"time"
)

// ErrNotLocked is returned by Lock.Release on an unlocked lock; _thread
// turns it into RuntimeError("release unlocked lock").
var ErrNotLocked = errors.New("release unlocked lock")

// NoTimeout, as the timeout of Lock.Acquire, WaitQueue.Wait or
// Thread.Join, waits for as long as it takes (Python's timeout=-1 or
// None). Any negative duration means the same.
const NoTimeout time.Duration = -1

// Lock state bits.
const (
	lockHeld    uint32 = 1
	lockWaiters uint32 = 2 // the wait list is not empty (changed under mu)
)

// Lock is _thread.lock (threading.Lock): not reentrant, releasable by any
// thread, acquired with an optional timeout. CPython builds RLock,
// Condition, Semaphore, Event, Barrier, Queue and Thread.join on this one
// primitive, and all of them can be built the same way here (WaitQueue is
// the cheaper alternative for the ones that wait for a notification).
//
// An uncontended Acquire or Release is one atomic compare-and-swap: it
// touches neither the GIL nor any other lock. A contended Acquire waits
// through the blocking path: it releases the GIL, waits in FIFO order
// without using CPU, and takes the GIL back once it owns the lock (or
// gives up).
//
// Release does not hand the lock to a waiter: it frees the lock and wakes
// the first waiter, which then tries to take it without the GIL, as a
// woken thread does in CPython. Handing it over would force a GIL switch
// on every acquire of a lock two CPU-bound threads share (a lock convoy);
// freeing it lets the thread that holds the GIL take it again at once.
//
// The zero value is an unlocked lock. A Lock must not be copied.
type Lock struct {
	state atomic.Uint32
	mu    sync.Mutex // guards q and changes of lockWaiters
	q     waitList
}

// NewLock returns a new unlocked lock (_thread.allocate_lock).
func NewLock() *Lock { return new(Lock) }

// Locked reports whether the lock is held (lock.locked()).
func (l *Lock) Locked() bool { return l.state.Load()&lockHeld != 0 }

// TryAcquire takes the lock if it is free, without blocking: acquire(False).
func (l *Lock) TryAcquire() bool {
	if l.state.CompareAndSwap(0, lockHeld) {
		return true
	}
	return l.tryLock()
}

func (l *Lock) tryLock() bool {
	for {
		s := l.state.Load()
		if s&lockHeld != 0 {
			return false
		}
		if l.state.CompareAndSwap(s, s|lockHeld) {
			return true
		}
	}
}

// Acquire is lock.acquire(timeout=...): it takes the lock, waiting at
// most timeout (negative: forever; zero: not at all) and reports whether it
// got it. A wait without timeout counts toward a deadlock. The error is an
// *InterruptedError if t was interrupted while waiting (the lock is then
// not held). t must hold the GIL; it may be nil only with timeout 0 (Go
// code trying the lock).
func (l *Lock) Acquire(t *Thread, timeout time.Duration) (bool, error) {
	return l.AcquireAs(t, timeout, "Lock.acquire")
}

// AcquireAs is Acquire with the description statistics, traces and
// deadlock reports show for the wait: a Condition built on locks passes
// "Condition.wait", a Thread.join built on a lock "Thread.join".
func (l *Lock) AcquireAs(t *Thread, timeout time.Duration, what string) (bool, error) {
	if l.state.CompareAndSwap(0, lockHeld) {
		return true, nil
	}
	if timeout == 0 {
		return l.tryLock(), nil
	}
	return l.acquireSlow(t, timeout, what)
}

func (l *Lock) acquireSlow(t *Thread, timeout time.Duration, what string) (bool, error) {
	t.mustHold(what)
	stop, pending := t.stopState()
	if pending != nil {
		return false, pending
	}
	var deadline int64
	if timeout > 0 {
		deadline = t.rt.now() + int64(timeout)
	}
	var bi *blockInfo
	got := false
	var err error
	for {
		remaining := time.Duration(-1)
		if timeout > 0 {
			remaining = time.Duration(deadline - t.rt.now())
		}
		l.mu.Lock()
		if l.tryLock() {
			l.mu.Unlock()
			got = true
			break
		}
		if timeout > 0 && remaining <= 0 {
			l.mu.Unlock()
			break
		}
		s := l.state.Load()
		if s&lockHeld == 0 || !l.state.CompareAndSwap(s, s|lockWaiters) {
			l.mu.Unlock()
			continue // released meanwhile: try again
		}
		l.q.push(t)
		if bi == nil {
			bi = t.newBlock(BlockSync, what, timeout >= 0)
			t.block.Store(bi)
		}
		if timeout < 0 {
			t.rt.reg.block(t)
		}
		l.mu.Unlock()
		if t.State() == StateRunning {
			t.beginBlock(bi)
		}
		r := t.park(stop, remaining)
		l.mu.Lock()
		woken := l.q.leave(t, r)
		if l.q.n == 0 {
			l.state.And(^lockWaiters)
		}
		l.mu.Unlock()
		if woken {
			continue // the lock was freed for us: try again, still without the GIL
		}
		if r == parkInterrupted {
			_, err = t.stopState()
			break
		}
		// Timed out: one last try at the top of the loop.
	}
	if t.State() == StateBlocked {
		t.endBlock()
	} else {
		t.block.Store(nil)
	}
	return got, err
}

// Release frees the lock (lock.release()); any thread, or Go code, may
// release it. If threads wait, the longest-waiting one is woken.
func (l *Lock) Release() error {
	if l.state.CompareAndSwap(lockHeld, 0) {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	s := l.state.Load()
	if s&lockHeld == 0 {
		return ErrNotLocked
	}
	// With lockHeld set, no other goroutine changes the word unless it
	// holds mu, so a plain store is safe.
	l.q.wakeHead()
	if l.q.n == 0 {
		l.state.Store(0)
	} else {
		l.state.Store(lockWaiters)
	}
	return nil
}
