package vm

import "math"

// Libm holds the C math library functions float and complex arithmetic
// use. CPython's ** calls the platform's pow (and its complex power
// atan2, exp, log, sin, cos, hypot), whose last bits can differ from
// Go's; the math module, when built with cgo, installs the C library's
// own (SetLibm) so that gilpy's results match CPython's.
type Libm struct {
	Pow, Atan2, Hypot  func(x, y float64) float64
	Exp, Log, Sin, Cos func(x float64) float64
}

var libm = Libm{
	Pow: math.Pow, Atan2: math.Atan2, Hypot: math.Hypot,
	Exp: math.Exp, Log: math.Log, Sin: math.Sin, Cos: math.Cos,
}

// SetLibm replaces the math functions arithmetic uses; call it from an
// init function only (every interpreter shares them).
func SetLibm(l Libm) { libm = l }
