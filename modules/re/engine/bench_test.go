package engine

import (
	"fmt"
	"strings"
	"testing"
)

// benchText is a long ASCII text with words, numbers and addresses, in
// which the benchmarks search.
var benchText = func() []byte {
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
	var sb strings.Builder
	for i := 0; i < 5000; i++ {
		w := words[i%8]
		fmt.Fprintf(&sb, "%s %d %s.%s@example%d.com, %s-%d; ", w, i, w, words[(i*3)%8], i%7, w, i)
	}
	sb.WriteString("NEEDLE")
	return []byte(sb.String())
}()

func benchProg(b *testing.B, pattern string) *Program {
	prog, _, err := Compile([]rune(pattern), false, FlagUnicode, ParseOptions{})
	if err != nil {
		b.Fatal(err)
	}
	return prog
}

// benchAll counts the matches of pattern over the text, as findall does.
func benchAll(b *testing.B, pattern string) {
	prog := benchProg(b, pattern)
	b.SetBytes(int64(len(benchText)))
	for i := 0; i < b.N; i++ {
		st := NewBytesState(prog, benchText, 0, len(benchText), Options{})
		n := 0
		for !st.Done() {
			ok, err := st.Search()
			if err != nil {
				b.Fatal(err)
			}
			if !ok {
				break
			}
			n++
			st.Next()
		}
		if n == 0 {
			b.Fatal("no match")
		}
	}
}

func BenchmarkLiteralSearch(b *testing.B) {
	prog := benchProg(b, "NEEDLE")
	b.SetBytes(int64(len(benchText)))
	for i := 0; i < b.N; i++ {
		st := NewBytesState(prog, benchText, 0, len(benchText), Options{})
		if ok, err := st.Search(); !ok || err != nil {
			b.Fatal("no match", err)
		}
	}
}

func BenchmarkWordFindall(b *testing.B)  { benchAll(b, `\w+`) }
func BenchmarkSplitPoints(b *testing.B)  { benchAll(b, `[,;]\s*`) }
func BenchmarkGroupSub(b *testing.B)     { benchAll(b, `(\w+)-(\d+)`) }
func BenchmarkEmailFindall(b *testing.B) { benchAll(b, `[\w.+-]+@[\w-]+\.[\w.]+`) }
func BenchmarkIgnoreCase(b *testing.B)   { benchAll(b, `(?i)THETA`) }

// BenchmarkBacktrack is a pattern that backtracks much on every attempt.
func BenchmarkBacktrack(b *testing.B) {
	prog := benchProg(b, `(a|aa)*c`)
	s := []byte(strings.Repeat("a", 22))
	for i := 0; i < b.N; i++ {
		st := NewBytesState(prog, s, 0, len(s), Options{})
		if ok, err := st.Match(); ok || err != nil {
			b.Fatal("matched", err)
		}
	}
}

func BenchmarkCompile(b *testing.B) {
	p := []rune(`(?P<user>[\w.+-]+)@(?P<host>[\w-]+(?:\.[\w-]+)+)|\d{1,3}(?:\.\d{1,3}){3}`)
	for i := 0; i < b.N; i++ {
		if _, _, err := Compile(p, false, FlagUnicode, ParseOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
