package pystr

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// validWTF8 reports whether s decodes without invalid bytes (surrogates
// allowed).
func validWTF8(s string) bool {
	for i := 0; i < len(s); {
		r, size := DecodeRune(s[i:])
		if size == 1 && r >= invalidBase+0x80 && r <= invalidBase+0xFF {
			return false
		}
		i += size
	}
	return true
}

func fuzzSeeds(f *testing.F) {
	seeds := []string{"", "a", "hello world", "  a b  ", "Straße", "ΣΑΣ aΣ", "日本語",
		"😀👍🏽", "\xed\xa0\x80", "\x80\xff", "a\r\nb\x85c\u2028", "\t-1\t",
		"İ ﬁ ǅ", "mississippi", "'\"\\", "a,b,,c"}
	for i, s := range seeds {
		f.Add(s, seeds[(i+3)%len(seeds)][:min(2, len(seeds[(i+3)%len(seeds)]))], i-3, i*7-20, i%5-2)
	}
}

// FuzzStr runs the str functions on arbitrary strings: nothing may panic,
// and results must satisfy invariants that hold for every input.
func FuzzStr(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(checkStr)
}

func checkStr(t *testing.T, s, sub string, a, b, c int) {
	old := MaxResultBytes
	MaxResultBytes = 1 << 16
	defer func() { MaxResultBytes = old }()

	n := Len(s)
	k := 0
	for range Runes(s) {
		k++
	}
	if k != n {
		t.Fatalf("Len %d, Runes %d", n, k)
	}
	valid := validWTF8(s)
	subValid := validWTF8(sub)

	// Indexing.
	CharAt(s, a)
	RuneAt(s, b)
	x := NewIndex(s)
	if c1, ok := x.CharAt(a); ok {
		if c2, _ := CharAt(s, a); c1 != c2 {
			t.Fatalf("Index.CharAt %q vs CharAt %q", c1, c2)
		}
	}
	step := c
	if step == 0 {
		step = 1
	}
	start, stop, cnt := AdjustSlice(n, a, b, step)
	// (Reordering stray bytes of invalid input may join them into a
	// valid sequence, so the length only holds for valid input.)
	if got := Len(Slice(s, start, stop, step)); got != cnt && valid {
		t.Fatalf("Slice length %d, want %d", got, cnt)
	}
	Slice(s, a, b, c)
	ByteOffset(s, a)
	CharIndex(s, b)

	// Search.
	for _, fn := range []func(string, string, int, int) int{Find, RFind} {
		i := fn(s, sub, a, b)
		if i < -1 || i > n {
			t.Fatalf("find result %d out of range", i)
		}
		if i >= 0 && valid && subValid && !strings.HasPrefix(s[ByteOffset(s, i):], sub) {
			t.Fatalf("find: %q not at %d of %q", sub, i, s)
		}
	}
	if i := Find(s, sub, NoStart, NoEnd); (i >= 0) != strings.Contains(s, sub) {
		t.Fatalf("Find/Contains disagree")
	}
	// (A needle that is not valid UTF-8 is matched bytewise and may match
	// several times inside one code point.)
	if cnt := Count(s, sub, a, b); cnt < 0 || (cnt > n+1 && subValid) {
		t.Fatalf("Count %d", cnt)
	}
	if sub != "" && Count(s, sub, NoStart, NoEnd) != strings.Count(s, sub) {
		t.Fatalf("Count disagrees with strings.Count")
	}
	StartsWith(s, sub, a, b)
	EndsWith(s, sub, a, b)
	StartsWithAny(s, []string{sub, "a"}, a, b)
	EndsWithAny(s, []string{sub, ""}, b, a)
	if r, err := Replace(s, sub, "<>", c); err == nil && sub != "" && c < 0 && r != strings.ReplaceAll(s, sub, "<>") {
		t.Fatalf("Replace")
	}
	if r, err := Replace(s, "", "|", c); err == nil && c < 0 && Len(r) != 2*n+1 {
		t.Fatalf("Replace empty: %q", r)
	}

	// Split family: joining the pieces gives back s.
	if sub != "" {
		p, _ := Split(s, sub, c)
		if j, _ := Join(sub, p); j != s {
			t.Fatalf("Split/Join")
		}
		p, _ = RSplit(s, sub, c)
		if j, _ := Join(sub, p); j != s {
			t.Fatalf("RSplit/Join")
		}
		h, m, tl, _ := Partition(s, sub)
		if h+m+tl != s {
			t.Fatalf("Partition")
		}
		h, m, tl, _ = RPartition(s, sub)
		if h+m+tl != s {
			t.Fatalf("RPartition")
		}
	}
	if strings.Join(SplitLines(s, true), "") != s {
		t.Fatalf("SplitLines keepends")
	}
	SplitLines(s, false)
	w1 := SplitWhitespace(s, c)
	w2 := RSplitWhitespace(s, c)
	if c < 0 && strings.Join(w1, " ") != strings.Join(w2, " ") {
		t.Fatalf("split/rsplit without limit differ")
	}
	for _, p := range SplitWhitespace(s, -1) {
		if p == "" || Strip(p) != p {
			t.Fatalf("whitespace piece %q", p)
		}
	}

	// Strip.
	st := Strip(s)
	if st != RStrip(LStrip(s)) || !strings.Contains(s, st) {
		t.Fatalf("Strip")
	}
	if st != "" {
		r0, _ := DecodeRune(st)
		r1, _ := DecodeLastRune(st)
		if IsSpaceRune(r0) || IsSpaceRune(r1) {
			t.Fatalf("Strip left whitespace")
		}
	}
	StripChars(s, sub)
	LStripChars(s, sub)
	RStripChars(s, sub)

	// Case and predicates: valid input gives valid output.
	for _, fn := range []func(string) string{Lower, Upper, Casefold, Swapcase, Capitalize, Title} {
		if r := fn(s); valid && !validWTF8(r) {
			t.Fatalf("case mapping made invalid output %q", r)
		}
	}
	for _, fn := range []func(string) bool{IsAlnum, IsAlpha, IsDecimal, IsDigit, IsNumeric,
		IsSpace, IsPrintable, IsIdentifier, IsLower, IsUpper, IsTitle, IsASCII} {
		fn(s)
	}

	// Padding.
	width := a % 300
	fill, _ := DecodeRune(sub + " ")
	for _, fn := range []func(string, int, rune) (string, error){Center, LJust, RJust} {
		r, err := fn(s, width, fill)
		if err == nil && Len(r) != max(width, n) {
			t.Fatalf("padding to %d gave %d code points", width, Len(r))
		}
	}
	if r, err := ZFill(s, width); err == nil && Len(r) != max(width, n) {
		t.Fatalf("ZFill")
	}
	if r, err := ExpandTabs(s, c%40); err == nil && !strings.Contains(s, "\t") && r != s {
		t.Fatalf("ExpandTabs without tabs changed the string")
	}

	// repr and ascii are always valid UTF-8; ascii is ASCII.
	if r := Repr(s); !utf8.ValidString(r) {
		t.Fatalf("Repr invalid: %q", r)
	}
	if r := ASCII(s); !IsASCII(r) {
		t.Fatalf("ASCII not ASCII: %q", r)
	}
	if !utf8.ValidString(BytesRepr(s)) || !IsASCII(BytesRepr(s)) {
		t.Fatalf("BytesRepr")
	}

	// Translate.
	if e, err := MakeTrans(s, sub, ""); err == nil {
		m := map[rune]string{}
		for _, it := range e {
			m[it.Key] = EncodeRune(it.Value)
		}
		Translate(s, m)
	}
}

// FuzzBytes runs the bytes functions on arbitrary bytes.
func FuzzBytes(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(checkBytes)
}

func checkBytes(t *testing.T, s, sub string, a, b, c int) {
	old := MaxResultBytes
	MaxResultBytes = 1 << 16
	defer func() { MaxResultBytes = old }()

	for _, fn := range []func(string, string, int, int) int{BytesFind, BytesRFind} {
		i := fn(s, sub, a, b)
		if i < -1 || i > len(s) || (i >= 0 && !strings.HasPrefix(s[i:], sub)) {
			t.Fatalf("find result %d", i)
		}
	}
	BytesCount(s, sub, a, b)
	BytesStartsWith(s, sub, a, b)
	BytesEndsWith(s, sub, a, b)
	BytesStartsWithAny(s, []string{sub}, a, b)
	BytesEndsWithAny(s, []string{sub}, a, b)
	if r, err := BytesReplace(s, "", "|", c); err == nil && c < 0 && len(r) != 2*len(s)+1 {
		t.Fatalf("BytesReplace empty")
	}
	BytesReplace(s, sub, "xy", c)
	if strings.Join(BytesSplitLines(s, true), "") != s {
		t.Fatalf("BytesSplitLines")
	}
	BytesSplitLines(s, false)
	BytesSplitWhitespace(s, c)
	BytesRSplitWhitespace(s, c)
	BytesStrip(s)
	BytesStripChars(s, sub)
	BytesLStripChars(s, sub)
	BytesRStripChars(s, sub)
	width := a % 300
	for _, fn := range []func(string, int, byte) (string, error){BytesCenter, BytesLJust, BytesRJust} {
		if r, err := fn(s, width, '*'); err == nil && len(r) != max(width, len(s)) {
			t.Fatalf("bytes padding")
		}
	}
	BytesZFill(s, width)
	BytesExpandTabs(s, c%40)
	for _, fn := range []func(string) string{BytesLower, BytesUpper, BytesSwapcase, BytesCapitalize, BytesTitle} {
		if r := fn(s); len(r) != len(s) {
			t.Fatalf("bytes case mapping changed the length")
		}
	}
	for _, fn := range []func(string) bool{BytesIsAlnum, BytesIsAlpha, BytesIsDigit, BytesIsLower,
		BytesIsUpper, BytesIsSpace, BytesIsTitle} {
		fn(s)
	}
	if tbl, err := BytesMakeTrans(sub, sub); err == nil {
		if r, err := BytesTranslate(s, tbl, ""); err != nil || r != s {
			t.Fatalf("identity translation changed the bytes")
		}
	}
	BytesDelete(s, sub)
}

// TestRandomInvariants runs the fuzz checks on deterministic random inputs
// built from interesting byte sequences and boundary integers, so that the
// invariants are exercised by every "go test".
func TestRandomInvariants(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	ints := []int{0, 1, -1, 2, -2, 5, 100, -100, maxInt, minInt, maxInt - 1, minInt + 1, 1 << 40, -(1 << 40)}
	pick := func() int {
		switch rng.IntN(3) {
		case 0:
			return ints[rng.IntN(len(ints))]
		case 1:
			return int(rng.Int64())
		}
		return rng.IntN(60) - 30
	}
	for range 20000 {
		s, sub := randomBytes(rng, 20), randomBytes(rng, 2)
		a, b, c := pick(), pick(), pick()
		if !t.Run("", func(t *testing.T) { checkStr(t, s, sub, a, b, c) }) {
			t.Fatalf("str inputs %+q %+q %d %d %d", s, sub, a, b, c)
		}
		if !t.Run("", func(t *testing.T) { checkBytes(t, s, sub, a, b, c) }) {
			t.Fatalf("bytes inputs %+q %+q %d %d %d", s, sub, a, b, c)
		}
	}
}
