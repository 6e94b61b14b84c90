package codecs

import (
	"fmt"

	"github.com/gilpy/gilpy/interp/pystr"
	"github.com/gilpy/gilpy/interp/syntax/unidata"
)

// unicode_escape and raw_unicode_escape.

const hexDigits = "0123456789abcdef"

func appendHex(out []byte, prefix string, v rune, digits int) []byte {
	out = append(out, prefix...)
	for k := digits - 1; k >= 0; k-- {
		out = append(out, hexDigits[(v>>(4*k))&0xF])
	}
	return out
}

func encodeUnicodeEscape(s string, out []byte) []byte {
	for off := 0; off < len(s); {
		r, n := pystr.DecodeRune(s[off:])
		off += n
		switch {
		case r >= 0x10000:
			out = appendHex(out, "\\U", r, 8)
		case r >= 0x100:
			out = appendHex(out, "\\u", r, 4)
		case r == '\\':
			out = append(out, '\\', '\\')
		case r == '\t':
			out = append(out, '\\', 't')
		case r == '\n':
			out = append(out, '\\', 'n')
		case r == '\r':
			out = append(out, '\\', 'r')
		case r < ' ' || r >= 0x7F:
			out = appendHex(out, "\\x", r, 2)
		default:
			out = append(out, byte(r))
		}
	}
	return out
}

func encodeRawUnicodeEscape(s string, out []byte) []byte {
	for off := 0; off < len(s); {
		r, n := pystr.DecodeRune(s[off:])
		off += n
		switch {
		case r >= 0x10000:
			out = appendHex(out, "\\U", r, 8)
		case r >= 0x100:
			out = appendHex(out, "\\u", r, 4)
		default:
			out = append(out, byte(r))
		}
	}
	return out
}

// readHex reads up to count hex digits at b[i:]; k is how many it found.
func readHex(b []byte, i, count int) (v rune, k int) {
	for k < count && i+k < len(b) {
		d := pystr.HexDigit(b[i+k])
		if d < 0 {
			break
		}
		v = v<<4 | rune(d)
		k++
	}
	return v, k
}

var truncated = map[byte]string{
	'x': "truncated \\xXX escape",
	'u': "truncated \\uXXXX escape",
	'U': "truncated \\UXXXXXXXX escape",
}

func decodeUnicodeEscape(b []byte, final bool, x *errState) (string, int, error) {
	d := &decodeState{errState: *x, name: "unicodeescape", b: b, out: make([]byte, 0, len(b))}
	n := len(b)
	i := 0
	invalid := -1 // offset of the first invalid escape's character, for the warning
	fail := func(start, end int, reason string) error {
		var err error
		i, err = d.fail(start, end, reason)
		return err
	}
loop:
	for i < n {
		c := b[i]
		if c != '\\' {
			d.out = pystr.AppendRune(d.out, rune(c))
			i++
			continue
		}
		start := i
		if i+1 >= n {
			if !final {
				break
			}
			if err := fail(start, n, "\\ at end of string"); err != nil {
				return "", 0, err
			}
			continue
		}
		c = b[i+1]
		i += 2
		switch c {
		case '\n':
		case '\\', '\'', '"':
			d.out = append(d.out, c)
		case 'a':
			d.out = append(d.out, 7)
		case 'b':
			d.out = append(d.out, 8)
		case 't':
			d.out = append(d.out, 9)
		case 'n':
			d.out = append(d.out, 10)
		case 'v':
			d.out = append(d.out, 11)
		case 'f':
			d.out = append(d.out, 12)
		case 'r':
			d.out = append(d.out, 13)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := rune(c - '0')
			for k := 0; k < 2 && i < n && b[i] >= '0' && b[i] <= '7'; k++ {
				v = v<<3 | rune(b[i]-'0')
				i++
			}
			if v > 0o377 && invalid < 0 {
				invalid = start + 1
			}
			d.out = pystr.AppendRune(d.out, v)
		case 'x', 'u', 'U':
			count := 2
			if c == 'u' {
				count = 4
			} else if c == 'U' {
				count = 8
			}
			v, k := readHex(b, i, count)
			if k < count {
				if i+k == n && !final {
					i = start
					break loop
				}
				if err := fail(start, i+k, truncated[c]); err != nil {
					return "", 0, err
				}
				continue
			}
			if v > pystr.MaxRune {
				if err := fail(start, i+count, "illegal Unicode character"); err != nil {
					return "", 0, err
				}
				continue
			}
			d.out = pystr.AppendRune(d.out, v)
			i += count
		case 'N':
			if i < n && b[i] == '{' {
				j := i + 1
				for j < n && b[j] != '}' {
					j++
				}
				if j >= n {
					if !final {
						i = start
						break loop
					}
					if err := fail(start, n, "malformed \\N character escape"); err != nil {
						return "", 0, err
					}
					continue
				}
				if j > i+1 {
					if r, ok := unidata.Lookup(string(b[i+1 : j])); ok {
						d.out = pystr.AppendRune(d.out, r)
						i = j + 1
						continue
					}
					if err := fail(start, j+1, "unknown Unicode character name"); err != nil {
						return "", 0, err
					}
					continue
				}
				if err := fail(start, j, "malformed \\N character escape"); err != nil {
					return "", 0, err
				}
				continue
			}
			if i >= n && !final {
				i = start
				break loop
			}
			if err := fail(start, i, "malformed \\N character escape"); err != nil {
				return "", 0, err
			}
		default:
			if invalid < 0 {
				invalid = start + 1
			}
			d.out = append(d.out, '\\')
			d.out = pystr.AppendRune(d.out, rune(c))
		}
	}
	*x = d.errState
	if invalid >= 0 {
		c := b[invalid]
		var msg string
		if '4' <= c && c <= '7' {
			end := min(invalid+3, n)
			msg = fmt.Sprintf("invalid octal escape sequence '\\%s'", b[invalid:end])
		} else {
			msg = fmt.Sprintf("invalid escape sequence '\\%c'", rune(c))
		}
		if err := x.warn("DeprecationWarning", msg); err != nil {
			return "", 0, err
		}
	}
	return string(d.out), i, nil
}

func decodeRawUnicodeEscape(b []byte, final bool, x *errState) (string, int, error) {
	d := &decodeState{errState: *x, name: "rawunicodeescape", b: b, out: make([]byte, 0, len(b))}
	n := len(b)
	i := 0
	for i < n {
		c := b[i]
		if c != '\\' {
			d.out = pystr.AppendRune(d.out, rune(c))
			i++
			continue
		}
		j := i
		for j < n && b[j] == '\\' {
			j++
		}
		run := j - i
		if run%2 == 0 {
			for ; i < j; i++ {
				d.out = append(d.out, '\\')
			}
			continue
		}
		for ; i < j-1; i++ {
			d.out = append(d.out, '\\')
		}
		start := j - 1
		if j >= n {
			if !final {
				i = start
				break
			}
			d.out = append(d.out, '\\')
			i = n
			continue
		}
		if b[j] != 'u' && b[j] != 'U' {
			d.out = append(d.out, '\\')
			i = j
			continue
		}
		count := 4
		if b[j] == 'U' {
			count = 8
		}
		v, k := readHex(b, j+1, count)
		var err error
		switch {
		case k < count:
			if j+1+k == n && !final {
				i = start
				*x = d.errState
				return string(d.out), i, nil
			}
			i, err = d.fail(start, j+1+k, truncated[b[j]])
		case v > pystr.MaxRune:
			i, err = d.fail(start, j+1+count, "\\Uxxxxxxxx out of range")
		default:
			d.out = pystr.AppendRune(d.out, v)
			i = j + 1 + count
		}
		if err != nil {
			return "", 0, err
		}
	}
	*x = d.errState
	return string(d.out), i, nil
}
