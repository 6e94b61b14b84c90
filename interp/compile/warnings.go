package compile

import (
	"fmt"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/gilpy/gilpy/interp/syntax"
	"github.com/gilpy/gilpy/interp/syntax/ast"
	"github.com/go-python/gpython/py"
)

// Warning is a SyntaxWarning the compiler gives, as CPython's does for
// code that is valid but almost certainly wrong ("x is 1", "5()",
// "assert (x, msg)"). Positions follow SyntaxError's conventions.
type Warning struct {
	Filename             string
	Lineno, Offset       int
	EndLineno, EndOffset int
	Msg                  string
}

// CompileWithWarnings is Compile, calling warn for each SyntaxWarning in
// the order CPython gives them (the caller issues them through the
// warnings machinery). When warn returns syntax.ErrWarningIsError (the
// warnings filter turned the warning into an exception), compilation
// fails with a SyntaxError carrying the warning's message, as CPython's
// does; any other error ends compilation with that error.
func CompileWithWarnings(mod ast.Mod, filename string, mode Mode, flags Flags, warn func(Warning) error) (*bytecode.Code, error) {
	return compileMod(mod, filename, mode, flags, warn)
}

func (c *compiler) warn(format string, args ...any) {
	if c.warnFn == nil {
		return
	}
	p := c.u.pos
	msg := fmt.Sprintf(format, args...)
	err := c.warnFn(Warning{
		Filename: c.filename, Lineno: int(p.Line), Offset: int(p.Col) + 1,
		EndLineno: int(p.EndLine), EndOffset: int(p.EndCol) + 1,
		Msg: msg,
	})
	switch {
	case err == syntax.ErrWarningIsError:
		c.errorHere(msg)
	case err != nil:
		c.fail(err)
	}
}

// typeName is the type CPython infers for an expression's value at
// compile time, or "".
func typeName(e ast.Expr) string {
	if v, ok := constOf(e); ok {
		return constTypeName(v)
	}
	switch e.(type) {
	case *ast.Tuple:
		return "tuple"
	case *ast.List, *ast.ListComp:
		return "list"
	case *ast.Dict, *ast.DictComp:
		return "dict"
	case *ast.Set, *ast.SetComp:
		return "set"
	case *ast.GeneratorExp:
		return "generator"
	case *ast.Lambda:
		return "function"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "str"
	}
	return ""
}

func constTypeName(v py.Object) string {
	switch v.(type) {
	case py.NoneType:
		return "NoneType"
	case py.Bool:
		return "bool"
	case py.Int, *py.BigInt:
		return "int"
	case py.Float:
		return "float"
	case py.Complex:
		return "complex"
	case py.String:
		return "str"
	case py.Bytes:
		return "bytes"
	case py.Tuple:
		return "tuple"
	case py.EllipsisType:
		return "ellipsis"
	}
	return ""
}

// checkCompare warns about "is" and "is not" with a literal operand.
func (c *compiler) checkCompare(e *ast.Compare) {
	isArg := func(x ast.Expr) bool {
		v, ok := constOf(x)
		if !ok {
			return true
		}
		switch v.(type) {
		case py.NoneType, py.Bool, py.EllipsisType:
			return true
		}
		return false
	}
	left := e.Left
	for i, op := range e.Ops {
		right := e.Comparators[i]
		if (op == ast.Is || op == ast.IsNot) && (!isArg(left) || !isArg(right)) {
			if op == ast.Is {
				c.warn(`"is" with a literal. Did you mean "=="?`)
			} else {
				c.warn(`"is not" with a literal. Did you mean "!="?`)
			}
			return
		}
		left = right
	}
}

// checkCaller warns about calling a literal or a display.
func (c *compiler) checkCaller(f ast.Expr) {
	switch f.(type) {
	case *ast.Constant, *ast.Tuple, *ast.List, *ast.ListComp, *ast.Dict, *ast.Set, *ast.SetComp,
		*ast.DictComp, *ast.GeneratorExp, *ast.JoinedStr, *ast.FormattedValue:
		c.warn("'%s' object is not callable; perhaps you missed a comma?", typeName(f))
		return
	}
	if _, ok := constOf(f); ok {
		c.warn("'%s' object is not callable; perhaps you missed a comma?", typeName(f))
	}
}

// checkSubscript warns about subscripting what cannot be subscripted,
// and indexing a sequence literal with what cannot index it.
func (c *compiler) checkSubscript(e *ast.Subscript) {
	value := e.Value
	if v, ok := constOf(value); ok {
		switch v.(type) {
		case py.NoneType, py.EllipsisType, py.Int, *py.BigInt, py.Bool, py.Float, py.Complex:
			c.warn("'%s' object is not subscriptable; perhaps you missed a comma?", constTypeName(v))
			return
		}
	} else {
		switch value.(type) {
		case *ast.Set, *ast.SetComp, *ast.GeneratorExp, *ast.Lambda:
			c.warn("'%s' object is not subscriptable; perhaps you missed a comma?", typeName(value))
			return
		}
	}
	index := typeName(e.Slice)
	if index == "" || index == "int" || index == "bool" {
		return
	}
	if v, ok := constOf(value); ok {
		switch v.(type) {
		case py.String, py.Bytes, py.Tuple:
		default:
			return
		}
	} else {
		switch value.(type) {
		case *ast.Tuple, *ast.List, *ast.ListComp, *ast.JoinedStr, *ast.FormattedValue:
		default:
			return
		}
	}
	c.warn("%s indices must be integers or slices, not %s; perhaps you missed a comma?", typeName(value), index)
}
