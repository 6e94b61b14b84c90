package multiprocessing

import (
	"sync"
	"syscall"
	"time"

	"github.com/gilpy/gilpy/gilrt"
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

// A multiprocessing pipe is a pair of message queues, one each way (one
// only for a one-way pipe), shared by the interpreters that hold its
// ends. CPython's pipe is a socket pair or an OS pipe whose ends each
// process holds as file descriptors; what a script can see of that is
// kept: a reader sees the end (EOFError) once every copy of the writing
// end is closed, by close() or by the exit of the process holding it,
// and a writer gets BrokenPipeError once every reader is closed. Waits
// release the GIL and count for the deadlock check. Unlike an OS pipe,
// a queue never fills: send does not block (docs/deviations.md).

// pipeDir is one direction of a pipe.
type pipeDir struct {
	mu      sync.Mutex
	msgs    [][]byte
	writers int // open writing ends, in every interpreter
	readers int // open reading ends
	ready   gilrt.WaitQueue
	// watchers are the wait() calls watching this direction.
	watchers map[*watcher]struct{}
}

// pipe is the shared state of both ends: forward carries what the first
// end sends, backward what the second sends (nil for a one-way pipe).
type pipe struct {
	forward, backward *pipeDir
}

// directions gives the queues an end reads from and writes to (nil where
// the end does not read or write).
func (p *pipe) directions(first, readable, writable bool) (in, out *pipeDir) {
	if first {
		in, out = p.backward, p.forward
	} else {
		in, out = p.forward, p.backward
	}
	if !readable {
		in = nil
	}
	if !writable {
		out = nil
	}
	return in, out
}

// changed wakes whoever waits on d; d.mu is held.
func (d *pipeDir) changed() {
	d.ready.NotifyAll()
	for w := range d.watchers {
		w.fire()
	}
}

// watcher is a wait() call: any change to a direction it watches sets
// fired (under mu, which the waiting thread holds from its last look
// until it is queued, so no change goes unseen) and wakes it.
type watcher struct {
	mu    sync.Mutex
	fired bool
	wq    gilrt.WaitQueue
}

func (w *watcher) fire() {
	w.mu.Lock()
	w.fired = true
	w.mu.Unlock()
	w.wq.NotifyAll()
}

// readable says whether a receive would not block: a message waits or
// no writer is left.
func (d *pipeDir) readable() bool { return len(d.msgs) > 0 || d.writers == 0 }

// pipeEnd is one interpreter's copy of an end of a pipe, what a
// Connection wraps.
type pipeEnd struct {
	id      int64
	first   bool
	in, out *pipeDir
	interp  *vm.Interp
	closed  bool // guarded by openEnds.mu
}

var pipeEndClass = vm.NewType("_gilpy_mp", "PipeEnd", "One interpreter's copy of an end of a pipe between processes.", nil, 0)

func (e *pipeEnd) Type() *py.Type { return pipeEndClass.T() }

// openEnds are the ends each interpreter holds open, closed when it
// shuts down.
var openEnds struct {
	mu       sync.Mutex
	byInterp map[*vm.Interp]map[*pipeEnd]struct{}
}

// adopt records e as open in its interpreter; its directions' counts
// already include it.
func adopt(e *pipeEnd) {
	openEnds.mu.Lock()
	defer openEnds.mu.Unlock()
	if openEnds.byInterp == nil {
		openEnds.byInterp = map[*vm.Interp]map[*pipeEnd]struct{}{}
	}
	ends := openEnds.byInterp[e.interp]
	if ends == nil {
		ends = map[*pipeEnd]struct{}{}
		openEnds.byInterp[e.interp] = ends
		in := e.interp
		in.AtClose(func() { closeEndsOf(in) })
	}
	ends[e] = struct{}{}
}

// closeEndsOf closes every end interpreter in still holds.
func closeEndsOf(in *vm.Interp) {
	openEnds.mu.Lock()
	ends := openEnds.byInterp[in]
	delete(openEnds.byInterp, in)
	openEnds.mu.Unlock()
	for e := range ends {
		e.close()
	}
}

// close gives up e's share of its directions, once.
func (e *pipeEnd) close() {
	openEnds.mu.Lock()
	if e.closed {
		openEnds.mu.Unlock()
		return
	}
	e.closed = true
	delete(openEnds.byInterp[e.interp], e)
	openEnds.mu.Unlock()
	if e.in != nil {
		e.in.mu.Lock()
		e.in.readers--
		e.in.changed()
		e.in.mu.Unlock()
	}
	if e.out != nil {
		e.out.mu.Lock()
		e.out.writers--
		e.out.changed()
		e.out.mu.Unlock()
	}
}

// share counts one more holder of e's directions: a copy being made for
// another process. The copy's counts are taken when it is pickled, not
// when it is unpickled, so that the parent closing its own copy right
// after starting a child does not end the pipe before the child holds it
// (an OS passes the descriptor at the same moment).
func (e *pipeEnd) share() {
	if e.in != nil {
		e.in.mu.Lock()
		e.in.readers++
		e.in.mu.Unlock()
	}
	if e.out != nil {
		e.out.mu.Lock()
		e.out.writers++
		e.out.mu.Unlock()
	}
}

func (e *pipeEnd) isClosed() bool {
	openEnds.mu.Lock()
	defer openEnds.mu.Unlock()
	return e.closed
}

// send queues a message for the other end.
func (e *pipeEnd) send(msg []byte) error {
	d := e.out
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.readers == 0 {
		return vm.NewOSErrorErrno(syscall.EPIPE, nil)
	}
	d.msgs = append(d.msgs, msg)
	d.changed()
	return nil
}

// receive takes the next message, waiting up to timeout (forever if
// negative). It returns nil, false when the wait timed out, and raises
// EOFError once nothing can come any more.
func (e *pipeEnd) receive(t *vm.Thread, timeout time.Duration) ([]byte, bool, error) {
	d := e.in
	dl := deadline(timeout)
	for {
		d.mu.Lock()
		if len(d.msgs) > 0 {
			msg := d.msgs[0]
			d.msgs[0] = nil
			d.msgs = d.msgs[1:]
			d.mu.Unlock()
			return msg, true, nil
		}
		if d.writers == 0 {
			d.mu.Unlock()
			return nil, false, vm.NewException(py.EOFError)
		}
		left := remaining(dl)
		if left == 0 {
			d.mu.Unlock()
			return nil, false, nil
		}
		if _, err := t.Wait(&d.ready, gilrt.BlockSync, "Connection.recv", left, d.mu.Unlock); err != nil {
			return nil, false, err
		}
	}
}

// poll says whether a receive would not block, waiting up to timeout for
// that (forever if negative).
func (e *pipeEnd) poll(t *vm.Thread, timeout time.Duration) (bool, error) {
	d := e.in
	dl := deadline(timeout)
	for {
		d.mu.Lock()
		if d.readable() {
			d.mu.Unlock()
			return true, nil
		}
		left := remaining(dl)
		if left == 0 {
			d.mu.Unlock()
			return false, nil
		}
		if _, err := t.Wait(&d.ready, gilrt.BlockSync, "Connection.poll", left, d.mu.Unlock); err != nil {
			return false, err
		}
	}
}

// waitAny returns the indexes of the ends in ends that are ready to
// receive, waiting up to timeout (forever if negative) for one to be.
func waitAny(t *vm.Thread, ends []*pipeEnd, timeout time.Duration) ([]int, error) {
	w := &watcher{}
	watch := func(on bool) {
		for _, e := range ends {
			d := e.in
			d.mu.Lock()
			if on {
				if d.watchers == nil {
					d.watchers = map[*watcher]struct{}{}
				}
				d.watchers[w] = struct{}{}
			} else {
				delete(d.watchers, w)
			}
			d.mu.Unlock()
		}
	}
	watch(true)
	defer watch(false)
	dl := deadline(timeout)
	for {
		w.mu.Lock()
		w.fired = false
		w.mu.Unlock()
		var ready []int
		for i, e := range ends {
			e.in.mu.Lock()
			if e.in.readable() {
				ready = append(ready, i)
			}
			e.in.mu.Unlock()
		}
		left := remaining(dl)
		if len(ready) > 0 || left == 0 {
			return ready, nil
		}
		w.mu.Lock()
		if w.fired {
			w.mu.Unlock()
			continue
		}
		if _, err := t.Wait(&w.wq, gilrt.BlockSync, "multiprocessing.connection.wait", left, w.mu.Unlock); err != nil {
			return nil, err
		}
	}
}

func newPipe(t *vm.Thread, duplex bool) (Object, Object) {
	p := &pipe{forward: &pipeDir{writers: 1, readers: 1}}
	if duplex {
		p.backward = &pipeDir{writers: 1, readers: 1}
	}
	id := share(p)
	// For a one-way pipe the first end reads and the second writes, as
	// CPython's Pipe(False) returns (reader, writer).
	if duplex {
		return openEnd(t, p, id, true, true, true), openEnd(t, p, id, false, true, true)
	}
	return openEnd(t, p, id, false, true, false), openEnd(t, p, id, true, false, true)
}

// openEnd makes this interpreter's copy of an end of pipe p (shared as
// id) and records it as open; the directions' counts already include it.
func openEnd(t *vm.Thread, p *pipe, id int64, first, readable, writable bool) *pipeEnd {
	in, out := p.directions(first, readable, writable)
	e := &pipeEnd{id: id, first: first, in: in, out: out, interp: t.Interp()}
	adopt(e)
	return e
}

// endArg is the PipeEnd a method is called on, open, and doing what the
// method needs.
func endArg(o Object, needIn, needOut bool) (*pipeEnd, error) {
	e := o.(*pipeEnd)
	if e.isClosed() {
		return nil, vm.NewError(py.OSError, "handle is closed")
	}
	if needIn && e.in == nil {
		return nil, vm.NewError(py.OSError, "connection is write-only")
	}
	if needOut && e.out == nil {
		return nil, vm.NewError(py.OSError, "connection is read-only")
	}
	return e, nil
}

// readArgs reads the arguments of a receiving method, name(timeout=None),
// and checks the end can receive.
func readArgs(t *vm.Thread, name string, args []Object, kwnames Tuple) (*pipeEnd, time.Duration, error) {
	var timeout Object
	if _, err := vm.ParseClinic(&vm.Params{Func: name, Names: []string{"timeout"}, KwOnly: -1}, args[1:], kwnames, &timeout); err != nil {
		return nil, 0, err
	}
	e, err := endArg(args[0], true, false)
	if err != nil {
		return nil, 0, err
	}
	d, err := timeoutArg(t, timeout)
	return e, d, err
}

func defPipeEnd() {
	c := pipeEndClass
	c.DefMethod("send", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckArgs("send", args[1:], kwnames, 1, 1); err != nil {
			return nil, err
		}
		e, err := endArg(args[0], false, true)
		if err != nil {
			return nil, err
		}
		b, err := vm.BytesOf(t, args[1])
		if err != nil {
			return nil, err
		}
		return vm.None, e.send(append([]byte(nil), b...))
	}, "send(data)\n\nQueue a bytes object for the other end.")
	c.DefMethod("recv", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		e, d, err := readArgs(t, "recv", args, kwnames)
		if err != nil {
			return nil, err
		}
		msg, ok, err := e.receive(t, d)
		if err != nil || !ok {
			return vm.None, err
		}
		return py.Bytes(msg), nil
	}, "recv(timeout=None)\n\nThe next bytes object from the other end, or None if timeout passed first; EOFError once every writer has closed.")
	c.DefMethod("poll", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		e, d, err := readArgs(t, "poll", args, kwnames)
		if err != nil {
			return nil, err
		}
		ok, err := e.poll(t, d)
		return py.NewBool(ok), err
	}, "poll(timeout=None)\n\nWhether recv would not block, waiting up to timeout (None: until it would not).")
	c.DefMethod("close", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckArgs("close", args[1:], kwnames, 0, 0); err != nil {
			return nil, err
		}
		args[0].(*pipeEnd).close()
		return vm.None, nil
	}, "close()\n\nGive up this copy of the end.")
	c.DefGetSet("closed", func(t *vm.Thread, o Object) (Object, error) {
		return py.NewBool(o.(*pipeEnd).isClosed()), nil
	}, nil)
	c.DefGetSet("readable", func(t *vm.Thread, o Object) (Object, error) {
		return py.NewBool(o.(*pipeEnd).in != nil), nil
	}, nil)
	c.DefGetSet("writable", func(t *vm.Thread, o Object) (Object, error) {
		return py.NewBool(o.(*pipeEnd).out != nil), nil
	}, nil)
	c.DefMethod("__reduce__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		e, err := endArg(args[0], false, false)
		if err != nil {
			return nil, err
		}
		m, err := t.ImportModule("_gilpy_mp")
		if err != nil {
			return nil, err
		}
		fn, err := vm.GetAttr(t, m, "_pipe_end")
		if err != nil {
			return nil, err
		}
		e.share()
		return Tuple{fn, Tuple{vm.NewInt(e.id), py.NewBool(e.first), py.NewBool(e.in != nil), py.NewBool(e.out != nil)}}, nil
	}, "")
	c.Ready()
}

// initPipes adds the pipe functions to _gilpy_mp.
func initPipes(m *vm.Module) {
	m.Set("PipeEnd", pipeEndClass.T())
	m.Set("pipe", vm.NewModuleFunction("_gilpy_mp", "pipe", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckArgs("pipe", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		duplex, err := vm.Truth(t, args[0])
		if err != nil {
			return nil, err
		}
		a, b := newPipe(t, duplex)
		return Tuple{a, b}, nil
	}, "pipe(duplex) -> (PipeEnd, PipeEnd)\n\nA new pipe; for a one-way pipe the first end reads and the second writes."))
	m.Set("_pipe_end", vm.NewModuleFunction("_gilpy_mp", "_pipe_end", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckArgs("_pipe_end", args, kwnames, 4, 4); err != nil {
			return nil, err
		}
		id, o, err := rebuildShared(t, args[:1], nil, "pipe")
		if err != nil {
			return nil, err
		}
		p, ok := o.(*pipe)
		if !ok {
			return nil, vm.NewError(py.ValueError, "no shared pipe with that id")
		}
		var flags [3]bool
		for i := range flags {
			if flags[i], err = vm.Truth(t, args[i+1]); err != nil {
				return nil, err
			}
		}
		// The counts were taken when the end was pickled (share).
		return openEnd(t, p, id, flags[0], flags[1], flags[2]), nil
	}, "Rebuild an end of a pipe from its pickle (in another process)."))
	m.Set("wait", vm.NewModuleFunction("_gilpy_mp", "wait", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckArgs("wait", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		items, err := vm.Collect(t, args[0])
		if err != nil {
			return nil, err
		}
		ends := make([]*pipeEnd, len(items))
		for i, it := range items {
			e, ok := it.(*pipeEnd)
			if !ok {
				return nil, vm.NewError(py.TypeError, "wait() expects pipe ends")
			}
			if e, err = endArg(e, true, false); err != nil {
				return nil, err
			}
			ends[i] = e
		}
		d, err := timeoutArg(t, args[1])
		if err != nil {
			return nil, err
		}
		ready, err := waitAny(t, ends, d)
		if err != nil {
			return nil, err
		}
		out := make([]Object, len(ready))
		for i, k := range ready {
			out[i] = vm.NewInt(int64(k))
		}
		return py.NewListFromItems(out), nil
	}, "wait(ends, timeout) -> list of indexes\n\nThe indexes of the ends a receive would not block on, waiting up to timeout (None: for one)."))
}
