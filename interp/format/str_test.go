package format

import "testing"

func TestGoldenStrRepr(t *testing.T) {
	m := newMismatches(t, "str_repr")
	for _, row := range loadGolden(t, "str_repr") {
		s := jstr(t, row[0])
		m.check("repr "+StrASCII(s), result{ok: true, value: row[1]}, StrRepr(s), nil)
		m.check("ascii "+StrASCII(s), result{ok: true, value: row[2]}, StrASCII(s), nil)
	}
	m.done()
}
