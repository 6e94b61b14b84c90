package pystr

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestErrorString(t *testing.T) {
	assert.Equal(t, "ValueError: empty separator", ErrEmptySeparator.Error())
	assert.Equal(t, "MemoryError", ErrMemory.Error())
	assert.Equal(t, "ValueError: substring not found", ErrSubstringNotFound.Error())
	assert.Equal(t, "ValueError: subsection not found", ErrSubsectionNotFound.Error())
}

// withMaxResult lowers MaxResultBytes for the duration of a test.
func withMaxResult(t *testing.T, n int) {
	old := MaxResultBytes
	MaxResultBytes = n
	t.Cleanup(func() { MaxResultBytes = old })
}

// TestResultLimit checks that results beyond MaxResultBytes are refused
// with MemoryError instead of being allocated, and that results at the
// limit are built.
func TestResultLimit(t *testing.T) {
	withMaxResult(t, 100)
	type op struct {
		name string
		f    func(n int) (string, error) // builds a result of n bytes
	}
	ops := []op{
		{"Center", func(n int) (string, error) { return Center("ab", n, '*') }},
		{"LJust", func(n int) (string, error) { return LJust("ab", n, '*') }},
		{"RJust", func(n int) (string, error) { return RJust("ab", n, ' ') }},
		{"ZFill", func(n int) (string, error) { return ZFill("-1", n) }},
		{"ExpandTabs", func(n int) (string, error) { return ExpandTabs("\t", n) }},
		{"Replace", func(n int) (string, error) { return Replace("a", "a", strings.Repeat("x", n), -1) }},
		{"ReplaceEmpty", func(n int) (string, error) { return Replace("", "", strings.Repeat("x", n), -1) }},
		{"Join", func(n int) (string, error) { return Join("", []string{strings.Repeat("x", n-1), "y"}) }},
		{"Translate", func(n int) (string, error) {
			return Translate("a", map[rune]string{'a': strings.Repeat("x", n)})
		}},
		{"BytesCenter", func(n int) (string, error) { return BytesCenter("ab", n, '*') }},
		{"BytesLJust", func(n int) (string, error) { return BytesLJust("ab", n, '*') }},
		{"BytesRJust", func(n int) (string, error) { return BytesRJust("ab", n, '*') }},
		{"BytesZFill", func(n int) (string, error) { return BytesZFill("ab", n) }},
		{"BytesExpandTabs", func(n int) (string, error) { return BytesExpandTabs("\t", n) }},
		{"BytesReplace", func(n int) (string, error) { return BytesReplace("", "", strings.Repeat("x", n), -1) }},
	}
	for _, o := range ops {
		s, err := o.f(100)
		require.NoError(t, err, o.name)
		assert.Len(t, s, 100, o.name)
		_, err = o.f(101)
		assert.Equal(t, ErrMemory, err, o.name)
	}
	// Multi-byte fill: the limit counts bytes.
	_, err := Center("", 51, 'é')
	assert.Equal(t, ErrMemory, err)
	s, err := Center("", 50, 'é')
	require.NoError(t, err)
	assert.Equal(t, strings.Repeat("é", 50), s)
}

// TestHugeSizes: sizes that do not fit in an int are errors, not panics.
func TestHugeSizes(t *testing.T) {
	for _, w := range []int{maxInt, maxInt - 1, maxInt / 2, 1 << 62} {
		for _, f := range []rune{'x', 'é', '😀'} {
			_, err := Center("abc", w, f)
			assert.Equal(t, ErrMemory, err)
			_, err = LJust("abc", w, f)
			assert.Equal(t, ErrMemory, err)
			_, err = RJust("abc", w, f)
			assert.Equal(t, ErrMemory, err)
		}
		_, err := ZFill("1", w)
		assert.Equal(t, ErrMemory, err)
		_, err = BytesCenter("abc", w, 'x')
		assert.Equal(t, ErrMemory, err)
	}
	withMaxResult(t, 1<<20)
	_, err := ExpandTabs("\t\t", 1<<31-1)
	assert.Equal(t, ErrMemory, err)
	// The overflow checks themselves, with CPython's messages.
	assert.Equal(t, &Error{"OverflowError", "replace string is too long"}, checkReplaceSize(10, maxInt/2, 1, 5))
	_, err = Join("", []string{"x"}) // one item: returned as is
	require.NoError(t, err)
}
