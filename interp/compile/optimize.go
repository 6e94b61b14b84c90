package compile

import (
	"sort"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/go-python/gpython/py"
)

// The peephole optimizations CPython 3.11 applies to its instruction
// graph, where they change what the program can observe (the constants,
// the instruction count in a traceback's frame) or speed it up: tuples
// of constants built at compile time, minimal SWAP sequences, stores
// reordered instead of swapped, small exit blocks copied over the jumps
// to them, and NOPs dropped where they carry no line.

// foldTuple turns LOAD_CONST c1 ... LOAD_CONST cn BUILD_TUPLE n at the end
// of the current block into LOAD_CONST (c1, ..., cn). It reports whether
// it did.
func (u *unit) foldTuple(n int) bool {
	b := u.cur
	k := len(b.instrs)
	if k < n {
		return false
	}
	vals := make(py.Tuple, n)
	for i := 0; i < n; i++ {
		in := b.instrs[k-n+i]
		if in.op != bytecode.LOAD_CONST {
			return false
		}
		vals[i] = u.consts[in.arg]
	}
	b.instrs = b.instrs[:k-n]
	u.emit(bytecode.LOAD_CONST, u.addConst(vals))
	return true
}

// optimize runs the block-level passes before the stack analysis.
func (u *unit) optimize() {
	for _, b := range u.blocks {
		u.optimizeSwaps(b)
	}
	// The jump threading runs over the blocks in order; CPython cleans
	// each block (drops its NOPs and POP_BLOCKs) after optimizing it, so
	// a jump sees the start of a later block uncleaned.
	order := make(map[*block]int, len(u.blocks))
	for i, b := range u.blocks {
		order[b] = i
	}
	for i, b := range u.blocks {
		threadJumps(b, func(t *block) bool { return order[t] <= i })
	}
	// Latest-created blocks first, as CPython walks them: an exit block
	// copied over a jump can itself be copied over a jump to it.
	byAge := append([]*block(nil), u.blocks...)
	sort.Slice(byAge, func(i, j int) bool { return byAge[i].seq > byAge[j].seq })
	for _, b := range byAge {
		extendBlock(b)
	}
	for _, b := range u.blocks {
		cleanNops(b)
	}
}

func isExitOp(op bytecode.Opcode) bool {
	return op == bytecode.RETURN_VALUE || op == bytecode.RAISE_VARARGS || op == bytecode.RERAISE
}

// exitPrefix returns the instructions of b up to its first instruction
// that ends control flow, when they are a short straight run ending in a
// return or raise, none with a line of its own (an implicit return).
func exitPrefix(b *block) []instr {
	const maxCopySize = 4
	var out []instr
	for _, in := range b.instrs {
		if in.op == opPopBlock {
			continue
		}
		if isSetup(in.op) || isJumpOp(in.op) || in.pos.Line != 0 || len(out) == maxCopySize {
			return nil
		}
		out = append(out, in)
		if isExitOp(in.op) {
			return out
		}
	}
	return nil
}

// extendBlock replaces a jump to a small exit block by a copy of it (the
// jump becomes a NOP that keeps its position).
func extendBlock(b *block) {
	n := len(b.instrs)
	if n == 0 || b.instrs[n-1].op != opJump {
		return
	}
	t := b.instrs[n-1].target
	for len(t.instrs) == 0 && t.next != nil {
		t = t.next
	}
	copied := exitPrefix(t)
	if copied == nil {
		return
	}
	b.instrs[n-1].op = bytecode.NOP
	b.instrs[n-1].target = nil
	b.instrs = append(b.instrs, copied...)
}

// optimizeSwaps reduces each run of SWAPs to the fewest that have the
// same effect, then removes what it can by reordering the stores and
// POP_TOPs that follow.
func (u *unit) optimizeSwaps(b *block) {
	in := b.instrs
	for i := 0; i < len(in); i++ {
		if in[i].op != bytecode.SWAP {
			continue
		}
		if in[i].arg == 1 {
			in[i].op = bytecode.NOP
			continue
		}
		// The run of SWAPs and NOPs starting here.
		end := i
		depth := 0
		for end < len(in) && (in[end].op == bytecode.SWAP || in[end].op == bytecode.NOP) {
			if in[end].op == bytecode.SWAP && int(in[end].arg) > depth {
				depth = int(in[end].arg)
			}
			end++
		}
		const visited = -1
		stack := make([]int, depth)
		for k := range stack {
			stack[k] = k
		}
		for k := i; k < end; k++ {
			if in[k].op == bytecode.SWAP {
				a := int(in[k].arg) - 1
				stack[0], stack[a] = stack[a], stack[0]
			}
		}
		current := end - 1
		for k := 0; k < depth; k++ {
			if stack[k] == visited || stack[k] == k {
				continue
			}
			j := k
			for {
				if j != 0 {
					in[current].op = bytecode.SWAP
					in[current].arg = uint32(j + 1)
					current--
				}
				if stack[j] == visited {
					break
				}
				next := stack[j]
				stack[j] = visited
				j = next
			}
		}
		for ; current >= i; current-- {
			in[current].op = bytecode.NOP
		}
		applyStaticSwaps(in, end-1)
		i = end - 1
	}
}

func swappable(op bytecode.Opcode) bool { return op == bytecode.STORE_FAST || op == bytecode.POP_TOP }

func storesTo(in instr) int {
	if in.op == bytecode.STORE_FAST {
		return int(in.arg)
	}
	return -1
}

func nextSwappable(in []instr, i int, line int32, checkLine bool) int {
	for i++; i < len(in); i++ {
		if checkLine && in[i].pos.Line != line {
			return -1
		}
		if in[i].op == bytecode.NOP {
			continue
		}
		if swappable(in[i].op) {
			return i
		}
		return -1
	}
	return -1
}

// applyStaticSwaps removes SWAPs, from index i leftwards, by swapping
// the STORE_FAST/POP_TOP instructions that follow instead of the values.
func applyStaticSwaps(in []instr, i int) {
	for ; i >= 0; i-- {
		sw := &in[i]
		if sw.op != bytecode.SWAP {
			if sw.op == bytecode.NOP || swappable(sw.op) {
				continue
			}
			return
		}
		j := nextSwappable(in, i, 0, false)
		if j < 0 {
			return
		}
		k := j
		line := in[j].pos.Line
		for count := int(sw.arg) - 1; count > 0; count-- {
			k = nextSwappable(in, k, line, true)
			if k < 0 {
				return
			}
		}
		sj, sk := storesTo(in[j]), storesTo(in[k])
		if sj >= 0 || sk >= 0 {
			if sj == sk {
				return
			}
			for idx := j + 1; idx < k; idx++ {
				if s := storesTo(in[idx]); s >= 0 && (s == sj || s == sk) {
					return
				}
			}
		}
		sw.op = bytecode.NOP
		in[j], in[k] = in[k], in[j]
	}
}

// cleanNops drops NOPs that carry no line of their own.
func cleanNops(b *block) {
	out := b.instrs[:0]
	prevLine := int32(-1)
	for i := 0; i < len(b.instrs); i++ {
		in := b.instrs[i]
		if in.op == opPopBlock {
			continue
		}
		if in.op == bytecode.NOP {
			line := in.pos.Line
			if line == 0 || line == prevLine {
				continue
			}
			if i+1 < len(b.instrs) {
				next := &b.instrs[i+1]
				if next.pos.Line == 0 {
					next.pos = in.pos
					continue
				}
				if next.pos.Line == line {
					continue
				}
			}
		}
		if !isMarker(in.op) {
			prevLine = in.pos.Line
		}
		out = append(out, in)
	}
	b.instrs = out
}

// firstInstr returns the first instruction control reaches at block b
// (skipping empty blocks) and its block. In a block not yet cleaned, a
// POP_BLOCK marker or a NOP counts as an instruction.
func firstInstr(b *block, cleaned func(*block) bool) (*instr, *block) {
	for ; b != nil; b = b.next {
		clean := cleaned(b)
		for i := range b.instrs {
			op := b.instrs[i].op
			if isSetup(op) || (clean && (op == opPopBlock || (op == bytecode.NOP && b.instrs[i].pos.Line == 0))) {
				continue
			}
			return &b.instrs[i], b
		}
		if len(b.instrs) > 0 && !clean {
			return nil, nil
		}
	}
	return nil, nil
}

// threadJumps retargets a jump whose target is another jump, as CPython's
// optimizer does: straight to where that one goes, or, for a short-circuit
// jump landing on the opposite test, past it.
func threadJumps(b *block, cleaned func(*block) bool) {
	n := len(b.instrs)
	if n == 0 {
		return
	}
	in := &b.instrs[n-1]
	if in.target == nil || isMarker(in.op) {
		return
	}
	for iter := 0; iter < 100; iter++ {
		t, tb := firstInstr(in.target, cleaned)
		if t == nil || t.target == nil || isMarker(t.op) {
			return
		}
		thread := func(op bytecode.Opcode) bool {
			if in.pos.Line == t.pos.Line && in.target != t.target {
				in.target = t.target
				in.op = op
				return true
			}
			return false
		}
		changed := false
		switch in.op {
		case bytecode.JUMP_IF_FALSE_OR_POP, bytecode.JUMP_IF_TRUE_OR_POP:
			same, other, popSame, popOther := bytecode.JUMP_IF_FALSE_OR_POP, bytecode.JUMP_IF_TRUE_OR_POP, bytecode.POP_JUMP_IF_FALSE, bytecode.POP_JUMP_IF_TRUE
			if in.op == bytecode.JUMP_IF_TRUE_OR_POP {
				same, other, popSame, popOther = other, same, popOther, popSame
			}
			switch t.op {
			case popSame:
				changed = thread(popSame)
			case opJump, same:
				changed = thread(in.op)
			case other, popOther:
				if in.pos.Line == t.pos.Line && tb.next != nil && len(tb.instrs) == 1 {
					in.op = popSame
					in.target = tb.next
					changed = true
				}
			}
		case bytecode.POP_JUMP_IF_FALSE, bytecode.POP_JUMP_IF_TRUE, bytecode.POP_JUMP_IF_NONE, bytecode.POP_JUMP_IF_NOT_NONE, opJump:
			if t.op == opJump {
				changed = thread(in.op)
			}
		}
		if !changed {
			return
		}
	}
}

// exitWithoutLine reports whether b is a return or raise block none of
// whose instructions has a line (an implicit "return None").
func exitWithoutLine(b *block) bool {
	n := 0
	for _, in := range b.instrs {
		if isMarker(in.op) {
			continue
		}
		if in.pos.Line != 0 {
			return false
		}
		n++
	}
	return n > 0 && isExitOp(b.instrs[len(b.instrs)-1].op)
}

// duplicateExits gives each jump to a line-less exit block reached in
// several ways its own copy, placed after the original, so that each
// copy can take the position of the code it returns from.
func duplicateExits(live []*block) []*block {
	resolve := func(b *block) *block {
		for ; b != nil && len(b.instrs) == 0; b = b.next {
		}
		return b
	}
	preds := map[*block]int{}
	for i, b := range live {
		n := len(b.instrs)
		for _, in := range b.instrs {
			if in.target != nil && !isMarker(in.op) {
				preds[resolve(in.target)]++
			}
		}
		if n == 0 {
			continue
		}
		if op := b.instrs[n-1].op; op.EndsBlock() || op == opJump || op == opJumpNoInterrupt {
			continue
		}
		for j := i + 1; j < len(live); j++ {
			if len(live[j].instrs) > 0 {
				preds[live[j]]++
				break
			}
		}
	}
	out := live
	for i := 0; i < len(out); i++ {
		b := out[i]
		n := len(b.instrs)
		if n == 0 {
			continue
		}
		last := &b.instrs[n-1]
		if last.target == nil || isMarker(last.op) {
			continue
		}
		t := resolve(last.target)
		if t == nil || !exitWithoutLine(t) || preds[t] <= 1 {
			continue
		}
		cp := &block{instrs: append([]instr(nil), t.instrs...), startDepth: t.startDepth, reachable: true, placed: true}
		cp.instrs[0].pos = last.pos
		last.target = cp
		preds[t]--
		preds[cp] = 1
		// Place the copy right after the original.
		for j := range out {
			if out[j] == t {
				out = append(out[:j+1], append([]*block{cp}, out[j+1:]...)...)
				cp.next = t.next
				t.next = cp
				break
			}
		}
	}
	return out
}
