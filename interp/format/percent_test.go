package format

import (
	"testing"
)

func TestGoldenPercent(t *testing.T) {
	m := newMismatches(t, "percent")
	for _, row := range loadGolden(t, "percent") {
		f := jstr(t, row[0])
		o := decodeObj(t, row[1])
		got, err := Percent(f, percentArgs(o), DefaultMaxStrDigits)
		desc := o.repr(true)
		if len(desc) > 60 {
			desc = desc[:60] + "..."
		}
		m.check(StrRepr(f)+" % "+desc, jresult(t, row[2]), got, err)
	}
	m.done()
}
