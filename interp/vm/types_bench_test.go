package vm_test

import "testing"

// Benchmarks of the builtin value types' hot operations: ints, ranges,
// lists, dicts and sets.

const benchTypesSetup = `
l = list(range(100))
d = {i: i for i in range(100)}
d2 = dict(d)
s = set(range(100))
r = range(0, 1000, 3)
x, y = 12345, 678
`

func BenchmarkRangeNew(b *testing.B)      { benchPython(b, benchTypesSetup, "range(10)") }
func BenchmarkRangeLoop10(b *testing.B)   { benchPython(b, benchTypesSetup, "for i in range(10): pass") }
func BenchmarkRangeIndex(b *testing.B)    { benchPython(b, benchTypesSetup, "r[50]") }
func BenchmarkRangeContains(b *testing.B) { benchPython(b, benchTypesSetup, "300 in r") }
func BenchmarkRangeLen(b *testing.B)      { benchPython(b, benchTypesSetup, "len(r)") }
func BenchmarkIntAdd(b *testing.B)        { benchPython(b, benchTypesSetup, "x + y") }
func BenchmarkIntFloorDiv(b *testing.B)   { benchPython(b, benchTypesSetup, "x // y") }
func BenchmarkIntMod(b *testing.B)        { benchPython(b, benchTypesSetup, "x % y") }
func BenchmarkIntBigMul(b *testing.B)     { benchPython(b, benchTypesSetup, "x ** 5 * y ** 7") }
func BenchmarkListAppendPop(b *testing.B) { benchPython(b, benchTypesSetup, "l.append(1)\nl.pop()") }
func BenchmarkListIndex(b *testing.B)     { benchPython(b, benchTypesSetup, "l[50]") }
func BenchmarkListIadd(b *testing.B)      { benchPython(b, "l = []", "m = l\nm += [1]\ndel m[0]") }
func BenchmarkDictGetItem(b *testing.B)   { benchPython(b, benchTypesSetup, "d[50]") }
func BenchmarkDictSetItem(b *testing.B)   { benchPython(b, benchTypesSetup, "d[50] = 1") }
func BenchmarkDictEqual(b *testing.B)     { benchPython(b, benchTypesSetup, "d == d2") }
func BenchmarkDictUpdate(b *testing.B)    { benchPython(b, benchTypesSetup, "d.update(d2)") }
func BenchmarkSetAddDiscard(b *testing.B) {
	benchPython(b, benchTypesSetup, "s.add(1000)\ns.discard(1000)")
}
func BenchmarkSetContains(b *testing.B)     { benchPython(b, benchTypesSetup, "50 in s") }
func BenchmarkSetIntersection(b *testing.B) { benchPython(b, benchTypesSetup, "s & s") }
