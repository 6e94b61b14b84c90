package codecs

// Encode encodes a whole str, as str.encode does (with a byte order mark
// for utf-16 and utf-32, a signature for utf-8-sig).
func (c *Codec) Encode(s, errors string, env Env) ([]byte, error) {
	x := &errState{errors: errors, env: env}
	return c.encode(s, nil, x, true)
}

// encode appends the encoding of s to out; bom says whether the codecs
// that start with a mark write it.
func (c *Codec) encode(s string, out []byte, x *errState, bom bool) ([]byte, error) {
	if out == nil {
		out = make([]byte, 0, len(s)+4)
	}
	switch c.kind {
	case kUTF8:
		return encodeUTF8(s, out, x)
	case kUTF8Sig:
		if bom {
			out = append(out, bomUTF8...)
		}
		return encodeUTF8(s, out, x)
	case kASCII:
		return encodeASCII(s, out, x)
	case kLatin1:
		return encodeLatin1(s, out, x)
	case kCharmap:
		return c.cmap.encode(s, out, x)
	case kUTF16:
		order := c.order
		if order == 0 && !bom {
			order = -1
		}
		return encodeUTF16(s, out, order, x)
	case kUTF32:
		order := c.order
		if order == 0 && !bom {
			order = -1
		}
		return encodeUTF32(s, out, order, x)
	case kUnicodeEscape:
		return encodeUnicodeEscape(s, out), nil
	case kRawUnicodeEscape:
		return encodeRawUnicodeEscape(s, out), nil
	}
	panic("codecs: unknown kind")
}

// Decode decodes the whole of b, as bytes.decode does (a byte order mark
// or utf-8-sig's signature is removed).
func (c *Codec) Decode(b []byte, errors string, env Env) (string, error) {
	s, _, err := c.DecodeChunk(b, errors, true, env)
	return s, err
}

// DecodeChunk decodes b; unless final, it stops before a character cut
// short by the end of b, and reports how many bytes it used. It is what
// the codec's decode function in the codecs module does: utf-16 and
// utf-32 look for a byte order mark at the start of every chunk.
func (c *Codec) DecodeChunk(b []byte, errors string, final bool, env Env) (string, int, error) {
	x := &errState{errors: errors, env: env}
	return c.decode(b, final, x, true)
}

func (c *Codec) decode(b []byte, final bool, x *errState, bom bool) (string, int, error) {
	switch c.kind {
	case kUTF8:
		return decodeUTF8(b, final, x)
	case kUTF8Sig:
		skip := 0
		if bom && len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
			skip = 3
		}
		s, n, err := decodeUTF8(b[skip:], final, x)
		return s, n + skip, err
	case kASCII:
		s, err := decodeASCII(b, x)
		return s, len(b), err
	case kLatin1:
		return decodeLatin1(b), len(b), nil
	case kCharmap:
		s, err := c.cmap.decode(b, x)
		return s, len(b), err
	case kUTF16:
		s, n, _, err := decodeUTF16(b, c.order, final, x)
		return s, n, err
	case kUTF32:
		s, n, _, err := decodeUTF32(b, c.order, final, x)
		return s, n, err
	case kUnicodeEscape:
		return decodeUnicodeEscape(b, final, x)
	case kRawUnicodeEscape:
		return decodeRawUnicodeEscape(b, final, x)
	}
	panic("codecs: unknown kind")
}

// Encoder is an incremental encoder (codecs.getincrementalencoder).
type Encoder struct {
	c       *Codec
	x       errState
	pending bool // a byte order mark or signature is still to be written
}

// NewEncoder returns an incremental encoder of the codec.
func (c *Codec) NewEncoder(errors string, env Env) *Encoder {
	e := &Encoder{c: c, x: errState{errors: errors, env: env}}
	e.Reset()
	return e
}

// Codec returns the encoder's codec.
func (e *Encoder) Codec() *Codec { return e.c }

// SetErrors changes the encoder's error handler and environment (a text
// file passes the calling thread's at each call).
func (e *Encoder) SetErrors(errors string, env Env) {
	if errors != e.x.errors || env != e.x.env {
		e.x.h = nil
	}
	e.x.errors, e.x.env = errors, env
}

// hasMark reports whether the codec starts its output with a mark.
func (c *Codec) hasMark() bool {
	return c.kind == kUTF8Sig || (c.kind == kUTF16 || c.kind == kUTF32) && c.order == 0
}

// Encode encodes the next piece of text. (final changes nothing: no
// implemented encoder keeps text back.)
func (e *Encoder) Encode(s string, final bool) ([]byte, error) {
	out, err := e.c.encode(s, nil, &e.x, e.pending)
	if err != nil {
		return nil, err
	}
	e.pending = false
	return out, nil
}

// Reset returns the encoder to its initial state.
func (e *Encoder) Reset() { e.pending = e.c.hasMark() }

// State is the encoder's getstate(): for utf-16 and utf-32, 2 before the
// byte order mark is written and 0 after; for utf-8-sig 1 and 0.
func (e *Encoder) State() int {
	if !e.pending {
		return 0
	}
	if e.c.kind == kUTF8Sig {
		return 1
	}
	return 2
}

// SetState is the encoder's setstate().
func (e *Encoder) SetState(state int) { e.pending = e.c.hasMark() && state != 0 }

// Decoder is an incremental decoder (codecs.getincrementaldecoder).
type Decoder struct {
	c   *Codec
	x   errState
	buf []byte
	// order is the byte order utf-16 or utf-32 (without a fixed order)
	// found in the mark: 0 until then.
	order int
	// first: utf-8-sig has not yet checked for its signature.
	first bool
}

// NewDecoder returns an incremental decoder of the codec.
func (c *Codec) NewDecoder(errors string, env Env) *Decoder {
	d := &Decoder{c: c, x: errState{errors: errors, env: env}}
	d.Reset()
	return d
}

// Codec returns the decoder's codec.
func (d *Decoder) Codec() *Codec { return d.c }

// SetErrors changes the decoder's error handler and environment.
func (d *Decoder) SetErrors(errors string, env Env) {
	if errors != d.x.errors || env != d.x.env {
		d.x.h = nil
	}
	d.x.errors, d.x.env = errors, env
}

// Reset forgets buffered input and any byte order seen.
func (d *Decoder) Reset() {
	d.buf = nil
	d.order = 0
	d.first = d.c.kind == kUTF8Sig
}

// Decode decodes the next piece of input; bytes of an incomplete
// character are kept for the next call unless final. On error, the
// buffered input is left as it was.
func (d *Decoder) Decode(b []byte, final bool) (string, error) {
	data := b
	if len(d.buf) > 0 {
		data = append(append([]byte(nil), d.buf...), b...)
	}
	var s string
	var n int
	var err error
	switch {
	case (d.c.kind == kUTF16 || d.c.kind == kUTF32) && d.c.order == 0:
		order := d.order
		var got int
		unit := 2
		if d.c.kind == kUTF16 {
			s, n, got, err = decodeUTF16(data, order, final, &d.x)
		} else {
			unit = 4
			s, n, got, err = decodeUTF32(data, order, final, &d.x)
		}
		if err != nil {
			return "", err
		}
		if order == 0 {
			if got != 0 {
				d.order = got
			} else if n >= unit {
				kind := "UTF-16"
				if unit == 4 {
					kind = "UTF-32"
				}
				return "", &PyError{"UnicodeError", kind + " stream does not start with BOM"}
			}
		}
	case d.c.kind == kUTF8Sig && d.first:
		if len(data) < 3 {
			if isPrefix(data, bomUTF8) {
				d.buf = append([]byte(nil), data...)
				return "", nil
			}
			d.first = false
			s, n, err = decodeUTF8(data, final, &d.x)
			break
		}
		d.first = false
		s, n, err = d.c.decode(data, final, &d.x, true)
	default:
		s, n, err = d.c.decode(data, final, &d.x, false)
	}
	if err != nil {
		return "", err
	}
	d.buf = append([]byte(nil), data[n:]...)
	return s, nil
}

func isPrefix(b, of []byte) bool {
	if len(b) > len(of) {
		return false
	}
	for i := range b {
		if b[i] != of[i] {
			return false
		}
	}
	return true
}

// State is the decoder's getstate(): the buffered bytes and a flag. For
// utf-16 and utf-32 the flag is 2 before a byte order mark was seen, then
// 0 for little-endian and 1 for big-endian; for utf-8-sig it is 1 until
// the signature was checked.
func (d *Decoder) State() ([]byte, int) {
	buf := append([]byte(nil), d.buf...)
	switch {
	case (d.c.kind == kUTF16 || d.c.kind == kUTF32) && d.c.order == 0:
		switch d.order {
		case 0:
			return buf, 2
		case 1:
			return buf, 1
		}
		return buf, 0
	case d.c.kind == kUTF8Sig && d.first:
		return buf, 1
	}
	return buf, 0
}

// SetState is the decoder's setstate().
func (d *Decoder) SetState(buf []byte, flag int) {
	d.buf = append([]byte(nil), buf...)
	switch {
	case (d.c.kind == kUTF16 || d.c.kind == kUTF32) && d.c.order == 0:
		switch flag {
		case 0:
			d.order = -1
		case 1:
			d.order = 1
		default:
			d.order = 0
		}
	case d.c.kind == kUTF8Sig:
		d.first = flag != 0
	}
}
