package vm

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/go-python/gpython/py"
)

// Integers are py.Int (int64) while they fit and *py.BigInt beyond; bool
// is an int too. Every operation returns the smallest representation.

// intFast tries an operation on two small ints without allocating a big
// int; ok is false when the result needs the general path (overflow,
// division by zero, a float result that is not exact...).
func intFast(op bytecode.BinaryOp, x, y py.Int) (Object, bool) {
	a, b := int64(x), int64(y)
	switch op.Base() {
	case bytecode.OpAdd:
		r := a + b
		if (r^a)&(r^b) < 0 {
			return nil, false
		}
		return NewInt(r), true
	case bytecode.OpSubtract:
		r := a - b
		if (a^b)&(a^r) < 0 {
			return nil, false
		}
		return NewInt(r), true
	case bytecode.OpMultiply:
		if a > -1<<31 && a < 1<<31 && b > -1<<31 && b < 1<<31 {
			return NewInt(a * b), true
		}
		return nil, false
	case bytecode.OpFloorDivide:
		if b == 0 || (a == math.MinInt64 && b == -1) {
			return nil, false
		}
		q := a / b
		if a%b != 0 && (a < 0) != (b < 0) {
			q--
		}
		return NewInt(q), true
	case bytecode.OpRemainder:
		if b == 0 {
			return nil, false
		}
		if b == -1 {
			return NewInt(0), true
		}
		r := a % b
		if r != 0 && (r < 0) != (b < 0) {
			r += b
		}
		return NewInt(r), true
	case bytecode.OpAnd:
		return NewInt(a & b), true
	case bytecode.OpOr:
		return NewInt(a | b), true
	case bytecode.OpXor:
		return NewInt(a ^ b), true
	case bytecode.OpRshift:
		if b < 0 {
			return nil, false
		}
		if b >= 63 {
			if a < 0 {
				return NewInt(-1), true
			}
			return NewInt(0), true
		}
		return NewInt(a >> uint(b)), true
	case bytecode.OpLshift:
		if b < 0 || b >= 63 {
			return nil, false
		}
		r := a << uint(b)
		if r>>uint(b) != a {
			return nil, false
		}
		return NewInt(r), true
	case bytecode.OpTrueDivide:
		if b == 0 || a > 1<<53 || a < -1<<53 || b > 1<<53 || b < -1<<53 {
			return nil, false
		}
		return py.Float(float64(a) / float64(b)), true
	}
	return nil, false
}

// compareInt64 applies a comparison to two small ints.
func compareInt64(op bytecode.CompareOp, a, b int64) bool {
	switch op {
	case bytecode.CmpLt:
		return a < b
	case bytecode.CmpLe:
		return a <= b
	case bytecode.CmpEq:
		return a == b
	case bytecode.CmpNe:
		return a != b
	case bytecode.CmpGt:
		return a > b
	}
	return a >= b
}

// isIntLike reports whether o is an int (or bool) value, not a subclass
// instance.
func isIntLike(o Object) bool {
	switch o.(type) {
	case py.Int, *py.BigInt, py.Bool:
		return true
	}
	return false
}

// toBig returns an int-like value as a new big.Int.
func toBig(o Object) *big.Int {
	switch v := o.(type) {
	case py.Int:
		return big.NewInt(int64(v))
	case *py.BigInt:
		return new(big.Int).Set((*big.Int)(v))
	case py.Bool:
		if v {
			return big.NewInt(1)
		}
		return big.NewInt(0)
	}
	return nil
}

// smallInt returns an int-like value as an int64 when it fits.
func smallInt(o Object) (int64, bool) {
	switch v := o.(type) {
	case py.Int:
		return int64(v), true
	case py.Bool:
		if v {
			return 1, true
		}
		return 0, true
	case *py.BigInt:
		b := (*big.Int)(v)
		if b.IsInt64() {
			return b.Int64(), true
		}
	}
	return 0, false
}

// intToFloat converts an int-like value to float with CPython's
// OverflowError for huge values.
func intToFloat(o Object) (float64, error) {
	if i, ok := smallInt(o); ok {
		return float64(i), nil
	}
	b := toBig(o)
	f, acc := new(big.Float).SetInt(b).Float64()
	if math.IsInf(f, 0) || (acc != big.Exact && math.IsInf(f, 0)) {
		return 0, NewError(py.OverflowError, "int too large to convert to float")
	}
	return f, nil
}

// intBinary applies a binary operator to two ints. It returns
// NotImplemented when b is not an int.
func intBinary(op bytecode.BinaryOp, a, b Object) (Object, error) {
	if !isIntLike(b) {
		return NotImplemented, nil
	}
	if x, ok := smallInt(a); ok {
		if y, ok := smallInt(b); ok {
			if r, ok := intFast(op, py.Int(x), py.Int(y)); ok {
				return r, nil
			}
		}
	}
	x, y := toBig(a), toBig(b)
	switch op.Base() {
	case bytecode.OpAdd:
		return NewBigInt(x.Add(x, y)), nil
	case bytecode.OpSubtract:
		return NewBigInt(x.Sub(x, y)), nil
	case bytecode.OpMultiply:
		return NewBigInt(x.Mul(x, y)), nil
	case bytecode.OpFloorDivide:
		if y.Sign() == 0 {
			return nil, NewError(py.ZeroDivisionError, "integer division or modulo by zero")
		}
		q, m := x.QuoRem(x, y, new(big.Int))
		if m.Sign() != 0 && (m.Sign() < 0) != (y.Sign() < 0) {
			q.Sub(q, big.NewInt(1))
		}
		return NewBigInt(q), nil
	case bytecode.OpRemainder:
		if y.Sign() == 0 {
			return nil, NewError(py.ZeroDivisionError, "integer modulo by zero")
		}
		_, m := new(big.Int).QuoRem(x, y, new(big.Int))
		if m.Sign() != 0 && (m.Sign() < 0) != (y.Sign() < 0) {
			m.Add(m, y)
		}
		return NewBigInt(m), nil
	case bytecode.OpTrueDivide:
		if y.Sign() == 0 {
			return nil, NewError(py.ZeroDivisionError, "division by zero")
		}
		return intTrueDivide(x, y)
	case bytecode.OpPower:
		return intPow(x, y)
	case bytecode.OpLshift:
		if y.Sign() < 0 {
			return nil, NewError(py.ValueError, "negative shift count")
		}
		if !y.IsInt64() || y.Int64() > 1<<32 {
			if x.Sign() == 0 {
				return NewInt(0), nil
			}
			return nil, NewError(py.OverflowError, "too many digits in integer")
		}
		return NewBigInt(x.Lsh(x, uint(y.Int64()))), nil
	case bytecode.OpRshift:
		if y.Sign() < 0 {
			return nil, NewError(py.ValueError, "negative shift count")
		}
		if !y.IsInt64() || y.Int64() > 1<<32 {
			if x.Sign() < 0 {
				return NewInt(-1), nil
			}
			return NewInt(0), nil
		}
		return NewBigInt(x.Rsh(x, uint(y.Int64()))), nil
	case bytecode.OpAnd:
		return NewBigInt(x.And(x, y)), nil
	case bytecode.OpOr:
		return NewBigInt(x.Or(x, y)), nil
	case bytecode.OpXor:
		return NewBigInt(x.Xor(x, y)), nil
	}
	return NotImplemented, nil
}

// intTrueDivide divides two ints giving the correctly rounded float.
func intTrueDivide(x, y *big.Int) (Object, error) {
	if x.IsInt64() && y.IsInt64() {
		a, b := x.Int64(), y.Int64()
		if a <= 1<<53 && a >= -1<<53 && b <= 1<<53 && b >= -1<<53 {
			return py.Float(float64(a) / float64(b)), nil
		}
	}
	f, _ := new(big.Rat).SetFrac(x, y).Float64()
	if math.IsInf(f, 0) {
		return nil, NewError(py.OverflowError, "integer division result too large for a float")
	}
	return py.Float(f), nil
}

// intPow computes x**y; a negative exponent gives a float.
func intPow(x, y *big.Int) (Object, error) {
	if y.Sign() < 0 {
		if x.Sign() == 0 {
			return nil, NewError(py.ZeroDivisionError, "0.0 cannot be raised to a negative power")
		}
		fx, err := intToFloat(NewBigInt(new(big.Int).Set(x)))
		if err != nil {
			return nil, err
		}
		fy, err := intToFloat(NewBigInt(new(big.Int).Set(y)))
		if err != nil {
			return nil, err
		}
		return floatPow(fx, fy)
	}
	if x.IsInt64() && y.IsInt64() {
		if r, ok := powInt64(x.Int64(), y.Int64()); ok {
			return NewInt(r), nil
		}
	}
	// Refuse results that could not be stored: CPython would try and run
	// out of memory; this keeps the host alive.
	if x.BitLen() > 1 && y.BitLen() > 40 {
		return nil, NewError(py.MemoryError, "")
	}
	return NewBigInt(new(big.Int).Exp(x, y, nil)), nil
}

// powInt64 computes a**b for b >= 0 when the result fits.
func powInt64(a, b int64) (int64, bool) {
	result := int64(1)
	for b > 0 {
		if b&1 == 1 {
			hi, lo := bits.Mul64(uint64(abs64(result)), uint64(abs64(a)))
			if hi != 0 || lo > math.MaxInt64 {
				return 0, false
			}
			neg := (result < 0) != (a < 0)
			result = int64(lo)
			if neg {
				result = -result
			}
		}
		b >>= 1
		if b > 0 {
			hi, lo := bits.Mul64(uint64(abs64(a)), uint64(abs64(a)))
			if hi != 0 || lo > math.MaxInt64 {
				return 0, false
			}
			a = int64(lo)
		}
	}
	return result, true
}

func abs64(a int64) int64 {
	if a < 0 {
		return -a
	}
	return a
}

// intPowMod is pow(x, y, m) for ints.
func intPowMod(x, y, m *big.Int) (Object, error) {
	if m.Sign() == 0 {
		return nil, NewError(py.ValueError, "pow() 3rd argument cannot be 0")
	}
	neg := m.Sign() < 0
	mod := new(big.Int).Abs(m)
	if y.Sign() < 0 {
		inv := new(big.Int).ModInverse(new(big.Int).Mod(x, mod), mod)
		if inv == nil {
			return nil, NewError(py.ValueError, "base is not invertible for the given modulus")
		}
		x = inv
		y = new(big.Int).Neg(y)
	}
	r := new(big.Int).Exp(new(big.Int).Mod(x, mod), y, mod)
	if neg && r.Sign() != 0 {
		r.Sub(r, mod)
	}
	return NewBigInt(r), nil
}

// intCompare compares two ints.
func intCompare(a, b Object) int {
	if x, ok := smallInt(a); ok {
		if y, ok := smallInt(b); ok {
			switch {
			case x < y:
				return -1
			case x > y:
				return 1
			}
			return 0
		}
	}
	return toBig(a).Cmp(toBig(b))
}

// intNeg, intInvert and intAbs are the unary operators on ints.
func intNeg(a Object) Object {
	if x, ok := smallInt(a); ok && x != math.MinInt64 {
		return NewInt(-x)
	}
	b := toBig(a)
	return NewBigInt(b.Neg(b))
}

func intInvert(a Object) Object {
	if x, ok := smallInt(a); ok {
		return NewInt(^x)
	}
	b := toBig(a)
	return NewBigInt(b.Not(b))
}

func intAbs(a Object) Object {
	if x, ok := smallInt(a); ok && x != math.MinInt64 {
		return NewInt(abs64(x))
	}
	b := toBig(a)
	return NewBigInt(b.Abs(b))
}

// intSign returns -1, 0 or 1.
func intSign(a Object) int {
	if x, ok := smallInt(a); ok {
		switch {
		case x < 0:
			return -1
		case x > 0:
			return 1
		}
		return 0
	}
	return toBig(a).Sign()
}

// compareIntFloat compares an int with a float exactly (no rounding of
// the int), as CPython does; nan compares false with everything.
func compareIntFloat(i Object, f float64) (int, bool) {
	if math.IsNaN(f) {
		return 0, false
	}
	if math.IsInf(f, 1) {
		return -1, true
	}
	if math.IsInf(f, -1) {
		return 1, true
	}
	if x, ok := smallInt(i); ok && x > -1<<53 && x < 1<<53 {
		xf := float64(x)
		switch {
		case xf < f:
			return -1, true
		case xf > f:
			return 1, true
		}
		return 0, true
	}
	bf := new(big.Float).SetInt(toBig(i))
	return bf.Cmp(big.NewFloat(f)), true
}
