package gilrt

import (
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Registry knows every live thread of a family of interpreters (a program
// and its multiprocessing children) and detects when all of them are
// blocked for good. It is the only structure gilrt shares between
// Runtimes. A process-wide Registry is used by default; NewRegistry makes
// a separate one for an embedder that runs unrelated programs side by side
// (a deadlock in one must not wait for the others to become idle).
//
// The check is exact, not a timeout: the registry counts the live threads
// and the threads blocked in a wait that only another registered thread
// can end (a BlockSync wait without timeout through Lock, WaitQueue or
// Join). Every wake-up of such a wait is counted under the registry's lock
// by the waker itself, before the waker can block in turn, so the two
// counts are equal exactly when no thread can ever move again.
type Registry struct {
	nextThread  atomic.Uint64
	nextRuntime atomic.Uint64

	mu         sync.Mutex
	live       map[*Thread]struct{}
	candidates int
	reported   bool
	reports    uint64
}

// processRegistry is the registry of Runtimes created without one.
var processRegistry = NewRegistry()

// NewRegistry returns an empty registry.
func NewRegistry() *Registry {
	return &Registry{live: make(map[*Thread]struct{})}
}

// Live returns the number of registered threads that have not exited.
func (r *Registry) Live() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.live)
}

// Deadlocks returns how many deadlocks the registry has detected (and
// reported to the handlers installed, if any).
func (r *Registry) Deadlocks() uint64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.reports
}

func (r *Registry) add(t *Thread) {
	r.mu.Lock()
	r.live[t] = struct{}{}
	r.reported = false
	r.mu.Unlock()
}

func (r *Registry) remove(t *Thread) {
	r.mu.Lock()
	delete(r.live, t)
	if t.candidate {
		t.candidate = false
		r.candidates--
	}
	r.checkLocked()
	r.mu.Unlock()
}

// block counts t as blocked for good, unless an interrupt is pending (the
// thread is then about to wake up).
func (r *Registry) block(t *Thread) {
	r.mu.Lock()
	if !t.candidate && !t.intrPending.Load() {
		t.candidate = true
		r.candidates++
		r.checkLocked()
	}
	r.mu.Unlock()
}

// unblock counts t as able to run again.
func (r *Registry) unblock(t *Thread) {
	r.mu.Lock()
	if t.candidate {
		t.candidate = false
		r.candidates--
		r.reported = false
	}
	r.mu.Unlock()
}

func (r *Registry) checkLocked() {
	if r.reported || len(r.live) == 0 || r.candidates != len(r.live) {
		return
	}
	r.reported = true
	r.reports++
	rep := &DeadlockReport{}
	handlers := map[*Runtime]func(*DeadlockReport){}
	for t := range r.live {
		bt := BlockedThread{
			Runtime:     t.rt.id,
			RuntimeName: t.rt.name,
			Thread:      t.id,
			Name:        t.Name(),
		}
		if bi := t.block.Load(); bi != nil {
			bt.Kind, bt.What = bi.kind, bi.describe()
			bt.For = time.Duration(t.rt.now() - bi.since)
		}
		rep.Threads = append(rep.Threads, bt)
		if h := t.rt.onDeadlock.Load(); h != nil {
			handlers[t.rt] = *h
		}
	}
	sort.Slice(rep.Threads, func(i, j int) bool { return rep.Threads[i].Thread < rep.Threads[j].Thread })
	for _, h := range handlers {
		go h(rep)
	}
}

// DeadlockReport lists the threads of a deadlock. Every handler receives
// the same report; it must not modify it.
type DeadlockReport struct {
	Threads []BlockedThread // by thread ID
}

// BlockedThread is one thread of a deadlock report.
type BlockedThread struct {
	Runtime     uint64 // Runtime.ID of the thread's interpreter
	RuntimeName string
	Thread      uint64 // Thread.ID
	Name        string
	Kind        BlockKind
	What        string        // "Lock.acquire", "Thread.join", ...
	For         time.Duration // how long it had been blocked
}

// String formats the report, one thread per line.
func (d *DeadlockReport) String() string {
	var b strings.Builder
	b.WriteString("deadlock: all threads are blocked\n")
	for _, t := range d.Threads {
		b.WriteString("  thread ")
		b.WriteString(strconv.Quote(t.Name))
		b.WriteString(" (ident ")
		b.WriteString(strconv.FormatUint(t.Thread, 10))
		if t.RuntimeName != "" {
			b.WriteString(", ")
			b.WriteString(t.RuntimeName)
		}
		b.WriteString(") blocked in ")
		b.WriteString(t.What)
		b.WriteString("\n")
	}
	return b.String()
}
