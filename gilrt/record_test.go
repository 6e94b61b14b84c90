package gilrt_test

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"github.com/gilpy/gilpy/gilrt"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// twoThreads runs the simple scenario: the main thread holds the GIL,
// starts T, lets T queue for the GIL, then joins it.
func twoThreads(t *testing.T) (rt *gilrt.Runtime, main, th *gilrt.Thread) {
	rt = newRuntime(t, "MainProcess")
	// No drop request may come between T's wait and the join, however
	// slow the machine.
	require.NoError(t, rt.SetSwitchInterval(time.Hour))
	main = rt.NewThread("MainThread")
	main.Acquire()
	rt.StartRecording(gilrt.RecordOptions{})
	th = rt.NewThread("T")
	start(th, func(*gilrt.Thread) { work(1000) })
	waitState(t, th, gilrt.StateWaitingGIL)
	ok, err := th.Join(main, -1)
	require.True(t, ok)
	require.NoError(t, err)
	rt.StopRecording()
	main.Exit()
	return rt, main, th
}

func TestRecordTwoThreads(t *testing.T) {
	rt, main, th := twoThreads(t)
	events, dropped := rt.Events()
	assert.Zero(t, dropped)
	m, x := main.ID(), th.ID()
	want := []gilrt.Event{
		{Kind: gilrt.EvThreadName, Thread: m, What: "MainThread"},
		{Kind: gilrt.EvAcquire, Thread: m},
		{Kind: gilrt.EvThreadStart, Thread: x, What: "T"},
		{Kind: gilrt.EvWait, Thread: x},
		{Kind: gilrt.EvRelease, Thread: m},
		{Kind: gilrt.EvBlockStart, Thread: m, Block: gilrt.BlockSync, What: "Thread.join"},
		{Kind: gilrt.EvAcquire, Thread: x, Other: m},
		{Kind: gilrt.EvRelease, Thread: x},
		{Kind: gilrt.EvThreadEnd, Thread: x},
		{Kind: gilrt.EvBlockEnd, Thread: m, Block: gilrt.BlockSync, What: "Thread.join"},
		{Kind: gilrt.EvAcquire, Thread: m, Other: x},
	}
	got := make([]gilrt.Event, len(events))
	for i, e := range events {
		if i > 0 {
			assert.GreaterOrEqual(t, e.Time, events[i-1].Time, "events are in time order")
		}
		e.Time = 0
		got[i] = e
	}
	assert.Equal(t, want, got)
	assert.Equal(t, `0s block-start t1 sync "Thread.join"`, gilrt.Event{Kind: gilrt.EvBlockStart, Thread: 1, Block: gilrt.BlockSync, What: "Thread.join"}.String())
	assert.False(t, rt.Recording())
}

func TestRecordOffByDefault(t *testing.T) {
	rt := newRuntime(t, "")
	main := rt.NewThread("main")
	main.Acquire()
	require.NoError(t, main.Sleep(0))
	main.Exit()
	events, dropped := rt.Events()
	assert.Empty(t, events)
	assert.Zero(t, dropped)
	assert.False(t, rt.Recording())
}

// A full record keeps its first events by default, its last with KeepLast,
// and counts what it dropped either way.
func TestRecordCapacity(t *testing.T) {
	run := func(opts gilrt.RecordOptions) ([]gilrt.Event, uint64) {
		rt := newRuntime(t, "")
		main := rt.NewThread("main")
		main.Acquire()
		rt.StartRecording(opts) // 2 events: name, acquire
		for i := 0; i < 3; i++ {
			require.NoError(t, main.Sleep(0)) // 4 events each
		}
		rt.StopRecording()
		require.NoError(t, main.Sleep(0)) // not recorded
		main.Exit()
		return rt.Events()
	}
	kinds := func(es []gilrt.Event) (ks []gilrt.EventKind) {
		for _, e := range es {
			ks = append(ks, e.Kind)
		}
		return ks
	}
	events, dropped := run(gilrt.RecordOptions{})
	assert.Len(t, events, 14)
	assert.Zero(t, dropped)

	events, dropped = run(gilrt.RecordOptions{Capacity: 3})
	assert.Equal(t, []gilrt.EventKind{gilrt.EvThreadName, gilrt.EvAcquire, gilrt.EvRelease}, kinds(events))
	assert.Equal(t, uint64(11), dropped)

	events, dropped = run(gilrt.RecordOptions{Capacity: 5, KeepLast: true})
	assert.Equal(t, []gilrt.EventKind{gilrt.EvAcquire, gilrt.EvRelease, gilrt.EvBlockStart, gilrt.EvBlockEnd, gilrt.EvAcquire}, kinds(events))
	assert.Equal(t, uint64(9), dropped)
	for i := 1; i < len(events); i++ {
		assert.GreaterOrEqual(t, events[i].Time, events[i-1].Time)
	}
}

type traceJSON struct {
	TraceEvents []struct {
		Name string         `json:"name"`
		Cat  string         `json:"cat"`
		Ph   string         `json:"ph"`
		Ts   float64        `json:"ts"`
		Dur  float64        `json:"dur"`
		Pid  uint64         `json:"pid"`
		Tid  uint64         `json:"tid"`
		Args map[string]any `json:"args"`
	} `json:"traceEvents"`
	DisplayTimeUnit string `json:"displayTimeUnit"`
}

func TestChromeTrace(t *testing.T) {
	rt, main, th := twoThreads(t)
	var buf bytes.Buffer
	require.NoError(t, rt.WriteChromeTrace(&buf))
	var tr traceJSON
	require.NoError(t, json.Unmarshal(buf.Bytes(), &tr))
	names := map[uint64]string{}
	spans := map[uint64][]string{}
	trackEnd := map[uint64]float64{}
	var proc string
	lastTs := -1.0
	for _, e := range tr.TraceEvents {
		assert.Equal(t, rt.ID(), e.Pid)
		switch e.Ph {
		case "M":
			if e.Name == "process_name" {
				proc = e.Args["name"].(string)
			} else {
				assert.Equal(t, "thread_name", e.Name)
				names[e.Tid] = e.Args["name"].(string)
			}
		case "X":
			assert.GreaterOrEqual(t, e.Ts, lastTs, "spans sorted by start")
			assert.GreaterOrEqual(t, e.Dur, 0.0)
			lastTs = e.Ts
			spans[e.Tid] = append(spans[e.Tid], e.Cat+":"+e.Name)
			// A thread's spans follow each other without overlapping,
			// as the viewers expect of one track.
			assert.GreaterOrEqual(t, e.Ts+1e-6, trackEnd[e.Tid], "span %q overlaps the previous one", e.Name)
			trackEnd[e.Tid] = e.Ts + e.Dur
		default:
			t.Errorf("unexpected phase %q", e.Ph)
		}
	}
	assert.Equal(t, "MainProcess", proc)
	assert.Equal(t, map[uint64]string{main.ID(): "MainThread", th.ID(): "T"}, names)
	assert.Equal(t, []string{"gil:" + gilrt.TraceSpanGIL, "sync:Thread.join", "gil:" + gilrt.TraceSpanGIL}, spans[main.ID()])
	assert.Equal(t, []string{"gil:" + gilrt.TraceSpanWaitGIL, "gil:" + gilrt.TraceSpanGIL}, spans[th.ID()])
}

// Drop requests appear as instant events on the holder's track.
func TestChromeTraceDropRequest(t *testing.T) {
	events := []gilrt.Event{
		{Kind: gilrt.EvAcquire, Thread: 1},
		{Time: 1000, Kind: gilrt.EvWait, Thread: 2},
		{Time: 5000, Kind: gilrt.EvDropRequest, Thread: 1, Other: 2},
		{Time: 6000, Kind: gilrt.EvRelease, Thread: 1, Forced: true},
		{Time: 7000, Kind: gilrt.EvAcquire, Thread: 2, Other: 1},
	}
	var buf bytes.Buffer
	require.NoError(t, gilrt.WriteChromeTrace(&buf, 7, "", events))
	var tr traceJSON
	require.NoError(t, json.Unmarshal(buf.Bytes(), &tr))
	var got []string
	for _, e := range tr.TraceEvents {
		got = append(got, e.Ph+" "+e.Name)
		if e.Ph == "i" {
			assert.Equal(t, uint64(1), e.Tid)
			assert.Equal(t, 5.0, e.Ts)
		}
		if e.Ph == "X" && e.Tid == 1 {
			assert.Equal(t, 6.0, e.Dur, "µs")
		}
	}
	assert.Equal(t, []string{"X " + gilrt.TraceSpanGIL, "X " + gilrt.TraceSpanWaitGIL, "i drop request", "X " + gilrt.TraceSpanGIL}, got)
}
