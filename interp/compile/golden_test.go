package compile

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/gilpy/gilpy/interp/syntax/ast"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// goldenProgram is one testdata/golden/NAME.json file.
type goldenProgram struct {
	Name     string
	Mode     string          `json:"mode"`
	AST      json.RawMessage `json:"ast"`
	Symtable *goldenTable    `json:"symtable"`
	Code     []goldenCode    `json:"code"`
}

type goldenTable struct {
	Type      string              `json:"type"`
	Name      string              `json:"name"`
	Lineno    int                 `json:"lineno"`
	Optimized bool                `json:"optimized"`
	Nested    bool                `json:"nested"`
	Symbols   map[string][]string `json:"symbols"`
	Children  []*goldenTable      `json:"children"`
}

type goldenCode struct {
	Name      string   `json:"name"`
	QualName  string   `json:"qualname"`
	FirstLine int      `json:"firstlineno"`
	Flags     uint32   `json:"flags"`
	ArgCount  int      `json:"argcount"`
	PosOnly   int      `json:"posonlyargcount"`
	KwOnly    int      `json:"kwonlyargcount"`
	VarNames  []string `json:"varnames"`
	CellVars  []string `json:"cellvars"`
	FreeVars  []string `json:"freevars"`
	Names     []string `json:"names"`
	Consts    []any    `json:"consts"`
	Instrs    [][]any  `json:"instrs"`
	Exc       [][]any  `json:"exc"`
}

func loadGoldens(t *testing.T) []*goldenProgram {
	t.Helper()
	files, err := filepath.Glob("testdata/golden/*.json")
	require.NoError(t, err)
	var progs []*goldenProgram
	for _, f := range files {
		if b := filepath.Base(f); b == "errors.json" || b == "warnings.json" {
			continue
		}
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		g := &goldenProgram{Name: strings.TrimSuffix(filepath.Base(f), ".json")}
		require.NoError(t, json.Unmarshal(data, g), f)
		progs = append(progs, g)
	}
	require.NotEmpty(t, progs)
	return progs
}

func (g *goldenProgram) mod(t *testing.T) ast.Mod {
	t.Helper()
	n, err := astFromJSON(g.AST)
	require.NoError(t, err, g.Name)
	return n.(ast.Mod)
}

func (g *goldenProgram) mode() Mode {
	switch g.Mode {
	case "eval":
		return ModeEval
	case "single":
		return ModeSingle
	}
	return ModeExec
}

// symPredicates classifies a symbol the way Python's symtable module does.
func symPredicates(s *scope, sym *symbol) []string {
	module := s.typ == moduleBlock
	f := sym.flags
	var out []string
	add := func(name string, ok bool) {
		if ok {
			out = append(out, name)
		}
	}
	add("referenced", f&defUse != 0)
	add("imported", f&defImport != 0)
	add("parameter", f&defParam != 0)
	add("global", sym.scope == scopeGlobalImplicit || sym.scope == scopeGlobalExplicit || (module && f&defBound != 0))
	add("declared_global", sym.scope == scopeGlobalExplicit)
	add("local", sym.scope == scopeLocal || sym.scope == scopeCell || (module && f&defBound != 0))
	add("annotated", f&defAnnot != 0)
	add("free", sym.scope == scopeFree)
	add("assigned", f&defLocal != 0)
	add("nonlocal", f&defNonlocal != 0)
	return out
}

func compareTable(t *testing.T, where string, want *goldenTable, got *scope) {
	typ := map[scopeType]string{moduleBlock: "module", classBlock: "class", functionBlock: "function"}[got.typ]
	where += "/" + want.Name
	assert.Equal(t, want.Type, typ, where)
	assert.Equal(t, want.Name, got.name, where)
	assert.Equal(t, want.Lineno, got.pos.Lineno, where)
	assert.Equal(t, want.Nested, got.nested, where+" nested")
	gotSyms := map[string][]string{}
	for _, name := range got.order {
		p := symPredicates(got, got.syms[name])
		if p == nil {
			p = []string{}
		}
		gotSyms[name] = p
	}
	for _, w := range want.Symbols {
		sort.Strings(w)
	}
	for name, p := range gotSyms {
		sort.Strings(p)
		gotSyms[name] = p
	}
	assert.Equal(t, want.Symbols, gotSyms, where)
	var children []*scope
	for _, c := range got.children {
		if c.typ != annotationBlock {
			children = append(children, c)
		}
	}
	if !assert.Equal(t, len(want.Children), len(children), where+" children") {
		return
	}
	for i, c := range want.Children {
		compareTable(t, where, c, children[i])
	}
}

func TestSymtableGoldens(t *testing.T) {
	n := 0
	for _, g := range loadGoldens(t) {
		if g.Symtable == nil {
			continue
		}
		t.Run(g.Name, func(t *testing.T) {
			mod := g.mod(t)
			st, err := buildSymtable(mod, g.Name+".py", futureFlags(mod))
			require.NoError(t, err)
			compareTable(t, "", g.Symtable, st.top)
		})
		n++
	}
	t.Logf("%d symtable goldens", n)
}
