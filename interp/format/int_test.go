package format

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"
)

// goldenInt parses a decimal or 0x-prefixed golden integer.
func goldenInt(t testing.TB, s string) Int {
	t.Helper()
	b, ok := new(big.Int).SetString(s, 0)
	require.True(t, ok, "bad golden int %q", s)
	return normInt(b)
}

func TestGoldenIntText(t *testing.T) {
	m := newMismatches(t, "int_text")
	for _, row := range loadGolden(t, "int_text") {
		n := goldenInt(t, jstr(t, row[0]))
		lim := jint(t, row[1])
		d := n.String()
		if len(d) > 40 {
			d = d[:40] + "..."
		}
		m.check("bin "+d, result{ok: true, value: row[2]}, Bin(n), nil)
		m.check("oct "+d, result{ok: true, value: row[3]}, Oct(n), nil)
		m.check("hex "+d, result{ok: true, value: row[4]}, Hex(n), nil)
		s, err := IntToString(n, lim)
		m.check("str "+d, jresult(t, row[5]), s, err)
		// The big path must agree with the small one for every value.
		if !n.IsBig() {
			s2, err := IntToString(Int{Big: n.BigInt()}, lim)
			m.check("str(big) "+d, jresult(t, row[5]), s2, err)
			m.check("hex(big) "+d, result{ok: true, value: row[4]}, Hex(Int{Big: n.BigInt()}), nil)
		}
	}
	m.done()
}
