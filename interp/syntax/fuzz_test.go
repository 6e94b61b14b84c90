package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gilpy/gilpy/interp/syntax/ast"
)

// addSeeds adds the test sources as seeds of a fuzz target.
func addSeeds(f *testing.F) {
	progs, _ := filepath.Glob("testdata/programs/*.py")
	for _, p := range progs {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	cases, _ := filepath.Glob("testdata/cases/*.txt")
	for _, c := range cases {
		if b, err := os.ReadFile(c); err == nil {
			for _, s := range splitCases(string(b)) {
				f.Add([]byte(s))
			}
		}
	}
}

// FuzzTokenize checks that the tokenizer never panics and that its tokens
// stay inside the source, in order.
func FuzzTokenize(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		norm, err := prepare(src, "fuzz.py", false)
		if err != nil {
			return
		}
		toks, terr := tokenize(norm, "fuzz.py")
		prev := int32(0)
		for _, tk := range toks {
			if tk.start < prev || tk.end < tk.start || int(tk.end) > len(norm) {
				t.Fatalf("token %v out of order or range: %d..%d (prev %d, len %d)", tk.kind, tk.start, tk.end, prev, len(norm))
			}
			prev = tk.start
		}
		if terr == nil && (len(toks) == 0 || toks[len(toks)-1].kind != tkEndmarker) {
			t.Fatalf("tokens do not end with ENDMARKER")
		}
		if terr != nil && terr.err == nil {
			t.Fatalf("tokenizer error without a SyntaxError")
		}
	})
}

// FuzzParse checks that parsing never panics, that every error is a
// *SyntaxError with a message and a position, and that a tree dumps.
func FuzzParse(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, mode := range []Mode{Exec, Eval, Single} {
			mod, err := Parse(src, "fuzz.py", mode)
			if err != nil {
				se, ok := err.(*SyntaxError)
				if !ok {
					t.Fatalf("error %T is not a *SyntaxError", err)
				}
				if se.Msg == "" || se.Lineno < 0 {
					t.Fatalf("bad error %#v", se)
				}
				if mod != nil {
					t.Fatalf("tree and error both returned")
				}
				continue
			}
			d := ast.Dump(mod)
			if !strings.HasPrefix(d, "Module(") && !strings.HasPrefix(d, "Expression(") && !strings.HasPrefix(d, "Interactive(") {
				t.Fatalf("odd dump %q", d)
			}
			ast.Inspect(mod, func(n ast.Node) bool {
				if p, ok := n.(interface{ GetPos() *ast.Pos }); ok {
					pos := p.GetPos()
					if pos.Lineno < 1 || pos.EndLineno < pos.Lineno || pos.ColOffset < 0 {
						t.Fatalf("bad position %+v in %T", *pos, n)
					}
				}
				return true
			})
		}
	})
}
