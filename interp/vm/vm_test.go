package vm_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/gilpy/gilpy/interp/compile"
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// run executes src as __main__ and returns stdout, the formatted
// traceback of an uncaught exception (or ""), and the interpreter.
func run(t *testing.T, src string) (string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	in, err := vm.New(vm.Config{Compile: compile.SourceForVM, Stdout: &out, Stderr: &errb, Argv: []string{"test"}})
	require.NoError(t, err)
	th := in.MainThread()
	code, err := in.CompileSource([]byte(src), "<test>", "exec")
	tb := ""
	if err == nil {
		m := vm.NewModule("__main__")
		in.Modules().SetStr("__main__", m)
		_, err = th.RunCode(code, m.Dict(), nil)
	}
	if err != nil {
		var e *py.Exception
		if errors.As(err, &e) {
			tb = th.FormatException(e)
		} else {
			tb = err.Error()
		}
	}
	require.NoError(t, in.Stdout().Flush())
	return out.String(), tb
}

func TestHello(t *testing.T) {
	out, tb := run(t, "print('hello', 1 + 2)\n")
	assert.Empty(t, tb)
	assert.Equal(t, "hello 3\n", out)
}

func TestFunctionsAndLoops(t *testing.T) {
	out, tb := run(t, `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
total = 0
for i in range(10):
    total += fib(i)
print(total, [fib(i) for i in range(8)])
`)
	assert.Empty(t, tb)
	assert.Equal(t, "88 [0, 1, 1, 2, 3, 5, 8, 13]\n", out)
}

func TestNameErrorTraceback(t *testing.T) {
	_, tb := run(t, "def f():\n    return salutation + 1\nf()\n")
	assert.True(t, strings.HasSuffix(tb, "NameError: name 'salutation' is not defined\n"), tb)
}

func TestGpythonHooksRefuse(t *testing.T) {
	_, err := py.Compile("1", "<x>", py.EvalMode, 0, true)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "gilpy compiles with interp/compile")
	_, err = py.VmRunFrame(nil)
	require.Error(t, err)
}
