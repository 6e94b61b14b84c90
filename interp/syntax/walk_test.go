package syntax

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/gilpy/gilpy/interp/syntax/ast"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// nodeName matches a node in a dump: a class name and its '(' not
// directly closed (the operator and context enums dump as "Load()" and are
// not nodes Walk visits). Dumps with attributes are used, so that even
// Pass has something inside its parentheses.
var nodeName = regexp.MustCompile(`\b[A-Za-z_]+\((?:[^)]|$)`)

// TestWalk checks that Walk and Inspect reach every node of the test
// programs exactly once, in the order Dump writes them.
func TestWalk(t *testing.T) {
	files, _ := filepath.Glob("testdata/programs/*.py")
	require.NotEmpty(t, files)
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		mod, err := Parse(src, f, Exec)
		require.NoError(t, err)
		dump := ast.Dump(mod)
		// Constant values are reprs that may contain "x(": count in a dump
		// with the string values removed.
		clean := regexp.MustCompile(`'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"`).ReplaceAllString(dump, "S")
		want := nodeName.FindAllString(clean, -1)
		var got []string
		ast.Inspect(mod, func(n ast.Node) bool {
			d := ast.Dump(n)
			got = append(got, d[:len(regexp.MustCompile(`^[A-Za-z_]+\(`).FindString(d))])
			return true
		})
		require.Len(t, got, len(want), f)
		for i := range got {
			assert.Equal(t, want[i][:len(got[i])], got[i], "%s node %d", f, i)
		}
	}
}

// TestInspectPrune checks that returning false skips a node's children.
func TestInspectPrune(t *testing.T) {
	mod, err := Parse([]byte("def f(a):\n    return a + 1\nx = f(2)\n"), "t.py", Exec)
	require.NoError(t, err)
	var kinds []string
	ast.Inspect(mod, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FunctionDef:
			kinds = append(kinds, "def")
			return false
		case *ast.Name:
			kinds = append(kinds, "name")
		}
		return true
	})
	assert.Equal(t, []string{"def", "name", "name"}, kinds)
}
