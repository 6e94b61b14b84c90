package vm

import "github.com/go-python/gpython/py"

// bytearray's iterator reads the bytearray as it is at each step, so
// that it sees changes made while iterating, as CPython's does.
var bytearrayIteratorType = newBuiltinType("bytearray_iterator", "", nil)

type bytearrayIterator struct {
	b *ByteArray // nil once exhausted
	i int
}

func (it *bytearrayIterator) Type() *Type { return &bytearrayIteratorType.Type }

// Next implements GoIterator.
func (it *bytearrayIterator) Next(t *Thread) (Object, bool, error) {
	if it.b == nil || it.i >= len(it.b.b) {
		it.b = nil
		return nil, false, nil
	}
	v := NewInt(int64(it.b.b[it.i]))
	it.i++
	return v, true, nil
}

func init() {
	bytearrayIteratorType.DefIterator()
	bytearrayIteratorType.defMethod("__length_hint__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		it := args[0].(*bytearrayIterator)
		if it.b == nil {
			return NewInt(0), nil
		}
		return NewInt(int64(max(0, len(it.b.b)-it.i))), nil
	}, "How many items are left: a size hint for list() and others.")
	ByteArrayType.defMethod("__iter__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__iter__", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		b, ok := unwrap(args[0]).(*ByteArray)
		if !ok {
			return nil, NewError(py.TypeError, "descriptor '__iter__' requires a 'bytearray' object")
		}
		return &bytearrayIterator{b: b}, nil
	}, "Implement iter(self).", "nounwrap")
}
