package multiprocessing

import (
	"fmt"
	"math/big"
	"sync"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

// sharedArray is memory processes share, of C numbers of one type code
// (as ctypes and array name them): what Value and Array are made of.
// Integers wrap around at their width as C's do.
type sharedArray struct {
	mu       sync.Mutex
	typecode byte
	ints     []int64
	floats   []float64
}

type sharedArrayObj struct {
	id int64
	a  *sharedArray
}

var sharedArrayClass = vm.NewType("_gilpy_mp", "SharedArray", "SharedArray(typecode, size)\n\nNumbers of one C type that processes share.", nil, 0)

func (s *sharedArrayObj) Type() *py.Type { return sharedArrayClass.T() }

// widths of the integer type codes, in bits, and whether signed.
var intCodes = map[byte]struct {
	bits   uint
	signed bool
}{
	'b': {8, true}, 'B': {8, false}, 'h': {16, true}, 'H': {16, false},
	'i': {32, true}, 'I': {32, false}, 'l': {64, true}, 'L': {64, false},
	'q': {64, true}, 'Q': {64, false}, 'c': {8, false}, 'u': {32, false}, '?': {8, false},
}

func wrap(v *big.Int, bits uint, signed bool) int64 {
	m := new(big.Int).Lsh(big.NewInt(1), bits)
	r := new(big.Int).Mod(v, m)
	if signed && r.Cmp(new(big.Int).Rsh(m, 1)) >= 0 {
		r.Sub(r, m)
	}
	if !signed && bits == 64 {
		return int64(r.Uint64())
	}
	return r.Int64()
}

func (a *sharedArray) get(i int) Object {
	switch a.typecode {
	case 'f', 'd':
		return py.Float(a.floats[i])
	case 'c':
		return py.Bytes{byte(a.ints[i])}
	case 'u':
		return py.String(string(rune(a.ints[i])))
	case '?':
		return vm.NewBool(a.ints[i] != 0)
	case 'L', 'Q':
		return vm.NewBigInt(new(big.Int).SetUint64(uint64(a.ints[i])))
	}
	return vm.NewInt(a.ints[i])
}

func (a *sharedArray) set(t *vm.Thread, i int, v Object) error {
	switch a.typecode {
	case 'f', 'd':
		f, err := vm.AsDouble(t, v)
		if err != nil {
			return err
		}
		if a.typecode == 'f' {
			f = float64(float32(f))
		}
		a.floats[i] = f
		return nil
	case 'c':
		// A one-byte bytes or bytearray, or an int that fits a byte, as
		// ctypes' c_char takes.
		if b, ok := v.(py.Bytes); ok && len(b) == 1 {
			a.ints[i] = int64(b[0])
			return nil
		}
		if vm.TypeName(v) == "bytearray" {
			if b, err := vm.BytesOf(t, v); err == nil && len(b) == 1 {
				a.ints[i] = int64(b[0])
				return nil
			}
		}
		if vm.IsInt(v) {
			if n := vm.BigOf(v); n.Sign() >= 0 && n.Cmp(big.NewInt(255)) <= 0 {
				a.ints[i] = n.Int64()
				return nil
			}
		}
		return vm.NewError(py.TypeError, "one character bytes, bytearray or integer expected")
	case 'u':
		s, ok := v.(py.String)
		if !ok {
			return vm.NewError(py.TypeError, "unicode string expected instead of "+vm.TypeName(v)+" instance")
		}
		r := []rune(string(s))
		if len(r) != 1 {
			return vm.NewError(py.TypeError, "one character unicode string expected")
		}
		a.ints[i] = int64(r[0])
		return nil
	case '?':
		b, err := vm.Truth(t, v)
		if err != nil {
			return err
		}
		a.ints[i] = 0
		if b {
			a.ints[i] = 1
		}
		return nil
	}
	// Integer codes take anything with __index__ (not floats), keeping
	// the low bits as C does.
	n, err := vm.IndexValue(t, v)
	if err != nil {
		return err
	}
	w := intCodes[a.typecode]
	a.ints[i] = wrap(n, w.bits, w.signed)
	return nil
}

func (o *sharedArrayObj) index(t *vm.Thread, k Object) (int, error) {
	i, err := vm.IndexInt(t, k)
	if err != nil {
		return 0, err
	}
	n := o.a.length()
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, vm.NewError(py.IndexError, "invalid index")
	}
	return i, nil
}

func (a *sharedArray) length() int {
	if a.typecode == 'f' || a.typecode == 'd' {
		return len(a.floats)
	}
	return len(a.ints)
}

func defSharedArray() {
	c := sharedArrayClass
	c.DefMethod("__new__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckArgs("SharedArray", args[1:], kwnames, 2, 2); err != nil {
			return nil, err
		}
		code, err := vm.StrString(t, args[1])
		if err != nil {
			return nil, err
		}
		n, err := vm.IndexInt(t, args[2])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, vm.NewError(py.ValueError, "negative size")
		}
		a := &sharedArray{}
		if len(code) != 1 {
			return nil, vm.NewError(py.ValueError, "bad type code")
		}
		a.typecode = code[0]
		switch {
		case a.typecode == 'f' || a.typecode == 'd':
			a.floats = make([]float64, n)
		case intCodes[a.typecode].bits != 0:
			a.ints = make([]int64, n)
		default:
			return nil, vm.NewError(py.ValueError, fmt.Sprintf("bad type code %q", code))
		}
		return &sharedArrayObj{id: share(a), a: a}, nil
	}, "Make a new instance of the type.", "static")
	c.DefMethod("__len__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		return vm.NewInt(int64(args[0].(*sharedArrayObj).a.length())), nil
	}, "")
	c.DefMethod("__getitem__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		o := args[0].(*sharedArrayObj)
		i, err := o.index(t, args[1])
		if err != nil {
			return nil, err
		}
		o.a.mu.Lock()
		defer o.a.mu.Unlock()
		return o.a.get(i), nil
	}, "")
	c.DefMethod("__setitem__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		o := args[0].(*sharedArrayObj)
		i, err := o.index(t, args[1])
		if err != nil {
			return nil, err
		}
		o.a.mu.Lock()
		defer o.a.mu.Unlock()
		return vm.None, o.a.set(t, i, args[2])
	}, "")
	c.DefGetSet("typecode", func(t *vm.Thread, o Object) (Object, error) {
		return py.String(string(o.(*sharedArrayObj).a.typecode)), nil
	}, nil)
	c.DefMethod("__reduce__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		return reduceShared(t, "_shared_array", args[0].(*sharedArrayObj).id)
	}, "")
	c.Ready()
}
