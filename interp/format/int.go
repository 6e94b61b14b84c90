package format

import (
	"math"
	"math/big"
	"strconv"
)

// Int is a Python int as this package passes it around: Big when non-nil,
// otherwise Small. Functions returning an Int use Small whenever the value
// fits in an int64, so callers can keep their fast path.
type Int struct {
	Small int64
	Big   *big.Int
}

// IsBig reports whether the value is held in Big.
func (n Int) IsBig() bool { return n.Big != nil }

// BigInt returns the value as a *big.Int (a new one when it was small).
func (n Int) BigInt() *big.Int {
	if n.Big != nil {
		return n.Big
	}
	return big.NewInt(n.Small)
}

// String returns the decimal text of the value, without any digit limit.
func (n Int) String() string {
	if n.Big != nil {
		return n.Big.String()
	}
	return strconv.FormatInt(n.Small, 10)
}

// normInt returns b as an Int, small when it fits.
func normInt(b *big.Int) Int {
	if b.IsInt64() {
		return Int{Small: b.Int64()}
	}
	return Int{Big: b}
}

// norm returns n with Big cleared when the value fits in an int64.
func (n Int) norm() Int {
	if n.Big != nil && n.Big.IsInt64() {
		return Int{Small: n.Big.Int64()}
	}
	return n
}

// sign returns -1, 0 or 1.
func (n Int) sign() int {
	if n.Big != nil {
		return n.Big.Sign()
	}
	switch {
	case n.Small < 0:
		return -1
	case n.Small > 0:
		return 1
	}
	return 0
}

// toFloat converts n to the nearest float (half-to-even), as float(n) does;
// OverflowError "int too large to convert to float" when out of range.
func (n Int) toFloat() (float64, error) {
	if n.Big == nil {
		return float64(n.Small), nil
	}
	var f big.Float
	f.SetInt(n.Big)
	v, _ := f.Float64()
	if math.IsInf(v, 0) {
		return 0, errIntTooLargeForFloat
	}
	return v, nil
}

var errIntTooLargeForFloat = overflowError("int too large to convert to float")

// IntToFloat converts n to the nearest float, as float(n) does, with
// OverflowError "int too large to convert to float" when out of range.
func IntToFloat(n Int) (float64, error) { return n.toFloat() }

// FloatToInt converts x to an int by truncating toward zero, as int(x)
// does: OverflowError "cannot convert float infinity to integer" and
// ValueError "cannot convert float NaN to integer".
func FloatToInt(x float64) (Int, error) {
	if math.IsNaN(x) {
		return Int{}, valueError("cannot convert float NaN to integer")
	}
	if math.IsInf(x, 0) {
		return Int{}, overflowError("cannot convert float infinity to integer")
	}
	x = math.Trunc(x)
	if x >= -(1<<63) && x < 1<<63 {
		return Int{Small: int64(x)}, nil
	}
	var f big.Float
	f.SetFloat64(x)
	b, _ := f.Int(nil)
	return Int{Big: b}, nil
}
