package vm

import (
	"math"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/go-python/gpython/py"
)

// floatBinary applies a binary operator to two floats with CPython's
// results and errors. Operators floats lack give NotImplemented. Each
// nan result is a new object, as in CPython (see nan.go).
func floatBinary(op bytecode.BinaryOp, a, b float64) (Object, error) {
	r, err := floatBinaryValue(op, a, b)
	if f, ok := r.(py.Float); ok && f != f {
		return freshNaN(float64(f)), err
	}
	return r, err
}

func floatBinaryValue(op bytecode.BinaryOp, a, b float64) (Object, error) {
	switch op.Base() {
	case bytecode.OpAdd:
		return py.Float(a + b), nil
	case bytecode.OpSubtract:
		return py.Float(a - b), nil
	case bytecode.OpMultiply:
		return py.Float(a * b), nil
	case bytecode.OpTrueDivide:
		if b == 0 {
			return nil, NewError(py.ZeroDivisionError, "float division by zero")
		}
		return py.Float(a / b), nil
	case bytecode.OpFloorDivide:
		if b == 0 {
			return nil, NewError(py.ZeroDivisionError, "float floor division by zero")
		}
		q, _ := floatDivmod(a, b)
		return py.Float(q), nil
	case bytecode.OpRemainder:
		if b == 0 {
			return nil, NewError(py.ZeroDivisionError, "float modulo")
		}
		_, m := floatDivmod(a, b)
		return py.Float(m), nil
	case bytecode.OpPower:
		return floatPow(a, b)
	}
	return NotImplemented, nil
}

// floatDivmod returns the floor quotient and the remainder with the sign
// of b, as Python defines them.
func floatDivmod(a, b float64) (float64, float64) {
	mod := math.Mod(a, b)
	div := (a - mod) / b
	if mod != 0 {
		if (b < 0) != (mod < 0) {
			mod += b
			div -= 1
		}
	} else {
		mod = math.Copysign(0, b)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1
		}
	} else {
		floordiv = math.Copysign(0, a/b)
	}
	return floordiv, mod
}

// floatPow is float ** float with CPython's special cases: a negative
// base with a non-integral exponent gives a complex result, as in Python
// 3; the rest is the C library's pow, so results agree to the last bit.
func floatPow(a, b float64) (Object, error) {
	if b == 0 {
		return py.Float(1), nil
	}
	if math.IsNaN(a) {
		return py.Float(a), nil
	}
	if math.IsNaN(b) {
		if a == 1 {
			return py.Float(1), nil
		}
		return py.Float(b), nil
	}
	if math.IsInf(b, 0) {
		a = math.Abs(a)
		switch {
		case a == 1:
			return py.Float(1), nil
		case (b > 0) == (a > 1):
			return py.Float(math.Inf(1)), nil
		}
		return py.Float(0), nil
	}
	odd := isOddInteger(b)
	if math.IsInf(a, 0) {
		if b > 0 {
			if odd {
				return py.Float(a), nil
			}
			return py.Float(math.Abs(a)), nil
		}
		if odd {
			return py.Float(math.Copysign(0, a)), nil
		}
		return py.Float(0), nil
	}
	if a == 0 {
		if b < 0 {
			return nil, NewError(py.ZeroDivisionError, "0.0 cannot be raised to a negative power")
		}
		if odd {
			return py.Float(a), nil
		}
		return py.Float(0), nil
	}
	negate := false
	if a < 0 {
		if b != math.Floor(b) {
			return complexPow(complex(a, 0), complex(b, 0))
		}
		a = -a
		negate = odd
	}
	if a == 1 {
		if negate {
			return py.Float(-1), nil
		}
		return py.Float(1), nil
	}
	r := libm.Pow(a, b)
	if negate {
		r = -r
	}
	if math.IsInf(r, 0) {
		return nil, NewException(py.OverflowError, NewInt(34), py.String("Numerical result out of range"))
	}
	return py.Float(r), nil
}

// isOddInteger reports whether a finite float is an odd integer.
func isOddInteger(f float64) bool {
	return math.Abs(math.Mod(f, 2)) == 1
}

// asFloat returns the float value of an int or float operand.
func asFloat(o Object) (float64, bool, error) {
	switch v := o.(type) {
	case py.Float:
		return float64(v), true, nil
	case py.Int, py.Bool, *py.BigInt:
		f, err := intToFloat(v)
		return f, true, err
	}
	return 0, false, nil
}

// floatNumeric implements float's operators for the method table.
func floatNumeric(t *Thread, op bytecode.BinaryOp, self, other Object, reflected bool) (Object, error) {
	a := float64(self.(py.Float))
	b, ok, err := asFloat(other)
	if err != nil {
		return nil, err
	}
	if !ok {
		return NotImplemented, nil
	}
	if reflected {
		a, b = b, a
	}
	return floatBinary(op, a, b)
}

// floatCompare implements float's comparisons.
func floatCompare(t *Thread, op bytecode.CompareOp, self, other Object) (Object, error) {
	a := float64(self.(py.Float))
	switch o := other.(type) {
	case py.Float:
		return NewBool(compareFloat(op, a, float64(o))), nil
	case py.Int, py.Bool, *py.BigInt:
		c, ok := compareIntFloat(o, a)
		if !ok {
			return NewBool(op == bytecode.CmpNe), nil
		}
		return NewBool(cmpResult(op, -c)), nil
	}
	return NotImplemented, nil
}

// complexBinary applies a binary operator to two complex numbers.
func complexBinary(op bytecode.BinaryOp, a, b complex128) (Object, error) {
	switch op.Base() {
	case bytecode.OpAdd:
		return py.Complex(a + b), nil
	case bytecode.OpSubtract:
		return py.Complex(a - b), nil
	case bytecode.OpMultiply:
		return py.Complex(complexMul(a, b)), nil
	case bytecode.OpTrueDivide:
		if b == 0 {
			return nil, NewError(py.ZeroDivisionError, "complex division by zero")
		}
		return py.Complex(complexDiv(a, b)), nil
	case bytecode.OpPower:
		return complexPow(a, b)
	}
	return NotImplemented, nil
}

// complexDiv divides as CPython does (Smith's algorithm), which differs
// from Go's in the last bits for some operands. The explicit float64
// conversions keep the compiler from fusing multiplications and
// additions, which would change the rounding.
func complexDiv(a, b complex128) complex128 {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	if absBr >= absBi {
		if absBr == 0 {
			return complex(math.NaN(), math.NaN())
		}
		ratio := bi / br
		denom := br + float64(bi*ratio)
		return complex((ar+float64(ai*ratio))/denom, (ai-float64(ar*ratio))/denom)
	}
	if absBi >= absBr {
		ratio := br / bi
		denom := float64(br*ratio) + bi
		return complex((float64(ar*ratio)+ai)/denom, (float64(ai*ratio)-ar)/denom)
	}
	return complex(math.NaN(), math.NaN())
}

// complexMul multiplies as CPython does, without fused operations.
func complexMul(a, b complex128) complex128 {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	return complex(float64(ar*br)-float64(ai*bi), float64(ar*bi)+float64(ai*br))
}

// complexPow raises a to b as CPython's complex power does: repeated
// squaring for integral exponents up to 100 in magnitude, else the
// polar form with the C library's functions.
func complexPow(a, b complex128) (Object, error) {
	var r complex128
	if imag(b) == 0 && real(b) == math.Floor(real(b)) && math.Abs(real(b)) <= 100 {
		n := int(real(b))
		if n > 0 {
			r = complexPowU(a, n)
		} else {
			d := complexPowU(a, -n)
			if d == 0 {
				return nil, NewError(py.ZeroDivisionError, "0.0 to a negative or complex power")
			}
			r = complexDiv(1, d)
		}
	} else {
		switch {
		case b == 0:
			r = 1
		case a == 0:
			if imag(b) != 0 || real(b) < 0 {
				return nil, NewError(py.ZeroDivisionError, "0.0 to a negative or complex power")
			}
			r = 0
		default:
			vabs := libm.Hypot(real(a), imag(a))
			length := libm.Pow(vabs, real(b))
			at := libm.Atan2(imag(a), real(a))
			phase := at * real(b)
			if imag(b) != 0 {
				length /= libm.Exp(at * imag(b))
				phase += imag(b) * libm.Log(vabs)
			}
			r = complex(length*libm.Cos(phase), length*libm.Sin(phase))
		}
	}
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return nil, NewError(py.OverflowError, "complex exponentiation")
	}
	return py.Complex(r), nil
}

// complexPowU is a**n for n >= 0 by repeated squaring.
func complexPowU(a complex128, n int) complex128 {
	r := complex(1, 0)
	p := a
	for mask := 1; mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = complexMul(r, p)
		}
		p = complexMul(p, p)
	}
	return r
}

// asComplex returns the complex value of a numeric operand.
func asComplex(o Object) (complex128, bool, error) {
	if c, ok := o.(py.Complex); ok {
		return complex128(c), true, nil
	}
	f, ok, err := asFloat(o)
	return complex(f, 0), ok, err
}

// complexNumeric implements complex's operators for the method table.
func complexNumeric(t *Thread, op bytecode.BinaryOp, self, other Object, reflected bool) (Object, error) {
	a := complex128(self.(py.Complex))
	b, ok, err := asComplex(other)
	if err != nil {
		return nil, err
	}
	if !ok {
		return NotImplemented, nil
	}
	if reflected {
		a, b = b, a
	}
	return complexBinary(op, a, b)
}
