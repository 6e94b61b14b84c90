package codecs

import (
	"unicode/utf8"

	"github.com/gilpy/gilpy/interp/pystr"
)

// UTF-8, UTF-16 and UTF-32.

func putUTF8(out []byte, r rune) ([]byte, bool) {
	if r >= 0xD800 && r <= 0xDFFF || r < 0 || r > pystr.MaxRune {
		return out, false
	}
	return utf8.AppendRune(out, r), true
}

func encodeUTF8(s string, out []byte, x *errState) ([]byte, error) {
	if utf8.ValidString(s) {
		return append(out, s...), nil
	}
	return encodeRunes(s, out, x, "utf-8", "surrogates not allowed", putUTF8)
}

// utf8Seq examines the sequence starting with a non-ASCII byte at b[i]:
// it returns the length of a well-formed sequence, or 0 and the end of
// the error span and its reason; reason "" means the sequence is
// well-formed so far but cut short by the end of b.
func utf8Seq(b []byte, i int) (size, end int, reason string) {
	c := b[i]
	n := len(b)
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c < 0xC2 || c > 0xF4:
		return 0, i + 1, "invalid start byte"
	case c < 0xE0:
		need = 1
	case c < 0xF0:
		need = 2
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED {
			hi = 0x9F
		}
	default:
		need = 3
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
	}
	if i+1 >= n {
		return 0, n, ""
	}
	if b[i+1] < lo || b[i+1] > hi {
		return 0, i + 1, "invalid continuation byte"
	}
	for k := 2; k <= need; k++ {
		if i+k >= n {
			return 0, n, ""
		}
		if b[i+k]&0xC0 != 0x80 {
			return 0, i + k, "invalid continuation byte"
		}
	}
	return need + 1, 0, ""
}

// decodeUTF8 decodes b, stopping before an incomplete final sequence
// unless final.
func decodeUTF8(b []byte, final bool, x *errState) (string, int, error) {
	if utf8.Valid(b) {
		return string(b), len(b), nil
	}
	d := &decodeState{errState: *x, name: "utf-8", b: b, out: make([]byte, 0, len(b))}
	i, n := 0, len(b)
	for i < n {
		c := b[i]
		if c < 0x80 {
			d.out = append(d.out, c)
			i++
			continue
		}
		size, end, reason := utf8Seq(b, i)
		if size > 0 {
			d.out = append(d.out, b[i:i+size]...)
			i += size
			continue
		}
		if reason == "" {
			if !final {
				break
			}
			reason = "unexpected end of data"
		}
		var err error
		if i, err = d.fail(i, end, reason); err != nil {
			return "", 0, err
		}
	}
	*x = d.errState
	return string(d.out), i, nil
}

var bomUTF8 = []byte{0xEF, 0xBB, 0xBF}

func get16(b []byte, order int) uint16 {
	if order > 0 {
		return uint16(b[0])<<8 | uint16(b[1])
	}
	return uint16(b[1])<<8 | uint16(b[0])
}

func put16(out []byte, u uint16, order int) []byte {
	if order > 0 {
		return append(out, byte(u>>8), byte(u))
	}
	return append(out, byte(u), byte(u>>8))
}

func get32(b []byte, order int) uint32 {
	if order > 0 {
		return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
	}
	return uint32(b[3])<<24 | uint32(b[2])<<16 | uint32(b[1])<<8 | uint32(b[0])
}

func put32(out []byte, u uint32, order int) []byte {
	if order > 0 {
		return append(out, byte(u>>24), byte(u>>16), byte(u>>8), byte(u))
	}
	return append(out, byte(u), byte(u>>8), byte(u>>16), byte(u>>24))
}

// EncodeUTF16 is _codecs.utf_16_encode: order 0 writes a byte order mark
// and little-endian units, -1 little-endian and 1 big-endian units
// without a mark.
func EncodeUTF16(s, errors string, order int, env Env) ([]byte, error) {
	x := &errState{errors: errors, env: env}
	return encodeUTF16(s, nil, order, x)
}

func encodeUTF16(s string, out []byte, order int, x *errState) ([]byte, error) {
	name := utfName("utf-16", order, false)
	if order == 0 {
		out = append(out, 0xFF, 0xFE)
		order = -1
	}
	return encodeRunesUnit(s, out, x, name, "surrogates not allowed", func(out []byte, r rune) ([]byte, bool) {
		switch {
		case r >= 0xD800 && r <= 0xDFFF || r < 0 || r > pystr.MaxRune:
			return out, false
		case r < 0x10000:
			return put16(out, uint16(r), order), true
		}
		r -= 0x10000
		return put16(put16(out, uint16(0xD800+(r>>10)), order), uint16(0xDC00+(r&0x3FF)), order), true
	}, 2)
}

// DecodeUTF16 is _codecs.utf_16_ex_decode: order 0 looks for a byte
// order mark (and decodes little-endian without one), -1 and 1 decode
// little- and big-endian. It returns the text, the number of bytes used
// and the byte order a mark set (0 when there was none).
func DecodeUTF16(b []byte, errors string, order int, final bool, env Env) (string, int, int, error) {
	x := &errState{errors: errors, env: env}
	return decodeUTF16(b, order, final, x)
}

func decodeUTF16(b []byte, order int, final bool, x *errState) (string, int, int, error) {
	i, n := 0, len(b)
	if order == 0 && n >= 2 {
		switch {
		case b[0] == 0xFF && b[1] == 0xFE:
			order, i = -1, 2
		case b[0] == 0xFE && b[1] == 0xFF:
			order, i = 1, 2
		}
	}
	bo := order
	if bo == 0 {
		bo = -1
	}
	d := &decodeState{errState: *x, name: utfName("utf-16", bo, true), b: b, out: make([]byte, 0, n)}
	for i < n {
		if n-i < 2 {
			if !final {
				break
			}
			var err error
			if i, err = d.fail(i, n, "truncated data"); err != nil {
				return "", 0, 0, err
			}
			continue
		}
		u := get16(b[i:], bo)
		if u < 0xD800 || u > 0xDFFF {
			d.out = pystr.AppendRune(d.out, rune(u))
			i += 2
			continue
		}
		var reason string
		end := i + 2
		switch {
		case u >= 0xDC00:
			reason = "illegal encoding"
		case n-i < 4:
			if !final {
				goto done
			}
			reason, end = "unexpected end of data", n
		default:
			u2 := get16(b[i+2:], bo)
			if u2 >= 0xDC00 && u2 <= 0xDFFF {
				d.out = utf8.AppendRune(d.out, 0x10000+(rune(u)-0xD800)<<10+(rune(u2)-0xDC00))
				i += 4
				continue
			}
			reason = "illegal UTF-16 surrogate"
		}
		var err error
		if i, err = d.fail(i, end, reason); err != nil {
			return "", 0, 0, err
		}
	}
done:
	*x = d.errState
	return string(d.out), i, order, nil
}

// EncodeUTF32 is _codecs.utf_32_encode (see EncodeUTF16).
func EncodeUTF32(s, errors string, order int, env Env) ([]byte, error) {
	x := &errState{errors: errors, env: env}
	return encodeUTF32(s, nil, order, x)
}

func encodeUTF32(s string, out []byte, order int, x *errState) ([]byte, error) {
	name := utfName("utf-32", order, false)
	if order == 0 {
		out = append(out, 0xFF, 0xFE, 0, 0)
		order = -1
	}
	return encodeRunesUnit(s, out, x, name, "surrogates not allowed", func(out []byte, r rune) ([]byte, bool) {
		if r >= 0xD800 && r <= 0xDFFF || r < 0 || r > pystr.MaxRune {
			return out, false
		}
		return put32(out, uint32(r), order), true
	}, 4)
}

// DecodeUTF32 is _codecs.utf_32_ex_decode (see DecodeUTF16).
func DecodeUTF32(b []byte, errors string, order int, final bool, env Env) (string, int, int, error) {
	x := &errState{errors: errors, env: env}
	return decodeUTF32(b, order, final, x)
}

func decodeUTF32(b []byte, order int, final bool, x *errState) (string, int, int, error) {
	i, n := 0, len(b)
	if order == 0 && n >= 4 {
		switch {
		case b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0:
			order, i = -1, 4
		case b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF:
			order, i = 1, 4
		}
	}
	bo := order
	if bo == 0 {
		bo = -1
	}
	d := &decodeState{errState: *x, name: utfName("utf-32", bo, true), b: b, out: make([]byte, 0, n)}
	for i < n {
		var reason string
		end := i + 4
		if n-i < 4 {
			if !final {
				break
			}
			reason, end = "truncated data", n
		} else {
			u := get32(b[i:], bo)
			switch {
			case u > pystr.MaxRune:
				reason = "code point not in range(0x110000)"
			case u >= 0xD800 && u <= 0xDFFF:
				reason = "code point in surrogate code point range(0xd800, 0xe000)"
			default:
				d.out = utf8.AppendRune(d.out, rune(u))
				i += 4
				continue
			}
		}
		var err error
		if i, err = d.fail(i, end, reason); err != nil {
			return "", 0, 0, err
		}
	}
	*x = d.errState
	return string(d.out), i, order, nil
}
