package gilrt

import (
	"errors"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// DefaultSwitchInterval is the switch interval a Runtime starts with, the
// same as CPython's default (sys.getswitchinterval() == 0.005).
const DefaultSwitchInterval = 5 * time.Millisecond

// DefaultKeepFinished is how many finished threads' final statistics a
// Runtime keeps for Stats when Options.KeepFinished is zero.
const DefaultKeepFinished = 4096

// ErrBadInterval is returned by SetSwitchInterval for a non-positive
// interval. The sys module turns it into CPython's
// "ValueError: switch interval must be strictly positive".
var ErrBadInterval = errors.New("switch interval must be strictly positive")

// Options configure a Runtime. The zero value is ready to use.
type Options struct {
	// Name labels the interpreter in statistics, deadlock reports and
	// traces (for example "MainProcess" or "Process-1").
	Name string
	// SwitchInterval is the initial switch interval; zero means
	// DefaultSwitchInterval.
	SwitchInterval time.Duration
	// Registry is the thread registry the deadlock check uses. Nil means
	// the process-wide registry, which is what a program and its
	// multiprocessing children must share: a deadlock is only a deadlock
	// if no thread of any of them can move. An embedder running unrelated
	// programs in one Go process may give each its own Registry.
	Registry *Registry
	// KeepFinished bounds how many finished threads' statistics Stats
	// still reports (oldest forgotten first); zero means
	// DefaultKeepFinished, negative means none.
	KeepFinished int
}

// GIL state word bits.
const (
	gilLocked  uint32 = 1 // someone holds (or has been handed) the GIL
	gilWaiters uint32 = 2 // the wait queue is not empty (changed under mu)
)

// Runtime is the GIL runtime of one interpreter instance: its GIL, its eval
// breaker, its threads, their statistics and its event record. Create one
// per interpreter with New; nothing in gilrt is shared between Runtimes
// except the Registry.
type Runtime struct {
	// The breaker sits alone on its cache line: the VM reads it all the
	// time and must not be slowed by writes to the GIL word below.
	breaker Breaker
	_       [60]byte

	gil      atomic.Uint32          // gilLocked | gilWaiters
	holder   atomic.Pointer[Thread] // the thread that holds (or was handed, or last held) the GIL
	interval atomic.Int64           // switch interval in ns

	mu       sync.Mutex // guards the fields up to watchdog
	qhead    *Thread    // FIFO of threads waiting for the GIL
	qtail    *Thread
	armedAt  int64 // now() when the GIL last changed hands, or the first waiter came
	timerSet bool  // a watchdog firing is scheduled (or running)
	watchdog *time.Timer

	switches     atomic.Uint64
	dropRequests atomic.Uint64
	forcedDrops  atomic.Uint64

	reg        *Registry
	id         uint64
	name       string
	epoch      time.Time
	rec        atomic.Pointer[recorder]
	lastRec    atomic.Pointer[recorder]
	onDeadlock atomic.Pointer[func(*DeadlockReport)]

	// frozen is set by Freeze; survivor is the one thread that keeps
	// running after it.
	frozen   atomic.Bool
	survivor atomic.Pointer[Thread]

	thmu         sync.Mutex
	live         []*Thread
	finished     []ThreadStats // ring of the last keepFinished finished threads
	finishedHead int
	keepFinished int
	forgotten    int
}

// New returns the runtime of a new interpreter instance.
func New(opts Options) *Runtime {
	reg := opts.Registry
	if reg == nil {
		reg = processRegistry
	}
	rt := &Runtime{
		reg:          reg,
		id:           reg.nextRuntime.Add(1),
		name:         opts.Name,
		epoch:        time.Now(),
		keepFinished: opts.KeepFinished,
	}
	if rt.keepFinished == 0 {
		rt.keepFinished = DefaultKeepFinished
	}
	iv := opts.SwitchInterval
	if iv <= 0 {
		iv = DefaultSwitchInterval
	}
	rt.interval.Store(int64(iv))
	return rt
}

// ID returns the runtime's identifier, unique within its Registry. Chrome
// traces use it as the process id.
func (rt *Runtime) ID() uint64 { return rt.id }

// Name returns Options.Name.
func (rt *Runtime) Name() string { return rt.name }

// Breaker returns the interpreter's eval breaker. The VM should keep the
// pointer in a local variable of its evaluation loop.
func (rt *Runtime) Breaker() *Breaker { return &rt.breaker }

// Holder returns the thread holding the GIL, or nil if it is free or being
// handed over. For display: by the time the caller looks, it may have
// changed hands.
func (rt *Runtime) Holder() *Thread {
	if rt.gil.Load()&gilLocked == 0 {
		return nil
	}
	if h := rt.holder.Load(); h != nil && h.State() == StateRunning {
		return h
	}
	return nil
}

// SwitchInterval returns the current switch interval
// (sys.getswitchinterval).
func (rt *Runtime) SwitchInterval() time.Duration {
	return time.Duration(rt.interval.Load())
}

// SetSwitchInterval sets the switch interval (sys.setswitchinterval). It
// applies at once, to a thread already waiting too. A non-positive
// interval is refused with ErrBadInterval, as CPython refuses it.
func (rt *Runtime) SetSwitchInterval(d time.Duration) error {
	if d <= 0 {
		return ErrBadInterval
	}
	rt.mu.Lock()
	rt.interval.Store(int64(d))
	if rt.qhead != nil {
		// Someone is already waiting: re-aim the watchdog at the new
		// deadline, so that shortening the interval takes effect now
		// rather than after the old one.
		rt.watchdog.Reset(max(0, time.Duration(rt.armedAt+int64(d)-rt.now())))
		rt.timerSet = true
	}
	rt.mu.Unlock()
	return nil
}

// SetDeadlockHandler installs the function that receives a deadlock report
// when every registered thread of every interpreter sharing this runtime's
// Registry is blocked for good and at least one of them belongs to this
// runtime. It runs on a goroutine of its own, once per deadlock; nil
// removes the handler. The interpreter's handler typically prints each
// thread's Python stack and what it waits on, then interrupts its threads
// with a termination cause and exits non-zero.
func (rt *Runtime) SetDeadlockHandler(h func(*DeadlockReport)) {
	if h == nil {
		rt.onDeadlock.Store(nil)
		return
	}
	rt.onDeadlock.Store(&h)
}

// now returns the monotonic time in ns since the runtime was created.
func (rt *Runtime) now() int64 { return int64(time.Since(rt.epoch)) }

// NewThread registers a new Python thread named name and returns it in
// StateNew. Register the thread on the goroutine that starts it, before
// starting the new goroutine (as threading.Thread.start does), so that no
// moment exists where the new thread is running but unknown to the
// deadlock check. The new goroutine then calls Acquire.
func (rt *Runtime) NewThread(name string) *Thread {
	t := &Thread{
		rt:    rt,
		id:    rt.reg.nextThread.Add(1),
		gilCh: make(chan struct{}, 1),
		wake:  make(chan struct{}, 1),
		stop:  make(chan struct{}),
	}
	t.name.Store(&name)
	t.since.Store(rt.now())
	rt.thmu.Lock()
	t.liveIdx = len(rt.live)
	rt.live = append(rt.live, t)
	rt.thmu.Unlock()
	rt.reg.add(t)
	if r := rt.rec.Load(); r != nil {
		r.add(rt, Event{Kind: EvThreadStart, Thread: t.id, What: name})
	}
	return t
}

// Go registers a thread named name, starts a goroutine that takes the GIL,
// runs fn and calls Exit, and returns the thread at once.
func (rt *Runtime) Go(name string, fn func(t *Thread)) *Thread {
	t := rt.NewThread(name)
	go func() {
		defer t.Exit() // first: a frozen runtime ends the goroutine in Acquire
		t.Acquire()
		fn(t)
	}()
	return t
}

// Freeze stops every thread of the runtime except survivor for good: from
// now on, a thread other than survivor that takes the GIL (its first
// Acquire, or the re-take at the end of Yield or of a blocking call) ends
// its goroutine there with runtime.Goexit, holding the GIL, so that the
// Exit it deferred releases the GIL and unregisters it. It never runs
// another instruction.
//
// This is what CPython does to daemon threads at interpreter exit (they
// stay blocked on the GIL forever), without leaving goroutines behind; the
// interpreter also uses it to stop every other thread when it aborts the
// program (after a deadlock report). Freeze does not wake blocked threads:
// follow it with InterruptAll so that they wake up, take the GIL and end.
//
// Every goroutine running a thread of a frozen runtime must have deferred
// Exit before calling Acquire (Go does); survivor may be nil.
func (rt *Runtime) Freeze(survivor *Thread) {
	rt.survivor.Store(survivor)
	rt.frozen.Store(true)
}

// Frozen reports whether Freeze was called.
func (rt *Runtime) Frozen() bool { return rt.frozen.Load() }

// InterruptAll interrupts every live thread of the runtime with cause (see
// Thread.Interrupt): the way to wake every blocked wait when the run is
// cancelled, the process terminated, or the interpreter shuts down with
// daemon threads still blocked. An interrupted thread counts as able to
// run until it clears the interrupt or exits, so call InterruptAll before
// the main thread's Exit at shutdown: otherwise the daemon threads left
// blocked would look like a deadlock.
func (rt *Runtime) InterruptAll(cause error) {
	rt.thmu.Lock()
	ts := append([]*Thread(nil), rt.live...)
	rt.thmu.Unlock()
	for _, t := range ts {
		t.Interrupt(cause)
	}
}

// acquire takes the GIL for t, waiting in FIFO order if it is held.
func (t *Thread) acquire(now int64) {
	rt := t.rt
	if rt.gil.CompareAndSwap(0, gilLocked) {
		t.gotGIL(now)
		return
	}
	rt.mu.Lock()
	for {
		s := rt.gil.Load()
		if s&gilLocked == 0 {
			// Free: the queue is empty, or a blocking call has just let
			// go of the GIL and woken the first waiter, which has not
			// taken it yet. Like a CPython thread, take it meanwhile.
			if rt.gil.CompareAndSwap(s, s|gilLocked) {
				rt.mu.Unlock()
				t.gotGIL(now)
				return
			}
			continue
		}
		if rt.gil.CompareAndSwap(s, s|gilWaiters) {
			break
		}
	}
	t.state.Store(uint32(StateWaitingGIL))
	t.since.Store(now)
	if rt.qtail == nil {
		rt.qhead = t
		rt.armLocked(now)
	} else {
		rt.qtail.gnext = t
	}
	rt.qtail = t
	if r := rt.rec.Load(); r != nil {
		r.add(rt, Event{Kind: EvWait, Thread: t.id})
	}
	rt.mu.Unlock()

	for {
		<-t.gilCh // a hand-over, or a hint that the GIL is free
		rt.mu.Lock()
		if t.granted {
			// The releaser handed the GIL to us and took us off the
			// queue.
			t.granted = false
			rt.mu.Unlock()
			break
		}
		if s := rt.gil.Load(); s&gilLocked == 0 {
			// A blocking call let go of the GIL and nobody took it
			// since: take it and leave the queue.
			rt.unqueueLocked(t)
			if rt.qhead == nil {
				rt.gil.Store(gilLocked)
			} else {
				rt.gil.Store(gilLocked | gilWaiters)
			}
			prev := rt.holder.Swap(t)
			if prev == t {
				prev = nil
			}
			if prev != nil {
				rt.switches.Add(1)
			}
			// The GIL changed hands: a drop request is answered, and the
			// threads still waiting start a new interval.
			rt.breaker.Clear(BitGILDrop)
			end := rt.now()
			if rt.qhead != nil {
				rt.armLocked(end)
			}
			rt.mu.Unlock()
			t.waited.Add(end - now)
			t.tookGIL(end, prev)
			return
		}
		// Someone took it first (its releaser, back from a short
		// blocking call): keep our place in the queue.
		rt.mu.Unlock()
	}
	end := rt.now()
	t.waited.Add(end - now)
	prev := t.handedBy
	t.handedBy = nil // hold no finished thread in memory
	t.tookGIL(end, prev)
}

// unqueueLocked takes t off the GIL's wait queue (rt.mu held). t is
// almost always the head: a voluntary release wakes the head.
func (rt *Runtime) unqueueLocked(t *Thread) {
	var prev *Thread
	for w := rt.qhead; w != nil; prev, w = w, w.gnext {
		if w != t {
			continue
		}
		if prev == nil {
			rt.qhead = w.gnext
		} else {
			prev.gnext = w.gnext
		}
		if rt.qtail == w {
			rt.qtail = prev
		}
		w.gnext = nil
		return
	}
}

// gotGIL does the bookkeeping of t having just taken a free GIL.
func (t *Thread) gotGIL(now int64) {
	prev := t.rt.holder.Swap(t)
	if prev == t {
		prev = nil
	}
	if prev != nil {
		t.rt.switches.Add(1)
	}
	t.tookGIL(now, prev)
}

// tookGIL does the bookkeeping common to both ways of taking the GIL; prev
// is the previous holder if it was another thread.
func (t *Thread) tookGIL(now int64, prev *Thread) {
	rt := t.rt
	t.state.Store(uint32(StateRunning))
	t.since.Store(now)
	t.acquisitions.Add(1)
	var other uint64
	if prev != nil {
		t.switches.Add(1)
		other = prev.id
	}
	if r := rt.rec.Load(); r != nil {
		r.add(rt, Event{Kind: EvAcquire, Thread: t.id, Other: other})
	}
	if rt.frozen.Load() && rt.survivor.Load() != t {
		// The runtime was frozen: this thread must never run again.
		// Its deferred Exit releases the GIL.
		runtime.Goexit()
	}
}

// release gives up the GIL held by t: to the first waiter if there is
// one, without ever freeing it in between, so that t cannot take it back
// before that waiter has had it (CPython's forced switching, for free).
func (t *Thread) release(now int64, forced bool) {
	if r := t.rt.rec.Load(); r != nil {
		r.add(t.rt, Event{Kind: EvRelease, Thread: t.id, Forced: forced})
	}
	t.releaseGIL(now)
}

// releaseGIL is release without the event.
func (t *Thread) releaseGIL(now int64) {
	rt := t.rt
	t.held.Add(now - t.since.Load())
	if rt.gil.CompareAndSwap(gilLocked, 0) {
		return
	}
	rt.mu.Lock()
	w := rt.qhead
	rt.qhead = w.gnext
	w.gnext = nil
	if rt.qhead == nil {
		rt.qtail = nil
		rt.gil.Store(gilLocked)
	}
	// The GIL is w's from now on, even before its goroutine runs: a drop
	// request from here on is addressed to w.
	w.handedBy = t
	w.granted = true
	rt.holder.Store(w)
	rt.switches.Add(1)
	rt.breaker.Clear(BitGILDrop)
	if rt.qhead != nil {
		rt.armLocked(now)
	}
	wakeGIL(w)
	rt.mu.Unlock()
}

// wakeGIL wakes a thread waiting for the GIL. A wake-up already pending
// is enough: the thread looks at the state under rt.mu when it wakes.
func wakeGIL(w *Thread) {
	select {
	case w.gilCh <- struct{}{}:
	default:
	}
}

// releaseQuiet gives up the GIL held by t for a brief blocking call: it
// frees the GIL without waking anyone, so that t, back a moment later,
// takes it again without a switch; a waiter gets it if the call lasts
// a whole switch interval (the watchdog wakes it then).
func (t *Thread) releaseQuiet(now int64) {
	rt := t.rt
	t.held.Add(now - t.since.Load())
	if rt.gil.CompareAndSwap(gilLocked, 0) {
		return
	}
	rt.mu.Lock()
	rt.gil.Store(gilWaiters)
	if !rt.timerSet {
		// The watchdog already asked for a drop (which t answers when
		// back): watch again, in case t stays away. Otherwise the running
		// timer keeps the waiters' deadline where it was.
		rt.armLocked(now)
	}
	rt.mu.Unlock()
}

// releaseBlocking gives up the GIL held by t for a blocking call. Unlike
// a forced drop it does not hand the GIL over: it frees it and wakes the
// longest waiter, which takes it unless t, back from a short call (a
// small write, a lock it gets at once), takes it back first, as a CPython
// thread does after a quick system call. A waiter passed over keeps its
// place, and its wait still ends with a drop request within one switch
// interval.
func (t *Thread) releaseBlocking(now int64) {
	rt := t.rt
	t.held.Add(now - t.since.Load())
	if rt.gil.CompareAndSwap(gilLocked, 0) {
		return
	}
	rt.mu.Lock()
	rt.gil.Store(gilWaiters) // free, with the queue as it is
	wakeGIL(rt.qhead)
	rt.mu.Unlock()
}

// armLocked notes that from now on the GIL must change hands within one
// switch interval, and makes sure the watchdog will look then. There is
// one timer per runtime, not one per waiter, so a waiting thread costs
// nothing however many wait; and a hand-over only moves armedAt, without
// touching the timer: a firing that comes early just sets itself again for
// the rest of the time.
func (rt *Runtime) armLocked(now int64) {
	rt.armedAt = now
	if rt.timerSet {
		return
	}
	rt.timerSet = true
	iv := time.Duration(rt.interval.Load())
	if rt.watchdog == nil {
		rt.watchdog = time.AfterFunc(iv, rt.watchdogFired)
	} else {
		rt.watchdog.Reset(iv)
	}
}

// watchdogFired sets the drop request if someone has waited a full switch
// interval without the GIL changing hands.
func (rt *Runtime) watchdogFired() {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	if rt.qhead == nil {
		rt.timerSet = false
		return
	}
	if rem := rt.armedAt + rt.interval.Load() - rt.now(); rem > 0 {
		// A hand-over happened meanwhile, or the interval changed.
		rt.watchdog.Reset(time.Duration(rem))
		return
	}
	rt.timerSet = false
	if rt.gil.Load()&gilLocked == 0 {
		// Free, but nobody was woken: its holder is in a brief blocking
		// call (BlockBrief) that has now lasted a whole interval. Give
		// the longest waiter its turn, and keep watching.
		wakeGIL(rt.qhead)
		rt.armLocked(rt.now())
		return
	}
	if rt.breaker.Has(BitGILDrop) {
		return
	}
	rt.breaker.Set(BitGILDrop)
	rt.dropRequests.Add(1)
	h := rt.holder.Load()
	var hid uint64
	if h != nil {
		h.dropRequests.Add(1)
		hid = h.id
	}
	if r := rt.rec.Load(); r != nil {
		r.add(rt, Event{Kind: EvDropRequest, Thread: hid, Other: rt.qhead.id})
	}
}
