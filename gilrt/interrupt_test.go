package gilrt_test

import (
	"errors"
	"testing"
	"time"

	"github.com/gilpy/gilpy/gilrt"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var errKeyboardInterrupt = errors.New("KeyboardInterrupt")

// interruptWhenBlocked interrupts th with cause once it is blocked.
func interruptWhenBlocked(t *testing.T, th *gilrt.Thread, cause error) {
	go func() {
		waitState(t, th, gilrt.StateBlocked)
		th.Interrupt(cause)
	}()
}

// Each kind of blocking call returns early with an error that says it was
// interrupted and by what. The waits are long (a minute): without the
// interrupt they would fail on their own timeout, not pass.
func TestInterruptWakesBlockedCalls(t *testing.T) {
	rt := newRuntime(t, "")
	main := rt.NewThread("MainThread")
	main.Acquire()
	defer main.Exit()

	check := func(name string, err error) {
		t.Helper()
		assert.ErrorIs(t, err, gilrt.ErrInterrupted, name)
		assert.ErrorIs(t, err, errKeyboardInterrupt, name)
		var ie *gilrt.InterruptedError
		if assert.ErrorAs(t, err, &ie, name) {
			assert.Equal(t, errKeyboardInterrupt, ie.Cause)
		}
		assert.True(t, main.Holds(), "%s returns with the GIL", name)
		assert.Equal(t, errKeyboardInterrupt, main.ClearInterrupt())
		assert.Nil(t, main.PendingInterrupt())
	}

	interruptWhenBlocked(t, main, errKeyboardInterrupt)
	check("sleep", main.Sleep(time.Minute))

	l := gilrt.NewLock()
	l.TryAcquire()
	interruptWhenBlocked(t, main, errKeyboardInterrupt)
	ok, err := l.Acquire(main, -1)
	assert.False(t, ok)
	check("lock", err)
	interruptWhenBlocked(t, main, errKeyboardInterrupt)
	ok, err = l.Acquire(main, time.Minute)
	assert.False(t, ok)
	check("timed lock", err)
	assert.True(t, l.Locked(), "an interrupted acquire leaves the lock as it was")

	var q gilrt.WaitQueue
	interruptWhenBlocked(t, main, errKeyboardInterrupt)
	ok, err = q.Wait(main, gilrt.BlockSync, "Event.wait", -1, nil)
	assert.False(t, ok)
	check("wait queue", err)
	assert.Zero(t, q.Len())

	interruptWhenBlocked(t, main, errKeyboardInterrupt)
	err = main.Block(gilrt.BlockIO, "input()", func(stop <-chan struct{}) error {
		select {
		case <-stop:
			return errors.New("read cancelled")
		case <-time.After(time.Minute):
			return nil
		}
	})
	check("block", err)

	// fn's own error comes through unchanged when there is no interrupt.
	errIO := errors.New("EOF")
	err = main.Block(gilrt.BlockIO, "read", func(<-chan struct{}) error { return errIO })
	assert.Equal(t, errIO, err)
}

// An interrupt that arrives before the thread blocks is not lost: the next
// blocking call returns at once, until the interrupt is cleared.
func TestInterruptPendingBeforeBlocking(t *testing.T) {
	rt := newRuntime(t, "")
	main := rt.NewThread("MainThread")
	main.Acquire()
	defer main.Exit()
	main.Interrupt(nil)
	main.Interrupt(errKeyboardInterrupt) // the first cause wins until cleared
	err := main.Sleep(time.Minute)
	assert.ErrorIs(t, err, gilrt.ErrInterrupted)
	assert.NotErrorIs(t, err, errKeyboardInterrupt)
	ran := false
	err = main.Block(gilrt.BlockIO, "x", func(<-chan struct{}) error { ran = true; return nil })
	assert.ErrorIs(t, err, gilrt.ErrInterrupted)
	assert.False(t, ran, "fn does not run with an interrupt pending")
	ranBefore := false
	ok, err := new(gilrt.WaitQueue).Wait(main, gilrt.BlockSync, "w", -1, func() { ranBefore = true })
	assert.False(t, ok)
	assert.ErrorIs(t, err, gilrt.ErrInterrupted)
	assert.True(t, ranBefore, "beforePark always runs")
	assert.Equal(t, gilrt.ErrInterrupted, main.ClearInterrupt())
	assert.NoError(t, main.Sleep(time.Microsecond))
}

// An interrupted thread in a wait that could deadlock stops counting as
// blocked at once, and a KeyboardInterrupt on the main thread is how the
// user ends a deadlock by hand.
func TestInterruptEndsJoin(t *testing.T) {
	rt := newRuntime(t, "")
	reports := deadlockCatcher(rt)
	main := rt.NewThread("MainThread")
	l := gilrt.NewLock()
	l.TryAcquire()
	w := rt.NewThread("worker")
	start(w, func(th *gilrt.Thread) {
		ok, err := l.Acquire(th, time.Minute) // timed: not a deadlock
		assert.True(t, ok)
		assert.NoError(t, err)
	})
	main.Acquire()
	interruptWhenBlocked(t, main, errKeyboardInterrupt)
	ok, err := w.Join(main, -1)
	assert.False(t, ok)
	assert.ErrorIs(t, err, errKeyboardInterrupt)
	require.NoError(t, l.Release())
	main.ClearInterrupt()
	ok, err = w.Join(main, -1)
	assert.True(t, ok)
	assert.NoError(t, err)
	main.Exit()
	assert.Empty(t, reports)
}
