package compile

import (
	"testing"

	"github.com/gilpy/gilpy/interp/syntax/ast"
)

// benchModule builds a module of at least minLines lines from the golden
// programs' trees (each loaded afresh, so no node is shared).
func benchModule(b *testing.B, minLines int) (*ast.Module, int) {
	t := &testing.T{}
	progs := loadGoldens(t)
	mod := &ast.Module{}
	lines := 0
	for lines < minLines {
		for _, g := range progs {
			if g.Mode != "exec" || g.Name == "future_annotations" || g.Name == "misc" {
				continue
			}
			n, err := astFromJSON(g.AST)
			if err != nil {
				b.Fatal(err)
			}
			body := n.(*ast.Module).Body
			if len(body) > 0 {
				lines += body[len(body)-1].GetPos().EndLineno
			}
			mod.Body = append(mod.Body, body...)
		}
	}
	return mod, lines
}

func BenchmarkCompile(b *testing.B) {
	mod, lines := benchModule(b, 5000)
	if _, err := Compile(mod, "bench.py", ModeExec, 0); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Compile(mod, "bench.py", ModeExec, 0); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(lines), "lines/op")
}
