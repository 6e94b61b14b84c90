package format

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// Python text is kept in Go strings as UTF-8, with lone surrogates
// (U+D800-U+DFFF) encoded as three bytes like any other code point
// (WTF-8). Go's utf8 package rejects those three bytes and would count
// them as three characters; these helpers count and decode them as one.

// isSurrogateSeq reports whether s starts with an encoded surrogate.
func isSurrogateSeq(s string) bool {
	return len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2] >= 0x80 && s[2] <= 0xBF
}

// decodeChar decodes the first code point of s, surrogates included.
func decodeChar(s string) (rune, int) {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	if isSurrogateSeq(s) {
		return rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

// textLen is the number of code points of s: Go's count, less two for
// each surrogate (which Go counts as three invalid bytes).
func textLen(s string) int {
	n := utf8.RuneCountInString(s)
	for i := strings.IndexByte(s, 0xED); i >= 0; {
		if isSurrogateSeq(s[i:]) {
			n -= 2
			i += 3
		} else {
			i++
		}
		j := strings.IndexByte(s[i:], 0xED)
		if j < 0 {
			break
		}
		i += j
	}
	return n
}

// appendChar appends the encoding of r, surrogates included.
func appendChar(dst []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(dst, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(dst, r)
}

// textLenBytes is textLen of a byte slice.
func textLenBytes(b []byte) int {
	n := utf8.RuneCount(b)
	for i := bytes.IndexByte(b, 0xED); i >= 0; {
		if len(b)-i >= 3 && b[i+1] >= 0xA0 && b[i+1] <= 0xBF && b[i+2] >= 0x80 && b[i+2] <= 0xBF {
			n -= 2
			i += 3
		} else {
			i++
		}
		j := bytes.IndexByte(b[i:], 0xED)
		if j < 0 {
			break
		}
		i += j
	}
	return n
}
