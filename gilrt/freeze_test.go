package gilrt_test

import (
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gilpy/gilpy/gilrt"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// After Freeze, the threads other than the survivor never run again: a
// thread spinning on the GIL, one asleep, one blocked on a lock and one
// not started yet all end without running another unit of work once the
// survivor lets go of the GIL, and every one of them is unregistered.
func TestFreezeStopsEveryOtherThread(t *testing.T) {
	reg := gilrt.NewRegistry()
	rt := gilrt.New(gilrt.Options{Registry: reg})
	main := rt.NewThread("MainThread")
	main.Acquire()

	var ranAfter atomic.Int32
	var frozen atomic.Bool
	after := func() {
		if frozen.Load() {
			ranAfter.Add(1)
		}
	}
	var stop atomic.Bool
	spinner := rt.Go("spinner", func(th *gilrt.Thread) {
		for !stop.Load() {
			work(50)
			after()
			if rt.Breaker().Load() != 0 {
				th.Yield()
			}
		}
	})
	sleeper := rt.Go("sleeper", func(th *gilrt.Thread) {
		_ = th.Sleep(time.Hour)
		after()
	})
	lock := gilrt.NewLock()
	lock.TryAcquire()
	waiter := rt.Go("waiter", func(th *gilrt.Thread) {
		_, _ = lock.Acquire(th, gilrt.NoTimeout)
		after()
	})
	// Let the others start and block, without holding the GIL meanwhile.
	require.NoError(t, main.Block(gilrt.BlockOther, "test", func(<-chan struct{}) error {
		waitState(t, sleeper, gilrt.StateBlocked)
		waitState(t, waiter, gilrt.StateBlocked)
		return nil
	}))

	rt.Freeze(main)
	frozen.Store(true)
	late := rt.Go("late", func(th *gilrt.Thread) { after() })
	assert.True(t, rt.Frozen())
	rt.InterruptAll(errors.New("shutdown"))
	// The survivor itself keeps running: its blocking calls still work.
	_ = main.ClearInterrupt()
	require.NoError(t, main.Sleep(time.Millisecond))
	assert.True(t, main.Holds())
	main.Exit()

	for _, th := range []*gilrt.Thread{spinner, sleeper, waiter, late} {
		waitState(t, th, gilrt.StateFinished)
	}
	assert.Zero(t, ranAfter.Load(), "a frozen thread ran after Freeze")
	waitFor(t, "every thread unregistered", func() bool { return reg.Live() == 0 })
	stop.Store(true)
}

// A blocking call frees the GIL for the threads waiting: while the call
// lasts, the longest waiter takes it; the blocked thread takes it back
// after, waiting its turn if the other still holds it.
func TestBlockingCallLetsWaiterRun(t *testing.T) {
	rt := newRuntime(t, "")
	main := rt.NewThread("MainThread")
	main.Acquire()
	defer main.Exit()
	var ran atomic.Bool
	var release atomic.Bool
	w := rt.Go("waiter", func(th *gilrt.Thread) {
		ran.Store(true)
		for !release.Load() {
			work(10)
		}
	})
	require.NoError(t, main.Block(gilrt.BlockOther, "test", func(<-chan struct{}) error {
		waitFor(t, "the waiter to take the GIL", func() bool { return rt.Holder() == w })
		release.Store(true)
		return nil
	}))
	assert.True(t, main.Holds())
	assert.True(t, ran.Load())
	waitState(t, w, gilrt.StateFinished)
	st := rt.Stats()
	assert.Positive(t, st.Switches)
}

// A brief blocking call frees the GIL without waking the waiting thread:
// back from it, the caller goes on without a switch. If the call lasts a
// whole switch interval, the waiter gets the GIL after all.
func TestBlockBrief(t *testing.T) {
	rt := newRuntime(t, "")
	require.NoError(t, rt.SetSwitchInterval(time.Hour))
	main := rt.NewThread("MainThread")
	main.Acquire()
	defer main.Exit()

	w := rt.Go("waiter", func(th *gilrt.Thread) {})
	waitState(t, w, gilrt.StateWaitingGIL)
	require.NoError(t, main.BlockBrief(gilrt.BlockIO, "write", func(<-chan struct{}) error {
		time.Sleep(20 * time.Millisecond) // a plain Block would let w run now
		return nil
	}))
	assert.True(t, main.Holds())
	assert.Zero(t, w.Stats().Acquisitions, "a brief call woke the waiter")
	assert.Equal(t, gilrt.StateWaitingGIL, w.State())

	// With a short interval, a brief call that lasts lets the waiter in.
	require.NoError(t, rt.SetSwitchInterval(5*time.Millisecond))
	require.NoError(t, main.BlockBrief(gilrt.BlockIO, "write", func(<-chan struct{}) error {
		waitState(t, w, gilrt.StateFinished)
		return nil
	}))
	assert.Equal(t, uint64(1), w.Stats().Acquisitions)
	assert.True(t, main.Holds())
}
