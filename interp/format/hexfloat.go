package format

import (
	"math"
	"math/big"
	"strconv"
)

// pyNaN is the quiet NaN CPython produces for float('nan').
var pyNaN = math.Float64frombits(0x7ff8000000000000)

const hexDigitsLower = "0123456789abcdef"

// FloatHex returns float.hex(x): "0x1.8000000000000p+1" style, with all 13
// fraction digits, "0x0.0p+0" for zero, and "inf", "-inf", "nan".
func FloatHex(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return FloatRepr(x)
	}
	var buf [32]byte
	b := buf[:0]
	if math.Signbit(x) {
		b = append(b, '-')
	}
	if x == 0 {
		return string(append(b, "0x0.0p+0"...))
	}
	bits := math.Float64bits(x)
	frac := bits & (1<<52 - 1)
	bexp := int(bits>>52) & 0x7ff
	lead := byte('1')
	exp := bexp - 1023
	if bexp == 0 { // subnormal
		lead = '0'
		exp = -1022
	}
	b = append(b, '0', 'x', lead, '.')
	for shift := 48; shift >= 0; shift -= 4 {
		b = append(b, hexDigitsLower[(frac>>uint(shift))&0xf])
	}
	b = append(b, 'p')
	if exp >= 0 {
		b = append(b, '+')
	}
	b = strconv.AppendInt(b, int64(exp), 10)
	return string(b)
}

func isASCIISpace(c byte) bool {
	return c == ' ' || (c >= '\t' && c <= '\r')
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

var errBadHex = valueError("invalid hexadecimal floating-point string")
var errHexTooLarge = overflowError("hexadecimal value too large to represent as a float")

// FloatFromHex implements float.fromhex(s): optional ASCII whitespace, a
// sign, then "inf", "infinity" or "nan" in any case, or an optional "0x"
// followed by hex digits with an optional point and an optional binary
// exponent "p[+-]DIGITS". The value is rounded half-to-even to the nearest
// float; a value too large raises OverflowError.
func FloatFromHex(s string) (float64, error) {
	i, n := 0, len(s)
	for i < n && isASCIISpace(s[i]) {
		i++
	}
	end := n
	for end > i && isASCIISpace(s[end-1]) {
		end--
	}
	neg := false
	if i < end && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	if v, ok := parseInfNaN(s[i:end]); ok {
		if neg {
			v = -v
		}
		return v, nil
	}
	if i+1 < end && s[i] == '0' && (s[i+1] == 'x' || s[i+1] == 'X') {
		i += 2
	}
	// Coefficient: hex digits with at most one point.
	intStart := i
	for i < end && hexVal(s[i]) >= 0 {
		i++
	}
	intDigits := s[intStart:i]
	fracDigits := ""
	if i < end && s[i] == '.' {
		i++
		fs := i
		for i < end && hexVal(s[i]) >= 0 {
			i++
		}
		fracDigits = s[fs:i]
	}
	if len(intDigits)+len(fracDigits) == 0 {
		return 0, errBadHex
	}
	// Exponent, saturating like C's strtol.
	var exp int64
	if i < end && (s[i] == 'p' || s[i] == 'P') {
		i++
		eneg := false
		if i < end && (s[i] == '+' || s[i] == '-') {
			eneg = s[i] == '-'
			i++
		}
		if i >= end || s[i] < '0' || s[i] > '9' {
			return 0, errBadHex
		}
		for i < end && s[i] >= '0' && s[i] <= '9' {
			if exp < 1<<40 {
				exp = exp*10 + int64(s[i]-'0')
			}
			i++
		}
		if eneg {
			exp = -exp
		}
	}
	if i != end {
		return 0, errBadHex
	}
	// Drop leading zeros; the value is mant * 2**(exp - 4*len(frac)).
	digits := intDigits + fracDigits
	exp -= 4 * int64(len(fracDigits))
	k := 0
	for k < len(digits) && digits[k] == '0' {
		k++
	}
	digits = digits[k:]
	for len(digits) > 0 && digits[len(digits)-1] == '0' {
		digits = digits[:len(digits)-1]
		exp += 4
	}
	zero := 0.0
	if neg {
		zero = math.Copysign(0, -1)
	}
	if len(digits) == 0 {
		return zero, nil
	}
	// Top bit position of the value: 2**top <= value < 2**(top+1).
	top := exp + 4*int64(len(digits)) - 1
	for c := hexVal(digits[0]); c < 8; c <<= 1 {
		top--
	}
	if top >= 1024 {
		return 0, errHexTooLarge
	}
	if top < -1080 {
		return zero, nil
	}
	var mant big.Int
	if _, ok := mant.SetString(digits, 16); !ok {
		return 0, errBadHex
	}
	var f big.Float
	f.SetInt(&mant)
	f.SetMantExp(&f, int(exp))
	v, _ := f.Float64()
	if math.IsInf(v, 0) {
		return 0, errHexTooLarge
	}
	if neg {
		v = -v
	}
	return v, nil
}

// parseInfNaN recognises "inf", "infinity" and "nan" in any case (no sign).
func parseInfNaN(s string) (float64, bool) {
	switch len(s) {
	case 3:
		if eqFold(s, "inf") {
			return math.Inf(1), true
		}
		if eqFold(s, "nan") {
			return pyNaN, true
		}
	case 8:
		if eqFold(s, "infinity") {
			return math.Inf(1), true
		}
	}
	return 0, false
}

// eqFold compares s with the lower-case ASCII word w, ignoring ASCII case.
func eqFold(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}
