package format

import (
	"math/big"
	"testing"
)

var benchFloats = []float64{3.14, 0.1, 1e16, 1.5e-05, 123456.789, 2.0, -0.0, 1.7976931348623157e308}

func BenchmarkFloatRepr(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		_ = FloatRepr(benchFloats[i%len(benchFloats)])
	}
}

func BenchmarkAppendFloatRepr(b *testing.B) {
	b.ReportAllocs()
	buf := make([]byte, 0, 64)
	for i := 0; b.Loop(); i++ {
		buf = AppendFloatRepr(buf[:0], benchFloats[i%len(benchFloats)])
	}
}

func BenchmarkFormatFloatSpec(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		_, _ = FormatFloat(benchFloats[i%len(benchFloats)], ".2f", "float")
	}
}

func BenchmarkIntToStringSmall(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		_, _ = IntToString(Int{Small: int64(i) * 7919}, DefaultMaxStrDigits)
	}
}

func BenchmarkIntToStringBig(b *testing.B) {
	n := Int{Big: new(big.Int).Exp(big.NewInt(7), big.NewInt(1000), nil)} // 846 digits
	b.ReportAllocs()
	for b.Loop() {
		_, _ = IntToString(n, DefaultMaxStrDigits)
	}
}

func BenchmarkFormatIntGrouped(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		_, _ = FormatInt(Int{Small: int64(i) * 7919}, ",", "int", DefaultMaxStrDigits)
	}
}

func BenchmarkPercentD(b *testing.B) {
	args := TupleArgs(&pyObj{kind: "int", i: Int{Small: 12345}})
	b.ReportAllocs()
	for b.Loop() {
		_, _ = Percent("%d", args, DefaultMaxStrDigits)
	}
}

func BenchmarkParseInt(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = ParseInt("123456789", 10, DefaultMaxStrDigits)
	}
}

func BenchmarkParseFloat(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = ParseFloat("3.14159")
	}
}

func BenchmarkFormatString(b *testing.B) {
	r := &fmtResolver{args: []*pyObj{{kind: "int", i: Int{Small: 5}}, {kind: "str", s: "ab"}}}
	b.ReportAllocs()
	for b.Loop() {
		_, _ = FormatString("x={} y={:>4}", r)
	}
}

func BenchmarkFormatFloatSpecTypical(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = FormatFloat(3.14159, ".2f", "float")
	}
}

func BenchmarkPercentMixed(b *testing.B) {
	args := TupleArgs(&pyObj{kind: "str", s: "pi"}, &pyObj{kind: "float", f: 3.14159}, &pyObj{kind: "int", i: Int{Small: -7}})
	b.ReportAllocs()
	for b.Loop() {
		_, _ = Percent("%s=%.3f n=%5d", args, DefaultMaxStrDigits)
	}
}
