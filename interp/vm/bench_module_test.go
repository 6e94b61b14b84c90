package vm_test

import "testing"

// Module attribute access, the path of every "math.sqrt" and "os.path":
// through the inline cache, through getattr (no cache), and stores.
const benchModule = `
import sys
mod = type(sys)('m')
mod.x = 1
`

func BenchmarkModuleAttr(b *testing.B)      { benchPython(b, benchModule, "mod.x") }
func BenchmarkModuleGetattr(b *testing.B)   { benchPython(b, benchModule, "getattr(mod, 'x')") }
func BenchmarkModuleAttrStore(b *testing.B) { benchPython(b, benchModule, "mod.x = 2") }
func BenchmarkModuleMethodCall(b *testing.B) {
	benchPython(b, "import sys", "sys.getrecursionlimit()")
}
