// Package thread is gilpy's _thread module, written in Go: starting
// threads, locks (lock and RLock, on gilrt's Lock), thread identity,
// thread-local data, interrupt_main and the default threading.excepthook.
// Every wait goes through gilrt: the GIL is released while a thread
// waits, Ctrl-C interrupts the main thread's waits, and a wait without a
// timeout counts toward the deadlock check.
//
// It also provides _gilpy, gilpy's own private module, which the
// threading module and the benchmarks use to name threads for the GIL
// runtime and to read its statistics.
package thread

import (
	"fmt"
	"math"
	"time"

	"github.com/gilpy/gilpy/gilrt"
	"github.com/gilpy/gilpy/interp/vm"
	gtime "github.com/gilpy/gilpy/modules/time"
	"github.com/go-python/gpython/py"
)

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "_thread", Builtin: true, Init: initModule})
	vm.RegisterModule(&vm.ModuleDef{Name: "_gilpy", Builtin: true, Init: initGilpy})
}

const moduleDoc = "Threads, locks and thread identities at the lowest level; threading is built\n" +
	"on it. A thread runs Python code only while it holds the GIL."

// timeoutMax is TIMEOUT_MAX: the largest timeout a wait accepts, in
// seconds (CPython's, so that programs comparing against it agree).
const timeoutMax = 9223372036.0

// stackSize is what stack_size() reports: goroutine stacks grow as needed,
// so the value is only remembered, per interpreter.
type stackSize struct{ n int64 }

func initModule(t *vm.Thread, m *vm.Module) error {
	m.Set("__doc__", py.String(moduleDoc))
	m.Set("LockType", LockType.T())
	m.Set("RLock", RLockType.T())
	m.Set("_local", vm.LocalType.T())
	m.Set("error", py.RuntimeError)
	m.Set("TIMEOUT_MAX", py.Float(timeoutMax))
	m.Set("_ExceptHookArgs", ExceptHookArgs.T())
	alloc := vm.NewBuiltin("allocate_lock", allocateLock, "allocate_lock() -> lock\n(allocate() is an older name)\n\nReturn a new, unlocked lock.")
	m.Set("allocate_lock", alloc)
	m.Set("allocate", vm.NewBuiltin("allocate", allocateLock, alloc.Doc))
	start := vm.NewBuiltin("start_new_thread", startNewThread, "start_new_thread(function, args[, kwargs]) -> int\n(start_new() is an older name)\n\nStart a thread that calls function(*args, **kwargs) and return its\nidentifier. The thread ends when the function returns; an exception it\ndoes not handle is reported, except SystemExit, which ends it quietly.")
	m.Set("start_new_thread", start)
	m.Set("start_new", vm.NewBuiltin("start_new", startNewThread, start.Doc))
	exit := vm.NewBuiltin("exit", threadExit, "exit()\n(exit_thread() is an older name)\n\nRaise SystemExit, which ends the calling thread quietly unless caught.")
	m.Set("exit", exit)
	m.Set("exit_thread", vm.NewBuiltin("exit_thread", threadExit, exit.Doc))
	m.Set("interrupt_main", vm.NewBuiltin("interrupt_main", interruptMain, "interrupt_main(signum=signal.SIGINT, /)\n\nAct as if signal signum had reached the main thread: for SIGINT, the main\nthread raises KeyboardInterrupt at its next check point. Other signals\nhave no Python handler and change nothing."))
	m.Set("get_ident", vm.NewBuiltin("get_ident", getIdent, "get_ident() -> int\n\nReturn the identifier of the calling thread: a non-zero number, different\nfor each thread alive at the same time."))
	m.Set("get_native_id", vm.NewBuiltin("get_native_id", getNativeID, "get_native_id() -> int\n\nReturn the native identifier of the calling thread (in gilpy, a number\nunique in the process; the main thread's is the process id)."))
	m.Set("_count", vm.NewBuiltin("_count", threadCount, "_count() -> int\n\nReturn how many threads started by start_new_thread (threading's\nincluded) are running, the main thread excluded."))
	ss := &stackSize{}
	m.Set("stack_size", vm.NewBuiltin("stack_size", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		return stackSizeFn(t, ss, args, kwnames)
	}, "stack_size([size]) -> int\n\nReturn the stack size new threads get, and set it when size is given: 0\nfor the default, or at least 32768 bytes. gilpy only remembers it: a\nthread's stack grows as it needs."))
	m.Set("_set_sentinel", vm.NewBuiltin("_set_sentinel", setSentinel, "_set_sentinel() -> lock\n\nReturn a lock that is released when the calling thread ends (threading\nuses it for join)."))
	m.Set("_excepthook", vm.NewBuiltin("_excepthook", excepthook, "excepthook(args)\n\nReport an exception a thread did not handle: \"Exception in thread NAME:\"\nand the traceback, on sys.stderr. SystemExit is not reported."))
	return nil
}

// noArgs checks a function that takes no arguments.
func noArgs(name string, args []vm.Object, kwnames vm.Tuple) error {
	if len(kwnames) > 0 {
		return vm.NewError(py.TypeError, name+"() takes no keyword arguments")
	}
	if len(args) > 0 {
		return vm.NewError(py.TypeError, fmt.Sprintf("%s() takes no arguments (%d given)", name, len(args)))
	}
	return nil
}

func allocateLock(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if err := noArgs("_thread.allocate_lock", args, kwnames); err != nil {
		return nil, err
	}
	return newLock(), nil
}

func startNewThread(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if len(kwnames) > 0 {
		return nil, vm.NewError(py.TypeError, "start_new_thread() takes no keyword arguments")
	}
	switch n := len(args); {
	case n < 2:
		return nil, vm.NewError(py.TypeError, fmt.Sprintf("start_new_thread expected at least 2 arguments, got %d", n))
	case n > 3:
		return nil, vm.NewError(py.TypeError, fmt.Sprintf("start_new_thread expected at most 3 arguments, got %d", n))
	}
	fn := args[0]
	if !vm.IsCallable(fn) {
		return nil, vm.NewError(py.TypeError, "first arg must be callable")
	}
	fargs, ok := vm.Unwrap(args[1]).(vm.Tuple)
	if !ok {
		return nil, vm.NewError(py.TypeError, "2nd arg must be a tuple")
	}
	var kw *vm.Dict
	if len(args) == 3 {
		d, ok := vm.Unwrap(args[2]).(*vm.Dict)
		if !ok {
			return nil, vm.NewError(py.TypeError, "optional 3rd arg must be a dictionary")
		}
		kw = d
	}
	callArgs := append([]vm.Object(nil), fargs...)
	var callKw vm.Tuple
	if kw != nil {
		kw.Items(func(k, v vm.Object) bool {
			callArgs = append(callArgs, v)
			callKw = append(callKw, k)
			return true
		})
	}
	nt, err := t.StartThread("", func(nt *vm.Thread) {
		if _, err := vm.Call(nt, fn, callArgs, callKw); err != nil {
			reportThreadError(nt, fn, err)
		}
	})
	if err != nil {
		return nil, err
	}
	nt.SetName(fmt.Sprintf("Thread-%d (_thread)", nt.Ident()))
	return vm.NewInt(int64(nt.Ident())), nil
}

func threadExit(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if err := noArgs("_thread.exit", args, kwnames); err != nil {
		return nil, err
	}
	return nil, vm.NewException(py.SystemExit)
}

func interruptMain(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if len(kwnames) > 0 {
		return nil, vm.NewError(py.TypeError, "interrupt_main() takes no keyword arguments")
	}
	if len(args) > 1 {
		// CPython's message names the argument, not the function.
		return nil, vm.NewError(py.TypeError, fmt.Sprintf("signum() takes at most 1 argument (%d given)", len(args)))
	}
	signum := 2
	if len(args) == 1 {
		if _, ok := vm.Unwrap(args[0]).(py.Float); ok {
			return nil, vm.NewError(py.TypeError, "'float' object cannot be interpreted as an integer")
		}
		n, err := vm.IndexInt(t, args[0])
		if err != nil {
			return nil, err
		}
		signum = n
	}
	if signum < 1 || signum >= 65 {
		return nil, vm.NewError(py.ValueError, "signal number out of range")
	}
	// Only SIGINT has a Python handler (the default one, which raises
	// KeyboardInterrupt): the others are ignored, as CPython ignores a
	// signal left to its default action.
	if signum == 2 {
		t.Interp().SimulateInterrupt()
	}
	return vm.None, nil
}

func getIdent(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if err := noArgs("_thread.get_ident", args, kwnames); err != nil {
		return nil, err
	}
	return vm.NewInt(int64(t.Ident())), nil
}

func getNativeID(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if err := noArgs("_thread.get_native_id", args, kwnames); err != nil {
		return nil, err
	}
	return vm.NewInt(t.NativeID()), nil
}

func threadCount(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if err := noArgs("_thread._count", args, kwnames); err != nil {
		return nil, err
	}
	return vm.NewInt(int64(t.Interp().ThreadCount())), nil
}

func stackSizeFn(t *vm.Thread, ss *stackSize, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if len(kwnames) > 0 {
		return nil, vm.NewError(py.TypeError, "stack_size() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, vm.NewError(py.TypeError, fmt.Sprintf("stack_size() takes at most 1 argument (%d given)", len(args)))
	}
	old := ss.n
	if len(args) == 1 {
		if _, ok := vm.Unwrap(args[0]).(py.Float); ok {
			return nil, vm.NewError(py.TypeError, "'float' object cannot be interpreted as an integer")
		}
		b, err := vm.IndexValue(t, args[0])
		if err != nil {
			return nil, err
		}
		if !b.IsInt64() {
			return nil, vm.NewError(py.OverflowError, "Python int too large to convert to C ssize_t")
		}
		n := b.Int64()
		switch {
		case n < 0:
			return nil, vm.NewError(py.ValueError, "size must be 0 or a positive value")
		case n != 0 && n < 32768:
			return nil, vm.NewError(py.ValueError, fmt.Sprintf("size not valid: %d bytes", n))
		}
		ss.n = n
	}
	return vm.NewInt(old), nil
}

// setSentinel is _thread._set_sentinel: a lock the calling thread's end
// releases (if it is locked then), which threading.Thread.join waits on.
func setSentinel(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if err := noArgs("_thread._set_sentinel", args, kwnames); err != nil {
		return nil, err
	}
	l := newLock()
	l.what = "Thread.join"
	t.AtThreadExit(func() {
		if l.l.Locked() {
			_ = l.l.Release()
		}
	})
	return l, nil
}

// parseAcquire reads acquire's (blocking=True, timeout=-1) arguments and
// returns the wait as gilrt takes it: NoTimeout, 0 (try once) or a
// duration.
func parseAcquire(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (time.Duration, error) {
	npos := len(args) - len(kwnames)
	if len(args) > 2 {
		return 0, vm.NewError(py.TypeError, fmt.Sprintf("acquire() takes at most 2 arguments (%d given)", len(args)))
	}
	var blockingObj, timeoutObj vm.Object
	if npos > 0 {
		blockingObj = args[0]
	}
	if npos > 1 {
		timeoutObj = args[1]
	}
	for i, k := range kwnames {
		v := args[npos+i]
		switch string(k.(py.String)) {
		case "blocking":
			if blockingObj != nil {
				return 0, vm.NewError(py.TypeError, "argument for acquire() given by name ('blocking') and position (1)")
			}
			blockingObj = v
		case "timeout":
			if timeoutObj != nil {
				return 0, vm.NewError(py.TypeError, "argument for acquire() given by name ('timeout') and position (2)")
			}
			timeoutObj = v
		default:
			return 0, vm.NewError(py.TypeError, fmt.Sprintf("'%s' is an invalid keyword argument for acquire()", string(k.(py.String))))
		}
	}
	blocking := true
	if blockingObj != nil {
		if _, ok := vm.Unwrap(blockingObj).(py.Float); ok {
			return 0, vm.NewError(py.TypeError, "'float' object cannot be interpreted as an integer")
		}
		b, err := vm.IndexValue(t, blockingObj)
		if err != nil {
			return 0, err
		}
		if !b.IsInt64() || b.Int64() > math.MaxInt32 || b.Int64() < math.MinInt32 {
			return 0, vm.NewError(py.OverflowError, "Python int too large to convert to C long")
		}
		blocking = b.Sign() != 0
	}
	const unset = -1_000_000_000 // -1 second: no timeout
	timeout := int64(unset)
	if timeoutObj != nil {
		ns, err := gtime.Timeout(t, timeoutObj)
		if err != nil {
			return 0, err
		}
		timeout = ns
	}
	if !blocking && timeout != unset {
		return 0, vm.NewError(py.ValueError, "can't specify a timeout for a non-blocking call")
	}
	if timeout < 0 && timeout != unset {
		return 0, vm.NewError(py.ValueError, "timeout value must be positive")
	}
	switch {
	case !blocking:
		return 0, nil
	case timeout == unset:
		return gilrt.NoTimeout, nil
	case float64(timeout)/1e9 > timeoutMax:
		return 0, vm.NewError(py.OverflowError, "timeout value is too large")
	case timeout == 0:
		// acquire(timeout=0) tries once, as acquire(False) does.
		return 0, nil
	}
	return time.Duration(timeout), nil
}
