package vm

import (
	"math/big"

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

// smallInts holds boxed ints from smallIntMin to smallIntMax so that the
// common small results of arithmetic do not allocate.
const (
	smallIntMin = -5
	smallIntMax = 1024
)

var smallInts [smallIntMax - smallIntMin + 1]Object

func init() {
	for i := range smallInts {
		smallInts[i] = py.Int(i + smallIntMin)
	}
}

// NewInt returns the Python int for i, without allocating for small ones.
func NewInt(i int64) Object {
	if i >= smallIntMin && i <= smallIntMax {
		return smallInts[i-smallIntMin]
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
