package syntax

import (
	"bytes"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gilpy/gilpy/interp/pystr"
	"github.com/gilpy/gilpy/interp/syntax/ast"
	"github.com/gilpy/gilpy/interp/syntax/unidata"
)

// number converts a NUMBER token to its constant value: int64 or *big.Int
// for integers, float64, or complex128 for imaginary literals.
func (p *parser) number(t *token) any {
	s := string(p.src[t.start:t.end])
	if strings.IndexByte(s, '_') >= 0 {
		s = strings.ReplaceAll(s, "_", "")
	}
	last := s[len(s)-1]
	if last == 'j' || last == 'J' {
		f := parseFloat(s[:len(s)-1])
		return complex(0, f)
	}
	if len(s) > 1 && s[0] == '0' {
		base := 0
		switch s[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 0 {
			return parseInt(s[2:], base)
		}
	}
	if strings.ContainsAny(s, ".eE") {
		return parseFloat(s)
	}
	return parseInt(s, 10)
}

func parseInt(s string, base int) any {
	if v, err := strconv.ParseInt(s, base, 64); err == nil {
		return v
	}
	b, ok := new(big.Int).SetString(s, base)
	if !ok {
		return int64(0)
	}
	return b
}

func parseFloat(s string) float64 {
	f, _ := strconv.ParseFloat(s, 64)
	return f
}

// strPrefix splits a string token into its prefix flags and body.
type strInfo struct {
	raw, bytes, f, u bool
	uLower           bool // the token starts with a lowercase 'u' (Constant.kind)
	body             []byte
	quoteLen         int
}

func splitString(text []byte) strInfo {
	var si strInfo
	i := 0
	si.uLower = len(text) > 0 && text[0] == 'u'
	for ; i < len(text) && text[i] != '"' && text[i] != '\''; i++ {
		switch text[i] {
		case 'r', 'R':
			si.raw = true
		case 'b', 'B':
			si.bytes = true
		case 'f', 'F':
			si.f = true
		case 'u', 'U':
			si.u = true
		}
	}
	q := 1
	if len(text)-i >= 6 && text[i+1] == text[i] && text[i+2] == text[i] {
		q = 3
	}
	si.quoteLen = q
	if i+q <= len(text)-q {
		si.body = text[i+q : len(text)-q]
	}
	return si
}

// joined accumulates the values of a JoinedStr.
type joined struct {
	values []ast.Expr
	lit    strings.Builder
	litU   bool
	hasLit bool
}

func (j *joined) flush() {
	if j.lit.Len() > 0 {
		c := &ast.Constant{Value: j.lit.String()}
		if j.litU {
			c.Kind = "u"
		}
		j.values = append(j.values, c)
		j.lit.Reset()
	}
	j.litU = false
}

func (j *joined) addLit(s string, u bool) {
	if j.lit.Len() == 0 {
		j.litU = u
	}
	j.lit.WriteString(s)
}

// strings parses adjacent string literals and concatenates them.
func (p *parser) strings() ast.Expr {
	start := p.pos
	first := p.tok()
	firstInfo := strInfo{}
	if first.kind == tkString {
		firstInfo = splitString(p.src[first.start:first.end])
	} else {
		firstInfo = splitString(append(p.src[first.start:first.end:first.end], '"'))
	}
	isBytes := firstInfo.bytes
	hasF := false
	var j joined
	var bs []byte
	// Like CPython 3.11, which checks and decodes the literals once all of
	// them are read, report the first problem after the last literal.
	outer := p.strErr
	p.strErr = nil
	for {
		t := p.tok()
		if t.kind == tkString {
			p.next()
			si := splitString(p.src[t.start:t.end])
			if p.strErr != nil {
				continue
			}
			if si.bytes != isBytes {
				p.strErr = &strError{msg: "cannot mix bytes and nonbytes literals"}
				continue
			}
			if si.bytes {
				for _, c := range si.body {
					if c >= utf8.RuneSelf {
						p.strErr = &strError{msg: "bytes can only contain ASCII literal characters", at: t}
						break
					}
				}
				if si.raw {
					bs = append(bs, si.body...)
				} else {
					p.strTok, p.strLine = p.pos-1, int(t.line)
					bs = p.decodeBytes(bs, si.body)
					p.strTok = -1
				}
				continue
			}
			var s string
			if si.raw {
				s = string(si.body)
			} else {
				p.strTok, p.strLine = p.pos-1, int(t.line)
				s = p.decodeStr(si.body, false)
				p.strTok = -1
			}
			j.addLit(s, si.uLower && len(j.values) == 0 && t == first)
			continue
		}
		if t.kind == tkFStringStart {
			if isBytes && p.strErr == nil {
				p.strErr = &strError{msg: "cannot mix bytes and nonbytes literals"}
			}
			hasF = true
			p.fstring(&j)
			continue
		}
		break
	}
	if e := p.strErr; e != nil {
		if e.at != nil {
			p.errTok(e.at, e.msg)
		}
		p.errLast(e.msg)
	}
	p.strErr = outer
	pos := p.posFrom(start)
	if isBytes {
		if bs == nil {
			bs = []byte{}
		}
		return &ast.Constant{Pos: pos, Value: ast.Bytes(bs)}
	}
	if !hasF {
		c := &ast.Constant{Pos: pos, Value: j.lit.String()}
		if firstInfo.uLower {
			c.Kind = "u"
		}
		return c
	}
	j.flush()
	js := &ast.JoinedStr{Pos: pos, Values: j.values}
	if js.Values == nil {
		js.Values = []ast.Expr{}
	}
	setPartPos(js, pos)
	return js
}

// setPartPos gives the literal parts and replacement fields of a JoinedStr
// (and of their format specs) the position of the whole string, as
// CPython 3.11 does.
func setPartPos(js *ast.JoinedStr, pos ast.Pos) {
	setParts(js, pos, false)
}

// setParts sets the position of js's parts. In a format spec the trailing
// literal keeps the position of its own f-string literal (set by
// setSpecPos), as CPython 3.11 gives it.
func setParts(js *ast.JoinedStr, pos ast.Pos, spec bool) {
	for i, v := range js.Values {
		switch n := v.(type) {
		case *ast.Constant:
			if !spec || i < len(js.Values)-1 {
				n.Pos = pos
			}
		case *ast.FormattedValue:
			n.Pos = pos
			if s, ok := n.FormatSpec.(*ast.JoinedStr); ok {
				setParts(s, pos, true)
			}
		}
	}
}

// setSpecPos gives a format spec (and the specs nested in it) the position
// of the single f-string literal it is in, as CPython 3.11 does, and so
// its trailing literal; its other parts get the whole concatenation's
// position from setPartPos.
func setSpecPos(js *ast.JoinedStr, pos ast.Pos) {
	js.Pos = pos
	for i, v := range js.Values {
		switch n := v.(type) {
		case *ast.Constant:
			if i == len(js.Values)-1 {
				n.Pos = pos
			}
		case *ast.FormattedValue:
			if spec, ok := n.FormatSpec.(*ast.JoinedStr); ok {
				setSpecPos(spec, pos)
			}
		}
	}
}

// fstring parses one f-string: FSTRING_START ... FSTRING_END.
func (p *parser) fstring(j *joined) {
	start := p.pos
	st := p.next()
	si := splitString(append(p.src[st.start:st.end:st.end], '"'))
	// Escapes in the literal parts are reported on the f-string's first
	// line, as CPython 3.11, which reads an f-string as one token.
	outerLine, outerTok := p.fstrLine, p.fstrTok
	p.fstrLine, p.fstrTok = int(st.line), start
	defer func() { p.fstrLine, p.fstrTok = outerLine, outerTok }()
	var specs []*ast.JoinedStr
	defer func() {
		pos := p.posFrom(start)
		for _, s := range specs {
			setSpecPos(s, pos)
		}
	}()
	for {
		t := p.tok()
		switch t.kind {
		case tkFStringMiddle:
			p.next()
			p.strTok, p.strLine = p.pos-1, p.fstrLine
			j.addLit(p.decodeFString(p.src[t.start:t.end], si.raw, false), false)
			p.strTok = -1
		case tkLbrace:
			fv, debug := p.replacementField(si.raw)
			if spec, ok := fv.FormatSpec.(*ast.JoinedStr); ok {
				specs = append(specs, spec)
			}
			if debug != "" {
				j.addLit(debug, false)
			}
			j.flush()
			j.values = append(j.values, fv)
		case tkFStringEnd:
			p.next()
			return
		default:
			p.fail()
		}
	}
}

// replacementField parses '{' expr ['='] ['!' conv] [':' spec] '}'. It
// returns the FormattedValue and, for the '=' form, the text to insert
// before it.
func (p *parser) replacementField(raw bool) (*ast.FormattedValue, string) {
	lb := p.next()
	switch k := p.kind(); k {
	case tkRbrace, tkEqual, tkExclamation, tkColon:
		p.errTok(p.tok(), fmt.Sprintf("f-string: valid expression required before '%s'", k))
	}
	if lt := p.tok(); lt.kind == kwLambda {
		save := p.pos
		p.try(func() {
			p.next()
			p.params(true)
			colon := p.expect(tkColon)
			if k := p.kind(); k == tkFStringMiddle || k == tkLbrace || k == tkRbrace {
				p.errRange(tokPosP(lt), tokPosP(colon), "f-string: lambda expressions are not allowed without parentheses")
			}
		})
		p.pos = save
	}
	var e ast.Expr
	exprStart := p.pos
	if !p.try(func() { e = p.annotatedRHS() }) {
		if p.invalid {
			p.errTok(p.tok(), "f-string: expecting a valid expression after '{'")
		}
		p.fail()
	}
	if tup, ok := e.(*ast.Tuple); ok && !p.wrapped(exprStart, p.pos-1) {
		// CPython 3.11 parses the field's text wrapped in parentheses, which
		// stand where the braces (or the '=', '!' or ':' after it) are.
		end := p.tok()
		tup.Pos = ast.Pos{Lineno: int(lb.line), ColOffset: int(lb.col), EndLineno: int(end.line), EndColOffset: int(end.col) + 1}
	}
	debug := ""
	if eq := p.accept(tkEqual); eq != nil {
		next := p.tok()
		debug = string(p.src[lb.end:next.start])
	}
	conv := -1
	if ex := p.accept(tkExclamation); ex != nil {
		nt := p.tok()
		if nt.kind != tkName {
			if nt.kind == tkColon || nt.kind == tkRbrace {
				p.errTok(nt, "f-string: missing conversion character")
			}
			p.errTok(nt, "f-string: invalid conversion character")
		}
		if nt.start != ex.end {
			p.errTok(nt, "f-string: conversion type must come right after the exclamanation mark")
		}
		p.next()
		switch v := p.name(nt); v {
		case "s", "r", "a":
			conv = int(v[0])
		default:
			p.errTok(nt, fmt.Sprintf("f-string: invalid conversion character %s: expected 's', 'r', or 'a'", ast.ReprString(v)))
		}
	}
	if debug != "" && conv == -1 && !p.at(tkColon) {
		conv = 'r'
	}
	fv := &ast.FormattedValue{Value: e, Conversion: conv}
	if p.accept(tkColon) != nil {
		var spec joined
		for {
			t := p.tok()
			if t.kind == tkFStringMiddle {
				p.next()
				p.strTok, p.strLine = p.pos-1, p.fstrLine
				spec.addLit(p.decodeFString(p.src[t.start:t.end], raw, true), false)
				p.strTok = -1
				continue
			}
			if t.kind == tkLbrace {
				inner, dbg := p.replacementField(raw)
				if dbg != "" {
					spec.addLit(dbg, false)
				}
				spec.flush()
				spec.values = append(spec.values, inner)
				continue
			}
			break
		}
		spec.flush()
		if spec.values == nil {
			spec.values = []ast.Expr{}
		}
		fv.FormatSpec = &ast.JoinedStr{Values: spec.values}
	}
	if !p.at(tkRbrace) {
		switch {
		case p.invalid && debug != "" && conv == -1 && fv.FormatSpec == nil:
			p.errTok(p.tok(), "f-string: expecting '!', or ':', or '}'")
		case p.invalid && conv == -1 && fv.FormatSpec == nil && debug == "":
			p.errTok(p.tok(), "f-string: expecting '=', or '!', or ':', or '}'")
		case p.invalid && fv.FormatSpec == nil:
			p.errTok(p.tok(), "f-string: expecting ':' or '}'")
		case p.invalid:
			p.errTok(p.tok(), "f-string: expecting '}'")
		}
		p.fail()
	}
	p.next()
	return fv, debug
}

// decodeFString decodes the literal text of an f-string.
func (p *parser) decodeFString(b []byte, raw, spec bool) string {
	if !spec && (bytes.Contains(b, []byte("{{")) || bytes.Contains(b, []byte("}}"))) {
		b = bytes.ReplaceAll(b, []byte("{{"), []byte("{"))
		b = bytes.ReplaceAll(b, []byte("}}"), []byte("}"))
	}
	if raw {
		return string(b)
	}
	return p.decodeStr(b, true)
}

func writeWTF8(sb *strings.Builder, r rune) {
	if r >= 0xD800 && r <= 0xDFFF {
		sb.WriteByte(0xED)
		sb.WriteByte(byte(0xA0 | (r>>6)&0x1F))
		sb.WriteByte(byte(0x80 | r&0x3F))
		return
	}
	sb.WriteRune(r)
}

// decodeStr processes the escapes of a str literal's body.
func (p *parser) decodeStr(b []byte, inF bool) string {
	if bytes.IndexByte(b, '\\') < 0 {
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(b))
	// vpos counts positions as CPython's decoder sees them: it first
	// replaces each non-ASCII character by a 10-byte \U escape.
	vpos := 0
	for i := 0; i < len(b); {
		c := b[i]
		if c != '\\' {
			if c >= utf8.RuneSelf {
				_, size := utf8.DecodeRune(b[i:])
				sb.Write(b[i : i+size])
				i += size
				vpos += 10
				continue
			}
			sb.WriteByte(c)
			i++
			vpos++
			continue
		}
		startV := vpos
		if i+1 >= len(b) {
			sb.WriteByte('\\')
			i++
			vpos++
			continue
		}
		e := b[i+1]
		i += 2
		vpos += 2
		switch e {
		case '\n':
		case '\\':
			sb.WriteByte('\\')
		case '\'':
			sb.WriteByte('\'')
		case '"':
			sb.WriteByte('"')
		case 'a':
			sb.WriteByte(7)
		case 'b':
			sb.WriteByte(8)
		case 'f':
			sb.WriteByte(12)
		case 'n':
			sb.WriteByte('\n')
		case 'r':
			sb.WriteByte('\r')
		case 't':
			sb.WriteByte('\t')
		case 'v':
			sb.WriteByte(11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(e - '0')
			for n := 0; n < 2 && i < len(b) && b[i] >= '0' && b[i] <= '7'; n++ {
				v = v*8 + int(b[i]-'0')
				i++
				vpos++
			}
			if v > 0o377 {
				p.escapeWarning(true, string(b[i-3:i]))
			}
			writeWTF8(&sb, rune(v))
		case 'x', 'u', 'U':
			n := 2
			what := `\xXX`
			if e == 'u' {
				n, what = 4, `\uXXXX`
			} else if e == 'U' {
				n, what = 8, `\UXXXXXXXX`
			}
			v := 0
			for k := 0; k < n; k++ {
				if i >= len(b) || pystr.HexDigit(b[i]) < 0 {
					p.escapeError(startV, vpos, "truncated "+what+" escape")
					return sb.String()
				}
				v = v*16 + pystr.HexDigit(b[i])
				i++
				vpos++
			}
			if v > 0x10FFFF {
				p.escapeError(startV, vpos, "illegal Unicode character")
				return sb.String()
			}
			writeWTF8(&sb, rune(v))
		case 'N':
			if i >= len(b) || b[i] != '{' {
				p.escapeError(startV, vpos, `malformed \N character escape`)
				return sb.String()
			}
			end := bytes.IndexByte(b[i:], '}')
			if end <= 1 {
				if end < 0 {
					p.escapeError(startV, vpos+len(b)-i, `malformed \N character escape`)
					return sb.String()
				}
				p.escapeError(startV, vpos+end, `malformed \N character escape`)
				return sb.String()
			}
			name := string(b[i+1 : i+end])
			r, ok := unidata.Lookup(name)
			i += end + 1
			vpos += end + 1
			if !ok {
				p.escapeError(startV, vpos, "unknown Unicode character name")
				return sb.String()
			}
			writeWTF8(&sb, r)
		default:
			sb.WriteByte('\\')
			if e >= utf8.RuneSelf {
				i--
				vpos--
				continue
			}
			p.escapeWarning(false, string(e))
			sb.WriteByte(e)
		}
	}
	return sb.String()
}

// strError is a problem found while decoding string literals, reported
// once all the adjacent literals are read.
type strError struct {
	msg string
	at  *token // the error's location; nil for the token after the literals
}

func (p *parser) escapeError(start, end int, msg string) {
	if p.strErr == nil {
		p.strErr = &strError{msg: fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", start, end-1, msg)}
	}
}

// decodeBytes processes the escapes of a bytes literal's body.
func (p *parser) decodeBytes(out []byte, b []byte) []byte {
	for i := 0; i < len(b); {
		c := b[i]
		if c != '\\' || i+1 >= len(b) {
			out = append(out, c)
			i++
			continue
		}
		start := i
		e := b[i+1]
		i += 2
		switch e {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, e)
		case 'a':
			out = append(out, 7)
		case 'b':
			out = append(out, 8)
		case 'f':
			out = append(out, 12)
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'v':
			out = append(out, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(e - '0')
			for n := 0; n < 2 && i < len(b) && b[i] >= '0' && b[i] <= '7'; n++ {
				v = v*8 + int(b[i]-'0')
				i++
			}
			if v > 0o377 {
				p.escapeWarning(true, string(b[i-3:i]))
			}
			out = append(out, byte(v))
		case 'x':
			if i+1 < len(b) && pystr.HexDigit(b[i]) >= 0 && pystr.HexDigit(b[i+1]) >= 0 {
				out = append(out, byte(pystr.HexDigit(b[i])*16+pystr.HexDigit(b[i+1])))
				i += 2
			} else {
				if p.strErr == nil {
					p.strErr = &strError{msg: fmt.Sprintf(`(value error) invalid \x escape at position %d`, start)}
				}
				return out
			}
		default:
			if e < utf8.RuneSelf {
				p.escapeWarning(false, string(e))
			}
			out = append(out, '\\', e)
		}
	}
	return out
}

// prepare decodes source as CPython does before tokenizing: it removes a
// UTF-8 BOM, honors a coding declaration, checks that the text is UTF-8,
// turns CRLF and CR line ends into LF and ends the text with a newline.
func prepare(src []byte, filename string, text bool) ([]byte, *SyntaxError) {
	bom := false
	if !text && bytes.HasPrefix(src, []byte{0xEF, 0xBB, 0xBF}) {
		src = src[3:]
		bom = true
	}
	if bytes.IndexByte(src, 0) >= 0 {
		return nil, &SyntaxError{Msg: "source code cannot contain null bytes", Filename: filename}
	}
	if enc, line := codingSpec(src); enc != "" && !text {
		norm := normalizeEncoding(enc)
		switch norm {
		case "utf-8":
		case "latin-1":
			if bom {
				return nil, &SyntaxError{Msg: "encoding problem: iso-8859-1 with BOM", Filename: filename, Lineno: line}
			}
			var out []byte
			for _, c := range src {
				out = utf8.AppendRune(out, rune(c))
			}
			src = out
		case "ascii":
			for i, c := range src {
				if c >= 0x80 {
					return nil, &SyntaxError{Msg: "encoding problem: ascii", Filename: filename, Lineno: 1 + bytes.Count(src[:i], []byte{'\n'})}
				}
			}
		default:
			tab, ok := unidata.Codec(enc)
			if !ok {
				return nil, &SyntaxError{Msg: "encoding problem: " + enc, Filename: filename, Lineno: line}
			}
			if bom {
				return nil, &SyntaxError{Msg: "encoding problem: " + enc + " with BOM", Filename: filename, Lineno: line}
			}
			out := make([]byte, 0, len(src))
			for i, c := range src {
				if c < 0x80 {
					out = append(out, c)
					continue
				}
				r := tab[c-0x80]
				if r < 0 {
					return nil, &SyntaxError{Msg: fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: character maps to <undefined>", enc, c, i), Filename: filename, Lineno: 1 + bytes.Count(src[:i], []byte{'\n'})}
				}
				out = utf8.AppendRune(out, r)
			}
			src = out
		}
	}
	if !utf8.Valid(src) {
		for i := 0; i < len(src); {
			r, size := utf8.DecodeRune(src[i:])
			if r == utf8.RuneError && size == 1 {
				return nil, encodingError(src, i, filename)
			}
			i += size
		}
	}
	if bytes.IndexByte(src, '\r') >= 0 {
		out := make([]byte, 0, len(src))
		for i := 0; i < len(src); i++ {
			if src[i] == '\r' {
				out = append(out, '\n')
				if i+1 < len(src) && src[i+1] == '\n' {
					i++
				}
				continue
			}
			out = append(out, src[i])
		}
		src = out
	}
	if len(src) == 0 || src[len(src)-1] != '\n' {
		src = append(src[:len(src):len(src)], '\n')
	}
	return src, nil
}

func encodingError(src []byte, i int, filename string) *SyntaxError {
	line := 1 + bytes.Count(src[:i], []byte{'\n'})
	msg := fmt.Sprintf("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; see https://peps.python.org/pep-0263/ for details", src[i], filename, line)
	return &SyntaxError{Msg: msg, Filename: filename, Lineno: line}
}

// codingSpec finds a PEP 263 coding declaration in the first two lines.
func codingSpec(src []byte) (string, int) {
	for line := 1; line <= 2 && len(src) > 0; line++ {
		end := bytes.IndexByte(src, '\n')
		var l []byte
		if end < 0 {
			l, src = src, nil
		} else {
			l, src = src[:end], src[end+1:]
		}
		i := 0
		for i < len(l) && (l[i] == ' ' || l[i] == '\t' || l[i] == '\f') {
			i++
		}
		if i >= len(l) || l[i] != '#' {
			if i < len(l) {
				return "", 0 // a line of code: no declaration after it
			}
			continue
		}
		rest := l[i:]
		k := bytes.Index(rest, []byte("coding"))
		for k >= 0 {
			after := rest[k+6:]
			if len(after) > 0 && (after[0] == ':' || after[0] == '=') {
				after = after[1:]
				for len(after) > 0 && (after[0] == ' ' || after[0] == '\t') {
					after = after[1:]
				}
				n := 0
				for n < len(after) && (isPotentialIdent(after[n]) && after[n] < utf8.RuneSelf || after[n] == '-' || after[n] == '.') {
					n++
				}
				if n > 0 {
					return string(after[:n]), line
				}
			}
			next := bytes.Index(rest[k+6:], []byte("coding"))
			if next < 0 {
				break
			}
			k += 6 + next
		}
	}
	return "", 0
}

func normalizeEncoding(enc string) string {
	e := strings.ToLower(strings.ReplaceAll(enc, "_", "-"))
	switch {
	case e == "utf-8" || strings.HasPrefix(e, "utf-8-") || e == "utf8":
		return "utf-8"
	case e == "latin-1" || e == "iso-8859-1" || e == "iso8859-1" || e == "latin1" ||
		strings.HasPrefix(e, "latin-1-") || strings.HasPrefix(e, "iso-8859-1-") || strings.HasPrefix(e, "iso-latin-1"):
		return "latin-1"
	case e == "ascii" || e == "us-ascii":
		return "ascii"
	}
	return e
}

// wrapped reports whether tokens i..j are a bracket at i and its match at j.
func (p *parser) wrapped(i, j int) bool {
	if i >= j || p.toks[i].kind != tkLpar || p.toks[j].kind != tkRpar {
		return false
	}
	depth := 0
	for k := i; k <= j; k++ {
		switch p.toks[k].kind {
		case tkLpar, tkLsqb, tkLbrace:
			depth++
		case tkRpar, tkRsqb, tkRbrace:
			depth--
			if depth == 0 && k < j {
				return false
			}
		}
	}
	return depth == 0
}
