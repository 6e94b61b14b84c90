package vm

import (
	"testing"

	"github.com/go-python/gpython/py"
)

// Go-level benchmarks of Dict's table maintenance, without the
// interpreter loop around them, so that a change to when deleted entries
// are compacted can be measured on a busy machine.

func BenchmarkDictTableFillDrain(b *testing.B) {
	d := NewDict(0)
	keys := []string{"a", "b", "c"}
	for i := 0; i < b.N; i++ {
		for _, k := range keys {
			d.SetStr(k, py.Int(1))
		}
		for _, k := range keys {
			d.DeleteStr(k)
		}
	}
}

func BenchmarkDictTableSetDelSmall(b *testing.B) {
	d := NewDict(4)
	for _, k := range []string{"a", "b", "c", "d"} {
		d.SetStr(k, py.Int(1))
	}
	for i := 0; i < b.N; i++ {
		d.SetStr("x", py.Int(1))
		d.DeleteStr("x")
	}
}

func BenchmarkDictTableSetDelBig(b *testing.B) {
	d := NewDict(0)
	for i := 0; i < 100; i++ {
		d.SetStr(string(rune('A'+i%26))+string(rune('a'+i/26)), py.Int(i))
	}
	for i := 0; i < b.N; i++ {
		d.SetStr("x", py.Int(1))
		d.DeleteStr("x")
	}
}

func BenchmarkDictTableGetSmall(b *testing.B) {
	d := NewDict(4)
	for _, k := range []string{"a", "b", "c", "d"} {
		d.SetStr(k, py.Int(1))
	}
	d.SetStr("x", py.Int(1))
	d.DeleteStr("x")
	for i := 0; i < b.N; i++ {
		d.GetStr("d")
	}
}
