package compile

import (
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/gilpy/gilpy/interp/syntax"
	"github.com/gilpy/gilpy/interp/syntax/ast"
	"github.com/go-python/gpython/py"
)

// stackUseGuideline is how many values a construct may push before the
// code generator switches to a form that builds a collection instead
// (CPython's STACK_USE_GUIDELINE).
const stackUseGuideline = 30

var noneConst py.Object = py.None

// compiler compiles one module.
type compiler struct {
	filename    string
	flags       Flags
	mode        Mode
	st          *symtable
	units       []*unit
	u           *unit
	interactive bool
	futureEnd   ast.Pos // position of the last leading __future__ import
	// codes caches the code object compiled for a definition or
	// comprehension: the code generator compiles some statements twice
	// (a finally body, a while test) and, as in CPython, where equal code
	// objects become one constant, both places share one.
	codes     map[ast.Node]*bytecode.Code
	hasFuture bool
	err       error
	// warnFn receives SyntaxWarnings, or is nil.
	warnFn func(Warning) error
}

// bail is panicked with to unwind the code generator on the first error;
// Compile recovers it and returns the error.
type bail struct{ err error }

func (c *compiler) fail(err error) { panic(bail{err}) }

func (c *compiler) errorAt(p *ast.Pos, msg string) {
	c.fail(newError(c.filename, p, msg))
}

// errorHere reports an error at the position the code generator is at.
func (c *compiler) errorHere(msg string) {
	p := c.u.pos
	c.errorAt(&ast.Pos{Lineno: int(p.Line), ColOffset: int(p.Col), EndLineno: int(p.EndLine), EndColOffset: int(p.EndCol)}, msg)
}

func (c *compiler) errorNode(n interface{ GetPos() *ast.Pos }, msg string) {
	c.errorAt(n.GetPos(), msg)
}

// Compile compiles a parsed module to its code object. mode says which
// kind of tree mod is (a Module for ModeExec, an Expression for ModeEval,
// an Interactive for ModeSingle). Every error is a *syntax.SyntaxError,
// except an *InternalError for a bug in the compiler.
func Compile(mod ast.Mod, filename string, mode Mode, flags Flags) (*bytecode.Code, error) {
	return compileMod(mod, filename, mode, flags, nil)
}

func compileMod(mod ast.Mod, filename string, mode Mode, flags Flags, warn func(Warning) error) (code *bytecode.Code, err error) {
	c := &compiler{filename: filename, flags: flags, mode: mode, warnFn: warn}
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bail)
			if !ok {
				panic(r)
			}
			code, err = nil, b.err
		}
	}()
	if mod == nil {
		return nil, &InternalError{Code: "<module>", Msg: "no tree"}
	}
	if flags.optimize() > 0 {
		ast.Walk(debugOff{}, mod)
	}
	c.checkFuture(mod)
	st, err := buildSymtable(mod, filename, c.flags)
	if err != nil {
		return nil, err
	}
	c.st = st
	code, err = c.module(mod)
	if code != nil {
		code.Nesting = exprNesting(mod)
	}
	return code, err
}

// nestingCounter measures Code.Nesting: the most expressions nested one
// in another on any path of the tree.
type nestingCounter struct {
	stack      []bool // whether each node on the path is an expression
	depth, max int
}

func (n *nestingCounter) Visit(node ast.Node) ast.Visitor {
	if node == nil {
		if n.stack[len(n.stack)-1] {
			n.depth--
		}
		n.stack = n.stack[:len(n.stack)-1]
		return nil
	}
	_, isExpr := node.(ast.Expr)
	if isExpr {
		n.depth++
		if n.depth > n.max {
			n.max = n.depth
		}
	}
	n.stack = append(n.stack, isExpr)
	return n
}

func exprNesting(mod ast.Mod) int {
	var n nestingCounter
	ast.Walk(&n, mod)
	return n.max
}

// CompileSource parses src and compiles it.
func CompileSource(src []byte, filename string, mode Mode) (*bytecode.Code, error) {
	mod, err := parse(src, filename, mode)
	if err != nil {
		return nil, err
	}
	return Compile(mod, filename, mode, 0)
}

var futureFeatures = map[string]bool{
	"nested_scopes": true, "generators": true, "division": true, "absolute_import": true,
	"with_statement": true, "print_function": true, "unicode_literals": true,
	"barry_as_FLUFL": true, "generator_stop": true, "annotations": true,
}

// checkFuture finds the module's leading `from __future__` imports,
// turning on their features and rejecting unknown ones.
func (c *compiler) checkFuture(mod ast.Mod) {
	m, ok := mod.(*ast.Module)
	if !ok {
		return
	}
	for i, s := range m.Body {
		if i == 0 && isDocstring(s) {
			continue
		}
		imp, ok := s.(*ast.ImportFrom)
		if !ok || imp.Module != "__future__" || imp.Level != 0 {
			break
		}
		for _, a := range imp.Names {
			switch {
			case a.Name == "annotations":
				c.flags |= FutureAnnotations
			case a.Name == "braces":
				c.fail(&syntax.SyntaxError{Msg: "not a chance", Filename: c.filename, Lineno: imp.Lineno, Offset: imp.ColOffset + 1, EndLineno: imp.Lineno, Located: true})
			case !futureFeatures[a.Name]:
				c.fail(&syntax.SyntaxError{Msg: "future feature " + a.Name + " is not defined", Filename: c.filename, Lineno: imp.Lineno, Offset: imp.ColOffset + 1, EndLineno: imp.Lineno, Located: true})
			}
		}
		c.futureEnd = imp.Pos
		c.hasFuture = true
	}
}

func isDocstring(s ast.Stmt) bool {
	e, ok := s.(*ast.ExprStmt)
	if !ok {
		return false
	}
	k, ok := e.Value.(*ast.Constant)
	if !ok {
		return false
	}
	_, ok = k.Value.(string)
	return ok
}

func docstringOf(body []ast.Stmt) (string, bool) {
	if len(body) == 0 || !isDocstring(body[0]) {
		return "", false
	}
	return body[0].(*ast.ExprStmt).Value.(*ast.Constant).Value.(string), true
}

func (c *compiler) module(mod ast.Mod) (*bytecode.Code, error) {
	c.enterScope(unitModule, "<module>", mod, 1)
	c.u.pos = bytecode.Pos{Line: 1, EndLine: 1}
	switch m := mod.(type) {
	case *ast.Module:
		c.body(m.Body)
	case *ast.Interactive:
		c.interactive = true
		if findAnn(m.Body) {
			c.u.emit(bytecode.SETUP_ANNOTATIONS, 0)
		}
		c.stmts(m.Body)
	case *ast.Expression:
		c.expr(m.Body)
		c.u.emitNoPos(bytecode.RETURN_VALUE, 0)
	default:
		c.errorAt(nil, "cannot compile this kind of tree")
	}
	return c.exitScope()
}

// body compiles a module or class body: annotations set up, docstring
// stored as __doc__, then the statements.
func (c *compiler) body(stmts []ast.Stmt) {
	if c.u.kind == unitModule && len(stmts) > 0 {
		c.setPos(stmts[0])
	}
	if findAnn(stmts) {
		c.u.emit(bytecode.SETUP_ANNOTATIONS, 0)
	}
	i := 0
	if _, ok := docstringOf(stmts); ok && c.flags.optimize() < 2 {
		i = 1
		st := stmts[0].(*ast.ExprStmt)
		c.u.pos = posOf(&st.Pos)
		c.expr(st.Value)
		c.u.pos = bytecode.Pos{}
		c.nameOp("__doc__", ast.Store, nil)
	}
	c.stmts(stmts[i:])
}

// findAnn reports whether statements (not nested definitions) contain an
// annotated assignment.
func findAnn(stmts []ast.Stmt) bool {
	for _, s := range stmts {
		switch s := s.(type) {
		case *ast.AnnAssign:
			return true
		case *ast.For:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *ast.AsyncFor:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *ast.While:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *ast.If:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *ast.With:
			if findAnn(s.Body) {
				return true
			}
		case *ast.AsyncWith:
			if findAnn(s.Body) {
				return true
			}
		case *ast.Try:
			if findAnnTry(s.Body, s.Handlers, s.Orelse, s.Finalbody) {
				return true
			}
		case *ast.TryStar:
			if findAnnTry(s.Body, s.Handlers, s.Orelse, s.Finalbody) {
				return true
			}
		}
	}
	return false
}

func findAnnTry(body []ast.Stmt, handlers []*ast.ExceptHandler, orelse, final []ast.Stmt) bool {
	for _, h := range handlers {
		if findAnn(h.Body) {
			return true
		}
	}
	return findAnn(body) || findAnn(final) || findAnn(orelse)
}

// enterScope starts compiling a new code object for node n.
func (c *compiler) enterScope(kind unitKind, name string, n ast.Node, firstLine int) {
	s := c.st.blocks[n]
	if s == nil {
		c.fail(&InternalError{Code: name, Msg: "no symbol table for block"})
	}
	u := newUnit(kind, s, name, firstLine)
	if c.u != nil {
		u.private = c.u.private
	}
	if kind == unitClass {
		u.private = name
	}
	c.units = append(c.units, u)
	c.u = u
	c.setQualname()
}

// nested returns the code object for definition n, compiling it with
// build (which enters n's scope) the first time.
func (c *compiler) nested(n ast.Node, build func()) *bytecode.Code {
	if code, ok := c.codes[n]; ok {
		return code
	}
	build()
	code, _ := c.exitScope()
	if c.codes == nil {
		c.codes = map[ast.Node]*bytecode.Code{}
	}
	c.codes[n] = code
	return code
}

func (c *compiler) exitScope() (*bytecode.Code, error) {
	u := c.u
	code, err := u.assemble(c)
	c.units = c.units[:len(c.units)-1]
	if len(c.units) > 0 {
		c.u = c.units[len(c.units)-1]
	} else {
		c.u = nil
	}
	if err != nil {
		c.fail(err)
	}
	return code, nil
}

func (c *compiler) setQualname() {
	u := c.u
	if len(c.units) <= 2 {
		// The parent is the module.
		u.qualname = u.name
		return
	}
	parent := c.units[len(c.units)-2]
	if u.kind == unitFunction || u.kind == unitAsyncFunction || u.kind == unitClass {
		if parent.scope.scopeOf(mangle(parent.private, u.name)) == scopeGlobalExplicit {
			u.qualname = u.name
			return
		}
	}
	base := parent.qualname
	if parent.kind == unitFunction || parent.kind == unitAsyncFunction || parent.kind == unitLambda {
		base += ".<locals>"
	}
	u.qualname = base + "." + u.name
}

// nameOp loads, stores or deletes a variable, choosing the instruction by
// the name's scope.
func (c *compiler) nameOp(name string, ctx ast.ExprContext, p *ast.Pos) {
	u := c.u
	if name == "__debug__" && ctx != ast.Load {
		if ctx == ast.Del {
			c.errorAt(p, "cannot delete __debug__")
		}
		c.errorAt(p, "cannot assign to __debug__")
	}
	mangled := mangle(u.private, name)
	sc := u.scope.scopeOf(mangled)
	isFunc := u.scope.typ == functionBlock
	const (
		opName = iota
		opFast
		opGlobal
		opDeref
	)
	kind := opName
	switch sc {
	case scopeFree, scopeCell:
		kind = opDeref
	case scopeLocal:
		if isFunc {
			kind = opFast
		}
	case scopeGlobalImplicit:
		if isFunc {
			kind = opGlobal
		}
	case scopeGlobalExplicit:
		kind = opGlobal
	}
	switch kind {
	case opDeref:
		i, ok := u.cellIndex[mangled]
		if !ok {
			c.fail(&InternalError{Code: u.qualname, Msg: "no cell for " + mangled})
		}
		switch ctx {
		case ast.Load:
			if u.scope.typ == classBlock {
				u.emit(bytecode.LOAD_CLASSDEREF, uint32(i))
			} else {
				u.emit(bytecode.LOAD_DEREF, uint32(i))
			}
		case ast.Store:
			u.emit(bytecode.STORE_DEREF, uint32(i))
		default:
			u.emit(bytecode.DELETE_DEREF, uint32(i))
		}
	case opFast:
		i := uint32(u.addVarName(mangled))
		switch ctx {
		case ast.Load:
			u.emit(bytecode.LOAD_FAST, i)
		case ast.Store:
			u.emit(bytecode.STORE_FAST, i)
		default:
			u.emit(bytecode.DELETE_FAST, i)
		}
	case opGlobal:
		i := u.addName(mangled)
		switch ctx {
		case ast.Load:
			u.emit(bytecode.LOAD_GLOBAL, i)
		case ast.Store:
			u.emit(bytecode.STORE_GLOBAL, i)
		default:
			u.emit(bytecode.DELETE_GLOBAL, i)
		}
	default:
		i := u.addName(mangled)
		switch ctx {
		case ast.Load:
			u.emit(bytecode.LOAD_NAME, i)
		case ast.Store:
			u.emit(bytecode.STORE_NAME, i)
		default:
			u.emit(bytecode.DELETE_NAME, i)
		}
	}
}

// emitName emits an instruction whose argument is a (mangled) name.
func (c *compiler) emitName(op bytecode.Opcode, name string) {
	c.u.emit(op, c.u.addName(mangle(c.u.private, name)))
}

func (c *compiler) loadConst(o py.Object) {
	c.u.emit(bytecode.LOAD_CONST, c.u.addConst(o))
}

// constObject converts an AST constant to its Python object.
func constObject(v any) py.Object {
	switch x := v.(type) {
	case ast.NoneType:
		return py.None
	case ast.EllipsisType:
		return py.Ellipsis
	case bool:
		return py.NewBool(x)
	case int64:
		return py.Int(x)
	case *big.Int:
		if x.IsInt64() {
			return py.Int(x.Int64())
		}
		return (*py.BigInt)(new(big.Int).Set(x))
	case float64:
		return py.Float(x)
	case complex128:
		return py.Complex(x)
	case string:
		return py.String(x)
	case ast.Bytes:
		return py.Bytes(append([]byte(nil), x...))
	case py.Object:
		return x
	}
	return py.None
}

// makeClosure emits the creation of a function from code: its closure
// tuple (the cells of the enclosing code it captures), then MAKE_FUNCTION.
func (c *compiler) makeClosure(code *bytecode.Code, flags uint32, qualname string) {
	u := c.u
	if len(code.FreeVars) > 0 {
		for _, name := range code.FreeVars {
			i, ok := u.cellIndex[name]
			if !ok {
				c.fail(&InternalError{Code: u.qualname, Msg: "no cell to capture for " + name})
			}
			u.emit(bytecode.LOAD_CLOSURE, uint32(i))
		}
		u.emit(bytecode.BUILD_TUPLE, uint32(len(code.FreeVars)))
		flags |= bytecode.FuncClosure
	}
	c.loadConst(code)
	c.loadConst(py.String(qualname))
	u.emit(bytecode.MAKE_FUNCTION, flags)
}

func (c *compiler) inFunction() bool { return c.u.scope.typ == functionBlock }

// setPos makes the following instructions take n's position.
func (c *compiler) setPos(n interface{ GetPos() *ast.Pos }) {
	c.u.pos = posOf(n.GetPos())
}

// attrPos is the position CPython gives an attribute access whose
// attribute name is on a later line than the start of the expression: it
// starts where the name does.
func (c *compiler) attrPos(a *ast.Attribute) {
	u := c.u
	if int(u.pos.Line) != a.EndLineno {
		u.pos.Line = int32(a.EndLineno)
		if n := utf8.RuneCountInString(a.Attr); n <= a.EndColOffset {
			u.pos.Col = int32(a.EndColOffset - n)
		} else {
			u.pos.Col, u.pos.EndCol = -1, -1
		}
		if u.pos.EndLine < u.pos.Line {
			u.pos.EndLine = u.pos.Line
		}
		if u.pos.Line == u.pos.EndLine && u.pos.EndCol < u.pos.Col {
			u.pos.EndCol = u.pos.Col
		}
	}
}

func hasStarred(l []ast.Expr) bool {
	for _, e := range l {
		if _, ok := e.(*ast.Starred); ok {
			return true
		}
	}
	return false
}

func joinNames(l []string) string { return strings.Join(l, ".") }
