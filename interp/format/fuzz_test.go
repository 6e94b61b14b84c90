package format

import (
	"errors"
	"math"
	"testing"
	"unicode/utf8"
)

// longDigitRun reports whether s has more than four digits in a row: such
// inputs ask for widths of megabytes, which are valid but make fuzzing slow.
func longDigitRun(s string) bool {
	run := 0
	for _, r := range s {
		if pyDecimal(r) >= 0 {
			run++
			if run > 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// checkErr fails unless err is nil or one of this package's errors.
func checkErr(t *testing.T, err error) {
	t.Helper()
	if err == nil {
		return
	}
	var fe *Error
	if !errors.As(err, &fe) {
		t.Fatalf("foreign error %T %v", err, err)
	}
	if fe.Type == "" {
		t.Fatalf("error without a type: %v", err)
	}
}

func FuzzFormatSpec(f *testing.F) {
	for _, s := range []string{"", "d", "x", "#_x", "*^+z#012,.3f", "0=10", "é<5", ".0%", "n", "c", ",", "_b", "1.2.3", "z", "\x00", "💩>9s"} {
		f.Add(s, 1234.5, int64(-42))
	}
	f.Fuzz(func(t *testing.T, spec string, x float64, n int64) {
		if longDigitRun(spec) {
			t.Skip()
		}
		s, err := FormatFloat(x, spec, "float")
		checkErr(t, err)
		if err == nil && !utf8.ValidString(s) && utf8.ValidString(spec) {
			t.Fatalf("invalid UTF-8 from valid spec: %q", s)
		}
		_, err = FormatInt(Int{Small: n}, spec, "int", DefaultMaxStrDigits)
		checkErr(t, err)
		small, err1 := FormatInt(Int{Small: n}, spec, "int", DefaultMaxStrDigits)
		big, err2 := FormatInt(Int{Big: Int{Small: n}.BigInt()}, spec, "int", DefaultMaxStrDigits)
		if small != big || (err1 == nil) != (err2 == nil) {
			t.Fatalf("int64 and big.Int paths differ for %q: %q/%v vs %q/%v", spec, small, err1, big, err2)
		}
		_, err = FormatComplex(x, -x, spec, "complex")
		checkErr(t, err)
		_, err = FormatStr("héllo", spec, "str")
		checkErr(t, err)
	})
}

func FuzzParseInt(f *testing.F) {
	for _, s := range []string{"0", "-12_3", "0x_ff", "0b101", " ١٢ ", "9223372036854775808", "0_0", "010", "1__0", "z"} {
		f.Add(s, 0)
		f.Add(s, 10)
		f.Add(s, 36)
	}
	f.Fuzz(func(t *testing.T, s string, base int) {
		v, err := ParseInt(s, base, DefaultMaxStrDigits)
		checkErr(t, err)
		if err != nil {
			return
		}
		if v.IsBig() && v.Big.IsInt64() {
			t.Fatalf("big result that fits: %q", s)
		}
		// The decimal text of the result must parse back to itself.
		d, err := IntToString(v, 0)
		checkErr(t, err)
		w, err := ParseInt(d, 10, 0)
		if err != nil || w.String() != d {
			t.Fatalf("round trip of %q via %q failed: %v", s, d, err)
		}
	})
}

func FuzzParseFloat(f *testing.F) {
	for _, s := range []string{"1.5", "-inf", "nAn", "1_0.0_1e-1_0", " 1e500 ", ".5", "5.", "١.٥", "0x1p3", "1e", "_1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		x, err := ParseFloat(s)
		checkErr(t, err)
		if err != nil || math.IsNaN(x) {
			return
		}
		y, err := ParseFloat(FloatRepr(x))
		if err != nil || math.Float64bits(x) != math.Float64bits(y) {
			t.Fatalf("repr round trip failed for %q: %v %v %v", s, x, y, err)
		}
		_, err = FloatFromHex(s)
		checkErr(t, err)
	})
}

func FuzzFloatBits(f *testing.F) {
	for _, u := range []uint64{0, 1 << 63, 0x7ff0000000000000, 0x7ff8000000000000, 1, 0x3ff0000000000000, 0x4340000000000000} {
		f.Add(u, 2)
	}
	f.Fuzz(func(t *testing.T, u uint64, nd int) {
		x := math.Float64frombits(u)
		if math.IsNaN(x) {
			return
		}
		y, err := ParseFloat(FloatRepr(x))
		if err != nil || math.Float64bits(x) != math.Float64bits(y) {
			t.Fatalf("repr round trip failed for %x: %q", u, FloatRepr(x))
		}
		z, err := FloatFromHex(FloatHex(x))
		if err != nil || math.Float64bits(x) != math.Float64bits(z) {
			t.Fatalf("hex round trip failed for %x: %q", u, FloatHex(x))
		}
		_, err = RoundFloat(x, nd%700)
		checkErr(t, err)
		_, err = RoundFloatToInt(x)
		checkErr(t, err)
	})
}

func fuzzArgs() []Arg {
	return []Arg{
		&pyObj{kind: "int", i: Int{Small: 42}},
		&pyObj{kind: "float", f: -2.5},
		&pyObj{kind: "str", s: "é"},
		&pyObj{kind: "int", i: Int{Small: -7}},
	}
}

func FuzzPercent(f *testing.F) {
	for _, s := range []string{"%s", "%(a)s", "%*.*f", "%-#010x", "%c%c", "%", "%%", "%5%", "%.3r", "% +d"} {
		f.Add(s, true)
		f.Add(s, false)
	}
	dict := &pyObj{kind: "dict", keys: []string{"a"}, fields: map[string]*pyObj{"a": {kind: "int", i: Int{Small: 1}}}}
	f.Fuzz(func(t *testing.T, format string, tuple bool) {
		if longDigitRun(format) {
			t.Skip()
		}
		var args Args
		if tuple {
			args = TupleArgs(fuzzArgs()...)
		} else {
			args = percentArgs(dict)
		}
		_, err := Percent(format, args, DefaultMaxStrDigits)
		if err != nil {
			var fe *Error
			if !errors.As(err, &fe) {
				t.Fatalf("foreign error %v", err)
			}
		}
	})
}

func FuzzStrFormat(f *testing.F) {
	for _, s := range []string{"{}", "{0[1]!r:>{1}}", "{a.b}", "{{}}", "{:{:{}}}", "{0:", "}", "{!", "{0[}"} {
		f.Add(s)
	}
	r := &fmtResolver{
		args: []*pyObj{{kind: "int", i: Int{Small: 5}}, {kind: "str", s: "ab"},
			{kind: "list", items: []*pyObj{{kind: "float", f: 1.5}}}},
		kwargs: &pyObj{kind: "dict", fields: map[string]*pyObj{"a": {kind: "ns", fields: map[string]*pyObj{"b": {kind: "int", i: Int{Small: 3}}}}}},
	}
	f.Fuzz(func(t *testing.T, s string) {
		if longDigitRun(s) {
			t.Skip()
		}
		_, err := FormatString(s, r)
		if err != nil {
			var fe *Error
			if !errors.As(err, &fe) {
				t.Fatalf("foreign error %v", err)
			}
		}
		it := NewMarkupIter(s)
		for k := 0; k < len(s)+2; k++ {
			c, ok, err := it.Next()
			if err != nil || !ok {
				break
			}
			fn, err := SplitFieldName(c.FieldName, nil)
			if err != nil {
				continue
			}
			for {
				if _, ok, err := fn.Next(); err != nil || !ok {
					break
				}
			}
		}
	})
}
