package format

import (
	"math"
	"math/big"
	"strconv"
)

// digitValue returns the value of an ASCII letter or digit as a digit in
// bases up to 36, or 99.
func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

// reprTrunc returns repr(s) cut to at most n code points, as CPython's
// "%.200R" does.
func reprTrunc(s string, n int) string {
	r := StrRepr(s)
	count := 0
	for i := range r {
		if count == n {
			return r[:i]
		}
		count++
	}
	return r
}

func errIntLiteral(s string, base int) error {
	return valueError("invalid literal for int() with base " + strconv.Itoa(base) + ": " + reprTrunc(s, 200))
}

// ParseInt implements int(s, base) for a str s: surrounding whitespace
// (Unicode whitespace too), a sign, the 0x/0o/0b prefix allowed by the base
// (base 0 takes it from the prefix, and then rejects leading zeros of a
// non-zero decimal), single underscores between digits and after a prefix
// (PEP 515), and any Unicode decimal digits. maxDigits is
// sys.get_int_max_str_digits() (0: no limit); it applies to bases that are
// not powers of two. The result is small when it fits in an int64.
//
// Errors: ValueError "int() base must be >= 2 and <= 36, or 0",
// "invalid literal for int() with base B: 'repr'" (repr cut to 200
// characters, base as given) and the digit-limit message.
func ParseInt(s string, base int, maxDigits int) (Int, error) {
	if (base != 0 && base < 2) || base > 36 {
		return Int{}, valueError("int() base must be >= 2 and <= 36, or 0")
	}
	t := transformDecimalAndSpace(s)
	v, ok, err := parseIntASCII(t, base, maxDigits)
	if err != nil {
		return Int{}, err
	}
	if !ok {
		return Int{}, errIntLiteral(s, base)
	}
	return v, nil
}

// parseIntASCII parses the transformed text. ok is false for a malformed
// literal; err is set only for the digit-limit error.
func parseIntASCII(s string, base int, maxDigits int) (Int, bool, error) {
	i, n := 0, len(s)
	for i < n && isASCIISpace(s[i]) {
		i++
	}
	neg := false
	if i < n && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	zeroOnly := false
	if base == 0 {
		switch {
		case i >= n || s[i] != '0':
			base = 10
		case i+1 < n && (s[i+1] == 'x' || s[i+1] == 'X'):
			base = 16
		case i+1 < n && (s[i+1] == 'o' || s[i+1] == 'O'):
			base = 8
		case i+1 < n && (s[i+1] == 'b' || s[i+1] == 'B'):
			base = 2
		default:
			// An old-style octal literal: only zero is allowed.
			zeroOnly = true
			base = 10
		}
	}
	if i+1 < n && s[i] == '0' {
		c := s[i+1] | 0x20
		if (base == 16 && c == 'x') || (base == 8 && c == 'o') || (base == 2 && c == 'b') {
			i += 2
			if i < n && s[i] == '_' {
				i++
			}
		}
	}
	if i < n && s[i] == '_' {
		return Int{}, false, nil
	}
	// Scan digits and single underscores between them.
	start := i
	digits := 0
	prevUnderscore := false
	for i < n {
		c := s[i]
		if c == '_' {
			if prevUnderscore {
				return Int{}, false, nil
			}
			prevUnderscore = true
		} else if digitValue(c) < base {
			prevUnderscore = false
			digits++
		} else {
			break
		}
		i++
	}
	if prevUnderscore {
		return Int{}, false, nil
	}
	body := s[start:i]
	if base&(base-1) != 0 && digits > maxStrDigitsThreshold && maxDigits > 0 && digits > maxDigits {
		return Int{}, false, errToIntLimit(maxDigits, digits)
	}
	if digits == 0 {
		return Int{}, false, nil
	}
	for i < n && isASCIISpace(s[i]) {
		i++
	}
	if i != n {
		return Int{}, false, nil
	}
	// Fast path: accumulate in a uint64 while it cannot overflow.
	var acc uint64
	fits := true
	for j := 0; j < len(body); j++ {
		c := body[j]
		if c == '_' {
			continue
		}
		d := uint64(digitValue(c))
		if acc > (math.MaxUint64-d)/uint64(base) {
			fits = false
			break
		}
		acc = acc*uint64(base) + d
	}
	if zeroOnly && (!fits || acc != 0) {
		return Int{}, false, nil
	}
	if fits {
		if !neg && acc <= math.MaxInt64 {
			return Int{Small: int64(acc)}, true, nil
		}
		if neg && acc <= 1<<63 {
			return Int{Small: int64(-acc)}, true, nil // -(1<<63) wraps correctly
		}
		b := new(big.Int).SetUint64(acc)
		if neg {
			b.Neg(b)
		}
		return Int{Big: b}, true, nil
	}
	clean := body
	if digits != len(body) {
		buf := make([]byte, 0, digits)
		for j := 0; j < len(body); j++ {
			if body[j] != '_' {
				buf = append(buf, body[j])
			}
		}
		clean = string(buf)
	}
	b, ok := new(big.Int).SetString(clean, base)
	if !ok {
		return Int{}, false, nil
	}
	if neg {
		b.Neg(b)
	}
	return normInt(b), true, nil
}

func errFloatLiteral(s string) error {
	return valueError("could not convert string to float: " + StrRepr(s))
}

// ParseFloat implements float(s) for a str s: surrounding whitespace
// (Unicode whitespace too), a sign, "inf", "infinity" or "nan" in any case,
// or a decimal literal ("1", "1.", ".5", "1e-5") with single underscores
// between digits and any Unicode decimal digits. Out-of-range values become
// infinities or zeros, as in CPython. Error: ValueError "could not convert
// string to float: 'repr'".
func ParseFloat(s string) (float64, error) {
	t := transformDecimalAndSpace(s)
	i, end := 0, len(t)
	for i < end && isASCIISpace(t[i]) {
		i++
	}
	for end > i && isASCIISpace(t[end-1]) {
		end--
	}
	t = t[i:end]
	v, ok := parseFloatASCII(t)
	if !ok {
		return 0, errFloatLiteral(s)
	}
	return v, nil
}

func parseFloatASCII(t string) (float64, bool) {
	if len(t) == 0 {
		return 0, false
	}
	// Underscores must sit between two digits.
	hasUnderscore := false
	for j := 0; j < len(t); j++ {
		if t[j] == '_' {
			if j == 0 || j == len(t)-1 || !isDigit(t[j-1]) || !isDigit(t[j+1]) {
				return 0, false
			}
			hasUnderscore = true
		}
	}
	if hasUnderscore {
		buf := make([]byte, 0, len(t))
		for j := 0; j < len(t); j++ {
			if t[j] != '_' {
				buf = append(buf, t[j])
			}
		}
		t = string(buf)
	}
	i := 0
	neg := false
	if t[0] == '+' || t[0] == '-' {
		neg = t[0] == '-'
		i++
	}
	if v, ok := parseInfNaN(t[i:]); ok {
		if neg {
			v = -v
		}
		return v, true
	}
	// [digits][.digits] with at least one digit, then [e[sign]digits].
	j := i
	nd := 0
	for j < len(t) && isDigit(t[j]) {
		j++
		nd++
	}
	if j < len(t) && t[j] == '.' {
		j++
		for j < len(t) && isDigit(t[j]) {
			j++
			nd++
		}
	}
	if nd == 0 {
		return 0, false
	}
	if j < len(t) && (t[j] == 'e' || t[j] == 'E') {
		j++
		if j < len(t) && (t[j] == '+' || t[j] == '-') {
			j++
		}
		ne := 0
		for j < len(t) && isDigit(t[j]) {
			j++
			ne++
		}
		if ne == 0 {
			return 0, false
		}
	}
	if j != len(t) {
		return 0, false
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return 0, false
		}
	}
	return v, true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
