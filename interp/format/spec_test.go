package format

import (
	"testing"
)

func TestGoldenFormatFloat(t *testing.T) {
	m := newMismatches(t, "format_float")
	for _, row := range loadGolden(t, "format_float") {
		x := jfloat(t, row[0])
		spec := jstr(t, row[1])
		got, err := FormatFloat(x, spec, "float")
		m.check("format("+FloatRepr(x)+", "+StrRepr(spec)+")", jresult(t, row[2]), got, err)
	}
	m.done()
}

func TestGoldenFormatInt(t *testing.T) {
	m := newMismatches(t, "format_int")
	for _, row := range loadGolden(t, "format_int") {
		typ := jstr(t, row[0])
		n := goldenInt(t, jstr(t, row[1]))
		spec := jstr(t, row[2])
		want := jresult(t, row[3])
		if typ == "bool" && spec == "" {
			continue // str(True) is the object layer's business
		}
		desc := n.String()
		if len(desc) > 50 {
			desc = desc[:50] + "..."
		}
		got, err := FormatInt(n, spec, typ, DefaultMaxStrDigits)
		m.check("format("+desc+", "+StrRepr(spec)+")", want, got, err)
		if !n.IsBig() {
			got, err := FormatInt(Int{Big: n.BigInt()}, spec, typ, DefaultMaxStrDigits)
			m.check("format(big "+desc+", "+StrRepr(spec)+")", want, got, err)
		}
	}
	m.done()
}

func TestGoldenFormatComplex(t *testing.T) {
	m := newMismatches(t, "format_complex")
	for _, row := range loadGolden(t, "format_complex") {
		re, im := jfloat(t, row[0]), jfloat(t, row[1])
		spec := jstr(t, row[2])
		got, err := FormatComplex(re, im, spec, "complex")
		m.check("format(complex("+FloatRepr(re)+", "+FloatRepr(im)+"), "+StrRepr(spec)+")", jresult(t, row[3]), got, err)
	}
	m.done()
}

func TestGoldenFormatStr(t *testing.T) {
	m := newMismatches(t, "format_str")
	for _, row := range loadGolden(t, "format_str") {
		s := jstr(t, row[0])
		spec := jstr(t, row[1])
		got, err := FormatStr(s, spec, "str")
		m.check("format("+StrRepr(s)+", "+StrRepr(spec)+")", jresult(t, row[2]), got, err)
	}
	m.done()
}
