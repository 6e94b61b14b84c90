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
