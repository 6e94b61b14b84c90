package vm

import (
	"math/big"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// Object is any Python value.
type Object = py.Object

// Tuple is a Python tuple.
type Tuple = py.Tuple

// Type is a Python type object.
type Type = py.Type

// Singletons and commonly used values, for brevity.
var (
	None  Object = py.None
	True  Object = py.True
	False Object = py.False
)

// NotImplemented is the NotImplemented singleton. gpython represents it
// as an exception instance; TypeOf and repr treat it as CPython does.
var NotImplemented = py.NotImplemented

// NotImplementedType is type(NotImplemented).
var NotImplementedType = newBuiltinType("NotImplementedType", "", nil)

// TypeOf returns the Python type of o. Use it instead of o.Type():
// gpython gives big ints a separate "bigint" type and NotImplemented the
// type NotImplementedError, and Python code must see int and
// NotImplementedType.
func TypeOf(o Object) *Type {
	switch v := o.(type) {
	case *py.BigInt:
		return py.IntType
	case *py.Exception:
		if o == NotImplemented {
			return NotImplementedType.T()
		}
		return v.Base
	}
	return o.Type()
}

// TypeName returns the name of o's type as error messages print it.
func TypeName(o Object) string { return TypeOf(o).Name }

// Ints from smallIntMin to smallIntMax are never allocated: a Python int
// is a py.Int boxed in an interface, and boxing an int64 would cost a heap
// allocation for every result of arithmetic and every loop counter.
// Instead, intBacking holds their values once, and NewInt builds the
// interface value pointing into it. The range covers the counters and
// indexes of most loops.
const (
	smallIntMin = -5
	smallIntMax = 1<<18 - 6
)

var (
	intBacking [smallIntMax - smallIntMin + 1]py.Int
	intItab    unsafe.Pointer
)

func init() {
	for i := range intBacking {
		intBacking[i] = py.Int(i + smallIntMin)
	}
	var o Object = py.Int(0)
	intItab = (*[2]unsafe.Pointer)(unsafe.Pointer(&o))[0]
}

// NewInt returns the Python int for i, without allocating for small ones.
func NewInt(i int64) Object {
	if uint64(i-smallIntMin) <= smallIntMax-smallIntMin {
		var o Object
		w := (*[2]unsafe.Pointer)(unsafe.Pointer(&o))
		w[0] = intItab
		w[1] = unsafe.Pointer(&intBacking[i-smallIntMin])
		return o
	}
	return py.Int(i)
}

// NewBigInt returns the Python int for b, as a small py.Int when it fits.
// It takes ownership of b.
func NewBigInt(b *big.Int) Object {
	if b.IsInt64() {
		return NewInt(b.Int64())
	}
	return (*py.BigInt)(b)
}

// NewBool returns True or False.
func NewBool(b bool) Object {
	if b {
		return True
	}
	return False
}

// NewStr returns the Python str for s.
func NewStr(s string) Object { return py.String(s) }

// IsSubtype reports whether a is b or derives from it.
func IsSubtype(a, b *Type) bool {
	if a == b {
		return true
	}
	for _, m := range a.Mro {
		if m == Object(b) {
			return true
		}
	}
	return false
}

// IsInstance reports whether o's type is t or derives from it, without
// consulting __instancecheck__.
func IsInstance(o Object, t *Type) bool { return IsSubtype(TypeOf(o), t) }
