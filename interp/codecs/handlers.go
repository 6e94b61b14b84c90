package codecs

import (
	"fmt"
	"strings"

	"github.com/gilpy/gilpy/interp/pystr"
	"github.com/gilpy/gilpy/interp/syntax/unidata"
)

// Handler is an error handler: given the error, it returns what to put
// in place of the bad input and where to resume, or an error to raise.
type Handler func(e *Error) (Replacement, error)

// Replacement is what an error handler returns.
type Replacement struct {
	Str     string // the replacement text
	Bytes   []byte // or, when encoding, replacement bytes
	IsBytes bool
	// Pos is where encoding or decoding resumes: a code point index when
	// encoding, a byte offset when decoding; negative counts from the end.
	Pos int
}

// Env connects codecs to the interpreter.
type Env interface {
	// ErrorHandler returns the handler registered under a name that is
	// not one of the standard ones, or a LookupError.
	ErrorHandler(name string) (Handler, error)
	// Warn issues a warning of the given category (an exception class
	// name such as "DeprecationWarning"); an error stops the codec.
	Warn(category, msg string) error
}

// StandardHandler returns the standard error handler of that name.
func StandardHandler(name string) (Handler, bool) {
	h, ok := standard[name]
	return h, ok
}

// StandardHandlerNames lists the standard error handlers.
var StandardHandlerNames = []string{"strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"}

var standard map[string]Handler

func init() {
	standard = map[string]Handler{
		"strict":            strictErrors,
		"ignore":            ignoreErrors,
		"replace":           replaceErrors,
		"backslashreplace":  backslashReplaceErrors,
		"xmlcharrefreplace": xmlCharRefReplaceErrors,
		"namereplace":       nameReplaceErrors,
		"surrogateescape":   surrogateEscapeErrors,
		"surrogatepass":     surrogatePassErrors,
	}
}

// cantHandle is the TypeError a handler raises for an error kind it does
// not handle.
func cantHandle(e *Error) error {
	kind := "UnicodeEncodeError"
	if e.Decode {
		kind = "UnicodeDecodeError"
	}
	return &PyError{"TypeError", fmt.Sprintf("don't know how to handle %s in error callback", kind)}
}

func strictErrors(e *Error) (Replacement, error) { return Replacement{}, e }

func ignoreErrors(e *Error) (Replacement, error) { return Replacement{Pos: e.End}, nil }

func replaceErrors(e *Error) (Replacement, error) {
	n := e.End - e.Start
	if n < 0 {
		n = 0
	}
	if e.Decode {
		return Replacement{Str: "\ufffd", Pos: e.End}, nil
	}
	return Replacement{Str: strings.Repeat("?", n), Pos: e.End}, nil
}

func backslashReplaceErrors(e *Error) (Replacement, error) {
	var b strings.Builder
	if e.Decode {
		for i := max(e.Start, 0); i < e.End && i < len(e.Bytes); i++ {
			fmt.Fprintf(&b, "\\x%02x", e.Bytes[i])
		}
		return Replacement{Str: b.String(), Pos: e.End}, nil
	}
	for _, r := range e.span() {
		b.WriteString(escapeRune(r))
	}
	return Replacement{Str: b.String(), Pos: e.End}, nil
}

func xmlCharRefReplaceErrors(e *Error) (Replacement, error) {
	if e.Decode {
		return Replacement{}, cantHandle(e)
	}
	var b strings.Builder
	for _, r := range e.span() {
		fmt.Fprintf(&b, "&#%d;", r)
	}
	return Replacement{Str: b.String(), Pos: e.End}, nil
}

func nameReplaceErrors(e *Error) (Replacement, error) {
	if e.Decode {
		return Replacement{}, cantHandle(e)
	}
	var b strings.Builder
	for _, r := range e.span() {
		if name, ok := unidata.Name(r); ok {
			b.WriteString("\\N{" + name + "}")
		} else {
			b.WriteString(escapeRune(r))
		}
	}
	return Replacement{Str: b.String(), Pos: e.End}, nil
}

// surrogateEscapeErrors undoes (encoding) or does (decoding) the mapping
// of undecodable bytes 0x80-0xFF to the lone surrogates U+DC80-U+DCFF.
func surrogateEscapeErrors(e *Error) (Replacement, error) {
	if e.Decode {
		// As CPython: at most 4 bytes, stopping at an ASCII byte.
		var out []byte
		n := 0
		for i := e.Start; i < e.End && i < len(e.Bytes) && n < 4; i++ {
			if e.Bytes[i] < 0x80 {
				break
			}
			out = pystr.AppendRune(out, 0xDC00+rune(e.Bytes[i]))
			n++
		}
		if n == 0 {
			return Replacement{}, e
		}
		return Replacement{Str: string(out), Pos: e.Start + n}, nil
	}
	span := e.span()
	out := make([]byte, 0, len(span))
	for _, r := range span {
		if r < 0xDC80 || r > 0xDCFF {
			return Replacement{}, e
		}
		out = append(out, byte(r-0xDC00))
	}
	return Replacement{Bytes: out, IsBytes: true, Pos: e.End}, nil
}

// utfForm returns the width and byte order of a UTF codec error name:
// width 1 (utf-8), 2 or 4; order -1 little or 1 big.
func utfForm(encoding string) (width, order int, ok bool) {
	switch strings.ToLower(strings.ReplaceAll(encoding, "_", "-")) {
	case "utf-8", "utf8":
		return 1, 0, true
	case "utf-16", "utf-16-le", "utf-16le":
		return 2, -1, true
	case "utf-16-be", "utf-16be":
		return 2, 1, true
	case "utf-32", "utf-32-le", "utf-32le":
		return 4, -1, true
	case "utf-32-be", "utf-32be":
		return 4, 1, true
	}
	return 0, 0, false
}

// surrogatePassErrors lets the UTF codecs encode and decode lone
// surrogates.
func surrogatePassErrors(e *Error) (Replacement, error) {
	width, order, ok := utfForm(e.Encoding)
	if !ok {
		return Replacement{}, e
	}
	if e.Decode {
		b := e.Bytes
		i := e.Start
		if i < 0 || i+width > len(b) && width > 1 || width == 1 && i+3 > len(b) {
			return Replacement{}, e
		}
		var r rune
		n := width
		switch width {
		case 1:
			if b[i] != 0xED || b[i+1]&0xE0 != 0xA0 || b[i+2]&0xC0 != 0x80 {
				return Replacement{}, e
			}
			r = rune(b[i]&0x0F)<<12 | rune(b[i+1]&0x3F)<<6 | rune(b[i+2]&0x3F)
			n = 3
		case 2:
			r = rune(get16(b[i:], order))
		case 4:
			r = rune(get32(b[i:], order))
		}
		if r < 0xD800 || r > 0xDFFF {
			return Replacement{}, e
		}
		return Replacement{Str: pystr.EncodeRune(r), Pos: i + n}, nil
	}
	span := e.span()
	var out []byte
	for _, r := range span {
		if r < 0xD800 || r > 0xDFFF {
			return Replacement{}, e
		}
		switch width {
		case 1:
			out = pystr.AppendRune(out, r)
		case 2:
			out = put16(out, uint16(r), order)
		case 4:
			out = put32(out, uint32(r), order)
		}
	}
	return Replacement{Bytes: out, IsBytes: true, Pos: e.End}, nil
}

// span returns the code points of e.Str from Start to End.
func (e *Error) span() []rune {
	var out []rune
	i := 0
	for off := 0; off < len(e.Str) && i < e.End; i++ {
		r, n := pystr.DecodeRune(e.Str[off:])
		if i >= e.Start {
			out = append(out, r)
		}
		off += n
	}
	return out
}

// runeAt returns the i-th code point of s.
func runeAt(s string, i int) (rune, bool) { return pystr.RuneAt(s, i) }

// errState resolves the error handler of one encoding or decoding call.
type errState struct {
	errors string
	env    Env
	h      Handler
}

func (x *errState) handler() (Handler, error) {
	if x.h != nil {
		return x.h, nil
	}
	if h, ok := standard[x.errors]; ok {
		x.h = h
		return h, nil
	}
	if x.env != nil {
		h, err := x.env.ErrorHandler(x.errors)
		if err != nil {
			return nil, err
		}
		x.h = h
		return h, nil
	}
	return nil, lookupError("unknown error handler name '%s'", x.errors)
}

func (x *errState) handle(e *Error) (Replacement, error) {
	h, err := x.handler()
	if err != nil {
		return Replacement{}, err
	}
	return h(e)
}

func (x *errState) warn(category, msg string) error {
	if x.env == nil {
		return nil
	}
	return x.env.Warn(category, msg)
}

// resume checks the position an error handler returned against the
// length of the input.
func resume(pos, n int) (int, error) {
	if pos < 0 {
		pos += n
	}
	if pos < 0 || pos > n {
		return 0, &PyError{"IndexError", fmt.Sprintf("position %d from error handler out of bounds", pos)}
	}
	return pos, nil
}
