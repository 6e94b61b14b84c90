package interp

import (
	"context"
	"errors"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/gilpy/gilpy/interp/interptest/syncbuf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// syncBuffer is a buffer safe to read while the interpreter writes.
type syncBuffer = syncbuf.Buffer

func newAsyncTest(t *testing.T) (*Interpreter, *syncBuffer, *syncBuffer) {
	t.Helper()
	out, errb := &syncBuffer{}, &syncBuffer{}
	in, err := New(Options{Stdout: out, Stderr: errb})
	require.NoError(t, err)
	return in, out, errb
}

// runAsync runs src in the interpreter on another goroutine.
func runAsync(in *Interpreter, src string) <-chan error {
	done := make(chan error, 1)
	go func() { done <- in.Exec(context.Background(), src, "<test>") }()
	return done
}

func waitResult(t *testing.T, done <-chan error) error {
	t.Helper()
	select {
	case err := <-done:
		return err
	case <-time.After(30 * time.Second):
		require.FailNow(t, "the program did not stop")
		return nil
	}
}

// interruptWhen calls Interrupt once the program printed marker.
func interruptWhen(t *testing.T, in *Interpreter, out interface{ String() string }, marker string) {
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(out.String(), marker) {
		if time.Now().After(deadline) {
			t.Error("the program never printed " + marker)
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	in.Interrupt()
}

// Interrupt is Ctrl-C: the main thread, blocked in a long sleep, raises
// KeyboardInterrupt at once.
func TestInterruptWakesSleepingMainThread(t *testing.T) {
	in, out, errb := newAsyncTest(t)
	done := runAsync(in, "import time\nprint('sleeping', flush=True)\ntime.sleep(60)\n")
	go interruptWhen(t, in, out, "sleeping")
	err := waitResult(t, done)
	var pe *PyError
	require.True(t, errors.As(err, &pe), "got %v", err)
	assert.Equal(t, "KeyboardInterrupt", pe.TypeName)
	assert.Contains(t, errb.String(), "line 3, in <module>\nKeyboardInterrupt\n")
	require.NoError(t, in.Close())
}

// The program may catch the KeyboardInterrupt and go on; the other
// threads are not interrupted, and blocking calls work again after.
func TestInterruptOnlyTheMainThread(t *testing.T) {
	in, out, _ := newAsyncTest(t)
	done := runAsync(in, `import threading, time
stop = threading.Event()
ticks = []
def worker():
    while not stop.wait(0.005):
        ticks.append(1)
t = threading.Thread(target=worker)
t.start()
lock = threading.Lock()
lock.acquire()
try:
    print('waiting', flush=True)
    lock.acquire()
except KeyboardInterrupt:
    print('caught')
time.sleep(0.05)
n = len(ticks)
time.sleep(0.05)
stop.set()
t.join()
print('worker kept running:', len(ticks) > n)
`)
	go interruptWhen(t, in, out, "waiting")
	require.NoError(t, waitResult(t, done))
	require.NoError(t, in.Close())
	assert.Equal(t, "waiting\ncaught\nworker kept running: True\n", out.String())
}

// Close waits for non-daemon threads and stops daemon ones, even one that
// never blocks, without leaving goroutines behind.
func TestCloseStopsDaemonThreads(t *testing.T) {
	before := runtime.NumGoroutine()
	in, out, _ := newTest(t)
	require.NoError(t, in.Exec(context.Background(), `import threading, time
def spin():
    while True:
        pass
def sleeper():
    while True:
        time.sleep(0.001)
def worker():
    time.sleep(0.05)
    print('worker done')
for f in (spin, sleeper):
    threading.Thread(target=f, daemon=True).start()
threading.Thread(target=worker).start()
print('main done')
`, "<test>"))
	require.NoError(t, in.Close())
	assert.Equal(t, "main done\nworker done\n", out.String())
	deadline := time.Now().Add(10 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	assert.LessOrEqual(t, runtime.NumGoroutine(), before, "goroutines of daemon threads are left")
}

// A deadlock stops the run with an *AbortError after the report.
func TestDeadlockAborts(t *testing.T) {
	in, out, errb := newTest(t)
	err := in.Exec(context.Background(), `import threading
a, b = threading.Lock(), threading.Lock()
ready = threading.Barrier(2)
def one():
    with a:
        ready.wait()
        b.acquire()
t = threading.Thread(target=one)
t.start()
with b:
    ready.wait()
    print('about to deadlock', flush=True)
    a.acquire()
`, "<test>")
	var ab *AbortError
	require.True(t, errors.As(err, &ab), "got %v", err)
	assert.Equal(t, "deadlock", ab.Reason)
	assert.Equal(t, 1, ab.Status)
	assert.Equal(t, "about to deadlock\n", out.String())
	assert.Contains(t, errb.String(), "Thread MainThread")
	assert.Contains(t, errb.String(), "Thread Thread-1 (one)")
	require.ErrorAs(t, in.Close(), &ab)
}

// Ctrl-C ends an input() that waits for a line: KeyboardInterrupt at once.
// A line that arrives after that goes to the next read. The join of a
// thread that does not end is cut short the same way. (The thread waits
// with a timeout: an untimed wait for main would be a deadlock, which
// gilpy reports.)
func TestInterruptInputAndJoin(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	out, errb := &syncBuffer{}, &syncBuffer{}
	in, err := New(Options{Stdin: pr, Stdout: out, Stderr: errb})
	require.NoError(t, err)
	done := runAsync(in, `import threading
try:
    print('reading', flush=True)
    input()
except KeyboardInterrupt:
    print('caught input', flush=True)
print('got', repr(input()), flush=True)
stop = threading.Event()
def idle():
    while not stop.wait(0.01):
        pass
t = threading.Thread(target=idle)
t.start()
try:
    print('joining', flush=True)
    t.join()
except KeyboardInterrupt:
    print('caught join', t.is_alive())
stop.set()
t.join()
print('done', t.is_alive())
`)
	interruptWhen(t, in, out, "reading")
	waitOutput(t, out, "caught input\n")
	_, err = io.WriteString(pw, "late line\n")
	require.NoError(t, err)
	interruptWhen(t, in, out, "joining")
	require.NoError(t, waitResult(t, done))
	require.NoError(t, in.Close())
	assert.Equal(t, "reading\ncaught input\ngot 'late line'\njoining\ncaught join True\ndone False\n", out.String())
	assert.Empty(t, errb.String())
}

// waitOutput waits until the program's output contains s.
func waitOutput(t *testing.T, out interface{ String() string }, s string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(out.String(), s) {
		if time.Now().After(deadline) {
			require.FailNow(t, "the program never printed "+s)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
