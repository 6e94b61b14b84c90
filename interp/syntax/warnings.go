package syntax

import (
	"errors"
	"sort"

	"github.com/gilpy/gilpy/interp/syntax/ast"
)

// Warning is a warning CPython's tokenizer or parser gives for source that
// is valid but suspect: a number run into a keyword ("1if x else y":
// SyntaxWarning "invalid decimal literal") or an unknown escape in a str
// or bytes literal (DeprecationWarning "invalid escape sequence '\d'").
// Lineno is the line CPython reports: the number's line, or the first
// line of the string literal.
type Warning struct {
	Category string // "SyntaxWarning" or "DeprecationWarning"
	Msg      string
	Filename string
	Lineno   int
}

// ErrWarningIsError, returned by a warning handler, makes the parse fail
// with a SyntaxError carrying the warning's message at the warning's
// place, as CPython does when the warnings filter turns the warning into
// an exception of its own category. Any other error a handler returns
// ends the parse with that error.
var ErrWarningIsError = errors.New("warning raised as error")

// WarnFunc receives the parser's warnings, in the order CPython issues
// them.
type WarnFunc func(Warning) error

// pendingWarning is a warning found during the parse, issued when the
// parse ends (if the parser read as far as the token it is about).
type pendingWarning struct {
	tok     int // index of the token the warning is about
	w       Warning
	asError *SyntaxError
}

// ParseWarn is Parse, giving the tokenizer's and parser's warnings to
// warn (which may be nil).
func ParseWarn(src []byte, filename string, mode Mode, warn WarnFunc) (ast.Mod, error) {
	return parse(src, filename, mode, warn)
}

// issueWarnings hands the warnings about the tokens the parse read to
// warn, in token order (CPython tokenizes lazily and decodes a string
// literal when its rule matches, so both follow the source).
func (p *parser) issueWarnings(warn WarnFunc, tokWarns []pendingWarning) error {
	all := append(tokWarns, p.warns...)
	if warn == nil || len(all) == 0 {
		return nil
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].tok < all[j].tok })
	for _, pw := range all {
		if pw.tok >= p.fill {
			break
		}
		pw.w.Filename = p.filename
		if err := warn(pw.w); err != nil {
			if err == ErrWarningIsError {
				return pw.asError
			}
			return err
		}
	}
	return nil
}

// escapeWarning records the first invalid escape of the literal being
// decoded (p.strTok): esc is the text after the backslash CPython quotes.
func (p *parser) escapeWarning(octal bool, esc string) {
	if p.strTok < 0 {
		return
	}
	if p.warned == nil {
		p.warned = map[int]bool{}
	}
	if p.warned[p.strTok] {
		return
	}
	p.warned[p.strTok] = true
	msg := "invalid escape sequence '\\" + esc + "'"
	if octal {
		msg = "invalid octal escape sequence '\\" + esc + "'"
	}
	a, b := &p.toks[p.strTok], &p.toks[p.strTok]
	if p.fstrTok >= 0 {
		// CPython 3.11 reads an f-string as one STRING token and puts
		// the warning (and the error it may become) on all of it.
		a, b = &p.toks[p.fstrTok], p.fstringEnd(p.fstrTok)
	}
	se := p.newError(KindSyntaxError, msg, a, b)
	p.warns = append(p.warns, pendingWarning{tok: p.strTok, w: Warning{Category: "DeprecationWarning", Msg: msg, Lineno: p.strLine}, asError: se})
}

// fstringEnd returns the FSTRING_END that closes the f-string starting at
// token start (or the last token, if the source ends first).
func (p *parser) fstringEnd(start int) *token {
	depth := 0
	for i := start; i < len(p.toks); i++ {
		switch p.toks[i].kind {
		case tkFStringStart:
			depth++
		case tkFStringEnd:
			if depth--; depth == 0 {
				return &p.toks[i]
			}
		}
	}
	return &p.toks[len(p.toks)-1]
}
