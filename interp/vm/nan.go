package vm

import (
	"math"
	"sync/atomic"

	"github.com/go-python/gpython/py"
)

// NaN identity. A float is a value here, not an object, so identity
// (is, and the identity-first equality containers use) compares float
// values bit for bit. For every float but nan that is what CPython's
// results show; nan, though, is not equal to itself, and in CPython
//
//	x = float('nan'); x in [x], [x] == [x]     # True, True
//	[float('nan')] == [float('nan')]           # False: two objects
//
// So each nan the VM makes gets a payload of its own (the mantissa bits
// a quiet nan leaves free): the same nan passed around is identical to
// itself, two nans made separately are not.

const (
	nanQuiet   = 0x0008000000000000
	nanPayload = 0x0007ffffffffffff
	nanExp     = 0x7ff0000000000000
)

var nanSerial atomic.Uint64

// freshNaN returns a nan unlike any other made before, with f's sign.
func freshNaN(f float64) py.Float {
	bits := math.Float64bits(f)&(1<<63) | nanExp | nanQuiet | (nanSerial.Add(1) & nanPayload)
	return py.Float(math.Float64frombits(bits))
}

// newFloat wraps a float result, giving a nan its own identity.
func newFloat(f float64) py.Float {
	if f != f {
		return freshNaN(f)
	}
	return py.Float(f)
}

// FloatBits returns a float's IEEE 754 bits as CPython would store them:
// every nan as the platform's quiet nan of its sign, whatever identity
// payload it carries here. Modules that expose a float's bytes (struct,
// array, pickle) use it.
func FloatBits(f float64) uint64 {
	bits := math.Float64bits(f)
	if f != f {
		return bits&(1<<63) | nanExp | nanQuiet
	}
	return bits
}
