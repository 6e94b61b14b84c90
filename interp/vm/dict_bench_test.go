package vm_test

import "testing"

// Benchmarks of dict insertion, deletion and iteration, on a small dict
// (linear search) and a large one (hash index): the paths that decide
// when deleted entries are compacted away.

const benchDictSetup = `
big = {i: i for i in range(100)}
small = {i: i for i in range(4)}
empty = {}
`

func BenchmarkDictSetDelSmall(b *testing.B) {
	benchPython(b, benchDictSetup, "small[7] = 1\ndel small[7]")
}
func BenchmarkDictSetDelBig(b *testing.B) {
	benchPython(b, benchDictSetup, "big[1000] = 1\ndel big[1000]")
}
func BenchmarkDictFillEmpty(b *testing.B) {
	benchPython(b, benchDictSetup, "empty['a'] = 1\nempty['b'] = 2\ndel empty['a']\ndel empty['b']")
}
func BenchmarkDictIterSmall(b *testing.B) { benchPython(b, benchDictSetup, "for k in small: pass") }
func BenchmarkDictIterBig(b *testing.B)   { benchPython(b, benchDictSetup, "for k in big: pass") }
func BenchmarkDictNewSmall(b *testing.B)  { benchPython(b, benchDictSetup, "{'a': 1, 'b': 2}") }
func BenchmarkDictGetSmall(b *testing.B)  { benchPython(b, benchDictSetup, "small[2]") }
