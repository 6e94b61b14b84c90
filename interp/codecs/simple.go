package codecs

import (
	"sync"
	"unsafe"

	"github.com/gilpy/gilpy/interp/pystr"
)

// ascii, latin-1 and the single-byte code pages ("charmap" codecs).

func encodeASCII(s string, out []byte, x *errState) ([]byte, error) {
	if pystr.IsASCII(s) {
		return append(out, s...), nil
	}
	return encodeRunes(s, out, x, "ascii", "ordinal not in range(128)", func(out []byte, r rune) ([]byte, bool) {
		if r < 0 || r >= 0x80 {
			return out, false
		}
		return append(out, byte(r)), true
	})
}

func encodeLatin1(s string, out []byte, x *errState) ([]byte, error) {
	if pystr.IsASCII(s) {
		return append(out, s...), nil
	}
	return encodeRunes(s, out, x, "latin-1", "ordinal not in range(256)", func(out []byte, r rune) ([]byte, bool) {
		if r < 0 || r >= 0x100 {
			return out, false
		}
		return append(out, byte(r)), true
	})
}

func isASCIIBytes(b []byte) bool { return pystr.IsASCII(bytesString(b)) }

func decodeASCII(b []byte, x *errState) (string, error) {
	if isASCIIBytes(b) {
		return string(b), nil
	}
	d := &decodeState{errState: *x, name: "ascii", b: b, out: make([]byte, 0, len(b))}
	for i := 0; i < len(b); {
		if b[i] < 0x80 {
			d.out = append(d.out, b[i])
			i++
			continue
		}
		var err error
		if i, err = d.fail(i, i+1, "ordinal not in range(128)"); err != nil {
			return "", err
		}
	}
	*x = d.errState
	return string(d.out), nil
}

func decodeLatin1(b []byte) string {
	if isASCIIBytes(b) {
		return string(b)
	}
	out := make([]byte, 0, len(b)+len(b)/2)
	for _, c := range b {
		out = pystr.AppendRune(out, rune(c))
	}
	return string(out)
}

// charmap is a single-byte code page.
type charmap struct {
	dec [256]rune // 0xFFFE: undefined
	// asciiSame: bytes 0-0x7F decode to themselves.
	asciiSame bool
	once      sync.Once
	enc       map[rune]byte
}

func newCharmap(table string) *charmap {
	m := &charmap{asciiSame: true}
	for i := range m.dec {
		m.dec[i] = rune(table[2*i])<<8 | rune(table[2*i+1])
		if i < 0x80 && m.dec[i] != rune(i) {
			m.asciiSame = false
		}
	}
	return m
}

func (m *charmap) encoding() map[rune]byte {
	m.once.Do(func() {
		m.enc = make(map[rune]byte, 256)
		// As CPython's encoding maps: when two bytes decode to the same
		// character, the later one encodes it.
		for i, r := range m.dec {
			if r != 0xFFFE {
				m.enc[r] = byte(i)
			}
		}
	})
	return m.enc
}

func (m *charmap) encode(s string, out []byte, x *errState) ([]byte, error) {
	if m.asciiSame && pystr.IsASCII(s) {
		return append(out, s...), nil
	}
	enc := m.encoding()
	return encodeRunes(s, out, x, "charmap", "character maps to <undefined>", func(out []byte, r rune) ([]byte, bool) {
		if r < 0x80 && m.asciiSame {
			return append(out, byte(r)), true
		}
		c, ok := enc[r]
		if !ok {
			return out, false
		}
		return append(out, c), true
	})
}

func (m *charmap) decode(b []byte, x *errState) (string, error) {
	if m.asciiSame && isASCIIBytes(b) {
		return string(b), nil
	}
	d := &decodeState{errState: *x, name: "charmap", b: b, out: make([]byte, 0, len(b)+len(b)/2)}
	for i := 0; i < len(b); {
		r := m.dec[b[i]]
		if r != 0xFFFE {
			d.out = pystr.AppendRune(d.out, r)
			i++
			continue
		}
		var err error
		if i, err = d.fail(i, i+1, "character maps to <undefined>"); err != nil {
			return "", err
		}
	}
	*x = d.errState
	return string(d.out), nil
}

// bytesString views b as a string without copying; the string must not
// outlive a change to b.
func bytesString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}
