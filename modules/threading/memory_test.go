package threading_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"testing"

	"github.com/gilpy/gilpy/gilrt"
	"github.com/gilpy/gilpy/interp"
	"github.com/gilpy/gilpy/interp/interptest/syncbuf"
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// What a started thread costs in memory while it waits: a program may
// start thousands of threads that all sleep, and every page they touch
// is paid for (see docs/architecture.md, "Threads"). The figures do not
// depend on timing: a program starts N threads that all block, then
// reads the heap and the goroutine stacks in use (after a collection),
// and compares them with the same figures taken before the threads were
// made. The Thread objects, their Events and locks, the VM's and the GIL
// runtime's per-thread state and the goroutines are all counted.
//
//	go test ./modules/threading -run ThreadMemory -v
//
// prints the figures per thread for each way of waiting. To see where the
// bytes go, profile the heap while the threads wait (the file is written
// at each measurement, so the last one written is the threads'):
//
//	THREADMEM_PROFILE=/tmp/heap.out THREADMEM_CASE=2 go test ./modules/threading \
//	    -run 'ThreadMemoryCase' -test.memprofilerate=512
//	go tool pprof -sample_index=inuse_space -top /tmp/heap.out

// _memprobe is a test-only module: heap() collects garbage and returns
// the live heap bytes and the goroutine stack bytes; waiting(n) reports
// whether n threads other than the caller are blocked on a gilrt wait.
func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "_memprobe", Builtin: true, Init: func(t *vm.Thread, m *vm.Module) error {
		m.Set("heap", vm.NewBuiltin("heap", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
			var ms runtime.MemStats
			runtime.GC()
			runtime.GC() // the first may leave objects only finalizers freed
			runtime.ReadMemStats(&ms)
			if name := os.Getenv("THREADMEM_PROFILE"); name != "" {
				writeHeapProfile(name)
			}
			return py.Tuple{vm.NewInt(int64(ms.HeapAlloc)), vm.NewInt(int64(ms.StackInuse))}, nil
		}, "heap() -> (heap_bytes, stack_bytes)"))
		m.Set("waiting", vm.NewBuiltin("waiting", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
			n := 0
			for _, th := range t.Interp().Runtime().Stats().Threads {
				if th.ID != t.Ident() && th.State == gilrt.StateBlocked {
					n++
				}
			}
			want, err := vm.IndexValue(t, args[0])
			if err != nil {
				return nil, err
			}
			return vm.NewBool(int64(n) == want.Int64()), nil
		}, "waiting(n) -> bool"))
		return nil
	}})
}

// writeHeapProfile writes the heap profile to the file name, if it can.
func writeHeapProfile(name string) {
	f, err := os.Create(name)
	if err != nil {
		return
	}
	defer f.Close()
	_ = pprof.WriteHeapProfile(f)
}

// threadMemory runs a program that starts n threads made by the Python
// expression newThread (with `ev` an Event the program sets at the end),
// and returns the heap and stack bytes per thread while they all wait.
// Threads that ev does not wake must be daemons: the program ends
// without them.
func threadMemory(t *testing.T, n int, newThread string) (heap, stack float64) {
	t.Helper()
	src := `import threading, time, _memprobe
N = ` + strconv.Itoa(n) + `
ev = threading.Event()
h0, s0 = _memprobe.heap()
ts = [` + newThread + ` for _ in range(N)]
for t in ts: t.start()
# All blocked twice in a row: a thread counted as blocked has released
# the GIL but may not have parked yet the first time.
while not (_memprobe.waiting(N) and (time.sleep(0.01) or _memprobe.waiting(N))):
    time.sleep(0.01)
h1, s1 = _memprobe.heap()
ev.set()
for t in ts:
    if not t.daemon: t.join()
print(h1 - h0, s1 - s0)
`
	out, errs := &syncbuf.Buffer{}, &syncbuf.Buffer{}
	in, err := interp.New(interp.Options{Stdout: out, Stderr: errs})
	require.NoError(t, err)
	defer func() { require.NoError(t, in.Close()) }()
	require.NoError(t, in.Exec(context.Background(), src, "<threadmem>"), errs.String())
	f := strings.Fields(out.String())
	require.Len(t, f, 2, out.String())
	h, err := strconv.ParseInt(f[0], 10, 64)
	require.NoError(t, err)
	s, err := strconv.ParseInt(f[1], 10, 64)
	require.NoError(t, err)
	return float64(h) / float64(n), float64(s) / float64(n)
}

// memoryCases are the ways of waiting TestThreadMemory measures.
var memoryCases = []struct {
	name, newThread string
	// heapBudget is the most heap bytes a waiting thread may keep: a
	// regression guard with room for the Go runtime's rounding, not a
	// target.
	heapBudget float64
}{
	// Measured at 5,314, 5,690 and 4,750 bytes (main 738d85b had 7,424,
	// 7,802 and 6,972); the figures repeat within about 10 bytes, and
	// the budgets leave 3%: a lost 16-byte object on each of a Thread's
	// 13 attributes must show.
	{"Event.wait", "threading.Thread(target=ev.wait)", 5480},
	{"Event.wait(timeout)", "threading.Thread(target=ev.wait, args=(3600,))", 5860},
	{"time.sleep", "threading.Thread(target=time.sleep, args=(3600,), daemon=True)", 4900},
}

// TestThreadMemory measures each case in a process of its own: what an
// earlier case leaves behind (the Go runtime's caches of wait records,
// goroutines, freed stacks) would make a later one look cheaper.
func TestThreadMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("starts thousands of threads")
	}
	for i, c := range memoryCases {
		t.Run(c.name, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^TestThreadMemoryCase$", "-test.v")
			cmd.Env = append(os.Environ(), "THREADMEM_CASE="+strconv.Itoa(i))
			out, err := cmd.CombinedOutput()
			require.NoError(t, err, string(out))
			var heap, stack float64
			found := false
			for _, line := range strings.Split(string(out), "\n") {
				if f := strings.Fields(line); len(f) == 3 && f[0] == "THREADMEM" {
					heap, err = strconv.ParseFloat(f[1], 64)
					require.NoError(t, err)
					stack, err = strconv.ParseFloat(f[2], 64)
					require.NoError(t, err)
					found = true
				}
			}
			require.True(t, found, string(out))
			t.Logf("%s: %.0f heap bytes, %.0f stack bytes per waiting thread", c.name, heap, stack)
			if c.heapBudget > 0 && !raceEnabled {
				assert.Less(t, heap, c.heapBudget, "heap bytes per waiting thread")
			}
		})
	}
}

// TestThreadMemoryCase is the measuring process of TestThreadMemory.
func TestThreadMemoryCase(t *testing.T) {
	which := os.Getenv("THREADMEM_CASE")
	if which == "" {
		t.Skip("run by TestThreadMemory")
	}
	i, err := strconv.Atoi(which)
	require.NoError(t, err)
	heap, stack := threadMemory(t, 2000, memoryCases[i].newThread)
	fmt.Printf("\nTHREADMEM %.1f %.1f\n", heap, stack)
}
