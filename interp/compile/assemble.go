package compile

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gilpy/gilpy/interp/bytecode"
)

// InternalError reports a compiler bug found while assembling a code
// object (an inconsistent stack depth, a jump to nowhere). It is returned,
// never panicked.
type InternalError struct {
	Code string
	Msg  string
}

func (e *InternalError) Error() string {
	return fmt.Sprintf("compiler internal error in %s: %s", e.Code, e.Msg)
}

// stackDepth computes each reachable block's entry depth and the most
// the stack ever holds, following fall-through, jumps and handler entries.
func (u *unit) stackDepth() (int, error) {
	index := make(map[*block]int, len(u.blocks))
	for i, b := range u.blocks {
		index[b] = i
		b.startDepth = -1
		b.reachable = false
	}
	maxDepth := 0
	var work []*block
	fail := func(format string, args ...any) (int, error) {
		return 0, &InternalError{Code: u.qualname, Msg: fmt.Sprintf(format, args...)}
	}
	visit := func(b *block, depth int) error {
		if _, ok := index[b]; !ok {
			return &InternalError{Code: u.qualname, Msg: "jump to a block that was never placed"}
		}
		if b.startDepth < 0 {
			b.startDepth = depth
			b.reachable = true
			work = append(work, b)
			if depth > maxDepth {
				maxDepth = depth
			}
			return nil
		}
		if b.startDepth != depth {
			return &InternalError{Code: u.qualname, Msg: fmt.Sprintf("inconsistent stack depth at block %d: %d and %d", index[b], b.startDepth, depth)}
		}
		return nil
	}
	if len(u.blocks) == 0 {
		return 0, nil
	}
	if err := visit(u.blocks[0], 0); err != nil {
		return 0, err
	}
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		depth := b.startDepth
		fallsThrough := true
		for _, in := range b.instrs {
			switch {
			case in.op == opPopBlock:
				continue
			case isMarker(in.op):
				extra := 1
				if in.op == opSetupCleanup {
					extra = 2
				}
				if err := visit(in.target, depth+extra); err != nil {
					return 0, err
				}
				continue
			case in.op == opJump || in.op == opJumpNoInterrupt:
				if err := visit(in.target, depth); err != nil {
					return 0, err
				}
				fallsThrough = false
			default:
				if in.op >= bytecode.NumOpcodes {
					return fail("unknown opcode %d", in.op)
				}
				if in.op.IsJump() {
					if in.target == nil {
						return fail("%s without a target", in.op)
					}
					d := depth + bytecode.StackEffect(in.op, in.arg, true)
					if d < 0 {
						return fail("stack underflow at %s", in.op)
					}
					if err := visit(in.target, d); err != nil {
						return 0, err
					}
				}
				depth += bytecode.StackEffect(in.op, in.arg, false)
				if depth < 0 {
					return fail("stack underflow at %s", in.op)
				}
				if depth > maxDepth {
					maxDepth = depth
				}
				if in.op.EndsBlock() {
					fallsThrough = false
				}
			}
			if !fallsThrough {
				break
			}
		}
		if fallsThrough {
			i := index[b] + 1
			if i >= len(u.blocks) {
				return fail("control falls off the end of the code")
			}
			if err := visit(u.blocks[i], depth); err != nil {
				return 0, err
			}
		}
	}
	return maxDepth, nil
}

// assemble turns the unit's blocks into a code object.
func (u *unit) assemble(c *compiler) (*bytecode.Code, error) {
	// The code must end in a return: add "return None" where control can
	// fall off the end.
	if !u.endsWithReturnOrEmptyDead() {
		u.pos = bytecode.Pos{}
		u.emitNoPos(bytecode.LOAD_CONST, u.addConst(noneConst))
		u.emitNoPos(bytecode.RETURN_VALUE, 0)
	}
	u.optimize()
	maxDepth, err := u.stackDepth()
	if err != nil {
		return nil, err
	}
	for _, b := range u.blocks {
		for _, in := range b.instrs {
			if in.handler != nil && in.handler.target.startDepth >= 0 {
				d := in.handler.target.startDepth - 1
				if in.handler.lasti {
					d--
				}
				in.handler.depth = d
			}
		}
	}
	// Drop unreachable blocks and jumps to the next instruction.
	var live []*block
	for _, b := range u.blocks {
		if b.reachable {
			live = append(live, b)
		}
	}
	nextReal := func(i int) *block {
		for ; i < len(live); i++ {
			for _, in := range live[i].instrs {
				if !isMarker(in.op) {
					return live[i]
				}
			}
		}
		return nil
	}
	for i, b := range live {
		n := len(b.instrs)
		if n == 0 {
			continue
		}
		last := b.instrs[n-1]
		if last.op == opJump && last.target.reachable {
			t := last.target
			// Resolve an empty target to the block it falls into.
			for j := 0; j < len(live); j++ {
				if live[j] == t {
					t = nextReal(j)
					break
				}
			}
			if t != nil && t == nextReal(i+1) {
				b.instrs = b.instrs[:n-1]
			}
		}
	}
	live = duplicateExits(live)
	propagatePositions(live)
	// Place the blocks.
	pc := 0
	for _, b := range live {
		b.offset = pc
		for _, in := range b.instrs {
			if !isMarker(in.op) {
				pc++
			}
		}
	}
	code := &bytecode.Code{
		Name:      u.name,
		QualName:  u.qualname,
		Filename:  c.filename,
		FirstLine: int32(u.firstLine),
		ArgCount:  int32(u.argCount),
		PosOnly:   int32(u.posOnly),
		KwOnly:    int32(u.kwOnly),
		StackSize: int32(maxDepth),
		Instrs:    make([]bytecode.Instr, 0, pc),
		Positions: make([]bytecode.Pos, 0, pc),
		Names:     u.names,
		VarNames:  u.varNames,
		CellVars:  u.cellVars,
		FreeVars:  u.freeVars,
		Docstring: u.docstring,
	}
	var handlers []*handler
	for _, b := range live {
		for _, in := range b.instrs {
			if isMarker(in.op) {
				continue
			}
			here := len(code.Instrs)
			op, arg := in.op, in.arg
			if in.target != nil {
				if !in.target.reachable {
					return nil, &InternalError{Code: u.qualname, Msg: "jump to unreachable code"}
				}
				arg = uint32(in.target.offset)
				switch op {
				case opJump:
					op = bytecode.JUMP_FORWARD
					if int(arg) <= here {
						op = bytecode.JUMP_BACKWARD
					}
				case opJumpNoInterrupt:
					op = bytecode.JUMP_BACKWARD_NO_INTERRUPT
					if int(arg) > here {
						op = bytecode.JUMP_FORWARD
					}
				}
			}
			ins := bytecode.Instr{Op: op, Arg: arg}
			switch op {
			case bytecode.LOAD_GLOBAL, bytecode.LOAD_ATTR, bytecode.STORE_ATTR, bytecode.LOAD_METHOD,
				bytecode.BINARY_OP, bytecode.COMPARE_OP, bytecode.BINARY_SUBSCR, bytecode.FOR_ITER:
				if u.numCaches < 65535 {
					u.numCaches++
					ins.Cache = uint16(u.numCaches)
				}
			}
			code.Instrs = append(code.Instrs, ins)
			code.Positions = append(code.Positions, in.pos)
			handlers = append(handlers, in.handler)
		}
	}
	// The exception table: one row per run of instructions sharing a
	// handler.
	for i := 0; i < len(handlers); {
		h := handlers[i]
		j := i + 1
		for j < len(handlers) && handlers[j] == h {
			j++
		}
		if h != nil {
			if !h.target.reachable {
				return nil, &InternalError{Code: u.qualname, Msg: "handler never set up"}
			}
			code.ExcTable = append(code.ExcTable, bytecode.ExcEntry{
				Start: int32(i), End: int32(j), Target: int32(h.target.offset), Depth: int32(h.depth), Lasti: h.lasti,
			})
		}
		i = j
	}
	code.NumCaches = u.numCaches
	code.Consts = trimUnusedConsts(code.Instrs, u.consts)
	code.Flags = u.flags(c)
	code.Cell2Arg = make([]int32, len(u.cellVars))
	nparams := u.argCount + u.kwOnly
	if u.scope.varargs {
		nparams++
	}
	if u.scope.varkw {
		nparams++
	}
	for i, name := range u.cellVars {
		code.Cell2Arg[i] = -1
		if j, ok := u.varIndex[name]; ok && j < nparams {
			code.Cell2Arg[i] = int32(j)
		}
	}
	return code, nil
}

// endsWithReturnOrEmptyDead reports whether control cannot fall off the
// end of the unit's last block.
func (u *unit) endsWithReturnOrEmptyDead() bool {
	b := u.cur
	if n := len(b.instrs); n > 0 {
		op := b.instrs[n-1].op
		return op.EndsBlock() || op == opJump || op == opJumpNoInterrupt
	}
	return false
}

func (u *unit) flags(c *compiler) uint32 {
	var f uint32
	s := u.scope
	if s.typ == functionBlock {
		f |= bytecode.CoOptimized | bytecode.CoNewLocals
		if s.nested {
			f |= bytecode.CoNested
		}
		switch {
		case s.generator && !s.coroutine:
			f |= bytecode.CoGenerator
		case !s.generator && s.coroutine:
			f |= bytecode.CoCoroutine
		case s.generator && s.coroutine:
			f |= bytecode.CoAsyncGenerator
		}
		if s.varargs {
			f |= bytecode.CoVarArgs
		}
		if s.varkw {
			f |= bytecode.CoVarKeywords
		}
	}
	f |= uint32(c.flags & FutureAnnotations)
	return f
}

// trimUnusedConsts drops the constants after the last one the code
// uses (the first constant, a function's docstring slot, always stays),
// as CPython 3.11 does; constants only dead code used in the middle stay.
func trimUnusedConsts(instrs []bytecode.Instr, consts []py.Object) []py.Object {
	max := 0
	for _, in := range instrs {
		if in.Op == bytecode.LOAD_CONST && int(in.Arg) > max {
			max = int(in.Arg)
		}
	}
	if max+1 < len(consts) {
		return consts[:max+1]
	}
	return consts
}

// propagatePositions gives instructions without a position of their own
// (cleanup code, implicit returns) the position of the instruction before
// them in the block, and the first one of a block entered from a single
// place the position that place ended with, as CPython does.
func propagatePositions(live []*block) {
	// Resolve each block to the first block at or after it with
	// instructions, and count the ways into those.
	firstReal := func(in []instr) int {
		for i, x := range in {
			if !isMarker(x.op) {
				return i
			}
		}
		return -1
	}
	index := map[*block]int{}
	for i, b := range live {
		index[b] = i
	}
	resolve := func(b *block) *block {
		for i := index[b]; i < len(live); i++ {
			if firstReal(live[i].instrs) >= 0 {
				return live[i]
			}
		}
		return nil
	}
	preds := map[*block]int{}
	fallsInto := make([]*block, len(live))
	for i, b := range live {
		for _, in := range b.instrs {
			if in.target != nil {
				if t := resolve(in.target); t != nil {
					preds[t]++
				}
			}
		}
		n := len(b.instrs)
		if firstReal(b.instrs) < 0 {
			continue
		}
		if op := b.instrs[n-1].op; op.EndsBlock() || op == opJump || op == opJumpNoInterrupt {
			continue
		}
		if i+1 < len(live) {
			if t := resolve(live[i+1]); t != nil && t != b {
				fallsInto[i] = t
				preds[t]++
			}
		}
	}
	for i, b := range live {
		var prev bytecode.Pos
		var last *instr
		for j := range b.instrs {
			in := &b.instrs[j]
			if isMarker(in.op) {
				continue
			}
			if in.pos.Line == 0 {
				in.pos = prev
			} else {
				prev = in.pos
			}
			last = in
		}
		if last == nil {
			continue
		}
		give := func(t *block) {
			if t == nil || preds[t] != 1 {
				return
			}
			k := firstReal(t.instrs)
			if k >= 0 && t.instrs[k].pos.Line == 0 {
				t.instrs[k].pos = prev
			}
		}
		give(fallsInto[i])
		if last.target != nil && !isMarker(last.op) {
			give(resolve(last.target))
		}
	}
}
