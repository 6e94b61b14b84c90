package vm

import (
	"github.com/gilpy/gilpy/interp/bytecode"
)

// FrameType is the type of frame objects.
var FrameType = newBuiltinType("frame", "", nil)

// Frame is one activation of a code object: its locals, cells and value
// stack in one slice, and where it is in its instructions.
//
// Frames of ordinary calls are carved from the thread's data stack and
// recycled when the call returns, unless something kept a reference to
// the frame (a traceback, sys._getframe, a generator), in which case the
// frame "escapes": it is never recycled and, once it finishes, its locals
// are copied out of the data stack.
type Frame struct {
	code     *bytecode.Code
	cd       *codeData
	fn       *Function // nil for module, class-body and exec code
	globals  *Dict
	builtins *Dict
	// locals is the locals mapping of module, class and exec frames
	// (LOAD_NAME/STORE_NAME); nil for function frames.
	locals Object
	// fast holds the fast locals, then the cells (as *Cell), then the
	// value stack.
	fast      []Object
	cellBase  int // index of the first cell in fast
	stackBase int // index of the first stack slot in fast
	sp        int // index of the next free stack slot
	pc        int // next instruction
	lasti     int // the instruction being run, or that raised
	back      *Frame
	gen       *Generator // the generator running this frame, if any
	escaped   bool       // referenced from outside: never recycle
	owned     bool       // fast is the frame's own, not the data stack's
	done      bool       // the frame has returned or raised out
	yielded   bool       // the last return from execute was a yield
	// pending is an exception to raise at the frame's current instruction
	// when it next runs (generator.throw, a recovered panic).
	pending error
	// inline is set for a frame the eval loop entered from the CALL of
	// its back frame without recursing: when it returns or raises out,
	// the same loop goes on running the back frame (see inline.go).
	inline bool
	thread *Thread
	// dsMark is the data stack position to return to when the frame is
	// released (ordinary frames only).
	dsMark int
	dsNew  bool // the frame started a new data stack chunk
}

// Type implements py.Object.
func (f *Frame) Type() *Type { return &FrameType.Type }

// Code returns the frame's code object.
func (f *Frame) Code() *bytecode.Code { return f.code }

// Line returns the line the frame is at.
func (f *Frame) Line() int {
	if f.gen != nil && !f.gen.started {
		// A generator not started yet is at its def line in CPython (its
		// frame stopped at the instruction that made the generator).
		return int(f.code.FirstLine)
	}
	return f.code.Line(f.lasti)
}

// Back returns the calling frame, or nil.
func (f *Frame) Back() *Frame { return f.back }

// markEscaped records that the frame is referenced from outside its call.
func (f *Frame) markEscaped() { f.escaped = true }

// dataStack is a thread's stack of frame storage: frames of ordinary calls
// take their slots from the top and give them back when they return, so a
// call needs no allocation. It grows by adding chunks.
type dataStack struct {
	cur    []Object
	top    int
	chunks []savedChunk
	spare  []Object // the last chunk given back, kept for reuse
	// first is the size of the first chunk; zero means dataStackChunk.
	// Threads other than the main thread start small (a program may run
	// thousands of them), and double as they need.
	first int
}

type savedChunk struct {
	buf []Object
	top int
}

const dataStackChunk = 16 << 10 // slots in the first chunk

// alloc returns n zeroed slots and the mark to pass to free.
func (ds *dataStack) alloc(n int) ([]Object, int, bool) {
	if ds.top+n > len(ds.cur) {
		first := ds.first
		if first == 0 {
			first = dataStackChunk
		}
		size := max(2*len(ds.cur), first, n)
		ds.chunks = append(ds.chunks, savedChunk{ds.cur, ds.top})
		if len(ds.spare) >= size {
			ds.cur, ds.spare = ds.spare, nil
		} else {
			ds.cur = make([]Object, size)
		}
		s := ds.cur[0:n:n]
		ds.top = n
		return s, 0, true
	}
	mark := ds.top
	s := ds.cur[mark : mark+n : mark+n]
	ds.top = mark + n
	return s, mark, false
}

// free releases the slots of the most recent alloc, clearing them so the
// garbage collector does not see stale references.
func (ds *dataStack) free(s []Object, mark int, newChunk bool) {
	clear(s)
	ds.top = mark
	if newChunk {
		last := ds.chunks[len(ds.chunks)-1]
		ds.chunks = ds.chunks[:len(ds.chunks)-1]
		ds.spare = ds.cur
		ds.cur, ds.top = last.buf, last.top
	}
}
