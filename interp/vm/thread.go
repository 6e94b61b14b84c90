package vm

import (
	"github.com/gilpy/gilpy/gilrt"
)

// Thread is the state of one Python thread: the frames it is running,
// the exception it is handling, its recursion depth and its hold on the
// interpreter's GIL. It is used only by the goroutine that runs it.
type Thread struct {
	interp *Interp
	frame  *Frame // innermost running frame
	// awaitingLoad is the module load this thread waits for (importlock.go).
	awaitingLoad *moduleLoad
	depth        int // Python frames plus guarded Go recursion
	exc          *excState
	ds           dataStack
	pool         []*Frame
	// retry is the frame an execute stopped at after recovering from a
	// Go panic: run starts the loop again there (see run).
	retry *Frame
	gil   *gilrt.Thread
	// breaker is the interpreter's eval breaker word, checked at function
	// entry and backward jumps (and before every instruction when
	// everyInstr is set).
	breaker    *gilrt.Breaker
	everyInstr bool
	// main is set for the interpreter's main thread.
	main bool
	// nativeID is threading.get_native_id().
	nativeID int64
	// atExit runs when the thread ends (see AtThreadExit).
	atExit []func()
	// rare is what only some threads use, made when first needed (see
	// threadrare.go).
	rare *threadRare
	// excBase is the outermost level of exc, kept here rather than
	// allocated apart.
	excBase excState
}

// excState is one level of "the exception being handled": each running
// generator adds its own level while it runs, as in CPython.
type excState struct {
	value Object // the handled exception, or nil
	prev  *excState
}

// Interp returns the thread's interpreter.
func (t *Thread) Interp() *Interp { return t.interp }

// Frame returns the innermost running frame, or nil.
func (t *Thread) Frame() *Frame { return t.frame }

// GIL returns the thread's GIL handle.
func (t *Thread) GIL() *gilrt.Thread { return t.gil }

// handledException returns the exception being handled (sys.exception()),
// or nil.
func (t *Thread) handledException() Object {
	for e := t.exc; e != nil; e = e.prev {
		if e.value != nil && e.value != None {
			return e.value
		}
	}
	return nil
}

// getFrame takes a frame struct from the pool.
func (t *Thread) getFrame() *Frame {
	if n := len(t.pool); n > 0 {
		f := t.pool[n-1]
		// The slot is cleared: a frame that escapes (a traceback keeps
		// it) must not stay reachable from the pool's array, or its
		// locals would never be collected.
		t.pool[n-1] = nil
		t.pool = t.pool[:n-1]
		return f
	}
	return &Frame{}
}

// putFrame returns an ordinary frame's storage and struct once its call
// is over. An escaped frame keeps a private copy of its locals and is
// never reused.
func (t *Thread) putFrame(f *Frame) {
	f.done = true
	if f.owned {
		return
	}
	if f.escaped {
		own := make([]Object, f.stackBase)
		copy(own, f.fast[:f.stackBase])
		t.ds.free(f.fast, f.dsMark, f.dsNew)
		f.fast = own
		f.owned = true
		return
	}
	t.ds.free(f.fast, f.dsMark, f.dsNew)
	*f = Frame{}
	if len(t.pool) < 256 {
		t.pool = append(t.pool, f)
	}
}
