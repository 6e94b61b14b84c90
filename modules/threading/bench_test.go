//go:build unix

package threading_test

import (
	"context"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/gilpy/gilpy/interp"
	"github.com/gilpy/gilpy/interp/interptest/syncbuf"
	"github.com/stretchr/testify/require"
)

// The cost of a Python thread's life, measured in-process: each benchmark
// runs one Python program that starts b.N threads, and reports the wall
// and CPU time per thread. The CPU time (user + system, the whole
// process) is the figure to compare under load: the wall time depends on
// what else the machine runs. Profile with
//
//	go test ./modules/threading -run XXX -bench ThreadStart -cpuprofile cpu.out
//	go tool pprof -top threading.test cpu.out

// benchProgram runs src with N bound to b.N in a new interpreter, timing
// only the program's run (not the interpreter's start-up, which a
// separate benchmark measures).
func benchProgram(b *testing.B, src string) {
	b.Helper()
	out, errs := &syncbuf.Buffer{}, &syncbuf.Buffer{}
	in, err := interp.New(interp.Options{Stdout: out, Stderr: errs})
	require.NoError(b, err)
	// Import threading before the clock starts: it is the threads' cost
	// that is measured.
	require.NoError(b, in.Exec(context.Background(), "import threading, time", "<setup>"))
	b.ResetTimer()
	t0, c0 := time.Now(), cpuTime()
	err = in.Exec(context.Background(), "import threading, time\nN = "+strconv.Itoa(b.N)+"\n"+src, "<bench>")
	wall, cpu := time.Since(t0), cpuTime()-c0
	b.StopTimer()
	require.NoError(b, err, errs.String())
	require.NoError(b, in.Close())
	b.ReportMetric(float64(wall.Nanoseconds())/float64(b.N), "wall-ns/thread")
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/thread")
	b.ReportMetric(0, "ns/op") // the two figures above say it better
}

// One thread at a time: Thread(target=f).start() then join(), the whole
// round trip.
func BenchmarkThreadStartJoin(b *testing.B) {
	benchProgram(b, `def f(): pass
for _ in range(N):
    t = threading.Thread(target=f)
    t.start()
    t.join()
`)
}

// All threads created, then all started, then all joined: the shape of
// the sleepers benchmark (scripts/bench/threads/sleepers.py), without
// the sleep.
func BenchmarkThreadStartAll(b *testing.B) {
	benchProgram(b, `def f(): pass
ts = [threading.Thread(target=f) for _ in range(N)]
for t in ts: t.start()
for t in ts: t.join()
`)
}

// The same with each thread sleeping 10 ms: the threads overlap, so they
// all wait for the GIL at wake-up.
func BenchmarkThreadSleepers(b *testing.B) {
	benchProgram(b, `ts = [threading.Thread(target=time.sleep, args=(0.01,)) for _ in range(N)]
for t in ts: t.start()
for t in ts: t.join()
`)
}

// An interpreter's start-up and shutdown: what `gilpy -c pass` costs
// besides loading the binary.
func BenchmarkInterpreterStartup(b *testing.B) {
	for i := 0; i < b.N; i++ {
		out, errs := &syncbuf.Buffer{}, &syncbuf.Buffer{}
		in, err := interp.New(interp.Options{Stdout: out, Stderr: errs})
		require.NoError(b, err)
		require.NoError(b, in.Exec(context.Background(), "pass", "<bench>"))
		require.NoError(b, in.Close())
	}
}

// cpuTime is the CPU time the process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
