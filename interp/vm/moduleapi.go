package vm

import (
	"github.com/go-python/gpython/py"
)

// More of the interface module packages use (see api.go): constructors,
// exception classes and a few helpers the threading modules needed.

// TupleClass is the Class of tuple.
func TupleClass() *Class { return tupleClass }

// DefNew defines __new__ for a type made by NewType: fn receives the
// class being instantiated (c or a subclass, a *Type) as args[0], then
// the call's arguments, and returns the new object (through Wrap for a
// subclass).
func (c *Class) DefNew(fn BuiltinFn) {
	c.def("__new__", &BuiltinFunction{Name: "__new__", Fn: fn, Self: c.T()})
}

// ObjectAddress returns the number a default repr prints after "at" for
// o, the same for the object's whole life.
func ObjectAddress(o Object) uintptr { return objectAddress(o) }

// TypeDisplayName returns the name of a type as reprs show it: the
// qualified name, prefixed by the module unless it is builtins.
func TypeDisplayName(typ *Type) string { return typeDisplayName(typ) }

// NewExceptionType makes an exception class for a module written in Go,
// deriving from base: shared by every interpreter, so, like the builtin
// exceptions, its attributes cannot be changed. Its __module__ is module
// and its name is name (tracebacks print "module.name").
func NewExceptionType(module, name, doc string, base *Type) *Type {
	typ := newExceptionType(name, doc, base)
	ClassOf(typ).ns.SetStr("__module__", py.String(module))
	return typ
}

// NewGenericAlias returns origin[args], as a class's __class_getitem__
// returns it (types.GenericAlias).
func NewGenericAlias(origin Object, args Object) Object {
	tup, ok := args.(Tuple)
	if !ok {
		tup = Tuple{args}
	}
	return &GenericAlias{origin: origin, args: tup}
}

// NewByteArray returns a bytearray holding b (not copied).
func NewByteArray(b []byte) *ByteArray { return &ByteArray{b: b} }
