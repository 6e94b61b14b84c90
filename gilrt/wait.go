package gilrt

import (
	"sync"
	"time"
)

// waitList is an intrusive FIFO of threads, guarded by its owner's mutex.
type waitList struct {
	head, tail *Thread
	n          int
}

func (l *waitList) push(t *Thread) {
	t.wnext, t.wprev, t.wwoken = nil, l.tail, false
	if l.tail == nil {
		l.head = t
	} else {
		l.tail.wnext = t
	}
	l.tail = t
	l.n++
}

func (l *waitList) remove(t *Thread) {
	if t.wprev == nil {
		l.head = t.wnext
	} else {
		t.wprev.wnext = t.wnext
	}
	if t.wnext == nil {
		l.tail = t.wprev
	} else {
		t.wnext.wprev = t.wprev
	}
	t.wnext, t.wprev = nil, nil
	l.n--
}

// wakeHead removes the first thread and wakes it. The owner's mutex is
// held, so the wake-up and the deadlock bookkeeping happen before the
// waker can block on anything else: the woken thread counts as runnable
// from this instant, not from when its goroutine gets to run.
func (l *waitList) wakeHead() *Thread {
	t := l.head
	if t == nil {
		return nil
	}
	l.remove(t)
	t.wwoken = true
	t.rt.reg.unblock(t)
	t.wake <- struct{}{}
	return t
}

// leave takes t off l after park returned r, with the owner's mutex held,
// and reports whether t was woken (in which case the wake-up has been
// consumed whatever r says).
func (l *waitList) leave(t *Thread, r parkResult) bool {
	if t.wwoken {
		t.wwoken = false
		if r != parkWoken {
			<-t.wake // sent under the mutex we hold, so already there
		}
		return true
	}
	l.remove(t)
	t.rt.reg.unblock(t)
	return false
}

// WaitQueue is a FIFO of Python threads waiting for a notification, the
// building block (besides Lock) for Condition, Event, Semaphore, Barrier,
// Queue and futures. CPython builds those from locks alone, and they can
// be built so here too; WaitQueue is the cheaper way: one queue entry per
// waiter instead of one lock per wait.
//
// Waits without a timeout whose kind is BlockSync count toward a deadlock,
// and Notify accounts for the wake-up under the queue's lock, so the check
// stays exact. Only use BlockSync for waits that a registered thread will
// end through Notify; a wait ended by Go code (an I/O completion, a timer,
// a child process reported by the embedder) takes another kind.
//
// The zero value is an empty queue. A WaitQueue must not be copied.
type WaitQueue struct {
	mu sync.Mutex
	q  waitList
}

// Wait parks t (which holds the GIL) until a Notify reaches it, timeout
// elapses (negative: no timeout) or t is interrupted, then takes the GIL
// back. It reports whether it was notified; the error is an
// *InterruptedError if interrupted and not notified.
//
// beforePark, if not nil, runs exactly once, with the GIL held, after t is
// in the queue and before it parks: a condition variable releases its lock
// there, so that a Notify issued as soon as the lock is free cannot be
// missed. It runs even if an interrupt is already pending, so the caller's
// state after Wait is always the same.
func (wq *WaitQueue) Wait(t *Thread, kind BlockKind, what string, timeout time.Duration, beforePark func()) (bool, error) {
	return wq.wait(t, kind, what, timeout, nil, beforePark)
}

// wait is Wait with an optional ready test run under the queue's lock
// before queueing: if it reports true, wait returns true at once.
func (wq *WaitQueue) wait(t *Thread, kind BlockKind, what string, timeout time.Duration, ready func() bool, beforePark func()) (bool, error) {
	wq.mu.Lock()
	if ready != nil && ready() {
		wq.mu.Unlock()
		if beforePark != nil {
			beforePark()
		}
		return true, nil
	}
	if !t.Holds() {
		wq.mu.Unlock()
		t.mustHold(what)
	}
	wq.q.push(t)
	wq.mu.Unlock()
	if beforePark != nil {
		beforePark()
	}
	stop, pending := t.stopState()
	if pending != nil || timeout == 0 {
		wq.mu.Lock()
		woken := wq.q.leave(t, parkTimedOut)
		wq.mu.Unlock()
		if woken {
			return true, nil
		}
		return false, pending
	}
	// Count the wait toward a deadlock only now, after beforePark: until
	// beforePark has released what the caller held, another thread may
	// still be about to be woken by it.
	bi := t.newBlock(kind, what, timeout >= 0)
	t.block.Store(bi)
	wq.mu.Lock()
	if !t.wwoken && timeout < 0 && kind == BlockSync {
		t.rt.reg.block(t)
	}
	wq.mu.Unlock()
	t.beginBlock(bi)
	r := t.park(stop, timeout)
	wq.mu.Lock()
	woken := wq.q.leave(t, r)
	wq.mu.Unlock()
	t.endBlock()
	if woken {
		return true, nil
	}
	if r == parkInterrupted {
		_, err := t.stopState()
		return false, err
	}
	return false, nil
}

// Notify wakes up to n waiting threads, longest-waiting first, and returns
// how many it woke. It may be called from any goroutine.
func (wq *WaitQueue) Notify(n int) int {
	wq.mu.Lock()
	defer wq.mu.Unlock()
	return wq.notifyLocked(n)
}

// NotifyAll wakes every waiting thread and returns how many it woke.
func (wq *WaitQueue) NotifyAll() int { return wq.Notify(-1) }

func (wq *WaitQueue) notifyLocked(n int) int {
	woke := 0
	for n < 0 || woke < n {
		if wq.q.wakeHead() == nil {
			break
		}
		woke++
	}
	return woke
}

// Len returns the number of threads waiting.
func (wq *WaitQueue) Len() int {
	wq.mu.Lock()
	defer wq.mu.Unlock()
	return wq.q.n
}
