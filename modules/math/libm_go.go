//go:build !cgo

package math

// Without cgo the C math library cannot be called, and Go's own
// functions stand in for it: results may differ from CPython's in the
// last bit (see docs/deviations.md).

import gomath "math"

// haveLibm reports whether the C library's functions are used.
const haveLibm = false

func cSin(x float64) float64          { return gomath.Sin(x) }
func cCos(x float64) float64          { return gomath.Cos(x) }
func cTan(x float64) float64          { return gomath.Tan(x) }
func cAsin(x float64) float64         { return gomath.Asin(x) }
func cAcos(x float64) float64         { return gomath.Acos(x) }
func cAtan(x float64) float64         { return gomath.Atan(x) }
func cSinh(x float64) float64         { return gomath.Sinh(x) }
func cCosh(x float64) float64         { return gomath.Cosh(x) }
func cTanh(x float64) float64         { return gomath.Tanh(x) }
func cAsinh(x float64) float64        { return gomath.Asinh(x) }
func cAcosh(x float64) float64        { return gomath.Acosh(x) }
func cAtanh(x float64) float64        { return gomath.Atanh(x) }
func cExp(x float64) float64          { return gomath.Exp(x) }
func cExp2(x float64) float64         { return gomath.Exp2(x) }
func cExpm1(x float64) float64        { return gomath.Expm1(x) }
func cLog(x float64) float64          { return gomath.Log(x) }
func cLog2(x float64) float64         { return gomath.Log2(x) }
func cLog10(x float64) float64        { return gomath.Log10(x) }
func cLog1p(x float64) float64        { return gomath.Log1p(x) }
func cCbrt(x float64) float64         { return gomath.Cbrt(x) }
func cErf(x float64) float64          { return gomath.Erf(x) }
func cErfc(x float64) float64         { return gomath.Erfc(x) }
func cAtan2(y, x float64) float64     { return gomath.Atan2(y, x) }
func cPow(x, y float64) float64       { return gomath.Pow(x, y) }
func cFmod(x, y float64) float64      { return gomath.Mod(x, y) }
func cNextafter(x, y float64) float64 { return gomath.Nextafter(x, y) }
