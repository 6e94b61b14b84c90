package engine

import "github.com/gilpy/gilpy/interp/pystr"

// Character classification and case mapping, with the definitions sre
// uses. Three families: ASCII (bytes patterns, and str patterns with the
// ASCII flag), Unicode (str patterns) and locale (bytes patterns with the
// LOCALE flag). The Unicode ones come from pystr's tables, generated from
// CPython 3.11 (Unicode 14.0.0), not from Go's unicode package.
//
// The locale family follows the C library's <ctype.h> in the locale the
// program runs in. gilpy does not consult the C library: it behaves as
// in the "C" and UTF-8 locales (those of every Linux CPython run gilpy is
// compared with), where only ASCII letters and digits are alphanumeric
// and have case; see docs/deviations.md.

// asciiClass holds, per ASCII byte, the bits below.
var asciiClass = func() (t [128]uint8) {
	for c := 0; c < 128; c++ {
		switch {
		case '0' <= c && c <= '9':
			t[c] = clDigit | clWord
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			t[c] = clWord
		case c == '_':
			t[c] = clWord
		case c == ' ' || ('\t' <= c && c <= '\r'):
			t[c] = clSpace
		}
	}
	return t
}()

const (
	clDigit = 1 << iota
	clSpace
	clWord
)

func isASCIIDigit(c uint32) bool { return c < 128 && asciiClass[c]&clDigit != 0 }
func isASCIISpace(c uint32) bool { return c < 128 && asciiClass[c]&clSpace != 0 }
func isASCIIWord(c uint32) bool  { return c < 128 && asciiClass[c]&clWord != 0 }

// isLocaleWord is sre's SRE_LOC_IS_WORD; see the note on locales above.
func isLocaleWord(c uint32) bool { return isASCIIWord(c) }

func isUniDigit(c uint32) bool {
	if c < 128 {
		return asciiClass[c]&clDigit != 0
	}
	return pystr.IsDecimalRune(rune(c))
}

func isUniSpace(c uint32) bool {
	if c < 128 {
		return c == ' ' || ('\t' <= c && c <= '\r') || (0x1c <= c && c <= 0x1f)
	}
	return pystr.IsSpaceRune(rune(c))
}

func isUniWord(c uint32) bool {
	if c < 128 {
		return asciiClass[c]&clWord != 0
	}
	return pystr.IsAlnumRune(rune(c))
}

func isUniLinebreak(c uint32) bool { return pystr.IsLineBreakRune(rune(c)) }

func lowerASCII(c uint32) uint32 {
	if 'A' <= c && c <= 'Z' {
		return c + 32
	}
	return c
}

func upperASCII(c uint32) uint32 {
	if 'a' <= c && c <= 'z' {
		return c - 32
	}
	return c
}

// lowerLocale and upperLocale are sre's locale case mappings; see the note
// on locales above.
func lowerLocale(c uint32) uint32 { return lowerASCII(c) }
func upperLocale(c uint32) uint32 { return upperASCII(c) }

func lowerUnicode(c uint32) uint32 {
	if c < 128 {
		return lowerASCII(c)
	}
	if c > 0x10ffff {
		return c
	}
	return uint32(pystr.SimpleLower(rune(c)))
}

func upperUnicode(c uint32) uint32 {
	if c < 128 {
		return upperASCII(c)
	}
	if c > 0x10ffff {
		return c
	}
	return uint32(pystr.SimpleUpper(rune(c)))
}

func isCasedASCII(c uint32) bool {
	return c < 128 && (('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z'))
}

func isCasedUnicode(c uint32) bool { return c != lowerUnicode(c) || c != upperUnicode(c) }

// AsciiIsCased, UnicodeIsCased, AsciiToLower and UnicodeToLower are the
// functions of the same names in CPython's _sre module.
func AsciiIsCased(c uint32) bool   { return isCasedASCII(c) }
func UnicodeIsCased(c uint32) bool { return isCasedUnicode(c) }
func AsciiToLower(c uint32) uint32 { return lowerASCII(c) }
func UnicodeToLower(c uint32) uint32 {
	return lowerUnicode(c)
}

// category reports whether c belongs to category cat.
func category(cat uint32, c uint32) bool {
	switch cat {
	case catDigit:
		return isASCIIDigit(c)
	case catNotDigit:
		return !isASCIIDigit(c)
	case catSpace:
		return isASCIISpace(c)
	case catNotSpace:
		return !isASCIISpace(c)
	case catWord:
		return isASCIIWord(c)
	case catNotWord:
		return !isASCIIWord(c)
	case catLinebreak:
		return c == '\n'
	case catNotLinebreak:
		return c != '\n'
	case catLocWord:
		return isLocaleWord(c)
	case catLocNotWord:
		return !isLocaleWord(c)
	case catUniDigit:
		return isUniDigit(c)
	case catUniNotDigit:
		return !isUniDigit(c)
	case catUniSpace:
		return isUniSpace(c)
	case catUniNotSpace:
		return !isUniSpace(c)
	case catUniWord:
		return isUniWord(c)
	case catUniNotWord:
		return !isUniWord(c)
	case catUniLinebreak:
		return isUniLinebreak(c)
	case catUniNotLinebreak:
		return !isUniLinebreak(c)
	}
	return false
}
