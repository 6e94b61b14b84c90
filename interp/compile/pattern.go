package compile

import (
	"fmt"
	"math"
	"math/big"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/gilpy/gilpy/interp/syntax/ast"
	"github.com/go-python/gpython/py"
)

// patternContext is the state of compiling one case's pattern.
type patternContext struct {
	// stores are the names captured so far, their values on the stack.
	stores []string
	// allowIrrefutable is whether an irrefutable pattern may appear here.
	allowIrrefutable bool
	// failPop[n] is the block that pops n items and then fails.
	failPop []*block
	// onTop is how many items sit above the captured values.
	onTop int
}

func isWildcard(p ast.Pattern) bool {
	a, ok := p.(*ast.MatchAs)
	return ok && a.Pattern == nil && a.Name == ""
}

func isWildcardStar(p ast.Pattern) bool {
	s, ok := p.(*ast.MatchStar)
	return ok && s.Name == ""
}

func (c *compiler) match(s *ast.Match) {
	u := c.u
	c.expr(s.Subject)
	end := u.newBlock()
	n := len(s.Cases)
	last := s.Cases[n-1]
	hasDefault := 0
	if isWildcard(last.Pattern) && n > 1 {
		hasDefault = 1
	}
	for i := 0; i < n-hasDefault; i++ {
		m := s.Cases[i]
		c.setPos(m.Pattern)
		if i != n-hasDefault-1 {
			u.emit(bytecode.COPY, 1)
		}
		pc := &patternContext{allowIrrefutable: m.Guard != nil || i == n-1}
		c.pattern(m.Pattern, pc)
		for _, name := range pc.stores {
			c.nameOp(name, ast.Store, m.Pattern.GetPos())
		}
		if m.Guard != nil {
			c.ensureFailPop(pc, 0)
			c.jumpIf(m.Guard, pc.failPop[0], false)
		}
		if i != n-hasDefault-1 {
			u.emit(bytecode.POP_TOP, 0)
		}
		c.stmts(m.Body)
		u.emitJump(opJump, end)
		c.setPos(m.Pattern)
		c.emitAndResetFailPop(pc)
	}
	if hasDefault == 1 {
		c.setPos(last.Pattern)
		if n == 1 {
			u.emit(bytecode.POP_TOP, 0)
		} else {
			u.emit(bytecode.NOP, 0)
		}
		if last.Guard != nil {
			c.jumpIf(last.Guard, end, false)
		}
		c.stmts(last.Body)
	}
	u.useBlock(end)
}

func (c *compiler) ensureFailPop(pc *patternContext, n int) {
	for len(pc.failPop) < n+1 {
		pc.failPop = append(pc.failPop, c.u.newBlock())
	}
}

// jumpToFailPop jumps (with op) to where the pattern fails, popping what
// the pattern has pushed so far.
func (c *compiler) jumpToFailPop(pc *patternContext, op bytecode.Opcode) {
	pops := pc.onTop + len(pc.stores)
	c.ensureFailPop(pc, pops)
	c.u.emitJump(op, pc.failPop[pops])
}

func (c *compiler) emitAndResetFailPop(pc *patternContext) {
	u := c.u
	if len(pc.failPop) == 0 {
		return
	}
	for i := len(pc.failPop) - 1; i > 0; i-- {
		u.useBlock(pc.failPop[i])
		u.emit(bytecode.POP_TOP, 0)
	}
	u.useBlock(pc.failPop[0])
	pc.failPop = nil
}

func (c *compiler) rotate(count int) {
	for ; count > 1; count-- {
		c.u.emit(bytecode.SWAP, uint32(count))
	}
}

func (c *compiler) storeCapture(name string, pc *patternContext, p *ast.Pos) {
	if name == "" {
		c.u.emit(bytecode.POP_TOP, 0)
		return
	}
	if name == "__debug__" {
		c.errorAt(p, "cannot assign to __debug__")
	}
	for _, s := range pc.stores {
		if s == name {
			c.errorAt(p, fmt.Sprintf("multiple assignments to name %s in pattern", ast.ReprString(name)))
		}
	}
	c.rotate(pc.onTop + len(pc.stores) + 1)
	pc.stores = append(pc.stores, name)
}

func (c *compiler) subpattern(p ast.Pattern, pc *patternContext) {
	saved := pc.allowIrrefutable
	pc.allowIrrefutable = true
	c.pattern(p, pc)
	pc.allowIrrefutable = saved
}

// pattern compiles a pattern that consumes the subject on top of the
// stack, pushing captured values and jumping to a fail block on mismatch.
// Like CPython it leaves the current position at the pattern.
func (c *compiler) pattern(p ast.Pattern, pc *patternContext) {
	u := c.u
	c.setPos(p)
	switch p := p.(type) {
	case *ast.MatchValue:
		if v, ok := constOf(p.Value); ok {
			c.loadConst(v)
		} else if _, ok := p.Value.(*ast.Attribute); ok {
			c.expr(p.Value)
		} else {
			c.errorAt(&p.Pos, "patterns may only match literals and attribute lookups")
		}
		c.emitCompare(ast.Eq)
		c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	case *ast.MatchSingleton:
		c.loadConst(constObject(p.Value))
		u.emit(bytecode.IS_OP, 0)
		c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	case *ast.MatchSequence:
		c.sequencePattern(p, pc)
	case *ast.MatchStar:
		c.storeCapture(p.Name, pc, &p.Pos)
	case *ast.MatchAs:
		if p.Pattern == nil {
			if !pc.allowIrrefutable {
				if p.Name != "" {
					c.errorAt(&p.Pos, fmt.Sprintf("name capture %s makes remaining patterns unreachable", ast.ReprString(p.Name)))
				}
				c.errorAt(&p.Pos, "wildcard makes remaining patterns unreachable")
			}
			c.storeCapture(p.Name, pc, &p.Pos)
			return
		}
		pc.onTop++
		u.emit(bytecode.COPY, 1)
		c.pattern(p.Pattern, pc)
		pc.onTop--
		c.storeCapture(p.Name, pc, &p.Pos)
	case *ast.MatchMapping:
		c.mappingPattern(p, pc)
	case *ast.MatchClass:
		c.classPattern(p, pc)
	case *ast.MatchOr:
		c.orPattern(p, pc)
	default:
		c.fail(&InternalError{Code: u.qualname, Msg: "unknown pattern"})
	}
}

func (c *compiler) sequencePattern(p *ast.MatchSequence, pc *patternContext) {
	u := c.u
	size := len(p.Patterns)
	star := -1
	onlyWildcard, starWildcard := true, false
	for i, x := range p.Patterns {
		if _, ok := x.(*ast.MatchStar); ok {
			if star >= 0 {
				c.errorAt(&p.Pos, "multiple starred names in sequence pattern")
			}
			starWildcard = isWildcardStar(x)
			onlyWildcard = onlyWildcard && starWildcard
			star = i
			continue
		}
		onlyWildcard = onlyWildcard && isWildcard(x)
	}
	pc.onTop++
	u.emit(bytecode.MATCH_SEQUENCE, 0)
	c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	if star < 0 {
		u.emit(bytecode.GET_LEN, 0)
		c.loadConst(py.Int(size))
		c.emitCompare(ast.Eq)
		c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	} else if size > 1 {
		u.emit(bytecode.GET_LEN, 0)
		c.loadConst(py.Int(size - 1))
		c.emitCompare(ast.GtE)
		c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	}
	pc.onTop--
	switch {
	case onlyWildcard:
		u.emit(bytecode.POP_TOP, 0)
	case starWildcard:
		pc.onTop++
		for i, x := range p.Patterns {
			if isWildcard(x) || i == star {
				continue
			}
			u.emit(bytecode.COPY, 1)
			if i < star {
				c.loadConst(py.Int(i))
			} else {
				u.emit(bytecode.GET_LEN, 0)
				c.loadConst(py.Int(size - i))
				u.emit(bytecode.BINARY_OP, uint32(bytecode.OpSubtract))
			}
			u.emit(bytecode.BINARY_SUBSCR, 0)
			c.subpattern(x, pc)
		}
		pc.onTop--
		u.emit(bytecode.POP_TOP, 0)
	default:
		seen := false
		for i, x := range p.Patterns {
			if _, ok := x.(*ast.MatchStar); ok {
				if seen {
					c.errorAt(&p.Pos, "multiple starred expressions in sequence pattern")
				}
				if i >= 1<<8 || size-i-1 >= 1<<23 {
					c.errorAt(&p.Pos, "too many expressions in star-unpacking sequence pattern")
				}
				u.emit(bytecode.UNPACK_EX, uint32(i+(size-i-1)<<8))
				seen = true
			}
		}
		if !seen {
			u.emit(bytecode.UNPACK_SEQUENCE, uint32(size))
		}
		pc.onTop += size
		for _, x := range p.Patterns {
			pc.onTop--
			c.subpattern(x, pc)
		}
	}
}

// mappingKey normalizes a constant for the duplicate-key check, so that
// keys equal in Python (1, 1.0, True) collide.
func mappingKey(v py.Object) string {
	switch x := v.(type) {
	case py.Bool:
		if x {
			return "n:1"
		}
		return "n:0"
	case py.Int:
		return "n:" + big.NewInt(int64(x)).String()
	case *py.BigInt:
		return "n:" + (*big.Int)(x).String()
	case py.Float:
		f := float64(x)
		if f == math.Trunc(f) && !math.IsInf(f, 0) {
			b, _ := new(big.Float).SetFloat64(f).Int(nil)
			return "n:" + b.String()
		}
		return fmt.Sprintf("f:%v", f)
	case py.Complex:
		if imag(x) == 0 {
			return mappingKey(py.Float(real(x)))
		}
		return fmt.Sprintf("c:%v", complex128(x))
	case py.String:
		return "s:" + string(x)
	case py.Bytes:
		return "b:" + string(x)
	case py.NoneType:
		return "None"
	}
	return fmt.Sprintf("?%p", v)
}

// reprConst renders a constant as repr() would.
func reprConst(v py.Object) string {
	var x any
	switch o := v.(type) {
	case py.Bool:
		x = bool(o)
	case py.Int:
		x = int64(o)
	case *py.BigInt:
		x = (*big.Int)(o)
	case py.Float:
		x = float64(o)
	case py.Complex:
		x = complex128(o)
	case py.String:
		x = string(o)
	case py.Bytes:
		x = ast.Bytes(o)
	case py.NoneType:
		x = ast.None
	case py.EllipsisType:
		x = ast.Ellipsis
	default:
		return "?"
	}
	return ast.ReprConstant(x)
}

func (c *compiler) mappingPattern(p *ast.MatchMapping, pc *patternContext) {
	u := c.u
	size := len(p.Keys)
	if size != len(p.Patterns) {
		c.errorAt(&p.Pos, fmt.Sprintf("keys (%d) / patterns (%d) length mismatch in mapping pattern", size, len(p.Patterns)))
	}
	pc.onTop++
	u.emit(bytecode.MATCH_MAPPING, 0)
	c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	if size == 0 && p.Rest == "" {
		pc.onTop--
		u.emit(bytecode.POP_TOP, 0)
		return
	}
	if size > 0 {
		u.emit(bytecode.GET_LEN, 0)
		c.loadConst(py.Int(size))
		c.emitCompare(ast.GtE)
		c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	}
	seen := map[string]bool{}
	for _, k := range p.Keys {
		if k == nil {
			c.errorAt(&p.Pos, "can't use NULL keys in MatchMapping (set 'rest' parameter instead)")
		}
		if v, ok := constOf(k); ok {
			key := mappingKey(v)
			if seen[key] {
				c.errorAt(&p.Pos, fmt.Sprintf("mapping pattern checks duplicate key (%s)", reprConst(v)))
			}
			seen[key] = true
		} else if _, ok := k.(*ast.Attribute); !ok {
			c.errorAt(&p.Pos, "mapping pattern keys may only match literals and attribute lookups")
		}
		c.expr(k)
	}
	u.emit(bytecode.BUILD_TUPLE, uint32(size))
	u.emit(bytecode.MATCH_KEYS, 0)
	pc.onTop += 2
	u.emit(bytecode.COPY, 1)
	c.loadConst(py.None)
	u.emit(bytecode.IS_OP, 1)
	c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	u.emit(bytecode.UNPACK_SEQUENCE, uint32(size))
	pc.onTop += size - 1
	for _, x := range p.Patterns {
		pc.onTop--
		c.subpattern(x, pc)
	}
	pc.onTop -= 2
	if p.Rest != "" {
		u.emit(bytecode.BUILD_MAP, 0)
		u.emit(bytecode.SWAP, 3)
		u.emit(bytecode.DICT_UPDATE, 2)
		u.emit(bytecode.UNPACK_SEQUENCE, uint32(size))
		for n := size; n > 0; n-- {
			u.emit(bytecode.COPY, uint32(1+n))
			u.emit(bytecode.SWAP, 2)
			u.emit(bytecode.DELETE_SUBSCR, 0)
		}
		c.storeCapture(p.Rest, pc, &p.Pos)
	} else {
		u.emit(bytecode.POP_TOP, 0)
		u.emit(bytecode.POP_TOP, 0)
	}
}

func (c *compiler) classPattern(p *ast.MatchClass, pc *patternContext) {
	u := c.u
	nargs, nattrs := len(p.Patterns), len(p.KwdAttrs)
	if nattrs != len(p.KwdPatterns) {
		c.errorAt(&p.Pos, fmt.Sprintf("kwd_attrs (%d) / kwd_patterns (%d) length mismatch in class pattern", nattrs, len(p.KwdPatterns)))
	}
	for i, name := range p.KwdAttrs {
		if name == "__debug__" {
			c.errorAt(p.KwdPatterns[i].GetPos(), "cannot assign to __debug__")
		}
		for j := i + 1; j < nattrs; j++ {
			if p.KwdAttrs[j] == name {
				c.errorAt(p.KwdPatterns[j].GetPos(), "attribute name repeated in class pattern: "+name)
			}
		}
	}
	c.expr(p.Cls)
	names := make(py.Tuple, nattrs)
	for i, n := range p.KwdAttrs {
		names[i] = py.String(n)
	}
	c.loadConst(names)
	u.emit(bytecode.MATCH_CLASS, uint32(nargs))
	u.emit(bytecode.COPY, 1)
	c.loadConst(py.None)
	u.emit(bytecode.IS_OP, 1)
	pc.onTop++
	c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	u.emit(bytecode.UNPACK_SEQUENCE, uint32(nargs+nattrs))
	pc.onTop += nargs + nattrs - 1
	for i := 0; i < nargs+nattrs; i++ {
		pc.onTop--
		var x ast.Pattern
		if i < nargs {
			x = p.Patterns[i]
		} else {
			x = p.KwdPatterns[i-nargs]
		}
		if isWildcard(x) {
			u.emit(bytecode.POP_TOP, 0)
			continue
		}
		c.subpattern(x, pc)
	}
}

func (c *compiler) orPattern(p *ast.MatchOr, pc *patternContext) {
	u := c.u
	end := u.newBlock()
	old := *pc
	var control []string
	for i, alt := range p.Patterns {
		c.setPos(alt)
		pc.stores = nil
		pc.allowIrrefutable = i == len(p.Patterns)-1 && old.allowIrrefutable
		pc.failPop = nil
		pc.onTop = 0
		u.emit(bytecode.COPY, 1)
		c.pattern(alt, pc)
		if i == 0 {
			control = pc.stores
		} else if len(pc.stores) != len(control) {
			c.errorHere("alternative patterns bind different names")
		} else if len(pc.stores) > 0 {
			for ic := len(control) - 1; ic >= 0; ic-- {
				is := -1
				for k, s := range pc.stores {
					if s == control[ic] {
						is = k
						break
					}
				}
				if is < 0 {
					c.errorHere("alternative patterns bind different names")
				}
				if ic != is {
					rotations := is + 1
					rotated := append([]string(nil), pc.stores[:rotations]...)
					rest := append([]string(nil), pc.stores[rotations:]...)
					at := ic - is
					stores := append([]string(nil), rest[:at]...)
					stores = append(stores, rotated...)
					stores = append(stores, rest[at:]...)
					pc.stores = stores
					for ; rotations > 0; rotations-- {
						c.rotate(ic + 1)
					}
				}
			}
		}
		u.emitJump(opJump, end)
		c.emitAndResetFailPop(pc)
	}
	*pc = old
	u.emit(bytecode.POP_TOP, 0)
	c.jumpToFailPop(pc, opJump)
	u.useBlock(end)
	nrots := len(control) + 1 + pc.onTop + len(pc.stores)
	for _, name := range control {
		c.rotate(nrots)
		for _, s := range pc.stores {
			if s == name {
				c.errorAt(&p.Pos, fmt.Sprintf("multiple assignments to name %s in pattern", ast.ReprString(name)))
			}
		}
		pc.stores = append(pc.stores, name)
	}
	u.emit(bytecode.POP_TOP, 0)
}
