package compile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/gilpy/gilpy/interp/syntax"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSourceGoldens compiles each golden program from its source, through
// the parser, and checks the result against CPython's as the AST-based
// tests do.
func TestSourceGoldens(t *testing.T) {
	for _, g := range loadGoldens(t) {
		t.Run(g.Name, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata", "programs", g.Name+".py"))
			require.NoError(t, err)
			code, err := CompileSource(src, g.Name+".py", g.mode())
			require.NoError(t, err)
			pairs := matchCodes(t, g.Code, allCodes(code))
			for i, w := range g.Code {
				c := pairs[i]
				if c == nil {
					continue
				}
				where := codeKey(w.QualName, w.FirstLine)
				assert.Equal(t, rowsText(wantPositions(w)), rowsText(gotPositions(c)), where)
				assert.Equal(t, strings.Join(cpythonStream(w), "\n"), strings.Join(ourStream(c), "\n"), where)
			}
		})
	}
}

// seedDir is where the project's shared seed scripts live, beside the
// repository.
const seedDir = "../../../shared/seed-scripts"

func TestSeedScriptsCompile(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(seedDir, "*.py"))
	if len(files) == 0 {
		t.Skip("no seed scripts beside the repository")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		code, err := CompileSource(src, filepath.Base(f), ModeExec)
		if assert.NoError(t, err, f) {
			assert.NoError(t, Verify(code), f)
		}
	}
	t.Logf("%d seed scripts compiled", len(files))
}

func TestCompileSourceReportsSyntaxErrors(t *testing.T) {
	_, err := CompileSource([]byte("def f(:\n"), "bad.py", ModeExec)
	var se *syntax.SyntaxError
	require.True(t, errors.As(err, &se), "%v", err)
	assert.Equal(t, "bad.py", se.Filename)
	_, err = CompileSource([]byte("def f():\n    nonlocal x\n"), "bad.py", ModeExec)
	require.True(t, errors.As(err, &se), "%v", err)
	assert.Equal(t, "no binding for nonlocal 'x' found", se.Msg)
	assert.Equal(t, 2, se.Lineno)
}

func TestModes(t *testing.T) {
	code, err := CompileSource([]byte("1 + x"), "<string>", ModeEval)
	require.NoError(t, err)
	last := code.Instrs[len(code.Instrs)-1]
	assert.Equal(t, bytecode.RETURN_VALUE, last.Op)
	assert.NotContains(t, bytecode.Disassemble(code), "POP_TOP")

	code, err = CompileSource([]byte("x + 1\n"), "<stdin>", ModeSingle)
	require.NoError(t, err)
	assert.Contains(t, bytecode.Disassemble(code), "PRINT_EXPR")

	code, err = CompileSource([]byte("x + 1\n"), "m.py", ModeExec)
	require.NoError(t, err)
	assert.NotContains(t, bytecode.Disassemble(code), "PRINT_EXPR")
	assert.Equal(t, "<module>", code.Name)
	assert.Equal(t, "m.py", code.Filename)
}

func TestPEP695IsRejected(t *testing.T) {
	for src, msg := range map[string]string{
		"def f[T](x): pass\n": "type parameters are not supported",
		"class C[T]: pass\n":  "type parameters are not supported",
		"type X = int\n":      "type alias statements are not supported",
	} {
		_, err := CompileSource([]byte(src), "t.py", ModeExec)
		var se *syntax.SyntaxError
		if assert.True(t, errors.As(err, &se), "%s: %v", src, err) {
			assert.Equal(t, msg, se.Msg, src)
			assert.Equal(t, 1, se.Lineno)
		}
	}
}
