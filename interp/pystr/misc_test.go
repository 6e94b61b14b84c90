package pystr

import (
	"errors"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAppendVariantsKeepPrefix(t *testing.T) {
	for _, s := range []string{"plain", "it's\n", "é\x00", "😀", "\xed\xa0\x80"} {
		assert.Equal(t, "x="+Repr(s), string(AppendRepr([]byte("x="), s)))
		assert.Equal(t, "x="+ASCII(s), string(AppendASCII([]byte("x="), s)))
		assert.Equal(t, "x="+BytesRepr(s), string(AppendBytesRepr([]byte("x="), s)))
	}
}

func TestTranslateFunc(t *testing.T) {
	boom := errors.New("lookup failed")
	calls := 0
	_, err := TranslateFunc("abc", func(r rune) (string, bool, error) {
		calls++
		if r == 'b' {
			return "", false, boom
		}
		return "", false, nil
	})
	assert.Same(t, boom, err)
	assert.Equal(t, 2, calls, "stops at the first error")

	var seen []rune
	out, err := TranslateFunc("a\u00e9\xff\xed\xa0\x80", func(r rune) (string, bool, error) {
		seen = append(seen, r)
		if r == 'a' {
			return "[A]", true, nil
		}
		return "", false, nil
	})
	require.NoError(t, err)
	assert.Equal(t, "[A]\u00e9\xff\xed\xa0\x80", out, "unmapped code points keep their bytes")
	assert.Equal(t, []rune{'a', 0xE9, 0xDCFF, 0xD800}, seen, "one lookup per code point")
}

func TestIndexAccessors(t *testing.T) {
	x := NewIndex("héllo")
	assert.Equal(t, "héllo", x.String())
	assert.False(t, x.IsASCII())
	assert.Equal(t, 5, x.Len())
	y := NewIndex("hello")
	assert.True(t, y.IsASCII())
	c, ok := y.CharAt(-1)
	assert.True(t, ok)
	assert.Equal(t, "o", c)
	_, ok = y.RuneAt(5)
	assert.False(t, ok)
}

func TestReturnsArgumentWhenUnchanged(t *testing.T) {
	s := "already lower case, and long enough to be chunked"
	for name, f := range map[string]func(string) string{"Lower": Lower, "Casefold": Casefold} {
		got := f(s)
		assert.True(t, unsafe.StringData(got) == unsafe.StringData(s), name)
		assert.Equal(t, 0.0, testing.AllocsPerRun(10, func() { f(s) }), name)
	}
	assert.Equal(t, 0.0, testing.AllocsPerRun(10, func() { Upper("NO LOWER 123") }))
	assert.Equal(t, 0.0, testing.AllocsPerRun(10, func() { Strip("  x  ") }))
	assert.Equal(t, 0.0, testing.AllocsPerRun(10, func() { CharAt("héllo", 1) }))
	assert.Equal(t, 0.0, testing.AllocsPerRun(10, func() { Slice("héllo", 1, 3, 1) }))
	assert.Equal(t, 0.0, testing.AllocsPerRun(10, func() { EncodeRune('a') }))
	assert.Equal(t, 0.0, testing.AllocsPerRun(10, func() { Center("abc", 2, ' ') }))
	assert.Equal(t, 0.0, testing.AllocsPerRun(10, func() { Find("héllo wörld", "wö", NoStart, NoEnd) }))
	assert.Equal(t, 1.0, testing.AllocsPerRun(10, func() { Repr("plain") }))
	assert.Equal(t, 1.0, testing.AllocsPerRun(10, func() { Repr("it's a\ttab\n") }))
	assert.Equal(t, 1.0, testing.AllocsPerRun(10, func() { ASCII("naïve café") }))
	assert.Equal(t, 1.0, testing.AllocsPerRun(10, func() { SplitWhitespace(" a b c ", -1) }))
}
