package pystr

import "unicode/utf8"

// UnicodeVersion is the version of the Unicode database the character
// tables follow: the one of CPython 3.11.
const UnicodeVersion = unicodeVersion

// charRecord describes the properties of a set of code points. flags holds
// the f* bits plus the decimal and digit values; each mapping is a delta to
// add to the code point, or, when the matching fExt* flag is set, an index
// into caseStrings.
type charRecord struct {
	flags                     uint32
	lower, upper, title, fold int32
}

func lookup(r rune) *charRecord {
	if uint32(r) > MaxRune {
		return &charRecords[0]
	}
	b2 := int(stage1[r>>shiftHi])<<(shiftHi-shiftLo) | int(r>>shiftLo)&(1<<(shiftHi-shiftLo)-1)
	b3 := int(stage2[b2])<<shiftLo | int(r)&(1<<shiftLo-1)
	return &charRecords[stage3[b3]]
}

func flagsOf(r rune) uint32 {
	if uint32(r) < utf8.RuneSelf {
		return asciiFlags[r]
	}
	return lookup(r).flags
}

// asciiFlags caches the flags of the ASCII code points.
var asciiFlags = func() (t [128]uint32) {
	for i := range t {
		t[i] = lookup(rune(i)).flags
	}
	return t
}()

// pyWhitespace marks the ASCII bytes that Python's str treats as whitespace
// (split(), strip(), isspace()): \t \n \v \f \r \x1c \x1d \x1e \x1f and space.
var pyWhitespace = func() (t [256]bool) {
	for i := range 128 {
		t[i] = asciiFlags[i]&fSpace != 0
	}
	return t
}()

// IsAlphaRune reports whether r is alphabetic for Python: its general
// category is Lm, Lt, Lu, Ll or Lo.
func IsAlphaRune(r rune) bool { return flagsOf(r)&fAlpha != 0 }

// IsDecimalRune reports whether r is a decimal digit (category Nd).
func IsDecimalRune(r rune) bool { return flagsOf(r)&fDecimal != 0 }

// IsDigitRune reports whether r has a digit value (Numeric_Type Digit or
// Decimal).
func IsDigitRune(r rune) bool { return flagsOf(r)&fDigit != 0 }

// IsNumericRune reports whether r has a numeric value (Numeric_Type
// Digit, Decimal or Numeric).
func IsNumericRune(r rune) bool { return flagsOf(r)&fNumeric != 0 }

// IsAlnumRune reports whether r is alphabetic or numeric, as str.isalnum
// tests each character.
func IsAlnumRune(r rune) bool { return flagsOf(r)&(fAlpha|fDecimal|fDigit|fNumeric) != 0 }

// IsLowerRune reports whether r has the Lowercase property.
func IsLowerRune(r rune) bool { return flagsOf(r)&fLower != 0 }

// IsUpperRune reports whether r has the Uppercase property.
func IsUpperRune(r rune) bool { return flagsOf(r)&fUpper != 0 }

// IsTitleRune reports whether r is a titlecase letter (category Lt).
func IsTitleRune(r rune) bool { return flagsOf(r)&fTitle != 0 }

// IsCasedRune reports whether r is cased (Lowercase, Uppercase or Lt).
func IsCasedRune(r rune) bool { return flagsOf(r)&fCased != 0 }

// IsCaseIgnorableRune reports whether r has the Case_Ignorable property.
func IsCaseIgnorableRune(r rune) bool { return flagsOf(r)&fCaseIgnorable != 0 }

// IsSpaceRune reports whether r is whitespace for Python's str: category Zs
// or bidirectional class WS, B or S. This is the set str.split() and
// str.strip() use without arguments.
func IsSpaceRune(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return pyWhitespace[r]
	}
	return lookup(r).flags&fSpace != 0
}

// IsPrintableRune reports whether r is printable for Python: not in
// categories Cc, Cf, Cs, Co, Cn, Zl, Zp or Zs, except the space U+0020.
func IsPrintableRune(r rune) bool { return flagsOf(r)&fPrintable != 0 }

// IsXIDStartRune reports whether r has the XID_Start property. Note that
// '_' does not, although identifiers may start with it.
func IsXIDStartRune(r rune) bool { return flagsOf(r)&fXIDStart != 0 }

// IsXIDContinueRune reports whether r has the XID_Continue property.
func IsXIDContinueRune(r rune) bool { return flagsOf(r)&fXIDContinue != 0 }

// IsLineBreakRune reports whether str.splitlines breaks lines at r:
// \n \r \v \f \x1c \x1d \x1e \x85 U+2028 U+2029.
func IsLineBreakRune(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// DecimalValue returns the decimal digit value of r (what int() accepts as
// a digit), or -1 if r is not a decimal character.
func DecimalValue(r rune) int {
	f := flagsOf(r)
	if f&fDecimal == 0 {
		return -1
	}
	return int(f>>decimalShift) & 0xF
}

// DigitValue returns the digit value of r (unicodedata.digit), or -1 if r
// has none.
func DigitValue(r rune) int {
	f := flagsOf(r)
	if f&fDigit == 0 {
		return -1
	}
	return int(f>>digitShift) & 0xF
}

// allRunes reports whether s is not empty and every code point of s has
// one of the flags in mask.
func allRunes(s string, mask uint32) bool {
	if len(s) == 0 {
		return false
	}
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if asciiFlags[b]&mask == 0 {
				return false
			}
			i++
			continue
		}
		r, size := DecodeRune(s[i:])
		if lookup(r).flags&mask == 0 {
			return false
		}
		i += size
	}
	return true
}

// IsAlpha implements str.isalpha.
func IsAlpha(s string) bool { return allRunes(s, fAlpha) }

// IsAlnum implements str.isalnum.
func IsAlnum(s string) bool { return allRunes(s, fAlpha|fDecimal|fDigit|fNumeric) }

// IsDecimal implements str.isdecimal.
func IsDecimal(s string) bool { return allRunes(s, fDecimal) }

// IsDigit implements str.isdigit.
func IsDigit(s string) bool { return allRunes(s, fDigit) }

// IsNumeric implements str.isnumeric.
func IsNumeric(s string) bool { return allRunes(s, fNumeric) }

// IsSpace implements str.isspace.
func IsSpace(s string) bool { return allRunes(s, fSpace) }

// IsPrintable implements str.isprintable (true for the empty string).
func IsPrintable(s string) bool {
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if b < 0x20 || b == 0x7F {
				return false
			}
			i++
			continue
		}
		r, size := DecodeRune(s[i:])
		if lookup(r).flags&fPrintable == 0 {
			return false
		}
		i += size
	}
	return true
}

// IsIdentifier implements str.isidentifier: the first code point is
// XID_Start or '_', the others XID_Continue. It does not check keywords.
func IsIdentifier(s string) bool {
	if len(s) == 0 {
		return false
	}
	r, size := DecodeRune(s)
	if r != '_' && flagsOf(r)&fXIDStart == 0 {
		return false
	}
	for i := size; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if asciiFlags[b]&fXIDContinue == 0 {
				return false
			}
			i++
			continue
		}
		r, size := DecodeRune(s[i:])
		if lookup(r).flags&fXIDContinue == 0 {
			return false
		}
		i += size
	}
	return true
}

// IsLower implements str.islower: there is at least one cased code point
// and no uppercase or titlecase one.
func IsLower(s string) bool {
	cased := false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = DecodeRune(s[i:])
		}
		f := flagsOf(r)
		if f&(fUpper|fTitle) != 0 {
			return false
		}
		if f&fLower != 0 {
			cased = true
		}
		i += size
	}
	return cased
}

// IsUpper implements str.isupper: there is at least one cased code point
// and no lowercase or titlecase one.
func IsUpper(s string) bool {
	cased := false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = DecodeRune(s[i:])
		}
		f := flagsOf(r)
		if f&(fLower|fTitle) != 0 {
			return false
		}
		if f&fUpper != 0 {
			cased = true
		}
		i += size
	}
	return cased
}

// IsTitle implements str.istitle: uppercase and titlecase code points only
// follow uncased ones, lowercase ones only follow cased ones, and there is
// at least one cased code point.
func IsTitle(s string) bool {
	cased, prevCased := false, false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = DecodeRune(s[i:])
		}
		f := flagsOf(r)
		switch {
		case f&(fUpper|fTitle) != 0:
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case f&fLower != 0:
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
		i += size
	}
	return cased
}
