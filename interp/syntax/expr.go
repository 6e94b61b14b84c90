package syntax

import (
	"fmt"

	"github.com/gilpy/gilpy/interp/syntax/ast"
)

const (
	ruleExpression uint8 = iota
	ruleDisjunction
	ruleBitwiseOr
	ruleStarExpressions
	ruleNamedExpression
)

// expressions: expression (',' expression)* [','] — a Tuple with commas.
func (p *parser) expressions() ast.Expr {
	start := p.pos
	e := p.expression()
	if !p.at(tkComma) {
		return e
	}
	elts := []ast.Expr{e}
	for p.accept(tkComma) != nil {
		if !p.startsExpression() {
			break
		}
		elts = append(elts, p.expression())
	}
	return &ast.Tuple{Pos: p.posFrom(start), Elts: elts}
}

// startsExpression reports whether the current token can begin an
// expression (used after a comma to allow trailing commas).
func (p *parser) startsExpression() bool {
	switch p.kind() {
	case tkName, tkNumber, tkString, tkFStringStart, tkLpar, tkLsqb, tkLbrace,
		tkMinus, tkPlus, tkTilde, kwNot, kwLambda, kwAwait, kwNone, kwTrue, kwFalse,
		tkEllipsis, tkStar:
		return true
	}
	return false
}

// starExpressions: star_expression (',' star_expression)* [','].
func (p *parser) starExpressions() ast.Expr {
	if p.errPass {
		return p.memoExpr(ruleStarExpressions, p.starExpressionsRule)
	}
	return p.starExpressionsRule()
}

func (p *parser) starExpressionsRule() ast.Expr {
	start := p.pos
	e := p.starExpression()
	if !p.at(tkComma) {
		return e
	}
	elts := []ast.Expr{e}
	for p.accept(tkComma) != nil {
		if !p.startsExpression() {
			break
		}
		elts = append(elts, p.starExpression())
	}
	return &ast.Tuple{Pos: p.posFrom(start), Elts: elts}
}

func (p *parser) starExpression() ast.Expr {
	if p.at(tkStar) {
		start := p.pos
		p.next()
		v := p.bitwiseOr()
		return &ast.Starred{Pos: p.posFrom(start), Value: v}
	}
	return p.expression()
}

func (p *parser) starNamedExpression() ast.Expr {
	if p.at(tkStar) {
		start := p.pos
		p.next()
		v := p.bitwiseOr()
		return &ast.Starred{Pos: p.posFrom(start), Value: v}
	}
	return p.namedExpression()
}

// starNamedExpressions parses a comma-separated list with an optional
// trailing comma, as inside [] and {} displays.
func (p *parser) starNamedExpressions() []ast.Expr {
	var elts []ast.Expr
	for {
		elts = append(elts, p.starNamedExpression())
		if p.accept(tkComma) == nil || !p.startsExpression() {
			break
		}
	}
	return elts
}

func (p *parser) namedExpression() ast.Expr {
	if p.errPass {
		return p.memoExpr(ruleNamedExpression, p.namedExpressionRule)
	}
	return p.namedExpressionRule()
}

func (p *parser) namedExpressionRule() ast.Expr {
	start := p.pos
	if p.at(tkName) && p.peekKind(1) == tkColonEqual {
		nt := p.next()
		p.next()
		v := p.expression()
		return &ast.NamedExpr{Pos: p.posFrom(start), Target: &ast.Name{Pos: tokPos(nt), Id: p.name(nt), Ctx: ast.Store}, Value: v}
	}
	if p.invalid {
		p.invalidNamedExpression()
	}
	e := p.expression()
	if p.at(tkColonEqual) {
		p.fail()
	}
	return e
}

// invalidNamedExpression is CPython's invalid_named_expression. Its
// alternatives are tried in order; a cheap look at the token after each
// memoized prefix avoids speculating where they cannot match.
func (p *parser) invalidNamedExpression() {
	save := p.pos
	defer func() { p.pos = save }()
	t := p.tok()
	// a=expression ':=' expression
	a := p.expression()
	if p.at(tkColonEqual) {
		p.next()
		if p.try(func() { p.expression() }) {
			p.errNode(a, "cannot use assignment expressions with "+exprName(a))
		}
	}
	// a=NAME '=' b=bitwise_or !('='|':=')
	p.pos = save
	if t.kind == tkName && p.peekKind(1) == tkEqual {
		p.pos += 2
		var b ast.Expr
		if p.try(func() { b = p.bitwiseOr() }) && !p.at(tkEqual) && !p.at(tkColonEqual) {
			p.errRange(tokPosP(t), b.GetPos(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
		p.pos = save
	}
	// !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='='
	// bitwise_or !('='|':=')
	switch t.kind {
	case kwTrue, kwNone, kwFalse, kwNot, kwLambda:
		return
	}
	var a3 ast.Expr
	if !p.try(func() { a3 = p.bitwiseOr() }) || !p.at(tkEqual) {
		return
	}
	p.next()
	if !p.try(func() { p.bitwiseOr() }) || p.at(tkEqual) || p.at(tkColonEqual) {
		return
	}
	if t.kind == tkLpar || t.kind == tkLsqb {
		p.pos = save
		var e ast.Expr
		if p.try(func() { e = p.atom() }) {
			switch e.(type) {
			case *ast.List, *ast.Tuple, *ast.GeneratorExp:
				return
			}
		}
	}
	p.errNode(a3, fmt.Sprintf("cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(a3)))
}

func (p *parser) expression() ast.Expr {
	if p.errPass {
		return p.memoExpr(ruleExpression, p.expressionRule)
	}
	return p.expressionRule()
}

func (p *parser) expressionRule() ast.Expr {
	p.enter()
	defer p.leave()
	if p.invalid {
		p.invalidExpression()
	}
	if p.at(kwLambda) {
		return p.lambdef()
	}
	start := p.pos
	e := p.disjunction()
	if p.at(kwIf) {
		save := p.pos
		var ifexp ast.Expr
		if p.try(func() {
			p.next()
			test := p.disjunction()
			p.expect(kwElse)
			orelse := p.expression()
			ifexp = &ast.IfExp{Pos: p.posFrom(start), Test: test, Body: e, Orelse: orelse}
		}) {
			return ifexp
		}
		p.pos = save
	}
	return e
}

// isSoftKeyword reports whether a NAME token is a soft keyword.
func (p *parser) isSoftKeyword(t *token) bool {
	return p.is(t, "match") || p.is(t, "case") || p.is(t, "_") || p.is(t, "type")
}

// startsDisjunction reports whether the current token can begin a
// disjunction or a lambda.
func (p *parser) startsDisjunction() bool {
	switch p.kind() {
	case tkName, tkNumber, tkString, tkFStringStart, tkLpar, tkLsqb, tkLbrace,
		tkMinus, tkPlus, tkTilde, kwNot, kwLambda, kwAwait, kwNone, kwTrue, kwFalse, tkEllipsis:
		return true
	}
	return false
}

// invalidExpression is CPython's invalid_expression and
// invalid_legacy_expression, tried first in the error pass.
func (p *parser) invalidExpression() {
	save := p.pos
	defer func() { p.pos = save }()
	t := p.tok()
	if t.kind == kwLambda {
		return
	}
	skip := p.isSoftKeyword(t) || t.kind == tkName && (p.peekKind(1) == tkString || p.peekKind(1) == tkFStringStart)
	// a=disjunction b=expression_without_invalid (inside brackets)
	a := p.disjunction()
	afterA := p.pos
	if !skip && p.startsDisjunction() && !isLegacy(a) {
		var b ast.Expr
		p.invalid = false
		ok := p.try(func() { b = p.expressionWithoutInvalid() })
		p.invalid = true
		if ok && p.toks[p.pos-1].level > 0 {
			p.errRange(a.GetPos(), b.GetPos(), "invalid syntax. Perhaps you forgot a comma?")
		}
		p.pos = afterA
	}
	// a=disjunction 'if' b=disjunction !('else'|':')
	if p.at(kwIf) {
		p.next()
		var b ast.Expr
		if p.try(func() { b = p.disjunction() }) && !p.at(kwElse) && !p.at(tkColon) {
			p.errRange(a.GetPos(), b.GetPos(), "expected 'else' after 'if' expression")
		}
	}
	p.pos = save
	// invalid_legacy_expression: a=NAME !'(' b=star_expressions. CPython
	// parses b after any name (with the error rules on, so that b may
	// raise its own error) and only then checks for print and exec.
	if t.kind == tkName && p.peekKind(1) != tkLpar {
		p.next()
		var b ast.Expr
		if p.try(func() { b = p.starExpressions() }) && (p.is(t, "print") || p.is(t, "exec")) {
			p.errRange(tokPosP(t), b.GetPos(), fmt.Sprintf("Missing parentheses in call to '%s'. Did you mean %s(...)?", p.name(t), p.name(t)))
		}
	}
}

func isLegacy(e ast.Expr) bool {
	n, ok := e.(*ast.Name)
	return ok && (n.Id == "print" || n.Id == "exec")
}

func (p *parser) expressionWithoutInvalid() ast.Expr {
	if p.at(kwLambda) {
		return p.lambdef()
	}
	start := p.pos
	e := p.disjunction()
	if p.at(kwIf) {
		p.next()
		test := p.disjunction()
		p.expect(kwElse)
		orelse := p.expression()
		return &ast.IfExp{Pos: p.posFrom(start), Test: test, Body: e, Orelse: orelse}
	}
	return e
}

func (p *parser) yieldExpr() ast.Expr {
	start := p.pos
	p.expect(kwYield)
	if p.accept(kwFrom) != nil {
		v := p.expression()
		return &ast.YieldFrom{Pos: p.posFrom(start), Value: v}
	}
	var v ast.Expr
	if p.startsExpression() {
		v = p.starExpressions()
	}
	return &ast.Yield{Pos: p.posFrom(start), Value: v}
}

// operand parses the operand after an operator whose token is at save.
// In the error pass a failing operand gives the operator back, as PEG
// repetition does, and operand reports false. (In the first pass any
// failure fails the whole parse at the same furthest token, so the
// cheaper way is taken.)
func (p *parser) operand(save int, f func() ast.Expr) (ast.Expr, bool) {
	if !p.peg() {
		return f(), true
	}
	var e ast.Expr
	if p.try(func() { e = f() }) {
		return e, true
	}
	p.pos = save
	return nil, false
}

func (p *parser) disjunction() ast.Expr {
	if p.errPass {
		return p.memoExpr(ruleDisjunction, p.disjunctionRule)
	}
	return p.disjunctionRule()
}

func (p *parser) disjunctionRule() ast.Expr {
	start := p.pos
	e := p.conjunction()
	if !p.at(kwOr) {
		return e
	}
	values := []ast.Expr{e}
	for {
		save := p.pos
		if p.accept(kwOr) == nil {
			break
		}
		var v ast.Expr
		ok := true
		if p.peg() {
			v, ok = p.operand(save, p.conjunction)
		} else {
			v = p.conjunction()
		}
		if !ok {
			break
		}
		values = append(values, v)
	}
	if len(values) == 1 {
		return e
	}
	return &ast.BoolOp{Pos: p.posFrom(start), Op: ast.Or, Values: values}
}

func (p *parser) conjunction() ast.Expr {
	start := p.pos
	e := p.inversion()
	if !p.at(kwAnd) {
		return e
	}
	values := []ast.Expr{e}
	for {
		save := p.pos
		if p.accept(kwAnd) == nil {
			break
		}
		var v ast.Expr
		ok := true
		if p.peg() {
			v, ok = p.operand(save, p.inversion)
		} else {
			v = p.inversion()
		}
		if !ok {
			break
		}
		values = append(values, v)
	}
	if len(values) == 1 {
		return e
	}
	return &ast.BoolOp{Pos: p.posFrom(start), Op: ast.And, Values: values}
}

func (p *parser) inversion() ast.Expr {
	if p.at(kwNot) {
		p.enter()
		defer p.leave()
		start := p.pos
		p.next()
		v := p.inversion()
		return &ast.UnaryOp{Pos: p.posFrom(start), Op: ast.Not, Operand: v}
	}
	return p.comparison()
}

func (p *parser) compareOp() (ast.CmpOp, bool) {
	switch p.kind() {
	case tkEqEqual:
		p.next()
		return ast.Eq, true
	case tkNotEqual:
		p.next()
		return ast.NotEq, true
	case tkLessEqual:
		p.next()
		return ast.LtE, true
	case tkLess:
		p.next()
		return ast.Lt, true
	case tkGreaterEqual:
		p.next()
		return ast.GtE, true
	case tkGreater:
		p.next()
		return ast.Gt, true
	case kwIn:
		p.next()
		return ast.In, true
	case kwNot:
		if p.peekKind(1) == kwIn {
			p.pos += 2
			return ast.NotIn, true
		}
	case kwIs:
		p.next()
		if p.accept(kwNot) != nil {
			return ast.IsNot, true
		}
		return ast.Is, true
	}
	return 0, false
}

func (p *parser) comparison() ast.Expr {
	start := p.pos
	e := p.bitwiseOr()
	var ops []ast.CmpOp
	var comps []ast.Expr
	for {
		save := p.pos
		op, ok := p.compareOp()
		if !ok {
			break
		}
		var c ast.Expr
		ok = true
		if p.peg() {
			c, ok = p.operand(save, p.bitwiseOr)
		} else {
			c = p.bitwiseOr()
		}
		if !ok {
			break
		}
		ops = append(ops, op)
		comps = append(comps, c)
	}
	if ops == nil {
		return e
	}
	return &ast.Compare{Pos: p.posFrom(start), Left: e, Ops: ops, Comparators: comps}
}

func (p *parser) bitwiseOr() ast.Expr {
	if p.errPass {
		return p.memoExpr(ruleBitwiseOr, p.bitwiseOrRule)
	}
	return p.bitwiseOrRule()
}

func (p *parser) bitwiseOrRule() ast.Expr {
	return p.binary(1)
}

// binOps gives each binary operator token its precedence (1 for '|'
// up to 6 for the multiplicative operators; 0 for other tokens).
var binOps [numKinds]struct {
	prec int8
	op   ast.Operator
}

func init() {
	for _, o := range []struct {
		k    tokKind
		prec int8
		op   ast.Operator
	}{
		{tkVbar, 1, ast.BitOr}, {tkCircumflex, 2, ast.BitXor}, {tkAmper, 3, ast.BitAnd},
		{tkLeftShift, 4, ast.LShift}, {tkRightShift, 4, ast.RShift},
		{tkPlus, 5, ast.Add}, {tkMinus, 5, ast.Sub},
		{tkStar, 6, ast.Mult}, {tkSlash, 6, ast.Div}, {tkDoubleSlash, 6, ast.FloorDiv},
		{tkPercent, 6, ast.Modulo}, {tkAt, 6, ast.MatMult},
	} {
		binOps[o.k].prec = o.prec
		binOps[o.k].op = o.op
	}
}

// binary parses the binary operators of precedence minPrec and above by
// precedence climbing; operators of one level associate to the left.
func (p *parser) binary(minPrec int8) ast.Expr {
	start := p.pos
	e := p.factor()
	for {
		b := binOps[p.kind()]
		if b.prec == 0 || b.prec < minPrec {
			return e
		}
		save := p.pos
		p.next()
		var r ast.Expr
		if p.peg() {
			ok := false
			next := b.prec + 1
			r, ok = p.operand(save, func() ast.Expr { return p.binary(next) })
			if !ok {
				return e
			}
		} else {
			r = p.binary(b.prec + 1)
		}
		e = &ast.BinOp{Pos: p.posFrom(start), Left: e, Op: b.op, Right: r}
	}
}

func (p *parser) factor() ast.Expr {
	var op ast.UnaryOperator
	switch p.kind() {
	case tkPlus:
		op = ast.UAdd
	case tkMinus:
		op = ast.USub
	case tkTilde:
		op = ast.Invert
	default:
		return p.power()
	}
	p.enter()
	defer p.leave()
	start := p.pos
	p.next()
	v := p.factor()
	return &ast.UnaryOp{Pos: p.posFrom(start), Op: op, Operand: v}
}

func (p *parser) power() ast.Expr {
	start := p.pos
	e := p.awaitPrimary()
	save := p.pos
	if p.accept(tkDoubleStar) != nil {
		// Two levels of CPython's parser stack per '**' (see maxDepth).
		p.enter()
		p.enter()
		defer func() { p.leave(); p.leave() }()
		var r ast.Expr
		ok := true
		if p.peg() {
			r, ok = p.operand(save, p.factor)
		} else {
			r = p.factor()
		}
		if !ok {
			return e
		}
		return &ast.BinOp{Pos: p.posFrom(start), Left: e, Op: ast.Pow, Right: r}
	}
	return e
}

func (p *parser) awaitPrimary() ast.Expr {
	if p.at(kwAwait) {
		start := p.pos
		p.next()
		v := p.primary(false)
		return &ast.Await{Pos: p.posFrom(start), Value: v}
	}
	return p.primary(false)
}

// primary parses an atom followed by attribute, call and subscript
// trailers.
func (p *parser) primary(_ bool) ast.Expr {
	start := p.pos
	e := p.atom()
	for {
		switch p.kind() {
		case tkDot, tkLpar, tkLsqb:
		default:
			return e
		}
		if !p.peg() {
			e = p.trailer(start, e)
			continue
		}
		// In the error pass a trailer that does not parse leaves the
		// primary as it was, as CPython's left-recursive rule does.
		save := p.pos
		var t ast.Expr
		if !p.try(func() { t = p.trailer(start, e) }) {
			p.pos = save
			return e
		}
		e = t
	}
}

// trailer parses one attribute, call or subscript after e.
func (p *parser) trailer(start int, e ast.Expr) ast.Expr {
	switch p.kind() {
	case tkDot:
		p.next()
		nt := p.expect(tkName)
		return &ast.Attribute{Pos: p.posFrom(start), Value: e, Attr: p.name(nt)}
	case tkLpar:
		lpar := p.pos
		p.next()
		if p.invalid && p.at(tkStar) {
			// CPython tries "primary genexp" before the call, and the
			// genexp's invalid_comprehension rule reports f(*a for a in b).
			save := p.pos
			p.try(func() {
				st := p.pos
				p.next()
				v := p.expression()
				first := &ast.Starred{Pos: p.posFrom(st), Value: v}
				if !p.at(kwFor) && !p.at(kwAsync) {
					p.fail()
				}
				p.forIfClauses()
				p.errNode(first, "iterable unpacking cannot be used in comprehension")
			})
			p.pos = save
		}
		var args []ast.Expr
		var kws []*ast.Keyword
		if p.at(tkRpar) {
			args, kws = []ast.Expr{}, []*ast.Keyword{}
		} else {
			args, kws = p.callArguments(lpar)
		}
		p.expect(tkRpar)
		return &ast.Call{Pos: p.posFrom(start), Func: e, Args: args, Keywords: kws}
	default:
		p.next()
		s := p.slices()
		p.expect(tkRsqb)
		return &ast.Subscript{Pos: p.posFrom(start), Value: e, Slice: s}
	}
}

func (p *parser) slices() ast.Expr {
	start := p.pos
	s := p.slice()
	if !p.at(tkComma) {
		if _, ok := s.(*ast.Starred); ok {
			return &ast.Tuple{Pos: p.posFrom(start), Elts: []ast.Expr{s}}
		}
		return s
	}
	elts := []ast.Expr{s}
	for p.accept(tkComma) != nil {
		if p.at(tkRsqb) {
			break
		}
		elts = append(elts, p.slice())
	}
	return &ast.Tuple{Pos: p.posFrom(start), Elts: elts}
}

func (p *parser) slice() ast.Expr {
	start := p.pos
	if p.at(tkStar) {
		p.next()
		v := p.expression()
		return &ast.Starred{Pos: p.posFrom(start), Value: v}
	}
	var lower ast.Expr
	if !p.at(tkColon) {
		lower = p.namedExpression()
		if !p.at(tkColon) {
			return lower
		}
		if _, ok := lower.(*ast.NamedExpr); ok && p.toks[start].kind == tkName {
			p.fail()
		}
	}
	p.expect(tkColon)
	var upper, step ast.Expr
	if k := p.kind(); k != tkColon && k != tkComma && k != tkRsqb {
		upper = p.expression()
	}
	if p.accept(tkColon) != nil {
		if k := p.kind(); k != tkComma && k != tkRsqb {
			step = p.expression()
		}
	}
	return &ast.Slice{Pos: p.posFrom(start), Lower: lower, Upper: upper, Step: step}
}

func (p *parser) atom() ast.Expr {
	t := p.tok()
	switch t.kind {
	case tkName:
		p.next()
		return &ast.Name{Pos: tokPos(t), Id: p.name(t)}
	case kwTrue:
		p.next()
		return &ast.Constant{Pos: tokPos(t), Value: true}
	case kwFalse:
		p.next()
		return &ast.Constant{Pos: tokPos(t), Value: false}
	case kwNone:
		p.next()
		return &ast.Constant{Pos: tokPos(t), Value: ast.None}
	case tkEllipsis:
		p.next()
		return &ast.Constant{Pos: tokPos(t), Value: ast.Ellipsis}
	case tkNumber:
		p.next()
		return &ast.Constant{Pos: tokPos(t), Value: p.number(t)}
	case tkString, tkFStringStart:
		return p.strings()
	case tkLpar:
		return p.parenAtom()
	case tkLsqb:
		return p.listAtom()
	case tkLbrace:
		return p.braceAtom()
	}
	p.fail()
	return nil
}

func (p *parser) parenAtom() ast.Expr {
	p.enter()
	defer p.leave()
	start := p.pos
	p.next()
	if p.accept(tkRpar) != nil {
		return &ast.Tuple{Pos: p.posFrom(start), Elts: []ast.Expr{}}
	}
	if p.at(kwYield) {
		e := p.yieldExpr()
		p.expect(tkRpar)
		return e
	}
	if p.invalid {
		p.invalidGroup()
	}
	first := p.starNamedExpression()
	switch p.kind() {
	case tkRpar:
		if _, ok := first.(*ast.Starred); ok {
			p.fail()
		}
		p.next()
		return first
	case kwFor, kwAsync:
		if _, ok := first.(*ast.Starred); ok {
			if p.invalid {
				p.errNode(first, "iterable unpacking cannot be used in comprehension")
			}
			p.fail()
		}
		gens := p.forIfClauses()
		p.expect(tkRpar)
		return &ast.GeneratorExp{Pos: p.posFrom(start), Elt: first, Generators: gens}
	case tkComma:
		elts := []ast.Expr{first}
		for p.accept(tkComma) != nil {
			if p.at(tkRpar) {
				break
			}
			elts = append(elts, p.starNamedExpression())
		}
		p.expect(tkRpar)
		return &ast.Tuple{Pos: p.posFrom(start), Elts: elts}
	}
	p.fail()
	return nil
}

func (p *parser) invalidGroup() {
	save := p.pos
	defer func() { p.pos = save }()
	if p.at(tkStar) {
		p.try(func() {
			s := p.pos
			p.next()
			v := p.expression()
			p.expect(tkRpar)
			_ = v
			p.errNode(&ast.Starred{Pos: spanPos(tokPosP(&p.toks[s]), tokPosP(&p.toks[p.pos-2]))}, "cannot use starred expression here")
		})
	}
	if p.at(tkDoubleStar) {
		p.try(func() {
			t := p.next()
			p.expression()
			p.expect(tkRpar)
			p.errTok(t, "cannot use double starred expression here")
		})
	}
}

// invalidComprehension is tried when a display's first element is
// followed by a comma and the display turns out to be a comprehension.
func (p *parser) invalidComprehension(first ast.Expr) {
	if !p.invalid {
		return
	}
	save := p.pos
	defer func() { p.pos = save }()
	p.try(func() {
		if p.at(kwFor) || p.at(kwAsync) {
			p.forIfClauses()
			p.errRange(first.GetPos(), tokPosP(&p.toks[save-1]), "did you forget parentheses around the comprehension target?")
		}
		elts := p.starNamedExpressions()
		if !(p.at(kwFor) || p.at(kwAsync)) {
			p.fail()
		}
		p.forIfClauses()
		p.errRange(first.GetPos(), elts[len(elts)-1].GetPos(), "did you forget parentheses around the comprehension target?")
	})
}

func (p *parser) listAtom() ast.Expr {
	p.enter()
	defer p.leave()
	start := p.pos
	p.next()
	if p.accept(tkRsqb) != nil {
		return &ast.List{Pos: p.posFrom(start), Elts: []ast.Expr{}}
	}
	first := p.starNamedExpression()
	if p.at(kwFor) || p.at(kwAsync) {
		if _, ok := first.(*ast.Starred); ok {
			if p.invalid {
				p.errNode(first, "iterable unpacking cannot be used in comprehension")
			}
			p.fail()
		}
		gens := p.forIfClauses()
		p.expect(tkRsqb)
		return &ast.ListComp{Pos: p.posFrom(start), Elt: first, Generators: gens}
	}
	elts := []ast.Expr{first}
	for p.accept(tkComma) != nil {
		if p.at(tkRsqb) {
			break
		}
		if len(elts) == 1 {
			p.invalidComprehension(first)
		}
		elts = append(elts, p.starNamedExpression())
	}
	p.expect(tkRsqb)
	return &ast.List{Pos: p.posFrom(start), Elts: elts}
}

// braceAtom parses a dict or set display or comprehension. When that
// fails, CPython's invalid_double_starred_kvpairs runs (in both passes, as
// it is not the first item of its alternative) and may name the mistake.
func (p *parser) braceAtom() ast.Expr {
	start := p.pos
	// A display that failed here fails again: remembering that keeps
	// nested failing displays from being parsed an exponential number of
	// times (CPython's memoization does the same).
	key := start<<1 | boolInt(p.invalid)
	if p.braceFailed[key] {
		p.tok()
		p.fail()
	}
	var e ast.Expr
	if p.try(func() { e = p.braceDisplay() }) {
		return e
	}
	p.invalidDictItems(start)
	p.pos = start
	if p.braceFailed == nil {
		p.braceFailed = map[int]bool{}
	}
	p.braceFailed[key] = true
	p.fail()
	return nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// invalidDictItems is CPython's invalid_double_starred_kvpairs: start is
// the index of the '{'.
func (p *parser) invalidDictItems(start int) {
	p.pegDepth++
	defer func() { p.pegDepth-- }()
	p.pos = start + 1
	// ','.double_starred_kvpair+ ',' invalid_kvpair
	if p.try(p.doubleStarredKVPair) {
		for {
			s := p.pos
			if p.accept(tkComma) == nil || !p.try(p.doubleStarredKVPair) {
				p.pos = s
				break
			}
		}
		if p.accept(tkComma) != nil {
			p.invalidKVPair(true)
		}
	}
	p.pos = start + 1
	p.invalidKVPair(false)
}

func (p *parser) doubleStarredKVPair() {
	if p.accept(tkDoubleStar) != nil {
		p.bitwiseOr()
		return
	}
	p.expression()
	p.expect(tkColon)
	p.expression()
}

// invalidKVPair is CPython's invalid_kvpair; without missingColon, only
// its alternatives that the start of invalid_double_starred_kvpairs has.
func (p *parser) invalidKVPair(missingColon bool) {
	save := p.pos
	defer func() { p.pos = save }()
	var a ast.Expr
	if !p.try(func() { a = p.expression() }) {
		return
	}
	if !p.at(tkColon) {
		if missingColon {
			pos := a.GetPos()
			panic(p.makeError(KindSyntaxError, "':' expected after dictionary key", pos.Lineno, pos.EndColOffset, pos.EndLineno, 0))
		}
		return
	}
	colon := p.next()
	if star := p.tok(); star.kind == tkStar {
		p.next()
		if p.try(func() { p.bitwiseOr() }) {
			p.errFrom(tokPosP(star), "cannot use a starred expression in a dictionary value")
		}
		p.pos = save
		p.try(func() { p.expression() })
		p.next()
	}
	if k := p.kind(); k == tkRbrace || k == tkComma {
		p.errTok(colon, "expression expected after dictionary key and ':'")
	}
}

func (p *parser) braceDisplay() ast.Expr {
	p.enter()
	defer p.leave()
	start := p.pos
	p.next()
	if p.accept(tkRbrace) != nil {
		return &ast.Dict{Pos: p.posFrom(start), Keys: []ast.Expr{}, Values: []ast.Expr{}}
	}
	if p.at(tkDoubleStar) {
		if p.invalid && p.try(func() {
			t := p.next()
			p.bitwiseOr()
			if !(p.at(kwFor) || p.at(kwAsync)) {
				p.fail()
			}
			p.forIfClauses()
			p.expect(tkRbrace)
			p.errTok(t, "dict unpacking cannot be used in dict comprehension")
		}) {
		}
		p.pos = start + 1
		return p.dictRest(start, nil, nil)
	}
	if p.at(tkStar) {
		return p.setRest(start, p.starNamedExpression())
	}
	first := p.namedExpression()
	if p.at(tkColon) {
		if _, ok := first.(*ast.NamedExpr); ok && p.toks[start+1].kind != tkLpar {
			p.fail()
		}
		p.next()
		v := p.expression()
		if p.at(kwFor) || p.at(kwAsync) {
			gens := p.forIfClauses()
			p.expect(tkRbrace)
			return &ast.DictComp{Pos: p.posFrom(start), Key: first, Value: v, Generators: gens}
		}
		return p.dictRest(start, first, v)
	}
	if p.at(kwFor) || p.at(kwAsync) {
		gens := p.forIfClauses()
		p.expect(tkRbrace)
		return &ast.SetComp{Pos: p.posFrom(start), Elt: first, Generators: gens}
	}
	return p.setRest(start, first)
}

func (p *parser) setRest(start int, first ast.Expr) ast.Expr {
	if p.at(kwFor) || p.at(kwAsync) {
		if p.invalid {
			p.errNode(first, "iterable unpacking cannot be used in comprehension")
		}
		p.fail()
	}
	elts := []ast.Expr{first}
	for p.accept(tkComma) != nil {
		if p.at(tkRbrace) {
			break
		}
		if len(elts) == 1 {
			p.invalidComprehension(first)
		}
		elts = append(elts, p.starNamedExpression())
	}
	p.expect(tkRbrace)
	return &ast.Set{Pos: p.posFrom(start), Elts: elts}
}

// dictRest continues a dict display; key/value is the first pair if any.
func (p *parser) dictRest(start int, key, value ast.Expr) ast.Expr {
	keys, values := []ast.Expr{}, []ast.Expr{}
	if value != nil {
		keys = append(keys, key)
		values = append(values, value)
		if p.accept(tkComma) == nil {
			p.expect(tkRbrace)
			return &ast.Dict{Pos: p.posFrom(start), Keys: keys, Values: values}
		}
	}
	for !p.at(tkRbrace) {
		if p.accept(tkDoubleStar) != nil {
			keys = append(keys, nil)
			values = append(values, p.bitwiseOr())
		} else {
			k := p.expression()
			p.expect(tkColon)
			keys = append(keys, k)
			values = append(values, p.expression())
		}
		if p.accept(tkComma) == nil {
			break
		}
	}
	p.expect(tkRbrace)
	return &ast.Dict{Pos: p.posFrom(start), Keys: keys, Values: values}
}

func (p *parser) forIfClauses() []*ast.Comprehension {
	var gens []*ast.Comprehension
	for p.at(kwFor) || p.at(kwAsync) && p.peekKind(1) == kwFor {
		async := 0
		if p.accept(kwAsync) != nil {
			async = 1
		}
		p.next() // for
		afterFor := p.pos
		var target ast.Expr
		if !p.try(func() {
			target = p.starTargets()
			p.expect(kwIn)
		}) {
			p.invalidForTarget(afterFor)
			p.fail()
		}
		iter := p.disjunction()
		ifs := []ast.Expr{}
		for p.accept(kwIf) != nil {
			ifs = append(ifs, p.disjunction())
		}
		gens = append(gens, &ast.Comprehension{Target: target, Iter: iter, Ifs: ifs, IsAsync: async})
	}
	if gens == nil {
		p.fail()
	}
	return gens
}

func (p *parser) lambdef() ast.Expr {
	start := p.pos
	p.expect(kwLambda)
	p.enter()
	defer p.leave()
	args := p.params(true)
	p.expect(tkColon)
	body := p.expression()
	return &ast.Lambda{Pos: p.posFrom(start), Args: args, Body: body}
}

// callArguments parses the arguments of a call after '('; lpar is the
// index of the '(' token, or -1 for class bases, where a bare generator
// expression is not allowed.
func (p *parser) callArguments(lpar int) ([]ast.Expr, []*ast.Keyword) {
	args := []ast.Expr{}
	kws := []*ast.Keyword{}
	sawKeyword, sawDoubleStar := false, false
	for !p.at(tkRpar) {
		start := p.pos
		switch {
		case p.at(tkStar):
			if sawDoubleStar {
				if p.invalid {
					p.errLast("iterable argument unpacking follows keyword argument unpacking")
				}
				p.fail()
			}
			p.next()
			v := p.expression()
			args = append(args, &ast.Starred{Pos: p.posFrom(start), Value: v})
		case p.at(tkDoubleStar):
			p.next()
			v := p.expression()
			kws = append(kws, &ast.Keyword{Pos: p.posFrom(start), Value: v})
			sawDoubleStar = true
		case p.at(tkName) && p.peekKind(1) == tkEqual:
			nt := p.next()
			p.next()
			v := p.expression()
			if p.invalid && (p.at(kwFor) || p.at(kwAsync)) {
				p.errRange(tokPosP(nt), tokPosP(&p.toks[start+1]), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
			}
			kws = append(kws, &ast.Keyword{Pos: p.posFrom(start), Arg: p.name(nt), Value: v})
			sawKeyword = true
		default:
			if p.invalid {
				if k := p.kind(); (k == kwTrue || k == kwFalse || k == kwNone) && p.peekKind(1) == tkEqual {
					t := p.tok()
					p.errRange(tokPosP(t), tokPosP(&p.toks[p.pos+1]), "cannot assign to "+t.kind.String())
				}
			}
			var e ast.Expr
			if p.at(tkName) && p.peekKind(1) == tkColonEqual {
				e = p.namedExpression()
			} else {
				e = p.expression()
				if p.at(tkColonEqual) {
					p.fail()
				}
			}
			if p.at(tkEqual) {
				if p.invalid {
					p.errRange(e.GetPos(), tokPosP(p.tok()), "expression cannot contain assignment, perhaps you meant \"==\"?")
				}
				p.fail()
			}
			if p.at(kwFor) || p.at(kwAsync) {
				if lpar < 0 && len(args) == 0 && len(kws) == 0 {
					p.fail()
				}
				gens := p.forIfClauses()
				if len(args) == 0 && len(kws) == 0 && p.at(tkRpar) && lpar >= 0 {
					ge := &ast.GeneratorExp{Elt: e, Generators: gens}
					ge.Pos = spanPos(tokPosP(&p.toks[lpar]), tokPosP(p.tok()))
					args = append(args, ge)
					continue
				}
				if p.invalid {
					last := gens[len(gens)-1]
					lastItem := last.Iter
					if len(last.Ifs) > 0 {
						lastItem = last.Ifs[len(last.Ifs)-1]
					}
					if len(args) == 0 && len(kws) == 0 && p.at(tkComma) {
						p.errRange(e.GetPos(), lastItem.GetPos(), "Generator expression must be parenthesized")
					}
					if len(args)+len(kws) > 0 {
						p.errRange(e.GetPos(), lastItem.GetPos(), "Generator expression must be parenthesized")
					}
				}
				p.fail()
			}
			if sawKeyword || sawDoubleStar {
				if p.invalid {
					if sawDoubleStar {
						p.errLast("positional argument follows keyword argument unpacking")
					}
					p.errLast("positional argument follows keyword argument")
				}
				p.fail()
			}
			args = append(args, e)
		}
		if p.accept(tkComma) == nil {
			break
		}
	}
	return args, kws
}

// params parses function parameters up to ')' or lambda parameters up to
// ':'.
func (p *parser) params(lambda bool) *ast.Arguments {
	a := &ast.Arguments{Posonlyargs: []*ast.Arg{}, Args: []*ast.Arg{}, Kwonlyargs: []*ast.Arg{}, KwDefaults: []ast.Expr{}, Defaults: []ast.Expr{}}
	closer := tkRpar
	if lambda {
		closer = tkColon
	}
	star := false
	slash := false
	for !p.at(closer) {
		t := p.tok()
		switch t.kind {
		case tkSlash:
			if star {
				p.paramErr(t, "/ must be ahead of *")
			}
			if slash {
				p.paramErr(t, "/ may appear only once")
			}
			if len(a.Args) == 0 {
				if p.invalid && p.peekKind(1) == tkComma {
					p.errTok(t, "at least one argument must precede /")
				}
				p.fail()
			}
			p.next()
			slash = true
			a.Posonlyargs = a.Args
			a.Args = []*ast.Arg{}
		case tkStar:
			if star {
				p.paramErr(t, "* argument may appear only once")
			}
			if a.Kwarg != nil {
				p.paramErr(t, "arguments cannot follow var-keyword argument")
			}
			p.next()
			star = true
			if p.at(tkComma) {
				if k := p.peekKind(1); k == closer || k == tkDoubleStar {
					if lambda && p.invalid {
						p.errLast("named arguments must follow bare *")
					}
					p.paramErr(t, "named arguments must follow bare *")
				}
				break
			}
			if p.at(closer) {
				if lambda && p.invalid {
					p.errLast("named arguments must follow bare *")
				}
				p.paramErr(t, "named arguments must follow bare *")
			}
			a.Vararg = p.param(lambda, true)
			if p.at(tkEqual) {
				p.paramErr(p.tok(), "var-positional argument cannot have default value")
			}
		case tkDoubleStar:
			if a.Kwarg != nil {
				p.paramErr(t, "arguments cannot follow var-keyword argument")
			}
			p.next()
			a.Kwarg = p.param(lambda, false)
			if p.at(tkEqual) {
				p.paramErr(p.tok(), "var-keyword argument cannot have default value")
			}
		case tkLpar:
			if p.invalid {
				save := p.pos
				p.try(func() {
					p.next()
					for {
						p.expect(tkName)
						if !lambda && p.accept(tkColon) != nil {
							p.expression()
						}
						if p.accept(tkComma) == nil || p.at(tkRpar) {
							break
						}
					}
					rp := p.expect(tkRpar)
					what := "Function parameters cannot be parenthesized"
					if lambda {
						what = "Lambda expression parameters cannot be parenthesized"
					}
					p.errRange(tokPosP(t), tokPosP(rp), what)
				})
				p.pos = save
			}
			p.fail()
		default:
			if a.Kwarg != nil {
				p.paramErr(t, "arguments cannot follow var-keyword argument")
			}
			arg := p.param(lambda, false)
			var def ast.Expr
			if eq := p.accept(tkEqual); eq != nil {
				if k := p.kind(); k == tkComma || k == tkRpar {
					p.paramErr(eq, "expected default value expression")
				}
				def = p.expression()
			}
			if star {
				a.Kwonlyargs = append(a.Kwonlyargs, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			} else {
				if def != nil {
					a.Defaults = append(a.Defaults, def)
				} else if len(a.Defaults) > 0 {
					if p.invalid {
						p.errNode(arg, "non-default argument follows default argument")
					}
					p.fail()
				}
				a.Args = append(a.Args, arg)
			}
		}
		if p.accept(tkComma) == nil {
			if p.at(tkStar) && slash == false && !star && p.invalid && len(p.toks) > p.pos-1 && p.toks[p.pos-1].kind == tkSlash {
				p.errTok(p.tok(), "expected comma between / and *")
			}
			break
		}
	}
	return a
}

// paramErr raises (in the error pass) an error about a parameter list.
func (p *parser) paramErr(t *token, msg string) {
	if p.invalid {
		p.errTok(t, msg)
	}
	p.fail()
}

func (p *parser) param(lambda, starAnnotation bool) *ast.Arg {
	start := p.pos
	nt := p.expect(tkName)
	var ann ast.Expr
	if !lambda && p.accept(tkColon) != nil {
		if starAnnotation && p.at(tkStar) {
			ann = p.starExpression()
		} else {
			ann = p.expression()
		}
	}
	return &ast.Arg{Pos: p.posFrom(start), Arg: p.name(nt), Annotation: ann}
}
