package threading_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/gilpy/gilpy/interp"
	"github.com/gilpy/gilpy/interp/interptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// These tests run threaded Python programs in-process, so that
// `go test -race` checks the modules, the VM and the GIL runtime together:
// every object the programs share is only touched with the GIL held, and
// the race detector verifies that the GIL orders those accesses.

// run runs src as a program and returns its stdout, stderr and error.
func run(t *testing.T, src string, opts interp.Options) (string, string, error) {
	t.Helper()
	return interptest.Run(t, src, opts)
}

func TestLockedCounter(t *testing.T) {
	out, errs, err := run(t, `import threading, sys
sys.setswitchinterval(1e-4)
counter = 0
lock = threading.Lock()
rlock = threading.RLock()
def add(n):
    global counter
    for _ in range(n):
        with lock:
            with rlock:
                counter += 1
ts = [threading.Thread(target=add, args=(5000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
`, interp.Options{})
	require.NoError(t, err, errs)
	assert.Equal(t, "20000\n", out)
}

func TestQueuesAndConditions(t *testing.T) {
	out, errs, err := run(t, `import threading, queue
jobs = queue.Queue(maxsize=4)
simple = queue.SimpleQueue()
done = threading.Event()
barrier = threading.Barrier(3)
sem = threading.BoundedSemaphore(2)
def worker():
    barrier.wait()
    while (n := jobs.get()) is not None:
        with sem:
            simple.put(n * n)
        jobs.task_done()
    jobs.task_done()
ws = [threading.Thread(target=worker) for _ in range(3)]
for w in ws: w.start()
for i in range(200): jobs.put(i)
jobs.join()
for _ in ws: jobs.put(None)
for w in ws: w.join()
total = 0
while not simple.empty(): total += simple.get()
print(total == sum(i * i for i in range(200)))
`, interp.Options{})
	require.NoError(t, err, errs)
	assert.Equal(t, "True\n", out)
}

func TestLocalAndExceptHook(t *testing.T) {
	out, errs, err := run(t, `import threading
data = threading.local()
seen = []
lock = threading.Lock()
def work(i):
    data.x = i
    for _ in range(1000):
        assert data.x == i
    with lock:
        seen.append(i)
    if i == 3:
        raise ValueError("thread %d" % i)
ts = [threading.Thread(target=work, args=(i,), name="w%d" % i) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(seen))
`, interp.Options{})
	require.NoError(t, err, errs)
	assert.Equal(t, "[0, 1, 2, 3, 4, 5]\n", out)
	assert.Contains(t, errs, "Exception in thread w3:\n")
	assert.Contains(t, errs, "ValueError: thread 3\n")
}

func TestEveryInstructionRace(t *testing.T) {
	out, errs, err := run(t, `import threading, sys
sys.setswitchinterval(1e-4)
counter = 0
def add():
    global counter
    for _ in range(1000000):
        counter += 1
ts = [threading.Thread(target=add) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter < 4000000)
`, interp.Options{EveryInstruction: true})
	require.NoError(t, err, errs)
	assert.Equal(t, "True\n", out)
}

func TestDeadlockStopsTheProgram(t *testing.T) {
	out, errs, err := run(t, `import threading
a, b = threading.Lock(), threading.Lock()
meet = threading.Barrier(2)
def other():
    with b:
        meet.wait()
        a.acquire()
t = threading.Thread(target=other, daemon=False)
t.start()
with a:
    meet.wait()
    print("waiting", flush=True)
    b.acquire()
`, interp.Options{})
	var ab *interp.AbortError
	require.True(t, errors.As(err, &ab), "got %v; %s", err, errs)
	assert.Equal(t, "waiting\n", out)
	assert.True(t, strings.HasPrefix(errs, "Deadlock: "), errs)
}

func TestDaemonThreadsAtExit(t *testing.T) {
	out, errs, err := run(t, `import threading, time
def busy():
    n = 0
    while True:
        n += 1
def sleepy():
    while True:
        time.sleep(0.001)
for f in (busy, sleepy, busy):
    threading.Thread(target=f, daemon=True).start()
time.sleep(0.05)
print("exit")
`, interp.Options{})
	require.NoError(t, err, errs)
	assert.Equal(t, "exit\n", out)
}
