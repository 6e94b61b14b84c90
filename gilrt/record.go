package gilrt

import (
	"strconv"
	"sync"
	"time"
)

// EventKind is the kind of a recorded event.
type EventKind uint8

// The event kinds. Thread is the thread the event is about.
const (
	EvThreadStart EventKind = iota + 1 // thread registered; What: its name
	EvThreadEnd                        // thread exited
	EvThreadName                       // thread's name (at record start, or renamed); What: the name
	EvWait                             // began waiting for the GIL
	EvAcquire                          // took the GIL; Other: previous holder if another thread
	EvRelease                          // released the GIL; Forced: because asked to drop
	EvDropRequest                      // the holder Thread was asked to drop; Other: the longest waiter
	EvBlockStart                       // began a blocking call; Block, What
	EvBlockEnd                         // the blocking call returned; Block, What
)

func (k EventKind) String() string {
	switch k {
	case EvThreadStart:
		return "thread-start"
	case EvThreadEnd:
		return "thread-end"
	case EvThreadName:
		return "thread-name"
	case EvWait:
		return "wait"
	case EvAcquire:
		return "acquire"
	case EvRelease:
		return "release"
	case EvDropRequest:
		return "drop-request"
	case EvBlockStart:
		return "block-start"
	case EvBlockEnd:
		return "block-end"
	}
	return "event(" + strconv.Itoa(int(k)) + ")"
}

// Event is one recorded GIL event.
type Event struct {
	Time   time.Duration // monotonic, since the record started
	Kind   EventKind
	Thread uint64 // Thread.ID
	Other  uint64 // a second thread, or 0
	Block  BlockKind
	Forced bool
	What   string
}

func (e Event) String() string {
	s := e.Time.String() + " " + e.Kind.String() + " t" + strconv.FormatUint(e.Thread, 10)
	if e.Other != 0 {
		s += " other=t" + strconv.FormatUint(e.Other, 10)
	}
	if e.Forced {
		s += " forced"
	}
	if e.Block != BlockNone {
		s += " " + e.Block.String()
	}
	if e.What != "" {
		s += " " + strconv.Quote(e.What)
	}
	return s
}

// DefaultRecordCapacity is the number of events a record keeps when
// RecordOptions.Capacity is zero (about 4 MB).
const DefaultRecordCapacity = 1 << 16

// RecordOptions configure an event record.
type RecordOptions struct {
	// Capacity bounds the number of events kept; zero means
	// DefaultRecordCapacity. Memory grows with use, up to the bound.
	Capacity int
	// KeepLast chooses what a full record does. By default it keeps the
	// first Capacity events and drops the later ones, so a timeline built
	// from it is complete from the start, every span that begins in it
	// ends in it or is still open at the end, and the drop count says
	// where it stops. With KeepLast it keeps the most recent events
	// instead (a ring), for long runs where only the end matters.
	KeepLast bool
}

// recorder is an event record. Events are appended under its mutex and
// timestamped there, so they are in time order.
type recorder struct {
	mu       sync.Mutex
	start    int64 // rt.now() at start
	capacity int
	keepLast bool
	events   []Event
	head     int // index of the oldest event once a KeepLast ring is full
	dropped  uint64
}

func (r *recorder) add(rt *Runtime, e Event) {
	r.mu.Lock()
	r.addLocked(rt.now(), e)
	r.mu.Unlock()
}

// add2 adds two events with nothing in between.
func (r *recorder) add2(rt *Runtime, e1, e2 Event) {
	r.mu.Lock()
	now := rt.now()
	r.addLocked(now, e1)
	r.addLocked(now, e2)
	r.mu.Unlock()
}

func (r *recorder) addLocked(now int64, e Event) {
	e.Time = time.Duration(now - r.start)
	switch {
	case len(r.events) < r.capacity:
		r.events = append(r.events, e)
	case r.keepLast:
		r.events[r.head] = e
		r.head = (r.head + 1) % r.capacity
		r.dropped++
	default:
		r.dropped++
	}
}

// StartRecording starts a new event record, replacing any previous one.
// Its first events describe the threads as they are at that moment: an
// EvThreadName for each, then EvAcquire, EvWait or EvBlockStart for those
// holding the GIL, waiting for it or blocked, so that a record started
// mid-run still gives a consistent timeline.
//
// While no record is running, the cost of recording is one atomic load and
// a predictable branch at each event site.
func (rt *Runtime) StartRecording(opts RecordOptions) {
	r := &recorder{capacity: opts.Capacity, keepLast: opts.KeepLast, start: rt.now()}
	if r.capacity <= 0 {
		r.capacity = DefaultRecordCapacity
	}
	rt.thmu.Lock()
	live := append([]*Thread(nil), rt.live...)
	rt.thmu.Unlock()
	for _, t := range live {
		r.add(rt, Event{Kind: EvThreadName, Thread: t.id, What: t.Name()})
		switch t.State() {
		case StateRunning:
			r.add(rt, Event{Kind: EvAcquire, Thread: t.id})
		case StateWaitingGIL:
			r.add(rt, Event{Kind: EvWait, Thread: t.id})
		case StateBlocked:
			if bi := t.block.Load(); bi != nil {
				r.add(rt, Event{Kind: EvBlockStart, Thread: t.id, Block: bi.kind, What: bi.describe()})
			}
		}
	}
	rt.lastRec.Store(r)
	rt.rec.Store(r)
}

// StopRecording stops the current record; its events stay available from
// Events until the next StartRecording.
func (rt *Runtime) StopRecording() { rt.rec.Store(nil) }

// Recording reports whether a record is running.
func (rt *Runtime) Recording() bool { return rt.rec.Load() != nil }

// Events returns a copy of the events of the current (or last) record, in
// time order, and how many events it dropped because it was full.
func (rt *Runtime) Events() ([]Event, uint64) {
	r := rt.lastRec.Load()
	if r == nil {
		return nil, 0
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]Event, 0, len(r.events))
	out = append(out, r.events[r.head:]...)
	out = append(out, r.events[:r.head]...)
	return out, r.dropped
}
