package gilrt

import (
	"encoding/json"
	"io"
	"sort"
	"strconv"
	"time"
)

// traceEvent is one entry of the Trace Event Format read by Perfetto and
// chrome://tracing.
type traceEvent struct {
	Name string         `json:"name"`
	Cat  string         `json:"cat,omitempty"`
	Ph   string         `json:"ph"`
	Ts   float64        `json:"ts"`
	Dur  *float64       `json:"dur,omitempty"`
	Pid  uint64         `json:"pid"`
	Tid  uint64         `json:"tid"`
	S    string         `json:"s,omitempty"`
	Args map[string]any `json:"args,omitempty"`
}

type traceFile struct {
	TraceEvents     []traceEvent `json:"traceEvents"`
	DisplayTimeUnit string       `json:"displayTimeUnit"`
}

// The span names of a Chrome trace.
const (
	TraceSpanGIL     = "holds GIL"
	TraceSpanWaitGIL = "waits for GIL"
)

// WriteChromeTrace writes events as a Chrome trace-event JSON file for
// Perfetto (ui.perfetto.dev) or chrome://tracing: one process (pid) named
// procName, one track per thread, and on each track complete ("X") spans
// TraceSpanGIL while the thread holds the GIL, TraceSpanWaitGIL while it
// waits for it, and one span per blocking call named after its What (with
// category the BlockKind). Drop requests are instant events on the
// holder's track. Spans still open at the last event end there.
func WriteChromeTrace(w io.Writer, pid uint64, procName string, events []Event) error {
	us := func(d time.Duration) float64 { return float64(d) / 1e3 }
	out := traceFile{TraceEvents: []traceEvent{}, DisplayTimeUnit: "ms"}
	if procName != "" {
		out.TraceEvents = append(out.TraceEvents, traceEvent{Name: "process_name", Ph: "M", Pid: pid, Args: map[string]any{"name": procName}})
	}
	type open struct {
		start time.Duration
		name  string
		cat   string
	}
	type track struct{ gil, wait, block *open }
	tracks := map[uint64]*track{}
	get := func(id uint64) *track {
		tr := tracks[id]
		if tr == nil {
			tr = &track{}
			tracks[id] = tr
		}
		return tr
	}
	var spans []traceEvent
	closeSpan := func(o **open, tid uint64, end time.Duration) {
		if *o == nil {
			return
		}
		d := us(end - (*o).start)
		spans = append(spans, traceEvent{Name: (*o).name, Cat: (*o).cat, Ph: "X", Ts: us((*o).start), Dur: &d, Pid: pid, Tid: tid})
		*o = nil
	}
	names := map[uint64]string{}
	var last time.Duration
	for _, e := range events {
		last = e.Time
		tr := get(e.Thread)
		switch e.Kind {
		case EvThreadStart, EvThreadName:
			names[e.Thread] = e.What
		case EvWait:
			closeSpan(&tr.wait, e.Thread, e.Time)
			tr.wait = &open{start: e.Time, name: TraceSpanWaitGIL, cat: "gil"}
		case EvAcquire:
			closeSpan(&tr.wait, e.Thread, e.Time)
			closeSpan(&tr.gil, e.Thread, e.Time)
			tr.gil = &open{start: e.Time, name: TraceSpanGIL, cat: "gil"}
		case EvRelease:
			closeSpan(&tr.gil, e.Thread, e.Time)
		case EvBlockStart:
			closeSpan(&tr.block, e.Thread, e.Time)
			tr.block = &open{start: e.Time, name: e.What, cat: e.Block.String()}
		case EvBlockEnd:
			closeSpan(&tr.block, e.Thread, e.Time)
		case EvDropRequest:
			spans = append(spans, traceEvent{Name: "drop request", Cat: "gil", Ph: "i", S: "t", Ts: us(e.Time), Pid: pid, Tid: e.Thread})
		case EvThreadEnd:
			closeSpan(&tr.gil, e.Thread, e.Time)
			closeSpan(&tr.wait, e.Thread, e.Time)
			closeSpan(&tr.block, e.Thread, e.Time)
		}
	}
	ids := make([]uint64, 0, len(tracks))
	for id := range tracks {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		tr := tracks[id]
		closeSpan(&tr.gil, id, last)
		closeSpan(&tr.wait, id, last)
		closeSpan(&tr.block, id, last)
		if n, ok := names[id]; ok {
			out.TraceEvents = append(out.TraceEvents, traceEvent{Name: "thread_name", Ph: "M", Pid: pid, Tid: id, Args: map[string]any{"name": n}})
		}
	}
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].Ts < spans[j].Ts })
	out.TraceEvents = append(out.TraceEvents, spans...)
	enc := json.NewEncoder(w)
	return enc.Encode(out)
}

// WriteChromeTrace writes the runtime's current (or last) record as a
// Chrome trace (see the function WriteChromeTrace), with the runtime's ID
// as pid and its name as the process name.
func (rt *Runtime) WriteChromeTrace(w io.Writer) error {
	events, _ := rt.Events()
	name := rt.name
	if name == "" {
		name = "interpreter " + strconv.FormatUint(rt.id, 10)
	}
	return WriteChromeTrace(w, rt.id, name, events)
}
