// Package ast defines the syntax tree produced by gilpy's parser. It mirrors
// Python's ast module node for node and field for field, so that the
// compiler can follow CPython's compiler and so that Dump prints exactly what
// Python's ast.dump prints.
//
// See the documentation of package syntax (the parent package) for the full
// description of the mapping.
package ast

//go:generate go run gen.go

// Node is any syntax tree node: a Mod, Stmt, Expr, Pattern, TypeParam or
// one of the helper nodes (*Arguments, *Arg, *Keyword, *Alias, *WithItem,
// *MatchCase, *Comprehension, *ExceptHandler, *TypeIgnore).
type Node interface {
	node()
	dump(d *dumper)
	walk(v Visitor)
}

// Mod is Python's ast.mod: *Module, *Interactive, *Expression or
// *FunctionType.
type Mod interface {
	Node
	modNode()
}

// Stmt is Python's ast.stmt.
type Stmt interface {
	Node
	stmtNode()
	GetPos() *Pos
}

// Expr is Python's ast.expr.
type Expr interface {
	Node
	exprNode()
	GetPos() *Pos
}

// Pattern is Python's ast.pattern (the patterns of match statements).
type Pattern interface {
	Node
	patternNode()
	GetPos() *Pos
}

// TypeParam is Python's ast.type_param (PEP 695).
type TypeParam interface {
	Node
	typeParamNode()
	GetPos() *Pos
}

// Pos holds the position attributes shared by every node that has them in
// Python: lines are 1-based, columns are 0-based offsets in bytes of the
// UTF-8 source line, and the end column is exclusive.
type Pos struct {
	Lineno       int
	ColOffset    int
	EndLineno    int
	EndColOffset int
}

// GetPos returns the position of the node that embeds p.
func (p *Pos) GetPos() *Pos { return p }

// ExprContext is Python's ast.expr_context.
type ExprContext uint8

// The expression contexts. The zero value is Load.
const (
	Load ExprContext = iota
	Store
	Del
)

func (c ExprContext) String() string {
	switch c {
	case Store:
		return "Store"
	case Del:
		return "Del"
	}
	return "Load"
}

// BoolOperator is Python's ast.boolop.
type BoolOperator uint8

// The boolean operators.
const (
	And BoolOperator = iota
	Or
)

func (o BoolOperator) String() string {
	if o == Or {
		return "Or"
	}
	return "And"
}

// Operator is Python's ast.operator (the binary operators).
type Operator uint8

// The binary operators. Modulo is Python's ast.Mod, renamed because Mod is
// the name of the module interface.
const (
	Add Operator = iota
	Sub
	Mult
	MatMult
	Div
	Modulo
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

var operatorNames = [...]string{"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}

func (o Operator) String() string { return operatorNames[o] }

// UnaryOperator is Python's ast.unaryop.
type UnaryOperator uint8

// The unary operators.
const (
	Invert UnaryOperator = iota
	Not
	UAdd
	USub
)

var unaryNames = [...]string{"Invert", "Not", "UAdd", "USub"}

func (o UnaryOperator) String() string { return unaryNames[o] }

// CmpOp is Python's ast.cmpop.
type CmpOp uint8

// The comparison operators.
const (
	Eq CmpOp = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var cmpNames = [...]string{"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}

func (o CmpOp) String() string { return cmpNames[o] }

// NoneType is the type of None, the Python None constant.
type NoneType struct{}

// EllipsisType is the type of Ellipsis, the Python ... constant.
type EllipsisType struct{}

// None and Ellipsis are the values of Constant.Value for None and "...".
var (
	None     = NoneType{}
	Ellipsis = EllipsisType{}
)

// Bytes is the value of a Constant for a bytes literal.
type Bytes []byte

// Visitor is called by Walk for each node. If Visit returns nil, the
// children of the node are not visited; otherwise they are visited with the
// returned visitor, then Visit(nil) is called on it.
type Visitor interface {
	Visit(n Node) Visitor
}

// Walk visits n and its children in field order (the order of Python's
// ast.iter_child_nodes), depth first.
func Walk(v Visitor, n Node) {
	if n == nil {
		return
	}
	if v = v.Visit(n); v == nil {
		return
	}
	n.walk(v)
	v.Visit(nil)
}

type inspector func(Node) bool

func (f inspector) Visit(n Node) Visitor {
	if n == nil || !f(n) {
		return nil
	}
	return f
}

// Inspect calls f for n and, while f returns true, for its children.
func Inspect(n Node, f func(Node) bool) {
	Walk(inspector(f), n)
}
