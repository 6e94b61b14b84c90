package format

import (
	"unicode/utf8"
)

// StrRepr returns repr(s) for a Python str holding the UTF-8 text s: single
// quotes unless s contains a single quote and no double quote, backslash
// escapes for the quote, backslash, \t \n \r, and \xhh, \uhhhh or
// \Uhhhhhhhh for characters that are not printable. Invalid UTF-8 bytes are
// treated as U+FFFD.
func StrRepr(s string) string { return string(AppendStrRepr(nil, s, false)) }

// StrASCII returns ascii(s): like StrRepr, with every non-ASCII character
// escaped too.
func StrASCII(s string) string { return string(AppendStrRepr(nil, s, true)) }

const hexDigitsLowerStr = "0123456789abcdef"

// AppendStrRepr appends repr(s), or ascii(s) when asciiOnly, to dst.
func AppendStrRepr(dst []byte, s string, asciiOnly bool) []byte {
	quote := byte('\'')
	hasSingle, hasDouble := false, false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\'':
			hasSingle = true
		case '"':
			hasDouble = true
		}
	}
	if hasSingle && !hasDouble {
		quote = '"'
	}
	dst = append(dst, quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == quote || c == '\\':
				dst = append(dst, '\\', c)
			case c == '\t':
				dst = append(dst, '\\', 't')
			case c == '\n':
				dst = append(dst, '\\', 'n')
			case c == '\r':
				dst = append(dst, '\\', 'r')
			case c < ' ' || c == 0x7f:
				dst = append(dst, '\\', 'x', hexDigitsLowerStr[c>>4], hexDigitsLowerStr[c&15])
			default:
				dst = append(dst, c)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !asciiOnly && isPyPrintable(r) {
			dst = append(dst, s[i:i+size]...)
			if r == utf8.RuneError && size == 1 {
				dst = append(dst[:len(dst)-1], "\uFFFD"...)
			}
			i += size
			continue
		}
		i += size
		dst = appendEscape(dst, r)
	}
	return append(dst, quote)
}

// appendEscape appends the \x, \u or \U escape of r.
func appendEscape(dst []byte, r rune) []byte {
	var n int
	switch {
	case r < 0x100:
		dst = append(dst, '\\', 'x')
		n = 2
	case r < 0x10000:
		dst = append(dst, '\\', 'u')
		n = 4
	default:
		dst = append(dst, '\\', 'U')
		n = 8
	}
	for shift := (n - 1) * 4; shift >= 0; shift -= 4 {
		dst = append(dst, hexDigitsLowerStr[(r>>uint(shift))&15])
	}
	return dst
}
