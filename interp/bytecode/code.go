package bytecode

import (
	"github.com/go-python/gpython/py"
)

// Instr is one instruction. It is 8 bytes, loaded in one read by the VM.
type Instr struct {
	Op Opcode
	_  uint8
	// Cache is the index+1 of the instruction's inline cache entry in the
	// code object's cache table, or 0 for none.
	Cache uint16
	// Arg is the instruction's argument (an index, count, flags or an
	// absolute jump target).
	Arg uint32
}

// Pos is the source range an instruction came from: 1-based lines and
// 0-based columns in UTF-8 bytes, as the AST records them. Line 0 means
// the instruction has no position of its own (tracebacks then show no
// line for it).
type Pos struct {
	Line, EndLine int32
	Col, EndCol   int32
}

// ExcEntry is one row of a code object's exception table: an exception
// raised by an instruction in [Start, End) unwinds the value stack to
// Depth items, pushes the raising instruction's index as an int when Lasti
// is set, pushes the exception, and continues at Target. Rows never
// overlap, so at most one applies to an instruction.
type ExcEntry struct {
	Start, End, Target int32
	Depth              int32
	Lasti              bool
}

// Code flags, with CPython's values because the inspect module and other
// library code test co_flags bits.
const (
	CoOptimized         = 0x0001 // locals live in fast slots
	CoNewLocals         = 0x0002 // a new locals namespace per call
	CoVarArgs           = 0x0004 // *args
	CoVarKeywords       = 0x0008 // **kwargs
	CoNested            = 0x0010 // defined inside another function
	CoGenerator         = 0x0020
	CoNoFree            = 0x0040
	CoCoroutine         = 0x0080
	CoIterableCoroutine = 0x0100
	CoAsyncGenerator    = 0x0200
	// CoFutureAnnotations marks code compiled under `from __future__
	// import annotations` (annotations stored as strings). Every code
	// object of such a module has it, so that compile(), exec() and eval()
	// called from that code can inherit the feature.
	CoFutureAnnotations = 0x1000000
)

// CodeType is the Python type of code objects.
var CodeType = py.NewType("code", "A compiled body of Python code: a module, class body, function or expression.")

// Code is a compiled function, class body, module or expression.
type Code struct {
	Name      string // co_name
	QualName  string // co_qualname
	Filename  string // co_filename
	FirstLine int32  // co_firstlineno
	Flags     uint32 // Co* flags
	ArgCount  int32  // positional parameters, positional-only included
	PosOnly   int32  // positional-only parameters
	KwOnly    int32  // keyword-only parameters
	StackSize int32  // the most values the frame's stack holds
	Instrs    []Instr
	Positions []Pos // one per instruction
	ExcTable  []ExcEntry
	Consts    []py.Object // constants; nested code objects are *Code
	Names     []string    // global, attribute and imported names
	VarNames  []string    // fast locals, parameters first
	CellVars  []string    // locals that inner functions capture
	FreeVars  []string    // variables captured from enclosing functions
	// Cell2Arg maps each cell variable to the parameter it is, or -1: a
	// captured parameter starts life in its cell.
	Cell2Arg  []int32
	NumCaches int // inline cache entries the instructions use
	// Docstring is the function's docstring constant, or nil.
	Docstring py.Object
	// Hidden leaves the code's frames out of tracebacks: gilpy's library
	// marks the Python functions that stand in for functions CPython
	// writes in C (asyncio's Future and Task), whose calls leave no
	// traceback entry there.
	Hidden bool
	// Nesting, on the code of a whole compiled source, is how deeply its
	// expressions nest (the most expression nodes on one path of the
	// tree). CPython's compiler fails with RecursionError when that and
	// three times the caller's depth exceed three times the recursion
	// limit; the VM makes that check, as only it knows the caller.
	Nesting int

	// VM belongs to the virtual machine running the code: its inline
	// caches and what it derives once from the code. Nil until first run.
	// A code object belongs to one interpreter, so no lock guards it.
	VM any
}

// Type implements py.Object.
func (c *Code) Type() *py.Type { return CodeType }

// NumCells is how many cell slots a frame of c needs.
func (c *Code) NumCells() int { return len(c.CellVars) + len(c.FreeVars) }

// Handler returns the exception-table row covering instruction pc.
func (c *Code) Handler(pc int) (ExcEntry, bool) {
	t := c.ExcTable
	// Rows are sorted by Start and do not overlap: binary search.
	lo, hi := 0, len(t)
	for lo < hi {
		m := (lo + hi) / 2
		if int(t[m].End) <= pc {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(t) && int(t[lo].Start) <= pc && pc < int(t[lo].End) {
		return t[lo], true
	}
	return ExcEntry{}, false
}

// Position returns the source range of instruction pc.
func (c *Code) Position(pc int) Pos {
	if pc < 0 || pc >= len(c.Positions) {
		return Pos{}
	}
	return c.Positions[pc]
}

// Line returns the line of instruction pc, looking back to the nearest
// instruction with a position when pc has none, or FirstLine.
func (c *Code) Line(pc int) int {
	for i := pc; i >= 0 && i < len(c.Positions); i-- {
		if l := c.Positions[i].Line; l > 0 {
			return int(l)
		}
	}
	return int(c.FirstLine)
}

// IsGeneratorLike reports whether calling the code's function returns a
// generator, coroutine or async generator rather than running it.
func (c *Code) IsGeneratorLike() bool {
	return c.Flags&(CoGenerator|CoCoroutine|CoAsyncGenerator) != 0
}
