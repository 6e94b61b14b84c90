//go:build ignore

// gen.go writes nodes_gen.go: the node structs, their Dump and Walk code.
// Run it with `go run gen.go` from this directory (or `go generate`).
//
// The table below lists every node class of Python 3.12's ast module, in
// its field order. Each line is "sum Class: field type, ...". Types ending
// in '*' are lists, '?' marks a field that may be absent (None in Python).
// Classes of a sum named with a leading '!' have no position attributes.
package main

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"strings"
)

const spec = `
!mod Module: body stmt*, type_ignores type_ignore*
!mod Interactive: body stmt*
!mod Expression: body expr
!mod FunctionType: argtypes expr*, returns expr

stmt FunctionDef: name identifier, args arguments, body stmt*, decorator_list expr*, returns expr?, type_comment string?, type_params type_param*
stmt AsyncFunctionDef: name identifier, args arguments, body stmt*, decorator_list expr*, returns expr?, type_comment string?, type_params type_param*
stmt ClassDef: name identifier, bases expr*, keywords keyword*, body stmt*, decorator_list expr*, type_params type_param*
stmt Return: value expr?
stmt Delete: targets expr*
stmt Assign: targets expr*, value expr, type_comment string?
stmt TypeAlias: name expr, type_params type_param*, value expr
stmt AugAssign: target expr, op operator, value expr
stmt AnnAssign: target expr, annotation expr, value expr?, simple int
stmt For: target expr, iter expr, body stmt*, orelse stmt*, type_comment string?
stmt AsyncFor: target expr, iter expr, body stmt*, orelse stmt*, type_comment string?
stmt While: test expr, body stmt*, orelse stmt*
stmt If: test expr, body stmt*, orelse stmt*
stmt With: items withitem*, body stmt*, type_comment string?
stmt AsyncWith: items withitem*, body stmt*, type_comment string?
stmt Match: subject expr, cases match_case*
stmt Raise: exc expr?, cause expr?
stmt Try: body stmt*, handlers excepthandler*, orelse stmt*, finalbody stmt*
stmt TryStar: body stmt*, handlers excepthandler*, orelse stmt*, finalbody stmt*
stmt Assert: test expr, msg expr?
stmt Import: names alias*
stmt ImportFrom: module identifier?, names alias*, level int
stmt Global: names identifier*
stmt Nonlocal: names identifier*
stmt Expr=ExprStmt: value expr
stmt Pass:
stmt Break:
stmt Continue:

expr BoolOp: op boolop, values expr*
expr NamedExpr: target expr, value expr
expr BinOp: left expr, op operator, right expr
expr UnaryOp: op unaryop, operand expr
expr Lambda: args arguments, body expr
expr IfExp: test expr, body expr, orelse expr
expr Dict: keys expr*, values expr*
expr Set: elts expr*
expr ListComp: elt expr, generators comprehension*
expr SetComp: elt expr, generators comprehension*
expr DictComp: key expr, value expr, generators comprehension*
expr GeneratorExp: elt expr, generators comprehension*
expr Await: value expr
expr Yield: value expr?
expr YieldFrom: value expr
expr Compare: left expr, ops cmpop*, comparators expr*
expr Call: func expr, args expr*, keywords keyword*
expr FormattedValue: value expr, conversion int, format_spec expr?
expr JoinedStr: values expr*
expr Constant: value constant, kind string?
expr Attribute: value expr, attr identifier, ctx expr_context
expr Subscript: value expr, slice expr, ctx expr_context
expr Starred: value expr, ctx expr_context
expr Name: id identifier, ctx expr_context
expr List: elts expr*, ctx expr_context
expr Tuple: elts expr*, ctx expr_context
expr Slice: lower expr?, upper expr?, step expr?

!comprehension comprehension=Comprehension: target expr, iter expr, ifs expr*, is_async int
excepthandler ExceptHandler: type expr?, name identifier?, body stmt*
!arguments arguments=Arguments: posonlyargs arg*, args arg*, vararg arg?, kwonlyargs arg*, kw_defaults expr*, kwarg arg?, defaults expr*
arg arg=Arg: arg identifier, annotation expr?, type_comment string?
keyword keyword=Keyword: arg identifier?, value expr
alias alias=Alias: name identifier, asname identifier?
!withitem withitem=WithItem: context_expr expr, optional_vars expr?
!match_case match_case=MatchCase: pattern pattern, guard expr?, body stmt*

pattern MatchValue: value expr
pattern MatchSingleton: value constant
pattern MatchSequence: patterns pattern*
pattern MatchMapping: keys expr*, patterns pattern*, rest identifier?
pattern MatchClass: cls expr, patterns pattern*, kwd_attrs identifier*, kwd_patterns pattern*
pattern MatchStar: name identifier?
pattern MatchAs: pattern pattern?, name identifier?
pattern MatchOr: patterns pattern*

!type_ignore TypeIgnore: lineno int, tag string

type_param TypeVar: name identifier, bound expr?
type_param ParamSpec: name identifier
type_param TypeVarTuple: name identifier
`

type field struct {
	py, goName, typ string
	list, opt       bool
}

type class struct {
	sum, py, goName string
	attrs           bool
	fields          []field
}

func goCase(s string) string {
	parts := strings.Split(s, "_")
	for i, p := range parts {
		parts[i] = strings.ToUpper(p[:1]) + p[1:]
	}
	return strings.Join(parts, "")
}

// goType maps an ASDL type to the Go type of a field.
func goType(t string, list bool) string {
	var g string
	switch t {
	case "identifier", "string":
		g = "string"
	case "int":
		g = "int"
	case "constant":
		g = "any"
	case "stmt":
		g = "Stmt"
	case "expr":
		g = "Expr"
	case "pattern":
		g = "Pattern"
	case "type_param":
		g = "TypeParam"
	case "expr_context":
		g = "ExprContext"
	case "boolop":
		g = "BoolOperator"
	case "operator":
		g = "Operator"
	case "unaryop":
		g = "UnaryOperator"
	case "cmpop":
		g = "CmpOp"
	case "arguments":
		g = "*Arguments"
	case "arg":
		g = "*Arg"
	case "keyword":
		g = "*Keyword"
	case "alias":
		g = "*Alias"
	case "withitem":
		g = "*WithItem"
	case "match_case":
		g = "*MatchCase"
	case "comprehension":
		g = "*Comprehension"
	case "excepthandler":
		g = "*ExceptHandler"
	case "type_ignore":
		g = "*TypeIgnore"
	default:
		panic("unknown type " + t)
	}
	if list {
		return "[]" + g
	}
	return g
}

func isNodeType(t string) bool {
	switch t {
	case "identifier", "string", "int", "constant", "expr_context", "boolop", "operator", "unaryop", "cmpop":
		return false
	}
	return true
}

func main() {
	var classes []class
	for _, line := range strings.Split(spec, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		head, rest, _ := strings.Cut(line, ":")
		sum, name, _ := strings.Cut(head, " ")
		c := class{sum: sum, attrs: true}
		if strings.HasPrefix(sum, "!") {
			c.sum = sum[1:]
			c.attrs = false
		}
		c.py, c.goName, _ = strings.Cut(name, "=")
		if c.goName == "" {
			c.goName = c.py
		}
		for _, f := range strings.Split(rest, ",") {
			f = strings.TrimSpace(f)
			if f == "" {
				continue
			}
			n, t, _ := strings.Cut(f, " ")
			fd := field{py: n, goName: goCase(n)}
			if strings.HasSuffix(t, "*") {
				fd.list = true
				t = t[:len(t)-1]
			} else if strings.HasSuffix(t, "?") {
				fd.opt = true
				t = t[:len(t)-1]
			}
			fd.typ = t
			c.fields = append(c.fields, fd)
		}
		classes = append(classes, c)
	}

	var b bytes.Buffer
	b.WriteString("// Code generated by gen.go; DO NOT EDIT.\n\npackage ast\n\n")
	for _, c := range classes {
		fmt.Fprintf(&b, "// %s is Python's ast.%s node.\n", c.goName, c.py)
		fmt.Fprintf(&b, "type %s struct {\n", c.goName)
		if c.attrs {
			b.WriteString("\tPos\n")
		}
		for _, f := range c.fields {
			fmt.Fprintf(&b, "\t%s %s // %s\n", f.goName, goType(f.typ, f.list), f.py)
		}
		b.WriteString("}\n\n")
		switch c.sum {
		case "mod":
			fmt.Fprintf(&b, "func (*%s) modNode() {}\n", c.goName)
		case "stmt":
			fmt.Fprintf(&b, "func (*%s) stmtNode() {}\n", c.goName)
		case "expr":
			fmt.Fprintf(&b, "func (*%s) exprNode() {}\n", c.goName)
		case "pattern":
			fmt.Fprintf(&b, "func (*%s) patternNode() {}\n", c.goName)
		case "type_param":
			fmt.Fprintf(&b, "func (*%s) typeParamNode() {}\n", c.goName)
		}
		fmt.Fprintf(&b, "func (*%s) node() {}\n\n", c.goName)
		// dump
		fmt.Fprintf(&b, "func (n *%s) dump(d *dumper) {\n", c.goName)
		fmt.Fprintf(&b, "\td.open(%q)\n", c.py)
		for _, f := range c.fields {
			switch {
			case f.py == "type_params" && c.py != "TypeAlias":
				fmt.Fprintf(&b, "\tif len(n.TypeParams) > 0 || d.typeParams {\n\t\td.name(%q)\n\t\td.typeParamList(n.TypeParams)\n\t}\n", f.py)
			case f.list && f.typ == "identifier":
				fmt.Fprintf(&b, "\td.name(%q)\n\td.stringList(n.%s)\n", f.py, f.goName)
			case f.list && f.typ == "cmpop":
				fmt.Fprintf(&b, "\td.name(%q)\n\td.cmpOpList(n.%s)\n", f.py, f.goName)
			case f.list:
				fmt.Fprintf(&b, "\td.name(%q)\n\td.list(len(n.%s))\n\tfor i, x := range n.%s {\n\t\td.item(i)\n\t\td.node(x)\n\t}\n\td.end(']')\n", f.py, f.goName, f.goName)
			case f.typ == "identifier" || f.typ == "string":
				if f.opt {
					fmt.Fprintf(&b, "\tif n.%s != \"\" {\n\t\td.name(%q)\n\t\td.str(n.%s)\n\t}\n", f.goName, f.py, f.goName)
				} else {
					fmt.Fprintf(&b, "\td.name(%q)\n\td.str(n.%s)\n", f.py, f.goName)
				}
			case f.typ == "int":
				fmt.Fprintf(&b, "\td.name(%q)\n\td.int(n.%s)\n", f.py, f.goName)
			case f.typ == "constant":
				fmt.Fprintf(&b, "\td.name(%q)\n\td.constant(n.%s)\n", f.py, f.goName)
			case !isNodeType(f.typ):
				fmt.Fprintf(&b, "\td.name(%q)\n\td.enum(n.%s.String())\n", f.py, f.goName)
			default:
				if f.opt {
					fmt.Fprintf(&b, "\tif n.%s != nil {\n\t\td.name(%q)\n\t\td.node(n.%s)\n\t}\n", f.goName, f.py, f.goName)
				} else {
					fmt.Fprintf(&b, "\td.name(%q)\n\td.node(n.%s)\n", f.py, f.goName)
				}
			}
		}
		if c.attrs {
			b.WriteString("\td.pos(&n.Pos)\n")
		}
		b.WriteString("\td.end(')')\n}\n\n")
		// walk
		fmt.Fprintf(&b, "func (n *%s) walk(v Visitor) {\n", c.goName)
		for _, f := range c.fields {
			if !isNodeType(f.typ) {
				continue
			}
			if f.list {
				fmt.Fprintf(&b, "\tfor _, x := range n.%s {\n\t\tWalk(v, x)\n\t}\n", f.goName)
			} else if f.opt {
				fmt.Fprintf(&b, "\tif n.%s != nil {\n\t\tWalk(v, n.%s)\n\t}\n", f.goName, f.goName)
			} else {
				fmt.Fprintf(&b, "\tWalk(v, n.%s)\n", f.goName)
			}
		}
		b.WriteString("}\n\n")
	}
	src, err := format.Source(b.Bytes())
	if err != nil {
		os.Stdout.Write(b.Bytes())
		panic(err)
	}
	if err := os.WriteFile("nodes_gen.go", src, 0o644); err != nil {
		panic(err)
	}
}
