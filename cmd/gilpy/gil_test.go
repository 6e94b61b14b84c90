package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeScript writes a Python program to a temporary file.
func writeScript(t *testing.T, src string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "prog.py")
	require.NoError(t, os.WriteFile(path, []byte(src), 0o644))
	return path
}

// In every-instruction mode a thread switch can fall inside counter += 1,
// so the unlocked counter of the lesson loses updates; the locked one
// never does. The lesson's golden output (scripts/threads) is compared
// in the default mode, where CPython 3.11's rule applies.
func TestEveryInstructionLosesUpdates(t *testing.T) {
	code, out, errs := gilpy(t, "", "-X", "everyinstruction", filepath.Join("..", "..", "scripts", "threads", "lost_updates.py"))
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "with a lock: 4000000 (expected 4000000, lost 0)\n")
	m := regexp.MustCompile(`without a lock: (\d+) `).FindStringSubmatch(out)
	require.NotNil(t, m, out)
	n, err := strconv.Atoi(m[1])
	require.NoError(t, err)
	assert.Less(t, n, 4000000, "no update was lost in every-instruction mode")
	assert.Greater(t, n, 0)
}

// -X gilstats prints a row per thread at exit, after the program's
// output, with the time each held the GIL.
func TestGILStats(t *testing.T) {
	script := writeScript(t, `import threading
def work():
    n = 0
    for i in range(200000):
        n += i
ts = [threading.Thread(target=work, name="worker-%d" % i) for i in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print("done")
`)
	code, out, errs := gilpy(t, "", "-X", "gilstats", "-X", "switchinterval=0.001", script)
	require.Equal(t, 0, code, errs)
	assert.Equal(t, "done\n", out)
	assert.True(t, strings.HasPrefix(errs, "GIL statistics for MainProcess: "), errs)
	assert.Contains(t, errs, "switch interval 1 ms")
	for _, name := range []string{"MainThread", "worker-0", "worker-1"} {
		assert.Regexp(t, `(?m)^`+name+` +\d+\.\d{3}s +\d+\.\d{3}s +\d+\.\d{3}s +\d+\.\d%`, errs)
	}
}

// A deadlock is reported with each thread's name, what it waits on and
// its stack, and the program exits with status 1 instead of hanging.
func TestDeadlockReport(t *testing.T) {
	script := writeScript(t, `import threading, time
a = threading.Lock()
b = threading.Lock()
def one():
    with a:
        time.sleep(0.05)
        with b:
            pass
def two():
    with b:
        time.sleep(0.05)
        with a:
            pass
t1 = threading.Thread(target=one, name="first")
t2 = threading.Thread(target=two, name="second")
t1.start(); t2.start()
print("started")
try:
    t1.join()
finally:
    print("a finally block does not run when gilpy stops a deadlocked program")
`)
	code, out, errs := gilpy(t, "", script)
	assert.Equal(t, 1, code)
	assert.Equal(t, "started\n", out)
	assert.Contains(t, errs, "Deadlock: every thread is blocked")
	assert.Regexp(t, `Thread MainThread \(ident \d+\) waits in Thread.join, stack \(most recent call last\):\n  File ".*prog.py", line 19, in <module>\n    t1.join\(\)`, errs)
	assert.Regexp(t, `Thread first \(ident \d+\) waits in Lock.acquire, stack[^\n]*\n(.*\n)*  File ".*prog.py", line 7, in one\n    with b:`, errs)
	assert.Regexp(t, `Thread second \(ident \d+\) waits in Lock.acquire, stack[^\n]*\n(.*\n)*  File ".*prog.py", line 12, in two\n    with a:`, errs)
}

// A program that deadlocks with itself (the main thread takes a lock it
// holds) is a deadlock too.
func TestSelfDeadlock(t *testing.T) {
	code, _, errs := gilpy(t, "", "-c", "import threading\nl = threading.Lock()\nl.acquire()\nl.acquire()\n")
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "Thread MainThread (ident ")
	assert.Contains(t, errs, "waits in Lock.acquire")
}

// Threads waiting for each other at exit (the main thread joins them in
// threading's shutdown) are a deadlock too.
func TestDeadlockAtExit(t *testing.T) {
	code, out, errs := gilpy(t, "", "-c", `import threading
c = threading.Condition()
def wait_forever():
    with c:
        c.wait()
threading.Thread(target=wait_forever, name="waiter").start()
print("main done")
`)
	assert.Equal(t, 1, code)
	assert.Equal(t, "main done\n", out)
	assert.Contains(t, errs, "Thread waiter (ident ")
	assert.Contains(t, errs, "waits in Condition.wait")
	assert.Contains(t, errs, "in _shutdown")
}

// gilpy has no tracing or profiling: threading.settrace and setprofile
// refuse a function, as sys.settrace does, and accept None.
func TestNoTracing(t *testing.T) {
	code, out, errs := gilpy(t, "", "-c", `import threading
threading.settrace(None); threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())
for f in (threading.settrace, threading.setprofile):
    try:
        f(print)
    except NotImplementedError as e:
        print(e)
`)
	require.Equal(t, 0, code, errs)
	assert.Equal(t, "None None\n"+
		"gilpy does not support tracing or profiling functions (threading.settrace)\n"+
		"gilpy does not support tracing or profiling functions (threading.setprofile)\n", out)
}

func TestXOptions(t *testing.T) {
	code, out, errs := gilpy(t, "", "-X", "switchinterval=0.002", "-X", "gilstats=no", "-X", "foo", "-c",
		"import sys, _gilpy; print(sys.getswitchinterval(), sorted(sys._xoptions.items()), _gilpy.every_instruction)")
	require.Equal(t, 0, code, errs)
	assert.Equal(t, "0.002 [('foo', True), ('gilstats', 'no'), ('switchinterval', '0.002')] False\n", out)
	for _, bad := range []string{"switchinterval=abc", "switchinterval=-1", "switchinterval=0"} {
		code, _, errs = gilpy(t, "", "-X", bad, "-c", "pass")
		assert.Equal(t, 2, code, bad)
		assert.Contains(t, errs, "-X switchinterval needs a positive number of seconds", bad)
	}
	code, out, _ = gilpy(t, "", "-X", "everyinstruction", "-c", "import _gilpy; print(_gilpy.every_instruction)")
	assert.Equal(t, 0, code)
	assert.Equal(t, "True\n", out)
}
