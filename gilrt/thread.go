package gilrt

import (
	"errors"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// State is what a thread is doing, as Stats reports it.
type State uint8

// The thread states.
const (
	StateNew        State = iota // registered, has not taken the GIL yet
	StateRunning                 // holds the GIL (runs bytecode)
	StateWaitingGIL              // waits for the GIL
	StateBlocked                 // released the GIL to block on something (see BlockKind)
	StateFinished                // Exit was called
)

func (s State) String() string {
	switch s {
	case StateNew:
		return "new"
	case StateRunning:
		return "running"
	case StateWaitingGIL:
		return "waiting-gil"
	case StateBlocked:
		return "blocked"
	case StateFinished:
		return "finished"
	}
	return "state(" + strconv.Itoa(int(s)) + ")"
}

// BlockKind says what a blocked thread waits on.
type BlockKind uint8

// The block kinds. Only BlockSync waits made through gilrt's own queues
// (Lock, WaitQueue, Thread.Join) without a timeout count toward a
// deadlock: those are the waits that only another Python thread can end,
// and gilrt performs the wake-up itself, so it can account for it exactly.
const (
	BlockNone  BlockKind = iota
	BlockSync            // lock, condition, event, join, queue: another Python thread ends it
	BlockTimer           // time.sleep and other pure timeouts
	BlockIO              // files, console, sockets, input()
	BlockChild           // a child process (multiprocessing) or a process-pool future
	BlockOther           // anything else done without the GIL
)

func (k BlockKind) String() string {
	switch k {
	case BlockNone:
		return "none"
	case BlockSync:
		return "sync"
	case BlockTimer:
		return "timer"
	case BlockIO:
		return "io"
	case BlockChild:
		return "child"
	case BlockOther:
		return "other"
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// ErrInterrupted is matched (with errors.Is) by every error a blocking
// call returns because its thread was interrupted. The error is an
// *InterruptedError carrying the cause given to Interrupt.
var ErrInterrupted = errors.New("gilrt: blocking call interrupted")

// ErrJoinSelf is returned by Join when a thread joins itself; threading
// turns it into RuntimeError("cannot join current thread").
var ErrJoinSelf = errors.New("cannot join current thread")

// InterruptedError is returned by a blocking call cut short by
// Thread.Interrupt. errors.Is matches both ErrInterrupted and the Cause.
type InterruptedError struct {
	Cause error
}

func (e *InterruptedError) Error() string {
	if e.Cause == nil || e.Cause == ErrInterrupted {
		return ErrInterrupted.Error()
	}
	return ErrInterrupted.Error() + ": " + e.Cause.Error()
}

// Unwrap lets errors.Is find both ErrInterrupted and the cause.
func (e *InterruptedError) Unwrap() []error { return []error{ErrInterrupted, e.Cause} }

// blockInfo describes the current blocking call of a thread.
type blockInfo struct {
	kind  BlockKind
	what  string
	timed bool
	since int64
	sleep time.Duration // for Sleep, which leaves what empty
	brief bool          // BlockBrief: do not wake a waiter at once
}

// describe returns what the call blocks on. A sleep's description is made
// only when someone reads it: formatting it would otherwise cost every
// time.sleep more than the GIL hand-over it precedes.
func (bi *blockInfo) describe() string {
	if bi.what == "" && bi.kind == BlockTimer {
		return "time.sleep(" + strconv.FormatFloat(bi.sleep.Seconds(), 'g', -1, 64) + ")"
	}
	return bi.what
}

// Thread is one Python thread of a Runtime: a goroutine that runs bytecode
// only while it holds the runtime's GIL. Its methods that take, release or
// block are called only by the goroutine that runs it; Interrupt, SetName,
// Name, ID and Join (on the thread as target) may be called from anywhere.
type Thread struct {
	rt      *Runtime
	id      uint64
	name    atomic.Pointer[string]
	liveIdx int // index in rt.live, guarded by rt.thmu

	since        atomic.Int64 // rt.now() when the current state began
	held         atomic.Int64
	waited       atomic.Int64
	blocked      atomic.Int64
	acquisitions atomic.Uint64
	switches     atomic.Uint64
	dropRequests atomic.Uint64
	forcedDrops  atomic.Uint64
	blocks       atomic.Uint64
	block        atomic.Pointer[blockInfo]

	// GIL queue.
	gilCh    chan struct{} // wakes the thread waiting for the GIL (hand-over or free GIL)
	gnext    *Thread       // guarded by rt.mu
	handedBy *Thread       // who handed the GIL over; set under rt.mu with granted

	// gilrt wait queues (Lock, WaitQueue, Join); guarded by the mutex of
	// the queue the thread is in.
	wake         chan struct{} // receives a wake-up sent under that mutex
	wnext, wprev *Thread
	timer        *time.Timer

	// Interrupts.
	imu  sync.Mutex
	intr error         // pending cause, nil if none
	stop chan struct{} // closed while an interrupt is pending

	// Join.
	joiners WaitQueue

	// The small fields, side by side so that no padding comes between
	// them: a program may have thousands of threads, and this keeps a
	// Thread in the Go allocator's 256-byte class.
	state       atomic.Uint32
	intrPending atomic.Bool // an interrupt is pending
	granted     bool        // the GIL was handed to the thread; guarded by rt.mu
	wwoken      bool        // woken in a wait queue; guarded by the queue's mutex
	candidate   bool        // blocked for good (deadlock accounting); guarded by rt.reg.mu
	exited      bool        // guarded by joiners.mu
}

// ID returns the thread's identifier, unique within its Registry and never
// zero. threading.get_ident can return it.
func (t *Thread) ID() uint64 { return t.id }

// Runtime returns the runtime the thread belongs to.
func (t *Thread) Runtime() *Runtime { return t.rt }

// Name returns the thread's name.
func (t *Thread) Name() string { return *t.name.Load() }

// SetName renames the thread (Thread.name = ...).
func (t *Thread) SetName(name string) {
	t.name.Store(&name)
	if r := t.rt.rec.Load(); r != nil {
		r.add(t.rt, Event{Kind: EvThreadName, Thread: t.id, What: name})
	}
}

// State returns what the thread is doing now.
func (t *Thread) State() State { return State(t.state.Load()) }

// Holds reports whether t holds its runtime's GIL.
func (t *Thread) Holds() bool {
	return t.rt.holder.Load() == t && t.State() == StateRunning
}

func (t *Thread) mustHold(op string) {
	if !t.Holds() {
		panic("gilrt: " + op + " called by thread " + strconv.Quote(t.Name()) + " which does not hold the GIL")
	}
}

// Acquire takes the GIL for a thread in StateNew: the first thing the
// thread's goroutine does. Every later release and re-take happens inside
// Yield and the blocking calls.
func (t *Thread) Acquire() {
	if t.State() != StateNew {
		panic("gilrt: Acquire on thread " + strconv.Quote(t.Name()) + " in state " + t.State().String())
	}
	t.acquire(t.rt.now())
}

// Yield answers a GIL drop request: if BitGILDrop is set, t releases the
// GIL, the longest-waiting thread takes it, and t queues to take it back.
// Without the bit it returns at once. The VM calls it from the slow path of
// its breaker check; t must hold the GIL.
func (t *Thread) Yield() {
	rt := t.rt
	if !rt.breaker.Has(BitGILDrop) {
		return
	}
	t.mustHold("Yield")
	rt.mu.Lock()
	if rt.qhead == nil {
		// Nobody waits any more (cannot happen while the invariants
		// hold, since only a hand-over empties the queue and it clears
		// the bit): nothing to give way to.
		rt.breaker.Clear(BitGILDrop)
		rt.mu.Unlock()
		return
	}
	rt.mu.Unlock()
	t.forcedDrops.Add(1)
	rt.forcedDrops.Add(1)
	now := rt.now()
	t.release(now, true)
	t.acquire(now)
}

// stopState returns the channel closed by an interrupt and the pending
// interrupt error, if any.
func (t *Thread) stopState() (<-chan struct{}, error) {
	if !t.intrPending.Load() {
		// Only this goroutine replaces t.stop (ClearInterrupt), so it
		// can read it without the lock.
		return t.stop, nil
	}
	t.imu.Lock()
	defer t.imu.Unlock()
	if t.intr != nil {
		return t.stop, &InterruptedError{Cause: t.intr}
	}
	return t.stop, nil
}

// Interrupt wakes the thread's current or next blocking call early; that
// call returns an *InterruptedError with the given cause (nil means
// ErrInterrupted). The interrupt stays pending, and makes every blocking
// call return at once, until the thread calls ClearInterrupt: an interrupt
// that arrives just before the thread blocks is therefore never lost. The
// first cause wins until cleared. Interrupt does not touch the breaker: the
// caller sets the bit it owns (BitSignal, BitTerminate, BitCancel...) so
// that a running thread notices too. It does not wake a thread waiting for
// the GIL, which gets the GIL in turn anyway. Safe from any goroutine.
func (t *Thread) Interrupt(cause error) {
	if cause == nil {
		cause = ErrInterrupted
	}
	t.imu.Lock()
	if t.intr == nil {
		t.intr = cause
		t.intrPending.Store(true)
		close(t.stop)
	}
	t.imu.Unlock()
	// From now on the thread counts as runnable for the deadlock check.
	t.rt.reg.unblock(t)
}

// PendingInterrupt returns the pending interrupt's cause, or nil.
func (t *Thread) PendingInterrupt() error {
	t.imu.Lock()
	defer t.imu.Unlock()
	return t.intr
}

// ClearInterrupt consumes the pending interrupt and returns its cause (nil
// if none). Only the thread itself calls it, typically when the VM raises
// the corresponding Python exception.
func (t *Thread) ClearInterrupt() error {
	t.imu.Lock()
	defer t.imu.Unlock()
	c := t.intr
	if c != nil {
		t.intr = nil
		t.intrPending.Store(false)
		t.stop = make(chan struct{})
	}
	return c
}

// newBlock describes a blocking call starting now. A blockInfo is never
// changed once made, since deadlock reports read it from other goroutines.
func (t *Thread) newBlock(kind BlockKind, what string, timed bool) *blockInfo {
	return &blockInfo{kind: kind, what: what, timed: timed, since: t.rt.now()}
}

// beginBlock releases the GIL for a blocking call described by bi. The
// call's start time (bi.since) serves as the release time: reading the
// clock costs more than a GIL pair's atomics on some machines.
func (t *Thread) beginBlock(bi *blockInfo) {
	rt := t.rt
	now := bi.since
	t.block.Store(bi)
	t.blocks.Add(1)
	if r := rt.rec.Load(); r != nil {
		// Release first, then block: the two events go in together so
		// that no other thread's acquire comes between them, and so that
		// a timeline's GIL span ends before the blocking span begins.
		r.add2(rt, Event{Kind: EvRelease, Thread: t.id}, Event{Kind: EvBlockStart, Thread: t.id, Block: bi.kind, What: bi.describe()})
	}
	if bi.brief {
		t.releaseQuiet(now)
	} else {
		t.releaseBlocking(now)
	}
	t.state.Store(uint32(StateBlocked))
	t.since.Store(now)
}

// endBlock ends the blocking call and takes the GIL back.
func (t *Thread) endBlock() {
	rt := t.rt
	now := rt.now()
	t.blocked.Add(now - t.since.Load())
	bi := t.block.Swap(nil)
	if r := rt.rec.Load(); r != nil {
		r.add(rt, Event{Kind: EvBlockEnd, Thread: t.id, Block: bi.kind, What: bi.describe()})
	}
	t.acquire(now)
}

// Block is the one helper every blocking operation goes through. With the
// GIL held, it records that t blocks on kind/what, releases the GIL, runs
// fn, takes the GIL back and returns fn's error. fn must return soon after
// stop is closed, which happens when the thread is interrupted; if fn then
// returns a non-nil error, Block returns an *InterruptedError instead, so
// the caller can tell an interrupt from fn's own failure. If an interrupt
// is already pending, Block returns it without running fn.
//
// Block never counts toward a deadlock, whatever kind says: gilrt cannot
// see who ends fn's wait. Waits that only another Python thread can end use
// Lock, WaitQueue or Join instead.
//
// what is a short description shown in statistics, traces and deadlock
// reports: "time.sleep(1)", "socket.recv", "input()".
func (t *Thread) Block(kind BlockKind, what string, fn func(stop <-chan struct{}) error) error {
	return t.blockOn(t.newBlock(kind, what, false), fn)
}

// BlockBrief is Block for a call that almost always returns at once,
// such as a small write to a console or a pipe. The GIL is released as
// for Block, but no waiting thread is woken unless the call lasts a whole
// switch interval: t, back a moment later, carries on without a switch,
// as a CPython thread usually does after a quick system call (which is
// what keeps the lines two threads print from being cut in the middle).
func (t *Thread) BlockBrief(kind BlockKind, what string, fn func(stop <-chan struct{}) error) error {
	bi := t.newBlock(kind, what, false)
	bi.brief = true
	return t.blockOn(bi, fn)
}

func (t *Thread) blockOn(bi *blockInfo, fn func(stop <-chan struct{}) error) error {
	t.mustHold("Block")
	stop, pending := t.stopState()
	if pending != nil {
		return pending
	}
	t.beginBlock(bi)
	err := fn(stop)
	if err != nil {
		select {
		case <-stop:
			if _, intr := t.stopState(); intr != nil {
				err = intr
			}
		default:
		}
	}
	t.endBlock()
	return err
}

// Sleep is time.sleep: it blocks t for d without the GIL (BlockTimer) and
// returns nil, or an *InterruptedError if interrupted. Sleep(0) still
// releases the GIL for an instant, waking the longest waiter, which may
// take it; as in CPython it is not a guaranteed yield (see Block).
func (t *Thread) Sleep(d time.Duration) error {
	bi := t.newBlock(BlockTimer, "", true)
	bi.sleep = d
	return t.blockOn(bi, func(stop <-chan struct{}) error {
		if d <= 0 || t.sleep(stop, d) {
			return nil
		}
		return ErrInterrupted
	})
}

// sleep waits for d to pass or for stop, and reports whether d passed.
// Unlike park it does not listen on t.wake, which nothing sends to while
// a thread sleeps: every channel a goroutine waits on costs it a record
// in the Go runtime while it waits, and a program may have thousands of
// threads asleep at once.
func (t *Thread) sleep(stop <-chan struct{}, d time.Duration) bool {
	if t.timer == nil {
		t.timer = time.NewTimer(d)
	} else {
		t.timer.Reset(d)
	}
	select {
	case <-stop:
		t.timer.Stop()
		return false
	case <-t.timer.C:
		return true
	}
}

type parkResult uint8

const (
	parkWoken parkResult = iota
	parkTimedOut
	parkInterrupted
)

// park waits for a wake-up on t.wake, the timeout (negative: none) or
// stop. It does not consume a wake-up for the timeout or stop cases.
func (t *Thread) park(stop <-chan struct{}, timeout time.Duration) parkResult {
	if timeout < 0 {
		select {
		case <-t.wake:
			return parkWoken
		case <-stop:
			return parkInterrupted
		}
	}
	if t.timer == nil {
		t.timer = time.NewTimer(timeout)
	} else {
		t.timer.Reset(timeout)
	}
	select {
	case <-t.wake:
		t.timer.Stop()
		return parkWoken
	case <-stop:
		t.timer.Stop()
		return parkInterrupted
	case <-t.timer.C:
		return parkTimedOut
	}
}

// Exit ends the thread: it releases the GIL if held, wakes the threads
// joining it and unregisters it. The goroutine calls it last.
func (t *Thread) Exit() {
	rt := t.rt
	if t.State() == StateFinished {
		return
	}
	now := rt.now()
	if t.Holds() {
		t.release(now, false)
	}
	t.state.Store(uint32(StateFinished))
	t.since.Store(now)
	if r := rt.rec.Load(); r != nil {
		r.add(rt, Event{Kind: EvThreadEnd, Thread: t.id})
	}
	final := t.stats(now)
	// Waking the joiners and unregistering happen under the joiners'
	// lock, so no deadlock check can see the joiners still blocked while
	// the thread they wait for is already gone.
	t.joiners.mu.Lock()
	t.exited = true
	t.joiners.notifyLocked(-1)
	rt.reg.remove(t)
	t.joiners.mu.Unlock()

	rt.thmu.Lock()
	last := len(rt.live) - 1
	rt.live[t.liveIdx] = rt.live[last]
	rt.live[t.liveIdx].liveIdx = t.liveIdx
	rt.live[last] = nil
	rt.live = rt.live[:last]
	if rt.keepFinished > 0 {
		if len(rt.finished) < rt.keepFinished {
			rt.finished = append(rt.finished, final)
		} else {
			// A ring: overwrite the oldest (Stats sorts by ID anyway).
			rt.finished[rt.finishedHead] = final
			rt.finishedHead = (rt.finishedHead + 1) % len(rt.finished)
			rt.forgotten++
		}
	} else {
		rt.forgotten++
	}
	rt.thmu.Unlock()
}

// Join blocks by until t has exited or timeout elapses (negative: no
// timeout) and reports whether t has exited. A join without timeout counts
// toward a deadlock. by must hold the GIL unless t has already exited.
func (t *Thread) Join(by *Thread, timeout time.Duration) (bool, error) {
	if by == t {
		return false, ErrJoinSelf
	}
	return t.joiners.wait(by, BlockSync, "Thread.join", timeout, func() bool { return t.exited }, nil)
}
