package syntax

import (
	"fmt"

	"github.com/gilpy/gilpy/interp/syntax/ast"
)

// matchAhead reports whether a statement starting with the soft keyword
// "match" is a match statement: "match" subject ':' follows.
func (p *parser) matchAhead() bool {
	save := p.pos
	ok := p.try(func() {
		p.next()
		p.subjectExpr()
		if !p.at(tkColon) && !(p.invalid && p.at(tkNewline)) {
			p.fail()
		}
	})
	p.pos = save
	return ok
}

func (p *parser) subjectExpr() ast.Expr {
	start := p.pos
	first := p.starNamedExpression()
	if !p.at(tkComma) {
		if _, ok := first.(*ast.Starred); ok {
			p.fail()
		}
		return first
	}
	elts := []ast.Expr{first}
	for p.accept(tkComma) != nil {
		if !p.startsExpression() {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	return &ast.Tuple{Pos: p.posFrom(start), Elts: elts}
}

func (p *parser) matchStmt() ast.Stmt {
	start := p.pos
	mt := p.next()
	subject := p.subjectExpr()
	p.colon()
	p.expect(tkNewline)
	if !p.at(tkIndent) {
		t := p.tok()
		p.raise(KindIndentationError, fmt.Sprintf("expected an indented block after 'match' statement on line %d", mt.line), t, t)
	}
	p.next()
	var cases []*ast.MatchCase
	for !p.at(tkDedent) {
		t := p.tok()
		if !p.is(t, "case") {
			p.fail()
		}
		p.next()
		pat := p.patterns()
		var guard ast.Expr
		if p.accept(kwIf) != nil {
			guard = p.namedExpression()
		}
		p.colon()
		body := p.block("'case' statement", int(t.line))
		cases = append(cases, &ast.MatchCase{Pattern: pat, Guard: guard, Body: body})
	}
	p.next()
	return &ast.Match{Pos: p.posFrom(start), Subject: subject, Cases: cases}
}

func (p *parser) patterns() ast.Pattern {
	start := p.pos
	first := p.maybeStarPattern()
	if !p.at(tkComma) {
		if _, ok := first.(*ast.MatchStar); ok {
			p.fail()
		}
		return first
	}
	pats := []ast.Pattern{first}
	for p.accept(tkComma) != nil {
		if p.at(tkColon) || p.at(kwIf) {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	return &ast.MatchSequence{Pos: p.posFrom(start), Patterns: pats}
}

func (p *parser) maybeStarPattern() ast.Pattern {
	if p.at(tkStar) {
		start := p.pos
		p.next()
		nt := p.expect(tkName)
		name := p.name(nt)
		if name == "_" {
			name = ""
		}
		return &ast.MatchStar{Pos: p.posFrom(start), Name: name}
	}
	return p.pattern()
}

func (p *parser) pattern() ast.Pattern {
	p.enter()
	defer p.leave()
	start := p.pos
	pat := p.orPattern()
	if p.at(kwAs) {
		p.next()
		t := p.tok()
		if p.is(t, "_") {
			if p.invalid {
				p.errTok(t, "cannot use '_' as a target")
			}
			p.fail()
		}
		if t.kind != tkName || p.peekKindIn(1, tkDot, tkLpar, tkEqual) {
			if p.invalid && t.kind != tkName {
				var e ast.Expr
				if p.try(func() { e = p.expression() }) {
					p.errNode(e, "invalid pattern target")
				}
			}
			p.fail()
		}
		p.next()
		return &ast.MatchAs{Pos: p.posFrom(start), Pattern: pat, Name: p.name(t)}
	}
	return pat
}

func (p *parser) peekKindIn(n int, kinds ...tokKind) bool {
	k := p.peekKind(n)
	for _, x := range kinds {
		if k == x {
			return true
		}
	}
	return false
}

func (p *parser) orPattern() ast.Pattern {
	start := p.pos
	first := p.closedPattern()
	if !p.at(tkVbar) {
		return first
	}
	pats := []ast.Pattern{first}
	for p.accept(tkVbar) != nil {
		pats = append(pats, p.closedPattern())
	}
	return &ast.MatchOr{Pos: p.posFrom(start), Patterns: pats}
}

func (p *parser) closedPattern() ast.Pattern {
	start := p.pos
	t := p.tok()
	switch t.kind {
	case tkNumber, tkMinus:
		v := p.signedOrComplex()
		return &ast.MatchValue{Pos: p.posFrom(start), Value: v}
	case tkString, tkFStringStart:
		v := p.strings()
		return &ast.MatchValue{Pos: p.posFrom(start), Value: v}
	case kwNone:
		p.next()
		return &ast.MatchSingleton{Pos: p.posFrom(start), Value: ast.None}
	case kwTrue:
		p.next()
		return &ast.MatchSingleton{Pos: p.posFrom(start), Value: true}
	case kwFalse:
		p.next()
		return &ast.MatchSingleton{Pos: p.posFrom(start), Value: false}
	case tkName:
		k1 := p.peekKind(1)
		if k1 != tkDot && k1 != tkLpar && k1 != tkEqual {
			p.next()
			if p.is(t, "_") {
				return &ast.MatchAs{Pos: p.posFrom(start)}
			}
			return &ast.MatchAs{Pos: p.posFrom(start), Name: p.name(t)}
		}
		if p.is(t, "_") {
			// the wildcard wins even before '.' or '(', as in CPython
			p.next()
			return &ast.MatchAs{Pos: p.posFrom(start)}
		}
		cls := p.nameOrAttr()
		if p.at(tkLpar) {
			return p.classPattern(start, cls)
		}
		if _, ok := cls.(*ast.Attribute); !ok {
			p.fail()
		}
		if k := p.kind(); k == tkDot || k == tkLpar || k == tkEqual {
			p.fail()
		}
		return &ast.MatchValue{Pos: p.posFrom(start), Value: cls}
	case tkLpar:
		p.next()
		if p.accept(tkRpar) != nil {
			return &ast.MatchSequence{Pos: p.posFrom(start), Patterns: []ast.Pattern{}}
		}
		first := p.maybeStarPattern()
		if p.accept(tkRpar) != nil {
			if _, ok := first.(*ast.MatchStar); ok {
				p.fail()
			}
			return first
		}
		pats := []ast.Pattern{first}
		p.expect(tkComma)
		for !p.at(tkRpar) {
			pats = append(pats, p.maybeStarPattern())
			if p.accept(tkComma) == nil {
				break
			}
		}
		p.expect(tkRpar)
		return &ast.MatchSequence{Pos: p.posFrom(start), Patterns: pats}
	case tkLsqb:
		p.next()
		pats := []ast.Pattern{}
		for !p.at(tkRsqb) {
			pats = append(pats, p.maybeStarPattern())
			if p.accept(tkComma) == nil {
				break
			}
		}
		p.expect(tkRsqb)
		return &ast.MatchSequence{Pos: p.posFrom(start), Patterns: pats}
	case tkLbrace:
		return p.mappingPattern()
	}
	p.fail()
	return nil
}

func (p *parser) nameOrAttr() ast.Expr {
	start := p.pos
	nt := p.expect(tkName)
	var e ast.Expr = &ast.Name{Pos: tokPos(nt), Id: p.name(nt)}
	for p.accept(tkDot) != nil {
		at := p.expect(tkName)
		e = &ast.Attribute{Pos: p.posFrom(start), Value: e, Attr: p.name(at)}
	}
	return e
}

// signedOrComplex parses signed_number !('+'|'-') or complex_number.
func (p *parser) signedOrComplex() ast.Expr {
	start := p.pos
	var real ast.Expr
	if p.accept(tkMinus) != nil {
		nt := p.expect(tkNumber)
		real = &ast.UnaryOp{Pos: p.posFrom(start), Op: ast.USub, Operand: &ast.Constant{Pos: tokPos(nt), Value: p.number(nt)}}
	} else {
		nt := p.expect(tkNumber)
		real = &ast.Constant{Pos: tokPos(nt), Value: p.number(nt)}
	}
	if k := p.kind(); k == tkPlus || k == tkMinus {
		op := ast.Add
		if k == tkMinus {
			op = ast.Sub
		}
		realVal := real
		if u, ok := real.(*ast.UnaryOp); ok {
			realVal = u.Operand
		}
		if _, isComplex := realVal.(*ast.Constant).Value.(complex128); isComplex {
			if p.invalid {
				p.errNode(realVal, "real number required in complex literal")
			}
			p.fail()
		}
		p.next()
		it := p.expect(tkNumber)
		iv := p.number(it)
		if _, isComplex := iv.(complex128); !isComplex {
			if p.invalid {
				p.errTok(it, "imaginary number required in complex literal")
			}
			p.fail()
		}
		imag := &ast.Constant{Pos: tokPos(it), Value: iv}
		return &ast.BinOp{Pos: p.posFrom(start), Left: real, Op: op, Right: imag}
	}
	return real
}

func (p *parser) mappingPattern() ast.Pattern {
	start := p.pos
	p.next()
	keys := []ast.Expr{}
	pats := []ast.Pattern{}
	rest := ""
	for !p.at(tkRbrace) {
		if p.accept(tkDoubleStar) != nil {
			nt := p.expect(tkName)
			if p.is(nt, "_") {
				p.fail()
			}
			rest = p.name(nt)
			p.accept(tkComma)
			break
		}
		var key ast.Expr
		switch p.kind() {
		case tkNumber, tkMinus:
			key = p.signedOrComplex()
		case tkString, tkFStringStart:
			key = p.strings()
		case kwNone:
			key = &ast.Constant{Pos: tokPos(p.next()), Value: ast.None}
		case kwTrue:
			key = &ast.Constant{Pos: tokPos(p.next()), Value: true}
		case kwFalse:
			key = &ast.Constant{Pos: tokPos(p.next()), Value: false}
		case tkName:
			key = p.nameOrAttr()
			if _, ok := key.(*ast.Attribute); !ok {
				p.fail()
			}
		default:
			p.fail()
		}
		p.expect(tkColon)
		keys = append(keys, key)
		pats = append(pats, p.pattern())
		if p.accept(tkComma) == nil {
			break
		}
	}
	p.expect(tkRbrace)
	return &ast.MatchMapping{Pos: p.posFrom(start), Keys: keys, Patterns: pats, Rest: rest}
}

func (p *parser) classPattern(start int, cls ast.Expr) ast.Pattern {
	p.expect(tkLpar)
	pats := []ast.Pattern{}
	kwdAttrs := []string{}
	kwdPats := []ast.Pattern{}
	var firstKw ast.Pattern
	for !p.at(tkRpar) {
		if p.at(tkName) && p.peekKind(1) == tkEqual {
			nt := p.next()
			p.next()
			kwdAttrs = append(kwdAttrs, p.name(nt))
			pat := p.pattern()
			kwdPats = append(kwdPats, pat)
			if firstKw == nil {
				firstKw = pat
			}
		} else {
			pat := p.pattern()
			if len(kwdPats) > 0 {
				if p.invalid {
					// the positional patterns after the keywords
					first := pat
					last := pat
					for p.accept(tkComma) != nil && !p.at(tkRpar) {
						if p.at(tkName) && p.peekKind(1) == tkEqual {
							break
						}
						last = p.pattern()
					}
					p.errRange(first.GetPos(), last.GetPos(), "positional patterns follow keyword patterns")
				}
				p.fail()
			}
			pats = append(pats, pat)
		}
		if p.accept(tkComma) == nil {
			break
		}
	}
	p.expect(tkRpar)
	return &ast.MatchClass{Pos: p.posFrom(start), Cls: cls, Patterns: pats, KwdAttrs: kwdAttrs, KwdPatterns: kwdPats}
}
