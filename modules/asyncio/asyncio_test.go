package asyncio_test

import (
	"testing"

	"github.com/gilpy/gilpy/interp"
	"github.com/gilpy/gilpy/interp/interptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// What CPython's asyncio has and gilpy's cannot have yet (streams,
// subprocesses, sockets, signals) is documented in docs/deviations.md;
// these tests pin what a program gets instead. The goldens under
// scripts/asyncio test everything that behaves as CPython does.

// run runs src as a program in-process and returns its stdout and
// stderr; the program must succeed.
func run(t *testing.T, src string) (string, string) {
	t.Helper()
	out, errs, err := runErr(t, src)
	require.NoError(t, err, errs)
	return out, errs
}

// runErr runs src as a program in-process and returns its stdout, stderr
// and error.
func runErr(t *testing.T, src string) (string, string, error) {
	t.Helper()
	return interptest.Run(t, src, interp.Options{})
}

func TestUnavailableNames(t *testing.T) {
	out, _ := run(t, `
import asyncio
for name in ('open_connection', 'start_server', 'StreamReader', 'Server',
             'create_subprocess_exec', 'get_child_watcher', 'nonexistent'):
    print(name, hasattr(asyncio, name))
    try:
        getattr(asyncio, name)
    except AttributeError as e:
        print(' ', e)
print(all(hasattr(asyncio, n) for n in asyncio.__all__))
`)
	assert.Equal(t, `open_connection False
  module 'asyncio' has no attribute 'open_connection': asyncio's open_connection needs sockets, which gilpy does not have yet
start_server False
  module 'asyncio' has no attribute 'start_server': asyncio's start_server needs sockets, which gilpy does not have yet
StreamReader False
  module 'asyncio' has no attribute 'StreamReader': asyncio's StreamReader needs sockets, which gilpy does not have yet
Server False
  module 'asyncio' has no attribute 'Server': asyncio's Server needs sockets, which gilpy does not have yet
create_subprocess_exec False
  module 'asyncio' has no attribute 'create_subprocess_exec': asyncio's create_subprocess_exec needs subprocesses, which gilpy does not have yet
get_child_watcher False
  module 'asyncio' has no attribute 'get_child_watcher': asyncio's get_child_watcher needs subprocesses, which gilpy does not have yet
nonexistent False
  module 'asyncio' has no attribute 'nonexistent'
True
`, out)
}

func TestUnavailableLoopMethods(t *testing.T) {
	out, _ := run(t, `
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    for call in (lambda: loop.create_connection(None, 'localhost', 80),
                 lambda: loop.create_server(None),
                 lambda: loop.getaddrinfo('localhost', 80),
                 lambda: loop.sock_recv(None, 1),
                 lambda: loop.subprocess_exec(None, 'ls'),
                 lambda: loop.connect_read_pipe(None, None),
                 lambda: loop.create_unix_connection(None, '/tmp/x'),
                 lambda: loop.add_reader(0, print),
                 lambda: loop.add_signal_handler(2, print)):
        try:
            await call()
        except NotImplementedError as e:
            print(e)
    for call in (asyncio.get_event_loop_policy().get_child_watcher,
                 lambda: asyncio.SelectorEventLoop(object())):
        try:
            call()
        except NotImplementedError as e:
            print(e)

asyncio.run(main())
`)
	assert.Equal(t, `loop.create_connection() needs sockets, which gilpy does not have yet
loop.create_server() needs sockets, which gilpy does not have yet
loop.getaddrinfo() needs sockets, which gilpy does not have yet
loop.sock_recv() needs sockets, which gilpy does not have yet
loop.subprocess_exec() needs subprocesses, which gilpy does not have yet
loop.connect_read_pipe() needs pipes to other processes, which gilpy does not have yet
loop.create_unix_connection() needs Unix sockets, which gilpy does not have yet
loop.add_reader() needs a selector over file descriptors, which gilpy does not have yet
loop.add_signal_handler() needs the signal module, which gilpy does not have yet
child watchers need subprocesses, which gilpy's asyncio does not have yet
gilpy has no selectors module yet: the event loop takes no selector
`, out)
}

// TestThreads runs a loop that other threads wake up and feed, in
// process, so that go test -race checks the loop's wake-up event and the
// ready queue the threads append to.
func TestThreads(t *testing.T) {
	out, errs := run(t, `
import asyncio
import threading

async def main():
    loop = asyncio.get_running_loop()
    results = []
    done = loop.create_future()

    def worker(n):
        for i in range(50):
            loop.call_soon_threadsafe(results.append, (n, i))
        loop.call_soon_threadsafe(check)

    def check():
        if len(results) == 200 and not done.done():
            done.set_result(None)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    await done
    for t in threads:
        t.join()
    print(len(results), [sum(1 for r in results if r[0] == n) for n in range(4)])
    for n in range(4):
        mine = [i for m, i in results if m == n]
        print(mine == sorted(mine))

asyncio.run(main())

loop = asyncio.new_event_loop()
started = threading.Event()
def serve():
    loop.call_soon(started.set)
    loop.run_forever()
t = threading.Thread(target=serve)
t.start()
started.wait()

async def square(x):
    await asyncio.sleep(0.001)
    return x * x

futures = [asyncio.run_coroutine_threadsafe(square(i), loop) for i in range(20)]
print(sum(f.result(timeout=30) for f in futures))
loop.call_soon_threadsafe(loop.stop)
t.join()
loop.close()
`)
	assert.Empty(t, errs)
	assert.Equal(t, "200 [50, 50, 50, 50]\nTrue\nTrue\nTrue\nTrue\n2470\n", out)
}

// TestForeverIsADeadlock pins what a loop waiting for something nothing
// can bring does: CPython waits forever; gilpy's loop waits on its wake-up
// event with no time limit, and with no other thread to set it the GIL
// runtime reports the deadlock (docs/deviations.md, threads).
func TestForeverIsADeadlock(t *testing.T) {
	_, errs, err := runErr(t, `
import asyncio

async def main():
    await asyncio.get_running_loop().create_future()

asyncio.run(main())
`)
	require.Error(t, err)
	assert.Contains(t, errs, "Deadlock: every thread is blocked")
	assert.Contains(t, errs, "_wait_for_wakeup")
}
