package format

import (
	"strconv"
	"unicode/utf8"
)

// Spec is a parsed format specification,
// [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type].
type Spec struct {
	Fill      rune // the fill character when FillSet
	FillSet   bool // a fill character was given (it precedes an align)
	Align     byte // '<', '>', '^', '=' or 0 when not given
	Sign      byte // '+', '-', ' ' or 0 when not given
	NoNegZero bool // 'z'
	Alt       bool // '#'
	Zero      bool // the '0' flag before the width (only without an explicit fill)
	Width     int  // -1 when not given
	Grouping  byte // ',', '_' or 0
	Precision int  // -1 when not given
	Type      rune // the presentation type; the caller's default when not given
}

// fill returns the fill character in effect.
func (s *Spec) fill() rune {
	if s.FillSet {
		return s.Fill
	}
	if s.Zero {
		return '0'
	}
	return ' '
}

// align returns the alignment in effect, given the type's default ('>'
// for numbers, '<' for strings). The '0' flag turns a default '>' into '='.
func (s *Spec) align(def byte) byte {
	if s.Align != 0 {
		return s.Align
	}
	if s.Zero && def == '>' {
		return '='
	}
	return def
}

func isAlignChar(r rune) bool { return r == '<' || r == '>' || r == '=' || r == '^' }

// charCode renders a type character for error messages: itself when it is
// printable ASCII, else \x followed by its hex value.
func charCode(r rune) string {
	if r > 32 && r < 128 {
		return string(r)
	}
	return `\x` + strconv.FormatInt(int64(r), 16)
}

// cut200 mimics C's "%.200s".
func cut200(s string) string {
	if len(s) > 200 {
		return s[:200]
	}
	return s
}

var errTooManyDigits = valueError("Too many decimal digits in format string")

// scanInt reads decimal digits (any Unicode decimal digits, as CPython
// accepts) from spec at i. It returns the value, the new index, and the
// number of digits read; an overflow of the 64-bit range is an error.
func scanInt(spec string, i int) (int, int, int, error) {
	acc, n := 0, 0
	for i < len(spec) {
		r, size := rune(spec[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(spec[i:])
		}
		d := pyDecimal(r)
		if d < 0 {
			break
		}
		if acc > (1<<63-1-d)/10 {
			return 0, i, n, errTooManyDigits
		}
		acc = acc*10 + d
		i += size
		n++
	}
	return acc, i, n, nil
}

// ParseSpec parses a format specification for an object whose type is
// named typeName (for messages) and whose default presentation type is
// defaultType (0 for float and complex, 'd' for int, 's' for str). It
// checks what can be checked without knowing the value, with CPython's
// errors: "Invalid format specifier '...' for object of type '...'",
// "Format specifier missing precision", "Too many decimal digits in format
// string", "Cannot specify both ',' and '_'." and "Cannot specify ',' with
// 'x'.".
func ParseSpec(spec string, typeName string, defaultType rune) (Spec, error) {
	s := Spec{Fill: ' ', Width: -1, Precision: -1, Type: defaultType}
	i := 0
	// [[fill]align]
	if len(spec) > 0 {
		r0, n0 := decodeChar(spec)
		if n0 < len(spec) && isAlignChar(rune(spec[n0])) {
			s.Fill, s.FillSet, s.Align = r0, true, spec[n0]
			i = n0 + 1
		} else if isAlignChar(r0) {
			s.Align = byte(r0)
			i = 1
		}
	}
	if i < len(spec) && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' ') {
		s.Sign = spec[i]
		i++
	}
	if i < len(spec) && spec[i] == 'z' {
		s.NoNegZero = true
		i++
	}
	if i < len(spec) && spec[i] == '#' {
		s.Alt = true
		i++
	}
	if !s.FillSet && i < len(spec) && spec[i] == '0' {
		s.Zero = true
		i++
	}
	w, j, n, err := scanInt(spec, i)
	if err != nil {
		return s, err
	}
	if n > 0 {
		s.Width = w
	}
	i = j
	if i < len(spec) && spec[i] == ',' {
		s.Grouping = ','
		i++
	}
	if i < len(spec) && spec[i] == '_' {
		if s.Grouping != 0 {
			return s, valueError("Cannot specify both ',' and '_'.")
		}
		s.Grouping = '_'
		i++
	}
	if i < len(spec) && spec[i] == ',' && s.Grouping == '_' {
		return s, valueError("Cannot specify both ',' and '_'.")
	}
	if i < len(spec) && spec[i] == '.' {
		p, j, n, err := scanInt(spec, i+1)
		if err != nil {
			return s, err
		}
		if n == 0 {
			return s, valueError("Format specifier missing precision")
		}
		s.Precision = p
		i = j
	}
	if i < len(spec) {
		r, size := utf8.DecodeRuneInString(spec[i:])
		if i+size < len(spec) {
			return s, valueError("Invalid format specifier '" + spec + "' for object of type '" + cut200(typeName) + "'")
		}
		s.Type = r
	}
	if s.Grouping != 0 {
		switch s.Type {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if s.Grouping == '_' {
				break
			}
			fallthrough
		default:
			return s, valueError("Cannot specify '" + string(s.Grouping) + "' with '" + charCode(s.Type) + "'.")
		}
	}
	return s, nil
}

func errUnknownCode(t rune, typeName string) error {
	return valueError("Unknown format code '" + charCode(t) + "' for object of type '" + cut200(typeName) + "'")
}
