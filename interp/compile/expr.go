package compile

import (
	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/gilpy/gilpy/interp/syntax/ast"
	"github.com/go-python/gpython/py"
)

func binaryOp(op ast.Operator) bytecode.BinaryOp {
	switch op {
	case ast.Add:
		return bytecode.OpAdd
	case ast.Sub:
		return bytecode.OpSubtract
	case ast.Mult:
		return bytecode.OpMultiply
	case ast.MatMult:
		return bytecode.OpMatMul
	case ast.Div:
		return bytecode.OpTrueDivide
	case ast.FloorDiv:
		return bytecode.OpFloorDivide
	case ast.Modulo:
		return bytecode.OpRemainder
	case ast.Pow:
		return bytecode.OpPower
	case ast.LShift:
		return bytecode.OpLshift
	case ast.RShift:
		return bytecode.OpRshift
	case ast.BitAnd:
		return bytecode.OpAnd
	case ast.BitXor:
		return bytecode.OpXor
	}
	return bytecode.OpOr
}

// expr compiles an expression; its instructions take its position unless
// a construct says otherwise.
func (c *compiler) expr(e ast.Expr) {
	u := c.u
	saved := u.pos
	c.setPos(e)
	c.expr1(e)
	u.pos = saved
}

func (c *compiler) expr1(e ast.Expr) {
	u := c.u
	if v, ok := constOf(e); ok {
		c.loadConst(v)
		return
	}
	switch e := e.(type) {
	case *ast.Constant:
		c.loadConst(constObject(e.Value))
	case *ast.Name:
		c.nameOp(e.Id, e.Ctx, &e.Pos)
	case *ast.NamedExpr:
		c.expr(e.Value)
		u.emit(bytecode.COPY, 1)
		c.expr(e.Target)
	case *ast.BoolOp:
		end := u.newBlock()
		op := bytecode.JUMP_IF_FALSE_OR_POP
		if e.Op == ast.Or {
			op = bytecode.JUMP_IF_TRUE_OR_POP
		}
		for i, v := range e.Values {
			last := i == len(e.Values)-1
			if k, ok := constOf(v); ok && !last {
				// A constant operand is decided now, as CPython's
				// optimizer does: it either ends the expression (what
				// follows is compiled but unreachable) or is skipped.
				if t, ok := constTruth(k); ok {
					if t == (e.Op == ast.Or) {
						c.setPos(v)
						c.loadConst(k)
						u.emitJump(opJump, end)
					}
					continue
				}
			}
			c.expr(v)
			if !last {
				u.emitJump(op, end)
			}
		}
		u.useBlock(end)
	case *ast.BinOp:
		if js := percentFormat(e); js != nil {
			c.joinedStr(js)
			return
		}
		c.expr(e.Left)
		c.expr(e.Right)
		u.emit(bytecode.BINARY_OP, uint32(binaryOp(e.Op)))
	case *ast.UnaryOp:
		if cmp := invertedNot(e); cmp != nil {
			c.expr(cmp)
			return
		}
		c.expr(e.Operand)
		switch e.Op {
		case ast.Invert:
			u.emit(bytecode.UNARY_INVERT, 0)
		case ast.Not:
			u.emit(bytecode.UNARY_NOT, 0)
		case ast.UAdd:
			u.emit(bytecode.UNARY_POSITIVE, 0)
		case ast.USub:
			u.emit(bytecode.UNARY_NEGATIVE, 0)
		}
	case *ast.Lambda:
		c.lambda(e)
	case *ast.IfExp:
		end, next := u.newBlock(), u.newBlock()
		c.jumpIf(e.Test, next, false)
		c.expr(e.Body)
		u.pos = bytecode.Pos{}
		u.emitJump(opJump, end)
		u.useBlock(next)
		c.expr(e.Orelse)
		u.useBlock(end)
	case *ast.Dict:
		c.dict(e)
	case *ast.Set:
		c.starUnpack(e.Elts, 0, bytecode.BUILD_SET, bytecode.SET_ADD, bytecode.SET_UPDATE, false)
	case *ast.ListComp:
		c.comprehension(e, "<listcomp>", listComp, e.Generators, e.Elt, nil)
	case *ast.SetComp:
		c.comprehension(e, "<setcomp>", setComp, e.Generators, e.Elt, nil)
	case *ast.DictComp:
		c.comprehension(e, "<dictcomp>", dictComp, e.Generators, e.Key, e.Value)
	case *ast.GeneratorExp:
		c.comprehension(e, "<genexpr>", genExp, e.Generators, e.Elt, nil)
	case *ast.Yield:
		if !c.inFunction() {
			c.errorAt(&e.Pos, "'yield' outside function")
		}
		if e.Value != nil {
			c.expr(e.Value)
		} else {
			c.loadConst(py.None)
		}
		u.emit(bytecode.YIELD_VALUE, 0)
	case *ast.YieldFrom:
		if !c.inFunction() {
			c.errorAt(&e.Pos, "'yield' outside function")
		}
		if u.kind == unitAsyncFunction {
			c.errorAt(&e.Pos, "'yield from' inside async function")
		}
		c.expr(e.Value)
		u.emit(bytecode.GET_YIELD_FROM_ITER, 0)
		c.loadConst(py.None)
		c.yieldFrom()
	case *ast.Await:
		if !c.inFunction() {
			c.errorAt(&e.Pos, "'await' outside function")
		}
		if u.kind != unitAsyncFunction && u.kind != unitComprehension {
			c.errorAt(&e.Pos, "'await' outside async function")
		}
		c.expr(e.Value)
		u.emit(bytecode.GET_AWAITABLE, 0)
		c.loadConst(py.None)
		c.yieldFrom()
	case *ast.Compare:
		c.compare(e)
	case *ast.Call:
		c.call(e)
	case *ast.JoinedStr:
		c.joinedStr(e)
	case *ast.FormattedValue:
		c.expr(e.Value)
		var flags uint32
		switch e.Conversion {
		case 's':
			flags = bytecode.FormatConvStr
		case 'r':
			flags = bytecode.FormatConvRepr
		case 'a':
			flags = bytecode.FormatConvASCII
		}
		if e.FormatSpec != nil {
			c.expr(e.FormatSpec)
			flags |= bytecode.FormatWithSpec
		}
		u.emit(bytecode.FORMAT_VALUE, flags)
	case *ast.Attribute:
		if e.Ctx == ast.Store && e.Attr == "__debug__" {
			c.errorAt(&e.Pos, "cannot assign to __debug__")
		}
		if e.Ctx == ast.Del && e.Attr == "__debug__" {
			c.errorAt(&e.Pos, "cannot delete __debug__")
		}
		c.expr(e.Value)
		c.attrPos(e)
		switch e.Ctx {
		case ast.Load:
			c.emitName(bytecode.LOAD_ATTR, e.Attr)
		case ast.Store:
			c.emitName(bytecode.STORE_ATTR, e.Attr)
		default:
			c.emitName(bytecode.DELETE_ATTR, e.Attr)
		}
	case *ast.Subscript:
		if e.Ctx == ast.Load {
			c.checkSubscript(e)
		}
		c.expr(e.Value)
		c.expr(e.Slice)
		switch e.Ctx {
		case ast.Load:
			u.emit(bytecode.BINARY_SUBSCR, 0)
		case ast.Store:
			u.emit(bytecode.STORE_SUBSCR, 0)
		default:
			u.emit(bytecode.DELETE_SUBSCR, 0)
		}
	case *ast.Starred:
		if e.Ctx == ast.Store {
			c.errorAt(&e.Pos, "starred assignment target must be in a list or tuple")
		}
		c.errorAt(&e.Pos, "can't use starred expression here")
	case *ast.Slice:
		n := uint32(2)
		if e.Lower != nil {
			c.expr(e.Lower)
		} else {
			c.loadConst(py.None)
		}
		if e.Upper != nil {
			c.expr(e.Upper)
		} else {
			c.loadConst(py.None)
		}
		if e.Step != nil {
			c.expr(e.Step)
			n = 3
		}
		u.emit(bytecode.BUILD_SLICE, n)
	case *ast.List:
		switch e.Ctx {
		case ast.Store:
			c.unpackTargets(e.Elts, &e.Pos)
		case ast.Del:
			for _, x := range e.Elts {
				c.expr(x)
			}
		default:
			c.starUnpack(e.Elts, 0, bytecode.BUILD_LIST, bytecode.LIST_APPEND, bytecode.LIST_EXTEND, false)
		}
	case *ast.Tuple:
		switch e.Ctx {
		case ast.Store:
			c.unpackTargets(e.Elts, &e.Pos)
		case ast.Del:
			for _, x := range e.Elts {
				c.expr(x)
			}
		default:
			c.starUnpack(e.Elts, 0, bytecode.BUILD_LIST, bytecode.LIST_APPEND, bytecode.LIST_EXTEND, true)
		}
	default:
		c.fail(&InternalError{Code: u.qualname, Msg: "unknown expression"})
	}
}

// yieldFrom emits the loop that sends values into the iterator or
// awaitable under the top of the stack until it finishes.
func (c *compiler) yieldFrom() {
	u := c.u
	start, exit := u.newBlock(), u.newBlock()
	u.useBlock(start)
	u.emitJump(bytecode.SEND, exit)
	u.emit(bytecode.YIELD_VALUE, 0)
	u.emitJump(opJumpNoInterrupt, start)
	u.useBlock(exit)
}

func (c *compiler) unpackTargets(elts []ast.Expr, p *ast.Pos) {
	u := c.u
	seen := false
	for i, x := range elts {
		if _, ok := x.(*ast.Starred); ok {
			if seen {
				c.errorAt(p, "multiple starred expressions in assignment")
			}
			if i >= 1<<8 || len(elts)-i-1 >= 1<<24 {
				c.errorAt(p, "too many expressions in star-unpacking assignment")
			}
			u.emit(bytecode.UNPACK_EX, uint32(i+(len(elts)-i-1)<<8))
			seen = true
		}
	}
	if !seen {
		c.unpackSequence(len(elts))
	}
	for _, x := range elts {
		if s, ok := x.(*ast.Starred); ok {
			c.expr(s.Value)
		} else {
			c.expr(x)
		}
	}
}

// unpackSequence emits UNPACK_SEQUENCE n, or, right after a BUILD_TUPLE
// of the same size, what CPython's peephole optimizer leaves of the pair:
// nothing for one item, a SWAP for two or three.
func (c *compiler) unpackSequence(n int) {
	u := c.u
	b := u.cur
	if k := len(b.instrs); k > 0 && n <= 3 {
		last := &b.instrs[k-1]
		if last.op == bytecode.BUILD_TUPLE && int(last.arg) == n {
			if n == 1 {
				b.instrs = b.instrs[:k-1]
				return
			}
			last.op = bytecode.NOP
			u.emit(bytecode.SWAP, uint32(n))
			return
		}
	}
	u.emit(bytecode.UNPACK_SEQUENCE, uint32(n))
}

// allConst reports whether every expression is a constant (after
// folding), returning their values.
func allConst(l []ast.Expr) ([]py.Object, bool) {
	vals := make([]py.Object, len(l))
	for i, e := range l {
		v, ok := constOf(e)
		if !ok {
			return nil, false
		}
		vals[i] = v
	}
	return vals, true
}

// starUnpack builds a tuple, list or set display (or a call's positional
// arguments) with pushed values already on the stack below it.
func (c *compiler) starUnpack(elts []ast.Expr, pushed int, build, add, extend bytecode.Opcode, tuple bool) {
	u := c.u
	n := len(elts)
	if n > 2 {
		// CPython folds the items to one constant (a frozenset for a
		// set); gilpy has no frozenset constants, so a set is updated
		// from a tuple of the items.
		if vals, ok := allConst(elts); ok {
			folded := py.Tuple(vals)
			if tuple && pushed == 0 {
				c.loadConst(folded)
				return
			}
			u.emit(build, uint32(pushed))
			c.loadConst(folded)
			u.emit(extend, 1)
			if tuple {
				u.emit(bytecode.LIST_TO_TUPLE, 0)
			}
			return
		}
	}
	big := n+pushed > stackUseGuideline
	if !hasStarred(elts) && !big {
		for _, x := range elts {
			c.expr(x)
		}
		if tuple {
			u.emit(bytecode.BUILD_TUPLE, uint32(n+pushed))
		} else {
			u.emit(build, uint32(n+pushed))
		}
		return
	}
	built := false
	if big {
		u.emit(build, uint32(pushed))
		built = true
	}
	for i, x := range elts {
		if s, ok := x.(*ast.Starred); ok {
			if !built {
				u.emit(build, uint32(i+pushed))
				built = true
			}
			c.expr(s.Value)
			u.emit(extend, 1)
		} else {
			c.expr(x)
			if built {
				u.emit(add, 1)
			}
		}
	}
	if tuple {
		u.emit(bytecode.LIST_TO_TUPLE, 0)
	}
}

func (c *compiler) dict(e *ast.Dict) {
	u := c.u
	n := len(e.Values)
	elements := 0
	haveDict := false
	for i := 0; i < n; i++ {
		if e.Keys[i] == nil {
			if elements > 0 {
				c.subdict(e, i-elements, i)
				if haveDict {
					u.emit(bytecode.DICT_UPDATE, 1)
				}
				haveDict = true
				elements = 0
			}
			if !haveDict {
				u.emit(bytecode.BUILD_MAP, 0)
				haveDict = true
			}
			c.expr(e.Values[i])
			u.emit(bytecode.DICT_UPDATE, 1)
		} else if elements*2 > stackUseGuideline {
			c.subdict(e, i-elements, i+1)
			if haveDict {
				u.emit(bytecode.DICT_UPDATE, 1)
			}
			haveDict = true
			elements = 0
		} else {
			elements++
		}
	}
	if elements > 0 {
		c.subdict(e, n-elements, n)
		if haveDict {
			u.emit(bytecode.DICT_UPDATE, 1)
		}
		haveDict = true
	}
	if !haveDict {
		u.emit(bytecode.BUILD_MAP, 0)
	}
}

func (c *compiler) subdict(e *ast.Dict, begin, end int) {
	u := c.u
	n := end - begin
	big := n*2 > stackUseGuideline
	if n > 1 && !big {
		if keys, ok := allConst(e.Keys[begin:end]); ok {
			for _, v := range e.Values[begin:end] {
				c.expr(v)
			}
			c.loadConst(py.Tuple(keys))
			u.emit(bytecode.BUILD_CONST_KEY_MAP, uint32(n))
			return
		}
	}
	if big {
		u.emit(bytecode.BUILD_MAP, 0)
	}
	for i := begin; i < end; i++ {
		c.expr(e.Keys[i])
		c.expr(e.Values[i])
		if big {
			u.emit(bytecode.MAP_ADD, 1)
		}
	}
	if !big {
		u.emit(bytecode.BUILD_MAP, uint32(n))
	}
}

func (c *compiler) emitCompare(op ast.CmpOp) {
	u := c.u
	switch op {
	case ast.Is:
		u.emit(bytecode.IS_OP, 0)
	case ast.IsNot:
		u.emit(bytecode.IS_OP, 1)
	case ast.In:
		u.emit(bytecode.CONTAINS_OP, 0)
	case ast.NotIn:
		u.emit(bytecode.CONTAINS_OP, 1)
	case ast.Eq:
		u.emit(bytecode.COMPARE_OP, uint32(bytecode.CmpEq))
	case ast.NotEq:
		u.emit(bytecode.COMPARE_OP, uint32(bytecode.CmpNe))
	case ast.Lt:
		u.emit(bytecode.COMPARE_OP, uint32(bytecode.CmpLt))
	case ast.LtE:
		u.emit(bytecode.COMPARE_OP, uint32(bytecode.CmpLe))
	case ast.Gt:
		u.emit(bytecode.COMPARE_OP, uint32(bytecode.CmpGt))
	case ast.GtE:
		u.emit(bytecode.COMPARE_OP, uint32(bytecode.CmpGe))
	}
}

// comparator returns the i-th comparator, with a list or set display on
// the right of `in` folded to a tuple as CPython does.
func comparator(e *ast.Compare, i int) ast.Expr {
	x := e.Comparators[i]
	if e.Ops[i] == ast.In || e.Ops[i] == ast.NotIn {
		return foldIter(x)
	}
	return x
}

// iterable compiles what a for loop or comprehension iterates: a list
// display becomes a tuple and a set display of constants is built from
// its constants (CPython makes it a frozenset constant).
func (c *compiler) iterable(x ast.Expr) {
	if set, ok := x.(*ast.Set); ok {
		if vals, ok := allConst(set.Elts); ok {
			saved := c.u.pos
			c.setPos(set)
			for _, v := range vals {
				c.loadConst(v)
			}
			c.u.emit(bytecode.BUILD_SET, uint32(len(vals)))
			c.u.pos = saved
			return
		}
	}
	c.expr(foldIter(x))
}

// comparator compiles the i-th comparator. On the right of in and not in,
// a set display of constants is what CPython makes a frozenset constant;
// gilpy builds the set from its constants.
func (c *compiler) comparator(e *ast.Compare, i int) {
	if e.Ops[i] == ast.In || e.Ops[i] == ast.NotIn {
		c.iterable(e.Comparators[i])
		return
	}
	c.expr(e.Comparators[i])
}

func (c *compiler) compare(e *ast.Compare) {
	u := c.u
	c.checkCompare(e)
	c.expr(e.Left)
	n := len(e.Ops) - 1
	if n == 0 {
		c.comparator(e, 0)
		c.emitCompare(e.Ops[0])
		return
	}
	cleanup := u.newBlock()
	for i := 0; i < n; i++ {
		c.comparator(e, i)
		u.emit(bytecode.SWAP, 2)
		u.emit(bytecode.COPY, 2)
		c.emitCompare(e.Ops[i])
		u.emitJump(bytecode.JUMP_IF_FALSE_OR_POP, cleanup)
	}
	c.comparator(e, n)
	c.emitCompare(e.Ops[n])
	end := u.newBlock()
	u.emitJump(opJump, end)
	u.useBlock(cleanup)
	u.emit(bytecode.SWAP, 2)
	u.emit(bytecode.POP_TOP, 0)
	u.useBlock(end)
}

// jumpIf jumps to target when e's truth equals cond, with the
// short-circuit forms of not, and, or, conditional expressions and
// chained comparisons.
func (c *compiler) jumpIf(e ast.Expr, target *block, cond bool) {
	u := c.u
	if v, ok := constOf(e); ok {
		if truth, ok := constTruth(v); ok {
			if truth == cond {
				u.emitJump(opJump, target)
			}
			return
		}
	}
	if u, ok := e.(*ast.UnaryOp); ok {
		if cmp := invertedNot(u); cmp != nil {
			e = cmp
		}
	}
	switch e := e.(type) {
	case *ast.UnaryOp:
		if e.Op == ast.Not {
			c.jumpIf(e.Operand, target, !cond)
			return
		}
	case *ast.BoolOp:
		isOr := e.Op == ast.Or
		next2 := target
		if isOr != cond {
			next2 = u.newBlock()
		}
		n := len(e.Values) - 1
		for _, v := range e.Values[:n] {
			c.jumpIf(v, next2, isOr)
		}
		c.jumpIf(e.Values[n], target, cond)
		if next2 != target {
			u.useBlock(next2)
		}
		return
	case *ast.IfExp:
		end, next2 := u.newBlock(), u.newBlock()
		c.jumpIf(e.Test, next2, false)
		c.jumpIf(e.Body, target, cond)
		saved := u.pos
		u.pos = bytecode.Pos{}
		u.emitJump(opJump, end)
		u.pos = saved
		u.useBlock(next2)
		c.jumpIf(e.Orelse, target, cond)
		u.useBlock(end)
		return
	case *ast.Compare:
		// Like CPython, the comparison's position stays in effect after
		// it (an assert's raise takes it).
		c.setPos(e)
		if len(e.Ops) > 1 {
			c.checkCompare(e)
		}
		n := len(e.Ops) - 1
		if n == 0 {
			if k, ok := e.Comparators[0].(*ast.Constant); ok && k.Value == ast.None && (e.Ops[0] == ast.Is || e.Ops[0] == ast.IsNot) {
				c.expr(e.Left)
				jumpIfNone := (e.Ops[0] == ast.Is) == cond
				if jumpIfNone {
					u.emitJump(bytecode.POP_JUMP_IF_NONE, target)
				} else {
					u.emitJump(bytecode.POP_JUMP_IF_NOT_NONE, target)
				}
				return
			}
			c.expr(e)
			c.popJumpIf(cond, target)
			return
		}
		cleanup := u.newBlock()
		c.expr(e.Left)
		for i := 0; i < n; i++ {
			c.comparator(e, i)
			u.emit(bytecode.SWAP, 2)
			u.emit(bytecode.COPY, 2)
			c.emitCompare(e.Ops[i])
			u.emitJump(bytecode.POP_JUMP_IF_FALSE, cleanup)
		}
		c.comparator(e, n)
		c.emitCompare(e.Ops[n])
		c.popJumpIf(cond, target)
		end := u.newBlock()
		u.emitJump(opJump, end)
		u.useBlock(cleanup)
		u.emit(bytecode.POP_TOP, 0)
		if !cond {
			u.emitJump(opJump, target)
		}
		u.useBlock(end)
		return
	}
	c.expr(e)
	c.popJumpIf(cond, target)
}

// invertedNot rewrites not (a in b), not (a is b) and their negations to
// the opposite comparison, as CPython's AST optimizer does (not for ==,
// <, ..., which may not be each other's inverse); nil otherwise.
func invertedNot(e *ast.UnaryOp) *ast.Compare {
	if e.Op != ast.Not {
		return nil
	}
	cmp, ok := e.Operand.(*ast.Compare)
	if !ok || len(cmp.Ops) != 1 {
		return nil
	}
	var op ast.CmpOp
	switch cmp.Ops[0] {
	case ast.Is:
		op = ast.IsNot
	case ast.IsNot:
		op = ast.Is
	case ast.In:
		op = ast.NotIn
	case ast.NotIn:
		op = ast.In
	default:
		return nil
	}
	return &ast.Compare{Pos: cmp.Pos, Left: cmp.Left, Ops: []ast.CmpOp{op}, Comparators: cmp.Comparators}
}

func (c *compiler) popJumpIf(cond bool, target *block) {
	if cond {
		c.u.emitJump(bytecode.POP_JUMP_IF_TRUE, target)
	} else {
		c.u.emitJump(bytecode.POP_JUMP_IF_FALSE, target)
	}
}

// ---- calls

// validateKeywords checks a call's keyword names; at is the position
// CPython is at when it checks them (the call's), where it reports
// "cannot assign to __debug__".
func (c *compiler) validateKeywords(kws []*ast.Keyword, at bytecode.Pos) {
	for i, k := range kws {
		if k.Arg == "" {
			continue
		}
		if k.Arg == "__debug__" {
			c.errorAt(&ast.Pos{Lineno: int(at.Line), ColOffset: int(at.Col), EndLineno: int(at.EndLine), EndColOffset: int(at.EndCol)}, "cannot assign to __debug__")
		}
		for _, o := range kws[i+1:] {
			if o.Arg == k.Arg {
				c.errorAt(&o.Pos, "keyword argument repeated: "+k.Arg)
			}
		}
	}
}

// isImportOriginated reports whether e is a name that an import binds at
// module level (CPython does not use the method-call form for those).
func (c *compiler) isImportOriginated(e ast.Expr) bool {
	n, ok := e.(*ast.Name)
	if !ok {
		return false
	}
	return c.st.top.lookup(n.Id)&defImport != 0
}

func (c *compiler) call(e *ast.Call) {
	if c.methodCall(e) {
		return
	}
	c.checkCaller(e.Func)
	c.expr(e.Func)
	c.callHelper(0, e.Args, e.Keywords)
}

// methodCall compiles obj.meth(args) with LOAD_METHOD when it can.
func (c *compiler) methodCall(e *ast.Call) bool {
	u := c.u
	meth, ok := e.Func.(*ast.Attribute)
	if !ok || meth.Ctx != ast.Load || c.isImportOriginated(meth.Value) {
		return false
	}
	nargs, nkw := len(e.Args), len(e.Keywords)
	extra := 0
	if nkw > 0 {
		extra = 1
	}
	if nargs+nkw+extra >= stackUseGuideline {
		return false
	}
	if hasStarred(e.Args) {
		return false
	}
	for _, k := range e.Keywords {
		if k.Arg == "" {
			return false
		}
	}
	c.expr(meth.Value)
	c.setPos(meth)
	c.attrPos(meth)
	c.emitName(bytecode.LOAD_METHOD, meth.Attr)
	for _, a := range e.Args {
		c.expr(a)
	}
	if nkw > 0 {
		// CPython checks the names on the call, its line moved to the
		// method name's (as attrPos does for the call itself).
		at := posOf(&e.Pos)
		at.Line = int32(meth.EndLineno)
		c.validateKeywords(e.Keywords, at)
		names := make(py.Tuple, nkw)
		for i, k := range e.Keywords {
			c.expr(k.Value)
			names[i] = py.String(k.Arg)
		}
		c.setPos(e)
		c.attrPos(meth)
		c.loadConst(names)
		u.emit(bytecode.CALL_METHOD_KW, uint32(nargs+nkw))
		return true
	}
	c.setPos(e)
	c.attrPos(meth)
	u.emit(bytecode.CALL_METHOD, uint32(nargs))
	return true
}

// callHelper compiles a call's arguments and the call, the callable and
// pushed leading arguments being on the stack already.
func (c *compiler) callHelper(pushed int, args []ast.Expr, kws []*ast.Keyword) {
	u := c.u
	c.validateKeywords(kws, u.pos)
	callPos := u.pos
	nargs, nkw := len(args), len(kws)
	simple := nargs+nkw*2 <= stackUseGuideline && !hasStarred(args)
	for _, k := range kws {
		if k.Arg == "" {
			simple = false
		}
	}
	if simple {
		for _, a := range args {
			c.expr(a)
		}
		if nkw > 0 {
			names := make(py.Tuple, nkw)
			for i, k := range kws {
				c.expr(k.Value)
				names[i] = py.String(k.Arg)
			}
			u.pos = callPos
			c.loadConst(names)
			u.emit(bytecode.CALL_KW, uint32(pushed+nargs+nkw))
			return
		}
		u.pos = callPos
		u.emit(bytecode.CALL, uint32(pushed+nargs))
		return
	}
	if pushed == 0 && nargs == 1 {
		if s, ok := args[0].(*ast.Starred); ok {
			c.expr(s.Value)
		} else {
			c.starUnpack(args, pushed, bytecode.BUILD_LIST, bytecode.LIST_APPEND, bytecode.LIST_EXTEND, true)
		}
	} else {
		c.starUnpack(args, pushed, bytecode.BUILD_LIST, bytecode.LIST_APPEND, bytecode.LIST_EXTEND, true)
	}
	if nkw > 0 {
		haveDict := false
		seen := 0
		for i, k := range kws {
			if k.Arg == "" {
				if seen > 0 {
					c.subkwargs(kws[i-seen : i])
					if haveDict {
						u.emit(bytecode.DICT_MERGE, 1)
					}
					haveDict = true
					seen = 0
				}
				if !haveDict {
					u.emit(bytecode.BUILD_MAP, 0)
					haveDict = true
				}
				c.expr(k.Value)
				u.emit(bytecode.DICT_MERGE, 1)
			} else {
				seen++
			}
		}
		if seen > 0 {
			c.subkwargs(kws[nkw-seen:])
			if haveDict {
				u.emit(bytecode.DICT_MERGE, 1)
			}
		}
	}
	u.pos = callPos
	flag := uint32(0)
	if nkw > 0 {
		flag = 1
	}
	u.emit(bytecode.CALL_FUNCTION_EX, flag)
}

func (c *compiler) subkwargs(kws []*ast.Keyword) {
	u := c.u
	n := len(kws)
	big := n*2 > stackUseGuideline
	if n > 1 && !big {
		names := make(py.Tuple, n)
		for i, k := range kws {
			c.expr(k.Value)
			names[i] = py.String(k.Arg)
		}
		c.loadConst(names)
		u.emit(bytecode.BUILD_CONST_KEY_MAP, uint32(n))
		return
	}
	if big {
		u.emitNoPos(bytecode.BUILD_MAP, 0)
	}
	for _, k := range kws {
		c.loadConst(py.String(k.Arg))
		c.expr(k.Value)
		if big {
			u.emitNoPos(bytecode.MAP_ADD, 1)
		}
	}
	if !big {
		u.emit(bytecode.BUILD_MAP, uint32(n))
	}
}

// ---- f-strings

func (c *compiler) joinedStr(e *ast.JoinedStr) {
	u := c.u
	n := len(e.Values)
	if n > stackUseGuideline {
		c.loadConst(py.String(""))
		u.emit(bytecode.LOAD_METHOD, u.addName("join"))
		u.emit(bytecode.BUILD_LIST, 0)
		for _, v := range e.Values {
			c.expr(v)
			u.emit(bytecode.LIST_APPEND, 1)
		}
		u.emit(bytecode.CALL_METHOD, 1)
		return
	}
	for _, v := range e.Values {
		c.expr(v)
	}
	if n != 1 {
		u.emit(bytecode.BUILD_STRING, uint32(n))
	}
}

// ---- functions in expressions

func (c *compiler) lambda(e *ast.Lambda) {
	c.checkDebugArgs(e.Args)
	flags := c.defaults(e.Args)
	code := c.nested(e, func() {
		c.enterScope(unitLambda, "<lambda>", e, e.Lineno)
		u := c.u
		u.addConst(py.None)
		u.argCount = len(e.Args.Posonlyargs) + len(e.Args.Args)
		u.posOnly = len(e.Args.Posonlyargs)
		u.kwOnly = len(e.Args.Kwonlyargs)
		u.pos = posOf(&e.Pos)
		c.expr(e.Body)
		u.emit(bytecode.RETURN_VALUE, 0)
	})
	qualname := code.QualName
	c.makeClosure(code, flags, qualname)
}

func (c *compiler) comprehension(e ast.Expr, name string, kind compKind, gens []*ast.Comprehension, elt, value ast.Expr) {
	outer := gens[0]
	parentKind := c.u.kind
	code := c.nested(e, func() {
		c.enterScope(unitComprehension, name, e, e.GetPos().Lineno)
		u := c.u
		c.setPos(e)
		if u.scope.coroutine && kind != genExp && parentKind != unitAsyncFunction && parentKind != unitComprehension {
			c.errorAt(e.GetPos(), "asynchronous comprehension outside of an asynchronous function")
		}
		switch kind {
		case listComp:
			u.emit(bytecode.BUILD_LIST, 0)
		case setComp:
			u.emit(bytecode.BUILD_SET, 0)
		case dictComp:
			u.emit(bytecode.BUILD_MAP, 0)
		}
		c.compGenerator(gens, 0, 0, elt, value, kind)
		if kind != genExp {
			u.emit(bytecode.RETURN_VALUE, 0)
		}
	})
	isAsync := c.st.blocks[e].coroutine
	qualname := code.QualName
	c.makeClosure(code, 0, qualname)
	c.iterable(outer.Iter)
	if outer.IsAsync != 0 {
		c.u.emit(bytecode.GET_AITER, 0)
	} else {
		c.u.emit(bytecode.GET_ITER, 0)
	}
	c.u.emit(bytecode.CALL, 1)
	if isAsync && kind != genExp {
		c.u.emit(bytecode.GET_AWAITABLE, 0)
		c.loadConst(py.None)
		c.yieldFrom()
	}
}

func (c *compiler) compGenerator(gens []*ast.Comprehension, i, depth int, elt, value ast.Expr, kind compKind) {
	if gens[i].IsAsync != 0 {
		c.asyncCompGenerator(gens, i, depth, elt, value, kind)
	} else {
		c.syncCompGenerator(gens, i, depth, elt, value, kind)
	}
}

func (c *compiler) compElement(depth int, elt, value ast.Expr, kind compKind) {
	u := c.u
	switch kind {
	case genExp:
		c.expr(elt)
		u.emit(bytecode.YIELD_VALUE, 0)
		u.emit(bytecode.POP_TOP, 0)
	case listComp:
		c.expr(elt)
		u.emit(bytecode.LIST_APPEND, uint32(depth+1))
	case setComp:
		c.expr(elt)
		u.emit(bytecode.SET_ADD, uint32(depth+1))
	case dictComp:
		c.expr(elt)
		c.expr(value)
		u.emit(bytecode.MAP_ADD, uint32(depth+1))
	}
}

func (c *compiler) syncCompGenerator(gens []*ast.Comprehension, i, depth int, elt, value ast.Expr, kind compKind) {
	u := c.u
	start, ifCleanup, anchor := u.newBlock(), u.newBlock(), u.newBlock()
	gen := gens[i]
	loop := true
	if i == 0 {
		u.argCount = 1
		u.emit(bytecode.LOAD_FAST, 0)
	} else {
		var elts []ast.Expr
		switch it := gen.Iter.(type) {
		case *ast.List:
			elts = it.Elts
		case *ast.Tuple:
			elts = it.Elts
		}
		if len(elts) == 1 {
			if _, ok := elts[0].(*ast.Starred); !ok {
				c.expr(elts[0])
				loop = false
			}
		}
		if loop {
			c.iterable(gen.Iter)
			u.emit(bytecode.GET_ITER, 0)
		}
	}
	if loop {
		depth++
		u.useBlock(start)
		u.emitJump(bytecode.FOR_ITER, anchor)
	}
	c.expr(gen.Target)
	for _, cond := range gen.Ifs {
		c.jumpIf(cond, ifCleanup, false)
	}
	if i+1 < len(gens) {
		c.compGenerator(gens, i+1, depth, elt, value, kind)
	} else {
		c.compElement(depth, elt, value, kind)
	}
	u.useBlock(ifCleanup)
	if loop {
		u.emitJump(opJump, start)
		u.useBlock(anchor)
	}
}

func (c *compiler) asyncCompGenerator(gens []*ast.Comprehension, i, depth int, elt, value ast.Expr, kind compKind) {
	u := c.u
	start, except, ifCleanup := u.newBlock(), u.newBlock(), u.newBlock()
	gen := gens[i]
	if i == 0 {
		u.argCount = 1
		u.emit(bytecode.LOAD_FAST, 0)
	} else {
		c.expr(gen.Iter)
		u.emit(bytecode.GET_AITER, 0)
	}
	u.useBlock(start)
	c.pushFblock(&fblock{kind: fbAsyncComprehensionGenerator, block: start})
	u.pushHandler(opSetupFinally, except)
	u.emit(bytecode.GET_ANEXT, 0)
	c.loadConst(py.None)
	c.yieldFrom()
	u.popHandler()
	c.expr(gen.Target)
	for _, cond := range gen.Ifs {
		c.jumpIf(cond, ifCleanup, false)
	}
	depth++
	if i+1 < len(gens) {
		c.compGenerator(gens, i+1, depth, elt, value, kind)
	} else {
		c.compElement(depth, elt, value, kind)
	}
	u.useBlock(ifCleanup)
	u.emitJump(opJump, start)
	c.popFblock()
	u.useBlock(except)
	u.emit(bytecode.END_ASYNC_FOR, 0)
}
