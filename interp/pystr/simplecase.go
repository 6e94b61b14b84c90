package pystr

// SimpleLower returns the lowercase of r as a single code point, as
// CPython's Py_UNICODE_TOLOWER gives it (the re module's case-insensitive
// matching uses it): the lowercase mapping when it is one code point,
// otherwise the first code point of the full mapping ('İ' gives 'i').
func SimpleLower(r rune) rune {
	if uint32(r) < 0x80 {
		if 'A' <= r && r <= 'Z' {
			return r + 32
		}
		return r
	}
	rec := lookup(r)
	if rec.flags&fExtLower != 0 {
		first, _ := DecodeRune(caseStrings[rec.lower])
		return first
	}
	return r + rec.lower
}

// SimpleUpper returns the uppercase of r as a single code point, as
// CPython's Py_UNICODE_TOUPPER gives it: the uppercase mapping when it is
// one code point, otherwise the first code point of the full mapping ('ß'
// gives 'S').
func SimpleUpper(r rune) rune {
	if uint32(r) < 0x80 {
		if 'a' <= r && r <= 'z' {
			return r - 32
		}
		return r
	}
	rec := lookup(r)
	if rec.flags&fExtUpper != 0 {
		first, _ := DecodeRune(caseStrings[rec.upper])
		return first
	}
	return r + rec.upper
}
