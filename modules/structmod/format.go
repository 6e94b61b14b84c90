// Package structmod provides the struct module (and _struct): packing
// Python values into bytes laid out as C structs, and unpacking them, with
// CPython's format language, sizes, alignment and error messages.
package structmod

import (
	"encoding/binary"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

type (
	Object = vm.Object
	Tuple  = vm.Tuple
)

// item is one code of a format with its repeat count resolved: for 's'
// and 'p' a single item of count bytes, for the others count items of
// size bytes each, the first at offset.
type item struct {
	code   byte
	count  int
	size   int
	offset int
}

// layout is a parsed format: its items, total size and the number of
// values it packs.
type layout struct {
	format  string
	items   []item
	size    int
	nvalues int
	order   binary.ByteOrder
	native  bool // '@': native sizes and alignment
}

// codeSize gives the size of a code in native mode ('@') and in the
// standard modes ('=', '<', '>', '!'), 0 when the code is not allowed.
func codeSize(c byte, native bool) int {
	switch c {
	case 'x', 'c', 'b', 'B', '?', 's', 'p':
		return 1
	case 'h', 'H', 'e':
		return 2
	case 'i', 'I', 'f':
		return 4
	case 'l', 'L':
		if native {
			return 8
		}
		return 4
	case 'q', 'Q', 'd':
		return 8
	case 'n', 'N', 'P':
		if native {
			return 8
		}
	}
	return 0
}

func structError(t *vm.Thread, msg string) error {
	return vm.NewException(errorType, py.String(msg))
}

// parse reads a format: an optional byte-order character, then codes,
// each optionally preceded by a repeat count; whitespace between codes
// is ignored.
func parse(t *vm.Thread, f string) (*layout, error) {
	l := &layout{format: f, order: binary.LittleEndian, native: true}
	if strings.IndexByte(f, 0) >= 0 {
		return nil, structError(t, "embedded null character")
	}
	s := f
	if len(s) > 0 {
		switch s[0] {
		case '@':
			s = s[1:]
		case '=', '<':
			l.native = false
			s = s[1:]
		case '>', '!':
			l.native = false
			l.order = binary.BigEndian
			s = s[1:]
		}
	}
	const maxSize = math.MaxInt64
	size := 0
	for i := 0; i < len(s); {
		c := s[i]
		i++
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			continue
		}
		num := 1
		if c >= '0' && c <= '9' {
			num = int(c - '0')
			for {
				if i >= len(s) {
					return nil, structError(t, "repeat count given without format specifier")
				}
				c = s[i]
				i++
				if c < '0' || c > '9' {
					break
				}
				if num > (maxSize-int(c-'0'))/10 {
					return nil, structError(t, "total struct size too long")
				}
				num = num*10 + int(c-'0')
			}
		}
		isz := codeSize(c, l.native)
		if isz == 0 {
			return nil, structError(t, "bad char in struct format")
		}
		if l.native && c != 's' && c != 'p' && c != 'x' {
			// Native mode aligns each item to its own size.
			if r := size % isz; r != 0 {
				size += isz - r
			}
		}
		it := item{code: c, count: num, size: isz, offset: size}
		var n int
		switch c {
		case 's', 'p':
			it.size = num
			n = num
			l.nvalues++
		case 'x':
			n = num
		default:
			if num > maxSize/isz {
				return nil, structError(t, "total struct size too long")
			}
			n = num * isz
			l.nvalues += num
		}
		if size > maxSize-n {
			return nil, structError(t, "total struct size too long")
		}
		size += n
		if c != 'x' && num > 0 || c == 's' || c == 'p' {
			l.items = append(l.items, it)
		}
	}
	l.size = size
	return l, nil
}

// packInt packs an integer code. Which values fail, and with which
// message, follows the C routine CPython uses for the code and byte
// order: on a little-endian machine the native routines also serve '<'
// and '=' wherever the sizes agree, while '>' and '!' have their own.
func packInt(t *vm.Thread, l *layout, c byte, size int, v Object, dst []byte) error {
	if !vm.IsInt(v) && !vm.HasIndex(v) {
		return structError(t, "required argument is not an integer")
	}
	n, err := vm.IndexValue(t, v)
	if err != nil {
		return err
	}
	bigEnd := l.order == binary.BigEndian && !l.native
	switch {
	case c == 'P':
		// A pointer takes any value a signed or unsigned 64-bit int holds.
		var u uint64
		switch {
		case n.IsInt64():
			u = uint64(n.Int64())
		case n.IsUint64():
			u = n.Uint64()
		default:
			return structError(t, "int too large to convert")
		}
		putUint(l.order, dst, size, u)
		return nil
	case bigEnd && (c == 'q' || c == 'Q'):
		if c == 'q' && !n.IsInt64() || c == 'Q' && (n.Sign() < 0 || !n.IsUint64()) {
			return structError(t, "int too large to convert")
		}
		if c == 'q' {
			putUint(l.order, dst, size, uint64(n.Int64()))
		} else {
			putUint(l.order, dst, size, n.Uint64())
		}
		return nil
	case c == 'I' || c == 'L' || c == 'Q' || c == 'N' || bigEnd && c == 'H':
		return packUnsigned(t, l, c, size, n, dst)
	}
	return packSigned(t, l, c, size, n, dst, bigEnd)
}

// packUnsigned packs a code converted through a C unsigned long: any
// value outside it is "argument out of range", then the code's own range
// applies.
func packUnsigned(t *vm.Thread, l *layout, c byte, size int, n *big.Int, dst []byte) error {
	if n.Sign() < 0 || !n.IsUint64() {
		return structError(t, "argument out of range")
	}
	u := n.Uint64()
	if size < 8 && u>>(8*uint(size)) != 0 {
		return structError(t, "'"+string(c)+"' format requires 0 <= number <= "+strconv.FormatUint(1<<(8*uint(size))-1, 10))
	}
	putUint(l.order, dst, size, u)
	return nil
}

// packSigned packs a code converted through a C long: any value outside
// it is "argument out of range", then the code's own range applies. The
// native routines name the byte and short types in words.
func packSigned(t *vm.Thread, l *layout, c byte, size int, n *big.Int, dst []byte, bigEnd bool) error {
	if !n.IsInt64() {
		return structError(t, "argument out of range")
	}
	x := n.Int64()
	var lo, hi int64
	switch {
	case c == 'B':
		lo, hi = 0, 255
	case c == 'H':
		lo, hi = 0, 65535
	case size < 8:
		hi = int64(1)<<(8*uint(size)-1) - 1
		lo = -hi - 1
	default:
		lo, hi = math.MinInt64, math.MaxInt64
	}
	if x < lo || x > hi {
		var msg string
		switch {
		case c == 'b':
			msg = "byte format requires -128 <= number <= 127"
		case c == 'B':
			msg = "ubyte format requires 0 <= number <= 255"
		case c == 'h' && !bigEnd:
			msg = "short format requires -32768 <= number <= 32767"
		case c == 'H':
			msg = "ushort format requires 0 <= number <= 65535"
		default:
			msg = "'" + string(c) + "' format requires " + strconv.FormatInt(lo, 10) + " <= number <= " + strconv.FormatInt(hi, 10)
		}
		return structError(t, msg)
	}
	putUint(l.order, dst, size, uint64(x))
	return nil
}

func putUint(order binary.ByteOrder, dst []byte, size int, u uint64) {
	switch size {
	case 1:
		dst[0] = byte(u)
	case 2:
		order.PutUint16(dst, uint16(u))
	case 4:
		order.PutUint32(dst, uint32(u))
	case 8:
		order.PutUint64(dst, u)
	}
}

func getUint(order binary.ByteOrder, src []byte, size int) uint64 {
	switch size {
	case 1:
		return uint64(src[0])
	case 2:
		return uint64(order.Uint16(src))
	case 4:
		return uint64(order.Uint32(src))
	}
	return order.Uint64(src)
}

func floatArg(t *vm.Thread, v Object) (float64, error) {
	f, err := vm.AsDouble(t, v)
	if err != nil {
		return 0, structError(t, "required argument is not a float")
	}
	return f, nil
}

// packHalf converts x to IEEE 754 binary16, rounding half to even.
func packHalf(x float64) (uint16, bool) {
	var sign uint16
	if math.Signbit(x) {
		sign = 0x8000
	}
	switch {
	case math.IsNaN(x):
		return sign | 0x7e00, true
	case math.IsInf(x, 0):
		return sign | 0x7c00, true
	}
	f := math.Abs(x)
	if f == 0 {
		return sign, true
	}
	if f < 0x1p-14 {
		// Subnormal: a multiple of 2**-24 (1024 of them is the smallest
		// normal number, whose encoding is the same).
		m := math.RoundToEven(f * 0x1p24)
		return sign | uint16(m), true
	}
	fr, ex := math.Frexp(f) // f = fr * 2**ex, 0.5 <= fr < 1
	e := ex - 1
	m := math.RoundToEven((2*fr - 1) * 1024)
	if m == 1024 {
		m = 0
		e++
	}
	if e+15 >= 31 {
		return 0, false
	}
	return sign | uint16(e+15)<<10 | uint16(m), true
}

func unpackHalf(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	e := int(h >> 10 & 0x1f)
	m := float64(h & 0x3ff)
	switch e {
	case 0:
		return sign * m * 0x1p-24
	case 31:
		if m == 0 {
			return math.Inf(int(sign))
		}
		return math.Copysign(math.NaN(), sign)
	}
	return sign * (1 + m/1024) * math.Ldexp(1, e-15)
}

// pack writes values into dst (l.size bytes, zeroed).
func (l *layout) pack(t *vm.Thread, dst []byte, values []Object) error {
	vi := 0
	for _, it := range l.items {
		switch it.code {
		case 's', 'p':
			v := values[vi]
			vi++
			b, ok := bytesArg(v)
			if !ok {
				return structError(t, "argument for '"+string(it.code)+"' must be a bytes object")
			}
			out := dst[it.offset : it.offset+it.size]
			if it.code == 's' {
				copy(out, b)
				continue
			}
			if it.size == 0 {
				continue
			}
			n := min(len(b), it.size-1)
			copy(out[1:], b[:n])
			out[0] = byte(min(n, 255))
			continue
		}
		for k := 0; k < it.count; k++ {
			v := values[vi]
			vi++
			out := dst[it.offset+k*it.size:]
			if err := l.packOne(t, it.code, it.size, v, out); err != nil {
				return err
			}
		}
	}
	return nil
}

func bytesArg(v Object) ([]byte, bool) {
	switch b := vm.Unwrap(v).(type) {
	case py.Bytes:
		return b, true
	case *vm.ByteArray:
		return b.Bytes(), true
	}
	return nil, false
}

func (l *layout) packOne(t *vm.Thread, c byte, size int, v Object, out []byte) error {
	switch c {
	case 'c':
		b, ok := vm.Unwrap(v).(py.Bytes)
		if !ok || len(b) != 1 {
			return structError(t, "char format requires a bytes object of length 1")
		}
		out[0] = b[0]
	case '?':
		ok, err := vm.Truth(t, v)
		if err != nil {
			return err
		}
		if ok {
			out[0] = 1
		} else {
			out[0] = 0
		}
	case 'e':
		x, err := floatArg(t, v)
		if err != nil {
			return err
		}
		h, ok := packHalf(x)
		if !ok {
			return vm.NewError(py.OverflowError, "float too large to pack with e format")
		}
		l.order.PutUint16(out, h)
	case 'f':
		x, err := floatArg(t, v)
		if err != nil {
			return err
		}
		y := float32(x)
		if !l.native && math.IsInf(float64(y), 0) && !math.IsInf(x, 0) {
			return vm.NewError(py.OverflowError, "float too large to pack with f format")
		}
		l.order.PutUint32(out, math.Float32bits(y))
	case 'd':
		x, err := floatArg(t, v)
		if err != nil {
			return err
		}
		l.order.PutUint64(out, math.Float64bits(x))
	default:
		return packInt(t, l, c, size, v, out)
	}
	return nil
}

// unpack reads the values of src (l.size bytes).
func (l *layout) unpack(src []byte) Tuple {
	out := make(Tuple, 0, l.nvalues)
	for _, it := range l.items {
		switch it.code {
		case 's':
			out = append(out, py.Bytes(append([]byte{}, src[it.offset:it.offset+it.size]...)))
			continue
		case 'p':
			if it.size == 0 {
				out = append(out, py.Bytes{})
				continue
			}
			n := int(src[it.offset])
			if n >= it.size {
				n = it.size - 1
			}
			out = append(out, py.Bytes(append([]byte{}, src[it.offset+1:it.offset+1+n]...)))
			continue
		}
		for k := 0; k < it.count; k++ {
			out = append(out, l.unpackOne(it.code, it.size, src[it.offset+k*it.size:]))
		}
	}
	return out
}

func (l *layout) unpackOne(c byte, size int, b []byte) Object {
	switch c {
	case 'c':
		return py.Bytes{b[0]}
	case '?':
		return py.Bool(b[0] != 0)
	case 'e':
		return py.Float(unpackHalf(l.order.Uint16(b)))
	case 'f':
		return py.Float(math.Float32frombits(l.order.Uint32(b)))
	case 'd':
		return py.Float(math.Float64frombits(l.order.Uint64(b)))
	}
	u := getUint(l.order, b, size)
	switch c {
	case 'B', 'H', 'I', 'L', 'Q', 'N', 'P':
		return vm.NewUint(u)
	}
	shift := 64 - 8*uint(size)
	return vm.NewInt(int64(u<<shift) >> shift)
}
