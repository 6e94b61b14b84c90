package format

import (
	"math/big"
	"strconv"
)

// DefaultMaxStrDigits is CPython's default for sys.get_int_max_str_digits():
// the most decimal digits an int may have when converted to or from text.
// A limit of 0 means no limit. Only decimal (and other non-power-of-two
// base) conversions are limited; bin/oct/hex are not.
const DefaultMaxStrDigits = 4300

// maxStrDigitsThreshold is the smallest limit CPython lets a program set
// (other than 0); numbers with no more digits than this are never checked.
const maxStrDigitsThreshold = 640

func errToStrLimit(limit int) error {
	return valueError("Exceeds the limit (" + strconv.Itoa(limit) +
		" digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
}

func errToIntLimit(limit, digits int) error {
	return valueError("Exceeds the limit (" + strconv.Itoa(limit) +
		" digits) for integer string conversion: value has " + strconv.Itoa(digits) +
		" digits; use sys.set_int_max_str_digits() to increase the limit")
}

// log10of2 slightly underestimates log10(2), for lower bounds on digit counts.
const log10of2 = 0.30102999

// AppendIntDecimal appends str(n) to dst. maxDigits is the current
// sys.get_int_max_str_digits() value (0: unlimited); a number with more
// decimal digits (not counting the sign) fails with CPython's ValueError.
// Int64 values never reach the limit and take a fast path.
func AppendIntDecimal(dst []byte, n Int, maxDigits int) ([]byte, error) {
	if n.Big == nil {
		return strconv.AppendInt(dst, n.Small, 10), nil
	}
	if maxDigits > 0 {
		// Every number of this bit length has at least lower digits.
		if lower := int(float64(n.Big.BitLen()-1)*log10of2) + 1; lower > maxDigits {
			return dst, errToStrLimit(maxDigits)
		}
	}
	start := len(dst)
	dst = n.Big.Append(dst, 10)
	if maxDigits > 0 {
		digits := len(dst) - start
		if n.Big.Sign() < 0 {
			digits--
		}
		if digits > maxDigits {
			return dst[:start], errToStrLimit(maxDigits)
		}
	}
	return dst, nil
}

// IntToString returns str(n) under the digit limit maxDigits (0: none).
func IntToString(n Int, maxDigits int) (string, error) {
	if n.Big == nil {
		return strconv.FormatInt(n.Small, 10), nil
	}
	b, err := AppendIntDecimal(nil, n, maxDigits)
	return string(b), err
}

// appendAbsDigits appends |n| in the given base (2, 8, 10 or 16, lower
// case) and reports whether n is negative.
func appendAbsDigits(dst []byte, n Int, base int) ([]byte, bool) {
	if n.Big == nil {
		if n.Small < 0 {
			u := uint64(-n.Small) // also right for math.MinInt64
			return strconv.AppendUint(dst, u, base), true
		}
		return strconv.AppendUint(dst, uint64(n.Small), base), false
	}
	start := len(dst)
	dst = n.Big.Append(dst, base)
	if n.Big.Sign() < 0 {
		copy(dst[start:], dst[start+1:])
		return dst[:len(dst)-1], true
	}
	return dst, false
}

func prefixed(n Int, base int, prefix string) string {
	var buf [72]byte
	b := buf[:0]
	if n.sign() < 0 {
		b = append(b, '-')
	}
	b = append(b, prefix...)
	b, _ = appendAbsDigits(b, n, base)
	return string(b)
}

// Bin returns bin(n), e.g. "0b101" and "-0b101".
func Bin(n Int) string { return prefixed(n, 2, "0b") }

// Oct returns oct(n), e.g. "0o17" and "-0o17".
func Oct(n Int) string { return prefixed(n, 8, "0o") }

// Hex returns hex(n), e.g. "0xff" and "-0xff".
func Hex(n Int) string { return prefixed(n, 16, "0x") }

// IntFromBig wraps b as an Int, in the int64 form when it fits.
func IntFromBig(b *big.Int) Int { return normInt(b) }
