// Package array provides the array module: array.array, a mutable
// sequence of machine values of one C type, stored packed in a byte slice
// laid out as CPython lays it out on a 64-bit little-endian machine (so
// tobytes, frombytes and byteswap give CPython's bytes).
package array

import (
	"encoding/binary"
	"math"
	"strings"

	"github.com/gilpy/gilpy/interp/pystr"
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

type (
	Object = vm.Object
	Tuple  = vm.Tuple
)

// typecodes are the array's item types, in CPython's order.
const typecodes = "bBuhHiIlLqQfd"

func itemSize(c byte) int {
	switch c {
	case 'b', 'B':
		return 1
	case 'h', 'H':
		return 2
	case 'u', 'i', 'I', 'f':
		return 4
	}
	return 8
}

var (
	arrayClass = vm.NewType("array", "array", arrayDoc, nil, vm.TypeBaseType)
	iterClass  = vm.NewType("array", "arrayiterator", "", nil, 0)
)

const arrayDoc = `array(typecode [, initializer]) -> array

A mutable sequence of numbers (or Unicode characters, typecode 'u') all
of one C type, stored packed. The typecode chooses the type:

    'b' signed char, 'B' unsigned char, 'u' Unicode character,
    'h' signed short, 'H' unsigned short, 'i' signed int,
    'I' unsigned int, 'l' signed long, 'L' unsigned long,
    'q' signed long long, 'Q' unsigned long long, 'f' float, 'd' double.

The initializer may be a list, a bytes-like object, a str (for 'u') or
any iterable of suitable values.`

// arrayObj is an array.array: its items packed little-endian in data.
type arrayObj struct {
	code byte
	size int
	data []byte
}

func (a *arrayObj) Type() *py.Type { return &arrayClass.Type }

func (a *arrayObj) Len() int { return len(a.data) / a.size }

// BufferData lends the items' memory to bytes-like consumers (bytes(),
// struct.unpack, file writes), as CPython's buffer protocol does.
func (a *arrayObj) BufferData() []byte { return a.data }

func selfArray(o Object) *arrayObj { return vm.Unwrap(o).(*arrayObj) }

// get returns item i as a Python value.
func (a *arrayObj) get(i int) Object {
	b := a.data[i*a.size:]
	le := binary.LittleEndian
	switch a.code {
	case 'b':
		return vm.NewInt(int64(int8(b[0])))
	case 'B':
		return vm.NewInt(int64(b[0]))
	case 'h':
		return vm.NewInt(int64(int16(le.Uint16(b))))
	case 'H':
		return vm.NewInt(int64(le.Uint16(b)))
	case 'i':
		return vm.NewInt(int64(int32(le.Uint32(b))))
	case 'I':
		return vm.NewInt(int64(le.Uint32(b)))
	case 'l', 'q':
		return vm.NewInt(int64(le.Uint64(b)))
	case 'L', 'Q':
		return vm.NewUint(le.Uint64(b))
	case 'f':
		return py.Float(math.Float32frombits(le.Uint32(b)))
	case 'd':
		return py.Float(math.Float64frombits(le.Uint64(b)))
	case 'u':
		return py.String(string(pystr.AppendRune(nil, rune(le.Uint32(b)))))
	}
	return vm.None
}

// encode converts v to the array's C type and writes it to dst, with the
// errors CPython's conversion for the type gives.
func (a *arrayObj) encode(t *vm.Thread, v Object, dst []byte) error {
	le := binary.LittleEndian
	switch a.code {
	case 'f', 'd':
		f, err := vm.AsDouble(t, v)
		if err != nil {
			return err
		}
		if a.code == 'f' {
			le.PutUint32(dst, math.Float32bits(float32(f)))
		} else {
			le.PutUint64(dst, math.Float64bits(f))
		}
		return nil
	case 'u':
		s, ok := vm.Unwrap(v).(py.String)
		if !ok || !vm.IsInstance(v, py.StringType) {
			return vm.NewError(py.TypeError, "array item must be unicode character")
		}
		r, n := pystr.DecodeRune(string(s))
		if len(s) == 0 || n != len(s) {
			return vm.NewError(py.TypeError, "array item must be unicode character")
		}
		le.PutUint32(dst, uint32(r))
		return nil
	}
	n, err := vm.IndexValue(t, v)
	if err != nil {
		return err
	}
	over := func(msg string) error { return vm.NewError(py.OverflowError, msg) }
	asLong := func() (int64, error) {
		if !n.IsInt64() {
			return 0, over("Python int too large to convert to C long")
		}
		return n.Int64(), nil
	}
	rangeErr := func(x, lo, hi int64, what string) error {
		if x < lo {
			return over(what + " is less than minimum")
		}
		if x > hi {
			return over(what + " is greater than maximum")
		}
		return nil
	}
	switch a.code {
	case 'b', 'h':
		x, err := asLong()
		if err != nil {
			return err
		}
		if err := rangeErr(x, math.MinInt16, math.MaxInt16, "signed short integer"); err != nil {
			return err
		}
		if a.code == 'b' {
			if err := rangeErr(x, math.MinInt8, math.MaxInt8, "signed char"); err != nil {
				return err
			}
			dst[0] = byte(x)
		} else {
			le.PutUint16(dst, uint16(x))
		}
	case 'B':
		x, err := asLong()
		if err != nil {
			return err
		}
		if err := rangeErr(x, 0, math.MaxUint8, "unsigned byte integer"); err != nil {
			return err
		}
		dst[0] = byte(x)
	case 'H', 'i':
		x, err := asLong()
		if err != nil {
			return err
		}
		if err := rangeErr(x, math.MinInt32, math.MaxInt32, "signed integer"); err != nil {
			return err
		}
		if a.code == 'H' {
			if err := rangeErr(x, 0, math.MaxUint16, "unsigned short"); err != nil {
				return err
			}
			le.PutUint16(dst, uint16(x))
		} else {
			le.PutUint32(dst, uint32(x))
		}
	case 'l':
		x, err := asLong()
		if err != nil {
			return err
		}
		le.PutUint64(dst, uint64(x))
	case 'I', 'L':
		if n.Sign() < 0 {
			return over("can't convert negative value to unsigned int")
		}
		if !n.IsUint64() {
			return over("Python int too large to convert to C unsigned long")
		}
		x := n.Uint64()
		if a.code == 'I' {
			if x > math.MaxUint32 {
				return over("unsigned int is greater than maximum")
			}
			le.PutUint32(dst, uint32(x))
		} else {
			le.PutUint64(dst, x)
		}
	case 'q':
		if !n.IsInt64() {
			return over("int too big to convert")
		}
		le.PutUint64(dst, uint64(n.Int64()))
	case 'Q':
		if n.Sign() < 0 {
			return over("can't convert negative int to unsigned")
		}
		if !n.IsUint64() {
			return over("int too big to convert")
		}
		le.PutUint64(dst, n.Uint64())
	}
	return nil
}

// appendValues converts the values and appends them, all or none.
func (a *arrayObj) appendValues(t *vm.Thread, values []Object) error {
	buf := make([]byte, len(values)*a.size)
	for i, v := range values {
		if err := a.encode(t, v, buf[i*a.size:]); err != nil {
			return err
		}
	}
	a.data = append(a.data, buf...)
	return nil
}

// extendIterable appends the items of any iterable one by one: those
// before a bad item stay, as in CPython.
func (a *arrayObj) extendIterable(t *vm.Thread, o Object) error {
	item := make([]byte, a.size)
	return vm.ForEach(t, o, func(v Object) (bool, error) {
		if err := a.encode(t, v, item); err != nil {
			return false, err
		}
		a.data = append(a.data, item...)
		return true, nil
	})
}

func (a *arrayObj) clone(data []byte) *arrayObj {
	return &arrayObj{code: a.code, size: a.size, data: data}
}

func newArray(typ *py.Type, code byte, data []byte) Object {
	return arrayClass.Wrap(typ, &arrayObj{code: code, size: itemSize(code), data: data})
}

// checkCode validates a typecode argument.
func checkCode(o Object) (byte, error) {
	s, ok := vm.Unwrap(o).(py.String)
	if !ok || !vm.IsInstance(o, py.StringType) || vm.StrLen(string(s)) != 1 {
		return 0, vm.Errorf(py.TypeError, "array() argument 1 must be a unicode character, not %s", vm.TypeName(o))
	}
	if len(s) != 1 || !strings.Contains(typecodes, string(s)) {
		return 0, vm.NewError(py.ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
	}
	return s[0], nil
}

func arrayNew(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	typ, err := arrayClass.CheckSubtype("array.__new__", args[0])
	if err != nil {
		return nil, err
	}
	if len(kwnames) > 0 && vm.Is(typ, arrayClass.T()) {
		return nil, vm.NewError(py.TypeError, "array.array() takes no keyword arguments")
	}
	args = args[1 : len(args)-len(kwnames)]
	if len(args) < 1 {
		return nil, vm.Errorf(py.TypeError, "array() takes at least 1 argument (%d given)", len(args))
	}
	if len(args) > 2 {
		return nil, vm.Errorf(py.TypeError, "array() takes at most 2 arguments (%d given)", len(args))
	}
	code, err := checkCode(args[0])
	if err != nil {
		return nil, err
	}
	a := &arrayObj{code: code, size: itemSize(code)}
	if len(args) == 2 {
		init := args[1]
		switch v := vm.Unwrap(init).(type) {
		case py.String:
			if code != 'u' {
				return nil, vm.Errorf(py.TypeError, "cannot use a str to initialize an array with typecode '%c'", code)
			}
			a.fromUnicode(string(v))
		case *arrayObj:
			if v.code == 'u' && code != 'u' {
				return nil, vm.Errorf(py.TypeError, "cannot use a unicode array to initialize an array with typecode '%c'", code)
			}
			if code == 'u' && v.code != 'u' {
				return nil, vm.NewError(py.TypeError, "array item must be unicode character")
			}
			if v.code == code {
				a.data = append([]byte{}, v.data...)
			} else if err := a.extendIterable(t, init); err != nil {
				return nil, err
			}
		case py.Bytes, *vm.ByteArray:
			b, _ := vm.BytesLike(init)
			if err := a.fromBytes(b); err != nil {
				return nil, err
			}
		case *py.List:
			if err := a.appendValues(t, v.Items); err != nil {
				return nil, err
			}
		case py.Tuple:
			if err := a.appendValues(t, v); err != nil {
				return nil, err
			}
		default:
			if err := a.extendIterable(t, init); err != nil {
				return nil, err
			}
		}
	}
	return arrayClass.Wrap(typ, a), nil
}

func (a *arrayObj) fromUnicode(s string) {
	for len(s) > 0 {
		r, n := pystr.DecodeRune(s)
		s = s[n:]
		a.data = binary.LittleEndian.AppendUint32(a.data, uint32(r))
	}
}

func (a *arrayObj) fromBytes(b []byte) error {
	if len(b)%a.size != 0 {
		return vm.NewError(py.ValueError, "bytes length not a multiple of item size")
	}
	a.data = append(a.data, b...)
	return nil
}

// index resolves an item index, negative counting from the end.
func (a *arrayObj) index(t *vm.Thread, k Object, msg string) (int, error) {
	i, err := vm.IndexInt(t, k)
	if err != nil {
		return 0, err
	}
	n := a.Len()
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, vm.NewError(py.IndexError, msg)
	}
	return i, nil
}

func isIndexable(k Object) bool { return vm.IsInt(k) || vm.HasIndex(k) }
