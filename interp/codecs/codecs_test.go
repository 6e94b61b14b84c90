package codecs

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Expected values are CPython 3.11's (codecs.lookup, str.encode,
// bytes.decode and the incremental codecs); the Python-level behaviour is
// covered by the golden scripts in scripts/text.

func TestLookup(t *testing.T) {
	for name, want := range map[string]string{
		"UTF8": "utf-8", "utf_8": "utf-8", "utf--8": "utf-8", " utf8 ": "utf-8",
		"Latin 1": "iso8859-1", "latin1": "iso8859-1", "8859": "iso8859-1",
		"u16": "utf-16", "utf_16le": "utf-16-le", "windows-1252": "cp1252",
		"utf8\u00e9": "utf-8", "us": "ascii", "UTF-8_SIG": "utf-8-sig",
		"koi8_r": "koi8-r", "iso8859.1": "iso8859-1", "iso8859_15": "iso8859-15",
	} {
		c, err := Lookup(name)
		if assert.NoError(t, err, name) {
			assert.Equal(t, want, c.Name, name)
		}
	}
	for _, name := range []string{"latin.1", "utf16le", "ut\u00e9f8", "", "-", "utf.8", "cp-1252", "hex", "iso8859.15"} {
		_, err := Lookup(name)
		if assert.Error(t, err, name) {
			assert.Equal(t, "LookupError: unknown encoding: "+name, err.Error())
		}
	}
}

func TestErrors(t *testing.T) {
	for _, c := range []struct {
		enc string
		in  string
		msg string
	}{
		{"utf-8", "\xff", "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"},
		{"utf-8", "a\xf0\x9f", "'utf-8' codec can't decode bytes in position 1-2: unexpected end of data"},
		{"utf-8", "\xe2\x82a", "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"},
		{"utf-16", "a\x00b", "'utf-16-le' codec can't decode byte 0x62 in position 2: truncated data"},
		{"utf-16-be", "\xdc\x00", "'utf-16-be' codec can't decode bytes in position 0-1: illegal encoding"},
		{"utf-32", "\x00\x00\x11\x00", "'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)"},
		{"cp1252", "\x81", "'charmap' codec can't decode byte 0x81 in position 0: character maps to <undefined>"},
		{"unicode_escape", "ab\\x4g", "'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape"},
	} {
		c2, err := Lookup(c.enc)
		require.NoError(t, err)
		_, err = c2.Decode([]byte(c.in), "strict", nil)
		if assert.Error(t, err) {
			assert.Equal(t, c.msg, err.Error())
		}
	}
	latin, _ := Lookup("latin-1")
	_, err := latin.Encode("\U0001F600\xed\xb2\x80", "strict", nil)
	assert.EqualError(t, err, "'latin-1' codec can't encode characters in position 0-1: ordinal not in range(256)")
	_, err = latin.Encode("ab\u20ac", "bogus", nil)
	assert.EqualError(t, err, "LookupError: unknown error handler name 'bogus'")
	b, err := latin.Encode("ab", "bogus", nil)
	assert.NoError(t, err)
	assert.Equal(t, "ab", string(b))
}

func TestHandlers(t *testing.T) {
	ascii, _ := Lookup("ascii")
	for errs, want := range map[string]string{
		"ignore": "ab", "replace": "a?b?", "backslashreplace": "a\\xe9b\\U0001f600",
		"xmlcharrefreplace": "a&#233;b&#128512;", "namereplace": "a\\N{LATIN SMALL LETTER E WITH ACUTE}b\\N{GRINNING FACE}",
	} {
		got, err := ascii.Encode("a\u00e9b\U0001F600", errs, nil)
		assert.NoError(t, err)
		assert.Equal(t, want, string(got), errs)
	}
	utf8c := UTF8()
	s, err := utf8c.Decode([]byte("a\xff\xfeb"), "surrogateescape", nil)
	assert.NoError(t, err)
	assert.Equal(t, "a\xed\xb3\xbf\xed\xb3\xbeb", s)
	back, err := utf8c.Encode(s, "surrogateescape", nil)
	assert.NoError(t, err)
	assert.Equal(t, "a\xff\xfeb", string(back))
	_, err = utf8c.Decode([]byte("\xff"), "xmlcharrefreplace", nil)
	assert.EqualError(t, err, "TypeError: don't know how to handle UnicodeDecodeError in error callback")
}

func TestIncremental(t *testing.T) {
	u16, _ := Lookup("utf-16")
	d := u16.NewDecoder("strict", nil)
	buf, flag := d.State()
	assert.Equal(t, 2, flag)
	assert.Empty(t, buf)
	s, err := d.Decode([]byte{0xFF}, false)
	assert.NoError(t, err)
	assert.Equal(t, "", s)
	buf, flag = d.State()
	assert.Equal(t, []byte{0xFF}, buf)
	assert.Equal(t, 2, flag)
	s, err = d.Decode([]byte{0xFE, 'a'}, false)
	assert.NoError(t, err)
	assert.Equal(t, "", s)
	buf, flag = d.State()
	assert.Equal(t, []byte{'a'}, buf)
	assert.Equal(t, 0, flag)
	s, err = d.Decode([]byte{0}, true)
	assert.NoError(t, err)
	assert.Equal(t, "a", s)

	d = u16.NewDecoder("strict", nil)
	_, err = d.Decode([]byte("a\x00b"), false)
	assert.EqualError(t, err, "UnicodeError: UTF-16 stream does not start with BOM")

	e := u16.NewEncoder("strict", nil)
	assert.Equal(t, 2, e.State())
	out, _ := e.Encode("", false)
	assert.Equal(t, []byte{0xFF, 0xFE}, out)
	assert.Equal(t, 0, e.State())
	out, _ = e.Encode("a", false)
	assert.Equal(t, []byte{'a', 0}, out)

	sig, _ := Lookup("utf-8-sig")
	d = sig.NewDecoder("strict", nil)
	s, _ = d.Decode([]byte{0xEF}, false)
	assert.Equal(t, "", s)
	_, flag = d.State()
	assert.Equal(t, 1, flag)
	s, _ = d.Decode([]byte{0xBB, 0xBF, 'a'}, false)
	assert.Equal(t, "a", s)

	d = UTF8().NewDecoder("strict", nil)
	s, _ = d.Decode([]byte("ab\xe2\x82"), false)
	assert.Equal(t, "ab", s)
	s, _ = d.Decode([]byte("\xac"), false)
	assert.Equal(t, "\u20ac", s)
}
