package compile

import (
	"strings"

	"github.com/gilpy/gilpy/interp/syntax/ast"
)

// unparse renders an annotation back to source text, as CPython stores
// annotations under `from __future__ import annotations`: minimal
// parentheses by operator precedence, constants by their repr.
func unparse(e ast.Expr) string {
	var w unparser
	w.expr(e, prTest)
	return w.b.String()
}

// Precedence levels, lowest first.
const (
	prTuple = iota
	prTest  // if-else, lambda
	prOr
	prAnd
	prNot
	prCmp
	prExpr
	prBxor
	prBand
	prShift
	prArith
	prTerm
	prFactor
	prPower
	prAwait
	prAtom
)

const prBor = prExpr

type unparser struct{ b strings.Builder }

func (w *unparser) s(s string) { w.b.WriteString(s) }

func (w *unparser) open(cond bool) {
	if cond {
		w.s("(")
	}
}

func (w *unparser) close(cond bool) {
	if cond {
		w.s(")")
	}
}

var binopInfo = map[ast.Operator]struct {
	s  string
	pr int
}{
	ast.Add: {" + ", prArith}, ast.Sub: {" - ", prArith},
	ast.Mult: {" * ", prTerm}, ast.MatMult: {" @ ", prTerm}, ast.Div: {" / ", prTerm},
	ast.Modulo: {" % ", prTerm}, ast.FloorDiv: {" // ", prTerm},
	ast.LShift: {" << ", prShift}, ast.RShift: {" >> ", prShift},
	ast.BitOr: {" | ", prBor}, ast.BitXor: {" ^ ", prBxor}, ast.BitAnd: {" & ", prBand},
	ast.Pow: {" ** ", prPower},
}

var cmpStrings = map[ast.CmpOp]string{
	ast.Eq: " == ", ast.NotEq: " != ", ast.Lt: " < ", ast.LtE: " <= ", ast.Gt: " > ", ast.GtE: " >= ",
	ast.Is: " is ", ast.IsNot: " is not ", ast.In: " in ", ast.NotIn: " not in ",
}

func (w *unparser) exprs(l []ast.Expr, level int) {
	for i, e := range l {
		if i > 0 {
			w.s(", ")
		}
		w.expr(e, level)
	}
}

func (w *unparser) expr(e ast.Expr, level int) {
	switch e := e.(type) {
	case *ast.BoolOp:
		pr, op := prAnd, " and "
		if e.Op == ast.Or {
			pr, op = prOr, " or "
		}
		w.open(level > pr)
		for i, v := range e.Values {
			if i > 0 {
				w.s(op)
			}
			w.expr(v, pr+1)
		}
		w.close(level > pr)
	case *ast.BinOp:
		info := binopInfo[e.Op]
		rassoc := 0
		if e.Op == ast.Pow {
			rassoc = 1
		}
		w.open(level > info.pr)
		w.expr(e.Left, info.pr+rassoc)
		w.s(info.s)
		w.expr(e.Right, info.pr+1-rassoc)
		w.close(level > info.pr)
	case *ast.UnaryOp:
		pr, op := prFactor, ""
		switch e.Op {
		case ast.Invert:
			op = "~"
		case ast.Not:
			pr, op = prNot, "not "
		case ast.UAdd:
			op = "+"
		case ast.USub:
			op = "-"
		}
		w.open(level > pr)
		w.s(op)
		w.expr(e.Operand, pr)
		w.close(level > pr)
	case *ast.Lambda:
		w.open(level > prTest)
		w.s("lambda")
		if args := w.arguments(e.Args); args != "" {
			w.s(" " + args)
		}
		w.s(": ")
		w.expr(e.Body, prTest)
		w.close(level > prTest)
	case *ast.IfExp:
		w.open(level > prTest)
		w.expr(e.Body, prTest+1)
		w.s(" if ")
		w.expr(e.Test, prTest+1)
		w.s(" else ")
		w.expr(e.Orelse, prTest)
		w.close(level > prTest)
	case *ast.Dict:
		w.s("{")
		for i, v := range e.Values {
			if i > 0 {
				w.s(", ")
			}
			if e.Keys[i] == nil {
				w.s("**")
				w.expr(v, prExpr)
			} else {
				w.expr(e.Keys[i], prTest)
				w.s(": ")
				w.expr(v, prTest)
			}
		}
		w.s("}")
	case *ast.Set:
		if len(e.Elts) == 0 {
			w.s("{*()}")
			return
		}
		w.s("{")
		w.exprs(e.Elts, prTest)
		w.s("}")
	case *ast.ListComp:
		w.s("[")
		w.expr(e.Elt, prTest)
		w.comps(e.Generators)
		w.s("]")
	case *ast.SetComp:
		w.s("{")
		w.expr(e.Elt, prTest)
		w.comps(e.Generators)
		w.s("}")
	case *ast.DictComp:
		w.s("{")
		w.expr(e.Key, prTest)
		w.s(": ")
		w.expr(e.Value, prTest)
		w.comps(e.Generators)
		w.s("}")
	case *ast.GeneratorExp:
		w.s("(")
		w.expr(e.Elt, prTest)
		w.comps(e.Generators)
		w.s(")")
	case *ast.Await:
		w.open(level > prAwait)
		w.s("await ")
		w.expr(e.Value, prAtom)
		w.close(level > prAwait)
	case *ast.Yield:
		if e.Value == nil {
			w.s("(yield)")
			return
		}
		w.s("(yield ")
		w.expr(e.Value, prTest)
		w.s(")")
	case *ast.YieldFrom:
		w.s("(yield from ")
		w.expr(e.Value, prTest)
		w.s(")")
	case *ast.Compare:
		w.open(level > prCmp)
		w.expr(e.Left, prCmp+1)
		for i, op := range e.Ops {
			w.s(cmpStrings[op])
			w.expr(e.Comparators[i], prCmp+1)
		}
		w.close(level > prCmp)
	case *ast.Call:
		w.expr(e.Func, prAtom)
		if len(e.Args) == 1 && len(e.Keywords) == 0 {
			if g, ok := e.Args[0].(*ast.GeneratorExp); ok {
				w.expr(g, prTest)
				return
			}
		}
		w.s("(")
		first := true
		for _, a := range e.Args {
			if !first {
				w.s(", ")
			}
			first = false
			w.expr(a, prTest)
		}
		for _, k := range e.Keywords {
			if !first {
				w.s(", ")
			}
			first = false
			if k.Arg == "" {
				w.s("**")
				w.expr(k.Value, prExpr)
			} else {
				w.s(k.Arg + "=")
				w.expr(k.Value, prTest)
			}
		}
		w.s(")")
	case *ast.Constant:
		w.constant(e)
	case *ast.JoinedStr:
		var body unparser
		body.fstringBody(e.Values)
		w.s("f" + ast.ReprString(body.b.String()))
	case *ast.FormattedValue:
		var body unparser
		body.formattedValue(e)
		w.s("f" + ast.ReprString(body.b.String()))
	case *ast.Attribute:
		w.expr(e.Value, prAtom)
		period := "."
		if k, ok := e.Value.(*ast.Constant); ok {
			switch k.Value.(type) {
			case int64, interface{ IsInt64() bool }:
				period = " ."
			}
		}
		w.s(period + e.Attr)
	case *ast.Subscript:
		w.expr(e.Value, prAtom)
		w.s("[")
		w.expr(e.Slice, prTuple)
		w.s("]")
	case *ast.Starred:
		w.s("*")
		w.expr(e.Value, prExpr)
	case *ast.Name:
		w.s(e.Id)
	case *ast.List:
		w.s("[")
		w.exprs(e.Elts, prTest)
		w.s("]")
	case *ast.Tuple:
		if len(e.Elts) == 0 {
			w.s("()")
			return
		}
		w.open(level > prTuple)
		w.exprs(e.Elts, prTest)
		if len(e.Elts) == 1 {
			w.s(",")
		}
		w.close(level > prTuple)
	case *ast.Slice:
		if e.Lower != nil {
			w.expr(e.Lower, prTest)
		}
		w.s(":")
		if e.Upper != nil {
			w.expr(e.Upper, prTest)
		}
		if e.Step != nil {
			w.s(":")
			w.expr(e.Step, prTest)
		}
	case *ast.NamedExpr:
		w.open(level > prTuple)
		w.expr(e.Target, prAtom)
		w.s(" := ")
		w.expr(e.Value, prAtom)
		w.close(level > prTuple)
	}
}

func (w *unparser) constant(e *ast.Constant) {
	if e.Value == ast.Ellipsis {
		w.s("...")
		return
	}
	if e.Kind == "u" {
		w.s("u")
	}
	r := ast.ReprConstant(e.Value)
	switch e.Value.(type) {
	case float64, complex128:
		r = strings.ReplaceAll(r, "inf", "1e309")
	}
	w.s(r)
}

func (w *unparser) comps(gens []*ast.Comprehension) {
	for _, g := range gens {
		if g.IsAsync != 0 {
			w.s(" async for ")
		} else {
			w.s(" for ")
		}
		w.expr(g.Target, prTuple)
		w.s(" in ")
		w.expr(g.Iter, prTest+1)
		for _, cond := range g.Ifs {
			w.s(" if ")
			w.expr(cond, prTest+1)
		}
	}
}

func (w *unparser) arguments(a *ast.Arguments) string {
	var parts []string
	arg := func(x *ast.Arg, def ast.Expr) string {
		s := x.Arg
		if def != nil {
			var d unparser
			d.expr(def, prTest)
			s += "=" + d.b.String()
		}
		return s
	}
	positional := append(append([]*ast.Arg{}, a.Posonlyargs...), a.Args...)
	firstDefault := len(positional) - len(a.Defaults)
	for i, x := range positional {
		var def ast.Expr
		if i >= firstDefault {
			def = a.Defaults[i-firstDefault]
		}
		parts = append(parts, arg(x, def))
		if len(a.Posonlyargs) > 0 && i == len(a.Posonlyargs)-1 {
			parts = append(parts, "/")
		}
	}
	if a.Vararg != nil {
		parts = append(parts, "*"+a.Vararg.Arg)
	} else if len(a.Kwonlyargs) > 0 {
		parts = append(parts, "*")
	}
	for i, x := range a.Kwonlyargs {
		var def ast.Expr
		if i < len(a.KwDefaults) {
			def = a.KwDefaults[i]
		}
		parts = append(parts, arg(x, def))
	}
	if a.Kwarg != nil {
		parts = append(parts, "**"+a.Kwarg.Arg)
	}
	return strings.Join(parts, ", ")
}

// fstringBody writes the inside of an f-string: literal parts with
// braces doubled, replacement fields as {expr!conv:spec}.
func (w *unparser) fstringBody(values []ast.Expr) {
	for _, v := range values {
		switch v := v.(type) {
		case *ast.Constant:
			if s, ok := v.Value.(string); ok {
				s = strings.ReplaceAll(s, "{", "{{")
				s = strings.ReplaceAll(s, "}", "}}")
				w.s(s)
			}
		case *ast.FormattedValue:
			w.formattedValue(v)
		case *ast.JoinedStr:
			w.fstringBody(v.Values)
		}
	}
}

func (w *unparser) formattedValue(v *ast.FormattedValue) {
	var inner unparser
	inner.expr(v.Value, prTest+1)
	s := inner.b.String()
	w.s("{")
	if strings.HasPrefix(s, "{") {
		w.s(" ")
	}
	w.s(s)
	if v.Conversion > 0 {
		w.s("!" + string(rune(v.Conversion)))
	}
	if v.FormatSpec != nil {
		w.s(":")
		if js, ok := v.FormatSpec.(*ast.JoinedStr); ok {
			w.fstringBody(js.Values)
		} else {
			var spec unparser
			spec.expr(v.FormatSpec, prTest)
			w.s(spec.b.String())
		}
	}
	w.s("}")
}
