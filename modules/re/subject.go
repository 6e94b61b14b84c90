package re

import (
	"fmt"
	"sync"
	"unsafe"

	"github.com/gilpy/gilpy/interp/pystr"
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/gilpy/gilpy/modules/re/engine"
	"github.com/go-python/gpython/py"
)

// subject is the string a pattern is matched against, in the form the
// engine reads: bytes, and str made only of ASCII, as one byte per
// character; other str as one rune per code point.
type subject struct {
	obj     vm.Object // what the caller passed (Match.string)
	isBytes bool
	// mutable: obj is a bytearray or a memoryview, whose contents are
	// read again when a Match object slices them (as CPython does).
	mutable bool
	str     string // the str's text (UTF-8), for str subjects
	b       []byte // the characters, one byte each
	r       []rune // the characters, one rune each (non-ASCII str)
	n       int    // the length in characters
}

// decoded is a cache entry for the runes of a non-ASCII str: a program
// that matches a long text many times from different positions (a
// tokenizer calling match(text, pos)) must not decode it at every call.
type decoded struct {
	data  *byte
	n     int
	ascii bool
	r     []rune
}

var (
	decodedMu    sync.Mutex
	decodedCache [4]*decoded
	decodedNext  int
)

// cacheThreshold: strings shorter than this are decoded at every call.
const cacheThreshold = 256

func decodeStr(s string) (ascii bool, r []rune) {
	if len(s) >= cacheThreshold {
		p := unsafe.StringData(s)
		decodedMu.Lock()
		for _, d := range decodedCache {
			if d != nil && d.data == p && d.n == len(s) {
				decodedMu.Unlock()
				return d.ascii, d.r
			}
		}
		decodedMu.Unlock()
	}
	if pystr.IsASCII(s) {
		ascii = true
	} else {
		r = make([]rune, 0, len(s))
		for i := 0; i < len(s); {
			c, size := pystr.DecodeRune(s[i:])
			r = append(r, c)
			i += size
		}
	}
	if len(s) >= cacheThreshold {
		decodedMu.Lock()
		decodedCache[decodedNext] = &decoded{data: unsafe.StringData(s), n: len(s), ascii: ascii, r: r}
		decodedNext = (decodedNext + 1) % len(decodedCache)
		decodedMu.Unlock()
	}
	return ascii, r
}

// strBytes views the bytes of an ASCII string without copying; the
// engine only reads them.
func strBytes(s string) []byte {
	if s == "" {
		return nil
	}
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

// getSubject converts the string argument of a matching method.
func getSubject(o vm.Object) (*subject, error) {
	switch v := vm.Unwrap(o).(type) {
	case py.String:
		s := string(v)
		sub := &subject{obj: o, str: s}
		ascii, r := decodeStr(s)
		if ascii {
			sub.b = strBytes(s)
			sub.n = len(s)
		} else {
			sub.r = r
			sub.n = len(r)
		}
		return sub, nil
	case py.Bytes:
		return &subject{obj: o, isBytes: true, b: v, n: len(v)}, nil
	}
	if b, ok := vm.BytesLike(o); ok {
		// A snapshot: the match may give up the GIL at its polls, and
		// another thread could change the buffer meanwhile.
		c := append([]byte(nil), b...)
		return &subject{obj: o, isBytes: true, mutable: true, b: c, n: len(c)}, nil
	}
	return nil, vm.NewError(py.TypeError, fmt.Sprintf("expected string or bytes-like object, got '%s'", vm.TypeName(o)))
}

// checkKind refuses a subject of the other kind than the pattern's.
func (p *Pattern) checkKind(s *subject) error {
	if s.isBytes && p.isBytes == 0 {
		return vm.NewError(py.TypeError, "cannot use a string pattern on a bytes-like object")
	}
	if !s.isBytes && p.isBytes > 0 {
		return vm.NewError(py.TypeError, "cannot use a bytes pattern on a string-like object")
	}
	return nil
}

// slice returns s[i:j] as a new str or bytes (bytes for every bytes-like
// subject; the whole of a bytes object is that object).
func (s *subject) slice(i, j int) vm.Object {
	if s.isBytes {
		b := s.b
		if s.mutable {
			if cur, ok := vm.BytesLike(s.obj); ok {
				b = cur
			}
			i, j = min(i, len(b)), min(j, len(b))
		} else if bs, ok := s.obj.(py.Bytes); ok && i == 0 && j == len(bs) {
			return bs
		}
		return py.Bytes(append([]byte(nil), b[i:j]...))
	}
	if s.r == nil {
		return py.String(s.str[i:j])
	}
	return py.String(appendRunes(nil, s.r[i:j]))
}

// appendRunes encodes runes as gilpy stores str (lone surrogates
// included).
func appendRunes(dst []byte, r []rune) []byte {
	for _, c := range r {
		if c < 0x80 {
			dst = append(dst, byte(c))
		} else {
			dst = pystr.AppendRune(dst, c)
		}
	}
	return dst
}

// newState binds a compiled pattern to a subject for a match loop.
func (p *Pattern) newState(t *vm.Thread, s *subject, pos, endpos int) *engine.State {
	opts := engine.Options{Poll: t.CheckInterrupts}
	if s.r != nil {
		return engine.NewRunesState(p.prog, s.r, pos, endpos, opts)
	}
	return engine.NewBytesState(p.prog, s.b, pos, endpos, opts)
}
