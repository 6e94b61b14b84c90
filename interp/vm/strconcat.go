package vm

import (
	"unsafe"

	"github.com/go-python/gpython/py"
)

// concatBuf makes building a string by repeated concatenation
// (s = s + piece, s += piece) linear instead of quadratic, as CPython's
// in-place resize does. Go strings are immutable, but several strings may
// share one byte buffer as long as no byte inside any of them is ever
// written again. The thread keeps the buffer of the last long
// concatenation it made, with spare capacity, and how much of it is used;
// when the left operand is exactly that used prefix, the right operand is
// appended in place and the result is a longer view of the same buffer.
// Any other left operand is copied as usual.
type concatBuf struct {
	buf  []byte
	used int
}

// concatMin is the length from which results are built in a buffer with
// spare capacity: shorter strings are cheap to copy.
const concatMin = 256

// concat returns a + b.
func (t *Thread) concat(a, b py.String) py.String {
	if len(b) == 0 {
		return a
	}
	if len(a) == 0 {
		return b
	}
	cb := &t.rareState().concat
	n := len(a) + len(b)
	if cb.used > 0 && len(a) == cb.used && unsafe.StringData(string(a)) == unsafe.SliceData(cb.buf) {
		if n <= cap(cb.buf) {
			cb.buf = append(cb.buf[:cb.used], b...)
			cb.used = n
			return py.String(unsafe.String(unsafe.SliceData(cb.buf), n))
		}
	}
	if n < concatMin {
		return a + b
	}
	buf := make([]byte, 0, 2*n)
	buf = append(append(buf, a...), b...)
	cb.buf, cb.used = buf, n
	return py.String(unsafe.String(unsafe.SliceData(buf), n))
}
