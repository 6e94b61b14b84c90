package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseArgs(t *testing.T) {
	cl, err := parseArgs([]string{"script.py", "a", "-u"})
	require.NoError(t, err)
	assert.Equal(t, "script.py", cl.script)
	assert.Equal(t, []string{"script.py", "a", "-u"}, cl.argv)
	assert.False(t, cl.unbuffered, "options after the script belong to it")

	cl, err = parseArgs([]string{"-uc", "print(1)", "x"})
	require.NoError(t, err)
	require.NotNil(t, cl.command)
	assert.Equal(t, "print(1)", *cl.command)
	assert.True(t, cl.unbuffered)
	assert.Equal(t, []string{"-c", "x"}, cl.argv)

	cl, err = parseArgs([]string{"-cprint(2)"})
	require.NoError(t, err)
	assert.Equal(t, "print(2)", *cl.command)

	cl, err = parseArgs([]string{"-m", "pkg.mod", "-v"})
	require.NoError(t, err)
	assert.Equal(t, "pkg.mod", cl.module)
	assert.Equal(t, []string{"pkg.mod", "-v"}, cl.argv)

	cl, err = parseArgs([]string{"-X", "gilstats", "-Xdev", "-", "a"})
	require.NoError(t, err)
	assert.Equal(t, []string{"gilstats", "dev"}, cl.xopts)
	assert.Equal(t, "-", cl.script)
	assert.Equal(t, []string{"-", "a"}, cl.argv)

	cl, err = parseArgs(nil)
	require.NoError(t, err)
	assert.Equal(t, []string{""}, cl.argv)

	for _, args := range [][]string{{"-z"}, {"-c"}, {"-m"}, {"--frob"}} {
		_, err := parseArgs(args)
		assert.Error(t, err, args)
	}
}

// gilpy runs the command line in-process and returns its status and
// streams.
func gilpy(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(append([]string{"gilpy"}, args...), strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestRunCommand(t *testing.T) {
	code, out, errs := gilpy(t, "", "-c", "import sys; print(sys.argv)", "x")
	assert.Equal(t, 0, code, errs)
	assert.Equal(t, "['-c', 'x']\n", out)
}

func TestRunScript(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "s.py")
	require.NoError(t, os.WriteFile(script, []byte("import sys\nprint(sys.argv[1:], __name__)\nprint(sys.path[0] == "+quoteForPython(dir)+")\n"), 0o644))
	code, out, errs := gilpy(t, "", script, "a", "b")
	assert.Equal(t, 0, code, errs)
	assert.Equal(t, "['a', 'b'] __main__\nTrue\n", out)
}

func quoteForPython(s string) string { return "'" + strings.ReplaceAll(s, "'", `\'`) + "'" }

func TestMissingScript(t *testing.T) {
	code, _, errs := gilpy(t, "", "/nonexistent/x.py")
	assert.Equal(t, 2, code)
	assert.Equal(t, "gilpy: can't open file '/nonexistent/x.py': [Errno 2] No such file or directory\n", errs)
}

func TestExitStatuses(t *testing.T) {
	cases := []struct {
		src  string
		code int
		err  string
	}{
		{"import sys; sys.exit()", 0, ""},
		{"import sys; sys.exit(3)", 3, ""},
		{"import sys; sys.exit('bye')", 1, "bye\n"},
		{"raise SystemExit(300)", 44, ""},
		{"raise SystemExit", 0, ""},
	}
	for _, c := range cases {
		code, _, errs := gilpy(t, "", "-c", c.src)
		assert.Equal(t, c.code, code, c.src)
		assert.Equal(t, c.err, errs, c.src)
	}
}

func TestUncaughtException(t *testing.T) {
	code, _, errs := gilpy(t, "", "-c", "x")
	assert.Equal(t, 1, code)
	assert.Equal(t, "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nNameError: name 'x' is not defined\n", errs)
}

func TestStdinProgram(t *testing.T) {
	code, out, _ := gilpy(t, "print(6*7)\n", "-")
	assert.Equal(t, 0, code)
	assert.Equal(t, "42\n", out)
	code, out, _ = gilpy(t, "print('piped')\n")
	assert.Equal(t, 0, code)
	assert.Equal(t, "piped\n", out)
}

func TestHelpAndVersion(t *testing.T) {
	code, out, _ := gilpy(t, "", "-h")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "usage: gilpy")
	code, out, _ = gilpy(t, "", "--version")
	assert.Equal(t, 0, code)
	assert.True(t, strings.HasPrefix(out, "gilpy "), out)
	code, _, errs := gilpy(t, "", "-z")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "Unknown option: -z")
}

func TestRunModule(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "hello_mod.py"), []byte("import sys\nprint(__name__, sys.argv[1:])\n"), 0o644))
	wd, err := os.Getwd()
	require.NoError(t, err)
	require.NoError(t, os.Chdir(dir))
	defer func() { require.NoError(t, os.Chdir(wd)) }()
	code, out, errs := gilpy(t, "", "-m", "hello_mod", "x")
	assert.Equal(t, 0, code, errs)
	assert.Equal(t, "__main__ ['x']\n", out)
	code, _, errs = gilpy(t, "", "-m", "no_such_module_here")
	assert.Equal(t, 1, code)
	assert.Equal(t, "gilpy: No module named no_such_module_here\n", errs)
}
