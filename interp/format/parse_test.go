package format

import (
	"strconv"
	"testing"
)

func TestGoldenParseInt(t *testing.T) {
	m := newMismatches(t, "parse_int")
	for _, row := range loadGolden(t, "parse_int") {
		s := jstr(t, row[0])
		base := jint(t, row[1])
		lim := jint(t, row[2])
		v, err := ParseInt(s, base, lim)
		desc := StrASCII(s)
		if len(desc) > 60 {
			desc = desc[:60] + "..."
		}
		m.check(desc+" base "+strconv.Itoa(base)+" limit "+strconv.Itoa(lim), jresult(t, row[3]), v.String(), err)
		if err == nil && v.IsBig() && v.Big.IsInt64() {
			t.Errorf("ParseInt(%q) returned a big Int that fits in int64", s)
		}
	}
	m.done()
}

func TestGoldenParseFloat(t *testing.T) {
	m := newMismatches(t, "parse_float")
	for _, row := range loadGolden(t, "parse_float") {
		s := jstr(t, row[0])
		v, err := ParseFloat(s)
		m.check(StrASCII(s), jresult(t, row[1]), floatBits(v), err)
	}
	m.done()
}
