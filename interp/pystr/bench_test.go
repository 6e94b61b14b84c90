package pystr

import (
	"strings"
	"testing"
)

var (
	benchASCII = strings.Repeat("The quick brown fox jumps over the lazy dog. ", 23)[:1024]
	benchLatin = strings.Repeat("Le cœur déçu mais l'âme plutôt naïve, Louÿs rêva de crapaüter. ", 16)
	benchCJK   = strings.Repeat("日本語のテキストと中文字符。", 24)
	benchLine  = "  the quick brown fox\tjumps over the lazy dog  \n"
	sinkInt    int
	sinkBool   bool
	sinkStr    string
	sinkStrs   []string
)

func BenchmarkLen(b *testing.B) {
	for _, tc := range []struct{ name, s string }{{"ascii1k", benchASCII}, {"latin", benchLatin}, {"cjk", benchCJK}} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.s)))
			for b.Loop() {
				sinkInt = Len(tc.s)
			}
		})
	}
}

func BenchmarkIsASCII(b *testing.B) {
	b.SetBytes(int64(len(benchASCII)))
	for b.Loop() {
		sinkBool = IsASCII(benchASCII)
	}
}

func BenchmarkCharAt(b *testing.B) {
	b.Run("ascii-mid", func(b *testing.B) {
		for b.Loop() {
			sinkStr, _ = CharAt(benchASCII, 512)
		}
	})
	b.Run("ascii-last", func(b *testing.B) {
		for b.Loop() {
			sinkStr, _ = CharAt(benchASCII, -1)
		}
	})
	b.Run("cjk-mid", func(b *testing.B) {
		for b.Loop() {
			sinkStr, _ = CharAt(benchCJK, 150)
		}
	})
	x := NewIndex(benchCJK)
	b.Run("cjk-index-mid", func(b *testing.B) {
		for b.Loop() {
			sinkStr, _ = x.CharAt(150)
		}
	})
}

func BenchmarkIterate(b *testing.B) {
	for _, tc := range []struct{ name, s string }{{"ascii1k", benchASCII}, {"cjk", benchCJK}} {
		b.Run("Chars/"+tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.s)))
			for b.Loop() {
				n := 0
				for c := range Chars(tc.s) {
					n += len(c)
				}
				sinkInt = n
			}
		})
		b.Run("Runes/"+tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.s)))
			for b.Loop() {
				n := 0
				for _, r := range Runes(tc.s) {
					n += int(r)
				}
				sinkInt = n
			}
		})
	}
}

func BenchmarkSplitWhitespace(b *testing.B) {
	for _, tc := range []struct{ name, s string }{{"line", benchLine}, {"ascii1k", benchASCII}, {"latin", benchLatin}, {"cjk", benchCJK}} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.s)))
			b.ReportAllocs()
			for b.Loop() {
				sinkStrs = SplitWhitespace(tc.s, -1)
			}
		})
	}
	b.Run("line/strings.Fields", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkStrs = strings.Fields(benchLine)
		}
	})
}

func BenchmarkSplitSep(b *testing.B) {
	s := "alpha,beta,gamma,delta,epsilon,zeta,eta,theta"
	b.ReportAllocs()
	for b.Loop() {
		sinkStrs, _ = Split(s, ",", -1)
	}
}

func BenchmarkStrip(b *testing.B) {
	b.Run("ascii", func(b *testing.B) {
		for b.Loop() {
			sinkStr = Strip(benchLine)
		}
	})
	b.Run("nonascii", func(b *testing.B) {
		s := "\u3000 日本語 \u3000\n"
		for b.Loop() {
			sinkStr = Strip(s)
		}
	})
	b.Run("chars", func(b *testing.B) {
		for b.Loop() {
			sinkStr = StripChars("xxyhello worldyxx", "xy")
		}
	})
	b.Run("strings.TrimSpace", func(b *testing.B) {
		for b.Loop() {
			sinkStr = strings.TrimSpace(benchLine)
		}
	})
}

func BenchmarkFind(b *testing.B) {
	b.Run("ascii1k", func(b *testing.B) {
		for b.Loop() {
			sinkInt = Find(benchASCII, "lazy dog!", NoStart, NoEnd)
		}
	})
	b.Run("ascii1k-found-late", func(b *testing.B) {
		for b.Loop() {
			sinkInt = Find(benchASCII, "over the lazy dog. The q", 900, NoEnd)
		}
	})
	b.Run("ascii1k-start-end", func(b *testing.B) {
		for b.Loop() {
			sinkInt = Find(benchASCII, "fox", 100, -100)
		}
	})
	b.Run("cjk", func(b *testing.B) {
		for b.Loop() {
			sinkInt = Find(benchCJK, "中文字符。日", NoStart, NoEnd)
		}
	})
	b.Run("cjk-start-end", func(b *testing.B) {
		for b.Loop() {
			sinkInt = Find(benchCJK, "中文", 100, -10)
		}
	})
	b.Run("strings.Index/ascii1k", func(b *testing.B) {
		for b.Loop() {
			sinkInt = strings.Index(benchASCII, "lazy dog!")
		}
	})
}

func BenchmarkCount(b *testing.B) {
	for b.Loop() {
		sinkInt = Count(benchASCII, "o", NoStart, NoEnd)
	}
}

func BenchmarkCase(b *testing.B) {
	lower := strings.ToLower(benchASCII)
	for _, tc := range []struct {
		name string
		f    func(string) string
		s    string
	}{
		{"Lower/ascii-unchanged", Lower, lower},
		{"Lower/ascii", Lower, benchASCII},
		{"Upper/ascii", Upper, benchASCII},
		{"Lower/latin", Lower, benchLatin},
		{"Upper/latin", Upper, benchLatin},
		{"Upper/cjk", Upper, benchCJK},
		{"Title/ascii", Title, benchASCII},
		{"Casefold/latin", Casefold, benchLatin},
		{"strings.ToLower/ascii", strings.ToLower, benchASCII},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.s)))
			b.ReportAllocs()
			for b.Loop() {
				sinkStr = tc.f(tc.s)
			}
		})
	}
}

func BenchmarkIsAlpha(b *testing.B) {
	b.Run("ascii", func(b *testing.B) {
		for b.Loop() {
			sinkBool = IsAlnum("identifier123")
		}
	})
	b.Run("IsIdentifier", func(b *testing.B) {
		for b.Loop() {
			sinkBool = IsIdentifier("some_identifier_name")
		}
	})
}

func BenchmarkRepr(b *testing.B) {
	for _, tc := range []struct{ name, s string }{
		{"plain", "hello world"},
		{"escapes", "it's a\ttab\n"},
		{"latin", "naïve café"},
		{"ascii1k", benchASCII},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkStr = Repr(tc.s)
			}
		})
	}
	b.Run("AppendRepr/plain", func(b *testing.B) {
		buf := make([]byte, 0, 64)
		b.ReportAllocs()
		for b.Loop() {
			buf = AppendRepr(buf[:0], "hello world")
		}
	})
}

func BenchmarkReplace(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkStr, _ = Replace(benchASCII, "fox", "cat", -1)
	}
}

func BenchmarkSlice(b *testing.B) {
	b.Run("ascii-step1", func(b *testing.B) {
		for b.Loop() {
			sinkStr = Slice(benchASCII, 100, 200, 1)
		}
	})
	b.Run("ascii-reverse", func(b *testing.B) {
		for b.Loop() {
			sinkStr = Slice(benchASCII, 1023, -1, -1)
		}
	})
	b.Run("cjk-step1", func(b *testing.B) {
		for b.Loop() {
			sinkStr = Slice(benchCJK, 100, 200, 1)
		}
	})
}
