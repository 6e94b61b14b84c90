package format

import (
	"math"
	"strconv"
)

// Flags for appendDouble, mirroring the switches Python's float-to-text
// conversion takes.
const (
	dtSign      = 1 << iota // always write a sign ('+' for non-negative)
	dtAddDot0               // write "1.0", not "1", when the result looks like an integer
	dtAlt                   // '#': keep the decimal point and, for g, trailing zeros
	dtNoNegZero             // 'z': drop the '-' when the result rounds to zero
)

// decimalDigits returns the decimal digits of the finite, non-negative x,
// with trailing zeros removed, and decpt, the position of the decimal point
// relative to the first digit (x = 0.DIGITS * 10**decpt). mode is 'r'
// (shortest round-trip digits), 'e' (n significant digits) or 'f' (n digits
// after the point). Rounding is correct, half-to-even on the exact binary
// value. Zero yields "0" and decpt 1; a value that rounds to zero in 'f'
// mode yields no digits and decpt -n. The digits live in buf when they fit.
func decimalDigits(buf []byte, x float64, mode byte, n int) ([]byte, int) {
	if x == 0 {
		return append(buf[:0], '0'), 1
	}
	switch mode {
	case 'r', 'e':
		prec := -1
		if mode == 'e' {
			prec = n - 1
		}
		s := strconv.AppendFloat(buf[:0], x, 'e', prec, 64)
		// s is "D[.DDDD]e±XX": pull the digits together in place.
		epos := len(s) - 1
		for s[epos] != 'e' {
			epos--
		}
		exp := 0
		for _, c := range s[epos+2:] {
			exp = exp*10 + int(c-'0')
		}
		if s[epos+1] == '-' {
			exp = -exp
		}
		digits := s[:1]
		if epos > 1 {
			digits = append(digits, s[2:epos]...)
		}
		end := len(digits)
		for end > 1 && digits[end-1] == '0' {
			end--
		}
		return digits[:end], exp + 1
	default: // 'f'
		s := strconv.AppendFloat(buf[:0], x, 'f', n, 64)
		decpt := len(s)
		for i, c := range s {
			if c == '.' {
				decpt = i
				break
			}
		}
		// Move the fractional digits over the point.
		if decpt < len(s) {
			copy(s[decpt:], s[decpt+1:])
			s = s[:len(s)-1]
		}
		start := 0
		for start < len(s) && s[start] == '0' {
			start++
			decpt--
		}
		end := len(s)
		for end > start && s[end-1] == '0' {
			end--
		}
		if start == end {
			return s[:0], -n
		}
		return s[start:end], decpt
	}
}

// appendDouble appends x formatted as Python's float-to-text core does for
// the presentation code ('e', 'E', 'f', 'F', 'g', 'G' or 'r', where 'r' is
// repr's shortest form), the precision and the dt* flags.
func appendDouble(dst []byte, x float64, code byte, prec int, flags int) []byte {
	upper := false
	switch code {
	case 'E', 'F', 'G':
		upper = true
		code += 'a' - 'A'
	}
	if math.IsNaN(x) {
		if flags&dtSign != 0 {
			dst = append(dst, '+')
		}
		if upper {
			return append(dst, "NAN"...)
		}
		return append(dst, "nan"...)
	}
	neg := math.Signbit(x)
	if neg {
		x = -x
	}
	if math.IsInf(x, 0) {
		if neg {
			dst = append(dst, '-')
		} else if flags&dtSign != 0 {
			dst = append(dst, '+')
		}
		if upper {
			return append(dst, "INF"...)
		}
		return append(dst, "inf"...)
	}

	var buf [40]byte
	var digits []byte
	var decpt int
	switch code {
	case 'r':
		digits, decpt = decimalDigits(buf[:], x, 'r', 0)
	case 'e':
		prec++
		digits, decpt = decimalDigits(buf[:], x, 'e', prec)
	case 'f':
		digits, decpt = decimalDigits(buf[:], x, 'f', prec)
	default: // 'g'
		if prec == 0 {
			prec = 1
		}
		digits, decpt = decimalDigits(buf[:], x, 'e', prec)
	}

	if neg && flags&dtNoNegZero != 0 {
		zero := true
		for _, c := range digits {
			if c != '0' {
				zero = false
				break
			}
		}
		if zero {
			neg = false
		}
	}
	if neg {
		dst = append(dst, '-')
	} else if flags&dtSign != 0 {
		dst = append(dst, '+')
	}

	addDot0 := flags&dtAddDot0 != 0
	alt := flags&dtAlt != 0
	useExp := false
	end := len(digits) // the written digits are the virtual digits [start, end)
	switch code {
	case 'e':
		useExp = true
		end = prec
	case 'f':
		end = decpt + prec
	case 'g':
		limit := prec
		if addDot0 {
			limit--
		}
		useExp = decpt <= -4 || decpt > limit
		if alt {
			end = prec
		}
	case 'r':
		useExp = decpt <= -4 || decpt > 16
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	start := 0
	if decpt <= 0 {
		start = decpt - 1
	}
	if !useExp && addDot0 {
		end = max(end, decpt+1)
	} else {
		end = max(end, decpt)
	}
	for i := start; i < end; i++ {
		if i == decpt {
			dst = append(dst, '.')
		}
		if i >= 0 && i < len(digits) {
			dst = append(dst, digits[i])
		} else {
			dst = append(dst, '0')
		}
	}
	if decpt == end && alt {
		dst = append(dst, '.')
	}
	if useExp {
		if upper {
			dst = append(dst, 'E')
		} else {
			dst = append(dst, 'e')
		}
		if exp < 0 {
			dst = append(dst, '-')
			exp = -exp
		} else {
			dst = append(dst, '+')
		}
		if exp < 10 {
			dst = append(dst, '0')
		}
		dst = strconv.AppendInt(dst, int64(exp), 10)
	}
	return dst
}

// AppendFloatRepr appends repr(x) (which is also str(x)) to dst.
func AppendFloatRepr(dst []byte, x float64) []byte {
	return appendDouble(dst, x, 'r', 0, dtAddDot0)
}

// FloatRepr returns repr(x) (which is also str(x)): the shortest digits
// that round-trip, in positional notation when the decimal exponent is in
// [-4, 16) and in exponent notation otherwise; "inf", "-inf", "nan".
func FloatRepr(x float64) string {
	var buf [32]byte
	return string(AppendFloatRepr(buf[:0], x))
}
