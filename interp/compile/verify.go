package compile

import (
	"fmt"

	"github.com/gilpy/gilpy/interp/bytecode"
)

// Verify checks a code object and the code objects nested in it the way
// the VM relies on them: arguments index existing constants, names,
// locals and cells; jumps and handlers land on instructions; every path
// ends in a return or raise; the stack never underflows, reaches the same
// depth on every path into an instruction, and stays within StackSize,
// handler entries included. It is independent of the compiler's own
// analysis, and is what the fuzz tests hold every compiled program to.
func Verify(c *bytecode.Code) error {
	if err := verify(c); err != nil {
		return fmt.Errorf("%s: %w", c.QualName, err)
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*bytecode.Code); ok {
			if err := Verify(sub); err != nil {
				return err
			}
		}
	}
	return nil
}

func verify(c *bytecode.Code) error {
	n := len(c.Instrs)
	if n == 0 {
		return fmt.Errorf("no instructions")
	}
	if len(c.Positions) != n {
		return fmt.Errorf("%d positions for %d instructions", len(c.Positions), n)
	}
	ncells := len(c.CellVars) + len(c.FreeVars)
	for pc, in := range c.Instrs {
		a := int(in.Arg)
		bad := func(what string, limit int) error {
			return fmt.Errorf("%d %s: %s %d out of range (%d)", pc, in.Op, what, a, limit)
		}
		switch in.Op {
		case bytecode.LOAD_CONST:
			if a >= len(c.Consts) {
				return bad("constant", len(c.Consts))
			}
		case bytecode.LOAD_FAST, bytecode.STORE_FAST, bytecode.DELETE_FAST:
			if a >= len(c.VarNames) {
				return bad("local", len(c.VarNames))
			}
		case bytecode.LOAD_DEREF, bytecode.STORE_DEREF, bytecode.DELETE_DEREF, bytecode.LOAD_CLOSURE, bytecode.LOAD_CLASSDEREF:
			if a >= ncells {
				return bad("cell", ncells)
			}
		case bytecode.LOAD_GLOBAL, bytecode.STORE_GLOBAL, bytecode.DELETE_GLOBAL, bytecode.LOAD_NAME, bytecode.STORE_NAME,
			bytecode.DELETE_NAME, bytecode.LOAD_ATTR, bytecode.STORE_ATTR, bytecode.DELETE_ATTR, bytecode.LOAD_METHOD,
			bytecode.IMPORT_NAME, bytecode.IMPORT_FROM:
			if a >= len(c.Names) {
				return bad("name", len(c.Names))
			}
		case bytecode.COPY, bytecode.SWAP:
			if a < 1 || (in.Op == bytecode.SWAP && a < 2) {
				return bad("depth", 0)
			}
		}
		if in.Op >= bytecode.NumOpcodes {
			return fmt.Errorf("%d: unknown opcode %d", pc, in.Op)
		}
		if in.Op.IsJump() && a >= n {
			return bad("jump target", n)
		}
		if int(in.Cache) > c.NumCaches {
			return bad("cache", c.NumCaches)
		}
	}
	for _, e := range c.ExcTable {
		if e.Start < 0 || e.Start >= e.End || int(e.End) > n || e.Target < 0 || int(e.Target) >= n || e.Depth < 0 {
			return fmt.Errorf("bad exception table entry %+v", e)
		}
	}
	depth := make([]int, n)
	for i := range depth {
		depth[i] = -1
	}
	maxDepth := 0
	var work []int
	reach := func(pc, d int) error {
		if pc >= n {
			return fmt.Errorf("control falls off the end")
		}
		if d < 0 {
			return fmt.Errorf("%d: stack underflow", pc)
		}
		if d > maxDepth {
			maxDepth = d
		}
		if depth[pc] < 0 {
			depth[pc] = d
			work = append(work, pc)
			return nil
		}
		if depth[pc] != d {
			return fmt.Errorf("%d: stack depth %d and %d", pc, depth[pc], d)
		}
		return nil
	}
	if err := reach(0, 0); err != nil {
		return err
	}
	for len(work) > 0 {
		pc := work[len(work)-1]
		work = work[:len(work)-1]
		in := c.Instrs[pc]
		d := depth[pc]
		if e, ok := c.Handler(pc); ok {
			if int(e.Depth) > d {
				return fmt.Errorf("%d: handler depth %d above stack depth %d", pc, e.Depth, d)
			}
			hd := int(e.Depth) + 1
			if e.Lasti {
				hd++
			}
			if err := reach(int(e.Target), hd); err != nil {
				return err
			}
		}
		switch in.Op {
		case bytecode.COPY:
			if int(in.Arg) > d {
				return fmt.Errorf("%d: COPY %d at depth %d", pc, in.Arg, d)
			}
		case bytecode.SWAP:
			if int(in.Arg) > d {
				return fmt.Errorf("%d: SWAP %d at depth %d", pc, in.Arg, d)
			}
		}
		if in.Op.IsJump() {
			if err := reach(int(in.Arg), d+bytecode.StackEffect(in.Op, in.Arg, true)); err != nil {
				return fmt.Errorf("%d %s: %w", pc, in.Op, err)
			}
		}
		if in.Op.EndsBlock() {
			continue
		}
		if err := reach(pc+1, d+bytecode.StackEffect(in.Op, in.Arg, false)); err != nil {
			return fmt.Errorf("%d %s: %w", pc, in.Op, err)
		}
	}
	if maxDepth > int(c.StackSize) {
		return fmt.Errorf("stack reaches %d, StackSize is %d", maxDepth, c.StackSize)
	}
	return nil
}
