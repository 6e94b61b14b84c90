package format

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// Arg is one operand of printf-style formatting (str % args), implemented
// by the object layer for any Python object. Each method mirrors one thing
// CPython's % operator asks of an object; errors the methods return
// (exceptions raised by __str__, __index__, ...) are passed back unchanged.
type Arg interface {
	// TypeName is type(obj).__name__ (tp_name), used in TypeError messages.
	TypeName() string
	// Str, Repr and ASCII return str(obj), repr(obj) and ascii(obj): used
	// by %s, %r and %a.
	Str() (string, error)
	Repr() (string, error)
	ASCII() (string, error)
	// AsInt reports whether obj is an int instance (int, bool or a
	// subclass: PyLong_Check) and if so its value. Used by %d and friends,
	// and by '*', which accepts only ints.
	AsInt() (Int, bool)
	// ToInt converts a non-int obj to an int: with index true by
	// __index__ (%o %x %X %c), otherwise as int(obj) does for a number
	// (PyNumber_Long: __int__, __index__, __trunc__; a float truncates, so
	// inf gives OverflowError "cannot convert float infinity to integer").
	// ok is false when obj is not a number at all (no __index__, __int__ or
	// __float__ and not complex) or when the conversion raised TypeError;
	// the engine then raises its own TypeError. Any other exception is
	// returned as err.
	ToInt(index bool) (v Int, ok bool, err error)
	// ToFloat converts obj for %e %f %g like float(obj) on a number
	// (PyFloat_AsDouble: a float itself, __float__, then __index__). ok is
	// false when obj has neither (the engine raises "must be real number,
	// not T"); other exceptions, e.g. OverflowError "int too large to
	// convert to float", are returned as err.
	ToFloat() (v float64, ok bool, err error)
	// AsStr reports whether obj is a str instance and if so its text; %c
	// accepts a str of exactly one character.
	AsStr() (string, bool)
}

// Args describes the right operand of str % operand.
//
//   - a tuple: Tuple holds its items and IsTuple is true;
//   - anything else: Single is the operand itself.
//
// Lookup is set when the operand is a mapping in CPython's sense
// (PyMapping_Check: its type has __getitem__, so lists count too) and is
// neither a tuple nor a str. %(key)s calls Lookup(key), which returns
// operand[key] or the exception (KeyError ...) to raise. When Lookup is set
// the "not all arguments converted" check is skipped, as in CPython.
type Args struct {
	IsTuple bool
	Tuple   []Arg
	Single  Arg
	Lookup  func(key string) (Arg, error)
}

// TupleArgs is a convenience for a tuple operand.
func TupleArgs(items ...Arg) Args { return Args{IsTuple: true, Tuple: items} }

// SingleArg is a convenience for a non-tuple operand that is not a mapping.
func SingleArg(a Arg) Args { return Args{Single: a} }

const (
	pfLJust = 1 << iota
	pfSign
	pfBlank
	pfAlt
	pfZero
)

type percentState struct {
	args   Args
	cur    Arg
	arglen int
	argidx int
	maxDig int
	// bytes: formatting bytes (bytes % args): the format and the result
	// are bytes, indexes count bytes, %s and %b take bytes-like operands,
	// %r is %a and %c makes one byte.
	bytes bool
}

// BytesArg is an operand of bytes % args: an Arg that can also give its
// bytes.
type BytesArg interface {
	Arg
	// Bytes returns the contents of a bytes-like object or what its
	// __bytes__ returns, for %s and %b; ok is false for other objects.
	Bytes() (b []byte, ok bool, err error)
	// AsBytes reports whether obj is bytes or a bytearray (%c accepts
	// one of length 1) and its contents.
	AsBytes() ([]byte, bool)
}

var (
	errNotEnoughArgs = typeError("not enough arguments for format string")
	errIncomplete    = valueError("incomplete format")
)

func (st *percentState) next() (Arg, error) {
	if st.argidx < st.arglen {
		st.argidx++
		if st.arglen < 0 {
			return st.cur, nil
		}
		return st.args.Tuple[st.argidx-1], nil
	}
	return nil, errNotEnoughArgs
}

// Percent implements str % args (printf-style formatting) for the format
// text format. maxDigits is sys.get_int_max_str_digits() (0: no limit),
// which bounds %d of huge ints.
func Percent(format string, args Args, maxDigits int) (string, error) {
	return percent(format, args, maxDigits, false)
}

// PercentBytes implements bytes % args (PEP 461) for the format bytes
// format, given as a string of bytes; the operands must be BytesArgs.
// The result is bytes.
func PercentBytes(format string, args Args, maxDigits int) (string, error) {
	return percent(format, args, maxDigits, true)
}

func percent(format string, args Args, maxDigits int, bytesMode bool) (string, error) {
	st := percentState{args: args, maxDig: maxDigits, bytes: bytesMode}
	if args.IsTuple {
		st.arglen, st.argidx = len(args.Tuple), 0
	} else {
		st.cur = args.Single
		st.arglen, st.argidx = -1, -2
	}
	dst := make([]byte, 0, len(format)+16)
	i := 0
	cp := 0 // code-point index of format[i], for messages
	for i < len(format) {
		j := i
		for j < len(format) && format[j] != '%' {
			j++
		}
		if j > i {
			if bytesMode {
				cp += j - i
			} else {
				cp += textLen(format[i:j])
			}
			dst = append(dst, format[i:j]...)
			i = j
			continue
		}
		// format[i] == '%'
		i++
		cp++
		var err error
		dst, i, cp, err = st.conversion(dst, format, i, cp)
		if err != nil {
			return "", err
		}
	}
	if st.argidx < st.arglen && args.Lookup == nil {
		if bytesMode {
			return "", typeError("not all arguments converted during bytes formatting")
		}
		return "", typeError("not all arguments converted during string formatting")
	}
	return string(dst), nil
}

// conversion handles one conversion whose text starts at format[i], just
// after the '%'. It returns the new output, index and code-point index.
func (st *percentState) conversion(dst []byte, format string, i, cp int) ([]byte, int, int, error) {
	if i < len(format) && format[i] == '%' {
		return append(dst, '%'), i + 1, cp + 1, nil
	}
	// read returns the character at i (0 past the end) and advances.
	var ch rune
	atEnd := false
	read := func() {
		if i >= len(format) {
			atEnd = true
			return
		}
		r, size := rune(format[i]), 1
		if r >= utf8.RuneSelf && !st.bytes {
			r, size = utf8.DecodeRuneInString(format[i:])
		}
		ch = r
		i += size
		cp++
	}
	// Mapping key.
	if i < len(format) && format[i] == '(' {
		if st.args.Lookup == nil {
			return dst, i, cp, typeError("format requires a mapping")
		}
		i++
		cp++
		start := i
		depth := 1
		for depth > 0 && i < len(format) {
			switch format[i] {
			case ')':
				depth--
			case '(':
				depth++
			}
			if format[i] < utf8.RuneSelf || format[i] >= 0xc0 || st.bytes {
				cp++
			}
			i++
		}
		if depth > 0 {
			return dst, i, cp, valueError("incomplete format key")
		}
		v, err := st.args.Lookup(format[start : i-1])
		if err != nil {
			return dst, i, cp, err
		}
		st.cur = v
		st.arglen, st.argidx = -1, -2
	}
	flags := 0
	width, prec := -1, -1
flagLoop:
	for {
		read()
		if atEnd {
			break
		}
		switch ch {
		case '-':
			flags |= pfLJust
		case '+':
			flags |= pfSign
		case ' ':
			flags |= pfBlank
		case '#':
			flags |= pfAlt
		case '0':
			flags |= pfZero
		default:
			break flagLoop
		}
	}
	if !atEnd && ch == '*' {
		a, err := st.next()
		if err != nil {
			return dst, i, cp, err
		}
		n, ok := a.AsInt()
		if !ok {
			return dst, i, cp, typeError("* wants int")
		}
		n = n.norm()
		if n.Big != nil {
			return dst, i, cp, overflowError("Python int too large to convert to C ssize_t")
		}
		w := n.Small
		if w < 0 {
			flags |= pfLJust
			w = -w
		}
		width = int(w)
		read()
	} else if !atEnd && ch >= '0' && ch <= '9' {
		width = int(ch - '0')
		for {
			read()
			if atEnd || ch < '0' || ch > '9' {
				break
			}
			d := int(ch - '0')
			if width > (math.MaxInt64-d)/10 {
				return dst, i, cp, valueError("width too big")
			}
			width = width*10 + d
		}
	}
	if !atEnd && ch == '.' {
		prec = 0
		read()
		if !atEnd && ch == '*' {
			a, err := st.next()
			if err != nil {
				return dst, i, cp, err
			}
			n, ok := a.AsInt()
			if !ok {
				return dst, i, cp, typeError("* wants int")
			}
			n = n.norm()
			if n.Big != nil || n.Small > math.MaxInt32 || n.Small < math.MinInt32 {
				return dst, i, cp, overflowError("Python int too large to convert to C int")
			}
			prec = max(int(n.Small), 0)
			read()
		} else if !atEnd && ch >= '0' && ch <= '9' {
			prec = int(ch - '0')
			for {
				read()
				if atEnd || ch < '0' || ch > '9' {
					break
				}
				d := int(ch - '0')
				if prec > (math.MaxInt32-d)/10 {
					return dst, i, cp, valueError("precision too big")
				}
				prec = prec*10 + d
			}
		}
	}
	if !atEnd && (ch == 'h' || ch == 'l' || ch == 'L') {
		read()
	}
	if atEnd {
		return dst, i, cp, errIncomplete
	}
	if width > MaxOutputLen || prec > MaxOutputLen {
		return dst, i, cp, errTooBig
	}
	a, err := st.next()
	if err != nil {
		return dst, i, cp, err
	}
	var text string
	var tbuf []byte
	var tmp [80]byte
	numeric := false
	switch ch {
	case 's', 'b', 'r', 'a', 'c':
		if !st.bytes {
			break
		}
		switch ch {
		case 's', 'b':
			ba, _ := a.(BytesArg)
			var b []byte
			ok := false
			if ba != nil {
				b, ok, err = ba.Bytes()
			}
			if err != nil {
				return dst, i, cp, err
			}
			if !ok {
				return dst, i, cp, typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '" + cut100(a.TypeName()) + "'")
			}
			text = string(b)
		case 'r', 'a':
			text, err = a.ASCII()
			if err != nil {
				return dst, i, cp, err
			}
		case 'c':
			c, err := percentByte(a)
			if err != nil {
				return dst, i, cp, err
			}
			tbuf = append(tmp[:0], c)
		}
		if tbuf != nil {
			if width == -1 && prec == -1 && flags&(pfSign|pfBlank) == 0 {
				return append(dst, tbuf...), i, cp, nil
			}
			text = string(tbuf)
		}
		return percentOutput(dst, text, 's', flags, width, prec, false, true), i, cp, nil
	}
	switch ch {
	case 's', 'r', 'a':
		switch ch {
		case 's':
			text, err = a.Str()
		case 'r':
			text, err = a.Repr()
		default:
			text, err = a.ASCII()
		}
		if err != nil {
			return dst, i, cp, err
		}
	case 'd', 'i', 'u', 'o', 'x', 'X':
		tbuf, err = st.formatLong(a, byte(ch), flags, prec, tmp[:0])
		if err != nil {
			return dst, i, cp, err
		}
		numeric = true
	case 'e', 'E', 'f', 'F', 'g', 'G':
		x, ok, err := a.ToFloat()
		if err != nil {
			return dst, i, cp, err
		}
		if !ok {
			return dst, i, cp, typeError("must be real number, not " + cut200(a.TypeName()))
		}
		if prec < 0 {
			prec = 6
		}
		fl := 0
		if flags&pfAlt != 0 {
			fl |= dtAlt
		}
		tbuf = appendDouble(tmp[:0], x, byte(ch), prec, fl)
		numeric = true
	case 'c':
		r, err := percentChar(a)
		if err != nil {
			return dst, i, cp, err
		}
		tbuf = appendChar(tmp[:0], r)
	default:
		c := byte('?')
		if ch >= 31 && ch <= 126 {
			c = byte(ch)
		}
		return dst, i, cp, valueError("unsupported format character '" + string(c) + "' (0x" +
			strconv.FormatInt(int64(ch), 16) + ") at index " + strconv.Itoa(cp-1))
	}
	if tbuf != nil {
		if width == -1 && prec == -1 && flags&(pfSign|pfBlank) == 0 {
			return append(dst, tbuf...), i, cp, nil
		}
		text = string(tbuf)
	}
	return percentOutput(dst, text, byte(ch), flags, width, prec, numeric, st.bytes), i, cp, nil
}

// percentByte implements %c's operand rule for bytes: an integer (by
// __index__) in range(256), or bytes or a bytearray of length one.
func percentByte(a Arg) (byte, error) {
	errReq := typeError("%c requires an integer in range(256) or a single byte")
	if ba, ok := a.(BytesArg); ok {
		if b, ok := ba.AsBytes(); ok {
			if len(b) != 1 {
				return 0, errReq
			}
			return b[0], nil
		}
	}
	n, ok := a.AsInt()
	if !ok {
		var err error
		n, ok, err = a.ToInt(true)
		if err != nil {
			return 0, err
		}
		if !ok {
			return 0, errReq
		}
	}
	n = n.norm()
	if n.Big != nil || n.Small < 0 || n.Small > 255 {
		return 0, overflowError("%c arg not in range(256)")
	}
	return byte(n.Small), nil
}

// percentChar implements %c's operand rule: a str of length one, or an
// integer (by __index__) in range(0x110000).
func percentChar(a Arg) (rune, error) {
	errReq := typeError("%c requires int or char")
	if s, ok := a.AsStr(); ok {
		r, size := decodeChar(s)
		if size == 0 || size != len(s) {
			return 0, errReq
		}
		return r, nil
	}
	n, ok := a.AsInt()
	if !ok {
		var err error
		n, ok, err = a.ToInt(true)
		if err != nil {
			return 0, err
		}
		if !ok {
			return 0, errReq
		}
	}
	n = n.norm()
	if n.Big != nil || n.Small < 0 || n.Small > 0x10ffff {
		return 0, overflowError("%c arg not in range(0x110000)")
	}
	return rune(n.Small), nil
}

// formatLong produces the text of %d %i %u %o %x %X before padding: a sign
// if negative, the 0o/0x/0X prefix with '#', then at least prec digits.
func (st *percentState) formatLong(a Arg, typ byte, flags, prec int, out []byte) ([]byte, error) {
	n, ok := a.AsInt()
	if !ok {
		var err error
		n, ok, err = a.ToInt(typ == 'o' || typ == 'x' || typ == 'X')
		if err != nil {
			return nil, err
		}
		if !ok {
			what := "a real number"
			if typ == 'o' || typ == 'x' || typ == 'X' {
				what = "an integer"
			}
			return nil, typeError("%" + string(typ) + " format: " + what + " is required, not " + cut200(a.TypeName()))
		}
	}
	n = n.norm()
	base := 10
	prefix := ""
	switch typ {
	case 'o':
		base, prefix = 8, "0o"
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	}
	if flags&pfAlt == 0 {
		prefix = ""
	}
	if base == 10 && n.Big != nil && st.maxDig > 0 {
		if lower := int(float64(n.Big.BitLen()-1)*log10of2) + 1; lower > st.maxDig {
			return nil, errToStrLimit(st.maxDig)
		}
	}
	var dbuf [72]byte
	digits, neg := appendAbsDigits(dbuf[:0], n, base)
	if base == 10 && st.maxDig > 0 && len(digits) > st.maxDig {
		return nil, errToStrLimit(st.maxDig)
	}

	if neg {
		out = append(out, '-')
	}
	out = append(out, prefix...)
	for k := len(digits); k < prec; k++ {
		out = append(out, '0')
	}
	out = append(out, digits...)
	if typ == 'X' {
		for k := range out {
			if c := out[k]; c >= 'a' && c <= 'z' {
				out[k] = c - ('a' - 'A')
			}
		}
	}
	return out, nil
}

// percentOutput pads text per the flags and width (and truncates %s %r %a
// to the precision), placing a sign and the 0x/0o prefix before zero
// padding as CPython does.
func percentOutput(dst []byte, text string, ch byte, flags, width, prec int, numeric, bytesMode bool) []byte {
	n := len(text)
	if !bytesMode {
		n = textLen(text)
	}
	if (width == -1 || width <= n) && (prec == -1 || prec >= n) && flags&(pfSign|pfBlank) == 0 {
		return append(dst, text...)
	}
	if (ch == 's' || ch == 'r' || ch == 'a') && prec >= 0 && n > prec && bytesMode {
		text = text[:prec]
		n = prec
	} else if (ch == 's' || ch == 'r' || ch == 'a') && prec >= 0 && n > prec {
		cut := 0
		for k := 0; k < prec; k++ {
			_, size := decodeChar(text[cut:])
			cut += size
		}
		text = text[:cut]
		n = prec
	}
	fill := byte(' ')
	if numeric && flags&pfZero != 0 {
		fill = '0'
	}
	var signCh byte
	hasSign := numeric
	if numeric {
		if text != "" && (text[0] == '-' || text[0] == '+') {
			signCh = text[0]
			text = text[1:]
			n--
		} else if flags&pfSign != 0 {
			signCh = '+'
		} else if flags&pfBlank != 0 {
			signCh = ' '
		} else {
			hasSign = false
		}
	}
	if width < n {
		width = n
	}
	if hasSign {
		if fill != ' ' {
			dst = append(dst, signCh)
		}
		if width > n {
			width--
		}
	}
	hasPrefix := flags&pfAlt != 0 && (ch == 'x' || ch == 'X' || ch == 'o')
	if hasPrefix {
		if fill != ' ' {
			dst = append(dst, text[:2]...)
			text = text[2:]
		}
		width = max(width-2, 0)
		n -= 2
	}
	if width > n && flags&pfLJust == 0 {
		for k := n; k < width; k++ {
			dst = append(dst, fill)
		}
		width = n
	}
	if fill == ' ' {
		if hasSign {
			dst = append(dst, signCh)
		}
		if hasPrefix {
			dst = append(dst, text[:2]...)
			text = text[2:]
		}
	}
	dst = append(dst, text...)
	for k := n; k < width; k++ {
		dst = append(dst, ' ')
	}
	return dst
}

// cut100 shortens a type name as CPython's "%.100s" does.
func cut100(s string) string {
	if len(s) > 100 {
		return s[:100]
	}
	return s
}
