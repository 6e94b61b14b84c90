package compile

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"testing"

	"github.com/gilpy/gilpy/interp/syntax"
	"github.com/gilpy/gilpy/interp/syntax/ast"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type goldenError struct {
	Src       string          `json:"src"`
	Mode      string          `json:"mode"`
	AST       json.RawMessage `json:"ast"`
	Msg       string          `json:"msg"`
	Lineno    int             `json:"lineno"`
	Offset    *int            `json:"offset"`
	EndLineno *int            `json:"end_lineno"`
	EndOffset *int            `json:"end_offset"`
}

func intOr0(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}

// TestErrorGoldens compiles each snippet of testdata/errors.py that
// CPython's parser accepts and its compiler rejects, and checks the
// SyntaxError's message and position.
func TestErrorGoldens(t *testing.T) {
	data, err := os.ReadFile("testdata/golden/errors.json")
	require.NoError(t, err)
	var cases []goldenError
	require.NoError(t, json.Unmarshal(data, &cases))
	require.NotEmpty(t, cases)
	for i, g := range cases {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			n, err := astFromJSON(g.AST)
			require.NoError(t, err)
			mode := ModeExec
			if g.Mode == "eval" {
				mode = ModeEval
			}
			_, err = Compile(n.(ast.Mod), "<err>", mode, DontInherit)
			var se *syntax.SyntaxError
			require.True(t, errors.As(err, &se), "want SyntaxError %q for\n%s\ngot %v", g.Msg, g.Src, err)
			got := fmt.Sprintf("%s at %d,%d-%d,%d", se.Msg, se.Lineno, se.Offset, se.EndLineno, se.EndOffset)
			want := fmt.Sprintf("%s at %d,%d-%d,%d", g.Msg, g.Lineno, intOr0(g.Offset), intOr0(g.EndLineno), intOr0(g.EndOffset))
			assert.Equal(t, want, got, g.Src)
			assert.Equal(t, "<err>", se.Filename)
		})
	}
	t.Logf("%d error goldens", len(cases))
}
