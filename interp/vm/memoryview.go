package vm

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"strings"

	"github.com/go-python/gpython/py"
)

// memoryview over bytes and bytearray: one-dimensional views with a
// start, a stride (from slicing with a step) and an item format (from
// cast), reading and writing through to the exporting object.
//
// gilpy does not count exports: a bytearray can be resized while views of
// it exist (CPython raises BufferError), since Go cannot tell when an
// unreleased view is garbage. A view of a bytearray reads the
// bytearray's current buffer each time, so writes through it are never
// lost; if the bytearray shrank below the view, using the view raises
// BufferError.

var MemoryViewType = newBuiltinType("memoryview", "A view of another object's bytes, without copying them.", nil)

// MemoryView is a view of a bytes-like object's buffer.
type MemoryView struct {
	obj      Object     // the exporting object (bytes or bytearray)
	ba       *ByteArray // the exporter's buffer when it is a bytearray
	data     []byte     // the exporter's buffer when it is bytes
	start    int        // byte offset of the first item
	length   int        // number of items
	stride   int        // bytes from one item to the next
	format   string     // struct-module format of an item ("B", "c", "i"...)
	itemsize int
	readonly bool
	released bool
}

// Type implements py.Object.
func (m *MemoryView) Type() *Type { return &MemoryViewType.Type }

// itemSizes gives the native size of each supported format.
var itemSizes = map[string]int{
	"B": 1, "b": 1, "c": 1, "?": 1,
	"h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8, "q": 8, "Q": 8, "n": 8, "N": 8,
	"f": 4, "d": 8, "P": 8,
}

// NewMemoryView returns memoryview(o).
func NewMemoryView(t *Thread, o Object) (*MemoryView, error) {
	switch v := unwrap(o).(type) {
	case py.Bytes:
		return &MemoryView{obj: o, data: v, length: len(v), stride: 1, format: "B", itemsize: 1, readonly: true}, nil
	case *ByteArray:
		return &MemoryView{obj: o, ba: v, length: len(v.b), stride: 1, format: "B", itemsize: 1}, nil
	case *MemoryView:
		if err := v.check(); err != nil {
			return nil, err
		}
		c := *v
		return &c, nil
	}
	return nil, Errorf(py.TypeError, "memoryview: a bytes-like object is required, not '%s'", TypeName(o))
}

func (m *MemoryView) check() error {
	if m.released {
		return NewError(py.ValueError, "operation forbidden on released memoryview object")
	}
	return nil
}

// buffer returns the exporter's current buffer, checking that the view
// still fits in it.
func (m *MemoryView) buffer() ([]byte, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	b := m.data
	if m.ba != nil {
		b = m.ba.b
	}
	if m.length > 0 {
		last := m.start + (m.length-1)*m.stride
		if m.start+m.itemsize > len(b) || last < 0 || last+m.itemsize > len(b) {
			return nil, NewError(py.BufferError, "memoryview: the underlying bytearray was resized")
		}
	}
	return b, nil
}

func (m *MemoryView) contiguous() bool { return m.stride == m.itemsize || m.length <= 1 }

// contents returns the bytes the view covers, in order (sharing the
// exporter's memory when the view is contiguous).
func (m *MemoryView) contents() ([]byte, error) {
	b, err := m.buffer()
	if err != nil {
		return nil, err
	}
	if m.contiguous() {
		return b[m.start : m.start+m.length*m.itemsize], nil
	}
	out := make([]byte, 0, m.length*m.itemsize)
	for i := 0; i < m.length; i++ {
		o := m.start + i*m.stride
		out = append(out, b[o:o+m.itemsize]...)
	}
	return out, nil
}

// unpack returns the Python value of one item.
func (m *MemoryView) unpack(p []byte) Object {
	le := binary.LittleEndian
	switch m.format {
	case "B":
		return NewInt(int64(p[0]))
	case "b":
		return NewInt(int64(int8(p[0])))
	case "c":
		return py.Bytes([]byte{p[0]})
	case "?":
		return NewBool(p[0] != 0)
	case "h":
		return NewInt(int64(int16(le.Uint16(p))))
	case "H":
		return NewInt(int64(le.Uint16(p)))
	case "i":
		return NewInt(int64(int32(le.Uint32(p))))
	case "I":
		return NewInt(int64(le.Uint32(p)))
	case "l", "q", "n":
		return NewInt(int64(le.Uint64(p)))
	case "L", "Q", "N", "P":
		return NewBigInt(new(big.Int).SetUint64(le.Uint64(p)))
	case "f":
		return py.Float(math.Float32frombits(le.Uint32(p)))
	case "d":
		return py.Float(math.Float64frombits(le.Uint64(p)))
	}
	return None
}

// pack stores a Python value into one item, with CPython's errors.
func (m *MemoryView) pack(t *Thread, p []byte, v Object) error {
	invalidType := func() error { return Errorf(py.TypeError, "memoryview: invalid type for format '%s'", m.format) }
	invalidValue := func() error { return Errorf(py.ValueError, "memoryview: invalid value for format '%s'", m.format) }
	le := binary.LittleEndian
	switch m.format {
	case "c":
		b, ok := unwrap(v).(py.Bytes)
		if !ok {
			return invalidType()
		}
		if len(b) != 1 {
			return invalidValue()
		}
		p[0] = b[0]
		return nil
	case "?":
		ok, err := Truth(t, v)
		if err != nil {
			return err
		}
		p[0] = 0
		if ok {
			p[0] = 1
		}
		return nil
	case "f", "d":
		if !isIntLike(unwrap(v)) {
			if _, ok := unwrap(v).(py.Float); !ok {
				return invalidType()
			}
		}
		f, err := FloatOf(t, v)
		if err != nil {
			return err
		}
		switch m.format {
		case "f":
			if !math.IsInf(f, 0) && !math.IsNaN(f) && math.Abs(f) > math.MaxFloat32 {
				return NewError(py.OverflowError, "float too large to pack with f format")
			}
			le.PutUint32(p, math.Float32bits(float32(f)))
		default:
			le.PutUint64(p, math.Float64bits(f))
		}
		return nil
	}
	if !hasIndex(v) {
		return invalidType()
	}
	n, err := IndexValue(t, v)
	if err != nil {
		return err
	}
	signed := strings.ContainsAny(m.format, "bhilqn")
	bits := uint(8 * m.itemsize)
	if signed {
		one := big.NewInt(1)
		lo := new(big.Int).Lsh(one, bits-1)
		hi := new(big.Int).Sub(lo, one)
		lo.Neg(lo)
		if n.Cmp(lo) < 0 || n.Cmp(hi) > 0 {
			return invalidValue()
		}
	} else if n.Sign() < 0 || n.BitLen() > int(bits) {
		return invalidValue()
	}
	var u uint64
	if n.IsInt64() {
		u = uint64(n.Int64())
	} else {
		u = n.Uint64()
	}
	switch m.itemsize {
	case 1:
		p[0] = byte(u)
	case 2:
		le.PutUint16(p, uint16(u))
	case 4:
		le.PutUint32(p, uint32(u))
	default:
		le.PutUint64(p, u)
	}
	return nil
}

// item returns the bytes of item i (resolved, in range).
func (m *MemoryView) item(b []byte, i int) []byte {
	o := m.start + i*m.stride
	return b[o : o+m.itemsize]
}

// index resolves an item index.
func (m *MemoryView) index(t *Thread, key Object) (int, error) {
	if !hasIndex(key) {
		return 0, NewError(py.TypeError, "memoryview: invalid slice key")
	}
	i, err := IndexInt(t, key)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += m.length
	}
	if i < 0 || i >= m.length {
		return 0, NewError(py.IndexError, "index out of bounds on dimension 1")
	}
	return i, nil
}

func (m *MemoryView) getItem(t *Thread, key Object) (Object, error) {
	b, err := m.buffer()
	if err != nil {
		return nil, err
	}
	if s, ok := key.(*py.Slice); ok {
		start, stop, step, err := sliceIndices(t, s, m.length)
		if err != nil {
			return nil, err
		}
		v := *m
		v.start = m.start + start*m.stride
		v.length = sliceLen(start, stop, step)
		v.stride = m.stride * step
		return &v, nil
	}
	if key == py.Ellipsis {
		return m, nil
	}
	i, err := m.index(t, key)
	if err != nil {
		return nil, err
	}
	return m.unpack(m.item(b, i)), nil
}

func (m *MemoryView) setItem(t *Thread, key, v Object) error {
	b, err := m.buffer()
	if err != nil {
		return err
	}
	if m.readonly {
		return NewError(py.TypeError, "cannot modify read-only memory")
	}
	if s, ok := key.(*py.Slice); ok {
		start, stop, step, err := sliceIndices(t, s, m.length)
		if err != nil {
			return err
		}
		n := sliceLen(start, stop, step)
		var src []byte
		var srcFormat string
		switch x := unwrap(v).(type) {
		case *MemoryView:
			if src, err = x.contents(); err != nil {
				return err
			}
			srcFormat = x.format
		default:
			if src, err = bytesOf(t, v); err != nil {
				return Errorf(py.TypeError, "a bytes-like object is required, not '%s'", TypeName(v))
			}
			srcFormat = "B"
		}
		if srcFormat != m.format && !(isByteFormat(srcFormat) && isByteFormat(m.format)) || len(src) != n*m.itemsize {
			return NewError(py.ValueError, "memoryview assignment: lvalue and rvalue have different structures")
		}
		src = append([]byte(nil), src...)
		for i := 0; i < n; i++ {
			copy(m.item(b, start+i*step), src[i*m.itemsize:(i+1)*m.itemsize])
		}
		return nil
	}
	i, err := m.index(t, key)
	if err != nil {
		return err
	}
	return m.pack(t, m.item(b, i), v)
}

func isByteFormat(f string) bool { return f == "B" || f == "b" || f == "c" }

func (m *MemoryView) toList() (Object, error) {
	b, err := m.buffer()
	if err != nil {
		return nil, err
	}
	items := make([]Object, m.length)
	for i := range items {
		items[i] = m.unpack(m.item(b, i))
	}
	return &py.List{Items: items}, nil
}

// cast implements memoryview.cast(format[, shape]) for one-dimensional
// results.
func (m *MemoryView) cast(t *Thread, formatO, shapeO Object) (Object, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	fs, ok := unwrap(formatO).(py.String)
	if !ok {
		return nil, Errorf(py.TypeError, "cast() argument 'format' must be str, not %s", TypeName(formatO))
	}
	f := strings.TrimPrefix(string(fs), "@")
	size, ok := itemSizes[f]
	if !ok {
		return nil, NewError(py.ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'")
	}
	if !m.contiguous() {
		return nil, NewError(py.TypeError, "memoryview: casts are restricted to C-contiguous views")
	}
	if !isByteFormat(m.format) && !isByteFormat(f) {
		return nil, NewError(py.TypeError, "memoryview: cannot cast between two non-byte formats")
	}
	nbytes := m.length * m.itemsize
	if shapeO != nil {
		var dims []Object
		switch s := unwrap(shapeO).(type) {
		case Tuple:
			dims = s
		case *py.List:
			dims = s.Items
		default:
			return nil, NewError(py.TypeError, "shape must be a list or a tuple")
		}
		if len(dims) != 1 {
			return nil, NewError(py.NotImplementedError, "memoryview: gilpy supports only one-dimensional casts")
		}
		n, err := IndexInt(t, dims[0])
		if err != nil {
			return nil, err
		}
		if n <= 0 {
			return nil, NewError(py.ValueError, "memoryview.cast(): elements of shape must be integers > 0")
		}
		if n*size != nbytes {
			return nil, NewError(py.TypeError, "memoryview: product(shape) * itemsize != buffer size")
		}
	}
	if nbytes%size != 0 {
		return nil, NewError(py.TypeError, "memoryview: length is not a multiple of itemsize")
	}
	v := *m
	v.format, v.itemsize = f, size
	v.length = nbytes / size
	v.stride = size
	return &v, nil
}

// equal implements memoryview == other: equal when both are views (or
// buffers) with equal shapes and item values.
func (m *MemoryView) equal(t *Thread, other Object) (Object, error) {
	if other == Object(m) {
		return True, nil
	}
	var o *MemoryView
	switch v := unwrap(other).(type) {
	case *MemoryView:
		o = v
	case py.Bytes, *ByteArray:
		var err error
		if o, err = NewMemoryView(t, v); err != nil {
			return nil, err
		}
	default:
		return NotImplemented, nil
	}
	if m.released || o.released {
		return False, nil
	}
	if m.length != o.length {
		return False, nil
	}
	a, err := m.buffer()
	if err != nil {
		return nil, err
	}
	b, err := o.buffer()
	if err != nil {
		return nil, err
	}
	for i := 0; i < m.length; i++ {
		x, y := m.unpack(m.item(a, i)), o.unpack(o.item(b, i))
		eq, err := Equal(t, x, y)
		if err != nil {
			return nil, err
		}
		if !eq {
			return False, nil
		}
	}
	return True, nil
}

func memoryViewSelf(o Object) *MemoryView { return unwrap(o).(*MemoryView) }

func init() {
	mv := MemoryViewType
	method := func(name string, min, max int, fn func(t *Thread, m *MemoryView, a []Object) (Object, error)) {
		mv.defMethod(name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := checkMethodArgs(name, args, kwnames, min, max); err != nil {
				return nil, err
			}
			return fn(t, memoryViewSelf(args[0]), args[1:])
		}, "")
	}
	mv.def("__new__", &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		var obj Object
		if _, err := ParseClinic(&Params{Func: "memoryview", Names: []string{"object"}, KwOnly: -1, Required: 1}, args[1:], kwnames, &obj); err != nil {
			return nil, err
		}
		return NewMemoryView(t, obj)
	}})
	method("__repr__", 0, 0, func(t *Thread, m *MemoryView, a []Object) (Object, error) {
		if m.released {
			return py.String(fmt.Sprintf("<released memory at %#x>", objectAddress(m))), nil
		}
		return py.String(fmt.Sprintf("<memory at %#x>", objectAddress(m))), nil
	})
	method("__len__", 0, 0, func(t *Thread, m *MemoryView, a []Object) (Object, error) {
		if err := m.check(); err != nil {
			return nil, err
		}
		return NewInt(int64(m.length)), nil
	})
	method("__getitem__", 1, 1, func(t *Thread, m *MemoryView, a []Object) (Object, error) { return m.getItem(t, a[0]) })
	method("__setitem__", 2, 2, func(t *Thread, m *MemoryView, a []Object) (Object, error) {
		return None, m.setItem(t, a[0], a[1])
	})
	method("__delitem__", 1, 1, func(t *Thread, m *MemoryView, a []Object) (Object, error) {
		if err := m.check(); err != nil {
			return nil, err
		}
		return nil, NewError(py.TypeError, "cannot delete memory")
	})
	method("__iter__", 0, 0, func(t *Thread, m *MemoryView, a []Object) (Object, error) {
		l, err := m.toList()
		if err != nil {
			return nil, err
		}
		return Iter(t, l)
	})
	mv.defMethod("__eq__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__eq__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		return memoryViewSelf(args[0]).equal(t, args[1])
	}, "")
	mv.defMethod("__ne__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__ne__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		r, err := memoryViewSelf(args[0]).equal(t, args[1])
		if err != nil || r == NotImplemented {
			return r, err
		}
		return NewBool(r != True), nil
	}, "")
	mv.defMethod("__hash__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		m := memoryViewSelf(args[0])
		if err := m.check(); err != nil {
			return nil, err
		}
		if !m.readonly {
			return nil, NewError(py.ValueError, "cannot hash writable memoryview object")
		}
		if !isByteFormat(m.format) {
			return nil, NewError(py.ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
		}
		b, err := m.contents()
		if err != nil {
			return nil, err
		}
		return NewInt(int64(bytesHash(b))), nil
	}, "")
	method("__enter__", 0, 0, func(t *Thread, m *MemoryView, a []Object) (Object, error) {
		if err := m.check(); err != nil {
			return nil, err
		}
		return m, nil
	})
	mv.defMethod("__exit__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		memoryViewSelf(args[0]).released = true
		return None, nil
	}, "")
	method("release", 0, 0, func(t *Thread, m *MemoryView, a []Object) (Object, error) {
		m.released = true
		return None, nil
	})
	mv.defMethod("tobytes", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		var order Object
		if _, err := ParseClinic(&Params{Func: "tobytes", Names: []string{"order"}, KwOnly: -1}, args[1:], kwnames, &order); err != nil {
			return nil, err
		}
		if order != nil && order != None {
			s, ok := unwrap(order).(py.String)
			if !ok || (s != "C" && s != "F" && s != "A") {
				return nil, NewError(py.ValueError, "order must be 'C', 'F' or 'A'")
			}
		}
		b, err := memoryViewSelf(args[0]).contents()
		if err != nil {
			return nil, err
		}
		return py.Bytes(append([]byte{}, b...)), nil
	}, "")
	method("tolist", 0, 0, func(t *Thread, m *MemoryView, a []Object) (Object, error) { return m.toList() })
	method("toreadonly", 0, 0, func(t *Thread, m *MemoryView, a []Object) (Object, error) {
		if err := m.check(); err != nil {
			return nil, err
		}
		v := *m
		v.readonly = true
		return &v, nil
	})
	mv.defMethod("hex", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		var sep, per Object
		if _, err := ParseClinic(&Params{Func: "hex", Names: []string{"sep", "bytes_per_sep"}, KwOnly: -1}, args[1:], kwnames, &sep, &per); err != nil {
			return nil, err
		}
		b, err := memoryViewSelf(args[0]).contents()
		if err != nil {
			return nil, err
		}
		s, err := hexString(t, b, sep, per)
		if err != nil {
			return nil, err
		}
		return py.String(s), nil
	}, "")
	mv.defMethod("cast", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		var f, shape Object
		if _, err := ParseClinic(&Params{Func: "cast", Names: []string{"format", "shape"}, KwOnly: -1, Required: 1}, args[1:], kwnames, &f, &shape); err != nil {
			return nil, err
		}
		return memoryViewSelf(args[0]).cast(t, f, shape)
	}, "")
	getter := func(name string, fn func(m *MemoryView) Object) {
		mv.defGetSet(name, func(t *Thread, o Object) (Object, error) {
			m := memoryViewSelf(o)
			if err := m.check(); err != nil {
				return nil, err
			}
			return fn(m), nil
		}, nil)
	}
	getter("obj", func(m *MemoryView) Object { return m.obj })
	getter("nbytes", func(m *MemoryView) Object { return NewInt(int64(m.length * m.itemsize)) })
	getter("readonly", func(m *MemoryView) Object { return NewBool(m.readonly) })
	getter("itemsize", func(m *MemoryView) Object { return NewInt(int64(m.itemsize)) })
	getter("format", func(m *MemoryView) Object { return py.String(m.format) })
	getter("ndim", func(m *MemoryView) Object { return NewInt(1) })
	getter("shape", func(m *MemoryView) Object { return Tuple{NewInt(int64(m.length))} })
	getter("strides", func(m *MemoryView) Object { return Tuple{NewInt(int64(m.stride))} })
	getter("suboffsets", func(m *MemoryView) Object { return Tuple{} })
	getter("c_contiguous", func(m *MemoryView) Object { return NewBool(m.contiguous()) })
	getter("f_contiguous", func(m *MemoryView) Object { return NewBool(m.contiguous()) })
	getter("contiguous", func(m *MemoryView) Object { return NewBool(m.contiguous()) })
	mv.defGetSet("released", func(t *Thread, o Object) (Object, error) {
		return NewBool(memoryViewSelf(o).released), nil
	}, nil)
}
