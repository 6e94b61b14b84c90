package pystr

import "unicode/utf8"

const hexDigits = "0123456789abcdef"

// reprPlain marks the ASCII bytes that str and bytes repr copy as they are
// (printable ASCII except the backslash and both quotes).
var reprPlain = func() (t [256]bool) {
	for b := 0x20; b < 0x7F; b++ {
		t[b] = b != '\\' && b != '\'' && b != '"'
	}
	return t
}()

// isPlain reports whether repr copies s between single quotes unchanged.
func isPlain(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if !plain8(load64(s, i)) {
			return false
		}
	}
	for ; i < len(s); i++ {
		if !reprPlain[s[i]] {
			return false
		}
	}
	return true
}

// plain8 reports whether all eight bytes of x are plain for repr: ASCII,
// at least 0x20, not 0x7f, and not a quote or backslash.
func plain8(x uint64) bool {
	if x&hiBits != 0 {
		return false
	}
	special := hasZero(x^(ones*0x7F)) | hasZero(x^(ones*'\\')) |
		hasZero(x^(ones*'\'')) | hasZero(x^(ones*'"')) |
		(x-ones*0x20)&^x&hiBits // some byte below 0x20
	return special == 0
}

// hasZero is non-zero exactly when some byte of x is zero.
func hasZero(x uint64) uint64 { return (x - ones) &^ x & hiBits }

// quoteFor returns the quote CPython's repr uses: a double quote when s
// contains a single quote and no double quote, a single quote otherwise.
func quoteFor(s string) byte {
	sq, dq := false, false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\'':
			sq = true
		case '"':
			dq = true
		}
	}
	if sq && !dq {
		return '"'
	}
	return '\''
}

// Repr returns repr(s) for a str, exactly as CPython writes it.
func Repr(s string) string {
	if isPlain(s) {
		return "'" + s + "'"
	}
	return bytesToString(AppendRepr(make([]byte, 0, len(s)+len(s)/8+8), s))
}

// ASCII returns ascii(s) for a str: repr(s) with every non-ASCII code point
// escaped as \xhh, \uhhhh or \Uhhhhhhhh.
func ASCII(s string) string {
	if isPlain(s) {
		return "'" + s + "'"
	}
	return bytesToString(AppendASCII(make([]byte, 0, len(s)+len(s)/2+8), s))
}

// AppendRepr appends repr(s) to dst.
func AppendRepr(dst []byte, s string) []byte { return appendStrRepr(dst, s, false) }

// AppendASCII appends ascii(s) to dst.
func AppendASCII(dst []byte, s string) []byte { return appendStrRepr(dst, s, true) }

func appendStrRepr(dst []byte, s string, asciiOnly bool) []byte {
	// Fast path: only printable ASCII other than backslash and quotes.
	i := 0
	for i < len(s) && reprPlain[s[i]] {
		i++
	}
	if i == len(s) {
		dst = append(dst, '\'')
		dst = append(dst, s...)
		return append(dst, '\'')
	}
	q := quoteFor(s)
	dst = append(dst, q)
	dst = append(dst, s[:i]...)
	for i < len(s) {
		b := s[i]
		if b < utf8.RuneSelf {
			switch {
			case reprPlain[b]:
				dst = append(dst, b)
			case b == q || b == '\\':
				dst = append(dst, '\\', b)
			case b == '\'' || b == '"':
				dst = append(dst, b)
			case b == '\t':
				dst = append(dst, '\\', 't')
			case b == '\n':
				dst = append(dst, '\\', 'n')
			case b == '\r':
				dst = append(dst, '\\', 'r')
			default:
				dst = append(dst, '\\', 'x', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			continue
		}
		r, size := DecodeRune(s[i:])
		if !asciiOnly && lookup(r).flags&fPrintable != 0 {
			dst = append(dst, s[i:i+size]...)
		} else {
			dst = appendEscape(dst, r)
		}
		i += size
	}
	return append(dst, q)
}

// appendEscape appends the \x, \u or \U escape of a non-ASCII code point.
func appendEscape(dst []byte, r rune) []byte {
	switch {
	case r <= 0xFF:
		return append(dst, '\\', 'x', hexDigits[r>>4], hexDigits[r&0xF])
	case r <= 0xFFFF:
		return append(dst, '\\', 'u', hexDigits[r>>12], hexDigits[r>>8&0xF],
			hexDigits[r>>4&0xF], hexDigits[r&0xF])
	}
	return append(dst, '\\', 'U', '0', '0', hexDigits[r>>20&0xF], hexDigits[r>>16&0xF],
		hexDigits[r>>12&0xF], hexDigits[r>>8&0xF], hexDigits[r>>4&0xF], hexDigits[r&0xF])
}

// BytesRepr returns repr(b) for a bytes value held in s: b'...' with
// CPython's quote choice, \\ and the quote escaped, \t \n \r, and \xhh for
// the other bytes below 0x20 or from 0x7f. bytearray's repr is
// "bytearray(" + BytesRepr(b) + ")".
func BytesRepr(s string) string {
	if isPlain(s) {
		return "b'" + s + "'"
	}
	return bytesToString(AppendBytesRepr(make([]byte, 0, len(s)+len(s)/2+8), s))
}

// AppendBytesRepr appends repr(b) for a bytes value held in s.
func AppendBytesRepr(dst []byte, s string) []byte {
	i := 0
	for i < len(s) && reprPlain[s[i]] {
		i++
	}
	if i == len(s) {
		dst = append(dst, 'b', '\'')
		dst = append(dst, s...)
		return append(dst, '\'')
	}
	q := quoteFor(s)
	dst = append(dst, 'b', q)
	dst = append(dst, s[:i]...)
	for ; i < len(s); i++ {
		b := s[i]
		switch {
		case reprPlain[b]:
			dst = append(dst, b)
		case b == q || b == '\\':
			dst = append(dst, '\\', b)
		case b == '\'' || b == '"':
			dst = append(dst, b)
		case b == '\t':
			dst = append(dst, '\\', 't')
		case b == '\n':
			dst = append(dst, '\\', 'n')
		case b == '\r':
			dst = append(dst, '\\', 'r')
		default:
			dst = append(dst, '\\', 'x', hexDigits[b>>4], hexDigits[b&0xF])
		}
	}
	return append(dst, q)
}
