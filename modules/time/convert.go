package time

import (
	"math"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

// Rounding says how a number of seconds becomes a whole number of
// nanoseconds (or seconds), as CPython's time conversions do.
type Rounding int

const (
	// RoundFloor rounds toward minus infinity (gmtime, localtime).
	RoundFloor Rounding = iota
	// RoundTimeout rounds away from zero, so that a timeout never ends
	// early (sleep, lock and queue timeouts).
	RoundTimeout
)

const nsPerSec = 1_000_000_000

// Timeout converts a number of seconds given to a blocking call (sleep,
// acquire, wait, join...) into nanoseconds with CPython's rules and
// errors: an int (or an object with __index__) or a float, rounded away
// from zero; "Invalid value NaN (not a number)"; OverflowError beyond
// what an int64 of nanoseconds holds. Negative values are returned as
// they are: each caller has its own message for them.
func Timeout(t *vm.Thread, o vm.Object) (int64, error) {
	return secondsToNs(t, o, RoundTimeout)
}

func secondsToNs(t *vm.Thread, o vm.Object, r Rounding) (int64, error) {
	if f, ok := vm.Unwrap(o).(py.Float); ok {
		d := float64(f)
		if math.IsNaN(d) {
			return 0, vm.NewError(py.ValueError, "Invalid value NaN (not a number)")
		}
		d = roundDouble(d*nsPerSec, r)
		if !(d >= -9223372036854775808.0 && d < 9223372036854775808.0) {
			return 0, vm.NewError(py.OverflowError, "timestamp out of range for platform time_t")
		}
		return int64(d), nil
	}
	b, err := vm.IndexValue(t, o)
	if err != nil {
		return 0, err
	}
	if !b.IsInt64() {
		return 0, vm.NewError(py.OverflowError, "timestamp too large to convert to C _PyTime_t")
	}
	s := b.Int64()
	if s > math.MaxInt64/nsPerSec || s < math.MinInt64/nsPerSec {
		return 0, vm.NewError(py.OverflowError, "timestamp too large to convert to C _PyTime_t")
	}
	return s * nsPerSec, nil
}

func roundDouble(d float64, r Rounding) float64 {
	switch r {
	case RoundFloor:
		return math.Floor(d)
	default: // away from zero
		if d >= 0 {
			return math.Ceil(d)
		}
		return math.Floor(d)
	}
}

// toTimeT converts the seconds argument of gmtime, localtime and ctime
// to whole seconds, rounding toward minus infinity.
func toTimeT(t *vm.Thread, o vm.Object) (int64, error) {
	if f, ok := vm.Unwrap(o).(py.Float); ok {
		d := float64(f)
		if math.IsNaN(d) {
			return 0, vm.NewError(py.ValueError, "Invalid value NaN (not a number)")
		}
		d = math.Floor(d)
		if !(d >= -9223372036854775808.0 && d < 9223372036854775808.0) {
			return 0, vm.NewError(py.OverflowError, "timestamp out of range for platform time_t")
		}
		return int64(d), nil
	}
	b, err := vm.IndexValue(t, o)
	if err != nil {
		return 0, err
	}
	if !b.IsInt64() {
		return 0, vm.NewError(py.OverflowError, "timestamp out of range for platform time_t")
	}
	return b.Int64(), nil
}

// cInt converts an item of a time tuple as PyArg's "i" format does.
func cInt(t *vm.Thread, o vm.Object) (int, error) {
	if _, ok := vm.Unwrap(o).(py.Float); ok {
		return 0, vm.NewError(py.TypeError, "'float' object cannot be interpreted as an integer")
	}
	b, err := vm.IndexValue(t, o)
	if err != nil {
		return 0, err
	}
	if !b.IsInt64() {
		return 0, vm.NewError(py.OverflowError, "Python int too large to convert to C long")
	}
	v := b.Int64()
	if v > math.MaxInt32 {
		return 0, vm.NewError(py.OverflowError, "signed integer is greater than maximum")
	}
	if v < math.MinInt32 {
		return 0, vm.NewError(py.OverflowError, "signed integer is less than minimum")
	}
	return int(v), nil
}

// nsToInt returns a count of nanoseconds as a Python int.
func nsToInt(ns int64) vm.Object { return vm.NewInt(ns) }

// nsToFloat returns a count of nanoseconds as seconds in a float.
func nsToFloat(ns int64) vm.Object { return py.Float(float64(ns) / nsPerSec) }
