package vm

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gilpy/gilpy/gilrt"
)

// Child interpreters are how gilpy runs a multiprocessing process: a
// new interpreter instance in the same Go process, with its own modules,
// threads and GIL, so it runs in parallel with its parent and shares no
// Python object with it. It writes to the parent's standard streams,
// reads an empty stdin (CPython gives a child /dev/null), and shares the
// parent's deadlock registry: a thread waiting for a queue that only a
// child could fill is not deadlocked while the child runs.

// Child is a running or finished child interpreter.
type Child struct {
	interp *Interp
	pid    int
	done   chan struct{}
	code   atomic.Int64
	// signal is the signal number terminate or kill sent, or 0.
	signal atomic.Int64
}

// lastPid numbers the children of the whole Go process after its own
// pid, so that every instance has its own os.getpid().
var lastPid atomic.Int64

func init() { lastPid.Store(int64(os.Getpid()) + 1000) }

// Pid is the process id os.getpid() reports in this interpreter: the Go
// process's own for the first interpreter, a number of its own for each
// child.
func (in *Interp) Pid() int {
	if in.pid != 0 {
		return in.pid
	}
	return in.Host().Getpid()
}

// ParentPid is os.getppid() in this interpreter.
func (in *Interp) ParentPid() int {
	if in.parent != nil {
		return in.parent.Pid()
	}
	return in.Host().Getppid()
}

// syncWriter serializes the writes of the interpreters sharing a stream.
type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

// shareableWriter wraps w so that children may write to it too; files
// are safe as they are (each write is one system call).
func shareableWriter(w io.Writer) io.Writer {
	switch w.(type) {
	case *os.File, *syncWriter:
		return w
	}
	return &syncWriter{w: w}
}

// StartChild creates a child interpreter named name and runs fn on its
// main thread in a goroutine of its own; fn's result is the child's exit
// code. The child is shut down (its threads joined, its streams flushed)
// before it counts as finished.
func (in *Interp) StartChild(name string, fn func(t *Thread) int) (*Child, error) {
	cfg := in.cfg
	cfg.Name = name
	cfg.Stdin = strings.NewReader("")
	cfg.GILStats = false
	child, err := New(cfg)
	if err != nil {
		return nil, err
	}
	child.parent = in
	child.pid = int(lastPid.Add(1))
	c := &Child{interp: child, pid: child.pid, done: make(chan struct{})}
	go func() {
		defer close(c.done)
		code := c.run(fn)
		if sig := c.signal.Load(); sig != 0 {
			code = -int(sig)
		}
		c.code.Store(int64(code))
	}()
	return c, nil
}

func (c *Child) run(fn func(t *Thread) int) (code int) {
	in := c.interp
	t := in.main
	defer func() {
		if r := recover(); r != nil {
			// A Go panic outside the VM's own recovery: say so, as a
			// crashed process would, rather than end silently.
			_, _ = in.stderr.WriteString(fmt.Sprintf("gilpy: process %s failed: %v\n", in.cfg.Name, r))
			code = 1
		}
		if err := in.Shutdown(); err != nil && code == 0 {
			if ab, ok := err.(*AbortError); ok {
				code = ab.Status
			}
		}
	}()
	code = fn(t)
	if ab := in.Aborted(); ab != nil && c.signal.Load() == 0 {
		code = ab.Status
	}
	return code
}

// Interp is the child's interpreter.
func (c *Child) Interp() *Interp { return c.interp }

// Pid is the child's process id.
func (c *Child) Pid() int { return c.pid }

// ExitCode returns the child's exit code once it has finished.
func (c *Child) ExitCode() (int, bool) {
	select {
	case <-c.done:
		return int(c.code.Load()), true
	default:
		return 0, false
	}
}

// Done is closed when the child has finished.
func (c *Child) Done() <-chan struct{} { return c.done }

// Wait blocks t, without its GIL, until the child finishes or timeout
// passes (negative: no limit), and reports whether it finished.
func (c *Child) Wait(t *Thread, timeout time.Duration) (bool, error) {
	if _, ok := c.ExitCode(); ok {
		return true, nil
	}
	finished := false
	err := t.Block(gilrt.BlockChild, "Process.join", func(stop <-chan struct{}) error {
		var timer <-chan time.Time
		if timeout >= 0 {
			tm := time.NewTimer(timeout)
			defer tm.Stop()
			timer = tm.C
		}
		select {
		case <-c.done:
			finished = true
		case <-timer:
		case <-stop:
		}
		return nil
	})
	return finished, err
}

// Signal stops the child as a signal would (terminate sends 15, kill 9):
// its threads stop at once without running finally blocks or exit
// handlers, and its exit code becomes -sig. A finished child is left
// alone.
func (c *Child) Signal(sig int) {
	if _, ok := c.ExitCode(); ok {
		return
	}
	c.signal.CompareAndSwap(0, int64(sig))
	c.interp.Abort(&AbortError{Reason: "terminated", Status: -sig})
}
