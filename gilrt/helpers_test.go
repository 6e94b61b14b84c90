package gilrt_test

import (
	"sync/atomic"
	"testing"
	"time"

	"github.com/gilpy/gilpy/gilrt"
	"github.com/stretchr/testify/require"
)

// newRuntime returns a runtime with a registry of its own, so that tests
// never see each other's threads in the deadlock check.
func newRuntime(t testing.TB, name string) *gilrt.Runtime {
	t.Helper()
	return gilrt.New(gilrt.Options{Name: name, Registry: gilrt.NewRegistry()})
}

// sink keeps the fake work from being optimised away.
var sink atomic.Uint64

// work burns a little CPU, like a few bytecodes.
func work(n int) {
	x := uint64(n)
	for i := 0; i < n; i++ {
		x = x*6364136223846793005 + 1442695040888963407
	}
	sink.Add(x & 1)
}

// exclusion counts how many threads are between enter and leave, the way
// a fake VM marks the stretches where it runs bytecode with the GIL.
type exclusion struct {
	inside     atomic.Int32
	violations atomic.Int32
}

func (e *exclusion) enter() {
	if e.inside.Add(1) != 1 {
		e.violations.Add(1)
	}
}

func (e *exclusion) leave() { e.inside.Add(-1) }

// spinVM is a fake VM: it runs work units while holding the GIL, checks
// the breaker after each like a VM at backward jumps, and yields when asked,
// until stop is true. It returns the number of units run.
func spinVM(th *gilrt.Thread, ex *exclusion, stop *atomic.Bool) int {
	br := th.Runtime().Breaker()
	n := 0
	ex.enter()
	for !stop.Load() {
		work(50)
		n++
		if br.Load() != 0 {
			ex.leave()
			th.Yield()
			ex.enter()
		}
	}
	ex.leave()
	return n
}

// waitFor polls cond until it holds, failing the test after a generous
// bound: it guards against hangs, it does not measure anything.
func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			require.FailNow(t, "timed out waiting for "+what)
		}
		time.Sleep(200 * time.Microsecond)
	}
}

// waitState waits until th is in state s.
func waitState(t testing.TB, th *gilrt.Thread, s gilrt.State) {
	t.Helper()
	waitFor(t, th.Name()+" to be "+s.String(), func() bool { return th.State() == s })
}

// done returns a channel closed when all threads have finished.
func finished(t testing.TB, ths ...*gilrt.Thread) {
	t.Helper()
	for _, th := range ths {
		waitState(t, th, gilrt.StateFinished)
	}
}

// start runs th (registered with NewThread) on a new goroutine the way
// Runtime.Go does. Tests register all their threads first and start them
// after, so that no thread can look deadlocked while another one is about
// to be registered.
func start(th *gilrt.Thread, fn func(th *gilrt.Thread)) {
	go func() {
		th.Acquire()
		defer th.Exit()
		fn(th)
	}()
}

// await is waitState for a thread that holds the GIL: it waits outside
// the GIL (a thread spinning with the GIL would keep other from moving).
func await(t testing.TB, me, other *gilrt.Thread, s gilrt.State) {
	t.Helper()
	_ = me.Block(gilrt.BlockOther, "test: await", func(<-chan struct{}) error {
		waitState(t, other, s)
		return nil
	})
}
