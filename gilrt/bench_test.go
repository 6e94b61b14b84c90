package gilrt_test

import (
	"sort"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gilpy/gilpy/gilrt"
)

// The VM's check at a function entry or backward jump when nothing is
// pending: one atomic load and a compare.
func BenchmarkBreakerCheck(b *testing.B) {
	rt := newRuntime(b, "")
	br := rt.Breaker()
	slow := 0
	for i := 0; i < b.N; i++ {
		if br.Load() != 0 {
			slow++
		}
	}
	if slow != 0 {
		b.Fatal("slow path taken")
	}
}

// The uncontended release/re-take pair of the GIL (what every blocking
// call does around its wait when no other thread wants the GIL).
func BenchmarkGILPairUncontended(b *testing.B) {
	rt := newRuntime(b, "")
	th := rt.NewThread("main")
	th.Acquire()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		th.ReleaseAcquire()
	}
	b.StopTimer()
	th.Exit()
}

// The whole blocking helper around an empty call, uncontended.
func BenchmarkBlockUncontended(b *testing.B) {
	rt := newRuntime(b, "")
	th := rt.NewThread("main")
	th.Acquire()
	noop := func(<-chan struct{}) error { return nil }
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = th.Block(gilrt.BlockIO, "write", noop)
	}
	b.StopTimer()
	th.Exit()
}

// The same with an event record running, to show what recording costs.
func BenchmarkBlockUncontendedRecording(b *testing.B) {
	rt := newRuntime(b, "")
	th := rt.NewThread("main")
	th.Acquire()
	rt.StartRecording(gilrt.RecordOptions{Capacity: 1 << 16, KeepLast: true})
	noop := func(<-chan struct{}) error { return nil }
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = th.Block(gilrt.BlockIO, "write", noop)
	}
	b.StopTimer()
	th.Exit()
}

// An uncontended lock.acquire()/lock.release() pair.
func BenchmarkLockUncontended(b *testing.B) {
	rt := newRuntime(b, "")
	th := rt.NewThread("main")
	th.Acquire()
	l := gilrt.NewLock()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l.Acquire(th, -1)
		l.Release()
	}
	b.StopTimer()
	th.Exit()
}

// Two threads pass a token back and forth through two locks, as a
// producer and a consumer do: each pass wakes the other thread's lock wait
// and hands it the GIL. Reports the cost per pass.
func BenchmarkPingPong(b *testing.B) {
	rt := newRuntime(b, "")
	la, lb := gilrt.NewLock(), gilrt.NewLock()
	lb.TryAcquire()
	x, y := rt.NewThread("x"), rt.NewThread("y")
	b.ResetTimer()
	start(x, func(th *gilrt.Thread) {
		for i := 0; i < b.N; i++ {
			la.Acquire(th, -1)
			lb.Release()
		}
	})
	start(y, func(th *gilrt.Thread) {
		for i := 0; i < b.N; i++ {
			lb.Acquire(th, -1)
			la.Release()
		}
	})
	finished(b, x, y)
	b.StopTimer()
	b.ReportMetric(float64(rt.Stats().Switches)/float64(b.N), "switches/op")
}

// n threads each take the GIL, sleep 1 s in the blocking helper, take the
// GIL again and exit; wall time of the whole run (ideal: 1 s), and the
// CPU time the process used per thread (which, unlike the wall time, does
// not depend on how busy the machine is). Run with -benchtime=1x -count=N
// and take the median.
func BenchmarkSleepers(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(itoa(n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				rt := newRuntime(b, "")
				ths := make([]*gilrt.Thread, n)
				for j := range ths {
					ths[j] = rt.NewThread("sleeper")
				}
				t0, c0 := time.Now(), cpuTime()
				for _, th := range ths {
					start(th, func(th *gilrt.Thread) {
						work(100)
						if err := th.Sleep(time.Second); err != nil {
							b.Error(err)
						}
						work(100)
					})
				}
				finished(b, ths...)
				b.ReportMetric(time.Since(t0).Seconds(), "wall-s")
				b.ReportMetric(float64((cpuTime()-c0).Microseconds())/float64(n), "cpu-µs/thread")
			}
		})
	}
}

// Four CPU-bound threads share the GIL for about 1 s with the default
// switch interval; reports the smallest and largest share of GIL time
// (ideal: 25% each) and the number of switches.
func BenchmarkFairness(b *testing.B) {
	for i := 0; i < b.N; i++ {
		rt := newRuntime(b, "")
		var ex exclusion
		var stop atomic.Bool
		ths := make([]*gilrt.Thread, 4)
		for j := range ths {
			ths[j] = rt.NewThread("cpu")
		}
		for _, th := range ths {
			start(th, func(th *gilrt.Thread) { spinVM(th, &ex, &stop) })
		}
		time.Sleep(time.Second)
		stop.Store(true)
		finished(b, ths...)
		if ex.violations.Load() != 0 {
			b.Fatal("two holders")
		}
		var shares []float64
		var total time.Duration
		for _, th := range ths {
			total += th.Stats().Held
		}
		for _, th := range ths {
			shares = append(shares, 100*float64(th.Stats().Held)/float64(total))
		}
		sort.Float64s(shares)
		b.ReportMetric(shares[0], "min-share-%")
		b.ReportMetric(shares[3], "max-share-%")
		b.ReportMetric(float64(rt.Stats().Switches), "switches")
	}
}

func itoa(n int) string {
	s := ""
	for n > 0 || s == "" {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}
