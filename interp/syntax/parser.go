package syntax

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/gilpy/gilpy/interp/syntax/ast"
)

// Mode selects the start rule of the grammar, as the mode argument of
// Python's compile() does.
type Mode uint8

// The parse modes.
const (
	// Exec parses a module: a sequence of statements (ast.Module).
	Exec Mode = iota
	// Eval parses a single expression (ast.Expression).
	Eval
	// Single parses one interactive statement (ast.Interactive), as the
	// REPL and compile(..., 'single') do.
	Single
)

// Text, added to a mode (Exec|Text), says the source was already text
// (compile() of a str rather than bytes): as in CPython, a byte order
// mark is then an ordinary (invalid) character and a coding
// declaration is only a comment.
const Text Mode = 0x10

// failure is the panic value of a parse that does not match; it is
// recovered where the grammar has alternatives and at the top.
type failure struct{}

// memoKey identifies a memoized rule result of the error pass, which
// differ with the error rules on and off.
type memoKey struct {
	pos     int
	rule    uint8
	invalid bool
}

type memoVal struct {
	node ast.Expr
	end  int
	fail bool
}

type parser struct {
	// addedNL records that the source did not end with a newline, so
	// prepare added one (see unappend).
	addedNL  bool
	toks     []token
	tokErr   *tokError
	src      []byte
	filename string
	pos      int
	fill     int  // one past the furthest token looked at
	invalid  bool // the error rules are active
	errPass  bool // this is the second (error) pass
	memo     map[memoKey]memoVal
	depth    int
	nonASCII map[int32]string
	interned map[string]string
	// firstFill is fill at the end of the first pass.
	firstFill int
	strErr    *strError
	// pegDepth > 0 makes the first pass backtrack like PEG (as the error
	// pass always does), for CPython's error rules that run in both passes.
	pegDepth int
	// braceFailed remembers where a dict or set display failed to parse.
	braceFailed map[int]bool
	// warns collects the string literals' warnings (see escapeWarning);
	// warned marks the literal tokens already warned about, since a
	// literal may be decoded more than once. strTok is the index of the
	// literal being decoded (-1 when none) and strLine the line its
	// warning names.
	warns    []pendingWarning
	warned   map[int]bool
	strTok   int
	strLine  int
	fstrLine int // the first line of the f-string being parsed
	fstrTok  int // the index of its FSTRING_START (-1 outside f-strings)
}

// peg reports whether failed operands and trailers backtrack as in a PEG
// parser instead of failing the parse.
func (p *parser) peg() bool { return p.errPass || p.pegDepth > 0 }

// maxDepth bounds the nesting of the recursive descent, as CPython bounds
// its parser's stack (6000 rule calls) and then raises MemoryError. The
// rules that count (see enter) are weighted so that the nesting CPython
// 3.11 reaches for the usual deep shapes is the one gilpy reaches: a
// unary operator counts one, a '**' or a lambda two, and the rules
// above the first expression take the rest.
const maxDepth = 5976

func (p *parser) tok() *token {
	if p.pos >= len(p.toks) {
		p.tokFail()
	}
	if p.pos >= p.fill {
		p.fill = p.pos + 1
	}
	return &p.toks[p.pos]
}

// tokFail raises the tokenizer's error: the parser asked for the token the
// tokenizer could not produce.
func (p *parser) tokFail() {
	if p.fill < len(p.toks)+1 {
		p.fill = len(p.toks) + 1
	}
	panic(p.tokErr)
}

func (p *parser) kind() tokKind { return p.tok().kind }

// peekKind returns the kind of the token n places ahead.
func (p *parser) peekKind(n int) tokKind {
	save := p.pos
	p.pos += n
	k := p.kind()
	p.pos = save
	return k
}

func (p *parser) next() *token {
	t := p.tok()
	p.pos++
	return t
}

func (p *parser) at(k tokKind) bool { return p.kind() == k }

func (p *parser) accept(k tokKind) *token {
	if t := p.tok(); t.kind == k {
		p.pos++
		return t
	}
	return nil
}

func (p *parser) expect(k tokKind) *token {
	t := p.tok()
	if t.kind != k {
		p.fail()
	}
	p.pos++
	return t
}

// expectForced is CPython's &&'x': a missing token is an error at once.
func (p *parser) expectForced(k tokKind) *token {
	t := p.tok()
	if t.kind != k {
		p.errTok(t, fmt.Sprintf("expected '%s'", k))
	}
	p.pos++
	return t
}

func (p *parser) fail() { panic(failure{}) }

func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		t := &p.toks[min(p.pos, len(p.toks)-1)]
		p.raise(KindMemoryError, "", t, t)
	}
}

func (p *parser) leave() { p.depth-- }

// try runs f; if f fails to match, the position is restored and try
// returns false. Syntax errors raised by f propagate.
func (p *parser) try(f func()) (ok bool) {
	save := p.pos
	depth := p.depth
	defer func() {
		if r := recover(); r != nil {
			if _, isFail := r.(failure); isFail {
				p.pos = save
				p.depth = depth
				ok = false
				return
			}
			panic(r)
		}
	}()
	f()
	return true
}

// memoExpr memoizes an expression rule during the error pass, where
// speculative alternatives would otherwise make parsing exponential.
func (p *parser) memoExpr(rule uint8, f func() ast.Expr) ast.Expr {
	if !p.errPass {
		return f()
	}
	key := memoKey{p.pos, rule, p.invalid}
	if m, ok := p.memo[key]; ok {
		if m.fail {
			p.fail()
		}
		p.pos = m.end
		return m.node
	}
	var node ast.Expr
	if !p.try(func() { node = f() }) {
		p.memo[key] = memoVal{fail: true}
		p.fail()
	}
	p.memo[key] = memoVal{node: node, end: p.pos}
	return node
}

// lastTok is the last consumed token that is not NEWLINE, INDENT, DEDENT
// or ENDMARKER, where CPython ends a node.
func (p *parser) lastTok() *token {
	for i := p.pos - 1; i >= 0; i-- {
		switch p.toks[i].kind {
		case tkNewline, tkIndent, tkDedent, tkEndmarker:
			continue
		}
		return &p.toks[i]
	}
	return &p.toks[0]
}

// posFrom is the position of a node that starts at token index start and
// ends at the last consumed token.
func (p *parser) posFrom(start int) ast.Pos {
	s := &p.toks[start]
	e := p.lastTok()
	return ast.Pos{Lineno: int(s.line), ColOffset: int(s.col), EndLineno: int(e.endLine), EndColOffset: int(e.endCol)}
}

func tokPos(t *token) ast.Pos {
	return ast.Pos{Lineno: int(t.line), ColOffset: int(t.col), EndLineno: int(t.endLine), EndColOffset: int(t.endCol)}
}

func spanPos(a, b *ast.Pos) ast.Pos {
	return ast.Pos{Lineno: a.Lineno, ColOffset: a.ColOffset, EndLineno: b.EndLineno, EndColOffset: b.EndColOffset}
}

// name returns the identifier of a NAME token (NFKC-normalized), interned
// so that each distinct name is allocated once per parse.
func (p *parser) name(t *token) string {
	if p.nonASCII != nil {
		if s, ok := p.nonASCII[t.start]; ok {
			return s
		}
	}
	b := p.src[t.start:t.end]
	if s, ok := p.interned[string(b)]; ok {
		return s
	}
	s := string(b)
	p.interned[s] = s
	return s
}

// is reports whether token t is the name s, as spelled in the source (as
// CPython matches soft keywords).
func (p *parser) is(t *token, s string) bool {
	return t.kind == tkName && string(p.src[t.start:t.end]) == s
}

// Parse parses Python source. The source is UTF-8 (a BOM is skipped; a
// coding declaration for UTF-8 or Latin-1 is honored) with any line
// endings. Errors are always *SyntaxError.
func Parse(src []byte, filename string, mode Mode) (ast.Mod, error) {
	return parse(src, filename, mode, nil)
}

func parse(src []byte, filename string, mode Mode, warn WarnFunc) (ast.Mod, error) {
	text := mode&Text != 0
	mode &^= Text
	norm, err := prepare(src, filename, text)
	if err != nil {
		return nil, err
	}
	toks, names, tokWarns, terr := tokenizeNames(norm, filename)
	p := &parser{toks: toks, tokErr: terr, src: norm, filename: filename, nonASCII: names, interned: make(map[string]string, 64), strTok: -1, fstrTok: -1}
	p.addedNL = len(src) == 0 || src[len(src)-1] != '\n' && src[len(src)-1] != '\r'
	mod, perr := p.run(mode)
	if perr != nil {
		perr.Incomplete = p.incomplete(perr)
		if mode != Exec && p.addedNL {
			p.unappend(perr)
		}
	}
	if werr := p.issueWarnings(warn, tokWarns); werr != nil {
		releaseTokens(toks)
		p.toks = nil
		return nil, werr
	}
	releaseTokens(toks)
	p.toks = nil
	if perr == nil {
		return mod, nil
	}
	return nil, perr
}

// run does CPython's two passes: a fast one, then on failure a second one
// with the rules that recognize common mistakes.
func (p *parser) run(mode Mode) (mod ast.Mod, err *SyntaxError) {
	var fromTok bool
	mod, err, fromTok = p.pass(mode)
	if mod != nil {
		return mod, nil
	}
	if fromTok {
		return nil, err
	}
	p.firstFill = p.fill
	last := p.fill - 1
	if last >= len(p.toks) {
		last = len(p.toks) - 1
	}
	if err == nil {
		p.invalid = true
		p.errPass = true
		p.memo = map[memoKey]memoVal{}
		p.pos = 0
		p.depth = 0
		_, err, fromTok = p.pass(mode)
		if fromTok {
			return nil, err
		}
	}
	if err != nil {
		return nil, p.checkTokens(err)
	}
	lt := &p.toks[last]
	if lt.kind == tkIndent {
		return nil, p.newError(KindIndentationError, "unexpected indent", lt, lt)
	}
	if lt.kind == tkDedent {
		return nil, p.newError(KindIndentationError, "unexpected unindent", lt, lt)
	}
	err = p.newError(KindSyntaxError, "invalid syntax", lt, lt)
	if lt.col < 0 || mode != Exec && p.atEnd(lt) {
		// ENDMARKER: CPython locates this error on the token itself,
		// whose column is -1, so offset and end offset are both 0. Only
		// exec input gets a NEWLINE added at its end, so in the other
		// modes the one prepare added stands for the ENDMARKER.
		err = p.makeError(KindSyntaxError, "invalid syntax", int(lt.line), 0, int(lt.endLine), 0)
		if p.addedNL {
			// A last line of only blanks, with no newline after it, is
			// an indentation CPython's tokenizer meets before the end.
			body := p.src[:len(p.src)-1]
			last := body[bytes.LastIndexByte(body, '\n')+1:]
			if len(last) > 0 && len(bytes.Trim(last, " \t\f")) == 0 {
				err.Kind, err.Msg = KindIndentationError, "unexpected indent"
				err.Offset, err.EndOffset = len(last), -1
			}
		}
	}
	return nil, p.checkTokens(err)
}

// unappend removes from an eval or single-mode error what the newline
// prepare added shows: CPython adds one to exec input only, so its
// errors show the last line as written, and the ENDMARKER of empty
// input is on line 0.
func (p *parser) unappend(e *SyntaxError) {
	lastLine := bytes.Count(p.src, []byte{'\n'})
	if e.Lineno != lastLine {
		return
	}
	e.Text = strings.TrimSuffix(e.Text, "\n")
	if len(p.src) == 1 && e.Offset == 0 {
		e.Lineno, e.EndLineno = 0, 0
	}
	written := utf8.RuneCountInString(e.Text)
	switch {
	case e.Kind == KindIndentationError && e.Offset > written:
		// CPython's cursor stops at the end of the line as written.
		e.Offset = written
	case e.Msg == "unexpected EOF while parsing" && strings.HasSuffix(e.Text, "\\"):
		// A backslash at the very end: CPython reads no newline after
		// it, so the character after the continuation is the end of
		// the input, reported at the backslash.
		e.Msg = "unexpected character after line continuation character"
		e.Offset, e.EndOffset = written, 0
	}
}

// atEnd reports whether t is the ENDMARKER or the NEWLINE standing for
// the newline prepare added to source that did not end with one.
func (p *parser) atEnd(t *token) bool {
	// The NEWLINE of a line ending in a comment starts at the comment:
	// what places it is that it ends with the source.
	return t.kind == tkEndmarker || p.addedNL && t.kind == tkNewline && int(t.end) >= len(p.src)-1
}

// incomplete reports whether the error came from the end of the input:
// a tokenizer error there, or a parse that got as far as ENDMARKER.
func (p *parser) incomplete(e *SyntaxError) bool {
	if te := p.tokErr; te != nil && te.err == e {
		return te.eof
	}
	return p.firstFill >= len(p.toks) && len(p.toks) > 0 && p.toks[len(p.toks)-1].kind == tkEndmarker
}

// checkTokens gives a tokenizer error later in the source priority over a
// parser error, as CPython does by tokenizing the rest of the input.
func (p *parser) checkTokens(e *SyntaxError) *SyntaxError {
	te := p.tokErr
	if te == nil {
		return e
	}
	if te.exc {
		return te.err
	}
	if te.level > 0 {
		cur := p.fill - 1
		if cur >= len(p.toks) {
			cur = len(p.toks) - 1
		}
		if cur >= 0 && int(p.toks[cur].line) > te.parenLine {
			return p.unclosedError(te.paren)
		}
	}
	return e
}

func (p *parser) unclosedError(pr paren) *SyntaxError {
	line := int(pr.line)
	text := p.errorText(line)
	e := &SyntaxError{Msg: fmt.Sprintf("'%c' was never closed", pr.ch), Filename: p.filename,
		Lineno: line, EndLineno: line, Text: text, HasText: true}
	e.Offset = charCount(text, int(pr.col)+1)
	return e
}

func (p *parser) pass(mode Mode) (mod ast.Mod, err *SyntaxError, fromTok bool) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case failure:
				mod = nil
			case *SyntaxError:
				mod, err = nil, v
			case *tokError:
				mod, err, fromTok = nil, v.err, true
			default:
				panic(r)
			}
		}
	}()
	switch mode {
	case Eval:
		return p.evalInput(), nil, false
	case Single:
		return p.interactive(), nil, false
	}
	return p.file(), nil, false
}

func (p *parser) file() ast.Mod {
	m := &ast.Module{Body: []ast.Stmt{}, TypeIgnores: []*ast.TypeIgnore{}}
	for !p.at(tkEndmarker) {
		m.Body = p.statement(m.Body)
	}
	return m
}

func (p *parser) evalInput() ast.Mod {
	e := p.expressions()
	for p.accept(tkNewline) != nil {
	}
	p.expect(tkEndmarker)
	return &ast.Expression{Body: e}
}

func (p *parser) interactive() ast.Mod {
	m := &ast.Interactive{}
	switch {
	case p.at(tkNewline):
		t := p.next()
		m.Body = []ast.Stmt{&ast.Pass{Pos: tokPos(t)}}
	case p.at(tkEndmarker):
		p.fail()
	case p.isCompound():
		m.Body = []ast.Stmt{p.compoundStmt()}
		if p.accept(tkNewline) == nil && !p.at(tkEndmarker) {
			p.fail()
		}
	default:
		m.Body = p.simpleStmts(nil)
	}
	// Like CPython, look at the rest of the text itself for a second
	// statement, and report it at the end of the first.
	for i := p.pos; i < len(p.toks); i++ {
		switch p.toks[i].kind {
		case tkNewline, tkIndent, tkDedent, tkEndmarker:
			continue
		}
		p.fill = p.pos
		p.errLast("multiple statements found while compiling a single statement")
	}
	if p.tokErr != nil {
		p.tokFail()
	}
	return m
}

func (p *parser) isCompound() bool {
	switch p.kind() {
	case kwDef, tkAt, kwIf, kwClass, kwWith, kwFor, kwTry, kwWhile:
		return true
	case kwAsync:
		k := p.peekKind(1)
		return k == kwDef || k == kwWith || k == kwFor
	case tkName:
		return p.is(p.tok(), "match") && p.matchAhead()
	}
	return false
}

// statement appends one statement (or a line of simple statements).
func (p *parser) statement(body []ast.Stmt) []ast.Stmt {
	if p.isCompound() {
		return append(body, p.compoundStmt())
	}
	return p.simpleStmts(body)
}

func (p *parser) simpleStmts(body []ast.Stmt) []ast.Stmt {
	for {
		body = append(body, p.simpleStmt())
		if p.accept(tkSemi) == nil {
			break
		}
		if p.at(tkNewline) {
			break
		}
	}
	if !p.at(tkNewline) {
		p.fail()
	}
	p.next()
	return body
}

// block parses the body of a compound statement; kw describes the
// statement for the error CPython gives when the body is missing.
func (p *parser) block(what string, line int) []ast.Stmt {
	if p.at(tkNewline) {
		p.next()
		if !p.at(tkIndent) {
			if p.invalid || true {
				msg := "expected an indented block"
				if what != "" {
					msg = fmt.Sprintf("expected an indented block after %s on line %d", what, line)
				}
				t := p.tok()
				p.raise(KindIndentationError, msg, t, t)
			}
		}
		p.next()
		var body []ast.Stmt
		for !p.at(tkDedent) {
			if p.at(tkEndmarker) {
				p.fail()
			}
			body = p.statement(body)
		}
		p.next()
		return body
	}
	return p.simpleStmts(nil)
}

// colon expects the ':' of a compound statement header; before a NEWLINE
// CPython says "expected ':'".
func (p *parser) colon() {
	if p.accept(tkColon) != nil {
		return
	}
	if p.invalid && p.at(tkNewline) {
		p.pos++
		p.errLast("expected ':'")
	}
	p.fail()
}

func (p *parser) compoundStmt() ast.Stmt {
	p.enter()
	defer p.leave()
	switch p.kind() {
	case kwDef, tkAt:
		return p.funcOrClassDef()
	case kwClass:
		return p.classDef(nil, p.pos)
	case kwIf:
		return p.ifStmt()
	case kwWhile:
		return p.whileStmt()
	case kwFor:
		return p.forStmt()
	case kwWith:
		return p.withStmt()
	case kwTry:
		return p.tryStmt()
	case kwAsync:
		switch p.peekKind(1) {
		case kwDef:
			return p.funcDef(nil, p.pos)
		case kwWith:
			return p.withStmt()
		case kwFor:
			return p.forStmt()
		}
	case tkName:
		return p.matchStmt()
	}
	p.fail()
	return nil
}

func (p *parser) funcOrClassDef() ast.Stmt {
	var decos []ast.Expr
	for p.accept(tkAt) != nil {
		decos = append(decos, p.namedExpression())
		p.expect(tkNewline)
	}
	start := p.pos
	switch p.kind() {
	case kwClass:
		return p.classDef(decos, start)
	case kwDef:
		return p.funcDef(decos, start)
	case kwAsync:
		if p.peekKind(1) == kwDef {
			return p.funcDef(decos, start)
		}
	}
	p.fail()
	return nil
}

func orEmpty(e []ast.Expr) []ast.Expr {
	if e == nil {
		return []ast.Expr{}
	}
	return e
}

func (p *parser) funcDef(decos []ast.Expr, start int) ast.Stmt {
	async := p.accept(kwAsync) != nil
	defTok := p.expect(kwDef)
	nameTok := p.expect(tkName)
	tparams := p.typeParams()
	p.expectForced(tkLpar)
	args := p.params(false)
	p.expect(tkRpar)
	var returns ast.Expr
	if p.at(tkRarrow) {
		save := p.pos
		if !p.try(func() { p.next(); returns = p.expression() }) {
			p.pos = save
		}
	}
	if p.invalid && p.at(tkNewline) {
		p.pos++
		p.errLast("expected ':'")
	}
	p.expectForced(tkColon)
	body := p.block("function definition", int(defTok.line))
	pos := p.posFrom(start)
	if async {
		return &ast.AsyncFunctionDef{Pos: pos, Name: p.name(nameTok), Args: args, Body: body, DecoratorList: orEmpty(decos), Returns: returns, TypeParams: tparams}
	}
	return &ast.FunctionDef{Pos: pos, Name: p.name(nameTok), Args: args, Body: body, DecoratorList: orEmpty(decos), Returns: returns, TypeParams: tparams}
}

func (p *parser) classDef(decos []ast.Expr, start int) ast.Stmt {
	classTok := p.expect(kwClass)
	nameTok := p.expect(tkName)
	tparams := p.typeParams()
	bases, keywords := []ast.Expr{}, []*ast.Keyword{}
	if p.accept(tkLpar) != nil {
		if !p.at(tkRpar) {
			bases, keywords = p.callArguments(-1)
		}
		p.expect(tkRpar)
	}
	p.colon()
	body := p.block("class definition", int(classTok.line))
	return &ast.ClassDef{Pos: p.posFrom(start), Name: p.name(nameTok), Bases: bases, Keywords: keywords, Body: body, DecoratorList: orEmpty(decos), TypeParams: tparams}
}

// typeParams parses PEP 695's optional "[T, *Ts, **P]".
func (p *parser) typeParams() []ast.TypeParam {
	if !p.at(tkLsqb) {
		return nil
	}
	save := p.pos
	var out []ast.TypeParam
	if !p.try(func() { out = p.typeParamList() }) {
		p.pos = save
		return nil
	}
	return out
}

func (p *parser) typeParamList() []ast.TypeParam {
	p.next()
	var out []ast.TypeParam
	for !p.at(tkRsqb) {
		start := p.pos
		switch {
		case p.accept(tkStar) != nil:
			n := p.expect(tkName)
			out = append(out, &ast.TypeVarTuple{Pos: p.posFrom(start), Name: p.name(n)})
		case p.accept(tkDoubleStar) != nil:
			n := p.expect(tkName)
			out = append(out, &ast.ParamSpec{Pos: p.posFrom(start), Name: p.name(n)})
		default:
			n := p.expect(tkName)
			var bound ast.Expr
			if p.accept(tkColon) != nil {
				bound = p.expression()
			}
			out = append(out, &ast.TypeVar{Pos: p.posFrom(start), Name: p.name(n), Bound: bound})
		}
		if p.accept(tkComma) == nil {
			break
		}
	}
	p.expect(tkRsqb)
	if len(out) == 0 {
		p.fail()
	}
	return out
}

func (p *parser) ifStmt() ast.Stmt {
	start := p.pos
	t := p.next() // 'if' or 'elif'
	what := "'if' statement"
	if t.kind == kwElif {
		what = "'elif' statement"
	}
	test := p.namedExpression()
	p.colon()
	body := p.block(what, int(t.line))
	var orelse []ast.Stmt
	if p.at(kwElif) {
		orelse = []ast.Stmt{p.ifStmt()}
	} else {
		orelse = p.elseBlock()
	}
	return &ast.If{Pos: p.posFrom(start), Test: test, Body: body, Orelse: orelse}
}

func (p *parser) elseBlock() []ast.Stmt {
	if !p.at(kwElse) {
		return []ast.Stmt{}
	}
	t := p.next()
	p.expectForced(tkColon)
	return p.block("'else' statement", int(t.line))
}

func (p *parser) whileStmt() ast.Stmt {
	start := p.pos
	t := p.next()
	test := p.namedExpression()
	p.colon()
	body := p.block("'while' statement", int(t.line))
	orelse := p.elseBlock()
	return &ast.While{Pos: p.posFrom(start), Test: test, Body: body, Orelse: orelse}
}

func (p *parser) forStmt() ast.Stmt {
	start := p.pos
	async := p.accept(kwAsync) != nil
	forTok := p.expect(kwFor)
	afterFor := p.pos
	var target ast.Expr
	ok := p.try(func() {
		target = p.starTargets()
		p.expect(kwIn)
	})
	if !ok {
		p.invalidForTarget(afterFor)
		p.fail()
	}
	iter := p.starExpressions()
	p.colon()
	body := p.block("'for' statement", int(forTok.line))
	orelse := p.elseBlock()
	if async {
		return &ast.AsyncFor{Pos: p.posFrom(start), Target: target, Iter: iter, Body: body, Orelse: orelse}
	}
	return &ast.For{Pos: p.posFrom(start), Target: target, Iter: iter, Body: body, Orelse: orelse}
}

// invalidForTarget is CPython's invalid_for_target rule.
func (p *parser) invalidForTarget(afterFor int) {
	if !p.invalid {
		return
	}
	save := p.pos
	p.pos = afterFor
	var e ast.Expr
	if p.try(func() { e = p.starExpressions() }) {
		if bad := invalidTarget(e, forTargets); bad != nil {
			p.errNode(bad, "cannot assign to "+exprName(bad))
		}
	}
	p.pos = save
}

func (p *parser) withStmt() ast.Stmt {
	start := p.pos
	async := p.accept(kwAsync) != nil
	withTok := p.expect(kwWith)
	var items []*ast.WithItem
	parenthesized := false
	if p.at(tkLpar) {
		parenthesized = p.try(func() {
			p.next()
			for {
				items = append(items, p.withItem())
				if p.accept(tkComma) == nil || p.at(tkRpar) {
					break
				}
			}
			p.expect(tkRpar)
			if !p.at(tkColon) && !(p.invalid && p.at(tkNewline)) {
				p.fail()
			}
		})
	}
	if !parenthesized {
		items = nil
		for {
			items = append(items, p.withItem())
			if p.accept(tkComma) == nil {
				break
			}
		}
	}
	p.colon()
	body := p.block("'with' statement", int(withTok.line))
	if async {
		return &ast.AsyncWith{Pos: p.posFrom(start), Items: items, Body: body}
	}
	return &ast.With{Pos: p.posFrom(start), Items: items, Body: body}
}

func (p *parser) withItem() *ast.WithItem {
	e := p.expression()
	if p.at(kwAs) {
		save := p.pos
		p.next()
		var t ast.Expr
		if p.try(func() {
			t = p.starTarget()
			switch p.kind() {
			case tkComma, tkRpar, tkColon:
			case tkNewline:
				// Only for the error rule that reads the items of a
				// header ending without its colon ("expected ':'").
				if !p.invalid {
					p.fail()
				}
			default:
				p.fail()
			}
		}) {
			return &ast.WithItem{ContextExpr: e, OptionalVars: t}
		}
		if p.invalid {
			var bad ast.Expr
			if p.try(func() { bad = p.expression() }) {
				switch p.kind() {
				case tkComma, tkRpar, tkColon:
					if b := invalidTarget(bad, starTargets); b != nil {
						p.errNode(b, "cannot assign to "+exprName(b))
					}
				}
			}
		}
		p.pos = save
		p.fail()
	}
	return &ast.WithItem{ContextExpr: e}
}

func (p *parser) tryStmt() ast.Stmt {
	start := p.pos
	tryTok := p.next()
	p.expectForced(tkColon)
	body := p.block("'try' statement", int(tryTok.line))
	var handlers []*ast.ExceptHandler
	star := false
	for p.at(kwExcept) {
		hstart := p.pos
		exTok := p.next()
		isStar := p.accept(tkStar) != nil
		if len(handlers) > 0 && isStar != star {
			if p.invalid {
				if isStar {
					p.errRange(tokPosP(exTok), tokPosP(&p.toks[p.pos-1]), "cannot have both 'except' and 'except*' on the same 'try'")
				}
				p.errNode(tokPosE(exTok), "cannot have both 'except' and 'except*' on the same 'try'")
			}
			p.fail()
		}
		star = isStar
		var typ ast.Expr
		var name string
		what := "'except' statement"
		if isStar {
			what = "'except*' statement"
		}
		if !p.at(tkColon) || isStar {
			if isStar && (p.at(tkColon) || p.at(tkNewline)) {
				if p.invalid {
					p.pos++
					p.errLast("expected one or more exception types")
				}
				p.fail()
			}
			if p.invalid && p.at(tkNewline) {
				p.pos++
				p.errLast("expected ':'")
			}
			typ = p.expression()
			if p.at(tkComma) && p.invalid {
				p.next()
				p.expressions()
				if p.accept(kwAs) != nil {
					p.expect(tkName)
				}
				if p.at(tkColon) {
					p.errFrom(typ.GetPos(), "multiple exception types must be parenthesized")
				}
				p.fail()
			}
			if p.accept(kwAs) != nil {
				name = p.name(p.expect(tkName))
			}
		}
		p.colon()
		hbody := p.block(what, int(exTok.line))
		handlers = append(handlers, &ast.ExceptHandler{Pos: p.posFrom(hstart), Type: typ, Name: name, Body: hbody})
	}
	var orelse []ast.Stmt
	if len(handlers) > 0 {
		orelse = p.elseBlock()
	} else {
		orelse = []ast.Stmt{}
	}
	finalbody := []ast.Stmt{}
	if p.at(kwFinally) {
		t := p.next()
		p.expectForced(tkColon)
		finalbody = p.block("'finally' statement", int(t.line))
	} else if len(handlers) == 0 {
		if p.invalid {
			p.errLast("expected 'except' or 'finally' block")
		}
		p.fail()
	}
	if handlers == nil {
		handlers = []*ast.ExceptHandler{}
	}
	if star {
		return &ast.TryStar{Pos: p.posFrom(start), Body: body, Handlers: handlers, Orelse: orelse, Finalbody: finalbody}
	}
	return &ast.Try{Pos: p.posFrom(start), Body: body, Handlers: handlers, Orelse: orelse, Finalbody: finalbody}
}

func tokPosP(t *token) *ast.Pos {
	pos := tokPos(t)
	return &pos
}

// tokPosE wraps a token's position as an expression, for error helpers.
func tokPosE(t *token) ast.Expr { return &ast.Name{Pos: tokPos(t)} }

// ---- simple statements ----

func (p *parser) simpleStmt() ast.Stmt {
	p.enter()
	defer p.leave()
	start := p.pos
	t := p.tok()
	switch t.kind {
	case kwReturn:
		p.next()
		var v ast.Expr
		if !p.atStmtEnd() {
			v = p.starExpressions()
		}
		return &ast.Return{Pos: p.posFrom(start), Value: v}
	case kwImport:
		return p.importName()
	case kwFrom:
		return p.importFrom()
	case kwRaise:
		p.next()
		var exc, cause ast.Expr
		if !p.atStmtEnd() {
			exc = p.expression()
			if p.accept(kwFrom) != nil {
				cause = p.expression()
			}
		}
		return &ast.Raise{Pos: p.posFrom(start), Exc: exc, Cause: cause}
	case kwPass:
		p.next()
		return &ast.Pass{Pos: p.posFrom(start)}
	case kwBreak:
		p.next()
		return &ast.Break{Pos: p.posFrom(start)}
	case kwContinue:
		p.next()
		return &ast.Continue{Pos: p.posFrom(start)}
	case kwDel:
		return p.delStmt()
	case kwAssert:
		p.next()
		test := p.expression()
		var msg ast.Expr
		if p.accept(tkComma) != nil {
			msg = p.expression()
		}
		return &ast.Assert{Pos: p.posFrom(start), Test: test, Msg: msg}
	case kwGlobal, kwNonlocal:
		p.next()
		var names []string
		for {
			names = append(names, p.name(p.expect(tkName)))
			if p.accept(tkComma) == nil {
				break
			}
		}
		if t.kind == kwGlobal {
			return &ast.Global{Pos: p.posFrom(start), Names: names}
		}
		return &ast.Nonlocal{Pos: p.posFrom(start), Names: names}
	case tkName:
		if p.is(t, "type") && p.peekKind(1) == tkName {
			var s ast.Stmt
			if p.try(func() { s = p.typeAlias() }) {
				return s
			}
		}
	}
	return p.exprOrAssign()
}

func (p *parser) atStmtEnd() bool {
	k := p.kind()
	return k == tkNewline || k == tkSemi
}

func (p *parser) typeAlias() ast.Stmt {
	start := p.pos
	p.next()
	nt := p.expect(tkName)
	name := &ast.Name{Pos: tokPos(nt), Id: p.name(nt), Ctx: ast.Store}
	tparams := p.typeParams()
	p.expect(tkEqual)
	v := p.expression()
	if tparams == nil {
		tparams = []ast.TypeParam{}
	}
	return &ast.TypeAlias{Pos: p.posFrom(start), Name: name, TypeParams: tparams, Value: v}
}

func (p *parser) delStmt() ast.Stmt {
	start := p.pos
	p.next()
	var targets []ast.Expr
	ok := p.try(func() {
		for {
			targets = append(targets, p.delTarget())
			if p.accept(tkComma) == nil || p.atStmtEnd() {
				break
			}
		}
		if !p.atStmtEnd() {
			p.fail()
		}
	})
	if !ok {
		if p.invalid {
			p.pos = start + 1
			var e ast.Expr
			if p.try(func() { e = p.starExpressions() }) {
				if bad := invalidTarget(e, delTargets); bad != nil {
					p.errNode(bad, "cannot delete "+exprName(bad))
				}
			}
		}
		p.fail()
	}
	return &ast.Delete{Pos: p.posFrom(start), Targets: targets}
}

func (p *parser) delTarget() ast.Expr {
	e := p.primary(true)
	if !setContext(e, ast.Del, false) {
		p.fail()
	}
	return e
}

func (p *parser) dottedName() string {
	s := p.name(p.expect(tkName))
	for p.at(tkDot) {
		p.next()
		s += "." + p.name(p.expect(tkName))
	}
	return s
}

func (p *parser) importName() ast.Stmt {
	start := p.pos
	p.next()
	var names []*ast.Alias
	for {
		astart := p.pos
		n := p.dottedName()
		var as string
		if p.accept(kwAs) != nil {
			as = p.name(p.expect(tkName))
		}
		names = append(names, &ast.Alias{Pos: p.posFrom(astart), Name: n, Asname: as})
		if p.accept(tkComma) == nil {
			break
		}
	}
	return &ast.Import{Pos: p.posFrom(start), Names: names}
}

func (p *parser) importFrom() ast.Stmt {
	start := p.pos
	p.next()
	level := 0
	for {
		if p.accept(tkDot) != nil {
			level++
		} else if p.accept(tkEllipsis) != nil {
			level += 3
		} else {
			break
		}
	}
	var module string
	if level == 0 || !p.at(kwImport) {
		module = p.dottedName()
	}
	p.expect(kwImport)
	var names []*ast.Alias
	if t := p.accept(tkStar); t != nil {
		names = []*ast.Alias{{Pos: tokPos(t), Name: "*"}}
	} else {
		paren := p.accept(tkLpar) != nil
		for {
			astart := p.pos
			n := p.name(p.expect(tkName))
			var as string
			if p.accept(kwAs) != nil {
				as = p.name(p.expect(tkName))
			}
			names = append(names, &ast.Alias{Pos: p.posFrom(astart), Name: n, Asname: as})
			if p.accept(tkComma) == nil {
				break
			}
			if paren && p.at(tkRpar) {
				break
			}
			if !paren && p.at(tkNewline) {
				if p.invalid {
					p.pos++
					p.errLast("trailing comma not allowed without surrounding parentheses")
				}
				p.fail()
			}
		}
		if paren {
			p.expect(tkRpar)
		}
	}
	return &ast.ImportFrom{Pos: p.posFrom(start), Module: module, Names: names, Level: level}
}

var augOps = map[tokKind]ast.Operator{
	tkPlusEqual: ast.Add, tkMinEqual: ast.Sub, tkStarEqual: ast.Mult, tkAtEqual: ast.MatMult,
	tkSlashEqual: ast.Div, tkPercentEqual: ast.Modulo, tkAmperEqual: ast.BitAnd,
	tkVbarEqual: ast.BitOr, tkCircumflexEqual: ast.BitXor, tkLeftShiftEqual: ast.LShift,
	tkRightShiftEqual: ast.RShift, tkDoubleStarEqual: ast.Pow, tkDoubleSlashEqual: ast.FloorDiv,
}

// annotatedRHS is yield_expr | star_expressions.
func (p *parser) annotatedRHS() ast.Expr {
	if p.at(kwYield) {
		return p.yieldExpr()
	}
	return p.starExpressions()
}

func (p *parser) exprOrAssign() ast.Stmt {
	if p.invalid {
		save := p.pos
		isAssign := p.try(func() {
			if _, ok := p.exprOrAssignCore().(*ast.ExprStmt); ok {
				p.fail()
			}
		})
		p.pos = save
		if !isAssign {
			p.invalidAssignment()
		}
	}
	return p.exprOrAssignCore()
}

func (p *parser) exprOrAssignCore() ast.Stmt {
	start := p.pos
	e := p.annotatedRHS()
	switch k := p.kind(); {
	case k == tkColon:
		// annotated assignment
		simple := 0
		switch e.(type) {
		case *ast.Name:
			if p.toks[start].kind == tkName {
				simple = 1
			}
		case *ast.Attribute, *ast.Subscript:
		default:
			p.fail()
		}
		if _, isYield := e.(*ast.Yield); isYield {
			p.fail()
		}
		setContext(e, ast.Store, false)
		p.next()
		ann := p.expression()
		var value ast.Expr
		if p.accept(tkEqual) != nil {
			value = p.annotatedRHS()
		}
		return &ast.AnnAssign{Pos: p.posFrom(start), Target: e, Annotation: ann, Value: value, Simple: simple}
	case k == tkEqual:
		targets := []ast.Expr{e}
		var value ast.Expr
		for p.accept(tkEqual) != nil {
			value = p.annotatedRHS()
			if p.at(tkEqual) {
				targets = append(targets, value)
			}
		}
		for _, t := range targets {
			if !setContext(t, ast.Store, true) {
				p.fail()
			}
		}
		return &ast.Assign{Pos: p.posFrom(start), Targets: targets, Value: value}
	default:
		if op, ok := augOps[k]; ok {
			switch e.(type) {
			case *ast.Name, *ast.Attribute, *ast.Subscript:
			default:
				p.fail()
			}
			if n, ok := e.(*ast.Name); ok && p.toks[start].kind == tkLpar {
				_ = n
			}
			setContext(e, ast.Store, false)
			p.next()
			v := p.annotatedRHS()
			return &ast.AugAssign{Pos: p.posFrom(start), Target: e, Op: op, Value: v}
		}
	}
	return &ast.ExprStmt{Pos: p.posFrom(start), Value: e}
}

// invalidAssignment is CPython's invalid_assignment rule, tried in the
// error pass where an assignment fails.
func (p *parser) invalidAssignment() {
	save := p.pos
	defer func() { p.pos = save }()
	// a=invalid_ann_assign_target ':' expression
	p.try(func() {
		a := p.invalidAnnTarget()
		p.expect(tkColon)
		p.expression()
		p.errNode(a, fmt.Sprintf("only single target (not %s) can be annotated", exprName(a)))
	})
	p.pos = save
	// a=star_named_expression ',' star_named_expressions* ':' expression
	p.try(func() {
		a := p.starNamedExpression()
		p.expect(tkComma)
		for p.try(func() { p.starNamedExpressions() }) {
		}
		p.expect(tkColon)
		p.expression()
		p.errNode(a, "only single target (not tuple) can be annotated")
	})
	p.pos = save
	// a=expression ':' expression
	p.try(func() {
		a := p.expression()
		p.expect(tkColon)
		p.expression()
		p.errNode(a, "illegal target for annotation")
	})
	p.pos = save
	// (star_targets '=')* a=star_expressions '='
	// (star_targets '=')* a=yield_expr '='
	p.try(func() {
		for {
			s := p.pos
			if !p.try(func() { p.starTargets(); p.expect(tkEqual) }) {
				p.pos = s
				break
			}
		}
		s := p.pos
		if p.try(func() {
			a := p.starExpressions()
			p.expect(tkEqual)
			if bad := invalidTarget(a, starTargets); bad != nil {
				p.errNode(bad, "cannot assign to "+exprName(bad))
			}
			p.fail()
		}) {
			return
		}
		p.pos = s
		p.try(func() {
			a := p.yieldExpr()
			p.expect(tkEqual)
			p.errNode(a, "assignment to yield expression not possible")
		})
		p.fail()
	})
	p.pos = save
	// a=star_expressions augassign (yield_expr | star_expressions)
	p.try(func() {
		a := p.starExpressions()
		if _, ok := augOps[p.kind()]; !ok {
			p.fail()
		}
		p.next()
		p.annotatedRHS()
		switch a.(type) {
		case *ast.Name, *ast.Attribute, *ast.Subscript:
			p.fail()
		}
		p.errNode(a, fmt.Sprintf("'%s' is an illegal expression for augmented assignment", exprName(a)))
	})
}

func (p *parser) invalidAnnTarget() ast.Expr {
	if p.at(tkLpar) {
		save := p.pos
		var e ast.Expr
		if p.try(func() {
			p.next()
			e = p.invalidAnnTarget()
			p.expect(tkRpar)
		}) {
			return e
		}
		p.pos = save
	}
	switch p.kind() {
	case tkLpar, tkLsqb:
		e := p.atom()
		switch e.(type) {
		case *ast.List, *ast.Tuple:
			return e
		}
	}
	p.fail()
	return nil
}

// ---- targets ----

type targetsType uint8

const (
	starTargets targetsType = iota
	delTargets
	forTargets
)

// invalidTarget finds the part of e that cannot be assigned to (or
// deleted), as CPython's _PyPegen_get_invalid_target does.
func invalidTarget(e ast.Expr, tt targetsType) ast.Expr {
	switch n := e.(type) {
	case *ast.List:
		for _, x := range n.Elts {
			if b := invalidTarget(x, tt); b != nil {
				return b
			}
		}
		return nil
	case *ast.Tuple:
		for _, x := range n.Elts {
			if b := invalidTarget(x, tt); b != nil {
				return b
			}
		}
		return nil
	case *ast.Starred:
		if tt == delTargets {
			return e
		}
		return invalidTarget(n.Value, tt)
	case *ast.Compare:
		if tt == forTargets {
			if n.Ops[0] == ast.In {
				return invalidTarget(n.Left, tt)
			}
			return nil
		}
		return e
	case *ast.Name, *ast.Subscript, *ast.Attribute:
		return nil
	}
	return e
}

// exprName names an expression as CPython's error messages do.
func exprName(e ast.Expr) string {
	switch n := e.(type) {
	case *ast.Attribute:
		return "attribute"
	case *ast.Subscript:
		return "subscript"
	case *ast.Starred:
		return "starred"
	case *ast.Name:
		return "name"
	case *ast.List:
		return "list"
	case *ast.Tuple:
		return "tuple"
	case *ast.Lambda:
		return "lambda"
	case *ast.Call:
		return "function call"
	case *ast.BoolOp, *ast.BinOp, *ast.UnaryOp:
		return "expression"
	case *ast.GeneratorExp:
		return "generator expression"
	case *ast.Yield, *ast.YieldFrom:
		return "yield expression"
	case *ast.Await:
		return "await expression"
	case *ast.ListComp:
		return "list comprehension"
	case *ast.SetComp:
		return "set comprehension"
	case *ast.DictComp:
		return "dict comprehension"
	case *ast.Dict:
		return "dict literal"
	case *ast.Set:
		return "set display"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "f-string expression"
	case *ast.Constant:
		switch v := n.Value.(type) {
		case ast.NoneType:
			return "None"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case ast.EllipsisType:
			return "ellipsis"
		}
		return "literal"
	case *ast.Compare:
		return "comparison"
	case *ast.IfExp:
		return "conditional expression"
	case *ast.NamedExpr:
		return "named expression"
	}
	return "expression"
}

// setContext turns a parsed expression into an assignment (Store) or
// deletion (Del) target; it reports false for expressions that cannot be
// targets. Starred targets are allowed for Store only.
func setContext(e ast.Expr, ctx ast.ExprContext, allowStar bool) bool {
	switch n := e.(type) {
	case *ast.Name:
		n.Ctx = ctx
	case *ast.Attribute:
		n.Ctx = ctx
	case *ast.Subscript:
		n.Ctx = ctx
	case *ast.Starred:
		if ctx == ast.Del || !allowStar {
			return false
		}
		if _, ok := n.Value.(*ast.Starred); ok {
			return false
		}
		n.Ctx = ctx
		return setContext(n.Value, ctx, false)
	case *ast.Tuple:
		for _, x := range n.Elts {
			if !setContext(x, ctx, true) {
				return false
			}
		}
		n.Ctx = ctx
	case *ast.List:
		for _, x := range n.Elts {
			if !setContext(x, ctx, true) {
				return false
			}
		}
		n.Ctx = ctx
	default:
		return false
	}
	return true
}

// starTargets parses star_targets: targets separated by commas, which are
// primaries (not comparisons, so that "for x in y" stops at "in").
func (p *parser) starTargets() ast.Expr {
	start := p.pos
	first := p.starTarget()
	if !p.at(tkComma) {
		return first
	}
	elts := []ast.Expr{first}
	for p.accept(tkComma) != nil {
		if !p.startsTarget() {
			break
		}
		elts = append(elts, p.starTarget())
	}
	return &ast.Tuple{Pos: p.posFrom(start), Elts: elts, Ctx: ast.Store}
}

func (p *parser) startsTarget() bool {
	switch p.kind() {
	case tkName, tkLpar, tkLsqb, tkStar:
		return true
	}
	return false
}

func (p *parser) starTarget() ast.Expr {
	start := p.pos
	if p.accept(tkStar) != nil {
		if p.at(tkStar) {
			p.fail()
		}
		inner := p.starTarget()
		if _, ok := inner.(*ast.Starred); ok {
			p.fail()
		}
		return &ast.Starred{Pos: p.posFrom(start), Value: inner, Ctx: ast.Store}
	}
	e := p.primary(true)
	if !setContext(e, ast.Store, true) {
		p.fail()
	}
	return e
}
