package unidata

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The expected values below are Python 3.11's answers, checked with
// unicodedata.lookup, str.isidentifier and unicodedata.normalize.
func TestLookup(t *testing.T) {
	for name, want := range map[string]rune{
		"LATIN SMALL LETTER A":             'a',
		"latin small letter a":             'a',
		"EURO SIGN":                        '€',
		"CJK UNIFIED IDEOGRAPH-4E00":       0x4E00,
		"HANGUL SYLLABLE GAG":              0xAC01,
		"GREEK CAPITAL LETTER OMEGA":       0x3A9,
		"NO-BREAK SPACE":                   0xA0,
		"SPACE":                            ' ',
		"CJK COMPATIBILITY IDEOGRAPH-F900": 0xF900,
	} {
		got, ok := Lookup(name)
		assert.True(t, ok, name)
		assert.Equal(t, want, got, name)
	}
	for _, name := range []string{"NOT A CHARACTER NAME", "CJK UNIFIED IDEOGRAPH-0041", "CJK UNIFIED IDEOGRAPH-4e00x", ""} {
		_, ok := Lookup(name)
		assert.False(t, ok, name)
	}
}

func TestIdentifiers(t *testing.T) {
	assert.True(t, IsIDStart('é'))
	assert.True(t, IsIDStart('ℌ'))
	assert.False(t, IsIDStart('€'))
	assert.False(t, IsIDStart('٣'))
	assert.True(t, IsIDContinue('٣'))
	assert.False(t, IsIDContinue(0xA0))
	assert.Equal(t, "fi", NFKC("ﬁ"))
	assert.Equal(t, "H", NFKC("ℌ"))
	assert.Equal(t, "é", NFKC("e\u0301"))
	assert.Equal(t, "abc", NFKC("abc"))
	assert.True(t, IsPrintable('é'))
	assert.False(t, IsPrintable(0xA0))
	assert.False(t, IsPrintable(0x0CF3)) // assigned only in Unicode 15
	assert.False(t, IsPrintable('\n'))
	assert.Equal(t, "\uAC01", NFKC("\u1100\u1161\u11A8"))
}

func TestCodec(t *testing.T) {
	tab, ok := Codec("KOI8-R")
	assert.True(t, ok)
	assert.Equal(t, rune(0x44E), tab[0xC0-0x80]) // b"\xc0".decode("koi8-r")
	tab, ok = Codec("windows-1252")
	assert.True(t, ok)
	assert.Equal(t, rune(0x20AC), tab[0]) // euro sign
	assert.Equal(t, rune(-1), tab[1])     // 0x81 is undefined in cp1252
	_, ok = Codec("iso-8859-5")
	assert.True(t, ok)
	_, ok = Codec("no-such-codec")
	assert.False(t, ok)
}

// Expected values from Python 3.11's unicodedata.name.
func TestName(t *testing.T) {
	for r, want := range map[rune]string{
		'a':      "LATIN SMALL LETTER A",
		'€':      "EURO SIGN",
		0x4E00:   "CJK UNIFIED IDEOGRAPH-4E00",
		0xAC01:   "HANGUL SYLLABLE GAG",
		0xF900:   "CJK COMPATIBILITY IDEOGRAPH-F900",
		0x1F600:  "GRINNING FACE",
		0x10FFFD: "",
		0x0:      "",
		0xE000:   "",
	} {
		got, ok := Name(r)
		assert.Equal(t, want != "", ok, "%U", r)
		assert.Equal(t, want, got, "%U", r)
	}
}
