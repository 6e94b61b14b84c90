package gilrt

import (
	"sort"
	"time"
)

// ThreadStats is a copy of one thread's state and counters. Durations
// include the time spent so far in the current state.
type ThreadStats struct {
	ID    uint64
	Name  string
	State State
	// Kind, What and Timed describe the current blocking call when State
	// is StateBlocked.
	Kind  BlockKind
	What  string
	Timed bool
	// InState is how long the thread has been in State.
	InState time.Duration

	Held      time.Duration // holding the GIL
	WaitedGIL time.Duration // waiting for the GIL
	Blocked   time.Duration // blocked without the GIL

	Acquisitions uint64 // times it took the GIL
	Switches     uint64 // times it took the GIL from another thread
	DropRequests uint64 // times it was asked to drop the GIL
	ForcedDrops  uint64 // times it dropped the GIL because asked
	Blocks       uint64 // blocking calls that released the GIL
}

// Stats is a copy of a runtime's counters and of its threads' statistics,
// safe to take from any goroutine at any time.
type Stats struct {
	Runtime        uint64
	Name           string
	SwitchInterval time.Duration
	Uptime         time.Duration // since New
	Switches       uint64        // times the GIL passed to another thread
	DropRequests   uint64        // times a waiter had the holder asked to drop
	ForcedDrops    uint64        // times a holder dropped because asked
	// Threads holds the live threads, then the finished ones still kept
	// (see Options.KeepFinished), each group by ID.
	Threads []ThreadStats
	// Forgotten counts finished threads no longer in Threads.
	Forgotten int
}

// Thread returns the statistics of the thread with the given ID, if present.
func (s *Stats) Thread(id uint64) (ThreadStats, bool) {
	for _, t := range s.Threads {
		if t.ID == id {
			return t, true
		}
	}
	return ThreadStats{}, false
}

// Stats returns a snapshot of the runtime's statistics.
func (rt *Runtime) Stats() Stats {
	now := rt.now()
	s := Stats{
		Runtime:        rt.id,
		Name:           rt.name,
		SwitchInterval: rt.SwitchInterval(),
		Uptime:         time.Duration(now),
		Switches:       rt.switches.Load(),
		DropRequests:   rt.dropRequests.Load(),
		ForcedDrops:    rt.forcedDrops.Load(),
	}
	rt.thmu.Lock()
	live := append([]*Thread(nil), rt.live...)
	s.Threads = make([]ThreadStats, 0, len(live)+len(rt.finished))
	finished := append([]ThreadStats(nil), rt.finished...)
	s.Forgotten = rt.forgotten
	rt.thmu.Unlock()
	for _, t := range live {
		s.Threads = append(s.Threads, t.stats(now))
	}
	sort.Slice(s.Threads, func(i, j int) bool { return s.Threads[i].ID < s.Threads[j].ID })
	sort.Slice(finished, func(i, j int) bool { return finished[i].ID < finished[j].ID })
	s.Threads = append(s.Threads, finished...)
	return s
}

// Stats returns a snapshot of the thread's statistics.
func (t *Thread) Stats() ThreadStats { return t.stats(t.rt.now()) }

func (t *Thread) stats(now int64) ThreadStats {
	st := ThreadStats{
		ID:           t.id,
		Name:         t.Name(),
		State:        t.State(),
		Held:         time.Duration(t.held.Load()),
		WaitedGIL:    time.Duration(t.waited.Load()),
		Blocked:      time.Duration(t.blocked.Load()),
		Acquisitions: t.acquisitions.Load(),
		Switches:     t.switches.Load(),
		DropRequests: t.dropRequests.Load(),
		ForcedDrops:  t.forcedDrops.Load(),
		Blocks:       t.blocks.Load(),
	}
	in := now - t.since.Load()
	if in < 0 {
		in = 0
	}
	st.InState = time.Duration(in)
	switch st.State {
	case StateRunning:
		st.Held += st.InState
	case StateWaitingGIL:
		st.WaitedGIL += st.InState
	case StateBlocked:
		st.Blocked += st.InState
		if bi := t.block.Load(); bi != nil {
			st.Kind, st.What, st.Timed = bi.kind, bi.describe(), bi.timed
		}
	}
	return st
}
