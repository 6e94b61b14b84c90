package vm_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/gilpy/gilpy/interp/compile"
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/stretchr/testify/require"
)

// benchPython times body, run b.N times in a loop inside a function after
// setup has run at module level: the body's cost per iteration, plus the
// loop's own small overhead (see BenchmarkEmptyLoop).
func benchPython(b *testing.B, setup, body string) {
	b.Helper()
	var out bytes.Buffer
	in, err := vm.New(vm.Config{Compile: compile.SourceForVM, Stdout: &out, Stderr: &out, Argv: []string{"bench"}})
	require.NoError(b, err)
	lines := strings.Split(strings.TrimSpace(body), "\n")
	src := setup + "\ndef __bench(n):\n    for _ in range(n):\n        " + strings.Join(lines, "\n        ") + "\n"
	code, err := in.CompileSource([]byte(src), "<bench>", "exec")
	require.NoError(b, err)
	m := vm.NewModule("__main__")
	in.Modules().SetStr("__main__", m)
	th := in.MainThread()
	_, err = th.RunCode(code, m.Dict(), nil)
	require.NoError(b, err, out.String())
	call, err := in.CompileSource([]byte(fmt.Sprintf("__bench(%d)\n", b.N)), "<bench>", "exec")
	require.NoError(b, err)
	b.ResetTimer()
	_, err = th.RunCode(call, m.Dict(), nil)
	require.NoError(b, err)
}

const benchClasses = `
class Plain:
    cls_attr = 1
    def __init__(self):
        self.x = 1
    def method(self):
        return 1
    @property
    def prop(self):
        return 1

class Slotted:
    __slots__ = ("x",)
    def __init__(self):
        self.x = 1

class Derived(Plain):
    pass

class Data:
    def __get__(self, obj, typ=None):
        return 1
    def __set__(self, obj, v):
        pass

class WithData:
    d = Data()

p, s, dv, wd = Plain(), Slotted(), Derived(), WithData()
`

func BenchmarkEmptyLoop(b *testing.B)         { benchPython(b, "", "pass") }
func BenchmarkInstanceAttr(b *testing.B)      { benchPython(b, benchClasses, "p.x") }
func BenchmarkInstanceAttrStore(b *testing.B) { benchPython(b, benchClasses, "p.x = 2") }
func BenchmarkClassAttrViaInst(b *testing.B)  { benchPython(b, benchClasses, "p.cls_attr") }
func BenchmarkInheritedAttr(b *testing.B)     { benchPython(b, benchClasses, "dv.cls_attr") }
func BenchmarkMethodCall(b *testing.B)        { benchPython(b, benchClasses, "p.method()") }
func BenchmarkBoundMethod(b *testing.B)       { benchPython(b, benchClasses, "p.method") }
func BenchmarkProperty(b *testing.B)          { benchPython(b, benchClasses, "p.prop") }
func BenchmarkSlotAttr(b *testing.B)          { benchPython(b, benchClasses, "s.x") }
func BenchmarkSlotAttrStore(b *testing.B)     { benchPython(b, benchClasses, "s.x = 2") }
func BenchmarkPyDataDescr(b *testing.B)       { benchPython(b, benchClasses, "wd.d") }
func BenchmarkBuiltinMethodCall(b *testing.B) { benchPython(b, "l = []", "l.__len__()") }
func BenchmarkGetattrBuiltin(b *testing.B)    { benchPython(b, benchClasses, "getattr(p, 'x')") }
func BenchmarkInstantiate(b *testing.B)       { benchPython(b, benchClasses, "Plain()") }
func BenchmarkTypeAttr(b *testing.B)          { benchPython(b, benchClasses, "Plain.cls_attr") }

const benchSortSetup = `
data = [(i * 7919) % 10007 for i in range(1000)]
`

func BenchmarkListSortInts(b *testing.B) { benchPython(b, benchSortSetup, "sorted(data)") }
func BenchmarkListSortSorted(b *testing.B) {
	benchPython(b, "data = list(range(1000))", "sorted(data)")
}
func BenchmarkListSortKey(b *testing.B) {
	benchPython(b, benchSortSetup, "sorted(data, key=lambda x: -x)")
}
