package vm

import (
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/gilpy/gilpy/interp/format"

	"github.com/go-python/gpython/py"
)

// This file is the interface module packages written in Go (modules/...)
// use to define types and functions. It wraps the VM's own internal
// helpers so that module code follows the same rules as the builtin
// types: a type is defined at start-up (in an init function), then
// frozen with Ready, and never written again, because builtin types are
// shared by every interpreter in the process.
//
// A value of a Go-defined type is a Go struct implementing Object whose
// Type method returns the type's Class (&cls.Type). Instances of Python
// subclasses of such a type, and instances of types whose objects carry
// a __dict__, are *Instance values holding that struct as their builtin
// value (see Class.Wrap); methods receive the struct as self, unwrapped.

// TypeFlags tune a type made by NewType.
type TypeFlags uint8

const (
	// TypeBaseType lets Python code subclass the type.
	TypeBaseType TypeFlags = 1 << iota
	// TypeHasDict gives the type's objects a __dict__: they are then
	// always *Instance values wrapping the Go value (see Class.Wrap).
	TypeHasDict
)

// NewType defines a builtin type named name in module module (shown in
// reprs as <class 'module.name'>), deriving from base (object when nil).
// Call it from an init function, define the type's members, then call
// Ready.
//
// Like CPython's static types, the type's full name ("_thread.lock",
// "time.struct_time") is what error messages show, while __name__ and
// __qualname__ are name; and until a __new__ is defined (DefNew), calling
// the type is "cannot create '_thread.lock' instances".
func NewType(module, name, doc string, base *Class, flags TypeFlags) *Class {
	full := name
	if module != "builtins" {
		full = module + "." + name
	}
	c := newBuiltinType(full, doc, base)
	c.Type.Qualname = name
	c.def("__new__", &BuiltinFunction{Name: "__new__", Self: c.T(), Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return nil, NewError(py.TypeError, fmt.Sprintf("cannot create '%s' instances", full))
	}})
	if flags&TypeBaseType != 0 {
		c.flags |= clsBaseType
		c.Type.Flags |= py.TPFLAGS_BASETYPE
	}
	if flags&TypeHasDict != 0 {
		c.flags |= clsHasDict
		c.def("__dict__", &getSetDescr{name: "__dict__", owner: c, get: instanceDictGet, set: instanceDictSet})
	}
	if base != nil && base.layout == layoutBuiltin {
		c.layout = layoutBuiltin
	}
	c.def("__module__", py.String(module))
	if doc != "" {
		c.def("__doc__", py.String(doc))
	} else {
		c.def("__doc__", None)
	}
	return c
}

// ShortName is the type's name as reprs print it: for a type made by
// NewType the part after the module ("deque"), else its __name__.
func (c *Class) ShortName() string {
	name := c.T().Name
	if (c.flags&clsHeap == 0 && c.native == nil) || c.flags&clsDottedName != 0 {
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			return name[i+1:]
		}
	}
	return name
}

// Ready freezes a type made by NewType once all its members are
// defined: its special-method cache is resolved once, so interpreters
// running in parallel only ever read it.
func (c *Class) Ready() { c.freezeSpecials() }

// DefMethod defines a method of a type made by NewType. The method gets
// self as args[0], unwrapped (the Go value, also for instances of
// subclasses) unless opts holds "nounwrap"; "class" makes a class method
// (args[0] is the class) and "static" a static method.
func (c *Class) DefMethod(name string, fn BuiltinFn, doc string, opts ...string) {
	md := c.defMethod(name, fn, doc, opts...)
	md.unwrap = true
	for _, o := range opts {
		if o == "nounwrap" {
			md.unwrap = false
		}
	}
}

// DefGetSet defines a computed attribute; set may be nil (read-only).
// get and set receive the Go value (unwrapped) as obj; set receives nil
// as v for a deletion.
func (c *Class) DefGetSet(name string, get func(t *Thread, obj Object) (Object, error), set func(t *Thread, obj, v Object) error) {
	g := func(t *Thread, obj Object) (Object, error) { return get(t, unwrap(obj)) }
	var s func(t *Thread, obj, v Object) error
	if set != nil {
		s = func(t *Thread, obj, v Object) error { return set(t, unwrap(obj), v) }
	}
	c.defGetSet(name, g, s)
}

// DefAttr sets a plain class attribute of a type made by NewType.
func (c *Class) DefAttr(name string, v Object) { c.def(name, v) }

// DefSlot declares a writable per-instance slot named name, shown as a
// member descriptor, and returns its index for Slot and SetSlot. Objects
// of a type with slots are *Instance values made by Class.Wrap.
func (c *Class) DefSlot(name string) int {
	i := len(c.slotNames)
	c.slotNames = append(c.slotNames, name)
	c.def(name, &memberDescr{name: name, owner: c, index: i})
	return i
}

// Wrap returns the object of type typ (c or a subclass of c) whose Go
// value is v: v itself when typ is c and c's objects need neither a
// __dict__ nor slots, otherwise an *Instance holding v.
func (c *Class) Wrap(typ *py.Type, v Object) Object {
	cls := ClassOf(typ)
	if cls == c && c.flags&clsHasDict == 0 && len(c.slotNames) == 0 {
		return v
	}
	inst := &Instance{cls: cls, base: v}
	if len(cls.slotNames) > 0 {
		inst.slots = make([]Object, len(cls.slotNames))
	}
	return inst
}

// CheckSubtype reports a TypeError unless typ is c or derives from it;
// fn names the caller ("deque.__new__").
func (c *Class) CheckSubtype(fn string, typ Object) (*py.Type, error) {
	tp, ok := typ.(*py.Type)
	if !ok {
		return nil, NewError(py.TypeError, fmt.Sprintf("%s(X): X is not a type object (%s)", fn, TypeName(typ)))
	}
	if !ClassOf(tp).IsSubclass(c) {
		return nil, NewError(py.TypeError, fmt.Sprintf("%s(%s): %s is not a subtype of %s", fn, tp.Name, tp.Name, c.Name()))
	}
	return tp, nil
}

// Slot returns slot i of o (an *Instance), or nil when unset.
func Slot(o Object, i int) Object {
	if inst, ok := o.(*Instance); ok && i < len(inst.slots) {
		return inst.slots[i]
	}
	return nil
}

// SetSlot sets slot i of o (an *Instance).
func SetSlot(o Object, i int, v Object) {
	if inst, ok := o.(*Instance); ok && i < len(inst.slots) {
		inst.slots[i] = v
	}
}

// Unwrap returns the builtin value inside an instance of a subclass of a
// builtin type (or of a Go-defined type), else o itself.
func Unwrap(o Object) Object { return unwrap(o) }

// ClassOfObject returns the Class of o's type.
func ClassOfObject(o Object) *Class { return classOfObject(o) }

// BuiltinClass returns the Class of a builtin type: the types module
// packages derive from (DictClass for a dict subclass written in Go).
var (
	ObjectClass = objectClass
	TypeClass   = typeClass
)

// DictClass is the Class of dict.
func DictClass() *Class { return DictType }

// CheckArgs checks a positional-only builtin's argument count with
// CPython's messages ("f expected at most 2 arguments, got 3").
func CheckArgs(name string, args []Object, kwnames Tuple, min, max int) error {
	return checkArgs(name, args, kwnames, min, max)
}

// CheckMethodArgs is CheckArgs for a method: args[0] is self.
func CheckMethodArgs(name string, args []Object, kwnames Tuple, min, max int) error {
	return checkMethodArgs(name, args, kwnames, min, max)
}

// NoKeywords refuses keyword arguments: "f() takes no keyword arguments".
func NoKeywords(name string, kwnames Tuple) error { return noKeywords(name, kwnames) }

// ReprEnter records that o's repr is being computed on this thread and
// reports whether it already was (a recursive structure, which reprs
// show as "..."); each false return must be paired with ReprLeave.
func (t *Thread) ReprEnter(o Object) bool { return t.reprEnter(o) }

// ReprLeave ends what ReprEnter began.
func (t *Thread) ReprLeave(o Object) { t.reprLeave(o) }

// EnterRecursive counts one level of Go recursion against the recursion
// limit (RecursionError when exceeded); pair with LeaveRecursive.
func (t *Thread) EnterRecursive() error { return t.enterRecursive() }

// LeaveRecursive ends what EnterRecursive began.
func (t *Thread) LeaveRecursive() { t.leaveRecursive() }

// NewModuleFunction makes a function of module module.
func NewModuleFunction(module, name string, fn BuiltinFn, doc string) *BuiltinFunction {
	return &BuiltinFunction{Name: name, Fn: fn, Doc: doc, Module: module}
}

// LookupSpecial finds a special method on o's type (not on o itself, as
// the interpreter does for operators) and binds it to o; nil when the
// type has none.
func LookupSpecial(t *Thread, o Object, name string) (Object, error) {
	m := classOfObject(o).Lookup(name)
	if m == nil {
		return nil, nil
	}
	return bindDescriptor(t, m, o)
}

// CallMethod calls o.name(*args) with keyword values named by kwnames.
func CallMethod(t *Thread, o Object, name string, args []Object, kwnames Tuple) (Object, error) {
	m, err := GetAttr(t, o, name)
	if err != nil {
		return nil, err
	}
	return Call(t, m, args, kwnames)
}

// HasIndex reports whether o is an integer or has __index__.
func HasIndex(o Object) bool { return hasIndex(o) }

// Plural picks the singular or plural form for n, as messages need.
func Plural(n int, one, many string) string { return plural(n, one, many) }

// IsExceptionType reports whether err is a Python exception of type typ
// or a subclass.
func IsExceptionType(err error, typ *py.Type) bool { return isExceptionType(err, typ) }

// GoIterator is implemented by iterators written in Go: Next calls it
// directly instead of looking up and calling __next__.
type GoIterator interface {
	Object
	// Next returns the next value, or false once exhausted.
	Next(t *Thread) (Object, bool, error)
}

// DefIterator gives a type made by NewType whose values implement
// GoIterator the __iter__ (returning self) and __next__ methods.
func (c *Class) DefIterator() {
	c.DefMethod("__iter__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return args[0], nil
	}, "Implement iter(self).", "nounwrap")
	c.DefMethod("__next__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		it, ok := unwrap(args[0]).(GoIterator)
		if !ok {
			return nil, NewError(py.TypeError, fmt.Sprintf("'%s' object is not an iterator", TypeName(args[0])))
		}
		r, more, err := it.Next(t)
		if err != nil {
			return nil, err
		}
		if !more {
			return nil, NewException(py.StopIteration)
		}
		return r, nil
	}, "Implement next(self).", "nounwrap")
}

// AsDouble converts a real number to a float64 the way C functions taking
// a double convert their arguments: floats, objects with __float__, and
// integers (directly or through __index__); anything else is a
// TypeError "must be real number, not X".
func AsDouble(t *Thread, o Object) (float64, error) {
	switch v := o.(type) {
	case py.Float:
		return float64(v), nil
	case py.Int:
		return float64(v), nil
	case py.Bool, *py.BigInt:
		return intToFloat(v)
	}
	c := classOfObject(o)
	if c.special(spFloat) == nil && c.special(spIndex) == nil {
		if inst, ok := o.(*Instance); ok && inst.base != nil {
			switch inst.base.(type) {
			case py.Float, py.Int, py.Bool, *py.BigInt:
				return AsDouble(t, inst.base)
			}
		}
		return 0, NewError(py.TypeError, fmt.Sprintf("must be real number, not %s", TypeName(o)))
	}
	return FloatOf(t, o)
}

// IsInt reports whether o is an int (or bool), not counting subclasses'
// instances.
func IsInt(o Object) bool { return isIntLike(o) }

// BigOf returns the value of an int (or bool) o as a new big.Int; nil
// when o is not one.
func BigOf(o Object) *big.Int { return toBig(unwrap(o)) }

// IntFromFloat converts a float to an int with CPython's errors for
// infinities and NaNs.
func IntFromFloat(f float64) (Object, error) {
	n, err := format.FloatToInt(f)
	if err != nil {
		return nil, fromFormatError(err)
	}
	return fromFormatInt(n), nil
}

// Abs is abs(o).
func Abs(t *Thread, o Object) (Object, error) { return builtinAbs(t, []Object{o}, nil) }

// LengthHint estimates the length of o as operator.length_hint does:
// len(o) when o has a length, else o.__length_hint__(), else def.
func LengthHint(t *Thread, o Object, def int) (int, error) {
	c := classOfObject(o)
	if c.special(spLen) != nil || isSizedBuiltin(o) {
		n, err := Len(t, o)
		if err == nil {
			return n, nil
		}
		if !isExceptionType(err, py.TypeError) {
			return 0, err
		}
	}
	m := c.special(spLengthHint)
	if m == nil {
		return def, nil
	}
	r, err := callMethod(t, m, o, nil, nil)
	if err != nil {
		if isExceptionType(err, py.TypeError) {
			return def, nil
		}
		return 0, err
	}
	if r == NotImplemented {
		return def, nil
	}
	if !isIntLike(unwrap(r)) {
		return 0, NewError(py.TypeError, fmt.Sprintf("__length_hint__ must be an integer, not %s", TypeName(r)))
	}
	b := toBig(unwrap(r))
	if b.Sign() < 0 {
		return 0, NewError(py.ValueError, "__length_hint__() should return >= 0")
	}
	if !b.IsInt64() {
		return 0, NewError(py.OverflowError, "cannot fit 'int' into an index-sized integer")
	}
	return int(b.Int64()), nil
}

func isSizedBuiltin(o Object) bool {
	switch o.(type) {
	case py.String, py.Bytes, py.Tuple, *py.List, *Dict, *Set, *py.Range, *bigRange:
		return true
	}
	return false
}

// The collection flags CPython's collections.abc puts on classes (the
// values of Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING, which
// __abc_tpflags__ holds): they decide what sequence and mapping patterns
// of a match statement accept.
const (
	CollectionSequence = 1 << 5
	CollectionMapping  = 1 << 6
)

func collectionFlags(flags int) classFlags {
	var f classFlags
	if flags&CollectionSequence != 0 {
		f |= clsMatchSequence
	}
	if flags&CollectionMapping != 0 {
		f |= clsMatchMapping
	}
	return f
}

// SetCollectionFlags marks a class made by Python code, and the classes
// deriving from it, as sequences or mappings for
// pattern matching (what registering with collections.abc.Sequence or
// Mapping does). Builtin types are left alone, as CPython leaves
// immutable types.
func SetCollectionFlags(typ *py.Type, flags int) {
	c := ClassOf(typ)
	f := collectionFlags(flags)
	if f == 0 || c.flags&clsImmutable != 0 || c.flags&(clsMatchMapping|clsMatchSequence) == f {
		return
	}
	c.flags = c.flags&^(clsMatchMapping|clsMatchSequence) | f
	for _, s := range c.subclasses {
		SetCollectionFlags(s.T(), flags)
	}
}

// SetCollectionFlagsStatic marks a type made by NewType at start-up.
func (c *Class) SetCollectionFlagsStatic(flags int) { c.flags |= collectionFlags(flags) }

// CollectionFlags returns the pattern-matching marks of a class
// (CollectionSequence, CollectionMapping).
func CollectionFlags(typ *py.Type) int {
	c := ClassOf(typ)
	f := 0
	if c.flags&clsMatchSequence != 0 {
		f |= CollectionSequence
	}
	if c.flags&clsMatchMapping != 0 {
		f |= CollectionMapping
	}
	return f
}

// MarkIterableCoroutine gives a generator function's code the flag that
// lets its generators be awaited (what types.coroutine does). It reports
// whether fn is a generator function; its code is copied, not changed.
func MarkIterableCoroutine(fn Object) bool {
	f, ok := fn.(*Function)
	if !ok || f.code.Flags&bytecode.CoGenerator == 0 {
		return false
	}
	c := *f.code
	c.Flags |= bytecode.CoIterableCoroutine
	f.code = &c
	return true
}

// NewBoundMethod makes a bound method: fn with self as its first
// argument (types.MethodType(fn, self)).
func NewBoundMethod(fn, self Object) Object { return &BoundMethod{Fn: fn, Self: self} }

// AllowSubclass lets Python classes derive from c (as TypeBaseType does
// at creation).
func (c *Class) AllowSubclass() {
	c.flags |= clsBaseType
	c.Type.Flags |= py.TPFLAGS_BASETYPE
}

// AllowDict gives c's objects a __dict__ (as TypeHasDict does at
// creation): they are then always *Instance values made by Wrap.
func (c *Class) AllowDict() {
	c.flags |= clsHasDict
	c.def("__dict__", &getSetDescr{name: "__dict__", owner: c, get: instanceDictGet, set: instanceDictSet})
}

// SourceLines returns the lines of a source file, each with its line
// ending, as linecache gives them: gilpy's embedded library, or the file
// on disk when the interpreter may read it; nil when there is none.
func (t *Thread) SourceLines(filename string) []string {
	var text string
	if src, ok := stdlibSource(filename); ok {
		text = src
	} else if filename == "" || strings.HasPrefix(filename, "<") || !t.interp.canRead(filepath.Dir(filename)) {
		return nil
	} else if data, err := os.ReadFile(filename); err == nil {
		text = string(data)
	} else {
		return nil
	}
	if text == "" {
		return nil
	}
	lines := strings.SplitAfter(text, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	} else {
		lines[len(lines)-1] += "\n"
	}
	return lines
}

// EnterCall counts one level of Go-level recursion a module makes where
// CPython's C code calls Py_EnterRecursiveCall(where): past the recursion
// limit it fails with "maximum recursion depth exceeded"+where, the
// message CPython gives. Pair with LeaveRecursive.
func (t *Thread) EnterCall(where string) error { return t.enterCall(where) }

// NewStopIteration makes StopIteration(v), with its value attribute set
// as a generator's return sets it.
func NewStopIteration(v Object) *py.Exception { return stopIteration(v) }

// SliceIndices resolves a slice against a sequence of length n, as
// slice.indices(n) does: start, stop and step, clamped.
func SliceIndices(t *Thread, s *py.Slice, n int) (start, stop, step int, err error) {
	return sliceIndices(t, s, n)
}

// BufferExporter is implemented by the Go-defined types whose objects
// lend their memory as a buffer of bytes, as array.array does: bytes(),
// bytearray(), file writes and every function taking a bytes-like object
// read it (and readinto-style functions write it). BufferData returns the
// object's current memory, not a copy.
type BufferExporter interface {
	Object
	BufferData() []byte
}
