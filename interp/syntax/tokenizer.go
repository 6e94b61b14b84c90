package syntax

import (
	"fmt"
	"sync"
	"unicode/utf8"

	"github.com/gilpy/gilpy/interp/syntax/unidata"
)

const (
	maxIndent = 100
	maxParens = 200
	tabSize   = 8
)

type paren struct {
	ch        byte
	line, col int32
	field     bool // the '{' of an f-string replacement field
	inSpec    bool // the field is in its format spec
}

type fframe struct {
	quote  byte
	triple bool
	raw    bool
	base   int // len(parens) when the f-string started
	start  int // byte offset of the f-string's first character
	line   int
	lstart int // line start offset of the f-string's first line
}

// tokError is the error that stopped the tokenizer. Like CPython, the
// parser sees it only when it asks for the token at index pos.
type tokError struct {
	err *SyntaxError
	// exc is false for the errors CPython's tokenizer reports without
	// raising (bad dedent, tabs, line continuation, EOF), which do not
	// replace a parser error found earlier.
	exc bool
	// parenLine is the line of the innermost open bracket when the
	// tokenizer stopped, or 0.
	parenLine int
	paren     paren
	level     int
	pos       int
	eof       bool // the error is the end of the input inside a construct
}

type tokenizer struct {
	src       []byte
	pos       int
	line      int
	lineStart int
	toks      []token
	err       *tokError
	indents   []int
	alt       []int
	parens    []paren
	fstack    []fframe
	atBOL     bool
	filename  string
	lastLine  int // number of the last line of src
	lastStart int // offset of the last line's start
	// names holds the NFKC form of non-ASCII identifiers, by token start.
	names map[int32]string
	atEOF bool // the error being raised is about the end of the input
	// bufLine is the first line of CPython's tokenizer buffer.
	bufLine int
	// warns are the warnings about numbers run into keywords.
	warns []pendingWarning
}

// tokenize splits normalized source (UTF-8, '\n' line ends, ending with a
// newline) into tokens. It stops at the first error.
func tokenize(src []byte, filename string) ([]token, *tokError) {
	toks, _, _, err := tokenizeNames(src, filename)
	return toks, err
}

// tokenizeNames is tokenize that also returns the normalized forms of the
// non-ASCII identifiers, by token start offset, and the tokenizer's
// warnings.
func tokenizeNames(src []byte, filename string) ([]token, map[int32]string, []pendingWarning, *tokError) {
	t := &tokenizer{src: src, line: 1, atBOL: true, filename: filename, bufLine: 1}
	t.indents = append(t.indents, 0)
	t.alt = append(t.alt, 0)
	if buf, ok := tokenPool.Get().(*[]token); ok && cap(*buf) >= len(src)/3+16 {
		t.toks = (*buf)[:0]
	} else {
		t.toks = make([]token, 0, len(src)/3+16)
	}
	for i := len(src) - 2; ; i-- {
		if i < 0 {
			t.lastStart = 0
			break
		}
		if src[i] == '\n' {
			t.lastStart = i + 1
			break
		}
	}
	for _, c := range src {
		if c == '\n' {
			t.lastLine++
		}
	}
	t.run()
	return t.toks, t.names, t.warns, t.err
}

// tokenPool recycles token slices between parses: no token outlives a
// Parse call.
var tokenPool sync.Pool

// releaseTokens returns a token slice to the pool.
func releaseTokens(toks []token) {
	if cap(toks) <= 1<<20 {
		toks = toks[:0]
		tokenPool.Put(&toks)
	}
}

type tokBail struct{}

func (t *tokenizer) run() {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(tokBail); !ok {
				panic(r)
			}
		}
	}()
	for t.next() {
	}
}

func (t *tokenizer) emit(kind tokKind, start int) *token {
	t.toks = append(t.toks, token{
		kind:    kind,
		line:    int32(t.line),
		col:     int32(start - t.lineStart),
		endLine: int32(t.line),
		endCol:  int32(t.pos - t.lineStart),
		cur:     int32(t.pos - t.lineStart),
		level:   int32(len(t.parens)),
		buf:     int32(t.bufLine),
		start:   int32(start),
		end:     int32(t.pos),
	})
	return &t.toks[len(t.toks)-1]
}

// emitML emits a token that may span lines: it started at start on line
// line whose first byte is at lstart.
func (t *tokenizer) emitML(kind tokKind, start, line, lstart int) *token {
	t.toks = append(t.toks, token{
		kind:    kind,
		line:    int32(line),
		col:     int32(start - lstart),
		endLine: int32(t.line),
		endCol:  int32(t.pos - t.lineStart),
		cur:     int32(t.pos - t.lineStart),
		level:   int32(len(t.parens)),
		buf:     int32(t.bufLine),
		start:   int32(start),
		end:     int32(t.pos),
	})
	return &t.toks[len(t.toks)-1]
}

// emitNoCol emits INDENT, DEDENT or ENDMARKER, which have no column.
func (t *tokenizer) emitNoCol(kind tokKind, line, cur int) {
	t.toks = append(t.toks, token{
		kind: kind, line: int32(line), col: -1, endLine: int32(line), endCol: -1,
		cur: int32(cur), start: int32(t.pos), end: int32(t.pos), buf: int32(min(t.bufLine, line)),
	})
}

func (t *tokenizer) lineText(start int) string {
	end := start
	for end < len(t.src) && t.src[end] != '\n' {
		end++
	}
	return string(t.src[start:end])
}

// fail records an error raised the way CPython's tokenizer raises its own
// syntax errors: the text is the line without its newline, the offset
// counts the characters of the line up to cur.
func (t *tokenizer) fail(msg string, line, lstart, cur int) {
	text := t.lineText(lstart)
	off := utf8.RuneCount(t.src[lstart:cur])
	t.failAt(&SyntaxError{Msg: msg, Lineno: line, Offset: off, EndLineno: line, EndOffset: off, Text: text, HasText: true}, true)
}

func (t *tokenizer) failAt(e *SyntaxError, exc bool) {
	e.Filename = t.filename
	te := &tokError{err: e, exc: exc, pos: len(t.toks), level: len(t.parens), eof: t.atEOF}
	if n := len(t.parens); n > 0 {
		te.parenLine = int(t.parens[n-1].line)
		te.paren = t.parens[n-1]
	}
	t.err = te
	panic(tokBail{})
}

// failHere is fail at the current position.
func (t *tokenizer) failHere(msg string) { t.fail(msg, t.line, t.lineStart, t.pos) }

// failParser records an error CPython's parser raises for a tokenizer
// state: the text keeps its newline and the columns are given in bytes
// (converted here), as CPython's RAISE_ERROR_KNOWN_LOCATION does.
func (t *tokenizer) failParser(kind ErrorKind, msg string, line, lstart, col, endCol int) {
	lend := lstart
	for lend < len(t.src) && t.src[lend] != '\n' {
		lend++
	}
	if lend < len(t.src) {
		lend++
	}
	text := string(t.src[lstart:lend])
	e := &SyntaxError{Kind: kind, Msg: msg, Lineno: line, EndLineno: line, Text: text, HasText: true}
	e.Offset = charCount(text, col)
	e.EndOffset = endCol
	if endCol > 0 {
		e.EndOffset = charCount(text, endCol)
	}
	t.failAt(e, false)
}

// newline moves to the next line after a '\n' that ends a logical line
// or a line inside brackets, where CPython's tokenizer starts a new buffer.
func (t *tokenizer) newline() {
	t.line++
	t.lineStart = t.pos
	t.bufLine = t.line
}

// newlineKeep moves to the next line inside a token or after a backslash,
// where CPython's tokenizer keeps its buffer, so that error texts start at
// the earlier line.
func (t *tokenizer) newlineKeep() {
	t.line++
	t.lineStart = t.pos
}

func (t *tokenizer) peek(i int) byte {
	if t.pos+i < len(t.src) {
		return t.src[t.pos+i]
	}
	return 0
}

// next produces the next token(s); it returns false after ENDMARKER.
func (t *tokenizer) next() bool {
	if n := len(t.fstack); n > 0 {
		f := &t.fstack[n-1]
		if len(t.parens) == f.base {
			t.fstringLiteral(f, false)
			return true
		}
		if p := &t.parens[len(t.parens)-1]; p.field && p.inSpec {
			t.fstringLiteral(f, true)
			return true
		}
	}
	if t.atBOL {
		t.atBOL = false
		if t.indentation() {
			return true
		}
	}
again:
	for t.pos < len(t.src) {
		c := t.src[t.pos]
		if c == ' ' || c == '\t' || c == '\f' {
			t.pos++
			continue
		}
		break
	}
	if t.pos >= len(t.src) {
		return t.eof()
	}
	c := t.src[t.pos]
	start := t.pos
	switch {
	case c == '#':
		if n := len(t.fstack); n > 0 && !t.fstack[n-1].triple {
			t.failHere("f-string expression part cannot include '#'")
		}
		for t.pos < len(t.src) && t.src[t.pos] != '\n' {
			t.pos++
		}
		// A NEWLINE right after a comment starts where the comment did,
		// as in CPython.
		if t.pos < len(t.src) && len(t.parens) == 0 && len(t.fstack) == 0 {
			nl := t.emit(tkNewline, start)
			nl.cur++
			t.pos++
			t.newline()
			t.atBOL = true
			return true
		}
		goto again
	case c == '\n':
		if n := len(t.fstack); n > 0 && !t.fstack[n-1].triple {
			f := &t.fstack[n-1]
			t.fail(fmt.Sprintf("unterminated string literal (detected at line %d)", t.line), f.line, f.lstart, f.start+1)
		}
		if len(t.parens) > 0 {
			t.pos++
			t.newline()
			t.atBOL = true
			// Blank lines inside brackets are skipped here; CPython
			// computes no indentation while a bracket is open.
			t.atBOL = false
			goto again
		}
		nl := t.emit(tkNewline, start)
		nl.cur++
		t.pos++
		t.newline()
		t.atBOL = true
		return true
	case c == '\\':
		t.continuation()
		goto again
	case c >= utf8.RuneSelf || c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
		t.nameOrString()
		return true
	case '0' <= c && c <= '9':
		t.number()
		return true
	case c == '.':
		if d := t.peek(1); '0' <= d && d <= '9' {
			t.number()
			return true
		}
		if t.peek(1) == '.' && t.peek(2) == '.' {
			t.pos += 3
			t.emit(tkEllipsis, start)
			return true
		}
		t.pos++
		t.emit(tkDot, start)
		return true
	case c == '"' || c == '\'':
		t.str(start, false, false)
		return true
	}
	t.operator()
	return true
}

// continuation handles a backslash outside strings.
func (t *tokenizer) continuation() {
	if t.peek(1) != '\n' {
		t.pos += 2
		t.failParser(KindSyntaxError, "unexpected character after line continuation character", t.line, t.lineStart, t.pos-t.lineStart, 0)
	}
	t.pos += 2
	if t.pos >= len(t.src) {
		t.unexpectedEOF()
	}
	t.newlineKeep()
}

func (t *tokenizer) unexpectedEOF() {
	t.atEOF = true
	if len(t.parens) > 0 {
		t.unclosed()
	}
	// CPython reports the position of its cursor at the end of the input.
	t.failParser(KindSyntaxError, "unexpected EOF while parsing", t.lastLine, t.lastStart, len(t.src)-t.lastStart, -1)
}

// unclosed reports the innermost open bracket at the end of the input.
func (t *tokenizer) unclosed() {
	p := t.parens[len(t.parens)-1]
	lstart := t.lineOffset(int(p.line))
	t.failParserAt(fmt.Sprintf("'%c' was never closed", p.ch), int(p.line), lstart, int(p.col)+1, 0)
}

// failParserAt is failParser for an error CPython's parser raises about a
// line it has left: the text is taken without its newline unless the line
// is the last one the tokenizer read.
func (t *tokenizer) failParserAt(msg string, line, lstart, col, endCol int) {
	text := t.lineText(lstart)
	if line >= t.lastLine {
		text += "\n"
	}
	e := &SyntaxError{Msg: msg, Lineno: line, EndLineno: line, Text: text, HasText: true}
	e.Offset = charCount(text, col)
	e.EndOffset = endCol
	if endCol > 0 {
		e.EndOffset = charCount(text, endCol)
	}
	t.failAt(e, false)
}

func (t *tokenizer) lineOffset(line int) int {
	l, off := 1, 0
	for off < len(t.src) && l < line {
		if t.src[off] == '\n' {
			l++
		}
		off++
	}
	return off
}

func (t *tokenizer) eof() bool {
	if n := len(t.fstack); n > 0 {
		f := &t.fstack[n-1]
		if f.triple {
			t.atEOF = true
			t.fail(fmt.Sprintf("unterminated triple-quoted string literal (detected at line %d)", t.lastLine), f.line, f.lstart, f.start+1)
		}
		t.fail(fmt.Sprintf("unterminated string literal (detected at line %d)", t.lastLine), f.line, f.lstart, f.start+1)
	}
	if len(t.parens) > 0 {
		t.atEOF = true
		t.unclosed()
	}
	cur := len(t.src) - t.lastStart
	for len(t.indents) > 1 {
		t.indents = t.indents[:len(t.indents)-1]
		t.alt = t.alt[:len(t.alt)-1]
		t.emitNoCol(tkDedent, t.lastLine, cur)
	}
	t.emitNoCol(tkEndmarker, t.lastLine, cur)
	return false
}

// indentation handles the start of a line; it returns true if it emitted
// INDENT or DEDENT tokens.
func (t *tokenizer) indentation() bool {
	for {
		col, alt := 0, 0
		contCol := -1
		for t.pos < len(t.src) {
			c := t.src[t.pos]
			if c == ' ' {
				col++
				alt++
			} else if c == '\t' {
				col = (col/tabSize + 1) * tabSize
				alt++
			} else if c == '\f' {
				col, alt = 0, 0
			} else if c == '\\' {
				if contCol < 0 {
					contCol = col
				}
				if t.peek(1) != '\n' {
					t.pos += 2
					t.failParser(KindSyntaxError, "unexpected character after line continuation character", t.line, t.lineStart, t.pos-t.lineStart, 0)
				}
				t.pos += 2
				if t.pos >= len(t.src) {
					t.unexpectedEOF()
				}
				t.newline()
				continue
			} else {
				break
			}
			t.pos++
		}
		if t.pos >= len(t.src) {
			return false // EOF: eof() emits the dedents
		}
		c := t.src[t.pos]
		if c == '#' || c == '\n' {
			// blank line: skip it entirely
			for t.pos < len(t.src) && t.src[t.pos] != '\n' {
				t.pos++
			}
			if t.pos >= len(t.src) {
				return false
			}
			t.pos++
			t.newline()
			if t.pos >= len(t.src) {
				return false
			}
			continue
		}
		if len(t.parens) > 0 {
			return false
		}
		if contCol >= 0 {
			col, alt = contCol, contCol
		}
		cur := t.pos - t.lineStart
		top := len(t.indents) - 1
		switch {
		case col == t.indents[top]:
			if alt != t.alt[top] {
				t.tabError()
			}
			return false
		case col > t.indents[top]:
			if top+1 >= maxIndent {
				t.failParser(KindIndentationError, "too many levels of indentation", t.line, t.lineStart, 1, 0)
			}
			if alt <= t.alt[top] {
				t.tabError()
			}
			t.indents = append(t.indents, col)
			t.alt = append(t.alt, alt)
			t.emitNoCol(tkIndent, t.line, cur)
			return true
		default:
			n := 0
			for top > 0 && col < t.indents[top] {
				top--
				n++
			}
			if col != t.indents[top] {
				t.dedentError()
			}
			if alt != t.alt[top] {
				t.tabError()
			}
			t.indents = t.indents[:top+1]
			t.alt = t.alt[:top+1]
			for i := 0; i < n; i++ {
				t.emitNoCol(tkDedent, t.line, cur)
			}
			return true
		}
	}
}

func (t *tokenizer) lineEnd() int {
	e := t.lineStart
	for e < len(t.src) && t.src[e] != '\n' {
		e++
	}
	if e < len(t.src) {
		e++
	}
	return e
}

func (t *tokenizer) tabError() {
	t.failParser(KindTabError, "inconsistent use of tabs and spaces in indentation", t.line, t.lineStart, 1, 0)
}

func (t *tokenizer) dedentError() {
	t.failParser(KindIndentationError, "unindent does not match any outer indentation level", t.line, t.lineStart, t.lineEnd()-t.lineStart, -1)
}

func isPotentialIdent(c byte) bool {
	return c >= utf8.RuneSelf || c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func (t *tokenizer) nameOrString() {
	start := t.pos
	sawB, sawR, sawU, sawF := false, false, false, false
	for {
		c := t.src[t.pos]
		switch {
		case !(sawB || sawU || sawF) && (c == 'b' || c == 'B'):
			sawB = true
		case !(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U'):
			sawU = true
		case !(sawR || sawU) && (c == 'r' || c == 'R'):
			sawR = true
		case !(sawF || sawB || sawU) && (c == 'f' || c == 'F'):
			sawF = true
		default:
			goto name
		}
		t.pos++
		if t.pos < len(t.src) && (t.src[t.pos] == '"' || t.src[t.pos] == '\'') {
			t.str(start, sawF, sawR)
			return
		}
		if t.pos >= len(t.src) {
			goto name
		}
	}
name:
	nonASCII := false
	for t.pos < len(t.src) && isPotentialIdent(t.src[t.pos]) {
		if t.src[t.pos] >= utf8.RuneSelf {
			nonASCII = true
		}
		t.pos++
	}
	raw := t.src[start:t.pos]
	kind := tkName
	if nonASCII {
		val := t.verifyIdentifier(start)
		if t.names == nil {
			t.names = map[int32]string{}
		}
		t.names[int32(start)] = val
	} else {
		kind = keywordKind(raw)
	}
	t.emit(kind, start)
}

// verifyIdentifier checks a non-ASCII identifier and returns its NFKC form.
func (t *tokenizer) verifyIdentifier(start int) string {
	s := string(t.src[start:t.pos])
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		ok := r != utf8.RuneError || size > 1
		if ok {
			if i == 0 {
				ok = unidata.IsIDStart(r)
			} else {
				ok = unidata.IsIDContinue(r)
			}
		}
		if !ok {
			if r == utf8.RuneError && size == 1 {
				r = rune(s[i])
			}
			if i == 0 && r < utf8.RuneSelf {
				break
			}
			// CPython checks the NFKC form too: a character that is not an
			// identifier character itself may still normalize to one.
			end := start + i + size
			t.pos = end
			if unidata.IsPrintable(r) {
				t.fail(fmt.Sprintf("invalid character '%c' (U+%04X)", r, r), t.line, t.lineStart, end)
			}
			t.fail(fmt.Sprintf("invalid non-printable character U+%04X", r), t.line, t.lineStart, end)
		}
		i += size
	}
	return unidata.NFKC(s)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func (t *tokenizer) cur() byte {
	if t.pos < len(t.src) {
		return t.src[t.pos]
	}
	return 0
}

// verifyEndOfNumber follows CPython: a number directly followed by an
// ASCII name character is an error, except before the keywords that may follow a
// number in valid code.
func (t *tokenizer) verifyEndOfNumber(kind string) {
	c := t.cur()
	rest := t.src[t.pos:]
	// has reports whether the keyword c+s follows, as a whole word.
	has := func(s string) bool {
		n := 1 + len(s)
		return len(rest) >= n && string(rest[1:n]) == s && (len(rest) == n || !isPotentialIdent(rest[n]))
	}
	ok := false
	switch c {
	case 'a':
		ok = has("nd")
	case 'e':
		ok = has("lse")
	case 'f':
		ok = has("or")
	case 'i':
		ok = len(rest) > 1 && (rest[1] == 'f' || rest[1] == 'n' || rest[1] == 's')
	case 'o':
		ok = has("r")
	case 'n':
		ok = has("ot")
	}
	if ok {
		// Valid for now, but CPython warns: the number is the next token.
		msg := "invalid " + kind + " literal"
		text := t.lineText(t.lineStart)
		off := utf8.RuneCount(t.src[t.lineStart:t.pos])
		se := &SyntaxError{Msg: msg, Filename: t.filename, Lineno: t.line, Offset: off, EndLineno: t.line, EndOffset: off, Text: text, HasText: true}
		t.warns = append(t.warns, pendingWarning{tok: len(t.toks), w: Warning{Category: "SyntaxWarning", Msg: msg, Lineno: t.line}, asError: se})
		return
	}
	// Only an ASCII name character: CPython ends the number before any
	// other, which then starts a token of its own.
	if t.pos < len(t.src) && c < utf8.RuneSelf && isPotentialIdent(c) {
		t.failHere("invalid " + kind + " literal")
	}
}

func (t *tokenizer) decimalTail() {
	for {
		for isDigit(t.cur()) {
			t.pos++
		}
		if t.cur() != '_' {
			return
		}
		t.pos++
		if !isDigit(t.cur()) {
			t.failHere("invalid decimal literal")
		}
	}
}

func (t *tokenizer) number() {
	start := t.pos
	c := t.src[t.pos]
	if c == '.' {
		t.pos++
		t.fraction(start)
		return
	}
	if c == '0' {
		t.pos++
		c = t.cur()
		switch c {
		case 'x', 'X':
			t.pos++
			for {
				if t.cur() == '_' {
					t.pos++
				}
				if !isHex(t.cur()) {
					t.failHere("invalid hexadecimal literal")
				}
				for isHex(t.cur()) {
					t.pos++
				}
				if t.cur() != '_' {
					break
				}
			}
			t.verifyEndOfNumber("hexadecimal")
		case 'o', 'O', 'b', 'B':
			kind, max := "octal", byte('7')
			if c == 'b' || c == 'B' {
				kind, max = "binary", '1'
			}
			t.pos++
			for {
				if t.cur() == '_' {
					t.pos++
				}
				d := t.cur()
				if d < '0' || d > max {
					if isDigit(d) {
						t.pos++
						t.failHere(fmt.Sprintf("invalid digit '%c' in %s literal", d, kind))
					}
					t.failHere("invalid " + kind + " literal")
				}
				for d := t.cur(); d >= '0' && d <= max; d = t.cur() {
					t.pos++
				}
				if t.cur() != '_' {
					break
				}
			}
			if d := t.cur(); isDigit(d) {
				t.pos++
				t.failHere(fmt.Sprintf("invalid digit '%c' in %s literal", d, kind))
			}
			t.verifyEndOfNumber(kind)
		default:
			nonzero := false
			for {
				if t.cur() == '_' {
					t.pos++
					if !isDigit(t.cur()) {
						t.failHere("invalid decimal literal")
					}
				}
				if t.cur() != '0' {
					break
				}
				t.pos++
			}
			zerosEnd := t.pos + 1
			if isDigit(t.cur()) {
				nonzero = true
				t.decimalTail()
			}
			switch t.cur() {
			case '.':
				t.pos++
				t.fraction(start)
				return
			case 'e', 'E':
				t.exponent(start)
				return
			case 'j', 'J':
				t.pos++
				t.verifyEndOfNumber("imaginary")
				t.emit(tkNumber, start)
				return
			}
			if nonzero {
				text := t.lineText(t.lineStart)
				off := utf8.RuneCount(t.src[t.lineStart:start]) + 1
				t.failAt(&SyntaxError{
					Msg:    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
					Lineno: t.line, Offset: off, EndLineno: t.line, EndOffset: zerosEnd - t.lineStart,
					Text: text, HasText: true,
				}, true)
			}
			t.verifyEndOfNumber("decimal")
		}
		t.emit(tkNumber, start)
		return
	}
	t.decimalTail()
	if t.cur() == '.' {
		t.pos++
		t.fraction(start)
		return
	}
	t.exponent(start)
}

// fraction continues a number after its '.'.
func (t *tokenizer) fraction(start int) {
	if isDigit(t.cur()) {
		t.decimalTail()
	}
	t.exponent(start)
}

// exponent continues a number at a possible exponent or 'j'.
func (t *tokenizer) exponent(start int) {
	if c := t.cur(); c == 'e' || c == 'E' {
		ePos := t.pos
		t.pos++
		c = t.cur()
		if c == '+' || c == '-' {
			t.pos++
			if !isDigit(t.cur()) {
				t.failHere("invalid decimal literal")
			}
		} else if !isDigit(c) {
			t.pos = ePos
			t.verifyEndOfNumber("decimal")
			t.emit(tkNumber, start)
			return
		}
		t.decimalTail()
	}
	if c := t.cur(); c == 'j' || c == 'J' {
		t.pos++
		t.verifyEndOfNumber("imaginary")
	} else {
		t.verifyEndOfNumber("decimal")
	}
	t.emit(tkNumber, start)
}

// str scans a string literal whose prefix starts at start; t.pos is at the
// opening quote.
func (t *tokenizer) str(start int, f, raw bool) {
	quote := t.src[t.pos]
	line, lstart := t.line, t.lineStart
	triple := t.peek(1) == quote && t.peek(2) == quote
	if triple {
		t.pos += 3
	} else {
		t.pos++
	}
	if f {
		t.emit(tkFStringStart, start)
		t.fstack = append(t.fstack, fframe{quote: quote, triple: triple, raw: raw, base: len(t.parens), start: start, line: line, lstart: lstart})
		return
	}
	for {
		if t.pos >= len(t.src) || !triple && t.src[t.pos] == '\n' {
			t.unterminated(start, line, lstart, triple)
		}
		c := t.src[t.pos]
		t.pos++
		if c == quote {
			if !triple {
				break
			}
			if t.peek(0) == quote && t.peek(1) == quote {
				t.pos += 2
				break
			}
			continue
		}
		if c == '\\' {
			if t.pos < len(t.src) {
				if t.src[t.pos] == '\n' {
					t.pos++
					t.newlineKeep()
				} else {
					t.pos++
				}
			}
			continue
		}
		if c == '\n' {
			t.newlineKeep()
		}
	}
	t.emitML(tkString, start, line, lstart)
}

func (t *tokenizer) unterminated(start, line, lstart int, triple bool) {
	detected := t.line
	if t.pos >= len(t.src) {
		detected = t.lastLine
	}
	// A string left open inside an f-string replacement field most likely
	// means the field itself was not closed.
	if n := len(t.fstack); n > 0 && !triple && len(t.parens) > t.fstack[n-1].base {
		f := t.fstack[n-1]
		if t.src[start+countPrefix(t.src[start:])] == f.quote {
			t.pos = t.lineEnd() - 1
			t.fail("f-string: expecting '}'", t.line, t.lineStart, t.pos+1)
		}
	}
	if triple {
		t.atEOF = true
		t.fail(fmt.Sprintf("unterminated triple-quoted string literal (detected at line %d)", detected), line, lstart, start+1)
	}
	t.fail(fmt.Sprintf("unterminated string literal (detected at line %d)", detected), line, lstart, start+1)
}

func countPrefix(s []byte) int {
	i := 0
	for i < len(s) && s[i] != '"' && s[i] != '\'' {
		i++
	}
	return i
}

// fstringLiteral scans the literal text of an f-string, or of a format
// spec when spec is set, up to a replacement field or the end.
func (t *tokenizer) fstringLiteral(f *fframe, spec bool) {
	start := t.pos
	line, lstart := t.line, t.lineStart
	for {
		if t.pos >= len(t.src) {
			if f.triple {
				t.atEOF = true
				t.fail(fmt.Sprintf("unterminated triple-quoted string literal (detected at line %d)", t.lastLine), f.line, f.lstart, f.start+1)
			}
			t.fail(fmt.Sprintf("unterminated string literal (detected at line %d)", t.line), f.line, f.lstart, f.start+1)
		}
		c := t.src[t.pos]
		if c == f.quote && (!f.triple || t.peek(1) == f.quote && t.peek(2) == f.quote) {
			if spec {
				t.fail("f-string: expecting '}'", t.line, t.lineStart, t.pos+1)
			}
			if t.pos > start {
				t.emitML(tkFStringMiddle, start, line, lstart)
			}
			s := t.pos
			if f.triple {
				t.pos += 3
			} else {
				t.pos++
			}
			t.emit(tkFStringEnd, s)
			t.fstack = t.fstack[:len(t.fstack)-1]
			return
		}
		switch c {
		case '\n':
			if !f.triple {
				t.fail(fmt.Sprintf("unterminated string literal (detected at line %d)", t.line), f.line, f.lstart, f.start+1)
			}
			t.pos++
			t.newlineKeep()
			continue
		case '\\':
			if f.raw {
				t.pos++
				if t.cur() == '\n' || t.cur() == f.quote || t.cur() == '\\' {
					if t.cur() == '\n' {
						t.pos++
						t.newlineKeep()
						continue
					}
					t.pos++
				}
				continue
			}
			t.pos++
			if t.cur() == 'N' && t.peek(1) == '{' {
				for t.pos < len(t.src) && t.src[t.pos] != '}' && t.src[t.pos] != f.quote && t.src[t.pos] != '\n' {
					t.pos++
				}
				if t.cur() == '}' {
					t.pos++
				}
				continue
			}
			if t.cur() == '\n' {
				t.pos++
				t.newlineKeep()
				continue
			}
			if t.pos < len(t.src) && t.src[t.pos] != '{' && t.src[t.pos] != '}' {
				t.pos++
			}
			continue
		case '{':
			if !spec && t.peek(1) == '{' {
				t.pos += 2
				continue
			}
			if t.pos > start {
				t.emitML(tkFStringMiddle, start, line, lstart)
			}
			if spec {
				fields := 0
				for _, pr := range t.parens[f.base:] {
					if pr.field {
						fields++
					}
				}
				if fields >= 2 {
					t.pos++
					t.fail("f-string: expressions nested too deeply", t.line, t.lineStart, t.pos)
				}
			}
			s := t.pos
			t.pos++
			t.emit(tkLbrace, s)
			t.parens = append(t.parens, paren{ch: '{', line: int32(t.line), col: int32(s - t.lineStart), field: true})
			return
		case '}':
			if spec {
				if t.pos > start {
					t.emitML(tkFStringMiddle, start, line, lstart)
				}
				s := t.pos
				t.pos++
				t.emit(tkRbrace, s)
				t.parens = t.parens[:len(t.parens)-1]
				return
			}
			if t.peek(1) == '}' {
				t.pos += 2
				continue
			}
			t.pos++
			t.failHere("f-string: single '}' is not allowed")
		}
		t.pos++
	}
}

func (t *tokenizer) operator() {
	start := t.pos
	c := t.src[t.pos]
	c1, c2 := t.peek(1), t.peek(2)
	kind := tkUnknown
	n := 1
	if c < ' ' || c == 0x7f {
		// A control character the whitespace rules did not skip.
		t.pos++
		t.failHere(fmt.Sprintf("invalid non-printable character U+%04X", c))
	}
	switch c {
	case '(':
		kind = tkLpar
	case ')':
		kind = tkRpar
	case '[':
		kind = tkLsqb
	case ']':
		kind = tkRsqb
	case '{':
		kind = tkLbrace
	case '}':
		kind = tkRbrace
	case ':':
		kind = tkColon
		if c1 == '=' && !t.fieldTop() {
			kind, n = tkColonEqual, 2
		}
	case ',':
		kind = tkComma
	case ';':
		kind = tkSemi
	case '+':
		kind = tkPlus
		if c1 == '=' {
			kind, n = tkPlusEqual, 2
		}
	case '-':
		kind = tkMinus
		if c1 == '=' {
			kind, n = tkMinEqual, 2
		} else if c1 == '>' {
			kind, n = tkRarrow, 2
		}
	case '*':
		kind = tkStar
		if c1 == '*' {
			kind, n = tkDoubleStar, 2
			if c2 == '=' {
				kind, n = tkDoubleStarEqual, 3
			}
		} else if c1 == '=' {
			kind, n = tkStarEqual, 2
		}
	case '/':
		kind = tkSlash
		if c1 == '/' {
			kind, n = tkDoubleSlash, 2
			if c2 == '=' {
				kind, n = tkDoubleSlashEqual, 3
			}
		} else if c1 == '=' {
			kind, n = tkSlashEqual, 2
		}
	case '|':
		kind = tkVbar
		if c1 == '=' {
			kind, n = tkVbarEqual, 2
		}
	case '&':
		kind = tkAmper
		if c1 == '=' {
			kind, n = tkAmperEqual, 2
		}
	case '<':
		kind = tkLess
		if c1 == '=' {
			kind, n = tkLessEqual, 2
		} else if c1 == '<' {
			kind, n = tkLeftShift, 2
			if c2 == '=' {
				kind, n = tkLeftShiftEqual, 3
			}
		}
	case '>':
		kind = tkGreater
		if c1 == '=' {
			kind, n = tkGreaterEqual, 2
		} else if c1 == '>' {
			kind, n = tkRightShift, 2
			if c2 == '=' {
				kind, n = tkRightShiftEqual, 3
			}
		}
	case '=':
		kind = tkEqual
		if c1 == '=' {
			kind, n = tkEqEqual, 2
		}
	case '%':
		kind = tkPercent
		if c1 == '=' {
			kind, n = tkPercentEqual, 2
		}
	case '~':
		kind = tkTilde
	case '^':
		kind = tkCircumflex
		if c1 == '=' {
			kind, n = tkCircumflexEqual, 2
		}
	case '@':
		kind = tkAt
		if c1 == '=' {
			kind, n = tkAtEqual, 2
		}
	case '!':
		kind = tkExclamation
		if c1 == '=' {
			kind, n = tkNotEqual, 2
		}
	}
	t.pos += n
	switch kind {
	case tkLpar, tkLsqb, tkLbrace:
		if len(t.parens) >= maxParens {
			t.failHere("too many nested parentheses")
		}
		t.parens = append(t.parens, paren{ch: c, line: int32(t.line), col: int32(start - t.lineStart)})
	case tkRpar, tkRsqb, tkRbrace:
		if len(t.parens) == 0 {
			t.failHere(fmt.Sprintf("unmatched '%c'", c))
		}
		p := t.parens[len(t.parens)-1]
		open := p.ch
		if open == '(' && c != ')' || open == '[' && c != ']' || open == '{' && c != '}' {
			if int(p.line) != t.line {
				t.failHere(fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open, p.line))
			}
			t.failHere(fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, open))
		}
		t.parens = t.parens[:len(t.parens)-1]
	case tkColon:
		if t.fieldTop() {
			t.parens[len(t.parens)-1].inSpec = true
		}
	}
	t.emit(kind, start)
}

// fieldTop reports whether the innermost open bracket is an f-string
// replacement field, so that ':' there starts its format spec.
func (t *tokenizer) fieldTop() bool {
	n := len(t.parens)
	return n > 0 && t.parens[n-1].field && len(t.fstack) > 0 && t.fstack[len(t.fstack)-1].base < n
}
