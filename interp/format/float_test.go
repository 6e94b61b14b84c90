package format

import (
	"testing"
)

func TestGoldenFloatRepr(t *testing.T) {
	m := newMismatches(t, "float_repr")
	hm := newMismatches(t, "float_hex")
	for _, row := range loadGolden(t, "float_repr") {
		x := jfloat(t, row[0])
		m.check(floatBits(x), result{ok: true, value: row[1]}, FloatRepr(x), nil)
		hm.check(floatBits(x), result{ok: true, value: row[2]}, FloatHex(x), nil)
	}
	m.done()
	hm.done()
}

func TestGoldenFloatFromHex(t *testing.T) {
	m := newMismatches(t, "float_fromhex")
	for _, row := range loadGolden(t, "float_fromhex") {
		s := jstr(t, row[0])
		v, err := FloatFromHex(s)
		m.check(s, jresult(t, row[1]), floatBits(v), err)
	}
	m.done()
}

func TestGoldenFloatRound(t *testing.T) {
	m := newMismatches(t, "float_round")
	for _, row := range loadGolden(t, "float_round") {
		x := jfloat(t, row[0])
		want := jresult(t, row[2])
		if string(row[1]) == "null" {
			v, err := RoundFloatToInt(x)
			m.check("round("+FloatRepr(x)+")", want, v.String(), err)
			continue
		}
		nd := jint(t, row[1])
		v, err := RoundFloat(x, nd)
		m.check("round("+FloatRepr(x)+", "+string(row[1])+")", want, floatBits(v), err)
	}
	m.done()
}
