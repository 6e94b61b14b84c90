package syntax

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gilpy/gilpy/interp/syntax/ast"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const caseSep = "\n#====\n"

// result formats the outcome of parsing src as regen.py formats
// CPython's: the AST dump, or the fields of the SyntaxError.
func result(src []byte, filename string, mode Mode) string {
	mod, err := Parse(src, filename, mode)
	if err != nil {
		se, ok := err.(*SyntaxError)
		if !ok {
			return "NOT A SyntaxError: " + err.Error()
		}
		text := "None"
		if se.HasText {
			text = ast.ReprString(se.Text)
		}
		return fmt.Sprintf("ERROR %s %s %d %d %d %d %s", se.Kind, ast.ReprString(se.Msg),
			se.Lineno, se.Offset, se.EndLineno, se.EndOffset, text)
	}
	return ast.Dump(mod)
}

func splitCases(text string) []string {
	parts := strings.Split(text, caseSep)
	for i := range parts[:len(parts)-1] {
		parts[i] += "\n"
	}
	return parts
}

func caseMode(src string) Mode {
	first, _, _ := strings.Cut(src, "\n")
	switch strings.TrimSpace(strings.TrimPrefix(first, "#mode ")) {
	case "eval":
		return Eval
	case "single":
		return Single
	}
	return Exec
}

// TestPrograms parses each testdata/programs/*.py and compares with the
// golden CPython 3.11 wrote (see testdata/regen.py).
func TestPrograms(t *testing.T) {
	files, err := filepath.Glob("testdata/programs/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			require.NoError(t, err)
			want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".golden")
			require.NoError(t, err)
			got := result(src, filepath.Base(f), Exec)
			assert.Equal(t, strings.TrimSuffix(string(want), "\n"), got)
		})
	}
}

// TestCases parses each case of testdata/cases/*.txt and compares with
// the golden CPython 3.11 wrote.
func TestCases(t *testing.T) {
	files, err := filepath.Glob("testdata/cases/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			require.NoError(t, err)
			golden, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".golden")
			require.NoError(t, err)
			cases := splitCases(string(src))
			wants := strings.Split(strings.TrimSuffix(string(golden), "\n"), caseSep)
			require.Len(t, wants, len(cases), "golden out of date: run testdata/regen.py")
			for i, c := range cases {
				got := result([]byte(c), filepath.Base(f), caseMode(c))
				if got != wants[i] {
					t.Errorf("case %d %q\nwant: %s\ngot:  %s", i, c, wants[i], got)
				}
			}
		})
	}
}

// TestCases312 covers syntax that only Python 3.12 accepts (type aliases,
// type parameters, PEP 701 f-strings) and the f-string errors whose
// wording changed in 3.12. Python 3.11 cannot produce these expectations,
// so testdata/cases312/*.golden is written and checked by hand; the
// positions of f-string parts follow the 3.11 convention described in
// doc.go.
func TestCases312(t *testing.T) {
	files, err := filepath.Glob("testdata/cases312/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		golden, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".golden")
		if os.Getenv("GILPY_SYNTAX_WRITE312") != "" {
			var out []string
			for _, c := range splitCases(string(src)) {
				out = append(out, result([]byte(c), filepath.Base(f), caseMode(c)))
			}
			require.NoError(t, os.WriteFile(strings.TrimSuffix(f, ".txt")+".golden", []byte(strings.Join(out, caseSep)+"\n"), 0o644))
			continue
		}
		require.NoError(t, err)
		cases := splitCases(string(src))
		wants := strings.Split(strings.TrimSuffix(string(golden), "\n"), caseSep)
		require.Len(t, wants, len(cases))
		for i, c := range cases {
			if got := result([]byte(c), filepath.Base(f), caseMode(c)); got != wants[i] {
				t.Errorf("case %d %q\nwant: %s\ngot:  %s", i, c, wants[i], got)
			}
		}
	}
}
