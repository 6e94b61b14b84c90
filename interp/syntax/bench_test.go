package syntax

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// benchSource concatenates the test programs until they make at least
// 5000 lines.
func benchSource(b *testing.B) ([]byte, int) {
	files, _ := filepath.Glob("testdata/programs/*.py")
	var src []byte
	for len(src) == 0 || bytes.Count(src, []byte{'\n'}) < 5000 {
		for _, f := range files {
			switch filepath.Base(f) {
			case "bom.py", "latin1.py", "crlf.py":
				continue
			}
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			src = append(src, data...)
		}
	}
	return src, bytes.Count(src, []byte{'\n'})
}

func BenchmarkParse(b *testing.B) {
	src, lines := benchSource(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Parse(src, "bench.py", Exec); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(lines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
}

func BenchmarkTokenize(b *testing.B) {
	src, lines := benchSource(b)
	norm, err := prepare(src, "bench.py", false)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, terr := tokenize(norm, "bench.py"); terr != nil {
			b.Fatal(terr.err)
		}
	}
	b.ReportMetric(float64(lines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
}
