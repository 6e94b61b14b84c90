package format

import (
	"unicode"
	"unicode/utf8"
)

// CPython 3.11 uses Unicode 14.0; Go's unicode tables are newer. The code
// points below were assigned after Unicode 14.0, so for Python 3.11 they are
// unassigned: not printable, not decimal digits. (Found by comparing
// str.isprintable/isdecimal/isspace of 3.11 with Go's tables over every code
// point; the whitespace sets agree.)
var newerThanPython = &unicode.RangeTable{
	R16: []unicode.Range16{
		{0xcf3, 0xcf3, 1},
		{0xece, 0xece, 1},
	},
	R32: []unicode.Range32{
		{0x10efd, 0x10eff, 1},
		{0x1123f, 0x11241, 1},
		{0x11b00, 0x11b09, 1},
		{0x11f00, 0x11f10, 1},
		{0x11f12, 0x11f3a, 1},
		{0x11f3e, 0x11f59, 1},
		{0x1342f, 0x1342f, 1},
		{0x13440, 0x13455, 1},
		{0x1b132, 0x1b132, 1},
		{0x1b155, 0x1b155, 1},
		{0x1d2c0, 0x1d2d3, 1},
		{0x1df25, 0x1df2a, 1},
		{0x1e030, 0x1e06d, 1},
		{0x1e08f, 0x1e08f, 1},
		{0x1e4d0, 0x1e4f9, 1},
		{0x1f6dc, 0x1f6dc, 1},
		{0x1f774, 0x1f776, 1},
		{0x1f77b, 0x1f77f, 1},
		{0x1f7d9, 0x1f7d9, 1},
		{0x1fa75, 0x1fa77, 1},
		{0x1fa87, 0x1fa88, 1},
		{0x1faad, 0x1faaf, 1},
		{0x1fabb, 0x1fabd, 1},
		{0x1fabf, 0x1fabf, 1},
		{0x1face, 0x1facf, 1},
		{0x1fada, 0x1fadb, 1},
		{0x1fae8, 0x1fae8, 1},
		{0x1faf7, 0x1faf8, 1},
		{0x2b739, 0x2b739, 1},
		{0x31350, 0x323af, 1},
	},
}

// isPySpace reports whether r is whitespace for Python's str.isspace():
// Unicode White_Space plus the ASCII separators 0x1C-0x1F.
func isPySpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || (r >= '\t' && r <= '\r') || (r >= 0x1c && r <= 0x1f)
	}
	return unicode.Is(unicode.White_Space, r)
}

// pyDecimal returns the value of r as a Unicode decimal digit (category Nd,
// what str.isdecimal accepts and int() converts), or -1.
func pyDecimal(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r < 0x80 || !unicode.Is(unicode.Nd, r) || unicode.Is(newerThanPython, r) {
		return -1
	}
	// Nd characters come in complete runs of ten starting at a zero, and
	// Go's table merges adjacent runs, so the offset in the range gives the
	// value.
	for _, rg := range unicode.Nd.R16 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	return -1
}

// isPyPrintable reports whether str.isprintable() holds for r, which decides
// whether repr() shows it as is or escapes it.
func isPyPrintable(r rune) bool {
	if r < 0x80 {
		return r >= ' ' && r < 0x7f
	}
	return unicode.IsPrint(r) && !unicode.Is(newerThanPython, r)
}

// transformDecimalAndSpace maps s the way CPython prepares text for int()
// and float(): ASCII stays, other whitespace becomes ' ', other decimal
// digits become their ASCII digit, and at the first other character the
// text is cut after a '?' (which no parser accepts). It returns s itself
// when s is all ASCII below DEL.
func transformDecimalAndSpace(s string) string {
	i := 0
	for i < len(s) && s[i] < 0x7f {
		i++
	}
	if i == len(s) {
		return s
	}
	out := make([]byte, i, len(s))
	copy(out, s[:i])
	for i < len(s) {
		c := s[i]
		if c < 0x7f {
			out = append(out, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case isPySpace(r):
			out = append(out, ' ')
		case pyDecimal(r) >= 0:
			out = append(out, byte('0'+pyDecimal(r)))
		default:
			return string(append(out, '?'))
		}
	}
	return string(out)
}
