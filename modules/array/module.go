package array

import (
	"encoding/binary"
	"math"

	"github.com/gilpy/gilpy/interp/pystr"
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

// Machine formats name how the items of a pickled array are laid out, so
// that an array pickled on one machine loads on another: kind, size,
// signedness and byte order, numbered as CPython numbers them.
type machineFormat struct {
	size   int
	signed bool
	big    bool
	kind   byte // 'i' integer, 'f' IEEE 754 float, 'u' UTF-16/32
}

var machineFormats = []machineFormat{
	{1, false, false, 'i'}, {1, true, false, 'i'}, // 0, 1: 8-bit
	{2, false, false, 'i'}, {2, false, true, 'i'}, {2, true, false, 'i'}, {2, true, true, 'i'},
	{4, false, false, 'i'}, {4, false, true, 'i'}, {4, true, false, 'i'}, {4, true, true, 'i'},
	{8, false, false, 'i'}, {8, false, true, 'i'}, {8, true, false, 'i'}, {8, true, true, 'i'},
	{4, false, false, 'f'}, {4, false, true, 'f'}, {8, false, false, 'f'}, {8, false, true, 'f'},
	{2, false, false, 'u'}, {2, false, true, 'u'}, {4, false, false, 'u'}, {4, false, true, 'u'},
}

// nativeFormat is the machine format of a typecode here.
func nativeFormat(code byte) int {
	switch code {
	case 'b':
		return 1
	case 'B':
		return 0
	case 'u':
		return 20
	case 'h':
		return 4
	case 'H':
		return 2
	case 'i':
		return 8
	case 'I':
		return 6
	case 'l', 'q':
		return 12
	case 'L', 'Q':
		return 10
	case 'f':
		return 14
	}
	return 16
}

var reconstructor = vm.NewModuleFunction("array", "_array_reconstructor", reconstruct, "Rebuild an array from its pickled machine format.")

// reconstruct is _array_reconstructor(arraytype, typecode, mformat_code,
// items).
func reconstruct(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := vm.CheckPositional("_array_reconstructor", "", args, kwnames, 4, 4); err != nil {
		return nil, err
	}
	typ, ok := args[0].(*py.Type)
	if !ok {
		return nil, vm.Errorf(py.TypeError, "first argument must be a type object, not %s", vm.TypeName(args[0]))
	}
	if !vm.IsSubtype(typ, arrayClass.T()) {
		return nil, vm.Errorf(py.TypeError, "%s is not a subtype of array.array", typ.Name)
	}
	s, ok := vm.Unwrap(args[1]).(py.String)
	if !ok || vm.StrLen(string(s)) != 1 {
		return nil, vm.Errorf(py.TypeError, "_array_reconstructor() argument 2 must be a unicode character, not %s", vm.TypeName(args[1]))
	}
	code := s[0]
	if len(s) != 1 || !containsCode(code) {
		return nil, vm.NewError(py.ValueError, "second argument must be a valid type code")
	}
	mf, err := vm.IndexInt(t, args[2])
	if err != nil {
		return nil, err
	}
	if mf < 0 || mf >= len(machineFormats) {
		return nil, vm.Errorf(py.ValueError, "third argument must be a valid machine format code.")
	}
	items, ok := vm.Unwrap(args[3]).(py.Bytes)
	if !ok {
		return nil, vm.Errorf(py.TypeError, "fourth argument should be bytes, not %s", vm.TypeName(args[3]))
	}
	if mf == nativeFormat(code) {
		a := &arrayObj{code: code, size: itemSize(code)}
		if err := a.fromBytes(append([]byte{}, items...)); err != nil {
			return nil, err
		}
		return arrayClass.Wrap(typ, a), nil
	}
	f := machineFormats[mf]
	if len(items)%f.size != 0 || f.kind == 'u' && len(items)%itemSize(code) != 0 {
		return nil, vm.NewError(py.ValueError, "string length not a multiple of item size")
	}
	var order binary.ByteOrder = binary.LittleEndian
	if f.big {
		order = binary.BigEndian
	}
	if f.kind == 'u' {
		if code != 'u' {
			return nil, vm.NewError(py.ValueError, "second argument must be a valid type code")
		}
		var b []byte
		for i := 0; i < len(items); i += f.size {
			var r rune
			if f.size == 2 {
				r = rune(order.Uint16(items[i:]))
				// Join a UTF-16 surrogate pair.
				if r >= 0xD800 && r < 0xDC00 && i+3 < len(items) {
					if lo := rune(order.Uint16(items[i+2:])); lo >= 0xDC00 && lo < 0xE000 {
						r = 0x10000 + (r-0xD800)<<10 + (lo - 0xDC00)
						i += 2
					}
				}
			} else {
				r = rune(order.Uint32(items[i:]))
			}
			b = pystr.AppendRune(b, r)
		}
		a := &arrayObj{code: code, size: itemSize(code)}
		a.fromUnicode(string(b))
		return arrayClass.Wrap(typ, a), nil
	}
	var values []Object
	for i := 0; i < len(items); i += f.size {
		b := items[i : i+f.size]
		var u uint64
		switch f.size {
		case 1:
			u = uint64(b[0])
		case 2:
			u = uint64(order.Uint16(b))
		case 4:
			u = uint64(order.Uint32(b))
		case 8:
			u = order.Uint64(b)
		}
		switch {
		case f.kind == 'f' && f.size == 4:
			values = append(values, py.Float(math.Float32frombits(uint32(u))))
		case f.kind == 'f':
			values = append(values, py.Float(math.Float64frombits(u)))
		case f.signed:
			shift := 64 - 8*uint(f.size)
			values = append(values, vm.NewInt(int64(u<<shift)>>shift))
		default:
			values = append(values, vm.NewUint(u))
		}
	}
	// Integers get the last integer typecode of their size and sign (the
	// widest C type name), not necessarily the one asked for; floats
	// keep the typecode asked for.
	for i := len(typecodes) - 1; f.kind == 'i' && i >= 0; i-- {
		c := typecodes[i]
		if c == 'u' || c == 'f' || c == 'd' || itemSize(c) != f.size || (c >= 'a' && c <= 'z') != f.signed {
			continue
		}
		code = c
		break
	}
	a := &arrayObj{code: code, size: itemSize(code)}
	if err := a.appendValues(t, values); err != nil {
		return nil, err
	}
	return arrayClass.Wrap(typ, a), nil
}

func containsCode(c byte) bool {
	for i := 0; i < len(typecodes); i++ {
		if typecodes[i] == c {
			return true
		}
	}
	return false
}

func initModule(t *vm.Thread, m *vm.Module) error {
	m.Set("__doc__", py.String("Arrays of numbers or characters of one C type, stored compactly.\n\nThe array type is array.array; typecodes lists the type codes."))
	m.Set("array", arrayClass.T())
	m.Set("ArrayType", arrayClass.T())
	m.Set("typecodes", py.String(typecodes))
	m.Set("_array_reconstructor", reconstructor)
	return nil
}
