package vm

import (
	"sync"
	"sync/atomic"
	"time"
)

// Starting a thread should cost little: programs start thousands. A new
// thread's first Python call takes a chunk of data stack and a few frame
// structs; rather than allocate them afresh for every thread (and make
// the garbage collector reclaim the last thread's), a thread that ends
// hands them to the interpreter, and the next thread to start takes them
// back. Only a few sets are kept: enough for programs that start threads
// one after another or in small batches, without holding on to the
// memory of 10,000 threads that all ended at once.

// threadScratch is what a finished thread leaves for the next one: its
// data stack's spare chunk (with the chunk list's backing array) and its
// pool of frame structs, all cleared.
type threadScratch struct {
	spare  []Object
	chunks []savedChunk
	frames []*Frame
}

// keptScratch is how many threadScratch sets an interpreter keeps.
const keptScratch = 32

// scratchPool is an interpreter's kept sets.
type scratchPool struct {
	mu   sync.Mutex
	sets []threadScratch
}

// take gives t, a thread that has not run yet, a kept set if there is one.
func (p *scratchPool) take(t *Thread) {
	p.mu.Lock()
	n := len(p.sets)
	if n == 0 {
		p.mu.Unlock()
		return
	}
	s := p.sets[n-1]
	p.sets[n-1] = threadScratch{}
	p.sets = p.sets[:n-1]
	p.mu.Unlock()
	t.ds.spare, t.ds.chunks, t.pool = s.spare, s.chunks, s.frames
}

// give keeps what t, a thread whose Python code has finished, no longer
// needs. A thread still inside a call (its data stack in use) keeps
// everything.
func (p *scratchPool) give(t *Thread) {
	if t.ds.top != 0 || len(t.ds.chunks) != 0 || t.ds.cur != nil {
		return
	}
	chunks := t.ds.chunks[:cap(t.ds.chunks)]
	clear(chunks) // no references to chunks this thread let go of
	s := threadScratch{spare: t.ds.spare, chunks: chunks[:0], frames: t.pool}
	t.ds.spare, t.ds.chunks, t.pool = nil, nil, nil
	if s.spare == nil && len(s.frames) == 0 {
		return
	}
	p.mu.Lock()
	if len(p.sets) < keptScratch {
		p.sets = append(p.sets, s)
	}
	p.mu.Unlock()
}

// A goroutine that has run a Python thread has grown its stack to what
// the evaluation loop needs; a new goroutine starts small and grows
// (copying its stack each time) on its first calls, which costs a new
// thread more than everything else gilpy does to start it. So the
// goroutine of a finished thread waits a while for another thread to
// run before it ends: a program that keeps starting threads runs them on
// the same few goroutines. Idle goroutines are not Python threads (no
// GIL, not registered anywhere); they end after idleWorkerTime, or when
// the interpreter shuts down.

const (
	// maxIdleWorkers bounds the goroutines that wait for a new thread.
	maxIdleWorkers = 32
	// idleWorkerTime is how long one waits before it ends.
	idleWorkerTime = time.Second
)

// workerPool runs the goroutines of an interpreter's threads.
type workerPool struct {
	jobs     chan func() // unbuffered: a send succeeds only to a waiting worker
	idle     atomic.Int32
	doneOnce sync.Once
	done     chan struct{} // closed when the interpreter shuts down
}

func newWorkerPool() *workerPool {
	return &workerPool{jobs: make(chan func()), done: make(chan struct{})}
}

// run runs job on an idle worker if there is one, else on a new one.
func (p *workerPool) run(job func()) {
	select {
	case p.jobs <- job:
	default:
		go p.work(job)
	}
}

// work runs job, then the jobs it is given while it waits. A job that
// ends its goroutine (runtime.Goexit, as a frozen runtime's threads do)
// ends the worker too.
func (p *workerPool) work(job func()) {
	var timer *time.Timer
	for {
		job()
		job = nil // keep nothing of the finished thread
		if p.idle.Add(1) > maxIdleWorkers {
			p.idle.Add(-1)
			return
		}
		if timer == nil {
			timer = time.NewTimer(idleWorkerTime)
		} else {
			timer.Reset(idleWorkerTime)
		}
		select {
		case job = <-p.jobs:
			p.idle.Add(-1)
			timer.Stop()
		case <-timer.C:
			p.idle.Add(-1)
			return
		case <-p.done:
			p.idle.Add(-1)
			timer.Stop()
			return
		}
	}
}

// close ends the idle workers, and every worker once its job is done.
func (p *workerPool) close() { p.doneOnce.Do(func() { close(p.done) }) }
