package compile

import (
	"strings"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/gilpy/gilpy/interp/syntax/ast"
	"github.com/go-python/gpython/py"
)

func (c *compiler) stmts(l []ast.Stmt) {
	for _, s := range l {
		c.stmt(s)
	}
}

func (c *compiler) stmt(s ast.Stmt) {
	u := c.u
	c.setPos(s)
	switch s := s.(type) {
	case *ast.FunctionDef:
		c.noTypeParams(s.TypeParams)
		c.funcDef(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, false)
	case *ast.AsyncFunctionDef:
		c.noTypeParams(s.TypeParams)
		c.funcDef(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, true)
	case *ast.ClassDef:
		c.noTypeParams(s.TypeParams)
		c.classDef(s)
	case *ast.Return:
		c.returnStmt(s)
	case *ast.Delete:
		for _, t := range s.Targets {
			c.expr(t)
		}
	case *ast.Assign:
		c.expr(s.Value)
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				u.emit(bytecode.COPY, 1)
			}
			c.expr(t)
		}
	case *ast.AugAssign:
		c.augAssign(s)
	case *ast.AnnAssign:
		c.annAssign(s)
	case *ast.For:
		c.forStmt(s)
	case *ast.AsyncFor:
		c.asyncFor(s)
	case *ast.While:
		c.whileStmt(s)
	case *ast.If:
		c.ifStmt(s)
	case *ast.With:
		c.with(s, s.Items, s.Body, 0)
	case *ast.AsyncWith:
		if !c.inAsyncFunction() {
			c.errorAt(&s.Pos, "'async with' outside async function")
		}
		c.asyncWith(s, 0)
	case *ast.Match:
		c.match(s)
	case *ast.Raise:
		n := uint32(0)
		if s.Exc != nil {
			c.expr(s.Exc)
			n++
			if s.Cause != nil {
				c.expr(s.Cause)
				n++
			}
		}
		c.setPos(s)
		u.emit(bytecode.RAISE_VARARGS, n)
	case *ast.Try:
		if len(s.Finalbody) > 0 {
			c.tryFinally(s.Body, s.Handlers, s.Orelse, s.Finalbody, false)
		} else {
			c.tryExcept(s.Body, s.Handlers, s.Orelse)
		}
	case *ast.TryStar:
		if len(s.Finalbody) > 0 {
			c.tryFinally(s.Body, s.Handlers, s.Orelse, s.Finalbody, true)
		} else {
			c.tryStarExcept(s.Body, s.Handlers, s.Orelse)
		}
	case *ast.Assert:
		if t, ok := s.Test.(*ast.Tuple); ok && len(t.Elts) > 0 {
			c.warn("assertion is always true, perhaps remove parentheses?")
		}
		if c.flags.optimize() > 0 {
			break // asserts are not compiled when optimizing
		}
		end := u.newBlock()
		c.jumpIf(s.Test, end, true)
		u.emit(bytecode.LOAD_ASSERTION_ERROR, 0)
		if s.Msg != nil {
			c.expr(s.Msg)
			u.emit(bytecode.CALL, 1)
		}
		u.emit(bytecode.RAISE_VARARGS, 1)
		u.useBlock(end)
	case *ast.Import:
		c.importStmt(s)
	case *ast.ImportFrom:
		c.importFrom(s)
	case *ast.Global, *ast.Nonlocal:
	case *ast.ExprStmt:
		c.exprStmt(s)
	case *ast.Pass:
		u.emit(bytecode.NOP, 0)
	case *ast.Break:
		c.breakStmt(s)
	case *ast.Continue:
		c.continueStmt(s)
	case *ast.TypeAlias:
		// PEP 695 is Python 3.12; gilpy compiles Python 3.11.
		c.errorAt(&s.Pos, "type alias statements are not supported")
	default:
		c.fail(&InternalError{Code: u.qualname, Msg: "unknown statement"})
	}
}

// noTypeParams rejects PEP 695 type parameters (Python 3.12).
func (c *compiler) noTypeParams(l []ast.TypeParam) {
	if len(l) > 0 {
		c.errorAt(l[0].GetPos(), "type parameters are not supported")
	}
}

func (c *compiler) inAsyncFunction() bool { return c.u.kind == unitAsyncFunction }

func (c *compiler) exprStmt(s *ast.ExprStmt) {
	u := c.u
	if c.interactive && len(c.units) <= 1 {
		c.expr(s.Value)
		u.emit(bytecode.PRINT_EXPR, 0)
		return
	}
	if _, ok := constOf(s.Value); ok {
		u.emit(bytecode.NOP, 0)
		return
	}
	c.expr(s.Value)
	// Like CPython, the POP_TOP is artificial and what follows the
	// statement has no position until something sets one.
	u.pos = bytecode.Pos{}
	u.emit(bytecode.POP_TOP, 0)
}

// ---- functions and classes

func (c *compiler) checkDebugArgs(a *ast.Arguments) {
	check := func(x *ast.Arg) {
		if x != nil && x.Arg == "__debug__" {
			c.errorHere("cannot assign to __debug__")
		}
	}
	for _, l := range [][]*ast.Arg{a.Posonlyargs, a.Args, a.Kwonlyargs} {
		for _, x := range l {
			check(x)
		}
	}
	check(a.Vararg)
	check(a.Kwarg)
}

// defaults emits the defaults tuple and keyword-only defaults dict.
func (c *compiler) defaults(a *ast.Arguments) uint32 {
	var flags uint32
	if len(a.Defaults) > 0 {
		for _, d := range a.Defaults {
			c.expr(d)
		}
		c.u.emit(bytecode.BUILD_TUPLE, uint32(len(a.Defaults)))
		flags |= bytecode.FuncDefaults
	}
	var keys py.Tuple
	for i, x := range a.Kwonlyargs {
		if i < len(a.KwDefaults) && a.KwDefaults[i] != nil {
			keys = append(keys, py.String(mangle(c.u.private, x.Arg)))
			c.expr(a.KwDefaults[i])
		}
	}
	if len(keys) > 0 {
		c.loadConst(keys)
		c.u.emit(bytecode.BUILD_CONST_KEY_MAP, uint32(len(keys)))
		flags |= bytecode.FuncKwDefaults
	}
	return flags
}

// annotationValue emits an annotation: its value, or its source text under
// `from __future__ import annotations`.
func (c *compiler) annotationValue(e ast.Expr) {
	if c.flags&FutureAnnotations != 0 {
		c.loadConst(py.String(unparse(e)))
		return
	}
	if st, ok := e.(*ast.Starred); ok {
		c.expr(st.Value)
		c.u.emit(bytecode.UNPACK_SEQUENCE, 1)
		return
	}
	c.expr(e)
}

// annotations emits the dict of a function's annotations; it reports
// whether there is one.
func (c *compiler) annotations(a *ast.Arguments, returns ast.Expr) bool {
	var names py.Tuple
	add := func(name string, ann ast.Expr) {
		if ann == nil {
			return
		}
		names = append(names, py.String(mangle(c.u.private, name)))
		c.annotationValue(ann)
	}
	for _, l := range [][]*ast.Arg{a.Args, a.Posonlyargs} {
		for _, x := range l {
			add(x.Arg, x.Annotation)
		}
	}
	if a.Vararg != nil {
		add(a.Vararg.Arg, a.Vararg.Annotation)
	}
	for _, x := range a.Kwonlyargs {
		add(x.Arg, x.Annotation)
	}
	if a.Kwarg != nil {
		add(a.Kwarg.Arg, a.Kwarg.Annotation)
	}
	add("return", returns)
	if len(names) == 0 {
		return false
	}
	c.loadConst(names)
	c.u.emit(bytecode.BUILD_CONST_KEY_MAP, uint32(len(names)))
	return true
}

func (c *compiler) funcDef(s ast.Stmt, name string, args *ast.Arguments, body []ast.Stmt, decos []ast.Expr, returns ast.Expr, async bool) {
	pos := s.GetPos()
	firstLine := pos.Lineno
	if len(decos) > 0 {
		firstLine = decos[0].GetPos().Lineno
	}
	c.checkDebugArgs(args)
	for _, d := range decos {
		c.expr(d)
	}
	flags := c.defaults(args)
	if c.annotations(args, returns) {
		flags |= bytecode.FuncAnnotations
	}
	kind := unitFunction
	if async {
		kind = unitAsyncFunction
	}
	code := c.nested(s, func() {
		c.enterScope(kind, name, s, firstLine)
		u := c.u
		if doc, ok := docstringOf(body); ok && c.flags.optimize() < 2 {
			u.docstring = py.String(doc)
			u.addConst(u.docstring)
			body = body[1:]
		} else {
			u.addConst(py.None)
		}
		u.argCount = len(args.Posonlyargs) + len(args.Args)
		u.posOnly = len(args.Posonlyargs)
		u.kwOnly = len(args.Kwonlyargs)
		c.stmts(body)
	})
	qualname := code.QualName
	c.u.pos = posOf(pos)
	c.makeClosure(code, flags, qualname)
	c.applyDecorators(decos)
	c.nameOp(name, ast.Store, pos)
}

// applyDecorators calls the decorators (already on the stack, under the
// function or class) innermost first, each at its own position.
func (c *compiler) applyDecorators(decos []ast.Expr) {
	for i := len(decos) - 1; i >= 0; i-- {
		c.setPos(decos[i])
		c.u.emit(bytecode.CALL, 1)
	}
}

func (c *compiler) classDef(s *ast.ClassDef) {
	firstLine := s.Lineno
	if len(s.DecoratorList) > 0 {
		firstLine = s.DecoratorList[0].GetPos().Lineno
	}
	for _, d := range s.DecoratorList {
		c.expr(d)
	}
	code := c.nested(s, func() {
		c.enterScope(unitClass, s.Name, s, firstLine)
		u := c.u
		u.pos = bytecode.Pos{Line: int32(firstLine), EndLine: int32(firstLine)}
		c.nameOp("__name__", ast.Load, nil)
		c.nameOp("__module__", ast.Store, nil)
		c.loadConst(py.String(u.qualname))
		c.nameOp("__qualname__", ast.Store, nil)
		c.body(s.Body)
		u.pos = bytecode.Pos{}
		if u.scope.needsClassClosure {
			u.emit(bytecode.LOAD_CLOSURE, uint32(u.cellIndex["__class__"]))
			u.emit(bytecode.COPY, 1)
			c.nameOp("__classcell__", ast.Store, nil)
		} else {
			c.loadConst(py.None)
		}
		u.emit(bytecode.RETURN_VALUE, 0)
	})
	qualname := code.QualName
	c.setPos(s)
	c.u.emit(bytecode.LOAD_BUILD_CLASS, 0)
	c.makeClosure(code, 0, qualname)
	c.loadConst(py.String(s.Name))
	c.callHelper(2, s.Bases, s.Keywords)
	c.applyDecorators(s.DecoratorList)
	c.nameOp(s.Name, ast.Store, &s.Pos)
}

// ---- control flow

func (c *compiler) returnStmt(s *ast.Return) {
	u := c.u
	if !c.inFunction() {
		c.errorAt(&s.Pos, "'return' outside function")
	}
	if s.Value != nil && u.scope.coroutine && u.scope.generator {
		c.errorAt(&s.Pos, "'return' with value in async generator")
	}
	// A constant (after folding) is loaded after the unwinding instead of
	// being kept on the stack through it.
	var k py.Object
	isConst := false
	if s.Value != nil {
		k, isConst = constOf(s.Value)
	}
	preserve := s.Value != nil && !isConst
	if preserve {
		c.expr(s.Value)
	} else if s.Value != nil {
		c.setPos(s.Value)
		u.emit(bytecode.NOP, 0)
	}
	if s.Value == nil || s.Value.GetPos().Lineno != s.Lineno {
		c.setPos(s)
		u.emit(bytecode.NOP, 0)
	}
	saved := c.unwindAll(preserve, &s.Pos)
	if s.Value == nil {
		c.loadConst(py.None)
	} else if !preserve {
		c.loadConst(k)
	}
	u.emit(bytecode.RETURN_VALUE, 0)
	u.handlers = saved
}

func (c *compiler) breakStmt(s *ast.Break) {
	saved := c.u.saveHandlers()
	loop := c.unwindToLoop(&s.Pos)
	if loop == nil {
		c.errorAt(&s.Pos, "'break' outside loop")
	}
	c.setPos(s)
	c.unwindFblock(loop, false)
	c.u.emitJump(opJump, loop.exit)
	c.u.handlers = saved
}

func (c *compiler) continueStmt(s *ast.Continue) {
	saved := c.u.saveHandlers()
	loop := c.unwindToLoop(&s.Pos)
	if loop == nil {
		c.errorAt(&s.Pos, "'continue' not properly in loop")
	}
	c.setPos(s)
	c.u.emitJump(opJump, loop.block)
	c.u.handlers = saved
}

// unwindToLoop emits the cleanup of every frame block down to the
// innermost loop and returns it (nil when there is none). The handler
// stack is left as the jump out sees it; callers restore it.
func (c *compiler) unwindToLoop(p *ast.Pos) *fblock {
	u := c.u
	for i := len(u.fblocks) - 1; i >= 0; i-- {
		fb := u.fblocks[i]
		if fb.kind == fbExceptionGroupHandler {
			c.errorAt(p, "'break', 'continue' and 'return' cannot appear in an except* block")
		}
		if fb.kind == fbWhileLoop || fb.kind == fbForLoop {
			return fb
		}
		c.unwindAt(i, false)
	}
	return nil
}

// unwindAll emits the cleanup of every frame block before a return. It
// returns the handler stack to restore once the return is emitted.
func (c *compiler) unwindAll(preserve bool, p *ast.Pos) []*handler {
	u := c.u
	saved := u.saveHandlers()
	for i := len(u.fblocks) - 1; i >= 0; i-- {
		if u.fblocks[i].kind == fbExceptionGroupHandler {
			c.errorAt(p, "'break', 'continue' and 'return' cannot appear in an except* block")
		}
		c.unwindAt(i, preserve)
	}
	return saved
}

// unwindAt unwinds frame block i with the blocks above it removed, so
// that a finally body compiled here sees the right enclosing blocks.
func (c *compiler) unwindAt(i int, preserve bool) {
	u := c.u
	saved := u.fblocks
	u.fblocks = append([]*fblock(nil), saved[:i]...)
	c.unwindFblock(saved[i], preserve)
	u.fblocks = saved
}

// unwindFblock emits what leaving frame block fb early needs: popping a
// loop's iterator, running a finally body, calling a with's __exit__,
// ending an except handler. With preserve, the value on top of the stack
// (a return value) is kept on top.
func (c *compiler) unwindFblock(fb *fblock, preserve bool) {
	u := c.u
	switch fb.kind {
	case fbWhileLoop, fbExceptionHandler, fbExceptionGroupHandler, fbAsyncComprehensionGenerator:
	case fbForLoop:
		if preserve {
			u.emit(bytecode.SWAP, 2)
		}
		u.emit(bytecode.POP_TOP, 0)
	case fbTryExcept:
		u.handlers = fb.handlers
	case fbFinallyTry:
		u.handlers = fb.handlers
		if preserve {
			c.pushFblock(&fblock{kind: fbPopValue})
		}
		c.stmts(fb.final)
		if preserve {
			c.popFblock()
		}
		// What follows seems to run after the statement that left the
		// try, so it has no position of its own.
		u.pos = bytecode.Pos{}
	case fbFinallyEnd:
		if preserve {
			u.emit(bytecode.SWAP, 2)
		}
		u.emit(bytecode.POP_TOP, 0)
		if preserve {
			u.emit(bytecode.SWAP, 2)
		}
		u.handlers = fb.handlers
		u.emit(bytecode.POP_EXCEPT, 0)
	case fbWith, fbAsyncWith:
		c.setPos(fb.with)
		u.handlers = fb.handlers
		if preserve {
			u.emit(bytecode.SWAP, 2)
		}
		c.callExitWithNones()
		if fb.kind == fbAsyncWith {
			u.emit(bytecode.GET_AWAITABLE, 2)
			c.loadConst(py.None)
			c.yieldFrom()
		}
		u.emit(bytecode.POP_TOP, 0)
		u.pos = bytecode.Pos{}
	case fbHandlerCleanup:
		u.handlers = fb.inner
		if preserve {
			u.emit(bytecode.SWAP, 2)
		}
		u.handlers = fb.handlers
		u.emit(bytecode.POP_EXCEPT, 0)
		if fb.name != "" {
			c.loadConst(py.None)
			c.nameOp(fb.name, ast.Store, nil)
			c.nameOp(fb.name, ast.Del, nil)
		}
	case fbPopValue:
		if preserve {
			u.emit(bytecode.SWAP, 2)
		}
		u.emit(bytecode.POP_TOP, 0)
	}
}

// pushFblock enters a frame block. fb.handlers is the handler stack its
// unwinding leaves in effect (for the kinds that change it). Like
// CPython, a code object holds at most maxBlocks of them at once.
func (c *compiler) pushFblock(fb *fblock) {
	if len(c.u.fblocks) >= maxBlocks {
		c.errorHere("too many statically nested blocks")
	}
	c.u.fblocks = append(c.u.fblocks, fb)
}

// maxBlocks is CPython's limit on nested frame blocks (CO_MAXBLOCKS).
const maxBlocks = 20

func (c *compiler) popFblock() { c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1] }

func (c *compiler) callExitWithNones() {
	c.loadConst(py.None)
	c.loadConst(py.None)
	c.loadConst(py.None)
	c.u.emit(bytecode.CALL, 3)
}

func (c *compiler) ifStmt(s *ast.If) {
	u := c.u
	end := u.newBlock()
	next := end
	if len(s.Orelse) > 0 {
		next = u.newBlock()
	}
	c.jumpIf(s.Test, next, false)
	c.stmts(s.Body)
	if len(s.Orelse) > 0 {
		u.pos = bytecode.Pos{}
		u.emitJump(opJump, end)
		u.useBlock(next)
		c.stmts(s.Orelse)
	}
	u.useBlock(end)
}

func (c *compiler) whileStmt(s *ast.While) {
	u := c.u
	loop, body, end := u.newBlock(), u.newBlock(), u.newBlock()
	anchor := end
	if len(s.Orelse) > 0 {
		anchor = u.newBlock()
	}
	u.useBlock(loop)
	c.pushFblock(&fblock{kind: fbWhileLoop, block: loop, exit: end})
	c.jumpIf(s.Test, anchor, false)
	u.useBlock(body)
	c.stmts(s.Body)
	c.setPos(s)
	c.jumpIf(s.Test, body, true)
	c.popFblock()
	u.useBlock(anchor)
	c.stmts(s.Orelse)
	u.useBlock(end)
}

func (c *compiler) forStmt(s *ast.For) {
	u := c.u
	start, body, cleanup, end := u.newBlock(), u.newBlock(), u.newBlock(), u.newBlock()
	c.pushFblock(&fblock{kind: fbForLoop, block: start, exit: end})
	c.iterable(s.Iter)
	u.emit(bytecode.GET_ITER, 0)
	u.useBlock(start)
	u.emitJump(bytecode.FOR_ITER, cleanup)
	u.useBlock(body)
	c.expr(s.Target)
	c.stmts(s.Body)
	u.pos = bytecode.Pos{}
	u.emitJump(opJump, start)
	u.useBlock(cleanup)
	c.popFblock()
	c.stmts(s.Orelse)
	u.useBlock(end)
}

func (c *compiler) asyncFor(s *ast.AsyncFor) {
	u := c.u
	if !c.inAsyncFunction() {
		c.errorAt(&s.Pos, "'async for' outside async function")
	}
	start, except, end := u.newBlock(), u.newBlock(), u.newBlock()
	c.expr(s.Iter)
	u.emit(bytecode.GET_AITER, 0)
	u.useBlock(start)
	c.pushFblock(&fblock{kind: fbForLoop, block: start, exit: end})
	u.pushHandler(opSetupFinally, except)
	u.emit(bytecode.GET_ANEXT, 0)
	c.loadConst(py.None)
	c.yieldFrom()
	u.popHandler()
	c.expr(s.Target)
	c.stmts(s.Body)
	u.pos = bytecode.Pos{}
	u.emitJump(opJump, start)
	c.popFblock()
	u.useBlock(except)
	c.setPos(s.Iter)
	u.emit(bytecode.END_ASYNC_FOR, 0)
	c.stmts(s.Orelse)
	u.useBlock(end)
}

// popExceptAndReraise is the cleanup of a handler body that raised:
// restore the previously handled exception and re-raise.
func (c *compiler) popExceptAndReraise() {
	u := c.u
	u.emit(bytecode.COPY, 3)
	u.emit(bytecode.POP_EXCEPT, 0)
	u.emit(bytecode.RERAISE, 1)
}

func (c *compiler) tryFinally(body []ast.Stmt, handlers []*ast.ExceptHandler, orelse, final []ast.Stmt, star bool) {
	u := c.u
	end, exit, cleanup := u.newBlock(), u.newBlock(), u.newBlock()
	outer := u.saveHandlers()
	u.pushHandler(opSetupFinally, end)
	c.pushFblock(&fblock{kind: fbFinallyTry, final: final, handlers: outer})
	if len(handlers) > 0 {
		if star {
			c.tryStarExcept(body, handlers, orelse)
		} else {
			c.tryExcept(body, handlers, orelse)
		}
	} else {
		c.stmts(body)
	}
	u.popBlockMarker()
	u.handlers = outer
	c.popFblock()
	c.stmts(final)
	u.pos = bytecode.Pos{}
	u.emitJump(opJump, exit)
	// The exceptional path runs the finally body again.
	u.useBlock(end)
	u.pushHandler(opSetupCleanup, cleanup)
	u.emit(bytecode.PUSH_EXC_INFO, 0)
	c.pushFblock(&fblock{kind: fbFinallyEnd, handlers: outer})
	c.stmts(final)
	c.popFblock()
	// The re-raise keeps the position the finally body ended with.
	u.emit(bytecode.RERAISE, 0)
	u.handlers = outer
	u.useBlock(cleanup)
	c.popExceptAndReraise()
	u.useBlock(exit)
}

func (c *compiler) tryExcept(body []ast.Stmt, handlers []*ast.ExceptHandler, orelse []ast.Stmt) {
	u := c.u
	except, end, cleanup := u.newBlock(), u.newBlock(), u.newBlock()
	outer := u.saveHandlers()
	u.pushHandler(opSetupFinally, except)
	c.pushFblock(&fblock{kind: fbTryExcept, handlers: outer})
	c.stmts(body)
	c.popFblock()
	u.popBlockMarker()
	u.handlers = outer
	c.stmts(orelse)
	u.pos = bytecode.Pos{}
	u.emitJump(opJump, end)

	u.useBlock(except)
	u.pushHandler(opSetupCleanup, cleanup)
	u.emit(bytecode.PUSH_EXC_INFO, 0)
	inHandler := u.saveHandlers()
	c.pushFblock(&fblock{kind: fbExceptionHandler, handlers: inHandler})
	for i, h := range handlers {
		c.setPos(h)
		if h.Type == nil && i < len(handlers)-1 {
			c.errorAt(&h.Pos, "default 'except:' must be last")
		}
		next := u.newBlock()
		if h.Type != nil {
			c.expr(h.Type)
			u.emit(bytecode.CHECK_EXC_MATCH, 0)
			u.emitJump(bytecode.POP_JUMP_IF_FALSE, next)
		}
		if h.Name != "" {
			cleanupEnd := u.newBlock()
			c.nameOp(h.Name, ast.Store, &h.Pos)
			u.pushHandler(opSetupCleanup, cleanupEnd)
			c.pushFblock(&fblock{kind: fbHandlerCleanup, name: h.Name, handlers: outer, inner: inHandler})
			c.stmts(h.Body)
			c.popFblock()
			u.pos = bytecode.Pos{}
			u.handlers = outer
			u.emit(bytecode.POP_EXCEPT, 0)
			c.loadConst(py.None)
			c.nameOp(h.Name, ast.Store, nil)
			c.nameOp(h.Name, ast.Del, nil)
			u.emitJump(opJump, end)
			u.useBlock(cleanupEnd)
			u.handlers = inHandler
			c.loadConst(py.None)
			c.nameOp(h.Name, ast.Store, nil)
			c.nameOp(h.Name, ast.Del, nil)
			u.emit(bytecode.RERAISE, 1)
		} else {
			u.emit(bytecode.POP_TOP, 0)
			c.pushFblock(&fblock{kind: fbHandlerCleanup, handlers: outer, inner: inHandler})
			c.stmts(h.Body)
			c.popFblock()
			u.pos = bytecode.Pos{}
			u.handlers = outer
			u.emit(bytecode.POP_EXCEPT, 0)
			u.emitJump(opJump, end)
		}
		u.handlers = inHandler
		u.useBlock(next)
	}
	u.pos = bytecode.Pos{}
	c.popFblock()
	u.emit(bytecode.RERAISE, 0)
	u.handlers = outer
	u.useBlock(cleanup)
	c.popExceptAndReraise()
	u.useBlock(end)
}

func (c *compiler) tryStarExcept(body []ast.Stmt, handlers []*ast.ExceptHandler, orelse []ast.Stmt) {
	u := c.u
	except, orelseB, end, cleanup, reraiseStar := u.newBlock(), u.newBlock(), u.newBlock(), u.newBlock(), u.newBlock()
	outer := u.saveHandlers()
	u.pushHandler(opSetupFinally, except)
	c.pushFblock(&fblock{kind: fbTryExcept, handlers: outer})
	c.stmts(body)
	c.popFblock()
	u.popBlockMarker()
	u.handlers = outer
	u.pos = bytecode.Pos{}
	u.emitJump(opJump, orelseB)

	u.useBlock(except)
	u.pushHandler(opSetupCleanup, cleanup)
	u.emit(bytecode.PUSH_EXC_INFO, 0)
	inHandler := u.saveHandlers()
	c.pushFblock(&fblock{kind: fbExceptionGroupHandler, handlers: inHandler})
	for i, h := range handlers {
		c.setPos(h)
		next := u.newBlock()
		withError := u.newBlock()
		noMatch := u.newBlock()
		if i == 0 {
			u.emit(bytecode.COPY, 1)
			u.emit(bytecode.BUILD_LIST, 0)
			u.emit(bytecode.SWAP, 2)
		}
		if h.Type != nil {
			c.expr(h.Type)
			u.emit(bytecode.CHECK_EG_MATCH, 0)
			u.emit(bytecode.COPY, 1)
			u.emitJump(bytecode.POP_JUMP_IF_NONE, noMatch)
		}
		cleanupEnd := u.newBlock()
		if h.Name != "" {
			c.nameOp(h.Name, ast.Store, &h.Pos)
		} else {
			u.emit(bytecode.POP_TOP, 0)
		}
		u.pushHandler(opSetupCleanup, cleanupEnd)
		c.pushFblock(&fblock{kind: fbHandlerCleanup, name: h.Name, handlers: outer, inner: inHandler})
		c.stmts(h.Body)
		c.popFblock()
		u.handlers = inHandler
		u.pos = bytecode.Pos{}
		if h.Name != "" {
			c.loadConst(py.None)
			c.nameOp(h.Name, ast.Store, nil)
			c.nameOp(h.Name, ast.Del, nil)
		}
		u.emitJump(opJump, next)
		u.useBlock(cleanupEnd)
		if h.Name != "" {
			c.loadConst(py.None)
			c.nameOp(h.Name, ast.Store, nil)
			c.nameOp(h.Name, ast.Del, nil)
		}
		u.emit(bytecode.LIST_APPEND, 3)
		u.emit(bytecode.POP_TOP, 0)
		u.emitJump(opJump, withError)
		u.useBlock(next)
		u.emit(bytecode.NOP, 0)
		u.emitJump(opJump, withError)
		u.useBlock(noMatch)
		u.emit(bytecode.POP_TOP, 0)
		u.useBlock(withError)
		if i == len(handlers)-1 {
			u.emit(bytecode.LIST_APPEND, 1)
			u.emitJump(opJump, reraiseStar)
		}
	}
	u.pos = bytecode.Pos{}
	c.popFblock()
	reraise := u.newBlock()
	u.useBlock(reraiseStar)
	u.emit(bytecode.PREP_RERAISE_STAR, 0)
	u.emit(bytecode.COPY, 1)
	u.emitJump(bytecode.POP_JUMP_IF_NOT_NONE, reraise)
	u.emit(bytecode.POP_TOP, 0)
	u.handlers = outer
	u.emit(bytecode.POP_EXCEPT, 0)
	u.emitJump(opJump, end)
	u.useBlock(reraise)
	u.emit(bytecode.SWAP, 2)
	u.emit(bytecode.POP_EXCEPT, 0)
	u.emit(bytecode.RERAISE, 0)
	u.useBlock(cleanup)
	c.popExceptAndReraise()
	u.useBlock(orelseB)
	c.stmts(orelse)
	u.useBlock(end)
}

// withExceptFinish ends a with statement's exceptional path: when
// __exit__ returned true the exception is swallowed, else re-raised.
func (c *compiler) withExceptFinish(cleanup *block, outer []*handler) {
	u := c.u
	u.pos = bytecode.Pos{}
	exit := u.newBlock()
	u.emitJump(bytecode.POP_JUMP_IF_TRUE, exit)
	u.emit(bytecode.RERAISE, 2)
	inner := u.saveHandlers()
	u.handlers = outer
	u.useBlock(cleanup)
	c.popExceptAndReraise()
	u.useBlock(exit)
	u.handlers = inner
	u.emit(bytecode.POP_TOP, 0)
	u.handlers = outer
	u.emit(bytecode.POP_EXCEPT, 0)
	u.emit(bytecode.POP_TOP, 0)
	u.emit(bytecode.POP_TOP, 0)
}

func (c *compiler) with(s ast.Stmt, items []*ast.WithItem, body []ast.Stmt, pos int) {
	u := c.u
	final, exit, cleanup := u.newBlock(), u.newBlock(), u.newBlock()
	item := items[pos]
	c.expr(item.ContextExpr)
	u.emit(bytecode.BEFORE_WITH, 0)
	outer := u.saveHandlers()
	u.pushHandler(opSetupWith, final)
	c.pushFblock(&fblock{kind: fbWith, with: s, handlers: outer})
	if item.OptionalVars != nil {
		c.expr(item.OptionalVars)
	} else {
		u.emit(bytecode.POP_TOP, 0)
	}
	if pos+1 == len(items) {
		c.stmts(body)
	} else {
		c.with(s, items, body, pos+1)
	}
	u.handlers = outer
	c.popFblock()
	c.setPos(s)
	c.callExitWithNones()
	u.emit(bytecode.POP_TOP, 0)
	u.emitJump(opJump, exit)
	u.useBlock(final)
	u.pushHandler(opSetupCleanup, cleanup)
	u.emit(bytecode.PUSH_EXC_INFO, 0)
	u.emit(bytecode.WITH_EXCEPT_START, 0)
	c.withExceptFinish(cleanup, outer)
	u.useBlock(exit)
}

func (c *compiler) asyncWith(s *ast.AsyncWith, pos int) {
	u := c.u
	final, exit, cleanup := u.newBlock(), u.newBlock(), u.newBlock()
	item := s.Items[pos]
	c.expr(item.ContextExpr)
	u.emit(bytecode.BEFORE_ASYNC_WITH, 0)
	u.emit(bytecode.GET_AWAITABLE, 1)
	c.loadConst(py.None)
	c.yieldFrom()
	outer := u.saveHandlers()
	u.pushHandler(opSetupWith, final)
	c.pushFblock(&fblock{kind: fbAsyncWith, with: s, handlers: outer})
	if item.OptionalVars != nil {
		c.expr(item.OptionalVars)
	} else {
		u.emit(bytecode.POP_TOP, 0)
	}
	if pos+1 == len(s.Items) {
		c.stmts(s.Body)
	} else {
		c.asyncWith(s, pos+1)
	}
	c.popFblock()
	u.handlers = outer
	c.setPos(s)
	c.callExitWithNones()
	u.emit(bytecode.GET_AWAITABLE, 2)
	c.loadConst(py.None)
	c.yieldFrom()
	u.emit(bytecode.POP_TOP, 0)
	u.emitJump(opJump, exit)
	u.useBlock(final)
	u.pushHandler(opSetupCleanup, cleanup)
	u.emit(bytecode.PUSH_EXC_INFO, 0)
	u.emit(bytecode.WITH_EXCEPT_START, 0)
	u.emit(bytecode.GET_AWAITABLE, 2)
	c.loadConst(py.None)
	c.yieldFrom()
	c.withExceptFinish(cleanup, outer)
	u.useBlock(exit)
}

// ---- assignments

func (c *compiler) augAssign(s *ast.AugAssign) {
	u := c.u
	stmtPos := u.pos
	e := s.Target
	c.setPos(e)
	switch t := e.(type) {
	case *ast.Attribute:
		c.expr(t.Value)
		u.emit(bytecode.COPY, 1)
		c.attrPos(t)
		c.emitName(bytecode.LOAD_ATTR, t.Attr)
	case *ast.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
		u.emit(bytecode.COPY, 2)
		u.emit(bytecode.COPY, 2)
		u.emit(bytecode.BINARY_SUBSCR, 0)
	case *ast.Name:
		c.nameOp(t.Id, ast.Load, &t.Pos)
	default:
		c.errorAt(e.GetPos(), "invalid node type for augmented assignment")
	}
	u.pos = stmtPos
	c.expr(s.Value)
	u.emit(bytecode.BINARY_OP, uint32(binaryOp(s.Op)+bytecode.InplaceOffset))
	c.setPos(e)
	switch t := e.(type) {
	case *ast.Attribute:
		c.attrPos(t)
		u.emit(bytecode.SWAP, 2)
		c.emitName(bytecode.STORE_ATTR, t.Attr)
	case *ast.Subscript:
		u.emit(bytecode.SWAP, 3)
		u.emit(bytecode.SWAP, 2)
		u.emit(bytecode.STORE_SUBSCR, 0)
	case *ast.Name:
		c.nameOp(t.Id, ast.Store, &t.Pos)
	}
}

func (c *compiler) annAssign(s *ast.AnnAssign) {
	u := c.u
	if s.Value != nil {
		c.expr(s.Value)
		c.expr(s.Target)
	}
	moduleOrClass := u.kind == unitModule || u.kind == unitClass
	switch t := s.Target.(type) {
	case *ast.Name:
		if t.Id == "__debug__" {
			// With a value, storing the target reported it at the name;
			// without, CPython checks the name on the statement.
			c.errorAt(&s.Pos, "cannot assign to __debug__")
		}
		if s.Simple != 0 && moduleOrClass {
			c.setPos(s)
			c.annotationValue(s.Annotation)
			c.setPos(s)
			u.emit(bytecode.LOAD_NAME, u.addName("__annotations__"))
			c.loadConst(py.String(mangle(u.private, t.Id)))
			u.emit(bytecode.STORE_SUBSCR, 0)
		}
	case *ast.Attribute:
		if t.Attr == "__debug__" {
			c.errorAt(&s.Pos, "cannot assign to __debug__")
		}
		if s.Value == nil {
			c.checkAnnExpr(t.Value)
		}
	case *ast.Subscript:
		if s.Value == nil {
			c.checkAnnExpr(t.Value)
			c.checkAnnSubscr(t.Slice)
		}
	default:
		c.errorAt(s.Target.GetPos(), "invalid node type for annotated assignment")
	}
	if s.Simple == 0 && c.flags&FutureAnnotations == 0 && moduleOrClass {
		c.checkAnnExpr(s.Annotation)
	}
}

func (c *compiler) checkAnnExpr(e ast.Expr) {
	c.expr(e)
	c.u.emit(bytecode.POP_TOP, 0)
}

func (c *compiler) checkAnnSubscr(e ast.Expr) {
	switch e := e.(type) {
	case *ast.Slice:
		for _, x := range []ast.Expr{e.Lower, e.Upper, e.Step} {
			if x != nil {
				c.checkAnnExpr(x)
			}
		}
	case *ast.Tuple:
		for _, x := range e.Elts {
			c.checkAnnSubscr(x)
		}
	default:
		c.checkAnnExpr(e)
	}
}

// ---- imports

// importStmt compiles import; a name it may not bind is reported on the
// whole statement, as CPython, which gives the aliases no position of
// their own when it compiles them.
func (c *compiler) importStmt(s *ast.Import) {
	u := c.u
	for _, a := range s.Names {
		c.setPos(s)
		c.loadConst(py.Int(0))
		c.loadConst(py.None)
		c.emitName(bytecode.IMPORT_NAME, a.Name)
		if a.Asname != "" {
			parts := strings.Split(a.Name, ".")
			if len(parts) > 1 {
				for i, attr := range parts[1:] {
					u.emit(bytecode.IMPORT_FROM, u.addName(attr))
					if i < len(parts)-2 {
						u.emit(bytecode.SWAP, 2)
						u.emit(bytecode.POP_TOP, 0)
					}
				}
				c.nameOp(a.Asname, ast.Store, &s.Pos)
				u.emit(bytecode.POP_TOP, 0)
			} else {
				c.nameOp(a.Asname, ast.Store, &s.Pos)
			}
		} else {
			name := a.Name
			if i := strings.IndexByte(name, '.'); i >= 0 {
				name = name[:i]
			}
			c.nameOp(name, ast.Store, &s.Pos)
		}
	}
}

func (c *compiler) importFrom(s *ast.ImportFrom) {
	u := c.u
	c.loadConst(py.Int(int64(s.Level)))
	if s.Module == "__future__" && s.Level == 0 && (!c.hasFuture || posAfter(&s.Pos, &c.futureEnd)) {
		c.errorAt(&s.Pos, "from __future__ imports must occur at the beginning of the file")
	}
	names := make(py.Tuple, len(s.Names))
	for i, a := range s.Names {
		names[i] = py.String(a.Name)
	}
	c.loadConst(names)
	c.emitName(bytecode.IMPORT_NAME, s.Module)
	for i, a := range s.Names {
		if i == 0 && a.Name == "*" {
			u.emit(bytecode.IMPORT_STAR, 0)
			return
		}
		c.emitName(bytecode.IMPORT_FROM, a.Name)
		store := a.Name
		if a.Asname != "" {
			store = a.Asname
		}
		c.nameOp(store, ast.Store, &a.Pos)
	}
	u.emit(bytecode.POP_TOP, 0)
}

func posAfter(a, b *ast.Pos) bool {
	return a.Lineno > b.Lineno || (a.Lineno == b.Lineno && a.ColOffset > b.ColOffset)
}
