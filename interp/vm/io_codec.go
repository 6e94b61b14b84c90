package vm

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/gilpy/gilpy/interp/codecs"
	"github.com/gilpy/gilpy/interp/pystr"
	"github.com/go-python/gpython/py"
)

// Text codecs for the io layer. TextIOWrapper needs an encoder and an
// incremental decoder (a read may end in the middle of a character);
// this is the seam through which it gets them. It knows UTF-8, ASCII and
// Latin-1 itself, with the standard error handlers; LookupTextCodec can
// be pointed at a fuller codec registry without changing the io code.

// TextCodec is one text encoding as the io layer uses it.
type TextCodec struct {
	// Name is the codec's canonical name, as error messages show it
	// ("utf-8", "ascii", "latin-1").
	Name string
	// Encode encodes s with the named error handler.
	Encode func(t *Thread, s, errors string) ([]byte, error)
	// NewDecoder returns an incremental decoder using the error handler.
	NewDecoder func(errors string) TextDecoder
	// Stateless codecs decode every character from the bytes it was
	// encoded to, independently of what came before: a byte offset at a
	// character boundary is then a complete tell() cookie.
	Stateless bool
	// pkg is the codec of package codecs behind a codec that starts a
	// stream with a mark (see io_codecs.go).
	pkg *codecs.Codec
}

// TextDecoder decodes a stream of bytes given in pieces.
type TextDecoder interface {
	// Decode decodes b after what came before, keeping an incomplete
	// character at the end for the next call unless final.
	Decode(t *Thread, b []byte, final bool) (string, error)
	// Reset forgets any incomplete character.
	Reset()
	// Pending returns the bytes of an incomplete character held back.
	Pending() []byte
}

// LookupTextCodec finds the codec for an encoding name; LookupError
// "unknown encoding: NAME" when there is none.
var LookupTextCodec = lookupBuiltinCodec

var (
	utf8Codec   = &TextCodec{Name: "utf-8", Encode: encodeUTF8, NewDecoder: func(e string) TextDecoder { return &utf8Decoder{errors: e} }, Stateless: true}
	asciiCodec  = &TextCodec{Name: "ascii", Encode: func(t *Thread, s, e string) ([]byte, error) { return encodeCharmap(t, s, e, "ascii", 0x80) }, NewDecoder: func(e string) TextDecoder { return &byteDecoder{name: "ascii", limit: 0x80, errors: e} }, Stateless: true}
	latin1Codec = &TextCodec{Name: "latin-1", Encode: func(t *Thread, s, e string) ([]byte, error) { return encodeCharmap(t, s, e, "latin-1", 0x100) }, NewDecoder: func(e string) TextDecoder { return &byteDecoder{name: "latin-1", limit: 0x100, errors: e} }, Stateless: true}
)

// normalizeCodecName lowercases an encoding name and turns spaces and
// hyphens into underscores, as the codec registry's search does.
func normalizeCodecName(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(name)) {
		if r == ' ' || r == '-' {
			b.WriteByte('_')
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func lookupBuiltinCodec(name string) (*TextCodec, error) {
	switch normalizeCodecName(name) {
	case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4":
		return utf8Codec, nil
	case "ascii", "us_ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us":
		return asciiCodec, nil
	case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_8859_1_1987", "iso_ir_100", "csisolatin1", "ibm819":
		return latin1Codec, nil
	}
	if c, ok := lookupPackageCodec(name); ok {
		return c, nil
	}
	return nil, NewError(py.LookupError, "unknown encoding: "+name)
}

// checkErrorHandler reports LookupError for an error handler name no
// codec knows.
func checkErrorHandler(name string) error {
	switch name {
	case "strict", "ignore", "replace", "surrogateescape", "surrogatepass", "backslashreplace", "xmlcharrefreplace":
		return nil
	}
	return NewError(py.LookupError, fmt.Sprintf("unknown error handler name '%s'", name))
}

func newUnicodeDecodeError(enc string, obj []byte, start, end int, reason string) *py.Exception {
	e := NewException(py.UnicodeDecodeError, py.String(enc), py.Bytes(append([]byte(nil), obj...)), NewInt(int64(start)), NewInt(int64(end)), py.String(reason))
	for i, n := range []string{"encoding", "object", "start", "end", "reason"} {
		setExcAttr(e, n, e.Args.(Tuple)[i])
	}
	return e
}

func newUnicodeEncodeError(enc, obj string, start, end int, reason string) *py.Exception {
	e := NewException(py.UnicodeEncodeError, py.String(enc), py.String(obj), NewInt(int64(start)), NewInt(int64(end)), py.String(reason))
	for i, n := range []string{"encoding", "object", "start", "end", "reason"} {
		setExcAttr(e, n, e.Args.(Tuple)[i])
	}
	return e
}

// decodeErrorRepl is what a decoding error handler puts in place of the
// bytes bad (or the error to raise).
func decodeErrorRepl(handler string, bad []byte, mkErr func() *py.Exception) (string, error) {
	switch handler {
	case "strict":
		return "", mkErr()
	case "ignore":
		return "", nil
	case "replace":
		return "\ufffd", nil
	case "surrogateescape":
		var b []byte
		for _, c := range bad {
			if c < 0x80 {
				return "", mkErr()
			}
			b = pystr.AppendRune(b, 0xdc00+rune(c))
		}
		return string(b), nil
	case "backslashreplace":
		var sb strings.Builder
		for _, c := range bad {
			fmt.Fprintf(&sb, "\\x%02x", c)
		}
		return sb.String(), nil
	case "xmlcharrefreplace":
		return "", NewError(py.TypeError, "don't know how to handle UnicodeDecodeError in error callback")
	case "surrogatepass":
		return "", mkErr()
	}
	return "", checkErrorHandler(handler)
}

// encodeErrorRepl is what an encoding error handler puts in place of the
// characters bad (or the error to raise). ok says whether a character
// can be encoded (for the handlers that re-encode their replacement).
func encodeErrorRepl(handler string, bad []rune, mkErr func() *py.Exception, ok func(r rune) bool) ([]byte, error) {
	var out []byte
	switch handler {
	case "strict", "surrogatepass":
		return nil, mkErr()
	case "ignore":
		return nil, nil
	case "replace":
		for range bad {
			out = append(out, '?')
		}
	case "surrogateescape":
		for _, r := range bad {
			if r < 0xdc80 || r > 0xdcff {
				return nil, mkErr()
			}
			out = append(out, byte(r-0xdc00))
		}
	case "backslashreplace":
		for _, r := range bad {
			out = append(out, escapeRune(r)...)
		}
	case "xmlcharrefreplace":
		for _, r := range bad {
			out = append(out, fmt.Sprintf("&#%d;", r)...)
		}
	default:
		return nil, checkErrorHandler(handler)
	}
	return out, nil
}

func isSurrogate(r rune) bool { return r >= 0xd800 && r <= 0xdfff }

// encodeUTF8 encodes s (UTF-8 with lone surrogates stored WTF-8 style),
// for which only the surrogates need work.
func encodeUTF8(t *Thread, s, errors string) ([]byte, error) {
	if utf8.ValidString(s) {
		return []byte(s), nil
	}
	out := make([]byte, 0, len(s))
	pos := 0 // character index
	for i := 0; i < len(s); {
		r, n := pystr.DecodeRune(s[i:])
		if !isSurrogate(r) {
			out = append(out, s[i:i+n]...)
			i += n
			pos++
			continue
		}
		if errors == "surrogatepass" {
			out = append(out, s[i:i+n]...)
			i += n
			pos++
			continue
		}
		// A run of surrogates is one error.
		start := pos
		var bad []rune
		for i < len(s) {
			r, n := pystr.DecodeRune(s[i:])
			if !isSurrogate(r) {
				break
			}
			bad = append(bad, r)
			i += n
			pos++
		}
		repl, err := encodeErrorRepl(errors, bad, func() *py.Exception {
			return newUnicodeEncodeError("utf-8", s, start, pos, "surrogates not allowed")
		}, func(r rune) bool { return !isSurrogate(r) })
		if err != nil {
			return nil, err
		}
		out = append(out, repl...)
	}
	return out, nil
}

// encodeCharmap encodes with a codec that maps each character below limit
// to the byte of the same value.
func encodeCharmap(t *Thread, s, errors, name string, limit rune) ([]byte, error) {
	out := make([]byte, 0, len(s))
	pos := 0
	for i := 0; i < len(s); {
		r, n := pystr.DecodeRune(s[i:])
		if r < limit {
			out = append(out, byte(r))
			i += n
			pos++
			continue
		}
		start := pos
		var bad []rune
		for i < len(s) {
			r, n := pystr.DecodeRune(s[i:])
			if r < limit {
				break
			}
			bad = append(bad, r)
			i += n
			pos++
		}
		repl, err := encodeErrorRepl(errors, bad, func() *py.Exception {
			return newUnicodeEncodeError(name, s, start, pos, fmt.Sprintf("ordinal not in range(%d)", limit))
		}, func(r rune) bool { return r < limit })
		if err != nil {
			return nil, err
		}
		out = append(out, repl...)
	}
	return out, nil
}

// utf8Decoder is an incremental UTF-8 decoder with CPython's error
// ranges: a bad start byte is one byte; a sequence cut short by a bad
// continuation byte covers the bytes that were valid so far.
type utf8Decoder struct {
	errors string
	carry  []byte
}

func (d *utf8Decoder) Reset()          { d.carry = nil }
func (d *utf8Decoder) Pending() []byte { return d.carry }

// seqLen is the length of the sequence a lead byte starts (0: invalid),
// and the range its second byte must be in.
func utf8Lead(c byte) (n int, lo, hi byte) {
	switch {
	case c < 0x80:
		return 1, 0, 0
	case c >= 0xc2 && c <= 0xdf:
		return 2, 0x80, 0xbf
	case c == 0xe0:
		return 3, 0xa0, 0xbf
	case c == 0xed:
		return 3, 0x80, 0x9f
	case c >= 0xe1 && c <= 0xef:
		return 3, 0x80, 0xbf
	case c == 0xf0:
		return 4, 0x90, 0xbf
	case c >= 0xf1 && c <= 0xf3:
		return 4, 0x80, 0xbf
	case c == 0xf4:
		return 4, 0x80, 0x8f
	}
	return 0, 0, 0
}

func (d *utf8Decoder) Decode(t *Thread, in []byte, final bool) (string, error) {
	b := in
	if len(d.carry) > 0 {
		b = append(append([]byte(nil), d.carry...), in...)
		d.carry = nil
	}
	if utf8.Valid(b) {
		return string(b), nil
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			out = append(out, c)
			i++
			continue
		}
		n, lo, hi := utf8Lead(c)
		if d.errors == "surrogatepass" && c == 0xed {
			hi = 0xbf
		}
		reason := "invalid start byte"
		end := i + 1
		if n > 0 {
			// How much of the sequence is valid?
			j := i + 1
			for ; j < i+n && j < len(b); j++ {
				bl, bh := byte(0x80), byte(0xbf)
				if j == i+1 {
					bl, bh = lo, hi
				}
				if b[j] < bl || b[j] > bh {
					break
				}
			}
			if j == i+n {
				out = append(out, b[i:j]...)
				i = j
				continue
			}
			if j == len(b) {
				if !final {
					d.carry = append([]byte(nil), b[i:]...)
					break
				}
				reason = "unexpected end of data"
			} else {
				reason = "invalid continuation byte"
			}
			end = j
		}
		start := i
		repl, err := decodeErrorRepl(d.errors, b[start:end], func() *py.Exception {
			return newUnicodeDecodeError("utf-8", b, start, end, reason)
		})
		if err != nil {
			return "", err
		}
		out = append(out, repl...)
		i = end
	}
	return string(out), nil
}

// byteDecoder decodes a codec that maps each byte below limit to the
// character of the same value (ASCII, Latin-1).
type byteDecoder struct {
	name   string
	limit  int
	errors string
}

func (d *byteDecoder) Reset()          {}
func (d *byteDecoder) Pending() []byte { return nil }

func (d *byteDecoder) Decode(t *Thread, b []byte, final bool) (string, error) {
	ascii := true
	for _, c := range b {
		if c >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return string(b), nil
	}
	out := make([]byte, 0, len(b)+len(b)/2)
	for i, c := range b {
		if int(c) < d.limit {
			out = pystr.AppendRune(out, rune(c))
			continue
		}
		i := i
		repl, err := decodeErrorRepl(d.errors, b[i:i+1], func() *py.Exception {
			return newUnicodeDecodeError(d.name, b, i, i+1, fmt.Sprintf("ordinal not in range(%d)", d.limit))
		})
		if err != nil {
			return "", err
		}
		out = append(out, repl...)
	}
	return string(out), nil
}

// escapeRune is the backslashreplace spelling of one code point.
func escapeRune(r rune) string {
	switch {
	case r < 0x100:
		return fmt.Sprintf(`\x%02x`, r)
	case r < 0x10000:
		return fmt.Sprintf(`\u%04x`, r)
	}
	return fmt.Sprintf(`\U%08x`, r)
}
