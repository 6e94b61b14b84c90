package json

import (
	"strconv"
	"strings"

	"github.com/gilpy/gilpy/interp/pystr"
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

// scanner is what make_scanner builds from a JSONDecoder: the decoder's
// options, read once, as CPython's scanner reads them.
type scanner struct {
	strict         bool
	objectHook     Object
	pairsHook      Object
	parseFloat     Object
	parseInt       Object
	parseConstant  Object
	floatIsBuiltin bool
	intIsBuiltin   bool
}

// decodeState is one scan over a document. Offsets are byte offsets into
// s; errors convert them to the code point indexes Python sees.
type decodeState struct {
	sc *scanner
	s  string
}

// stopIteration is the scanner's "no JSON value starts here" result: a
// StopIteration whose value is the code point index.
type stopIteration struct{ off int }

func (stopIteration) Error() string { return "StopIteration" }

func (d *decodeState) charIndex(off int) int { return pystr.CharIndex(d.s, off) }

// fail raises json.decoder.JSONDecodeError(msg, s, pos).
func (d *decodeState) fail(t *vm.Thread, msg string, off int) error {
	return decodeError(t, msg, d.s, d.charIndex(off))
}

func decodeError(t *vm.Thread, msg, s string, pos int) error {
	mod, err := t.ImportModule("json.decoder")
	if err != nil {
		return err
	}
	cls, err := vm.GetAttr(t, mod, "JSONDecodeError")
	if err != nil {
		return err
	}
	exc, err := vm.Call(t, cls, []Object{py.String(msg), py.String(s), vm.NewInt(int64(pos))}, nil)
	if err != nil {
		return err
	}
	if e, ok := exc.(*py.Exception); ok {
		return e
	}
	return vm.Errorf(py.TypeError, "exceptions must derive from BaseException")
}

func isWS(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func (d *decodeState) skipWS(i int) int {
	for i < len(d.s) && isWS(d.s[i]) {
		i++
	}
	return i
}

// scanString decodes the string whose opening quote is just before byte
// offset end, returning it and the offset after the closing quote.
func scanString(t *vm.Thread, s string, end int, strict bool, fail func(msg string, off int) error) (string, int, error) {
	begin := end - 1
	var b []byte
	chunkStart := end
	i := end
	for {
		// Find the closing quote or the next backslash.
		for i < len(s) {
			c := s[i]
			if c == '"' || c == '\\' {
				break
			}
			if c < 0x20 && strict {
				return "", 0, fail("Invalid control character at", i)
			}
			i++
		}
		if i >= len(s) {
			return "", 0, fail("Unterminated string starting at", begin)
		}
		if s[i] == '"' {
			if b == nil {
				return s[chunkStart:i], i + 1, nil
			}
			b = append(b, s[chunkStart:i]...)
			return string(b), i + 1, nil
		}
		b = append(b, s[chunkStart:i]...)
		i++ // the backslash
		if i >= len(s) {
			return "", 0, fail("Unterminated string starting at", begin)
		}
		c := s[i]
		if c != 'u' {
			var r byte
			switch c {
			case '"', '\\', '/':
				r = c
			case 'b':
				r = '\b'
			case 'f':
				r = '\f'
			case 'n':
				r = '\n'
			case 'r':
				r = '\r'
			case 't':
				r = '\t'
			default:
				return "", 0, fail("Invalid \\escape", i-1)
			}
			b = append(b, r)
			i++
			chunkStart = i
			continue
		}
		// \uXXXX: i is at the 'u'.
		i++
		if i+4 >= len(s) {
			return "", 0, fail("Invalid \\uXXXX escape", i-1)
		}
		cp, ok := hex4(s[i : i+4])
		if !ok {
			return "", 0, fail("Invalid \\uXXXX escape", i-1)
		}
		i += 4
		if cp >= 0xD800 && cp <= 0xDBFF && i+6 < len(s) && s[i] == '\\' && s[i+1] == 'u' {
			lo, ok := hex4(s[i+2 : i+6])
			if !ok {
				return "", 0, fail("Invalid \\uXXXX escape", i+1)
			}
			if lo >= 0xDC00 && lo <= 0xDFFF {
				cp = 0x10000 + (cp-0xD800)<<10 + (lo - 0xDC00)
				i += 6
			}
		}
		b = pystr.AppendRune(b, cp)
		chunkStart = i
	}
}

func hex4(s string) (rune, bool) {
	var r rune
	for i := 0; i < 4; i++ {
		c := s[i]
		var v byte
		switch {
		case c >= '0' && c <= '9':
			v = c - '0'
		case c >= 'a' && c <= 'f':
			v = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			v = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(v)
	}
	return r, true
}

// scan decodes the value starting at byte offset i.
func (d *decodeState) scan(t *vm.Thread, i int) (Object, int, error) {
	s := d.s
	if i >= len(s) {
		return nil, 0, stopIteration{i}
	}
	switch s[i] {
	case '"':
		str, end, err := scanString(t, s, i+1, d.sc.strict, func(msg string, off int) error { return d.fail(t, msg, off) })
		if err != nil {
			return nil, 0, err
		}
		return py.String(str), end, nil
	case '{':
		if err := t.EnterCall(" while decoding a JSON object from a unicode string"); err != nil {
			return nil, 0, err
		}
		defer t.LeaveRecursive()
		return d.scanObject(t, i+1)
	case '[':
		if err := t.EnterCall(" while decoding a JSON array from a unicode string"); err != nil {
			return nil, 0, err
		}
		defer t.LeaveRecursive()
		return d.scanArray(t, i+1)
	case 'n':
		if strings.HasPrefix(s[i:], "null") {
			return vm.None, i + 4, nil
		}
	case 't':
		if strings.HasPrefix(s[i:], "true") {
			return py.True, i + 4, nil
		}
	case 'f':
		if strings.HasPrefix(s[i:], "false") {
			return py.False, i + 5, nil
		}
	case 'N':
		if strings.HasPrefix(s[i:], "NaN") {
			return d.constant(t, "NaN", i+3)
		}
	case 'I':
		if strings.HasPrefix(s[i:], "Infinity") {
			return d.constant(t, "Infinity", i+8)
		}
	case '-':
		if strings.HasPrefix(s[i:], "-Infinity") {
			return d.constant(t, "-Infinity", i+9)
		}
	}
	return d.scanNumber(t, i)
}

func (d *decodeState) constant(t *vm.Thread, name string, end int) (Object, int, error) {
	v, err := vm.Call1(t, d.sc.parseConstant, py.String(name))
	if err != nil {
		return nil, 0, err
	}
	return v, end, nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// scanNumber reads -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)? at i,
// leaving out a fraction or exponent that has no digits.
func (d *decodeState) scanNumber(t *vm.Thread, start int) (Object, int, error) {
	s := d.s
	i := start
	if s[i] == '-' {
		i++
		if i >= len(s) {
			return nil, 0, stopIteration{start}
		}
	}
	switch {
	case s[i] >= '1' && s[i] <= '9':
		i++
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	case s[i] == '0':
		i++
	default:
		return nil, 0, stopIteration{start}
	}
	isFloat := false
	if i+1 < len(s) && s[i] == '.' && isDigit(s[i+1]) {
		isFloat = true
		i += 2
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	if i+1 < len(s) && (s[i] == 'e' || s[i] == 'E') {
		e := i
		i++
		if i+1 < len(s) && (s[i] == '-' || s[i] == '+') {
			i++
		}
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if isDigit(s[i-1]) {
			isFloat = true
		} else {
			i = e
		}
	}
	num := s[start:i]
	if isFloat {
		if !d.sc.floatIsBuiltin {
			v, err := vm.Call1(t, d.sc.parseFloat, py.String(num))
			return v, i, err
		}
		f, err := strconv.ParseFloat(num, 64)
		if err != nil && !isRangeErr(err) {
			return nil, 0, vm.Errorf(py.ValueError, "could not convert string to float: %s", pystr.Repr(num))
		}
		return py.Float(f), i, nil
	}
	if !d.sc.intIsBuiltin {
		v, err := vm.Call1(t, d.sc.parseInt, py.String(num))
		return v, i, err
	}
	if len(num) < 19 {
		n, err := strconv.ParseInt(num, 10, 64)
		if err == nil {
			return vm.NewInt(n), i, nil
		}
	}
	v, err := vm.Call1(t, py.IntType, py.String(num))
	return v, i, err
}

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

func (d *decodeState) scanObject(t *vm.Thread, i int) (Object, int, error) {
	s := d.s
	var pairs []Object
	var dict *vm.Dict
	if d.sc.pairsHook == nil {
		dict = vm.NewDict(0)
	}
	i = d.skipWS(i)
	if i >= len(s) || s[i] != '}' {
		for {
			if i >= len(s) || s[i] != '"' {
				return nil, 0, d.fail(t, "Expecting property name enclosed in double quotes", i)
			}
			key, next, err := scanString(t, s, i+1, d.sc.strict, func(msg string, off int) error { return d.fail(t, msg, off) })
			if err != nil {
				return nil, 0, err
			}
			i = d.skipWS(next)
			if i >= len(s) || s[i] != ':' {
				return nil, 0, d.fail(t, "Expecting ':' delimiter", i)
			}
			i = d.skipWS(i + 1)
			val, next, err := d.scan(t, i)
			if err != nil {
				return nil, 0, err
			}
			if dict != nil {
				if err := dict.Set(t, py.String(key), val); err != nil {
					return nil, 0, err
				}
			} else {
				pairs = append(pairs, py.Tuple{py.String(key), val})
			}
			i = d.skipWS(next)
			if i < len(s) && s[i] == '}' {
				break
			}
			if i >= len(s) || s[i] != ',' {
				return nil, 0, d.fail(t, "Expecting ',' delimiter", i)
			}
			i = d.skipWS(i + 1)
		}
	}
	end := i + 1
	if dict == nil {
		v, err := vm.Call1(t, d.sc.pairsHook, &py.List{Items: pairs})
		return v, end, err
	}
	if d.sc.objectHook != nil {
		v, err := vm.Call1(t, d.sc.objectHook, dict)
		return v, end, err
	}
	return dict, end, nil
}

func (d *decodeState) scanArray(t *vm.Thread, i int) (Object, int, error) {
	s := d.s
	var items []Object
	i = d.skipWS(i)
	if i >= len(s) || s[i] != ']' {
		for i < len(s) {
			val, next, err := d.scan(t, i)
			if err != nil {
				return nil, 0, err
			}
			items = append(items, val)
			i = d.skipWS(next)
			if i < len(s) && s[i] == ']' {
				break
			}
			if i >= len(s) || s[i] != ',' {
				return nil, 0, d.fail(t, "Expecting ',' delimiter", i)
			}
			i = d.skipWS(i + 1)
		}
	}
	if i >= len(s) || s[i] != ']' {
		// An array cut short: no value where the end is.
		return nil, 0, stopIteration{len(s)}
	}
	if items == nil {
		items = []Object{}
	}
	return &py.List{Items: items}, i + 1, nil
}
