package compile

import (
	"math"
	"math/big"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/gilpy/gilpy/interp/syntax/ast"
	"github.com/go-python/gpython/py"
)

// Pseudo-instructions the code generator emits and the assembler removes
// or rewrites. They sit above the real opcodes.
const (
	// opSetupFinally, opSetupCleanup and opSetupWith mark where a handler
	// starts to protect the instructions that follow; their target is the
	// handler. They tell the stack analysis the handler's entry depth.
	opSetupFinally bytecode.Opcode = 200 + iota
	opSetupCleanup
	opSetupWith
	// opJump is an unconditional jump resolved to JUMP_FORWARD or
	// JUMP_BACKWARD once targets are placed.
	opJump
	// opJumpNoInterrupt is JUMP_BACKWARD_NO_INTERRUPT.
	opJumpNoInterrupt
	// opPopBlock marks where CPython's code has a POP_BLOCK ending a try
	// body. It does nothing, but the jump threading does not look past it
	// in a block it has not cleaned yet, as CPython's does not.
	opPopBlock
)

func isPseudo(op bytecode.Opcode) bool { return op >= opSetupFinally }

func isSetup(op bytecode.Opcode) bool {
	return op == opSetupFinally || op == opSetupCleanup || op == opSetupWith
}

// isMarker reports whether op is a pseudo-instruction that emits nothing.
func isMarker(op bytecode.Opcode) bool { return isSetup(op) || op == opPopBlock }

func isJumpOp(op bytecode.Opcode) bool {
	return op.IsJump() || op == opJump || op == opJumpNoInterrupt || isSetup(op)
}

// handler is an exception handler: a block that an exception raised by the
// instructions it protects transfers control to.
type handler struct {
	target *block
	lasti  bool
	// depth is the stack depth the handler unwinds to, found by the stack
	// analysis from its setup instruction.
	depth int
}

type instr struct {
	op      bytecode.Opcode
	arg     uint32
	target  *block
	pos     bytecode.Pos
	handler *handler // protecting handler, or nil
}

// block is a basic block: instructions entered only at the top.
type block struct {
	instrs []instr
	// startDepth is the stack depth on entry, -1 until known.
	startDepth int
	next       *block // the block placed after this one
	seq        int    // creation order
	offset     int    // index of the block's first instruction in the output
	reachable  bool
	placed     bool // appended to the unit's layout
}

// fblockKind is the kind of a frame block: a construct that break,
// continue and return must unwind through.
type fblockKind uint8

const (
	fbWhileLoop fblockKind = iota
	fbForLoop
	fbTryExcept
	fbFinallyTry
	fbFinallyEnd
	fbWith
	fbAsyncWith
	fbHandlerCleanup
	fbPopValue
	fbExceptionHandler
	fbExceptionGroupHandler
	fbAsyncComprehensionGenerator
)

type fblock struct {
	kind  fblockKind
	block *block // loop start (continue target)
	exit  *block // loop exit (break target)
	// datum: the finally body (fbFinallyTry), the with statement (fbWith,
	// fbAsyncWith), the exception name (fbHandlerCleanup).
	final []ast.Stmt
	with  ast.Stmt
	name  string
	// handlers is the handler stack its unwinding leaves in effect;
	// inner, for an except handler's body, the one in effect while it
	// moves the return value (before the handler's cleanup is popped).
	handlers []*handler
	inner    []*handler
}

// unitKind says what kind of code a unit compiles, for qualified names
// and what each construct may contain.
type unitKind uint8

const (
	unitModule unitKind = iota
	unitClass
	unitFunction
	unitAsyncFunction
	unitLambda
	unitComprehension
)

// unit is one code object being compiled.
type unit struct {
	kind      unitKind
	scope     *scope
	name      string
	qualname  string
	firstLine int
	private   string

	argCount, posOnly, kwOnly int

	consts     []py.Object
	constIndex map[any]int
	names      []string
	nameIndex  map[string]int
	varNames   []string
	varIndex   map[string]int
	cellVars   []string
	freeVars   []string
	cellIndex  map[string]int // into cellVars then freeVars
	docstring  py.Object

	blocks   []*block
	cur      *block
	handlers []*handler
	fblocks  []*fblock

	pos       bytecode.Pos
	numCaches int
	nblocks   int
}

func newUnit(kind unitKind, s *scope, name string, firstLine int) *unit {
	u := &unit{
		kind: kind, scope: s, name: name, firstLine: firstLine,
		constIndex: map[any]int{}, nameIndex: map[string]int{}, varIndex: map[string]int{}, cellIndex: map[string]int{},
	}
	for _, p := range s.params {
		u.addVarName(p)
	}
	// Cells that are parameters come first, in parameter order, then the
	// others sorted, as CPython lays them out.
	var cells, frees []string
	for _, p := range s.params {
		if s.syms[p].scope == scopeCell {
			cells = append(cells, p)
		}
	}
	nParamCells := len(cells)
	for _, name := range s.order {
		sym := s.syms[name]
		if sym.scope == scopeCell && sym.flags&defParam == 0 {
			cells = append(cells, name)
		}
		if sym.scope == scopeFree || sym.flags&defFreeClass != 0 {
			frees = append(frees, name)
		}
	}
	sortStrings(cells[nParamCells:])
	sortStrings(frees)
	if s.needsClassClosure {
		cells = append([]string{"__class__"}, cells...)
	}
	u.cellVars = cells
	u.freeVars = frees
	for i, c := range cells {
		u.cellIndex[c] = i
	}
	for i, f := range frees {
		if _, ok := u.cellIndex[f]; !ok {
			u.cellIndex[f] = len(cells) + i
		}
	}
	u.cur = u.newBlock()
	u.useBlock(u.cur)
	return u
}

func (u *unit) addVarName(name string) int {
	if i, ok := u.varIndex[name]; ok {
		return i
	}
	u.varIndex[name] = len(u.varNames)
	u.varNames = append(u.varNames, name)
	return len(u.varNames) - 1
}

func (u *unit) addName(name string) uint32 {
	if i, ok := u.nameIndex[name]; ok {
		return uint32(i)
	}
	u.nameIndex[name] = len(u.names)
	u.names = append(u.names, name)
	return uint32(len(u.names) - 1)
}

// constKey identifies a constant for deduplication: equal values of the
// same type share a slot, and -0.0, 0.0, 0 and False never do.
func constKey(o py.Object) any {
	switch v := o.(type) {
	case py.Int:
		return [2]any{"i", int64(v)}
	case *py.BigInt:
		return [2]any{"I", (*big.Int)(v).String()}
	case py.Float:
		return [2]any{"f", math.Float64bits(float64(v))}
	case py.Complex:
		return [3]any{"c", math.Float64bits(real(v)), math.Float64bits(imag(v))}
	case py.String:
		return [2]any{"s", string(v)}
	case py.Bytes:
		return [2]any{"b", string(v)}
	case py.Bool:
		return [2]any{"B", bool(v)}
	case py.Tuple:
		k := "t"
		for _, x := range v {
			k += "\x00" + keyString(constKey(x))
		}
		return [2]any{"t", k}
	}
	return o // None, Ellipsis, code objects: by identity
}

func keyString(k any) string {
	switch v := k.(type) {
	case [2]any:
		return v[0].(string) + ":" + toStr(v[1])
	case [3]any:
		return v[0].(string) + ":" + toStr(v[1]) + ":" + toStr(v[2])
	}
	if k == any(py.None) {
		return "N"
	}
	if k == any(py.Ellipsis) {
		return "E"
	}
	return "?"
}

func (u *unit) addConst(o py.Object) uint32 {
	k := constKey(o)
	if i, ok := u.constIndex[k]; ok {
		return uint32(i)
	}
	u.constIndex[k] = len(u.consts)
	u.consts = append(u.consts, o)
	return uint32(len(u.consts) - 1)
}

func (u *unit) newBlock() *block {
	u.nblocks++
	return &block{startDepth: -1, seq: u.nblocks}
}

// useBlock makes b the current block, placing it after the blocks placed
// so far.
func (u *unit) useBlock(b *block) {
	if !b.placed {
		b.placed = true
		if n := len(u.blocks); n > 0 {
			u.blocks[n-1].next = b
		}
		u.blocks = append(u.blocks, b)
	}
	u.cur = b
}

func (u *unit) handler() *handler {
	if n := len(u.handlers); n > 0 {
		return u.handlers[n-1]
	}
	return nil
}

func (u *unit) emit(op bytecode.Opcode, arg uint32) {
	if op == bytecode.BUILD_TUPLE && u.foldTuple(int(arg)) {
		return
	}
	u.cur.instrs = append(u.cur.instrs, instr{op: op, arg: arg, pos: u.pos, handler: u.handler()})
	if op.EndsBlock() {
		u.useBlock(u.newBlock())
	}
}

func (u *unit) emitNoPos(op bytecode.Opcode, arg uint32) {
	u.cur.instrs = append(u.cur.instrs, instr{op: op, arg: arg, handler: u.handler()})
	if op.EndsBlock() {
		u.useBlock(u.newBlock())
	}
}

func (u *unit) emitJump(op bytecode.Opcode, target *block) {
	// CPython's peephole: LOAD_CONST None; IS_OP k; POP_JUMP_IF_x becomes
	// POP_JUMP_IF_[NOT_]NONE.
	if op == bytecode.POP_JUMP_IF_FALSE || op == bytecode.POP_JUMP_IF_TRUE {
		if n := len(u.cur.instrs); n >= 2 {
			is, k := u.cur.instrs[n-1], u.cur.instrs[n-2]
			if is.op == bytecode.IS_OP && k.op == bytecode.LOAD_CONST && u.consts[k.arg] == py.None {
				// jump when "x is None" is true, or "x is not None" false
				none := (is.arg == 0) == (op == bytecode.POP_JUMP_IF_TRUE)
				u.cur.instrs = u.cur.instrs[:n-2]
				if none {
					op = bytecode.POP_JUMP_IF_NONE
				} else {
					op = bytecode.POP_JUMP_IF_NOT_NONE
				}
			}
		}
	}
	u.cur.instrs = append(u.cur.instrs, instr{op: op, target: target, pos: u.pos, handler: u.handler()})
	// Every jump ends its block, so that what follows a conditional jump
	// can itself be a jump target (the jump threading needs it). The new
	// block counts as the same age as the one it continues.
	next := u.newBlock()
	next.seq = u.cur.seq
	u.useBlock(next)
}

// pushHandler emits the setup of a new handler and makes it protect what
// follows.
func (u *unit) pushHandler(op bytecode.Opcode, target *block) *handler {
	h := &handler{target: target, lasti: op != opSetupFinally}
	u.cur.instrs = append(u.cur.instrs, instr{op: op, target: target, handler: u.handler()})
	u.handlers = append(u.handlers, h)
	return h
}

func (u *unit) popHandler() { u.handlers = u.handlers[:len(u.handlers)-1] }

// popBlockMarker records a POP_BLOCK of CPython's code (see opPopBlock).
func (u *unit) popBlockMarker() {
	u.cur.instrs = append(u.cur.instrs, instr{op: opPopBlock, handler: u.handler()})
}

func (u *unit) saveHandlers() []*handler { return append([]*handler(nil), u.handlers...) }

// lastOp returns the last instruction of the current block.
func (u *unit) endsWithReturn() bool {
	b := u.cur
	if len(b.instrs) == 0 {
		return false
	}
	return b.instrs[len(b.instrs)-1].op == bytecode.RETURN_VALUE
}

func posOf(p *ast.Pos) bytecode.Pos {
	return bytecode.Pos{Line: int32(p.Lineno), EndLine: int32(p.EndLineno), Col: int32(p.ColOffset), EndCol: int32(p.EndColOffset)}
}

func toStr(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case int64:
		return big.NewInt(x).String()
	case uint64:
		return new(big.Int).SetUint64(x).String()
	case bool:
		if x {
			return "1"
		}
		return "0"
	}
	return "?"
}

func sortStrings(l []string) {
	for i := 1; i < len(l); i++ {
		for j := i; j > 0 && l[j] < l[j-1]; j-- {
			l[j], l[j-1] = l[j-1], l[j]
		}
	}
}
