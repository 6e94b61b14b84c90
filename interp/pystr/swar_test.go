package pystr

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestASCIICaseChunks puts every ASCII byte at every position of strings
// long enough to use the eight-byte paths. For ASCII text Python's lower
// and upper are Go's.
func TestASCIICaseChunks(t *testing.T) {
	for n := 1; n <= 20; n++ {
		for pos := range n {
			for c := range 128 {
				b := []byte(strings.Repeat("q", n))
				if pos%3 == 1 {
					b = []byte(strings.Repeat("Q", n))
				}
				b[pos] = byte(c)
				s := string(b)
				require.Equal(t, strings.ToLower(s), Lower(s), "%q", s)
				require.Equal(t, strings.ToUpper(s), Upper(s), "%q", s)
				require.Equal(t, strings.ToLower(s), Casefold(s), "%q", s)
				// A non-ASCII code point after the ASCII part.
				require.Equal(t, strings.ToLower(s)+"é", Lower(s+"É"), "%q", s)
				require.Equal(t, strings.ToUpper(s)+"É", Upper(s+"é"), "%q", s)
			}
		}
	}
}

func TestRangeMask(t *testing.T) {
	for lo := 1; lo < 128; lo += 7 {
		for hi := lo; hi < 128; hi += 5 {
			for c := range 128 {
				x := uint64(c) << 24
				want := c >= lo && c <= hi
				got := rangeMask(x, byte(lo), byte(hi))&(0x80<<24) != 0
				require.Equal(t, want, got, "lo=%d hi=%d c=%d", lo, hi, c)
			}
		}
	}
}

// TestPlain8 checks the eight-byte repr test against the byte table for
// every byte value at every position, among plain and special neighbours.
func TestPlain8(t *testing.T) {
	for _, fill := range []byte{'a', ' ', '~', 0x21, 0x26, 0x28, 0x5B, 0x5D} {
		for pos := range 8 {
			for c := range 256 {
				b := []byte(strings.Repeat(string(fill), 8))
				b[pos] = byte(c)
				s := string(b)
				want := true
				for i := range 8 {
					want = want && reprPlain[s[i]]
				}
				require.Equal(t, want, plain8(load64(s, 0)), "%q", s)
				require.Equal(t, want, isPlain(s+"xyz"), "%q", s)
			}
		}
	}
}
