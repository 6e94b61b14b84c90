package syntax

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Deeply nested input must give an error, not a crash or a Go stack
// overflow. The messages are CPython 3.11's for the same inputs (checked
// with compile() by hand, as the inputs are generated); where CPython runs
// out of parser stack it raises MemoryError, which is KindMemoryError.
func TestDeepNesting(t *testing.T) {
	_, err := Parse([]byte(strings.Repeat("(", 199)+"0 0"+strings.Repeat(")", 199)+"\n"), "deep.py", Exec)
	require.Error(t, err)
	assert.Equal(t, "invalid syntax. Perhaps you forgot a comma?", err.(*SyntaxError).Msg)

	_, err = Parse([]byte(strings.Repeat("(", 201)+"0"+strings.Repeat(")", 201)+"\n"), "deep.py", Exec)
	require.Error(t, err)
	assert.Equal(t, "too many nested parentheses", err.(*SyntaxError).Msg)

	_, err = Parse([]byte(strings.Repeat("[", 150)+strings.Repeat("]", 150)+"\n"), "deep.py", Exec)
	require.NoError(t, err)

	_, err = Parse([]byte(strings.Repeat("-", 100000)+"1\n"), "deep.py", Exec)
	require.Error(t, err)
	assert.Equal(t, KindMemoryError, err.(*SyntaxError).Kind)

	// Nested displays that fail must not be re-parsed an exponential
	// number of times (a fuzzing find: these used to hang).
	for _, pat := range []string{"{", "{1:", "{**", "[{", "{(", "{f(", "{a, ", "{a: b, ", "(", "[", "f(", "a if (", "lambda: (", "not (", "-(", "x["} {
		_, err = Parse([]byte(strings.Repeat(pat, 60)+"!"), "deep.py", Exec)
		require.Error(t, err, pat)
	}

	src := ""
	for i := 0; i < 101; i++ {
		src += strings.Repeat(" ", i) + "if x:\n"
	}
	src += strings.Repeat(" ", 101) + "pass\n"
	_, err = Parse([]byte(src), "deep.py", Exec)
	require.Error(t, err)
	assert.Equal(t, "too many levels of indentation", err.(*SyntaxError).Msg)
}

// TestIncomplete checks which errors say that more input could complete
// the source, as a REPL needs to know. The expectations follow what
// CPython's REPL does with each line (asks for more, or reports).
func TestIncomplete(t *testing.T) {
	for src, want := range map[string]bool{
		"x = (":            true,
		"x = [1,\n2":       true,
		"if x:\n":          true,
		"def f():\n":       true,
		"class C:\n":       true,
		"x = '''abc":       true,
		"x = f'''{a}":      true,
		"x = 1 + \\\n":     true,
		"try:\n    pass\n": true,
		"1 +\n":            false,
		"x = 1 2\n":        false,
		"x = 'abc\n":       false,
		"for x in\n":       false,
		")\n":              false,
		"x = $\n":          false,
	} {
		_, err := Parse([]byte(src), "<stdin>", Single)
		require.Error(t, err, "%q", src)
		assert.Equal(t, want, err.(*SyntaxError).Incomplete, "%q: %v", src, err)
	}
}
