package pystr

import "unicode/utf8"

// Case mappings follow CPython 3.11: full mappings (SpecialCasing, so one
// code point may become up to three), the Final_Sigma rule for U+03A3 in
// every operation that lowercases, and full case folding for Casefold. The
// language-specific rules of SpecialCasing (Turkish, Lithuanian) do not
// apply. When a code point maps to itself its original bytes are copied,
// so invalid bytes pass through unchanged.

const capitalSigma = 0x3A3

// mapKind selects one of the four mappings of a charRecord.
type mapKind uint8

const (
	mapLower mapKind = iota
	mapUpper
	mapTitle
	mapFold
)

// appendMapped appends the mapping of r (whose text in the source is src).
func appendMapped(dst []byte, r rune, src string, kind mapKind) []byte {
	rec := lookup(r)
	var delta int32
	var ext uint32
	switch kind {
	case mapLower:
		delta, ext = rec.lower, fExtLower
	case mapUpper:
		delta, ext = rec.upper, fExtUpper
	case mapTitle:
		delta, ext = rec.title, fExtTitle
	default:
		delta, ext = rec.fold, fExtFold
	}
	if rec.flags&ext != 0 {
		return append(dst, caseStrings[delta]...)
	}
	if delta == 0 {
		return append(dst, src...)
	}
	return AppendRune(dst, r+delta)
}

// finalSigma reports whether the capital sigma at byte offsets [i, j) of s
// is in the Final_Sigma context: preceded by a cased code point (skipping
// case-ignorable ones) and not followed by one (skipping likewise).
func finalSigma(s string, i, j int) bool {
	k := i
	var r rune
	for k > 0 {
		var size int
		r, size = DecodeLastRune(s[:k])
		if flagsOf(r)&fCaseIgnorable == 0 {
			break
		}
		k -= size
	}
	if k == 0 || flagsOf(r)&fCased == 0 {
		return false
	}
	for k = j; k < len(s); {
		r, size := DecodeRune(s[k:])
		if flagsOf(r)&fCaseIgnorable == 0 {
			return flagsOf(r)&fCased == 0
		}
		k += size
	}
	return true
}

// appendLower appends the lowercase mapping of the code point r found at
// s[i:j], taking the final sigma context into account.
func appendLower(dst []byte, s string, i, j int, r rune) []byte {
	if r == capitalSigma {
		if finalSigma(s, i, j) {
			return append(dst, "\u03c2"...)
		}
		return append(dst, "\u03c3"...)
	}
	return appendMapped(dst, r, s[i:j], mapLower)
}

// asciiLower and asciiUpper map ASCII letters; other bytes map to
// themselves.
func asciiLower(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + ('a' - 'A')
	}
	return b
}

func asciiUpper(b byte) byte {
	if 'a' <= b && b <= 'z' {
		return b - ('a' - 'A')
	}
	return b
}

// Lower implements str.lower. It returns s itself when nothing changes.
func Lower(s string) string { return mapCase(s, mapLower) }

// Upper implements str.upper. It returns s itself when nothing changes.
func Upper(s string) string { return mapCase(s, mapUpper) }

// Casefold implements str.casefold (full case folding). It returns s itself
// when nothing changes.
func Casefold(s string) string { return mapCase(s, mapFold) }

// mapCase maps every code point of s by kind (mapLower, mapUpper or
// mapFold), returning s itself when nothing changes. ASCII text, the common
// case, is mapped eight bytes at a time; lowercasing applies the final
// sigma rule.
func mapCase(s string, kind mapKind) string {
	// The ASCII letters that change, [lo, hi], differ from their image
	// only in bit 0x20.
	toUpper := kind == mapUpper
	lo, hi := byte('A'), byte('Z')
	if toUpper {
		lo, hi = 'a', 'z'
	}
	i := unchangedPrefix(s, lo, hi)
	if i == len(s) {
		return s
	}
	if IsASCII(s[i:]) {
		buf := make([]byte, len(s))
		copy(buf, s[:i])
		if toUpper {
			asciiUpperInto(buf[i:], s[i:])
		} else {
			asciiLowerInto(buf[i:], s[i:])
		}
		return bytesToString(buf)
	}
	buf := make([]byte, i, len(s)+8)
	copy(buf, s[:i])
	for i < len(s) {
		b := s[i]
		if b < utf8.RuneSelf {
			if lo <= b && b <= hi {
				b ^= 0x20
			}
			buf = append(buf, b)
			i++
			continue
		}
		r, size := DecodeRune(s[i:])
		if kind == mapLower {
			buf = appendLower(buf, s, i, i+size, r)
		} else {
			buf = appendMapped(buf, r, s[i:i+size], kind)
		}
		i += size
	}
	return bytesToString(buf)
}

// Swapcase implements str.swapcase: uppercase code points are lowercased
// (with the final sigma rule), lowercase ones uppercased, others kept.
func Swapcase(s string) string {
	buf := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			switch {
			case 'A' <= b && b <= 'Z':
				b += 'a' - 'A'
			case 'a' <= b && b <= 'z':
				b -= 'a' - 'A'
			}
			buf = append(buf, b)
			i++
			continue
		}
		r, size := DecodeRune(s[i:])
		f := lookup(r).flags
		switch {
		case f&fUpper != 0:
			buf = appendLower(buf, s, i, i+size, r)
		case f&fLower != 0:
			buf = appendMapped(buf, r, s[i:i+size], mapUpper)
		default:
			buf = append(buf, s[i:i+size]...)
		}
		i += size
	}
	return bytesToString(buf)
}

// Capitalize implements str.capitalize: the first code point is titlecased
// (not uppercased, since Python 3.8) and the rest lowercased.
func Capitalize(s string) string {
	if len(s) == 0 {
		return s
	}
	buf := make([]byte, 0, len(s)+8)
	r, size := DecodeRune(s)
	if r < utf8.RuneSelf {
		buf = append(buf, asciiUpper(byte(r)))
	} else {
		buf = appendMapped(buf, r, s[:size], mapTitle)
	}
	for i := size; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			buf = append(buf, asciiLower(b))
			i++
			continue
		}
		r, size := DecodeRune(s[i:])
		buf = appendLower(buf, s, i, i+size, r)
		i += size
	}
	return bytesToString(buf)
}

// Title implements str.title: a code point following a cased one is
// lowercased, any other is titlecased. Words are not detected otherwise, so
// "they're" becomes "They'Re" as in Python.
func Title(s string) string {
	buf := make([]byte, 0, len(s)+8)
	prevCased := false
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if prevCased {
				b = asciiLower(b)
			} else {
				b = asciiUpper(b)
			}
			buf = append(buf, b)
			prevCased = asciiFlags[b]&fCased != 0
			i++
			continue
		}
		r, size := DecodeRune(s[i:])
		if prevCased {
			buf = appendLower(buf, s, i, i+size, r)
		} else {
			buf = appendMapped(buf, r, s[i:i+size], mapTitle)
		}
		prevCased = lookup(r).flags&fCased != 0
		i += size
	}
	return bytesToString(buf)
}
