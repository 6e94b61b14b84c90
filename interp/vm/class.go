package vm

import (
	"fmt"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// flagClass marks a py.Type that is the first field of a Class, so that
// the Class can be recovered from the *py.Type every object reports.
const flagClass uint = 1 << 40

// Class describes a type the way the VM needs it: an ordered namespace,
// its method resolution order as Classes, a version for caches, and how
// its instances are laid out.
//
// Types created by Python code (class statements, type(name, bases, ns))
// and the builtin types gilpy defines itself are Classes whose embedded
// py.Type is the type object scripts see. gpython's own builtin types
// (int, str, list...) are plain *py.Type values gpython allocated; each
// has a "shadow" Class, made at start-up and never changed, that holds its
// namespace. ClassOf finds either kind.
type Class struct {
	py.Type
	ns *Dict
	// native is the gpython type a shadow describes, or nil.
	native *py.Type
	// mro is the method resolution order, this class first.
	mro []*Class
	// version changes whenever this class's namespace, or that of any
	// class in its MRO, changes; caches record the version they saw.
	version uint64
	flags   classFlags
	layout  layout
	// slotNames are the instance slots __slots__ declares (all bases).
	slotNames []string
	// ownSlotCount is how many of slotNames this class declared itself
	// (the last ones); a class that declares slots fixes a layout.
	ownSlotCount int
	// subclasses lists direct subclasses, for version propagation and
	// __subclasses__().
	subclasses []*Class
	// special caches lookups of special methods (by slot) for this
	// version.
	specials   [numSpecial]Object
	specialVer uint64
	// dictHint is how many attributes instances have had: new instance
	// dicts are made that big, saving their growth.
	dictHint int
}

// dictHintMax bounds a class's dictHint: one instance used as a big
// namespace must not make every later instance's dict big. Above
// linearMax a dict also has an index, made when its ninth key arrives;
// classes with that many attributes (threading.Thread has 13) still get
// their entries in one allocation of the right size rather than a small
// one outgrown twice.
const dictHintMax = 16

type classFlags uint32

const (
	// clsImmutable: attributes cannot be set or deleted (builtin types).
	clsImmutable classFlags = 1 << iota
	// clsHeap: created by Python code.
	clsHeap
	// clsHasDict: instances have a __dict__.
	clsHasDict
	// clsBaseType: may be subclassed.
	clsBaseType
	// clsAbstract: has abstract methods (set by ABCMeta machinery).
	clsAbstract
	// clsHasWeakref: instances have a __weakref__ attribute.
	clsHasWeakref
	// clsDottedName: a class of gilpy's library standing in for a type
	// CPython writes in C, named "module.Name" in messages as that type
	// is, with the last part as its __name__ (see SetCTypeName).
	clsDottedName
)

// layout says which builtin representation a class's instances use.
type layout uint8

const (
	layoutObject    layout = iota // *Instance
	layoutException               // *py.Exception
	layoutType                    // *Class (metaclasses)
	layoutBuiltin                 // an *Instance wrapping a builtin value (base)
)

// T returns the type object the class describes.
func (c *Class) T() *py.Type {
	if c.native != nil {
		return c.native
	}
	return &c.Type
}

// Name returns the type's __name__.
func (c *Class) Name() string { return c.T().Name }

// Namespace returns the class's namespace dict (its __dict__).
func (c *Class) Namespace() *Dict { return c.ns }

var nativeClasses = map[*py.Type]*Class{}

// ClassOf returns the Class describing t. Every type a script can reach
// has one; an unknown gpython type is described as a bare object.
func ClassOf(t *py.Type) *Class {
	if !shadowsReady {
		panic("vm: ClassOf before the builtin types are set up")
	}
	if t.Flags&flagClass != 0 {
		return (*Class)(unsafe.Pointer(t))
	}
	if c := nativeClasses[t]; c != nil {
		return c
	}
	return objectClass
}

// classOfObject is ClassOf(TypeOf(o)).
func classOfObject(o Object) *Class {
	if inst, ok := o.(*Instance); ok {
		return inst.cls
	}
	return ClassOf(TypeOf(o))
}

var (
	objectClass = newShadow(py.ObjectType, nil)
	typeClass   = newShadow(py.TypeType, objectClass)
)

// newShadow makes the Class describing a gpython builtin type.
func newShadow(t *py.Type, base *Class) *Class {
	c := &Class{native: t, ns: NewDict(0), flags: clsImmutable | clsBaseType}
	c.Type.Name = t.Name
	// gpython makes a derived type's ObjectType (what Type() reports)
	// its base type, so type(ValueError) would be Exception: every
	// builtin type's metaclass is type.
	t.ObjectType = py.TypeType
	c.mro = []*Class{c}
	if base != nil {
		c.mro = append(c.mro, base.mro...)
		t.Base = base.T()
		t.Bases = Tuple{base.T()}
		base.subclasses = append(base.subclasses, c)
	}
	t.Mro = c.mroTuple()
	nativeClasses[t] = c
	c.version = nextVersion()
	return c
}

// newBuiltinType makes a builtin type gilpy defines itself, deriving from
// base (object when nil).
func newBuiltinType(name, doc string, base *Class) *Class {
	if base == nil {
		base = objectClass
	}
	c := &Class{ns: NewDict(0), flags: clsImmutable}
	c.Type.Name = name
	c.Type.Doc = doc
	c.Type.Flags = flagClass
	c.Type.ObjectType = py.TypeType
	c.Type.Base = base.T()
	c.Type.Bases = Tuple{base.T()}
	c.Type.Dict = py.StringDict{}
	c.mro = append([]*Class{c}, base.mro...)
	c.Type.Mro = c.mroTuple()
	c.layout = base.layout
	c.version = nextVersion()
	base.subclasses = append(base.subclasses, c)
	return c
}

func (c *Class) mroTuple() Tuple {
	t := make(Tuple, len(c.mro))
	for i, m := range c.mro {
		t[i] = m.T()
	}
	return t
}

// Lookup finds name along the MRO without invoking descriptors, or nil.
func (c *Class) Lookup(name string) Object {
	h := strHash(name)
	for _, m := range c.mro {
		if v, ok := m.ns.getStrHashed(name, h); ok {
			return v
		}
	}
	return nil
}

// lookupHashed is Lookup with the name's hash known.
func (c *Class) lookupHashed(name string, h uint64) (Object, *Class) {
	for _, m := range c.mro {
		if v, ok := m.ns.getStrHashed(name, h); ok {
			return v, m
		}
	}
	return nil, nil
}

// IsSubclass reports whether c is d or derives from it.
func (c *Class) IsSubclass(d *Class) bool {
	for _, m := range c.mro {
		if m == d {
			return true
		}
	}
	return false
}

// invalidate marks c and every class deriving from it as changed.
func (c *Class) invalidate() {
	c.version = nextVersion()
	for _, s := range c.subclasses {
		s.invalidate()
	}
}

// setAttr sets a class attribute (type.__setattr__ without descriptors).
func (c *Class) setAttr(name string, v Object) {
	c.ns.SetStr(name, v)
	c.invalidate()
}

// deleteAttr deletes a class attribute, reporting whether it was there.
func (c *Class) deleteAttr(name string) bool {
	ok := c.ns.DeleteStr(name)
	if ok {
		c.invalidate()
	}
	return ok
}

// def adds a builtin member to a builtin type's namespace at start-up.
func (c *Class) def(name string, v Object) {
	if b, ok := v.(*BuiltinFunction); ok && name == "__new__" {
		c.wrapNew(b)
	}
	c.ns.SetStr(name, v)
	c.version = nextVersion()
}

// typeQualname is a type's __qualname__ (its name for builtin types).
func typeQualname(typ *py.Type) string {
	c := ClassOf(typ)
	if c.Type.Qualname != "" && c.native == nil {
		return c.Type.Qualname
	}
	return typ.Name
}

// wrapNew makes a builtin __new__ of class c a method of its type, as
// CPython's are, checking its first argument as CPython's wrapper does:
// a type deriving from c whose nearest builtin __new__ is this one
// (object.__new__(dict) would build a dict without its state).
func (c *Class) wrapNew(b *BuiltinFunction) {
	if b.Self == nil {
		b.Self = c.T()
	}
	inner := b.Fn
	b.Fn = func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		name := c.Name()
		if len(args)-len(kwnames) < 1 {
			return nil, NewError(py.TypeError, fmt.Sprintf("%s.__new__(): not enough arguments", name))
		}
		sub, ok := args[0].(*py.Type)
		if !ok {
			return nil, NewError(py.TypeError, fmt.Sprintf("%s.__new__(X): X is not a type object (%s)", name, TypeName(args[0])))
		}
		sc := ClassOf(sub)
		if !sc.IsSubclass(c) {
			return nil, NewError(py.TypeError, fmt.Sprintf("%s.__new__(%s): %s is not a subtype of %s", name, sub.Name, sub.Name, name))
		}
		// The nearest class along the base chain whose __new__ is not
		// written in Python must use this very __new__.
		static := sc
		for static.flags&clsHeap != 0 {
			if _, builtin := static.Lookup("__new__").(*BuiltinFunction); builtin {
				break
			}
			static = ClassOf(static.T().Base)
		}
		if nf, ok := static.Lookup("__new__").(*BuiltinFunction); ok && nf != b {
			return nil, NewError(py.TypeError, fmt.Sprintf("%s.__new__(%s) is not safe, use %s.__new__()", name, sub.Name, static.Name()))
		}
		return inner(t, args, kwnames)
	}
}
