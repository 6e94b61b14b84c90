package vm

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"
)

// callType calls a type: type(x) answers x's type; any other call makes
// an instance through the metaclass's __call__: __new__, then __init__ if
// __new__ returned an instance of the type.
func callType(t *Thread, typ *py.Type, args []Object, kwnames Tuple) (Object, error) {
	if typ == py.TypeType && len(args) == 1 && len(kwnames) == 0 {
		return TypeOf(args[0]), nil
	}
	meta := ClassOf(TypeOf(typ))
	if meta != typeClass {
		if call := meta.special(spCall); call != nil && call != typeCall {
			return callMethod(t, call, typ, args, kwnames)
		}
	}
	return typeCallImpl(t, typ, args, kwnames)
}

// typeCallImpl is type.__call__.
func typeCallImpl(t *Thread, typ *py.Type, args []Object, kwnames Tuple) (Object, error) {
	if typ == py.TypeType {
		// type(x) is x's type; otherwise type() makes a class of 3
		// arguments. type.__new__ itself has no one-argument form.
		switch npos := len(args) - len(kwnames); {
		case npos == 1 && len(kwnames) > 0:
			return nil, NewError(py.TypeError, "type() takes no keyword arguments")
		case npos == 1:
			return TypeOf(args[0]), nil
		case npos != 3:
			return nil, NewError(py.TypeError, "type() takes 1 or 3 arguments")
		}
	}
	c := ClassOf(typ)
	newFn := c.special(spNew)
	if newFn == nil {
		return nil, NewError(py.TypeError, fmt.Sprintf("cannot create '%s' instances", typ.Name))
	}
	var obj Object
	var err error
	initFn := c.special(spInit)
	if newFn == objectNew && c.layout == layoutObject && c.flags&(clsHeap|clsAbstract) == clsHeap && (initFn != objectInit || len(args) == 0) {
		// The common case, a class defined in Python that keeps
		// object.__new__: make the instance here (object.__new__'s
		// argument check passes because __init__ is overridden).
		inst := &Instance{cls: c}
		if len(c.slotNames) > 0 {
			inst.slots = make([]Object, len(c.slotNames))
		}
		if fn, ok := initFn.(*Function); ok {
			r, err := t.callFunction(fn, inst, args, kwnames)
			if err != nil {
				return nil, err
			}
			if r != None {
				return nil, NewError(py.TypeError, fmt.Sprintf("__init__() should return None, not '%s'", TypeName(r)))
			}
			return inst, nil
		}
		obj = inst
	} else {
		obj, err = callNew(t, newFn, typ, args, kwnames)
		if err != nil {
			return nil, err
		}
	}
	oc := classOfObject(obj)
	if !oc.IsSubclass(c) {
		return obj, nil
	}
	if oc != c {
		initFn = oc.special(spInit)
	}
	if initFn == nil {
		return obj, nil
	}
	r, err := callMethod(t, initFn, obj, args, kwnames)
	if err != nil {
		return nil, err
	}
	if r != None {
		return nil, NewError(py.TypeError, fmt.Sprintf("__init__() should return None, not '%s'", TypeName(r)))
	}
	return obj, nil
}

// callNew calls a __new__ found on a type: a static method taking the
// class first.
func callNew(t *Thread, newFn Object, typ *py.Type, args []Object, kwnames Tuple) (Object, error) {
	if sm, ok := newFn.(*StaticMethod); ok {
		newFn = sm.Fn
	}
	full, mark, chunk := t.prepend(typ, args)
	r, err := Call(t, newFn, full, kwnames)
	t.ds.free(full, mark, chunk)
	return r, err
}

// newInstanceOf wraps a builtin value for an instance of a subclass of
// its type, or returns it as is for the type itself.
func newInstanceOf(typ *py.Type, native *py.Type, base Object) Object {
	if typ == native {
		return base
	}
	return newInstance(ClassOf(typ), base)
}

// objectNew is object.__new__(cls, *args, **kwargs).
func objectNewImpl(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if len(args) == 0 {
		return nil, NewError(py.TypeError, "object.__new__(): not enough arguments")
	}
	typ, ok := args[0].(*py.Type)
	if !ok {
		return nil, NewError(py.TypeError, fmt.Sprintf("object.__new__(X): X is not a type object (%s)", TypeName(args[0])))
	}
	c := ClassOf(typ)
	if len(args) > 1 || len(kwnames) > 0 {
		if c.special(spNew) != objectNew {
			return nil, NewError(py.TypeError, "object.__new__() takes exactly one argument (the type to instantiate)")
		}
		if c.special(spInit) == objectInit {
			return nil, NewError(py.TypeError, fmt.Sprintf("%s() takes no arguments", typ.Name))
		}
	}
	if c.flags&clsAbstract != 0 {
		if err := abstractInstantiationError(t, c); err != nil {
			return nil, err
		}
	}
	switch c.layout {
	case layoutObject:
		if c.native != nil || c.flags&clsHeap == 0 {
			if c != objectClass {
				return nil, NewError(py.TypeError, fmt.Sprintf("object.__new__(%s) is not safe, use %s.__new__()", typ.Name, typ.Name))
			}
			return &Instance{cls: objectClass}, nil
		}
		return newInstance(c, nil), nil
	case layoutException:
		return &py.Exception{Base: typ, Args: Tuple{}}, nil
	}
	return nil, NewError(py.TypeError, fmt.Sprintf("object.__new__(%s) is not safe, use %s.__new__()", typ.Name, c.solidBase().Name()))
}

// abstractInstantiationError is the TypeError for instantiating a class
// that still has abstract methods.
func abstractInstantiationError(t *Thread, c *Class) error {
	am, ok := c.ns.GetStr("__abstractmethods__")
	if !ok {
		v := c.Lookup("__abstractmethods__")
		if v == nil {
			return nil
		}
		am = v
	}
	items, err := Collect(t, am)
	if err != nil || len(items) == 0 {
		return err
	}
	names := make([]string, 0, len(items))
	for _, it := range items {
		if s, ok := it.(py.String); ok {
			names = append(names, string(s))
		}
	}
	sortStrings(names)
	// CPython 3.11 lists the names bare; 3.12 quotes them.
	return NewError(py.TypeError, fmt.Sprintf("Can't instantiate abstract class %s with abstract %s %s", c.Name(), plural(len(names), "method", "methods"), strings.Join(names, ", ")))
}

// objectInitImpl is object.__init__(self, *args, **kwargs).
func objectInitImpl(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if len(args) > 1 || len(kwnames) > 0 {
		c := classOfObject(args[0])
		if c.special(spInit) != objectInit {
			return nil, NewError(py.TypeError, "object.__init__() takes exactly one argument (the instance to initialize)")
		}
		if c.special(spNew) == objectNew {
			return nil, NewError(py.TypeError, fmt.Sprintf("%s.__init__() takes exactly one argument (the instance to initialize)", c.Name()))
		}
	}
	return None, nil
}

// solidBase is the class whose instance layout c's instances share, as
// CPython's solid_base finds it: the nearest class along the chain of
// best bases that adds fields of its own (a builtin type other than a
// plain exception subclass, or a class declaring __slots__).
func (c *Class) solidBase() *Class {
	for m := c; ; {
		if m == objectClass {
			return m
		}
		base := ClassOf(m.T().Base)
		if m.T().Base == nil {
			base = objectClass
		}
		switch {
		case m.flags&clsHeap != 0:
			if m.ownSlotCount > 0 {
				return m
			}
		case base == objectClass || extraFieldExceptions[m.T()]:
			return m
		case m == boolClass:
		case m.layout != layoutException:
			return m
		}
		m = base
	}
}

// extraFieldExceptions are the builtin exceptions whose CPython instances
// carry fields beyond BaseException's, which makes them incompatible
// bases of one class.
var extraFieldExceptions = map[*py.Type]bool{
	py.OSError: true, py.SyntaxError: true, py.ImportError: true, py.StopIteration: true,
	py.SystemExit: true, py.UnicodeError: true, py.NameError: true, py.AttributeError: true,
	BaseExceptionGroup: true,
}

// newInstance makes an instance of a class defined in Python, with room
// for its slots; base is the builtin value of a builtin subclass, or nil.
func newInstance(c *Class, base Object) *Instance {
	inst := &Instance{cls: c, base: base}
	if len(c.slotNames) > 0 {
		inst.slots = make([]Object, len(c.slotNames))
	}
	return inst
}
