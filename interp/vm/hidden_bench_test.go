package vm_test

import "testing"

// Unwinding records a traceback entry per frame, unless the frame's code
// is hidden (see hidden.go): these measure that path.

const benchRaising = `
def raises():
    raise ValueError
def calls():
    raises()
`

func BenchmarkRaiseCatch(b *testing.B) {
	benchPython(b, benchRaising, "try:\n    calls()\nexcept ValueError:\n    pass")
}

func BenchmarkGeneratorStop(b *testing.B) {
	benchPython(b, "def g():\n    yield 1", "for x in g():\n    pass")
}
