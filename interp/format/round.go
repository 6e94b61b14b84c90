package format

import (
	"math"
	"math/big"
	"strconv"
)

// Bounds beyond which round(x, n) needs no work: past roundDigitsMax every
// float is already a multiple of 10**-n, below roundDigitsMin every float
// rounds to zero.
const (
	roundDigitsMax = 323
	roundDigitsMin = -308
)

// RoundFloat implements round(x, ndigits) for a float x, returning a float.
// The result is x rounded half-to-even on its exact binary value to a
// multiple of 10**-ndigits, then correctly rounded back to a float (so
// round(2.675, 2) == 2.67). ndigits may be negative; the object layer
// clamps a huge Python int to the int range first, as CPython clamps to
// Py_ssize_t. NaN and infinities are returned unchanged. OverflowError
// "rounded value too large to represent" when rounding up overflows.
func RoundFloat(x float64, ndigits int) (float64, error) {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return x, nil
	}
	if ndigits > roundDigitsMax {
		return x, nil
	}
	if ndigits < roundDigitsMin {
		return 0 * x, nil
	}
	if ndigits >= 0 {
		var buf [400]byte
		s := strconv.AppendFloat(buf[:0], x, 'f', ndigits, 64)
		v, err := strconv.ParseFloat(string(s), 64)
		if err != nil && !math.IsInf(v, 0) {
			return 0, valueError(err.Error())
		}
		if math.IsInf(v, 0) {
			return 0, overflowError("rounded value too large to represent")
		}
		if v == 0 && x < 0 {
			v = math.Copysign(0, -1)
		}
		return v, nil
	}
	// Negative ndigits: exact integer arithmetic on the binary value.
	neg := x < 0
	var f big.Float
	f.SetFloat64(math.Abs(x))
	ip, acc := f.Int(nil)
	hasFrac := acc != big.Exact
	d := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-ndigits)), nil)
	q, r := new(big.Int).QuoRem(ip, d, new(big.Int))
	r.Lsh(r, 1)
	switch c := r.Cmp(d); {
	case c > 0, c == 0 && (hasFrac || q.Bit(0) == 1):
		q.Add(q, big.NewInt(1))
	}
	q.Mul(q, d)
	f.SetInt(q)
	v, _ := f.Float64()
	if math.IsInf(v, 0) {
		return 0, overflowError("rounded value too large to represent")
	}
	if neg {
		v = -v
	}
	return v, nil
}

// RoundFloatToInt implements round(x) with no ndigits: the nearest integer,
// ties to even, as a Python int. OverflowError "cannot convert float
// infinity to integer", ValueError "cannot convert float NaN to integer".
func RoundFloatToInt(x float64) (Int, error) {
	return FloatToInt(math.RoundToEven(x))
}
