package vm

import (
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/gilpy/gilpy/gilrt"
	"github.com/go-python/gpython/py"
)

// Python threads on the GIL runtime: how a thread starts and ends, how a
// blocking call made by a module turns an interruption into the Python
// exception it means, how a SIGINT reaches the main thread, how the
// interpreter stops every thread after a deadlock, and how it treats
// daemon threads at exit. docs/gil.md describes the semantics.

// Interruption causes: what gilrt.Thread.Interrupt carries.
var (
	// errSignal wakes the main thread's blocking call for a SIGINT.
	errSignal = errors.New("SIGINT")
	// errFinalizing wakes daemon threads at interpreter exit: they are
	// frozen (see gilrt.Runtime.Freeze) and end without running again.
	errFinalizing = errors.New("interpreter shutdown")
)

// AbortError says why the interpreter stopped a program on its own, such
// as after a deadlock report: the main thread unwinds with a Terminated
// error carrying it, without running any exception handler or finally
// block (see Interp.Abort), and the embedding API returns it.
type AbortError struct {
	// Reason says why, for the embedder ("deadlock").
	Reason string
	// Status is the exit status the gilpy command exits with.
	Status int
	// Immediate marks os._exit: the program ends without flushing its
	// buffered output, as CPython's does.
	Immediate bool
}

func (e *AbortError) Error() string { return "program stopped: " + e.Reason }

// DeadlockExitStatus is the status gilpy exits with after reporting a
// deadlock. CPython has none: it would hang.
const DeadlockExitStatus = 1

// Ident returns the thread's identifier (threading.get_ident): unique in
// the process (every interpreter of a program included) and never 0.
func (t *Thread) Ident() uint64 { return t.gil.ID() }

// IsMain reports whether t is its interpreter's main thread.
func (t *Thread) IsMain() bool { return t.main }

// NativeID returns threading.get_native_id: goroutines have no operating
// system thread of their own, so this is a number unique in the process,
// the process id for the main thread of the first interpreter as on Linux.
func (t *Thread) NativeID() int64 { return t.nativeID }

// Name returns the thread's name as the GIL runtime (statistics, traces,
// deadlock reports) knows it.
func (t *Thread) Name() string { return t.gil.Name() }

// SetName renames the thread for the GIL runtime (threading.Thread.name).
func (t *Thread) SetName(name string) { t.gil.SetName(name) }

// threadDataStackChunk is the size, in slots, of the first chunk of a
// new thread's data stack (1 KB). A started thread runs few frames while
// it waits, and programs start thousands of threads that mostly wait:
// a threading.Thread whose target sleeps uses 15 slots, one waiting on
// an Event 33 to 44, one in queue.Queue.get about 50. A thread that goes
// deeper gets chunks twice as big, then twice again, as it needs them.
// The main thread starts with dataStackChunk.
const threadDataStackChunk = 64

// nextNativeID numbers threads for NativeID after the process id.
var (
	nextNativeID atomic.Int64
	processID    = int64(os.Getpid())
)

func newNativeID() int64 {
	return processID + nextNativeID.Add(1) - 1
}

// ThreadByIdent returns the live thread of this interpreter with the
// given identifier, or nil.
func (in *Interp) ThreadByIdent(id uint64) *Thread {
	in.threadsMu.Lock()
	defer in.threadsMu.Unlock()
	return in.byIdent[id]
}

// liveThreads returns the interpreter's live threads, by ident.
func (in *Interp) liveThreads() []*Thread {
	in.threadsMu.Lock()
	ts := make([]*Thread, 0, len(in.byIdent))
	for _, th := range in.byIdent {
		ts = append(ts, th)
	}
	in.threadsMu.Unlock()
	sort.Slice(ts, func(i, j int) bool { return ts[i].gil.ID() < ts[j].gil.ID() })
	return ts
}

// StartThread starts a new Python thread named name that runs fn on a new
// goroutine, and returns it. The thread is registered before the goroutine
// starts (so the deadlock check always knows it); the goroutine takes the
// GIL, runs fn, and ends the thread when fn returns. fn runs Python code
// with the new thread; anything it leaves unhandled is its own business
// (_thread and threading report exceptions their own ways). t must hold
// the GIL.
func (t *Thread) StartThread(name string, fn func(nt *Thread)) (*Thread, error) {
	nt, err := t.PrepareThread(name)
	if err != nil {
		return nil, err
	}
	nt.Launch(fn)
	return nt, nil
}

// PrepareThread is the first half of StartThread: it makes and registers
// the new thread, whose ident is then known, without running anything.
// The caller must then either Launch it or, if it cannot start after all,
// Abandon it. threading uses the two halves to record the thread (its
// ident, its end-of-thread lock) before it can run.
func (t *Thread) PrepareThread(name string) (*Thread, error) {
	in := t.interp
	if in.finalizing.Load() {
		return nil, NewError(py.RuntimeError, "can't create new thread at interpreter shutdown")
	}
	nt := in.newThread(name, false)
	in.started.Add(1)
	return nt, nil
}

// Launch starts a thread PrepareThread made, as StartThread does.
func (nt *Thread) Launch(fn func(nt *Thread)) {
	in := nt.interp
	in.workers.run(func() {
		// First: a frozen runtime ends this goroutine inside Acquire.
		defer in.ExitThread(nt)
		defer func() {
			if r := recover(); r != nil {
				// The VM turns panics into SystemError; one that escapes
				// is a bug, reported without taking the process down.
				_, _ = in.stderr.WriteString(fmt.Sprintf("Fatal error in thread %s: %v\n%s", nt.Name(), r, debug.Stack()))
			}
		}()
		nt.gil.Acquire()
		fn(nt)
	})
}

// Abandon ends a thread PrepareThread made that will never run: its
// exit functions run (on the caller's goroutine) and it is unregistered.
func (nt *Thread) Abandon() { nt.interp.ExitThread(nt) }

// AtThreadExit arranges for fn to run when t ends, on t's goroutine and
// with the GIL held, after its Python code (_thread._set_sentinel uses it
// to release the lock Thread.join waits on). Functions run last first.
func (t *Thread) AtThreadExit(fn func()) { t.atExit = append(t.atExit, fn) }

// WriteUnraisable reports an exception nothing can handle: to the
// program's sys.unraisablehook if it installed one, else as CPython's
// default hook does: "Exception ignored <msg>: <repr(obj)>" and the
// traceback, on sys.stderr.
func (t *Thread) WriteUnraisable(msg string, obj Object, exc *py.Exception) {
	if t.callUnraisableHook(msg, obj, exc) {
		return
	}
	t.writeUnraisableDefault(msg, obj, exc)
}

// writeUnraisableDefault is the default sys.unraisablehook's report, for
// "Exception ignored <msg>" ("in" stands for the hook's default message).
func (t *Thread) writeUnraisableDefault(msg string, obj Object, exc *py.Exception) {
	text, err := t.unraisableReport(TypeOf(exc), exc, excTracebackObject(exc), unraisableMsg(msg), orNone(obj))
	if err != nil {
		return
	}
	t.WriteStderr(text)
}

// WriteStderr writes text to sys.stderr (whatever the program made it) and
// flushes it, falling back to the interpreter's own stderr.
func (t *Thread) WriteStderr(text string) {
	in := t.interp
	_ = in.stdout.Flush()
	if f, ok := in.sys.Get("stderr"); ok && f != None {
		if w, err := GetAttr(t, f, "write"); err == nil {
			if _, err := Call(t, w, []Object{py.String(text)}, nil); err == nil {
				if fl, err := GetAttr(t, f, "flush"); err == nil {
					_, _ = Call(t, fl, nil, nil)
				}
				return
			}
		}
	}
	_, _ = in.stderr.WriteString(text)
	_ = in.stderr.Flush()
}

// ThreadCount returns how many threads started with StartThread are still
// running (_thread._count).
func (in *Interp) ThreadCount() int { return int(in.started.Load()) }

// Interrupted turns the error of an interrupted gilrt blocking call into
// what the thread must raise: KeyboardInterrupt in the main thread for a
// SIGINT (consuming the signal), the abort error once the interpreter
// stops the program. Any other error is returned unchanged.
func (t *Thread) Interrupted(err error) error {
	if err == nil || !errors.Is(err, gilrt.ErrInterrupted) {
		return err
	}
	in := t.interp
	if in.aborting.Load() {
		return in.abortError()
	}
	switch {
	case errors.Is(err, errSignal):
		if e := t.takeSignal(); e != nil {
			return e
		}
		// The signal was handled already at a breaker check: the wait
		// was cut short for nothing. Report it as a KeyboardInterrupt
		// anyway rather than resuming a wait whose state is gone.
		return NewException(py.KeyboardInterrupt)
	case errors.Is(err, errFinalizing):
		return NewException(py.SystemExit)
	}
	var ie *gilrt.InterruptedError
	if errors.As(err, &ie) {
		if e, ok := ie.Cause.(*py.Exception); ok {
			return e
		}
	}
	return in.cancelError()
}

// Block runs fn without the GIL (see gilrt.Thread.Block) and returns its
// error, or the Python exception an interruption means.
func (t *Thread) Block(kind gilrt.BlockKind, what string, fn func(stop <-chan struct{}) error) error {
	return t.Interrupted(t.gil.Block(kind, what, fn))
}

// Sleep is time.sleep: it blocks for d without the GIL. A SIGINT ends
// it early with KeyboardInterrupt in the main thread.
func (t *Thread) Sleep(d time.Duration) error {
	return t.Interrupted(t.gil.Sleep(d))
}

// AcquireLock takes l, waiting at most timeout (negative: forever) without
// the GIL, and reports whether it got it. what describes the wait in
// statistics and deadlock reports ("Lock.acquire", "Thread.join").
func (t *Thread) AcquireLock(l *gilrt.Lock, timeout time.Duration, what string) (bool, error) {
	ok, err := l.AcquireAs(t.gil, timeout, what)
	if err != nil {
		return ok, t.Interrupted(err)
	}
	return ok, nil
}

// Wait waits on q (see gilrt.WaitQueue.Wait) and reports whether it was
// notified.
func (t *Thread) Wait(q *gilrt.WaitQueue, kind gilrt.BlockKind, what string, timeout time.Duration, beforePark func()) (bool, error) {
	ok, err := q.Wait(t.gil, kind, what, timeout, beforePark)
	if err != nil {
		return ok, t.Interrupted(err)
	}
	return ok, nil
}

// Interrupt delivers a SIGINT to the interpreter, as Ctrl-C does: the main
// thread raises KeyboardInterrupt at its next eval-breaker check, or at
// once if it is blocked (in a sleep, a lock, a join, input()...). Other
// threads keep running. Safe from any goroutine.
func (in *Interp) Interrupt() {
	in.signalPending(true)
}

// SimulateInterrupt is _thread.interrupt_main(): the main thread raises
// KeyboardInterrupt at its next eval-breaker check, as if a SIGINT's
// handler had run, but a blocking call it is in is not cut short (no
// signal is actually delivered, as in CPython).
func (in *Interp) SimulateInterrupt() {
	in.signalPending(false)
}

func (in *Interp) signalPending(wake bool) {
	in.sigPending.Store(true)
	in.rt.Breaker().Set(gilrt.BitSignal)
	if wake {
		in.main.gil.Interrupt(errSignal)
	}
}

// takeSignal consumes a pending SIGINT for the main thread and returns
// the KeyboardInterrupt to raise, or nil if none is pending.
func (t *Thread) takeSignal() error {
	in := t.interp
	if !t.main || !in.sigPending.Swap(false) {
		return nil
	}
	in.rt.Breaker().Clear(gilrt.BitSignal)
	if in.sigPending.Load() {
		in.rt.Breaker().Set(gilrt.BitSignal) // another one came meanwhile
	}
	if errors.Is(t.gil.PendingInterrupt(), errSignal) {
		t.gil.ClearInterrupt()
		if in.aborting.Load() {
			t.gil.Interrupt(in.abortErr)
		}
	}
	return NewException(py.KeyboardInterrupt)
}

// Abort stops the program: the main thread unwinds with a Terminated
// error carrying err, without running exception handlers or finally blocks, and
// every other thread stops for good at once (see gilrt.Runtime.Freeze).
// The interpreter then exits without waiting for threads. Safe from any
// goroutine; only the first call counts.
func (in *Interp) Abort(err *AbortError) {
	in.abortOnce.Do(func() {
		in.abortErr = err
		in.aborting.Store(true)
		in.rt.Freeze(in.main.gil)
		in.rt.Breaker().Set(gilrt.BitTerminate)
		in.rt.InterruptAll(err)
	})
}

// abortError is what the main thread stops with after Abort: an error no
// Python code can catch, carrying the *AbortError.
func (in *Interp) abortError() error { return &Terminated{Cause: in.abortErr} }

// Aborted returns the error the interpreter was aborted with, or nil.
func (in *Interp) Aborted() *AbortError {
	if !in.aborting.Load() {
		return nil
	}
	return in.abortErr
}

// onDeadlock is the GIL runtime's deadlock handler: it prints what every
// thread waits on with its Python stack, then aborts the program.
func (in *Interp) onDeadlock(r *gilrt.DeadlockReport) {
	text := in.formatDeadlock(r)
	_ = in.stdout.Flush()
	_, _ = in.stderr.WriteString(text)
	_ = in.stderr.Flush()
	in.Abort(&AbortError{Reason: "deadlock", Status: DeadlockExitStatus})
}

// formatDeadlock renders a deadlock report: a header, then each thread of
// this interpreter with what it waits on and its stack, outermost frame
// first as in a traceback. Every thread it lists is blocked for good, so
// its frames do not change while they are read.
func (in *Interp) formatDeadlock(r *gilrt.DeadlockReport) string {
	var b strings.Builder
	b.WriteString("Deadlock: every thread is blocked, waiting for another thread that is blocked too.\n")
	b.WriteString("(CPython would hang here; gilpy stops the program.)\n")
	byGIL := map[uint64]*Thread{}
	for _, th := range in.liveThreads() {
		byGIL[th.gil.ID()] = th
	}
	src := sourceLines{}
	for _, bt := range r.Threads {
		b.WriteString("\n")
		th := byGIL[bt.Thread]
		if bt.Runtime != in.rt.ID() || th == nil {
			fmt.Fprintf(&b, "Thread %s (ident %d) of %s waits in %s\n", bt.Name, bt.Thread, bt.RuntimeName, bt.What)
			continue
		}
		fmt.Fprintf(&b, "Thread %s (ident %d) waits in %s, stack (most recent call last):\n", bt.Name, bt.Thread, bt.What)
		for _, f := range StackEntries(th.frame, src.line) {
			b.WriteString(FormatTBFrame(&f, TBStyleInterp))
		}
	}
	return b.String()
}

// waitForThreads is the first step of the interpreter's exit, as in
// CPython: if the threading module was imported, its _shutdown() waits
// for the non-daemon threads. An exception it raises (a KeyboardInterrupt
// during the wait) is printed and the exit goes on.
func (in *Interp) waitForThreads(t *Thread) {
	mod, ok := in.modules.GetStr("threading")
	if !ok {
		return
	}
	fn, err := GetAttr(t, mod, "_shutdown")
	if err != nil {
		return
	}
	if _, err := Call(t, fn, nil, nil); err != nil {
		if in.aborting.Load() {
			return
		}
		if exc, ok := err.(*py.Exception); ok {
			t.WriteUnraisable("in", mod, exc)
		}
	}
}

// freezeDaemons is the last step before the main thread lets go of the
// GIL at exit: every thread still alive (the daemon threads, and threads
// started with _thread) stops for good without running another
// instruction, as CPython's daemon threads do at exit.
func (in *Interp) freezeDaemons() {
	in.finalizing.Store(true)
	in.rt.Freeze(in.main.gil)
	in.rt.InterruptAll(errFinalizing)
	_ = in.main.gil.ClearInterrupt()
}

// GILStats formats the GIL statistics table -X gilstats prints at exit:
// one row per thread (the finished ones included) with the time it held
// the GIL, waited for it and was blocked, its switches and forced drops.
func (in *Interp) GILStats() string {
	return FormatGILStats(in.rt.Stats())
}

// FormatGILStats formats a GIL statistics snapshot as a table.
func FormatGILStats(s gilrt.Stats) string {
	var b strings.Builder
	fmt.Fprintf(&b, "GIL statistics for %s: %s run, switch interval %s ms, %d switches, %d drop requests, %d forced drops\n",
		s.Name, fmtSeconds(s.Uptime), strconv.FormatFloat(float64(s.SwitchInterval)/1e6, 'f', -1, 64), s.Switches, s.DropRequests, s.ForcedDrops)
	width := len("thread")
	for _, th := range s.Threads {
		width = max(width, len(th.Name))
	}
	fmt.Fprintf(&b, "%-*s  %10s  %10s  %10s  %6s  %8s  %6s  %6s\n", width, "thread", "held", "waiting", "blocked", "share", "switches", "drops", "blocks")
	var total time.Duration
	for _, th := range s.Threads {
		total += th.Held
	}
	for _, th := range s.Threads {
		share := 0.0
		if total > 0 {
			share = 100 * float64(th.Held) / float64(total)
		}
		fmt.Fprintf(&b, "%-*s  %10s  %10s  %10s  %5.1f%%  %8d  %6d  %6d\n", width, th.Name,
			fmtSeconds(th.Held), fmtSeconds(th.WaitedGIL), fmtSeconds(th.Blocked), share, th.Switches, th.ForcedDrops, th.Blocks)
	}
	if s.Forgotten > 0 {
		fmt.Fprintf(&b, "(%d finished threads not shown)\n", s.Forgotten)
	}
	return b.String()
}

func fmtSeconds(d time.Duration) string {
	return fmt.Sprintf("%.3fs", d.Seconds())
}

// EveryInstruction reports whether threads may switch between any two
// instructions (Config.EveryInstruction).
func (in *Interp) EveryInstruction() bool { return in.cfg.EveryInstruction }

// switchMicros returns the switch interval in microseconds, as
// sys.getswitchinterval reports it.
func (in *Interp) switchMicros() uint64 {
	if us := in.micros.Load(); us != noMicros {
		return us
	}
	return uint64(in.rt.SwitchInterval() / time.Microsecond)
}

// noMicros marks that sys.setswitchinterval was never called.
const noMicros = ^uint64(0)

// realNumber converts an argument that must be a real number (a float, an
// int, or an object with __float__ or __index__), as CPython's "d"
// argument format does, with its TypeError for anything else.
func realNumber(t *Thread, o Object) (float64, error) {
	switch unwrap(o).(type) {
	case py.Float, py.Int, *py.BigInt, py.Bool:
		return FloatOf(t, o)
	}
	c := classOfObject(o)
	if c.special(spFloat) == nil && c.special(spIndex) == nil {
		return 0, NewError(py.TypeError, fmt.Sprintf("must be real number, not %s", TypeName(o)))
	}
	return FloatOf(t, o)
}
