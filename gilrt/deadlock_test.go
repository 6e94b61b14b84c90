package gilrt_test

import (
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/gilpy/gilpy/gilrt"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var errTerminated = errors.New("terminated")

// deadlockCatcher installs a handler that hands the report to the test
// and then terminates the interpreter's threads, as the real handler will.
func deadlockCatcher(rt *gilrt.Runtime) <-chan *gilrt.DeadlockReport {
	ch := make(chan *gilrt.DeadlockReport, 4)
	rt.SetDeadlockHandler(func(r *gilrt.DeadlockReport) {
		ch <- r
		rt.InterruptAll(errTerminated)
	})
	return ch
}

func awaitReport(t *testing.T, ch <-chan *gilrt.DeadlockReport) *gilrt.DeadlockReport {
	t.Helper()
	select {
	case r := <-ch:
		return r
	case <-time.After(20 * time.Second):
		require.FailNow(t, "no deadlock reported")
		return nil
	}
}

// barrier blocks th outside the GIL (a non-deadlocking kind) until n
// threads have arrived; it orders the steps of a scenario.
func barrier(n int) func(th *gilrt.Thread) {
	var wg sync.WaitGroup
	wg.Add(n)
	return func(th *gilrt.Thread) {
		wg.Done()
		_ = th.Block(gilrt.BlockOther, "barrier", func(<-chan struct{}) error {
			wg.Wait()
			return nil
		})
	}
}

func TestDeadlockTwoLocks(t *testing.T) {
	rt := newRuntime(t, "MainProcess")
	reports := deadlockCatcher(rt)
	l1, l2 := gilrt.NewLock(), gilrt.NewLock()
	both := barrier(2)
	errs := make(chan error, 2)
	a, b := rt.NewThread("A"), rt.NewThread("B")
	start(a, func(th *gilrt.Thread) {
		l1.Acquire(th, -1)
		both(th)
		_, err := l2.Acquire(th, -1)
		errs <- err
	})
	start(b, func(th *gilrt.Thread) {
		l2.Acquire(th, -1)
		both(th)
		_, err := l1.Acquire(th, -1)
		errs <- err
	})
	r := awaitReport(t, reports)
	require.Len(t, r.Threads, 2)
	for i, th := range []*gilrt.Thread{a, b} {
		bt := r.Threads[i]
		assert.Equal(t, th.ID(), bt.Thread)
		assert.Equal(t, th.Name(), bt.Name)
		assert.Equal(t, gilrt.BlockSync, bt.Kind)
		assert.Equal(t, "Lock.acquire", bt.What)
		assert.Equal(t, "MainProcess", bt.RuntimeName)
	}
	assert.Contains(t, r.String(), `thread "A" (ident `)
	assert.Contains(t, r.String(), `) blocked in Lock.acquire`)
	for i := 0; i < 2; i++ {
		err := <-errs
		assert.ErrorIs(t, err, gilrt.ErrInterrupted)
		assert.ErrorIs(t, err, errTerminated)
	}
	finished(t, a, b)
}

// A thread that acquires a lock it holds deadlocks alone.
func TestDeadlockSelfLock(t *testing.T) {
	rt := newRuntime(t, "")
	reports := deadlockCatcher(rt)
	l := gilrt.NewLock()
	main := rt.Go("MainThread", func(th *gilrt.Thread) {
		l.Acquire(th, -1)
		_, err := l.AcquireAs(th, -1, "RLock misuse")
		assert.ErrorIs(t, err, errTerminated)
	})
	r := awaitReport(t, reports)
	require.Len(t, r.Threads, 1)
	assert.Equal(t, "RLock misuse", r.Threads[0].What)
	finished(t, main)
}

// Joins in a cycle, and a thread joining a thread that waits for a lock
// the joiner holds.
func TestDeadlockJoinCycles(t *testing.T) {
	t.Run("A joins B joins A", func(t *testing.T) {
		rt := newRuntime(t, "")
		reports := deadlockCatcher(rt)
		a := rt.NewThread("A")
		b := rt.NewThread("B")
		// Once the first is terminated and exits, the other's join may
		// succeed before its own interrupt arrives: a wait that is both
		// woken and interrupted reports the wake-up.
		run := func(me, other *gilrt.Thread) {
			go func() {
				me.Acquire()
				defer me.Exit()
				ok, err := other.Join(me, -1)
				assert.True(t, ok != (err != nil))
				if err != nil {
					assert.ErrorIs(t, err, errTerminated)
				}
			}()
		}
		run(a, b)
		run(b, a)
		r := awaitReport(t, reports)
		require.Len(t, r.Threads, 2)
		assert.Equal(t, "Thread.join", r.Threads[0].What)
		assert.Equal(t, "Thread.join", r.Threads[1].What)
		finished(t, a, b)
	})
	t.Run("join self", func(t *testing.T) {
		rt := newRuntime(t, "")
		th := rt.NewThread("T")
		th.Acquire()
		_, err := th.Join(th, -1)
		assert.ErrorIs(t, err, gilrt.ErrJoinSelf)
		th.Exit()
	})
	t.Run("main joins worker waiting on main's lock", func(t *testing.T) {
		rt := newRuntime(t, "")
		reports := deadlockCatcher(rt)
		l := gilrt.NewLock()
		main := rt.NewThread("MainThread")
		main.Acquire()
		l.Acquire(main, -1)
		w := rt.Go("worker", func(th *gilrt.Thread) {
			_, err := l.Acquire(th, -1)
			assert.ErrorIs(t, err, errTerminated)
		})
		ok, err := w.Join(main, -1)
		assert.True(t, ok != (err != nil))
		if err != nil {
			assert.ErrorIs(t, err, errTerminated)
		}
		r := awaitReport(t, reports)
		require.Len(t, r.Threads, 2)
		assert.Equal(t, "Thread.join", r.Threads[0].What)
		assert.Equal(t, "Lock.acquire", r.Threads[1].What)
		main.Exit()
		finished(t, w)
	})
}

// A deadlock across two interpreters sharing a registry is reported to
// both; one interpreter whose threads are all blocked is not a deadlock
// while another interpreter's thread still runs.
func TestDeadlockAcrossRuntimes(t *testing.T) {
	reg := gilrt.NewRegistry()
	parent := gilrt.New(gilrt.Options{Name: "MainProcess", Registry: reg})
	child := gilrt.New(gilrt.Options{Name: "Process-1", Registry: reg})
	pr, cr := deadlockCatcher(parent), deadlockCatcher(child)
	l := gilrt.NewLock()
	l.TryAcquire() // held by nobody who will release it
	p := parent.NewThread("MainThread")
	c := child.Go("child-main", func(th *gilrt.Thread) { l.Acquire(th, -1) })
	waitState(t, c, gilrt.StateBlocked)
	p.Acquire()
	require.NoError(t, p.Sleep(time.Millisecond), "the parent runs: no deadlock yet")
	assert.Zero(t, reg.Deadlocks())
	ok, err := c.Join(p, -1) // the parent joins the child: now nothing can move
	assert.True(t, ok != (err != nil))
	r1, r2 := awaitReport(t, pr), awaitReport(t, cr)
	assert.Same(t, r1, r2)
	require.Len(t, r1.Threads, 2)
	assert.Equal(t, "MainProcess", r1.Threads[0].RuntimeName) // by ID: p was registered first
	assert.Equal(t, "Thread.join", r1.Threads[0].What)
	assert.Equal(t, "Process-1", r1.Threads[1].RuntimeName)
	assert.Equal(t, "Lock.acquire", r1.Threads[1].What)
	assert.Equal(t, uint64(1), reg.Deadlocks())
	p.Exit()
	finished(t, c)
}

// Negative cases: a sleeping thread, a lock acquire with a timeout and a
// thread doing I/O each keep the others from being a deadlock, and the
// scenarios end normally with no report.
func TestNoDeadlock(t *testing.T) {
	t.Run("sleeper", func(t *testing.T) {
		rt := newRuntime(t, "")
		reports := deadlockCatcher(rt)
		l := gilrt.NewLock()
		l.TryAcquire()
		w, s := rt.NewThread("waiter"), rt.NewThread("sleeper")
		start(w, func(th *gilrt.Thread) {
			ok, err := l.Acquire(th, -1)
			assert.True(t, ok)
			assert.NoError(t, err)
		})
		start(s, func(th *gilrt.Thread) {
			await(t, th, w, gilrt.StateBlocked)
			assert.NoError(t, th.Sleep(50*time.Millisecond))
			assert.NoError(t, l.Release())
		})
		finished(t, w, s)
		assert.Empty(t, reports)
	})
	t.Run("timed acquire", func(t *testing.T) {
		rt := newRuntime(t, "")
		reports := deadlockCatcher(rt)
		l1, l2 := gilrt.NewLock(), gilrt.NewLock()
		both := barrier(2)
		a, b := rt.NewThread("A"), rt.NewThread("B")
		start(a, func(th *gilrt.Thread) {
			l1.Acquire(th, -1)
			both(th)
			ok, err := l2.Acquire(th, 50*time.Millisecond)
			assert.False(t, ok, "B holds l2")
			assert.NoError(t, err)
			assert.NoError(t, l1.Release())
		})
		start(b, func(th *gilrt.Thread) {
			l2.Acquire(th, -1)
			both(th)
			ok, err := l1.Acquire(th, -1)
			assert.True(t, ok)
			assert.NoError(t, err)
		})
		finished(t, a, b)
		assert.Empty(t, reports)
	})
	t.Run("io", func(t *testing.T) {
		rt := newRuntime(t, "")
		reports := deadlockCatcher(rt)
		l := gilrt.NewLock()
		l.TryAcquire()
		input := make(chan struct{})
		w, r := rt.NewThread("waiter"), rt.NewThread("reader")
		start(w, func(th *gilrt.Thread) {
			ok, _ := l.Acquire(th, -1)
			assert.True(t, ok)
		})
		start(r, func(th *gilrt.Thread) {
			await(t, th, w, gilrt.StateBlocked)
			err := th.Block(gilrt.BlockIO, "input()", func(stop <-chan struct{}) error {
				<-input
				return nil
			})
			assert.NoError(t, err)
			assert.NoError(t, l.Release())
		})
		go func() {
			waitState(t, r, gilrt.StateBlocked)
			time.Sleep(50 * time.Millisecond)
			close(input)
		}()
		finished(t, w, r)
		assert.Empty(t, reports)
	})
}

// The check is exact: a release that wakes a waiter makes it runnable
// before the releaser blocks. Two threads pass a token back and forth
// 20,000 times through two locks (each blocks right after waking the
// other); counting a wake-up only when the woken goroutine runs would
// report a false deadlock here almost at once. The same with a condition
// built on WaitQueue, and with join.
func TestDeadlockCheckIsExact(t *testing.T) {
	const rounds = 20_000
	t.Run("locks", func(t *testing.T) {
		rt := newRuntime(t, "")
		reports := deadlockCatcher(rt)
		la, lb := gilrt.NewLock(), gilrt.NewLock()
		lb.TryAcquire()
		n := 0
		a, b := rt.NewThread("A"), rt.NewThread("B")
		start(a, func(th *gilrt.Thread) {
			for i := 0; i < rounds; i++ {
				la.Acquire(th, -1)
				n++
				lb.Release()
			}
		})
		start(b, func(th *gilrt.Thread) {
			for i := 0; i < rounds; i++ {
				lb.Acquire(th, -1)
				n++
				la.Release()
			}
		})
		finished(t, a, b)
		assert.Equal(t, 2*rounds, n)
		assert.Empty(t, reports)
	})
	t.Run("condition", func(t *testing.T) {
		rt := newRuntime(t, "")
		reports := deadlockCatcher(rt)
		var q gilrt.WaitQueue
		turn := 0 // whose turn, protected by the GIL
		player := func(me int) func(th *gilrt.Thread) {
			return func(th *gilrt.Thread) {
				for i := 0; i < rounds/4; i++ {
					for turn != me {
						q.Wait(th, gilrt.BlockSync, "Condition.wait", -1, nil)
					}
					turn = 1 - me
					q.NotifyAll()
				}
			}
		}
		a, b := rt.NewThread("A"), rt.NewThread("B")
		start(a, player(0))
		start(b, player(1))
		finished(t, a, b)
		assert.Empty(t, reports)
	})
	t.Run("join chain", func(t *testing.T) {
		rt := newRuntime(t, "")
		reports := deadlockCatcher(rt)
		main := rt.NewThread("main")
		main.Acquire()
		for i := 0; i < 2000; i++ {
			w := rt.Go("w", func(th *gilrt.Thread) {})
			ok, err := w.Join(main, -1)
			require.True(t, ok)
			require.NoError(t, err)
		}
		main.Exit()
		assert.Empty(t, reports)
	})
}

// After a report, the registry reports again only for a new deadlock.
func TestDeadlockReportedOncePerEpisode(t *testing.T) {
	reg := gilrt.NewRegistry()
	rt := gilrt.New(gilrt.Options{Registry: reg})
	reports := make(chan *gilrt.DeadlockReport, 4)
	th := rt.NewThread("T")
	rt.SetDeadlockHandler(func(r *gilrt.DeadlockReport) {
		reports <- r
		th.Interrupt(errTerminated) // wake it once; it blocks again
	})
	l := gilrt.NewLock()
	l.TryAcquire()
	start(th, func(th *gilrt.Thread) {
		_, err := l.Acquire(th, -1)
		assert.ErrorIs(t, err, errTerminated)
		assert.ErrorIs(t, th.ClearInterrupt(), errTerminated)
		_, err = l.Acquire(th, -1)
		assert.ErrorIs(t, err, errTerminated)
	})
	awaitReport(t, reports)
	awaitReport(t, reports)
	finished(t, th)
	assert.Equal(t, uint64(2), reg.Deadlocks())
	rt.SetDeadlockHandler(nil)
}

// At shutdown the main thread exits while a daemon thread is still
// blocked for good. Interrupting the runtime's threads first (as the
// interpreter does) keeps that from being reported; exiting first would
// leave the daemon alone and blocked, which is reported.
func TestShutdownWithBlockedDaemon(t *testing.T) {
	errShutdown := errors.New("interpreter shutdown")
	for _, interruptFirst := range []bool{true, false} {
		rt := newRuntime(t, "")
		reports := deadlockCatcher(rt)
		l := gilrt.NewLock()
		l.TryAcquire()
		main, daemon := rt.NewThread("MainThread"), rt.NewThread("daemon")
		start(daemon, func(th *gilrt.Thread) {
			_, err := l.Acquire(th, -1)
			assert.ErrorIs(t, err, gilrt.ErrInterrupted)
		})
		main.Acquire()
		await(t, main, daemon, gilrt.StateBlocked)
		if interruptFirst {
			rt.InterruptAll(errShutdown)
		}
		main.Exit()
		if interruptFirst {
			finished(t, daemon)
			assert.Empty(t, reports)
		} else {
			r := awaitReport(t, reports)
			require.Len(t, r.Threads, 1)
			assert.Equal(t, "daemon", r.Threads[0].Name)
			finished(t, daemon)
		}
	}
}
