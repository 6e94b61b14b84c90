package compile

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/gilpy/gilpy/interp/syntax/ast"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWarningGoldens checks the SyntaxWarnings of each snippet of
// testdata/warnings.py against CPython's (message and line).
func TestWarningGoldens(t *testing.T) {
	data, err := os.ReadFile("testdata/golden/warnings.json")
	require.NoError(t, err)
	var cases []struct {
		Src      string          `json:"src"`
		AST      json.RawMessage `json:"ast"`
		Warnings [][]any         `json:"warnings"`
	}
	require.NoError(t, json.Unmarshal(data, &cases))
	require.NotEmpty(t, cases)
	for i, g := range cases {
		n, err := astFromJSON(g.AST)
		require.NoError(t, err)
		var got []string
		_, err = CompileWithWarnings(n.(ast.Mod), "<warn>", ModeExec, DontInherit, func(w Warning) error {
			assert.Equal(t, "<warn>", w.Filename)
			got = append(got, fmt.Sprintf("%d: %s", w.Lineno, w.Msg))
			return nil
		})
		require.NoError(t, err, g.Src)
		var want []string
		for _, w := range g.Warnings {
			want = append(want, fmt.Sprintf("%d: %s", int(w[2].(float64)), w[1]))
		}
		assert.Equal(t, want, got, "case %d:\n%s", i, g.Src)
	}
	t.Logf("%d warning goldens", len(cases))
}
