package interp

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func newTest(t *testing.T) (*Interpreter, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	var out, errb bytes.Buffer
	in, err := New(Options{Stdout: &out, Stderr: &errb, Argv: []string{"prog", "x"}})
	require.NoError(t, err)
	return in, &out, &errb
}

func TestExecWritesToOptionsStdout(t *testing.T) {
	in, out, _ := newTest(t)
	require.NoError(t, in.Exec(context.Background(), "import sys\nprint('hi', sys.argv)\n", "<test>"))
	require.NoError(t, in.Close())
	assert.Equal(t, "hi ['prog', 'x']\n", out.String())
}

func TestUncaughtExceptionIsPrintedAndReturned(t *testing.T) {
	in, out, errb := newTest(t)
	err := in.Exec(context.Background(), "print('before')\nundefined_name\n", "<test>")
	var pe *PyError
	require.True(t, errors.As(err, &pe), "got %v", err)
	assert.Equal(t, "NameError", pe.TypeName)
	assert.Equal(t, "name 'undefined_name' is not defined", pe.Message)
	assert.Equal(t, "before\n", out.String(), "stdout is flushed before the traceback")
	assert.Equal(t, pe.Traceback, errb.String())
	assert.Contains(t, pe.Traceback, "Traceback (most recent call last):\n")
}

func TestSystemExit(t *testing.T) {
	in, _, errb := newTest(t)
	err := in.Exec(context.Background(), "import sys\nsys.exit('bye')\n", "<test>")
	var ee *ExitError
	require.True(t, errors.As(err, &ee), "got %v", err)
	assert.Equal(t, 1, ee.Code)
	assert.Equal(t, "bye\n", errb.String())
}

func TestRunFileSetsArgvAndPath(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "m.py")
	require.NoError(t, os.WriteFile(path, []byte("import sys\nprint(sys.argv, __name__)\n"), 0o644))
	in, out, _ := newTest(t)
	require.NoError(t, in.RunFile(context.Background(), path, []string{"m.py", "1"}))
	require.NoError(t, in.Close())
	assert.Equal(t, "['m.py', '1'] __main__\n", out.String())
}

func TestClosedInterpreterRefusesWork(t *testing.T) {
	in, _, _ := newTest(t)
	require.NoError(t, in.Close())
	assert.Error(t, in.Exec(context.Background(), "pass", "<test>"))
}

func TestQuoteString(t *testing.T) {
	assert.Equal(t, `'abc'`, QuoteString("abc"))
	assert.Equal(t, `"it's"`, QuoteString("it's"))
	assert.Equal(t, `'both \' and "'`, QuoteString(`both ' and "`))
	assert.Equal(t, `'a\nb\t\x00'`, QuoteString("a\nb\t\x00"))
	assert.Equal(t, `'é'`, QuoteString("é"))
	// Assigned in Unicode 15, so unassigned (and escaped) for CPython 3.11.
	assert.Equal(t, `'\u0cf3\U000323af'`, QuoteString("\u0cf3\U000323af"))
	// Its neighbour, a letter since Unicode 5.0, shows as itself.
	assert.Equal(t, "'\u0cf2'", QuoteString("\u0cf2"))
}

func TestInteractSession(t *testing.T) {
	in, out, errb := newTest(t)
	ctx := context.Background()
	steps := []struct {
		src  string
		more bool
	}{
		{"x = 20", false},
		{"x + 22", false},
		{"if x:", true},
		{"if x:\n    print('yes', x)", true},
		{"if x:\n    print('yes', x)\n", false},
		{"1/0", false},
		{"'still alive'", false},
		{"def f(:", false},
	}
	for _, s := range steps {
		more, err := in.Interact(ctx, s.src)
		require.NoError(t, err, s.src)
		assert.Equal(t, s.more, more, s.src)
	}
	require.NoError(t, in.Close())
	assert.Equal(t, "42\nyes 20\n'still alive'\n", out.String())
	assert.Contains(t, errb.String(), "ZeroDivisionError: division by zero")
	assert.Contains(t, errb.String(), "SyntaxError")
	_, err := in.Interact(ctx, "1")
	assert.Error(t, err, "closed interpreter")
}

func TestInteractBracketsCloseWithoutBlankLine(t *testing.T) {
	in, out, _ := newTest(t)
	ctx := context.Background()
	more, err := in.Interact(ctx, "x = (1,")
	require.NoError(t, err)
	assert.True(t, more)
	more, err = in.Interact(ctx, "x = (1,\n2)")
	require.NoError(t, err)
	assert.False(t, more)
	_, err = in.Interact(ctx, "x")
	require.NoError(t, err)
	require.NoError(t, in.Close())
	assert.Equal(t, "(1, 2)\n", out.String())
}
