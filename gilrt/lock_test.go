package gilrt_test

import (
	"sync/atomic"
	"testing"
	"time"

	"github.com/gilpy/gilpy/gilrt"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Four threads each do 100,000 acquire/increment/release under the GIL.
// The fake VM checks the breaker inside the critical section too, so the
// GIL sometimes changes hands while the lock is held (a forced drop or a
// sleep(0)) and the lock's blocking path is exercised, not only its fast
// path.
func TestLockCounter(t *testing.T) {
	rt := newRuntime(t, "")
	require.NoError(t, rt.SetSwitchInterval(100*time.Microsecond))
	rt.StartRecording(gilrt.RecordOptions{Capacity: 1 << 20})
	l := gilrt.NewLock()
	counter := 0 // protected by l only: the GIL is released while l is held
	var inside atomic.Int32
	const threads, iters = 4, 100_000
	var ths []*gilrt.Thread
	for i := 0; i < threads; i++ {
		ths = append(ths, rt.Go("inc", func(th *gilrt.Thread) {
			br := rt.Breaker()
			for j := 0; j < iters; j++ {
				ok, err := l.Acquire(th, -1)
				if !ok || err != nil {
					t.Errorf("acquire: %v %v", ok, err)
					return
				}
				if inside.Add(1) != 1 {
					t.Error("two threads inside the lock")
				}
				c := counter
				if j%1000 == 0 {
					// Let other threads run while the lock is held.
					if err := th.Sleep(0); err != nil {
						t.Error(err)
					}
				}
				if br.Load() != 0 {
					th.Yield() // a forced switch while holding the lock
				}
				counter = c + 1
				inside.Add(-1)
				if err := l.Release(); err != nil {
					t.Errorf("release: %v", err)
					return
				}
				if br.Load() != 0 {
					th.Yield()
				}
			}
		}))
	}
	finished(t, ths...)
	assert.Equal(t, threads*iters, counter)
	assert.False(t, l.Locked())
	events, _ := rt.Events()
	blocks := 0
	for _, e := range events {
		if e.Kind == gilrt.EvBlockStart && e.What == "Lock.acquire" {
			blocks++
		}
	}
	assert.Positive(t, blocks, "the lock's blocking path was never taken")
}

func TestLockSemantics(t *testing.T) {
	rt := newRuntime(t, "")
	main := rt.NewThread("main")
	main.Acquire()
	defer main.Exit()

	var l gilrt.Lock // the zero value is an unlocked lock
	assert.ErrorIs(t, l.Release(), gilrt.ErrNotLocked)
	assert.True(t, l.TryAcquire())
	assert.True(t, l.Locked())
	assert.False(t, l.TryAcquire(), "not reentrant")
	ok, err := l.Acquire(main, 0)
	assert.False(t, ok, "timeout 0 does not wait")
	assert.NoError(t, err)
	ok, err = l.Acquire(main, 5*time.Millisecond)
	assert.False(t, ok, "times out")
	assert.NoError(t, err)
	assert.GreaterOrEqual(t, main.Stats().Blocked, 5*time.Millisecond)

	// Released by another thread: acquire with a timeout succeeds.
	other := rt.Go("releaser", func(th *gilrt.Thread) {
		require.NoError(t, l.Release())
	})
	ok, err = l.Acquire(main, time.Minute)
	assert.True(t, ok)
	assert.NoError(t, err)
	finished(t, other)

	// Released from Go code with no thread at all.
	go func() {
		waitState(t, main, gilrt.StateBlocked)
		assert.NoError(t, l.Release())
	}()
	ok, err = l.AcquireAs(main, -1, "custom.wait")
	assert.True(t, ok)
	assert.NoError(t, err)
	require.NoError(t, l.Release())
	assert.False(t, l.Locked())
}

// Waiters get the lock in turn: each release wakes the longest waiter.
func TestLockWakesWaitersInOrder(t *testing.T) {
	rt := newRuntime(t, "")
	main := rt.NewThread("main")
	main.Acquire()
	l := gilrt.NewLock()
	require.True(t, l.TryAcquire())
	var order []int
	var ths []*gilrt.Thread
	for i := 0; i < 5; i++ {
		i := i
		th := rt.Go("w", func(th *gilrt.Thread) {
			ok, err := l.Acquire(th, -1)
			assert.True(t, ok)
			assert.NoError(t, err)
			order = append(order, i) // under l
			assert.NoError(t, l.Release())
		})
		// Let it queue before starting the next one.
		await(t, main, th, gilrt.StateBlocked)
		ths = append(ths, th)
	}
	require.NoError(t, l.Release())
	for _, th := range ths {
		ok, err := th.Join(main, -1)
		require.NoError(t, err)
		require.True(t, ok)
	}
	assert.Equal(t, []int{0, 1, 2, 3, 4}, order)
	main.Exit()
}

// A condition variable built on WaitQueue and Lock, the way threading's
// Condition can be: a producer/consumer hand-off of 10,000 items.
func TestWaitQueueCondition(t *testing.T) {
	rt := newRuntime(t, "")
	lock := gilrt.NewLock()
	var notEmpty, notFull gilrt.WaitQueue
	var buf []int
	const n, capacity = 10_000, 4
	wait := func(th *gilrt.Thread, q *gilrt.WaitQueue) {
		_, err := q.Wait(th, gilrt.BlockSync, "Condition.wait", -1, func() {
			require.NoError(t, lock.Release())
		})
		require.NoError(t, err)
		ok, err := lock.Acquire(th, -1)
		require.True(t, ok)
		require.NoError(t, err)
	}
	var got []int
	prod := rt.Go("producer", func(th *gilrt.Thread) {
		for i := 0; i < n; i++ {
			lock.Acquire(th, -1)
			for len(buf) == capacity {
				wait(th, &notFull)
			}
			buf = append(buf, i)
			notEmpty.Notify(1)
			require.NoError(t, lock.Release())
		}
	})
	cons := rt.Go("consumer", func(th *gilrt.Thread) {
		for len(got) < n {
			lock.Acquire(th, -1)
			for len(buf) == 0 {
				wait(th, &notEmpty)
			}
			got = append(got, buf[0])
			buf = buf[1:]
			notFull.Notify(1)
			require.NoError(t, lock.Release())
		}
	})
	finished(t, prod, cons)
	require.Len(t, got, n)
	for i, v := range got {
		if v != i {
			require.Equal(t, i, v)
		}
	}
	assert.Zero(t, notEmpty.Len()+notFull.Len(), "nobody left waiting")
}

func TestWaitQueueTimeoutAndNotifyAll(t *testing.T) {
	rt := newRuntime(t, "")
	main := rt.NewThread("main")
	main.Acquire()
	defer main.Exit()
	var q gilrt.WaitQueue
	ran := 0
	ok, err := q.Wait(main, gilrt.BlockSync, "Event.wait", 2*time.Millisecond, func() { ran++ })
	assert.False(t, ok)
	assert.NoError(t, err)
	ok, err = q.Wait(main, gilrt.BlockSync, "Event.wait", 0, func() { ran++ })
	assert.False(t, ok)
	assert.NoError(t, err)
	assert.Equal(t, 2, ran, "beforePark runs exactly once per wait")
	assert.Zero(t, q.Len())

	var woken atomic.Int32
	var ths []*gilrt.Thread
	for i := 0; i < 3; i++ {
		ths = append(ths, rt.Go("w", func(th *gilrt.Thread) {
			ok, err := q.Wait(th, gilrt.BlockSync, "Event.wait", -1, nil)
			if ok && err == nil {
				woken.Add(1)
			}
		}))
	}
	require.NoError(t, main.Block(gilrt.BlockOther, "test", func(<-chan struct{}) error {
		waitFor(t, "three waiters", func() bool { return q.Len() == 3 })
		return nil
	}))
	assert.Equal(t, 3, q.NotifyAll())
	for _, th := range ths {
		_, err := th.Join(main, -1)
		require.NoError(t, err)
	}
	assert.Equal(t, int32(3), woken.Load())
	assert.Equal(t, 0, q.Notify(1))
}
