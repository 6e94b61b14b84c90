package pystr

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Interesting byte sequences: valid characters of every length, encoded
// surrogates, and invalid bytes and truncated or overlong sequences.
var bytePieces = []string{
	"a", "Z", " ", "\n", "\x00", "\x7f", "é", "Σ", "日", "😀", "\U0010ffff",
	"\xed\xa0\x80", "\xed\xbf\xbf", "\xed\xb2\x80", // surrogates
	"\x80", "\xbf", "\xc0", "\xc1\xbf", "\xc3", "\xe2\x82", "\xf0\x9f\x98",
	"\xf4\x90\x80\x80", "\xf8\x88\x80\x80\x80", "\xff", "\xe0\x80\x80",
	"\xed\xa0", "\xed\x9f\xbf",
}

func randomBytes(rng *rand.Rand, n int) string {
	var b strings.Builder
	for range rng.IntN(n + 1) {
		b.WriteString(bytePieces[rng.IntN(len(bytePieces))])
	}
	return b.String()
}

// decodeAll is the reference segmentation: DecodeRune applied repeatedly.
func decodeAll(s string) (runes []rune, offs []int) {
	for i := 0; i < len(s); {
		r, size := DecodeRune(s[i:])
		runes = append(runes, r)
		offs = append(offs, i)
		i += size
	}
	return runes, offs
}

func TestDecodeRune(t *testing.T) {
	tests := []struct {
		in   string
		r    rune
		size int
	}{
		{"", 0, 0},
		{"a", 'a', 1},
		{"é", 0xE9, 2},
		{"😀x", 0x1F600, 4},
		{"\xed\xa0\x80", 0xD800, 3},
		{"\xed\xbf\xbfx", 0xDFFF, 3},
		{"\xed\x9f\xbf", 0xD7FF, 3},
		{"\xef\xbf\xbd", 0xFFFD, 3},
		{"\x80", 0xDC80, 1},
		{"\xff", 0xDCFF, 1},
		{"\xc3", 0xDCC3, 1},
		{"\xe2\x82", 0xDCE2, 1},
		{"\xed\xa0", 0xDCED, 1},
		{"\xc0\x80", 0xDCC0, 1},
		{"\xf4\x90\x80\x80", 0xDCF4, 1},
	}
	for _, tc := range tests {
		r, size := DecodeRune(tc.in)
		assert.Equal(t, tc.r, r, "%+q", tc.in)
		assert.Equal(t, tc.size, size, "%+q", tc.in)
	}
	r, size := DecodeLastRune("")
	assert.Equal(t, [2]int{0, 0}, [2]int{int(r), size})
}

func TestAppendRune(t *testing.T) {
	for _, r := range []rune{0, 'a', 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFFFF, 0x10000, MaxRune} {
		s := EncodeRune(r)
		assert.Len(t, s, RuneLen(r), "U+%04X", r)
		got, size := DecodeRune(s)
		assert.Equal(t, r, got, "U+%04X", r)
		assert.Equal(t, len(s), size)
		if r < 0xD800 || r > 0xDFFF {
			assert.Equal(t, string(r), s, "matches Go's UTF-8 for U+%04X", r)
		}
	}
	for _, r := range []rune{-1, MaxRune + 1, 0x7FFFFFFF} {
		assert.Equal(t, "\uFFFD", EncodeRune(r))
		assert.Equal(t, 3, RuneLen(r))
	}
}

// TestSegmentation checks on random byte strings that every way of walking
// a string agrees with repeated DecodeRune.
func TestSegmentation(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		s := randomBytes(rng, 12)
		runes, offs := decodeAll(s)
		n := len(runes)
		require.Equal(t, n, Len(s), "Len(%+q)", s)
		require.Equal(t, n, NewIndex(s).Len())

		// Backwards.
		var back []rune
		for j := len(s); j > 0; {
			r, size := DecodeLastRune(s[:j])
			back = append(back, r)
			j -= size
		}
		require.Equal(t, len(runes), len(back), "%+q", s)
		for i := range runes {
			require.Equal(t, runes[i], back[n-1-i], "%+q", s)
		}

		// Runes and Chars.
		k := 0
		for off, r := range Runes(s) {
			require.Equal(t, offs[k], off)
			require.Equal(t, runes[k], r)
			k++
		}
		require.Equal(t, n, k)
		k = 0
		for c := range Chars(s) {
			end := len(s)
			if k+1 < n {
				end = offs[k+1]
			}
			require.Equal(t, s[offs[k]:end], c)
			k++
		}

		// Offsets and indexing.
		x := NewIndex(s)
		for i := -n - 2; i <= n+2; i++ {
			r, ok := RuneAt(s, i)
			c, ok2 := CharAt(s, i)
			xr, xok := x.RuneAt(i)
			xc, xok2 := x.CharAt(i)
			j := i
			if j < 0 {
				j += n
			}
			inRange := j >= 0 && j < n
			require.Equal(t, inRange, ok, "RuneAt(%+q, %d)", s, i)
			require.Equal(t, inRange, ok2)
			require.Equal(t, inRange, xok)
			require.Equal(t, inRange, xok2)
			if inRange {
				require.Equal(t, runes[j], r)
				require.Equal(t, runes[j], xr)
				require.Equal(t, c, xc)
				require.True(t, strings.HasPrefix(s[offs[j]:], c))
			}
			if i >= 0 {
				want := len(s)
				if i < n {
					want = offs[i]
				}
				require.Equal(t, want, ByteOffset(s, i), "ByteOffset(%+q, %d)", s, i)
				require.Equal(t, want, x.ByteOffset(i))
				require.Equal(t, min(i, n), CharIndex(s, want))
			}
		}
	}
}

// TestSliceModel compares Slice with slicing the decoded code points, for
// every step and resolved bounds, on random valid and invalid strings.
func TestSliceModel(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 150 {
		s := randomBytes(rng, 8)
		if rng.IntN(3) == 0 {
			s = strings.Repeat("ab", rng.IntN(5))
		}
		_, offs := decodeAll(s)
		n := len(offs)
		chars := make([]string, n)
		for i := range offs {
			end := len(s)
			if i+1 < n {
				end = offs[i+1]
			}
			chars[i] = s[offs[i]:end]
		}
		x := NewIndex(s)
		for _, step := range []int{1, 2, 3, -1, -2, -5, n + 1, maxInt, minInt} {
			for a := -n - 2; a <= n+2; a++ {
				for b := -n - 2; b <= n+2; b++ {
					start, stop, cnt := AdjustSlice(n, a, b, step)
					var want strings.Builder
					st := max(step, -maxInt)
					for k, i := 0, start; k < cnt; k, i = k+1, i+st {
						want.WriteString(chars[i])
					}
					got := Slice(s, start, stop, step)
					require.Equal(t, want.String(), got, "Slice(%+q, %d, %d, %d)", s, start, stop, step)
					require.Equal(t, got, x.Slice(start, stop, step))
				}
			}
		}
		// Out-of-contract arguments do not panic.
		for _, v := range []int{minInt, -3, -1, 0, 1, n, n + 3, maxInt} {
			for _, w := range []int{minInt, -3, -1, 0, 1, n, n + 3, maxInt} {
				for _, step := range []int{0, 1, 2, -1, -2, minInt, maxInt} {
					Slice(s, v, w, step)
					x.Slice(v, w, step)
				}
			}
		}
	}
}

func TestAdjustSliceNone(t *testing.T) {
	// The caller's None defaults for step < 0 give the whole sequence
	// reversed.
	start, stop, n := AdjustSlice(5, maxInt, minInt, -1)
	assert.Equal(t, []int{4, -1, 5}, []int{start, stop, n})
	start, stop, n = AdjustSlice(5, 0, maxInt, 1)
	assert.Equal(t, []int{0, 5, 5}, []int{start, stop, n})
	start, stop, n = AdjustSlice(0, maxInt, minInt, minInt)
	assert.Equal(t, []int{-1, -1, 0}, []int{start, stop, n})
}

func TestIsASCII(t *testing.T) {
	for n := range 80 {
		s := strings.Repeat("a", n)
		assert.True(t, IsASCII(s))
		for i := range n {
			b := []byte(s)
			b[i] = 0x80
			assert.False(t, IsASCII(string(b)), "n=%d i=%d", n, i)
			assert.Equal(t, i, asciiPrefixLen(string(b)))
		}
	}
}

func TestRunesEarlyStop(t *testing.T) {
	k := 0
	for range Runes("héllo") {
		k++
		if k == 2 {
			break
		}
	}
	assert.Equal(t, 2, k)
	k = 0
	for range Chars("héllo") {
		k++
		if k == 3 {
			break
		}
	}
	assert.Equal(t, 3, k)
}

func TestValidUTF8AgreesWithGo(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 2000 {
		s := randomBytes(rng, 10)
		if !utf8.ValidString(s) {
			continue
		}
		assert.Equal(t, utf8.RuneCountInString(s), Len(s))
		k := 0
		for _, r := range s {
			got, _ := RuneAt(s, k)
			assert.Equal(t, r, got)
			k++
		}
	}
}

// refDecode is the decoding rule stated in the documentation, built on
// Go's strict UTF-8 decoder: well-formed sequences, plus ED A0..BF 80..BF
// as surrogates, plus U+DC00+b for any other byte.
func refDecode(s string) (rune, int) {
	r, n := utf8.DecodeRuneInString(s)
	if n > 1 || (n == 1 && s[0] < utf8.RuneSelf) {
		return r, n
	}
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2] >= 0x80 && s[2] <= 0xBF {
		return 0xD000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return 0xDC00 + rune(s[0]), 1
}

// TestDecodeRuneExhaustive compares DecodeRune and the length helpers with
// refDecode on every two-byte prefix (non-ASCII lead), followed by third
// and fourth bytes from every class and at every class boundary, and
// truncated at every length.
func TestDecodeRuneExhaustive(t *testing.T) {
	buf := make([]byte, 4)
	for b0 := 0x80; b0 < 0x100; b0++ {
		for b1 := 0; b1 < 0x100; b1++ {
			for _, b2 := range []int{0x00, 0x41, 0x7F, 0x80, 0x81, 0x8F, 0x90, 0x9F, 0xA0, 0xAA, 0xBF, 0xC0, 0xE0, 0xFF} {
				for _, b3 := range []byte{0x00, 0x80, 0x8F, 0x90, 0xBF, 0xC0} {
					buf[0], buf[1], buf[2], buf[3] = byte(b0), byte(b1), byte(b2), b3
					for n := 1; n <= 4; n++ {
						if n < 4 && b3 != 0 {
							continue
						}
						s := string(buf[:n])
						r, size := DecodeRune(s)
						wr, wsize := refDecode(s)
						if r != wr || size != wsize || nextLen(s, 0) != wsize || seqLen(s, 0) != wsize {
							t.Fatalf("%+q: DecodeRune (%U, %d), nextLen %d, seqLen %d; want (%U, %d)",
								s, r, size, nextLen(s, 0), seqLen(s, 0), wr, wsize)
						}
					}
				}
			}
		}
	}
}
