package codecs

import (
	"github.com/gilpy/gilpy/interp/pystr"
)

// putFunc appends the encoding of r to out, or reports (leaving out as it
// was) that the codec cannot encode r.
type putFunc func(out []byte, r rune) ([]byte, bool)

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
	ci := 0
	for off := 0; off < len(s); ci++ {
		r, n := pystr.DecodeRune(s[off:])
		o, ok := put(out, r)
		if !ok {
			return encodeSlow(s, toRunes(s), ci, out, x, name, reason, put)
		}
		out = o
		off += n
	}
	return out, nil
}

func encodeSlow(s string, rs []rune, i int, out []byte, x *errState, name, reason string, put putFunc) ([]byte, error) {
	var scratch [8]byte
	for i < len(rs) {
		if o, ok := put(out, rs[i]); ok {
			out = o
			i++
			continue
		}
		j := i + 1
		for j < len(rs) {
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
