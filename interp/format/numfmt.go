package format

import (
	"math"
	"unicode/utf8"
)

// appendGrouped appends digits with a separator every group digits from the
// right (group 0: none), first padding with zeros, themselves grouped, so
// that the result is at least minWidth characters, as CPython's
// zero-padding of grouped numbers does.
func appendGrouped(dst []byte, digits []byte, minWidth int, group int, sep byte) []byte {
	n := len(digits)
	if group == 0 {
		for k := n; k < minWidth; k++ {
			dst = append(dst, '0')
		}
		return append(dst, digits...)
	}
	// Work out the chunks from the right, then write them left to right.
	// Each chunk is l characters: zeros then digits; chunks are joined by
	// one separator.
	type chunk struct{ zeros, chars int }
	var stack [32]chunk
	chunks := stack[:0]
	remaining, mw := n, minWidth
	for {
		l := min(group, max(remaining, mw, 1))
		zeros := max(0, l-remaining)
		chars := max(0, min(remaining, l))
		chunks = append(chunks, chunk{zeros, chars})
		remaining -= chars
		mw -= l
		if remaining <= 0 && mw <= 0 {
			break
		}
		mw-- // the separator
	}
	pos := 0
	for k := len(chunks) - 1; k >= 0; k-- {
		c := chunks[k]
		if k != len(chunks)-1 {
			dst = append(dst, sep)
		}
		for z := 0; z < c.zeros; z++ {
			dst = append(dst, '0')
		}
		dst = append(dst, digits[pos:pos+c.chars]...)
		pos += c.chars
	}
	return dst
}

func groupedLen(n, minWidth, group int) int {
	if group == 0 {
		return max(n, minWidth)
	}
	total, remaining, mw, first := 0, n, minWidth, true
	for {
		l := min(group, max(remaining, mw, 1))
		if !first {
			total++
		}
		first = false
		total += l
		remaining -= max(0, min(remaining, l))
		mw -= l
		if remaining <= 0 && mw <= 0 {
			return total
		}
		mw--
	}
}

func appendFill(dst []byte, fill rune, n int) []byte {
	if fill < utf8.RuneSelf {
		for ; n > 0; n-- {
			dst = append(dst, byte(fill))
		}
		return dst
	}
	for ; n > 0; n-- {
		dst = appendChar(dst, fill)
	}
	return dst
}

// number is a number split the way CPython's padding code sees it:
// <sign><prefix><digits>[<decimal point>]<remainder>.
type number struct {
	neg       bool
	prefix    string
	digits    []byte
	decimal   bool
	remainder []byte // ASCII, except for the 'c' presentation
	upper     bool   // upper-case the digits and prefix ('X')
}

// layout holds the resolved padding options.
type layout struct {
	fill  rune
	align byte
	width int
	sign  byte // the spec's sign option
	group int  // digits per group, 0 for none
	sep   byte
}

func (s *Spec) layout(defAlign byte) layout {
	l := layout{fill: s.fill(), align: s.align(defAlign), width: s.Width, sign: s.Sign}
	switch s.Grouping {
	case ',':
		l.group, l.sep = 3, ','
	case '_':
		l.group, l.sep = 3, '_'
		switch s.Type {
		case 'b', 'o', 'x', 'X':
			l.group = 4
		}
	}
	return l
}

// appendNumber writes num padded and grouped per l.
func appendNumber(dst []byte, l *layout, num *number) []byte {
	var signCh byte
	switch {
	case num.neg:
		signCh = '-'
	case l.sign == '+':
		signCh = '+'
	case l.sign == ' ':
		signCh = ' '
	}
	nonDigit := len(num.prefix) + textLenBytes(num.remainder)
	if signCh != 0 {
		nonDigit++
	}
	if num.decimal {
		nonDigit++
	}
	minWidth := 0
	if l.fill == '0' && l.align == '=' {
		minWidth = l.width - nonDigit
	}
	nGrouped := 0
	if len(num.digits) > 0 {
		nGrouped = groupedLen(len(num.digits), minWidth, l.group)
	}
	var lpad, spad, rpad int
	if pad := l.width - nonDigit - nGrouped; pad > 0 {
		switch l.align {
		case '<':
			rpad = pad
		case '^':
			lpad = pad / 2
			rpad = pad - lpad
		case '=':
			spad = pad
		default:
			lpad = pad
		}
	}
	dst = appendFill(dst, l.fill, lpad)
	if signCh != 0 {
		dst = append(dst, signCh)
	}
	if num.upper && num.prefix != "" {
		dst = append(dst, num.prefix[0], num.prefix[1]-('a'-'A'))
	} else {
		dst = append(dst, num.prefix...)
	}
	dst = appendFill(dst, l.fill, spad)
	if len(num.digits) > 0 {
		start := len(dst)
		dst = appendGrouped(dst, num.digits, minWidth, l.group, l.sep)
		if num.upper {
			for k := start; k < len(dst); k++ {
				if c := dst[k]; c >= 'a' && c <= 'z' {
					dst[k] = c - ('a' - 'A')
				}
			}
		}
	}
	if num.decimal {
		dst = append(dst, '.')
	}
	dst = append(dst, num.remainder...)
	return appendFill(dst, l.fill, rpad)
}

// splitNumber splits the output of appendDouble into its parts.
func splitNumber(s []byte) number {
	var num number
	if len(s) > 0 && s[0] == '-' {
		num.neg = true
		s = s[1:]
	}
	k := 0
	for k < len(s) && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	num.digits = s[:k]
	if k < len(s) && s[k] == '.' {
		num.decimal = true
		k++
	}
	num.remainder = s[k:]
	return num
}

func checkSize(sp *Spec) error {
	if sp.Width > MaxOutputLen || sp.Precision > MaxOutputLen {
		return errTooBig
	}
	return nil
}

// ---------------------------------------------------------------- floats

// FormatFloat implements format(x, spec) for a float; typeName is the
// name of x's type for messages ("float" or a subclass name). The empty
// spec gives str(x).
func FormatFloat(x float64, spec string, typeName string) (string, error) {
	if spec == "" {
		return FloatRepr(x), nil
	}
	b, err := AppendFormatFloat(nil, x, spec, typeName)
	return string(b), err
}

// AppendFormatFloat appends format(x, spec) to dst.
func AppendFormatFloat(dst []byte, x float64, spec string, typeName string) ([]byte, error) {
	if spec == "" {
		return AppendFloatRepr(dst, x), nil
	}
	sp, err := ParseSpec(spec, typeName, 0)
	if err != nil {
		return dst, err
	}
	switch sp.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
		return appendFloatSpec(dst, x, &sp)
	}
	return dst, errUnknownCode(sp.Type, typeName)
}

func appendFloatSpec(dst []byte, x float64, sp *Spec) ([]byte, error) {
	if sp.Precision > math.MaxInt32 {
		return dst, valueError("precision too big")
	}
	if err := checkSize(sp); err != nil {
		return dst, err
	}
	flags := 0
	if sp.Alt {
		flags |= dtAlt
	}
	if sp.NoNegZero {
		flags |= dtNoNegZero
	}
	code := byte(sp.Type)
	defPrec := 6
	switch code {
	case 0:
		flags |= dtAddDot0
		code = 'r'
		defPrec = 0
	case 'n':
		code = 'g'
	}
	pct := false
	if code == '%' {
		code = 'f'
		x *= 100
		pct = true
	}
	prec := sp.Precision
	if prec < 0 {
		prec = defPrec
	} else if code == 'r' {
		code = 'g'
	}
	fast := sp.Sign != '+' && sp.Sign != ' ' && sp.Width == -1 && sp.Type != 'n' && sp.Grouping == 0
	if fast {
		dst = appendDouble(dst, x, code, prec, flags)
		if pct {
			dst = append(dst, '%')
		}
		return dst, nil
	}
	var buf [64]byte
	s := appendDouble(buf[:0], x, code, prec, flags)
	if pct {
		s = append(s, '%')
	}
	num := splitNumber(s)
	l := sp.layout('>')
	return appendNumber(dst, &l, &num), nil
}

// ---------------------------------------------------------------- ints

// FormatInt implements format(n, spec) for an int; typeName is the name
// of n's type for messages ("int", "bool", a subclass name). maxDigits is
// sys.get_int_max_str_digits(), which limits decimal output. The empty spec
// gives str(n) (for bool the caller gives str(True) itself).
func FormatInt(n Int, spec string, typeName string, maxDigits int) (string, error) {
	if spec == "" {
		return IntToString(n, maxDigits)
	}
	b, err := AppendFormatInt(nil, n, spec, typeName, maxDigits)
	return string(b), err
}

// AppendFormatInt appends format(n, spec) to dst.
func AppendFormatInt(dst []byte, n Int, spec string, typeName string, maxDigits int) ([]byte, error) {
	if spec == "" {
		return AppendIntDecimal(dst, n, maxDigits)
	}
	sp, err := ParseSpec(spec, typeName, 'd')
	if err != nil {
		return dst, err
	}
	return appendIntSpec(dst, n, &sp, typeName, maxDigits)
}

func appendIntSpec(dst []byte, n Int, sp *Spec, typeName string, maxDigits int) ([]byte, error) {
	switch sp.Type {
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		x, err := n.toFloat()
		if err != nil {
			return dst, err
		}
		return appendFloatSpec(dst, x, sp)
	default:
		return dst, errUnknownCode(sp.Type, typeName)
	}
	if sp.Precision != -1 {
		return dst, valueError("Precision not allowed in integer format specifier")
	}
	if sp.NoNegZero {
		return dst, valueError("Negative zero coercion (z) not allowed in integer format specifier")
	}
	if err := checkSize(sp); err != nil {
		return dst, err
	}
	l := sp.layout('>')
	var num number
	var buf [72]byte
	if sp.Type == 'c' {
		if sp.Sign != 0 {
			return dst, valueError("Sign not allowed with integer format specifier 'c'")
		}
		if sp.Alt {
			return dst, valueError("Alternate form (#) not allowed with integer format specifier 'c'")
		}
		n = n.norm()
		if n.Big != nil {
			return dst, overflowError("Python int too large to convert to C long")
		}
		if n.Small < 0 || n.Small > 0x10ffff {
			return dst, overflowError("%c arg not in range(0x110000)")
		}
		num.remainder = appendChar(buf[:0], rune(n.Small))
		return appendNumber(dst, &l, &num), nil
	}
	base := 10
	switch sp.Type {
	case 'b':
		base, num.prefix = 2, "0b"
	case 'o':
		base, num.prefix = 8, "0o"
	case 'x':
		base, num.prefix = 16, "0x"
	case 'X':
		base, num.prefix, num.upper = 16, "0x", true
	}
	if !sp.Alt {
		num.prefix = ""
	}
	if base == 10 && n.Big != nil {
		if maxDigits > 0 {
			if lower := int(float64(n.Big.BitLen()-1)*log10of2) + 1; lower > maxDigits {
				return dst, errToStrLimit(maxDigits)
			}
		}
	}
	num.digits, num.neg = appendAbsDigits(buf[:0], n, base)
	if base == 10 && maxDigits > 0 && len(num.digits) > maxDigits {
		return dst, errToStrLimit(maxDigits)
	}
	return appendNumber(dst, &l, &num), nil
}

// ---------------------------------------------------------------- complex

// FormatComplex implements format(complex(re, im), spec); typeName is the
// name of the value's type for messages. The empty spec gives str(z).
func FormatComplex(re, im float64, spec string, typeName string) (string, error) {
	sp, err := ParseSpec(spec, typeName, 0)
	if err != nil {
		return "", err
	}
	switch sp.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		return "", errUnknownCode(sp.Type, typeName)
	}
	if sp.Precision > math.MaxInt32 {
		return "", valueError("precision too big")
	}
	if sp.fill() == '0' {
		return "", valueError("Zero padding is not allowed in complex format specifier")
	}
	if sp.align('>') == '=' {
		return "", valueError("'=' alignment flag is not allowed in complex format specifier")
	}
	if err := checkSize(&sp); err != nil {
		return "", err
	}
	flags := 0
	if sp.Alt {
		flags |= dtAlt
	}
	if sp.NoNegZero {
		flags |= dtNoNegZero
	}
	code := byte(sp.Type)
	prec := sp.Precision
	defPrec := 6
	skipRe, parens := false, false
	if code == 0 {
		code = 'r'
		defPrec = 0
		if re == 0 && !math.Signbit(re) {
			skipRe = true
		} else {
			parens = true
		}
	}
	if code == 'n' {
		code = 'g'
	}
	if prec < 0 {
		prec = defPrec
	} else if code == 'r' {
		code = 'g'
	}
	var rbuf, ibuf [64]byte
	rnum := splitNumber(appendDouble(rbuf[:0], re, code, prec, flags))
	inum := splitNumber(appendDouble(ibuf[:0], im, code, prec, flags))
	// The parts are laid out unpadded; the whole is padded afterwards.
	part := sp.layout('>')
	part.fill, part.align, part.width = 0, '<', -1
	var out []byte
	if parens {
		out = append(out, '(')
	}
	if !skipRe {
		out = appendNumber(out, &part, &rnum)
		part.sign = '+'
	}
	out = appendNumber(out, &part, &inum)
	out = append(out, 'j')
	if parens {
		out = append(out, ')')
	}
	return string(padText(nil, out, utf8.RuneCount(out), &sp, '>')), nil
}

// padText appends text (of n code points) padded to the spec's width by
// its alignment (default def).
func padText(dst []byte, text []byte, n int, sp *Spec, def byte) []byte {
	total := max(sp.Width, n)
	lpad := 0
	switch sp.align(def) {
	case '>':
		lpad = total - n
	case '^':
		lpad = (total - n) / 2
	}
	fill := sp.fill()
	dst = appendFill(dst, fill, lpad)
	dst = append(dst, text...)
	return appendFill(dst, fill, total-n-lpad)
}

// ---------------------------------------------------------------- str

// FormatStr implements format(s, spec) for a str; typeName is the name of
// its type for messages. Width and precision count code points.
func FormatStr(s string, spec string, typeName string) (string, error) {
	if spec == "" {
		return s, nil
	}
	b, err := AppendFormatStr(nil, s, spec, typeName)
	return string(b), err
}

// AppendFormatStr appends format(s, spec) to dst.
func AppendFormatStr(dst []byte, s string, spec string, typeName string) ([]byte, error) {
	if spec == "" {
		return append(dst, s...), nil
	}
	sp, err := ParseSpec(spec, typeName, 's')
	if err != nil {
		return dst, err
	}
	if sp.Type != 's' {
		return dst, errUnknownCode(sp.Type, typeName)
	}
	return appendStrSpec(dst, s, &sp)
}

func appendStrSpec(dst []byte, s string, sp *Spec) ([]byte, error) {
	switch sp.Sign {
	case ' ':
		return dst, valueError("Space not allowed in string format specifier")
	case '+', '-':
		return dst, valueError("Sign not allowed in string format specifier")
	}
	if sp.NoNegZero {
		return dst, valueError("Negative zero coercion (z) not allowed in string format specifier")
	}
	if sp.Alt {
		return dst, valueError("Alternate form (#) not allowed in string format specifier")
	}
	if sp.align('<') == '=' {
		return dst, valueError("'=' alignment not allowed in string format specifier")
	}
	if err := checkSize(sp); err != nil {
		return dst, err
	}
	n := textLen(s)
	if sp.Precision >= 0 && n > sp.Precision {
		cut := 0
		for k := 0; k < sp.Precision; k++ {
			_, size := decodeChar(s[cut:])
			cut += size
		}
		s = s[:cut]
		n = sp.Precision
	}
	if sp.Width <= n {
		return append(dst, s...), nil
	}
	return padText(dst, []byte(s), n, sp, '<'), nil
}
