package codecs

import (
	"github.com/gilpy/gilpy/interp/pystr"
)

// putFunc appends the encoding of r to out, or reports (leaving out as it
// was) that the codec cannot encode r.
type putFunc func(out []byte, r rune) ([]byte, bool)

// PutFunc is a putFunc that may fail (a mapping given from Python).
type PutFunc func(out []byte, r rune) ([]byte, bool, error)

// EncodeFunc encodes s with put, calling the error handler (errors,
// resolved through env) for the code points put cannot encode; name and
// reason are the codec name and the reason errors report. It lets the
// charmap codec use tables and mappings given from Python.
func EncodeFunc(s, errors string, env Env, name, reason string, put PutFunc) ([]byte, error) {
	x := &errState{errors: errors, env: env}
	var perr error
	out, err := encodeRunes(s, nil, x, name, reason, func(out []byte, r rune) ([]byte, bool) {
		if perr != nil {
			return out, true
		}
		o, ok, err := put(out, r)
		if err != nil {
			perr = err
			return out, true
		}
		return o, ok
	})
	if perr != nil {
		return nil, perr
	}
	return out, err
}

// GetFunc decodes one byte: its text, or ok false when the byte is
// undefined.
type GetFunc func(c byte) (text string, ok bool, err error)

// DecodeFunc decodes b byte by byte with get, calling the error handler
// for undefined bytes (see EncodeFunc).
func DecodeFunc(b []byte, errors string, env Env, name, reason string, get GetFunc) (string, error) {
	d := &decodeState{errState: errState{errors: errors, env: env}, name: name, b: b, out: make([]byte, 0, len(b))}
	for i := 0; i < len(b); {
		s, ok, err := get(b[i])
		if err != nil {
			return "", err
		}
		if ok {
			d.out = append(d.out, s...)
			i++
			continue
		}
		if i, err = d.fail(i, i+1, reason); err != nil {
			return "", err
		}
	}
	return string(d.out), nil
}

// toRunes splits a str into code points.
func toRunes(s string) []rune {
	rs := make([]rune, 0, len(s))
	for off := 0; off < len(s); {
		r, n := pystr.DecodeRune(s[off:])
		rs = append(rs, r)
		off += n
	}
	return rs
}

// encodeRunes encodes s with put, calling the error handler for every run
// of code points put refuses (CPython reports consecutive unencodable
// characters as one error).
func encodeRunes(s string, out []byte, x *errState, name, reason string, put putFunc) ([]byte, error) {
	return encodeRunesUnit(s, out, x, name, reason, put, 0)
}

// encodeRunesUnit is encodeRunes for the UTF-16 and UTF-32 encoders
// (unit 2 or 4), which CPython gives the error handler one code point
// at a time and whose replacements must be whole code units: bytes of a
// length that is a multiple of unit, or ASCII text.
func encodeRunesUnit(s string, out []byte, x *errState, name, reason string, put putFunc, unit int) ([]byte, error) {
	ci := 0
	for off := 0; off < len(s); ci++ {
		r, n := pystr.DecodeRune(s[off:])
		o, ok := put(out, r)
		if !ok {
			return encodeSlow(s, toRunes(s), ci, out, x, name, reason, put, unit)
		}
		out = o
		off += n
	}
	return out, nil
}

func encodeSlow(s string, rs []rune, i int, out []byte, x *errState, name, reason string, put putFunc, unit int) ([]byte, error) {
	var scratch [8]byte
	for i < len(rs) {
		if o, ok := put(out, rs[i]); ok {
			out = o
			i++
			continue
		}
		j := i + 1
		for unit == 0 && j < len(rs) {
			if _, ok := put(scratch[:0], rs[j]); ok {
				break
			}
			j++
		}
		e := &Error{Encoding: name, Str: s, Start: i, End: j, Reason: reason}
		repl, err := x.handle(e)
		if err != nil {
			return nil, err
		}
		if unit > 0 && !wholeUnits(repl, unit) {
			// CPython reports the code point before the resume position.
			p, _ := resume(repl.Pos, len(rs))
			return nil, &Error{Encoding: name, Str: s, Start: p - 1, End: p, Reason: reason}
		}
		if repl.IsBytes {
			out = append(out, repl.Bytes...)
		} else {
			for off := 0; off < len(repl.Str); {
				r, n := pystr.DecodeRune(repl.Str[off:])
				o, ok := put(out, r)
				if !ok {
					return nil, e
				}
				out = o
				off += n
			}
		}
		if i, err = resume(repl.Pos, len(rs)); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// wholeUnits reports whether a replacement is bytes of whole code units
// or ASCII text.
func wholeUnits(repl Replacement, unit int) bool {
	if repl.IsBytes {
		return len(repl.Bytes)%unit == 0
	}
	for i := 0; i < len(repl.Str); i++ {
		if repl.Str[i] >= 0x80 {
			return false
		}
	}
	return true
}

// decodeState runs one decoding call: the whole input (which errors
// report) and the output so far.
type decodeState struct {
	errState
	name string
	b    []byte
	out  []byte
}

// fail handles a decoding error over b[start:end]: the handler's
// replacement is appended and fail returns where to resume.
func (d *decodeState) fail(start, end int, reason string) (int, error) {
	e := &Error{Decode: true, Encoding: d.name, Bytes: d.b, Start: start, End: end, Reason: reason}
	repl, err := d.handle(e)
	if err != nil {
		return 0, err
	}
	if repl.IsBytes {
		return 0, &PyError{"TypeError", "decoding error handler must return (str, int) tuple"}
	}
	d.out = append(d.out, repl.Str...)
	return resume(repl.Pos, len(d.b))
}
