package syntax

import "github.com/gilpy/gilpy/interp/syntax/ast"

// This file raises the parser's syntax errors with CPython's positions.
// CPython reports columns as 1-based character offsets into the error's
// line, and takes the line's text from the tokenizer's buffer when the
// error is on the line the tokenizer stands on (keeping its newline) and
// from the source otherwise (without the newline).

// lineStartOffset returns the byte offset of the start of a line.
func (p *parser) lineStartOffset(line int) int {
	// Find a token on or after that line to start from.
	l, off := 1, 0
	for off < len(p.src) && l < line {
		if p.src[off] == '\n' {
			l++
		}
		off++
	}
	return off
}

func (p *parser) lineText(line int) string {
	s := p.lineStartOffset(line)
	e := s
	for e < len(p.src) && p.src[e] != '\n' {
		e++
	}
	return string(p.src[s:e])
}

// tokLine returns the line the tokenizer stands on after the furthest
// token the parser has looked at, and the first line of its buffer.
func (p *parser) tokLine() (line, bufLine int) {
	i := p.fill - 1
	if i >= len(p.toks) {
		i = len(p.toks) - 1
	}
	if i < 0 {
		return 1, 1
	}
	t := &p.toks[i]
	return int(t.endLine), int(t.buf)
}

// errorText returns the text CPython attaches to a parser error on line.
func (p *parser) errorText(line int) string {
	tl, bl := p.tokLine()
	if line >= tl {
		s := p.lineStartOffset(bl)
		e := p.lineStartOffset(tl)
		for e < len(p.src) && p.src[e] != '\n' {
			e++
		}
		if e < len(p.src) {
			e++
		}
		return string(p.src[s:e])
	}
	return p.lineText(line)
}

// makeError builds an error from 0-based byte columns (col may be -1 for
// "unknown"), converting them as CPython does.
func (p *parser) makeError(kind ErrorKind, msg string, line, col, endLine, endCol int) *SyntaxError {
	text := p.errorText(line)
	e := &SyntaxError{Kind: kind, Msg: msg, Filename: p.filename, Lineno: line, EndLineno: endLine, Text: text, HasText: true}
	e.Offset = charCount(text, col)
	e.EndOffset = endCol
	if endCol > 0 {
		e.EndOffset = charCount(text, endCol)
	}
	return e
}

// newError makes an error located at tokens a..b, as CPython's
// RAISE_ERROR_KNOWN_LOCATION on tokens does. Tokens without a column
// (INDENT, DEDENT, ENDMARKER) use the tokenizer's cursor instead.
func (p *parser) newError(kind ErrorKind, msg string, a, b *token) *SyntaxError {
	if a.col < 0 {
		return p.makeError(kind, msg, int(a.line), int(a.cur), int(b.endLine), -1)
	}
	endCol := -1
	if b.endCol >= 0 {
		endCol = int(b.endCol) + 1
	}
	return p.makeError(kind, msg, int(a.line), int(a.col)+1, int(b.endLine), endCol)
}

func (p *parser) raise(kind ErrorKind, msg string, a, b *token) {
	panic(p.newError(kind, msg, a, b))
}

// errTok raises an error at a token.
func (p *parser) errTok(t *token, msg string) { p.raise(KindSyntaxError, msg, t, t) }

// errLast raises an error at the furthest token looked at, as CPython's
// RAISE_SYNTAX_ERROR does.
func (p *parser) errLast(msg string) {
	i := p.fill - 1
	if i >= len(p.toks) {
		i = len(p.toks) - 1
	}
	t := &p.toks[i]
	p.raise(KindSyntaxError, msg, t, t)
}

type positioned interface{ GetPos() *ast.Pos }

// errNode raises an error spanning a node.
func (p *parser) errNode(n positioned, msg string) {
	pos := n.GetPos()
	panic(p.makeError(KindSyntaxError, msg, pos.Lineno, pos.ColOffset+1, pos.EndLineno, pos.EndColOffset+1))
}

// errRange raises an error from the start of a to the end of b.
func (p *parser) errRange(a, b *ast.Pos, msg string) {
	panic(p.makeError(KindSyntaxError, msg, a.Lineno, a.ColOffset+1, b.EndLineno, b.EndColOffset+1))
}

// errFrom raises an error from the start of a to the tokenizer's cursor.
func (p *parser) errFrom(a *ast.Pos, msg string) {
	i := p.fill - 1
	if i >= len(p.toks) {
		i = len(p.toks) - 1
	}
	t := &p.toks[i]
	panic(p.makeError(KindSyntaxError, msg, a.Lineno, a.ColOffset+1, int(t.endLine), int(t.cur)))
}
