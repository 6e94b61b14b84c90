package compile

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gilpy/gilpy/interp/syntax"
	"github.com/gilpy/gilpy/interp/syntax/ast"
)

// scopeType is the kind of namespace a block of code runs in.
type scopeType uint8

const (
	moduleBlock scopeType = iota
	classBlock
	functionBlock // functions, lambdas and comprehensions
	annotationBlock
)

// compKind says which comprehension a function block is, if any.
type compKind uint8

const (
	notComp compKind = iota
	listComp
	setComp
	dictComp
	genExp
)

func (k compKind) String() string {
	switch k {
	case listComp:
		return "list comprehension"
	case setComp:
		return "set comprehension"
	case dictComp:
		return "dict comprehension"
	case genExp:
		return "generator expression"
	}
	return ""
}

// Flags recorded for a name while walking a block.
const (
	defGlobal    = 1 << iota // declared global
	defLocal                 // bound in the block
	defParam                 // a parameter
	defNonlocal              // declared nonlocal
	defUse                   // read
	defFree                  // (unused: kept for symmetry with scopes)
	defFreeClass             // free in a method and bound in its class
	defImport                // bound by import
	defAnnot                 // annotated
	defCompIter              // a comprehension's iteration variable

	defBound = defLocal | defParam | defImport
)

// Where a name lives, the result of the analysis.
type symScope uint8

const (
	scopeNone symScope = iota
	scopeLocal
	scopeGlobalExplicit
	scopeGlobalImplicit
	scopeFree
	scopeCell
)

// symbol is one name of a block.
type symbol struct {
	flags int
	scope symScope
}

// scope is the symbol table of one block.
type scope struct {
	typ      scopeType
	name     string // "top", the function or class name, "lambda", "listcomp", ...
	node     ast.Node
	pos      ast.Pos
	parent   *scope
	children []*scope

	syms  map[string]*symbol
	order []string // names in the order first seen
	// params are the parameter names in order (co_varnames starts with them).
	params []string

	nested, generator, coroutine bool
	varargs, varkw               bool
	comp                         compKind
	needsClassClosure            bool
	returnsValue                 bool
	private                      string // class name for mangling

	directives map[string]ast.Pos

	compIterTarget bool
	compIterExpr   int
}

func (s *scope) lookup(name string) int {
	if sym := s.syms[name]; sym != nil {
		return sym.flags
	}
	return 0
}

// scopeOf returns how name resolves in s (after analysis).
func (s *scope) scopeOf(name string) symScope {
	if sym := s.syms[name]; sym != nil {
		return sym.scope
	}
	return scopeNone
}

func (s *scope) isFunction() bool { return s.typ == functionBlock }

// symtable builds the scopes of a module.
type symtable struct {
	filename string
	top      *scope
	cur      *scope
	blocks   map[ast.Node]*scope
	future   Flags
	err      *syntax.SyntaxError
	private  string
}

// errorAt records the first error.
func (st *symtable) errorAt(p *ast.Pos, format string, args ...any) {
	if st.err == nil {
		st.err = newError(st.filename, p, fmt.Sprintf(format, args...))
	}
}

// newError builds a compile-time SyntaxError at p. Offsets are the AST's
// byte columns plus one, as CPython reports compiler errors.
func newError(filename string, p *ast.Pos, msg string) *syntax.SyntaxError {
	e := &syntax.SyntaxError{Kind: syntax.KindSyntaxError, Msg: msg, Filename: filename}
	if p != nil {
		e.Lineno = p.Lineno
		e.Offset = p.ColOffset + 1
		e.EndLineno = p.EndLineno
		e.EndOffset = p.EndColOffset + 1
	}
	return e
}

// mangle applies private name mangling: inside class C, __x becomes _C__x.
func mangle(private, name string) string {
	if private == "" || !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	p := strings.TrimLeft(private, "_")
	if p == "" {
		return name
	}
	return "_" + p + name
}

// buildSymtable walks the module and analyses every block.
func buildSymtable(mod ast.Mod, filename string, future Flags) (*symtable, error) {
	st := &symtable{filename: filename, blocks: map[ast.Node]*scope{}, future: future}
	st.enter("top", moduleBlock, mod, ast.Pos{})
	st.top = st.cur
	switch m := mod.(type) {
	case *ast.Module:
		st.stmts(m.Body)
	case *ast.Interactive:
		st.stmts(m.Body)
	case *ast.Expression:
		st.expr(m.Body)
	case *ast.FunctionType:
		for _, e := range m.Argtypes {
			st.expr(e)
		}
		st.expr(m.Returns)
	}
	st.exit()
	if st.err != nil {
		return nil, st.err
	}
	st.analyze()
	if st.err != nil {
		return nil, st.err
	}
	return st, nil
}

func (st *symtable) enter(name string, typ scopeType, n ast.Node, pos ast.Pos) {
	s := &scope{typ: typ, name: name, node: n, pos: pos, parent: st.cur, syms: map[string]*symbol{}, private: st.private}
	if st.cur != nil {
		if st.cur.nested || st.cur.typ == functionBlock {
			s.nested = true
		}
		st.cur.children = append(st.cur.children, s)
	}
	st.blocks[n] = s
	st.cur = s
}

func (st *symtable) exit() { st.cur = st.cur.parent }

func (st *symtable) addDef(name string, flag int, p *ast.Pos) {
	st.addDefIn(st.cur, name, flag, p)
}

func (st *symtable) addDefIn(s *scope, name string, flag int, p *ast.Pos) {
	name = mangle(st.private, name)
	sym := s.syms[name]
	if sym == nil {
		sym = &symbol{}
		s.syms[name] = sym
		s.order = append(s.order, name)
	}
	if flag&defParam != 0 && sym.flags&defParam != 0 {
		st.errorAt(p, "duplicate argument '%s' in function definition", name)
		return
	}
	sym.flags |= flag
	if flag&defParam != 0 {
		s.params = append(s.params, name)
	}
	if s.compIterTarget {
		if sym.flags&(defGlobal|defNonlocal) != 0 {
			st.errorAt(p, "comprehension inner loop cannot rebind assignment expression target '%s'", name)
			return
		}
		sym.flags |= defCompIter
	}
	if flag&defGlobal != 0 && s != st.top {
		// A global declaration anywhere is also recorded in the module.
		g := st.top.syms[name]
		if g == nil {
			g = &symbol{}
			st.top.syms[name] = g
			st.top.order = append(st.top.order, name)
		}
		g.flags |= flag
	}
}

func (st *symtable) directive(s *scope, name string, p *ast.Pos) {
	if s.directives == nil {
		s.directives = map[string]ast.Pos{}
	}
	name = mangle(st.private, name)
	if _, ok := s.directives[name]; !ok {
		s.directives[name] = *p
	}
}

func (st *symtable) stmts(l []ast.Stmt) {
	for _, s := range l {
		st.stmt(s)
	}
}

func (st *symtable) exprs(l []ast.Expr) {
	for _, e := range l {
		if e != nil {
			st.expr(e)
		}
	}
}

func (st *symtable) stmt(s ast.Stmt) {
	if st.err != nil {
		return
	}
	switch s := s.(type) {
	case *ast.FunctionDef:
		st.funcDef(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, false)
	case *ast.AsyncFunctionDef:
		st.funcDef(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, true)
	case *ast.ClassDef:
		st.addDef(s.Name, defLocal, &s.Pos)
		st.exprs(s.Bases)
		for _, k := range s.Keywords {
			st.expr(k.Value)
		}
		st.exprs(s.DecoratorList)
		st.enter(s.Name, classBlock, s, s.Pos)
		saved := st.private
		st.private = s.Name
		st.cur.private = s.Name
		st.stmts(s.Body)
		st.private = saved
		st.exit()
	case *ast.Return:
		if s.Value != nil {
			st.expr(s.Value)
			st.cur.returnsValue = true
		}
	case *ast.Delete:
		st.exprs(s.Targets)
	case *ast.Assign:
		st.exprs(s.Targets)
		st.expr(s.Value)
	case *ast.AnnAssign:
		if n, ok := s.Target.(*ast.Name); ok {
			cur := st.cur.lookup(mangle(st.private, n.Id))
			if cur&(defGlobal|defNonlocal) != 0 && st.cur != st.top && s.Simple != 0 {
				kind := "global"
				if cur&defNonlocal != 0 {
					kind = "nonlocal"
				}
				st.errorAt(&s.Pos, "annotated name '%s' can't be %s", n.Id, kind)
				return
			}
			if s.Simple != 0 {
				st.addDef(n.Id, defAnnot|defLocal, &n.Pos)
			} else if s.Value != nil {
				st.addDef(n.Id, defLocal, &n.Pos)
			}
		} else {
			st.expr(s.Target)
		}
		st.annotation(s.Annotation)
		if s.Value != nil {
			st.expr(s.Value)
		}
	case *ast.AugAssign:
		st.expr(s.Target)
		st.expr(s.Value)
	case *ast.For:
		st.expr(s.Target)
		st.expr(s.Iter)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *ast.AsyncFor:
		st.expr(s.Target)
		st.expr(s.Iter)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *ast.While:
		st.expr(s.Test)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *ast.If:
		st.expr(s.Test)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *ast.Match:
		st.expr(s.Subject)
		for _, c := range s.Cases {
			st.pattern(c.Pattern)
			if c.Guard != nil {
				st.expr(c.Guard)
			}
			st.stmts(c.Body)
		}
	case *ast.Raise:
		if s.Exc != nil {
			st.expr(s.Exc)
			if s.Cause != nil {
				st.expr(s.Cause)
			}
		}
	case *ast.Try:
		st.try(s.Body, s.Orelse, s.Handlers, s.Finalbody)
	case *ast.TryStar:
		st.try(s.Body, s.Orelse, s.Handlers, s.Finalbody)
	case *ast.Assert:
		st.expr(s.Test)
		if s.Msg != nil {
			st.expr(s.Msg)
		}
	case *ast.Import:
		for _, a := range s.Names {
			st.alias(a)
		}
	case *ast.ImportFrom:
		for _, a := range s.Names {
			st.alias(a)
		}
	case *ast.Global:
		st.declare(s.Names, &s.Pos, defGlobal, "global")
	case *ast.Nonlocal:
		st.declare(s.Names, &s.Pos, defNonlocal, "nonlocal")
	case *ast.ExprStmt:
		st.expr(s.Value)
	case *ast.With:
		st.withItems(s.Items)
		st.stmts(s.Body)
	case *ast.AsyncWith:
		st.withItems(s.Items)
		st.stmts(s.Body)
	case *ast.TypeAlias:
		st.expr(s.Name)
		st.expr(s.Value)
	}
}

func (st *symtable) try(body, orelse []ast.Stmt, handlers []*ast.ExceptHandler, final []ast.Stmt) {
	st.stmts(body)
	st.stmts(orelse)
	for _, h := range handlers {
		if h.Type != nil {
			st.expr(h.Type)
		}
		if h.Name != "" {
			st.addDef(h.Name, defLocal, &h.Pos)
		}
		st.stmts(h.Body)
	}
	st.stmts(final)
}

func (st *symtable) withItems(items []*ast.WithItem) {
	for _, it := range items {
		st.expr(it.ContextExpr)
		if it.OptionalVars != nil {
			st.expr(it.OptionalVars)
		}
	}
}

func (st *symtable) declare(names []string, p *ast.Pos, flag int, kind string) {
	for _, name := range names {
		cur := st.cur.lookup(mangle(st.private, name))
		if cur&(defParam|defLocal|defUse|defAnnot) != 0 {
			var msg string
			switch {
			case cur&defParam != 0:
				msg = "name '%s' is parameter and " + kind
			case cur&defUse != 0:
				msg = "name '%s' is used prior to " + kind + " declaration"
			case cur&defAnnot != 0:
				msg = "annotated name '%s' can't be " + kind
			default:
				msg = "name '%s' is assigned to before " + kind + " declaration"
			}
			st.errorAt(p, msg, name)
			return
		}
		st.addDef(name, flag, p)
		st.directive(st.cur, name, p)
	}
}

func (st *symtable) alias(a *ast.Alias) {
	name := a.Name
	if a.Asname != "" {
		name = a.Asname
	} else if i := strings.IndexByte(name, '.'); i >= 0 {
		name = name[:i]
	}
	if name == "*" {
		if st.cur.typ != moduleBlock {
			st.errorAt(&a.Pos, "import * only allowed at module level")
		}
		return
	}
	st.addDef(name, defImport, &a.Pos)
}

func (st *symtable) funcDef(n ast.Stmt, name string, args *ast.Arguments, body []ast.Stmt, decos []ast.Expr, returns ast.Expr, async bool) {
	p := n.GetPos()
	st.addDef(name, defLocal, p)
	st.exprs(args.Defaults)
	st.exprs(args.KwDefaults)
	st.argAnnotations(args, returns)
	st.exprs(decos)
	st.enter(name, functionBlock, n, *p)
	if async {
		st.cur.coroutine = true
	}
	st.arguments(args)
	st.stmts(body)
	st.exit()
}

// annotation visits an annotation. Under `from __future__ import
// annotations` it is never evaluated: CPython still walks it, in a block
// of its own that no code object comes from, to reject yield, await and
// walrus there.
func (st *symtable) annotation(e ast.Expr) {
	if e == nil {
		return
	}
	if st.future&FutureAnnotations == 0 {
		st.expr(e)
		return
	}
	parent := st.cur
	st.cur = &scope{typ: annotationBlock, name: "_annotation", parent: parent, syms: map[string]*symbol{}, private: st.private}
	st.expr(e)
	st.cur = parent
}

func (st *symtable) argAnnotations(a *ast.Arguments, returns ast.Expr) {
	for _, l := range [][]*ast.Arg{a.Posonlyargs, a.Args} {
		for _, x := range l {
			st.annotation(x.Annotation)
		}
	}
	if a.Vararg != nil {
		st.annotation(a.Vararg.Annotation)
	}
	for _, x := range a.Kwonlyargs {
		st.annotation(x.Annotation)
	}
	if a.Kwarg != nil {
		st.annotation(a.Kwarg.Annotation)
	}
	st.annotation(returns)
}

func (st *symtable) arguments(a *ast.Arguments) {
	for _, l := range [][]*ast.Arg{a.Posonlyargs, a.Args, a.Kwonlyargs} {
		for _, x := range l {
			st.addDef(x.Arg, defParam, &x.Pos)
		}
	}
	if a.Vararg != nil {
		st.addDef(a.Vararg.Arg, defParam, &a.Vararg.Pos)
		st.cur.varargs = true
	}
	if a.Kwarg != nil {
		st.addDef(a.Kwarg.Arg, defParam, &a.Kwarg.Pos)
		st.cur.varkw = true
	}
}

func (st *symtable) pattern(p ast.Pattern) {
	if st.err != nil || p == nil {
		return
	}
	switch p := p.(type) {
	case *ast.MatchValue:
		st.expr(p.Value)
	case *ast.MatchSequence:
		for _, x := range p.Patterns {
			st.pattern(x)
		}
	case *ast.MatchStar:
		if p.Name != "" {
			st.addDef(p.Name, defLocal, &p.Pos)
		}
	case *ast.MatchMapping:
		st.exprs(p.Keys)
		for _, x := range p.Patterns {
			st.pattern(x)
		}
		if p.Rest != "" {
			st.addDef(p.Rest, defLocal, &p.Pos)
		}
	case *ast.MatchClass:
		st.expr(p.Cls)
		for _, x := range p.Patterns {
			st.pattern(x)
		}
		for _, x := range p.KwdPatterns {
			st.pattern(x)
		}
	case *ast.MatchAs:
		st.pattern(p.Pattern)
		if p.Name != "" {
			st.addDef(p.Name, defLocal, &p.Pos)
		}
	case *ast.MatchOr:
		for _, x := range p.Patterns {
			st.pattern(x)
		}
	}
}

func (st *symtable) annotationCheck(what string, p *ast.Pos) bool {
	if st.cur.typ == annotationBlock {
		st.errorAt(p, "'%s' can not be used within an annotation", what)
		return false
	}
	return true
}

func (st *symtable) expr(e ast.Expr) {
	if st.err != nil || e == nil {
		return
	}
	switch e := e.(type) {
	case *ast.NamedExpr:
		if !st.annotationCheck("named expression", &e.Pos) {
			return
		}
		if st.cur.compIterExpr > 0 {
			st.errorAt(&e.Pos, "assignment expression cannot be used in a comprehension iterable expression")
			return
		}
		if st.cur.comp != notComp {
			st.extendNamedExprScope(e.Target)
		}
		st.expr(e.Value)
		st.expr(e.Target)
	case *ast.BoolOp:
		st.exprs(e.Values)
	case *ast.BinOp:
		st.expr(e.Left)
		st.expr(e.Right)
	case *ast.UnaryOp:
		st.expr(e.Operand)
	case *ast.Lambda:
		st.exprs(e.Args.Defaults)
		st.exprs(e.Args.KwDefaults)
		st.enter("lambda", functionBlock, e, e.Pos)
		st.arguments(e.Args)
		st.expr(e.Body)
		st.exit()
	case *ast.IfExp:
		st.expr(e.Test)
		st.expr(e.Body)
		st.expr(e.Orelse)
	case *ast.Dict:
		st.exprs(e.Keys)
		st.exprs(e.Values)
	case *ast.Set:
		st.exprs(e.Elts)
	case *ast.GeneratorExp:
		st.comprehension(e, "genexpr", genExp, e.Generators, e.Elt, nil)
	case *ast.ListComp:
		st.comprehension(e, "listcomp", listComp, e.Generators, e.Elt, nil)
	case *ast.SetComp:
		st.comprehension(e, "setcomp", setComp, e.Generators, e.Elt, nil)
	case *ast.DictComp:
		st.comprehension(e, "dictcomp", dictComp, e.Generators, e.Key, e.Value)
	case *ast.Yield:
		if !st.annotationCheck("yield expression", &e.Pos) {
			return
		}
		if e.Value != nil {
			st.expr(e.Value)
		}
		st.cur.generator = true
		if st.cur.comp != notComp {
			st.errorAt(&e.Pos, "'yield' inside %s", st.cur.comp)
		}
	case *ast.YieldFrom:
		if !st.annotationCheck("yield expression", &e.Pos) {
			return
		}
		st.expr(e.Value)
		st.cur.generator = true
		if st.cur.comp != notComp {
			st.errorAt(&e.Pos, "'yield' inside %s", st.cur.comp)
		}
	case *ast.Await:
		if !st.annotationCheck("await expression", &e.Pos) {
			return
		}
		st.expr(e.Value)
		st.cur.coroutine = true
	case *ast.Compare:
		st.expr(e.Left)
		st.exprs(e.Comparators)
	case *ast.Call:
		st.expr(e.Func)
		st.exprs(e.Args)
		for _, k := range e.Keywords {
			st.expr(k.Value)
		}
	case *ast.FormattedValue:
		st.expr(e.Value)
		if e.FormatSpec != nil {
			st.expr(e.FormatSpec)
		}
	case *ast.JoinedStr:
		st.exprs(e.Values)
	case *ast.Constant:
	case *ast.Attribute:
		st.expr(e.Value)
	case *ast.Subscript:
		st.expr(e.Value)
		st.expr(e.Slice)
	case *ast.Starred:
		st.expr(e.Value)
	case *ast.Slice:
		st.expr(e.Lower)
		st.expr(e.Upper)
		st.expr(e.Step)
	case *ast.Name:
		flag := defLocal
		if e.Ctx == ast.Load {
			flag = defUse
		}
		st.addDef(e.Id, flag, &e.Pos)
		if e.Ctx == ast.Load && st.cur.typ == functionBlock && e.Id == "super" {
			st.addDef("__class__", defUse, &e.Pos)
		}
	case *ast.List:
		st.exprs(e.Elts)
	case *ast.Tuple:
		st.exprs(e.Elts)
	}
}

func (st *symtable) comprehension(e ast.Expr, name string, kind compKind, gens []*ast.Comprehension, elt, value ast.Expr) {
	if len(gens) == 0 {
		return
	}
	outer := gens[0]
	st.cur.compIterExpr++
	st.expr(outer.Iter)
	st.cur.compIterExpr--
	if st.err != nil {
		return
	}
	st.enter(name, functionBlock, e, *e.GetPos())
	s := st.cur
	s.comp = kind
	if outer.IsAsync != 0 {
		s.coroutine = true
	}
	st.addDef(".0", defParam, e.GetPos())
	s.compIterTarget = true
	st.expr(outer.Target)
	s.compIterTarget = false
	st.exprs(outer.Ifs)
	for _, g := range gens[1:] {
		s.compIterTarget = true
		st.expr(g.Target)
		s.compIterTarget = false
		s.compIterExpr++
		st.expr(g.Iter)
		s.compIterExpr--
		st.exprs(g.Ifs)
		if g.IsAsync != 0 {
			s.coroutine = true
		}
	}
	if value != nil {
		st.expr(value)
	}
	st.expr(elt)
	s.generator = kind == genExp
	isAsync := s.coroutine && kind != genExp
	st.exit()
	if isAsync {
		st.cur.coroutine = true
	}
}

func (st *symtable) extendNamedExprScope(target ast.Expr) {
	n, ok := target.(*ast.Name)
	if !ok {
		return
	}
	name := mangle(st.private, n.Id)
	for s := st.cur; s != nil; s = s.parent {
		if s.comp != notComp {
			if s.lookup(name)&defCompIter != 0 {
				st.errorAt(&n.Pos, "assignment expression cannot rebind comprehension iteration variable '%s'", n.Id)
				return
			}
			continue
		}
		switch s.typ {
		case functionBlock:
			if s.lookup(name)&defGlobal != 0 {
				st.addDef(n.Id, defGlobal, &n.Pos)
			} else {
				st.addDef(n.Id, defNonlocal, &n.Pos)
			}
			st.directive(st.cur, n.Id, &n.Pos)
			st.addDefIn(s, n.Id, defLocal, &n.Pos)
			return
		case moduleBlock:
			st.addDef(n.Id, defGlobal, &n.Pos)
			st.addDefIn(s, n.Id, defGlobal, &n.Pos)
			return
		case classBlock:
			st.errorAt(&n.Pos, "assignment expression within a comprehension cannot be used in a class body")
			return
		}
	}
}

// nameSet is a small set of names.
type nameSet map[string]bool

func (s nameSet) copy() nameSet {
	c := make(nameSet, len(s))
	for k := range s {
		c[k] = true
	}
	return c
}

// analyze resolves every name of every block to its scope.
func (st *symtable) analyze() {
	free := nameSet{}
	global := nameSet{}
	st.analyzeBlock(st.top, nil, free, global)
}

func (st *symtable) errorAtDirective(s *scope, name, msg string) {
	if p, ok := s.directives[name]; ok {
		st.errorAt(&p, "%s", msg)
		return
	}
	st.errorAt(&s.pos, "%s", msg)
}

func (st *symtable) analyzeName(s *scope, scopes map[string]symScope, name string, flags int, bound, local, free, global nameSet) {
	if flags&defGlobal != 0 {
		if flags&defNonlocal != 0 {
			st.errorAtDirective(s, name, fmt.Sprintf("name '%s' is nonlocal and global", name))
			return
		}
		scopes[name] = scopeGlobalExplicit
		global[name] = true
		if bound != nil {
			delete(bound, name)
		}
		return
	}
	if flags&defNonlocal != 0 {
		if bound == nil {
			st.errorAtDirective(s, name, "nonlocal declaration not allowed at module level")
			return
		}
		if !bound[name] {
			st.errorAtDirective(s, name, fmt.Sprintf("no binding for nonlocal '%s' found", name))
			return
		}
		scopes[name] = scopeFree
		free[name] = true
		return
	}
	if flags&defBound != 0 {
		scopes[name] = scopeLocal
		local[name] = true
		delete(global, name)
		return
	}
	if bound != nil && bound[name] {
		scopes[name] = scopeFree
		free[name] = true
		return
	}
	scopes[name] = scopeGlobalImplicit
}

func (st *symtable) analyzeBlock(s *scope, bound, free, global nameSet) {
	local := nameSet{}
	scopes := map[string]symScope{}
	newGlobal, newFree, newBound := nameSet{}, nameSet{}, nameSet{}
	if s.typ == classBlock {
		for k := range global {
			newGlobal[k] = true
		}
		for k := range bound {
			newBound[k] = true
		}
	}
	for _, name := range s.order {
		st.analyzeName(s, scopes, name, s.syms[name].flags, bound, local, free, global)
		if st.err != nil {
			return
		}
	}
	if s.typ != classBlock {
		if s.typ == functionBlock {
			for k := range local {
				newBound[k] = true
			}
		}
		for k := range bound {
			newBound[k] = true
		}
		for k := range global {
			newGlobal[k] = true
		}
	} else {
		newBound["__class__"] = true
	}
	allFree := nameSet{}
	for _, c := range s.children {
		childFree := nameSet{}
		st.analyzeBlock(c, newBound.copy(), childFree, newGlobal.copy())
		if st.err != nil {
			return
		}
		for k := range childFree {
			allFree[k] = true
		}
	}
	for k := range allFree {
		newFree[k] = true
	}
	if s.typ == functionBlock {
		for name, sc := range scopes {
			if sc == scopeLocal && newFree[name] {
				scopes[name] = scopeCell
				delete(newFree, name)
			}
		}
	} else if s.typ == classBlock && newFree["__class__"] {
		delete(newFree, "__class__")
		s.needsClassClosure = true
	}
	// Record the resolved scopes, and pass free names of children on.
	for _, name := range s.order {
		s.syms[name].scope = scopes[name]
	}
	for _, name := range sortedNames(newFree) {
		if sym := s.syms[name]; sym != nil {
			if s.typ == classBlock && sym.flags&(defBound|defGlobal) != 0 {
				sym.flags |= defFreeClass
			}
			continue
		}
		if bound == nil || !bound[name] {
			continue
		}
		s.syms[name] = &symbol{scope: scopeFree}
		s.order = append(s.order, name)
	}
	for k := range newFree {
		free[k] = true
	}
}

func sortedNames(s nameSet) []string {
	l := make([]string, 0, len(s))
	for k := range s {
		l = append(l, k)
	}
	sort.Strings(l)
	return l
}
