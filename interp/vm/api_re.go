package vm

import "github.com/go-python/gpython/py"

// Parts of the module interface that the re module needed first; see
// api.go.

// BytesLike returns the buffer of a bytes-like object (bytes,
// bytearray, memoryview, or an instance of a subclass of one of them).
// The slice is the object's own memory: callers must not keep it across
// Python code that may change a bytearray.
func BytesLike(o Object) ([]byte, bool) {
	switch v := unwrap(o).(type) {
	case py.Bytes:
		return v, true
	case *ByteArray:
		return v.b, true
	case *MemoryView:
		// A released view (or one whose bytearray shrank) has no
		// buffer to offer.
		b, err := v.contents()
		if err != nil {
			return nil, false
		}
		return b, true
	case BufferExporter:
		return v.BufferData(), true
	}
	return nil, false
}

// CheckInterrupts is the eval-breaker check for Go code that runs long
// without executing bytecode (a regular expression match): it gives up
// the GIL when another thread asked for it, and returns a pending
// KeyboardInterrupt, asynchronous exception or cancellation as an error.
// It costs one atomic load when nothing is pending.
func (t *Thread) CheckInterrupts() error {
	if t.breaker.Load() != 0 {
		return t.handleBreaker()
	}
	return nil
}

// NewCallableIterator returns iter(fn, sentinel).
func NewCallableIterator(fn, sentinel Object) Object {
	return &callableIterator{fn: fn, sentinel: sentinel}
}

// NewMappingProxy returns a read-only view of the mapping m
// (types.MappingProxyType(m)).
func NewMappingProxy(m Object) Object { return &MappingProxy{m: m} }
