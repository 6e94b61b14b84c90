package pystr

import (
	"encoding/json"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// charsGolden is testdata/chars.json.gz: what CPython 3.11 says about every
// code point.
type charsGolden struct {
	UnidataVersion string              `json:"unidata_version"`
	Mappings       [][]json.RawMessage `json:"mappings"`
	DecimalValues  [][2]int            `json:"decimal_values"`
	DigitValues    [][2]int            `json:"digit_values"`
	Props          map[string][][2]int
}

func loadChars(t *testing.T) *charsGolden {
	f := openRaw(t, "chars.json.gz")
	data, err := io.ReadAll(f)
	require.NoError(t, err)
	var g charsGolden
	require.NoError(t, json.Unmarshal(data, &g))
	var all map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(data, &all))
	g.Props = map[string][][2]int{}
	for k, v := range all {
		switch k {
		case "unidata_version", "mappings", "decimal_values", "digit_values":
			continue
		}
		var r [][2]int
		require.NoError(t, json.Unmarshal(v, &r), k)
		g.Props[k] = r
	}
	return &g
}

func expand(ranges [][2]int) []bool {
	out := make([]bool, MaxRune+1)
	for _, r := range ranges {
		for c := r[0]; c <= r[1]; c++ {
			out[c] = true
		}
	}
	return out
}

func TestUnicodeVersion(t *testing.T) {
	g := loadChars(t)
	assert.Equal(t, g.UnidataVersion, UnicodeVersion)
}

// TestCharProperties compares the rune predicates, and the str predicates
// on one-character strings, with CPython for every code point.
func TestCharProperties(t *testing.T) {
	g := loadChars(t)
	type check struct {
		name string
		f    func(r rune, s string) bool
	}
	checks := map[string][]check{
		"alpha":          {{"IsAlphaRune", func(r rune, _ string) bool { return IsAlphaRune(r) }}, {"IsAlpha", func(_ rune, s string) bool { return IsAlpha(s) }}},
		"decimal":        {{"IsDecimalRune", func(r rune, _ string) bool { return IsDecimalRune(r) }}, {"IsDecimal", func(_ rune, s string) bool { return IsDecimal(s) }}},
		"digit":          {{"IsDigitRune", func(r rune, _ string) bool { return IsDigitRune(r) }}, {"IsDigit", func(_ rune, s string) bool { return IsDigit(s) }}},
		"numeric":        {{"IsNumericRune", func(r rune, _ string) bool { return IsNumericRune(r) }}, {"IsNumeric", func(_ rune, s string) bool { return IsNumeric(s) }}},
		"alnum":          {{"IsAlnumRune", func(r rune, _ string) bool { return IsAlnumRune(r) }}, {"IsAlnum", func(_ rune, s string) bool { return IsAlnum(s) }}},
		"lower":          {{"IsLowerRune", func(r rune, _ string) bool { return IsLowerRune(r) }}, {"IsLower", func(_ rune, s string) bool { return IsLower(s) }}},
		"upper":          {{"IsUpperRune", func(r rune, _ string) bool { return IsUpperRune(r) }}, {"IsUpper", func(_ rune, s string) bool { return IsUpper(s) }}},
		"title":          {{"IsTitleRune", func(r rune, _ string) bool { return IsTitleRune(r) }}},
		"istitle":        {{"IsTitle", func(_ rune, s string) bool { return IsTitle(s) }}},
		"space":          {{"IsSpaceRune", func(r rune, _ string) bool { return IsSpaceRune(r) }}, {"IsSpace", func(_ rune, s string) bool { return IsSpace(s) }}, {"SplitWhitespace", func(_ rune, s string) bool { return len(SplitWhitespace("a"+s+"b", -1)) == 2 }}, {"Strip", func(_ rune, s string) bool { return Strip(s) == "" }}},
		"printable":      {{"IsPrintableRune", func(r rune, _ string) bool { return IsPrintableRune(r) }}, {"IsPrintable", func(_ rune, s string) bool { return IsPrintable(s) }}},
		"identifier":     {{"IsIdentifier", func(_ rune, s string) bool { return IsIdentifier(s) }}, {"IsXIDStartRune", func(r rune, _ string) bool { return IsXIDStartRune(r) || r == '_' }}},
		"xid_continue":   {{"IsXIDContinueRune", func(r rune, _ string) bool { return IsXIDContinueRune(r) }}, {"IsIdentifier", func(_ rune, s string) bool { return IsIdentifier("a" + s) }}},
		"cased":          {{"IsCasedRune", func(r rune, _ string) bool { return IsCasedRune(r) }}},
		"case_ignorable": {{"IsCaseIgnorableRune", func(r rune, _ string) bool { return IsCaseIgnorableRune(r) }}},
		"linebreak":      {{"IsLineBreakRune", func(r rune, _ string) bool { return IsLineBreakRune(r) }}, {"SplitLines", func(_ rune, s string) bool { return len(SplitLines("a"+s+"b", false)) == 2 }}},
		"ascii":          {{"IsASCII", func(_ rune, s string) bool { return IsASCII(s) }}},
	}
	for name, cs := range checks {
		ranges, ok := g.Props[name]
		require.True(t, ok, "property %s missing from chars.json", name)
		want := expand(ranges)
		for _, c := range cs {
			bad := 0
			for r := rune(0); r <= MaxRune; r++ {
				if got := c.f(r, EncodeRune(r)); got != want[r] {
					if bad < 5 {
						t.Errorf("%s(U+%04X) = %v, want %v (property %s)", c.name, r, got, want[r], name)
					}
					bad++
				}
			}
			if bad > 0 {
				t.Errorf("%s: %d code points wrong", c.name, bad)
			}
		}
	}
	assert.Len(t, g.Props, len(checks), "every property in chars.json is checked")
}

// TestCharMappings compares the case operations on every one-character
// string with CPython.
func TestCharMappings(t *testing.T) {
	g := loadChars(t)
	ops := []struct {
		name string
		f    func(string) string
	}{{"Lower", Lower}, {"Upper", Upper}, {"Title", Title}, {"Casefold", Casefold}, {"Capitalize", Capitalize}, {"Swapcase", Swapcase}}
	want := make([][]string, len(ops)) // want[op][r], "" meaning unchanged
	for i := range want {
		want[i] = make([]string, MaxRune+1)
	}
	for _, m := range g.Mappings {
		var r int
		require.NoError(t, json.Unmarshal(m[0], &r))
		for i := range ops {
			var cps []rune
			require.NoError(t, json.Unmarshal(m[i+1], &cps))
			var b []byte
			for _, c := range cps {
				b = AppendRune(b, c)
			}
			want[i][r] = string(b)
		}
	}
	require.Greater(t, len(g.Mappings), 2000)
	for i, op := range ops {
		bad := 0
		for r := rune(0); r <= MaxRune; r++ {
			s := EncodeRune(r)
			w := want[i][r]
			if w == "" {
				w = s
			}
			if got := op.f(s); got != w {
				if bad < 5 {
					t.Errorf("%s(%+q) = %+q, want %+q", op.name, s, got, w)
				}
				bad++
			}
		}
		if bad > 0 {
			t.Errorf("%s: %d code points wrong", op.name, bad)
		}
	}
}

func TestDecimalDigitValues(t *testing.T) {
	g := loadChars(t)
	for _, tc := range []struct {
		name   string
		values [][2]int
		f      func(rune) int
	}{{"DecimalValue", g.DecimalValues, DecimalValue}, {"DigitValue", g.DigitValues, DigitValue}} {
		require.Greater(t, len(tc.values), 500)
		want := make([]int, MaxRune+1)
		for i := range want {
			want[i] = -1
		}
		for _, v := range tc.values {
			want[v[0]] = v[1]
		}
		bad := 0
		for r := rune(0); r <= MaxRune; r++ {
			if got := tc.f(r); got != want[r] {
				if bad < 5 {
					t.Errorf("%s(U+%04X) = %d, want %d", tc.name, r, got, want[r])
				}
				bad++
			}
		}
		assert.Zero(t, bad, tc.name)
	}
	assert.Equal(t, -1, DecimalValue(-1))
	assert.Equal(t, -1, DigitValue(MaxRune+1))
}
