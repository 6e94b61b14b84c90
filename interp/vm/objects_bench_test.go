package vm_test

import "testing"

// Operators that reach a builtin type's method through callBinary (mixed
// types, subclass instances), which decides how the operands are passed.
func BenchmarkBinaryMixed(b *testing.B) { benchPython(b, "x = 3", "x + 2.5") }
func BenchmarkBinarySubclass(b *testing.B) {
	benchPython(b, "class I(int): pass\ni = I(3)", "i * 2")
}
func BenchmarkStrPercent(b *testing.B) { benchPython(b, "", "'%s-%d' % ('a', 1)") }
