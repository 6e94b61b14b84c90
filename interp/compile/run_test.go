package compile_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/gilpy/gilpy/interp/compile"
	"github.com/gilpy/gilpy/interp/syntax"
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runProgram runs a script on the VM as `python3 path` would, returning
// its stdout, stderr and exit status.
func runProgram(t *testing.T, path string) (string, string, int) {
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	in, err := vm.New(vm.Config{Compile: compile.SourceForVM, Stdout: &out, Stderr: &errb, Argv: []string{path}})
	if err != nil {
		t.Fatal(err)
	}
	th := in.MainThread()
	status := 0
	code, err := compile.SourceForVM(src, path, "exec", 0, nil)
	if err == nil {
		m := vm.NewModule("__main__")
		m.Dict().SetStr("__file__", py.String(path))
		in.Modules().SetStr("__main__", m)
		_, err = th.RunCode(code, m.Dict(), nil)
	}
	if err != nil {
		var e *py.Exception
		var se *syntax.SyntaxError
		switch {
		case errors.As(err, &e):
			var msg string
			status, msg = in.ExitCode(e)
			if msg != "" || status == 1 {
				th.PrintException(e)
			}
		case errors.As(err, &se):
			status = 1
			errb.WriteString(se.Error())
		default:
			t.Fatalf("%s: %v", path, err)
		}
	}
	_ = in.Stdout().Flush()
	_ = in.Stderr().Flush()
	return out.String(), errb.String(), status
}

// TestRunGoldens runs each testdata/run program on gilpy's VM and compares
// what it prints (tracebacks with their carets included) and its exit
// status with CPython's.
func TestRunGoldens(t *testing.T) {
	files, err := filepath.Glob("testdata/run/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	// PENDING lists programs the VM cannot run yet ("NAME.py: reason"):
	// they must fail, and are reported as skipped.
	pending := map[string]string{}
	if data, err := os.ReadFile("testdata/run/PENDING"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if name, why, ok := strings.Cut(line, ":"); ok {
				pending[strings.TrimSpace(name)] = strings.TrimSpace(why)
			}
		}
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".py"), func(t *testing.T) {
			if why, ok := pending[filepath.Base(f)]; ok {
				rec := &testing.T{}
				matches := runMatches(rec, f)
				if matches {
					t.Errorf("%s passes: remove it from testdata/run/PENDING", f)
					return
				}
				t.Skip("pending: " + why)
			}
			base := strings.TrimSuffix(f, ".py")
			wantOut, err := os.ReadFile(base + ".out")
			require.NoError(t, err)
			wantErr, err := os.ReadFile(base + ".err")
			require.NoError(t, err)
			wantExit, err := os.ReadFile(base + ".exit")
			require.NoError(t, err)
			out, errOut, status := runProgram(t, filepath.ToSlash(f))
			assert.Equal(t, string(wantOut), out, "stdout")
			assert.Equal(t, string(wantErr), errOut, "stderr")
			assert.Equal(t, strings.TrimSpace(string(wantExit)), strconv.Itoa(status), "exit status")
		})
	}
}

// runMatches reports whether a program's run matches its goldens.
func runMatches(t *testing.T, f string) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	base := strings.TrimSuffix(f, ".py")
	wantOut, _ := os.ReadFile(base + ".out")
	wantErr, _ := os.ReadFile(base + ".err")
	wantExit, _ := os.ReadFile(base + ".exit")
	out, errOut, status := runProgram(t, filepath.ToSlash(f))
	return out == string(wantOut) && errOut == string(wantErr) && strconv.Itoa(status) == strings.TrimSpace(string(wantExit))
}
