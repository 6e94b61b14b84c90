package vm

import (
	"encoding/binary"
	"hash/maphash"
	"math"
	"math/big"
	"math/bits"
	"os"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// Hashes follow CPython's definitions so that hash() agrees with it where
// CPython's results are deterministic (numbers, tuples of them) and so
// that sets iterate in the same order: numbers hash to their value modulo
// the Mersenne prime 2**61-1, so hash(1) == hash(1.0) == hash(True).
const (
	hashBits    = 61
	hashModulus = (1 << hashBits) - 1
	hashInf     = 314159
)

// versionCounter hands out unique, increasing versions for dict layouts
// and class namespaces, so a cache that saw version v can never mistake
// a later state for the one it saw.
var versionCounter atomic.Uint64

func nextVersion() uint64 { return versionCounter.Add(1) }

// String hashing. CPython randomizes str hashes per process unless
// PYTHONHASHSEED is set; so does gilpy. With PYTHONHASHSEED=0 gilpy uses
// CPython's own function (SipHash-1-3 with a zero key over the string's
// canonical representation), so sets of strings iterate in CPython's order.
var (
	hashSeed             = maphash.MakeSeed()
	deterministicStrHash bool
)

func init() {
	if v, ok := os.LookupEnv("PYTHONHASHSEED"); ok && v == "0" {
		deterministicStrHash = true
	}
}

// strHash returns the (unsigned) hash of a str.
func strHash(s string) uint64 {
	if s == "" {
		return 0 // CPython's hash of empty str and bytes, whatever the seed
	}
	var h uint64
	if deterministicStrHash {
		h = sipHashStr(s)
	} else {
		h = maphash.String(hashSeed, s)
	}
	if int64(h) == -1 {
		return uint64(1<<64 - 2)
	}
	return h
}

// bytesHash hashes bytes the way str hashes an ASCII string, as CPython.
func bytesHash(b []byte) uint64 {
	if len(b) == 0 {
		return 0
	}
	var h uint64
	if deterministicStrHash {
		h = sipHash13(0, 0, b)
	} else {
		h = maphash.Bytes(hashSeed, b)
	}
	if int64(h) == -1 {
		return uint64(1<<64 - 2)
	}
	return h
}

// sipHashStr hashes s's canonical representation: one byte per code point
// when all are below 256, two (little-endian) when all are below 65536,
// else four.
func sipHashStr(s string) uint64 {
	width := 1
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return sipHash13(0, 0, unsafe.Slice(unsafe.StringData(s), len(s)))
	}
	for _, r := range s {
		if r >= 0x10000 {
			width = 4
			break
		} else if r >= 0x100 && width < 2 {
			width = 2
		}
	}
	buf := make([]byte, 0, utf8.RuneCountInString(s)*width)
	for _, r := range s {
		switch width {
		case 1:
			buf = append(buf, byte(r))
		case 2:
			buf = binary.LittleEndian.AppendUint16(buf, uint16(r))
		default:
			buf = binary.LittleEndian.AppendUint32(buf, uint32(r))
		}
	}
	return sipHash13(0, 0, buf)
}

// sipHash13 is SipHash with one compression and three finalization rounds.
func sipHash13(k0, k1 uint64, m []byte) uint64 {
	v0 := k0 ^ 0x736f6d6570736575
	v1 := k1 ^ 0x646f72616e646f6d
	v2 := k0 ^ 0x6c7967656e657261
	v3 := k1 ^ 0x7465646279746573
	round := func() {
		v0 += v1
		v1 = bits.RotateLeft64(v1, 13)
		v1 ^= v0
		v0 = bits.RotateLeft64(v0, 32)
		v2 += v3
		v3 = bits.RotateLeft64(v3, 16)
		v3 ^= v2
		v0 += v3
		v3 = bits.RotateLeft64(v3, 21)
		v3 ^= v0
		v2 += v1
		v1 = bits.RotateLeft64(v1, 17)
		v1 ^= v2
		v2 = bits.RotateLeft64(v2, 32)
	}
	n := len(m)
	for len(m) >= 8 {
		mi := binary.LittleEndian.Uint64(m)
		v3 ^= mi
		round()
		v0 ^= mi
		m = m[8:]
	}
	last := uint64(n) << 56
	for i := len(m) - 1; i >= 0; i-- {
		last |= uint64(m[i]) << (8 * uint(i))
	}
	v3 ^= last
	round()
	v0 ^= last
	v2 ^= 0xff
	round()
	round()
	round()
	return v0 ^ v1 ^ v2 ^ v3
}

// hashInt64 is hash() of a small int.
func hashInt64(i int64) int64 {
	neg := i < 0
	u := uint64(i)
	if neg {
		u = uint64(-i)
	}
	u %= hashModulus
	h := int64(u)
	if neg {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

var bigModulus = big.NewInt(hashModulus)

// hashBigInt is hash() of a big int.
func hashBigInt(b *big.Int) int64 {
	var r big.Int
	r.Abs(b)
	r.Rem(&r, bigModulus)
	h := r.Int64()
	if b.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// hashFloat is hash() of a float: equal to the hash of the int it equals
// when it is integral, and defined for every other finite value by the
// same modular arithmetic on its exact binary value.
func hashFloat(v float64) int64 {
	switch {
	case math.IsInf(v, 1):
		return hashInf
	case math.IsInf(v, -1):
		return -hashInf
	case math.IsNaN(v):
		// CPython hashes a nan by its identity; here the identity is
		// its payload (see nan.go).
		return int64(math.Float64bits(v) & nanPayload)
	}
	m, e := math.Frexp(v)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(hashBits-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e %= hashBits
	} else {
		e = hashBits - 1 - ((-1 - e) % hashBits)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(hashBits-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

// hashComplex combines the parts' hashes as CPython does.
func hashComplex(c complex128) int64 {
	h := uint64(hashFloat(real(c))) + 1000003*uint64(hashFloat(imag(c)))
	if int64(h) == -1 {
		return -2
	}
	return int64(h)
}

const (
	xxPrime1 = 11400714785074694791
	xxPrime2 = 14029467366897019727
	xxPrime5 = 2870177450012600261
)

// hashTuple combines item hashes with CPython's xxHash-derived scheme.
func hashTuple(t *Thread, items []Object) (int64, error) {
	acc := uint64(xxPrime5)
	for _, it := range items {
		h, err := Hash(t, it)
		if err != nil {
			return 0, err
		}
		acc += uint64(h) * xxPrime2
		acc = bits.RotateLeft64(acc, 31)
		acc *= xxPrime1
	}
	acc += uint64(len(items)) ^ (xxPrime5 ^ 3527539)
	if int64(acc) == -1 {
		return 1546275796, nil
	}
	return int64(acc), nil
}

// identityHash is the default hash of an object: derived from its
// address, stable for the object's life, as CPython's object.__hash__.
func identityHash(o Object) int64 {
	p := objectAddress(o)
	h := int64(bits.RotateLeft64(uint64(p), -4))
	if h == -1 {
		h = -2
	}
	return h
}

// objectAddress is the address id() reports: the object's pointer for
// reference types, the address of its boxed value otherwise.
func objectAddress(o Object) uintptr {
	switch v := o.(type) {
	case py.Tuple:
		if len(v) == 0 {
			return uintptr(unsafe.Pointer(&emptyTupleMarker))
		}
		return uintptr(unsafe.Pointer(&v[0]))
	case py.Bytes:
		if len(v) == 0 {
			return uintptr(unsafe.Pointer(&emptyTupleMarker)) + 8
		}
		return uintptr(unsafe.Pointer(&v[0]))
	}
	return (*[2]uintptr)(unsafe.Pointer(&o))[1]
}

var emptyTupleMarker [2]uint64

// Is reports whether a and b are the same object (Python's "is"). It
// never panics on values Go cannot compare (tuples, bytes).
func Is(a, b Object) bool {
	switch x := a.(type) {
	case py.Tuple:
		y, ok := b.(py.Tuple)
		if !ok || len(x) != len(y) {
			return false
		}
		return len(x) == 0 || &x[0] == &y[0]
	case py.Bytes:
		y, ok := b.(py.Bytes)
		if !ok || len(x) != len(y) {
			return false
		}
		return len(x) == 0 || &x[0] == &y[0]
	case py.StringDict:
		return false
	case py.Float:
		// Bit for bit, so that a nan is itself (see nan.go).
		y, ok := b.(py.Float)
		return ok && math.Float64bits(float64(x)) == math.Float64bits(float64(y))
	}
	switch b.(type) {
	case py.Tuple, py.Bytes, py.StringDict:
		return false
	}
	return a == b
}
