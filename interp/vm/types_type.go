package vm

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/go-python/gpython/py"
)

// MappingProxyType is types.MappingProxyType, the read-only view of a
// class's namespace that cls.__dict__ returns.
var MappingProxyType = newBuiltinType("mappingproxy", "Read-only proxy of a mapping.", nil)

// MappingProxy is a read-only view of a mapping.
type MappingProxy struct{ m Object }

// Type implements py.Object.
func (p *MappingProxy) Type() *Type { return &MappingProxyType.Type }

func typeArg(o Object) (*py.Type, *Class) {
	typ := o.(*py.Type)
	return typ, ClassOf(typ)
}

func init() {
	c := typeClass
	typeNewFn = &BuiltinFunction{Name: "__new__", Fn: typeNew, Self: py.TypeType, Doc: "Make a new instance of the type."}
	c.def("__new__", typeNewFn)
	c.defMethod("__init__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		n := len(args) - len(kwnames) - 1
		if n != 1 && n != 3 {
			return nil, NewError(py.TypeError, "type.__init__() takes 1 or 3 arguments")
		}
		return None, nil
	}, "Initialize self.", "nounwrap")
	typeCall = c.defMethod("__call__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		typ, ok := args[0].(*py.Type)
		if !ok {
			return nil, NewError(py.TypeError, "descriptor '__call__' requires a 'type' object")
		}
		return typeCallImpl(t, typ, args[1:], kwnames)
	}, "Call the object: self(*args, **kwargs).", "nounwrap")
	typeGetAttribute = c.defMethod("__getattribute__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := slotWrapperArgs("__getattribute__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return nil, err
		}
		typ := args[0].(*py.Type)
		return typeGenericGetAttr(t, typ, ClassOf(TypeOf(typ)), name, strHash(name))
	}, "Return getattr(self, name).", "nounwrap")
	typeSetAttrFn = c.defMethod("__setattr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := slotWrapperArgs("__setattr__", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return nil, err
		}
		typ := args[0].(*py.Type)
		return None, typeGenericSetAttr(t, typ, ClassOf(TypeOf(typ)), name, args[2])
	}, "Set the named attribute: setattr(self, name, value).", "nounwrap")
	typeDelAttrFn = c.defMethod("__delattr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := slotWrapperArgs("__delattr__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return nil, err
		}
		typ := args[0].(*py.Type)
		return None, typeGenericSetAttr(t, typ, ClassOf(TypeOf(typ)), name, nil)
	}, "Delete the named attribute: delattr(self, name).", "nounwrap")
	c.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		typ, ok := args[0].(*py.Type)
		if !ok {
			return py.String(defaultRepr(args[0])), nil
		}
		return py.String(reprType(typ)), nil
	}, "Return repr(self).", "nounwrap")
	c.defMethod("mro", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		_, cls := typeArg(args[0])
		return &py.List{Items: append([]Object(nil), cls.mroTuple()...)}, nil
	}, "The order in which the class and its bases are searched for attributes.", "nounwrap")
	c.defMethod("__subclasses__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		_, cls := typeArg(args[0])
		items := make([]Object, 0, len(cls.subclasses))
		subs := cls.subclasses
		if cls.flags&clsHeap == 0 && IsSubtype(cls.T(), py.BaseException) {
			subs = builtinExcOrder(subs)
		}
		for _, s := range subs {
			items = append(items, s.T())
		}
		if cls.flags&clsHeap == 0 {
			for _, s := range t.interp.builtinSubs[cls] {
				items = append(items, s.T())
			}
		}
		return &py.List{Items: items}, nil
	}, "The direct subclasses of the class that still exist.", "nounwrap")
	c.defMethod("__instancecheck__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__instancecheck__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		r, err := objectIsInstance(t, args[1], args[0])
		return NewBool(r), err
	}, "isinstance(obj, self), as the class decides it.", "nounwrap")
	c.defMethod("__subclasscheck__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__subclasscheck__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		r, err := recursiveIsSubclass(t, args[1], args[0])
		return NewBool(r), err
	}, "issubclass(cls, self), as the class decides it.", "nounwrap")
	c.defMethod("__prepare__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return NewDict(0), nil
	}, "Create the namespace for the class statement.", "class")
	c.defMethod("__or__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return unionOf(t, args[0], args[1])
	}, "Return self|value.", "nounwrap")
	c.defMethod("__ror__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return unionOf(t, args[1], args[0])
	}, "Return value|self.", "nounwrap")
	c.defMethod("__dir__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return builtinDir(t, []Object{args[0]}, nil)
	}, "The attribute names of the class and of its bases.", "nounwrap")
	c.defGetSet("__name__", func(t *Thread, o Object) (Object, error) {
		typ, cls := typeArg(o)
		if (cls.flags&clsHeap == 0 && cls.native == nil) || cls.flags&clsDottedName != 0 {
			// A type a module defines in Go is named "module.name", as
			// CPython's static types are (error messages show that),
			// and its __name__ is the last part.
			if i := strings.LastIndexByte(typ.Name, '.'); i >= 0 {
				return py.String(typ.Name[i+1:]), nil
			}
		}
		return py.String(typ.Name), nil
	}, func(t *Thread, o, v Object) error {
		typ, cls := typeArg(o)
		if err := checkSpecialTypeAttr(cls, v, "__name__"); err != nil {
			return err
		}
		s, ok := v.(py.String)
		if !ok {
			return NewError(py.TypeError, fmt.Sprintf("can only assign string to %s.__name__, not '%s'", typ.Name, TypeName(v)))
		}
		if strings.IndexByte(string(s), 0) >= 0 {
			return NewError(py.ValueError, "type name must not contain null characters")
		}
		typ.Name = string(s)
		cls.flags &^= clsDottedName
		return nil
	})
	c.defGetSet("__qualname__", func(t *Thread, o Object) (Object, error) {
		return py.String(typeQualname(o.(*py.Type))), nil
	}, func(t *Thread, o, v Object) error {
		typ, cls := typeArg(o)
		if err := checkSpecialTypeAttr(cls, v, "__qualname__"); err != nil {
			return err
		}
		s, ok := v.(py.String)
		if !ok {
			return NewError(py.TypeError, fmt.Sprintf("can only assign string to %s.__qualname__, not '%s'", typ.Name, TypeName(v)))
		}
		cls.Type.Qualname = string(s)
		return nil
	})
	// The memory-layout attributes describe a CPython object's C struct;
	// gilpy's values follow the same rules (what is inline, what has a
	// dict or weak references) without claiming the same byte counts.
	c.defMember("__basicsize__", func(t *Thread, o Object) (Object, error) {
		cls := ClassOf(o.(*py.Type))
		n := 16 + 8*len(cls.slotNames)
		if cls.flags&clsHeap != 0 {
			if cls.flags&clsHasDict != 0 {
				n += 8
			}
			if cls.flags&clsHasWeakref != 0 {
				n += 8
			}
		}
		return NewInt(int64(n)), nil
	}, nil)
	c.defMember("__itemsize__", func(t *Thread, o Object) (Object, error) {
		cls := ClassOf(o.(*py.Type))
		switch {
		case cls.IsSubclass(intClass):
			return NewInt(4), nil
		case cls.IsSubclass(tupleClass):
			return NewInt(8), nil
		case cls.IsSubclass(bytesClass):
			return NewInt(1), nil
		}
		return NewInt(0), nil
	}, nil)
	c.defMember("__dictoffset__", func(t *Thread, o Object) (Object, error) {
		if ClassOf(o.(*py.Type)).flags&clsHasDict != 0 {
			return NewInt(-1), nil
		}
		return NewInt(0), nil
	}, nil)
	c.defMember("__weakrefoffset__", func(t *Thread, o Object) (Object, error) {
		if ClassOf(o.(*py.Type)).flags&clsHasWeakref != 0 {
			return NewInt(16), nil
		}
		return NewInt(0), nil
	}, nil)
	c.defGetSet("__text_signature__", func(t *Thread, o Object) (Object, error) {
		if o == Object(py.ObjectType) {
			return py.String("()"), nil
		}
		return None, nil
	}, nil)
	c.defGetSet("__flags__", func(t *Thread, o Object) (Object, error) {
		return NewInt(int64(typeFlags(ClassOf(o.(*py.Type))))), nil
	}, nil)
	c.defGetSet("__module__", func(t *Thread, o Object) (Object, error) {
		_, cls := typeArg(o)
		m, ok := cls.ns.GetStr("__module__")
		if cls.flags&clsHeap != 0 {
			if !ok {
				return nil, NewError(py.AttributeError, "__module__")
			}
			return m, nil
		}
		// A builtin type's namespace may hold this very descriptor
		// (type's does); only a string there names a module.
		if s, ok := m.(py.String); ok {
			return s, nil
		}
		return py.String("builtins"), nil
	}, func(t *Thread, o, v Object) error {
		_, cls := typeArg(o)
		cls.setAttr("__module__", v)
		return nil
	})
	c.defGetSet("__doc__", func(t *Thread, o Object) (Object, error) {
		typ, cls := typeArg(o)
		// A builtin type's documentation is its Doc, as CPython reads a
		// static type's tp_doc first: its namespace may hold a __doc__
		// descriptor for its instances (type's own holds this one).
		if cls.flags&clsImmutable != 0 && typ.Doc != "" {
			return py.String(typ.Doc), nil
		}
		if d, ok := cls.ns.GetStr("__doc__"); ok {
			if gs, ok := d.(*getSetDescr); ok {
				if gs.owner == cls {
					return None, nil
				}
				return gs.get(t, typ)
			}
			return d, nil
		}
		if typ.Doc != "" {
			return py.String(typ.Doc), nil
		}
		return None, nil
	}, func(t *Thread, o, v Object) error {
		_, cls := typeArg(o)
		cls.setAttr("__doc__", v)
		return nil
	})
	c.defGetSet("__dict__", func(t *Thread, o Object) (Object, error) {
		_, cls := typeArg(o)
		return &MappingProxy{m: cls.ns}, nil
	}, nil)
	c.defMember("__mro__", func(t *Thread, o Object) (Object, error) {
		_, cls := typeArg(o)
		return cls.mroTuple(), nil
	}, func(t *Thread, o, v Object) error {
		return NewError(py.AttributeError, "readonly attribute")
	})
	c.defGetSet("__bases__", func(t *Thread, o Object) (Object, error) {
		typ, _ := typeArg(o)
		if typ == py.ObjectType {
			return Tuple{}, nil
		}
		if typ.Bases == nil {
			return Tuple{py.ObjectType}, nil
		}
		return append(Tuple(nil), typ.Bases...), nil
	}, func(t *Thread, o, v Object) error {
		_, cls := typeArg(o)
		return cls.setBases(t, v)
	})
	c.defGetSet("__base__", func(t *Thread, o Object) (Object, error) {
		typ, _ := typeArg(o)
		if typ.Base == nil || typ == py.ObjectType {
			return None, nil
		}
		return typ.Base, nil
	}, nil)
	c.defGetSet("__abstractmethods__", func(t *Thread, o Object) (Object, error) {
		typ, cls := typeArg(o)
		if v, ok := cls.ns.GetStr("__abstractmethods__"); ok && typ != py.TypeType {
			return v, nil
		}
		return nil, NewError(py.AttributeError, "__abstractmethods__")
	}, func(t *Thread, o, v Object) error {
		_, cls := typeArg(o)
		if v == nil {
			if !cls.deleteAttr("__abstractmethods__") {
				return NewError(py.AttributeError, "__abstractmethods__")
			}
			cls.flags &^= clsAbstract
			return nil
		}
		cls.setAttr("__abstractmethods__", v)
		if ok, _ := Truth(t, v); ok {
			cls.flags |= clsAbstract
		} else {
			cls.flags &^= clsAbstract
		}
		return nil
	})
	c.defGetSet("__annotations__", func(t *Thread, o Object) (Object, error) {
		typ, cls := typeArg(o)
		if v, ok := cls.ns.GetStr("__annotations__"); ok {
			return v, nil
		}
		if cls.flags&clsImmutable != 0 {
			return nil, NewError(py.AttributeError, fmt.Sprintf("type object '%s' has no attribute '__annotations__'", typ.Name))
		}
		d := NewDict(0)
		cls.setAttr("__annotations__", d)
		return d, nil
	}, func(t *Thread, o, v Object) error {
		_, cls := typeArg(o)
		if v == nil {
			cls.deleteAttr("__annotations__")
			return nil
		}
		cls.setAttr("__annotations__", v)
		return nil
	})

	m := MappingProxyType
	m.defMethod("__getitem__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return GetItem(t, args[0].(*MappingProxy).m, args[1])
	}, "")
	m.defMethod("__len__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		n, err := Len(t, args[0].(*MappingProxy).m)
		return NewInt(int64(n)), err
	}, "")
	m.defMethod("__iter__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return Iter(t, args[0].(*MappingProxy).m)
	}, "")
	m.defMethod("__contains__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		r, err := Contains(t, args[0].(*MappingProxy).m, args[1])
		return NewBool(r), err
	}, "")
	for _, name := range []string{"keys", "values", "items", "get", "copy"} {
		name := name
		m.defMethod(name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			meth, err := GetAttr(t, args[0].(*MappingProxy).m, name)
			if err != nil {
				return nil, err
			}
			return Call(t, meth, args[1:], kwnames)
		}, "")
	}
	// a | b with a proxy on either side is the same operation on the
	// mapping it shows (a new dict for dicts); |= would change the
	// mapping, which a read-only view refuses.
	proxied := func(o Object) Object {
		if p, ok := o.(*MappingProxy); ok {
			return p.m
		}
		return o
	}
	m.defMethod("__or__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return BinaryOp(t, bytecode.OpOr, proxied(args[0]), proxied(args[1]))
	}, "")
	m.defMethod("__ror__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return BinaryOp(t, bytecode.OpOr, proxied(args[1]), proxied(args[0]))
	}, "")
	m.defMethod("__ior__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return nil, NewError(py.TypeError, "'|=' is not supported by mappingproxy; use '|' instead")
	}, "")
	m.defMethod("__reversed__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return Call(t, ReversedType.T(), Tuple{args[0].(*MappingProxy).m}, nil)
	}, "")
	m.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		r, err := ReprString(t, args[0].(*MappingProxy).m)
		if err != nil {
			return nil, err
		}
		return py.String("mappingproxy(" + r + ")"), nil
	}, "")
	// str() shows the mapping itself, as CPython's mappingproxy does.
	m.defMethod("__str__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return Str(t, args[0].(*MappingProxy).m)
	}, "")
}

// UnionTypeType is types.UnionType, the type of int | str.
var UnionTypeType = newBuiltinType("UnionType", "Represent a PEP 604 union type", nil)

// UnionType is X | Y for types.
type UnionType struct{ args Tuple }

// Type implements py.Object.
func (u *UnionType) Type() *Type { return &UnionTypeType.Type }

// unionOf is type.__or__.
func unionOf(t *Thread, a, b Object) (Object, error) {
	ok := func(o Object) bool {
		switch unwrap(o).(type) {
		case *py.Type, *UnionType, *GenericAlias, py.NoneType:
			return true
		}
		return false
	}
	if !ok(a) || !ok(b) {
		return NotImplemented, nil
	}
	var args Tuple
	add := func(o Object) {
		if o == None {
			o = TypeOf(None)
		}
		if u, ok := o.(*UnionType); ok {
			for _, x := range u.args {
				args = appendUnique(args, x)
			}
			return
		}
		args = appendUnique(args, o)
	}
	add(a)
	add(b)
	if len(args) == 1 {
		return args[0], nil
	}
	return &UnionType{args: args}, nil
}

func appendUnique(t Tuple, o Object) Tuple {
	for _, x := range t {
		if Is(x, o) {
			return t
		}
	}
	return append(t, o)
}

// GenericAliasType is types.GenericAlias, the type of list[int].
var GenericAliasType = newBuiltinType("GenericAlias", "Represent a PEP 585 generic type", nil)

// GenericAlias is a subscripted builtin type such as list[int].
type GenericAlias struct {
	origin Object
	args   Tuple
	params Tuple // type variables among args; nil until computed
}

// Type implements py.Object.
func (g *GenericAlias) Type() *Type { return &GenericAliasType.Type }

func init() {
	// The builtin generic classes whose subscription makes an alias
	// (dict, set and frozenset define theirs beside their other methods).
	for _, c := range []*Class{listClass, tupleClass, EnumerateType, ClassOf(BaseExceptionGroup)} {
		c.defMethod("__class_getitem__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := checkArgs("__class_getitem__", args[1:], kwnames, 1, 1); err != nil {
				return nil, err
			}
			return newGenericAlias(args[0], args[1]), nil
		}, "A generic alias of the class, such as C[int], for annotations.", "class")
	}
}

func newGenericAlias(origin Object, args Object) *GenericAlias {
	if tup, ok := args.(Tuple); ok {
		return &GenericAlias{origin: origin, args: tup}
	}
	return &GenericAlias{origin: origin, args: Tuple{args}}
}

// typeReprForAlias renders a type inside a generic alias or union repr.
func typeReprForAlias(t *Thread, o Object) (string, error) {
	switch v := o.(type) {
	case *py.Type:
		c := ClassOf(v)
		mod := "builtins"
		if m, ok := c.ns.GetStr("__module__"); ok {
			if s, ok := m.(py.String); ok {
				mod = string(s)
			}
		}
		name := v.Name
		if c.Type.Qualname != "" && c.native == nil {
			name = c.Type.Qualname
		}
		if v == TypeOf(None) {
			return "None", nil
		}
		if mod == "builtins" {
			return name, nil
		}
		return mod + "." + name, nil
	case py.EllipsisType:
		return "...", nil
	}
	return ReprString(t, o)
}

// checkSpecialTypeAttr refuses to set or delete __name__, __qualname__
// and __bases__ of builtin types, and to delete them from any class.
func checkSpecialTypeAttr(c *Class, v Object, name string) error {
	if c.flags&clsHeap == 0 {
		return NewError(py.TypeError, fmt.Sprintf("cannot set '%s' attribute of immutable type '%s'", name, c.Name()))
	}
	if v == nil {
		return NewError(py.TypeError, fmt.Sprintf("cannot delete '%s' attribute of immutable type '%s'", name, c.Name()))
	}
	return nil
}

// typeFlags is a class's __flags__, with the bits of CPython's that a
// program can meaningfully test.
func typeFlags(c *Class) uint {
	var f uint
	if c.flags&clsHeap != 0 {
		f |= py.TPFLAGS_HEAPTYPE
	}
	if c.flags&clsBaseType != 0 {
		f |= py.TPFLAGS_BASETYPE
	}
	if c.flags&clsAbstract != 0 {
		f |= py.TPFLAGS_IS_ABSTRACT
	}
	for _, sub := range []struct {
		base *Class
		flag uint
	}{{intClass, py.TPFLAGS_LONG_SUBCLASS}, {listClass, py.TPFLAGS_LIST_SUBCLASS},
		{tupleClass, py.TPFLAGS_TUPLE_SUBCLASS}, {bytesClass, py.TPFLAGS_BYTES_SUBCLASS},
		{strClass, py.TPFLAGS_UNICODE_SUBCLASS}, {DictType, py.TPFLAGS_DICT_SUBCLASS},
		{baseExcClass, py.TPFLAGS_BASE_EXC_SUBCLASS}, {typeClass, py.TPFLAGS_TYPE_SUBCLASS}} {
		if c.IsSubclass(sub.base) {
			f |= sub.flag
		}
	}
	return f | py.TPFLAGS_READY
}

// setBases is assignment to __bases__: the new bases must keep the
// instance layout; the MRO of the class and of every class deriving from
// it is recomputed, and the caches invalidated.
func (c *Class) setBases(t *Thread, v Object) error {
	if err := checkSpecialTypeAttr(c, v, "__bases__"); err != nil {
		return err
	}
	bases, ok := v.(Tuple)
	if !ok {
		return NewError(py.TypeError, fmt.Sprintf("can only assign tuple to %s.__bases__, not %s", c.Name(), TypeName(v)))
	}
	if len(bases) == 0 {
		return NewError(py.TypeError, fmt.Sprintf("can only assign non-empty tuple to %s.__bases__, not ()", c.Name()))
	}
	baseClasses := make([]*Class, len(bases))
	for i, b := range bases {
		bt, ok := b.(*py.Type)
		if !ok {
			return NewError(py.TypeError, fmt.Sprintf("%s.__bases__ must be tuple of classes, not '%s'", c.Name(), TypeName(b)))
		}
		bc := ClassOf(bt)
		if bc.IsSubclass(c) {
			return NewError(py.TypeError, "a __bases__ item causes an inheritance cycle")
		}
		baseClasses[i] = bc
	}
	best, err := bestBase(baseClasses)
	if err != nil {
		return err
	}
	if err := compatibleForAssignment(ClassOf(c.Type.Base), best, "__bases__"); err != nil {
		return err
	}
	oldBases, oldBase, oldMro := c.Type.Bases, c.Type.Base, c.mro
	c.Type.Bases, c.Type.Base = append(Tuple(nil), bases...), best.T()
	if err := c.recomputeMro(t); err != nil {
		c.Type.Bases, c.Type.Base, c.mro = oldBases, oldBase, oldMro
		c.Type.Mro = c.mroTuple()
		return err
	}
	for _, ob := range oldBases {
		oc := ClassOf(ob.(*py.Type))
		if oc.flags&clsHeap == 0 {
			subs := t.interp.builtinSubs[oc]
			for i, s := range subs {
				if s == c {
					t.interp.builtinSubs[oc] = append(subs[:i:i], subs[i+1:]...)
					break
				}
			}
			continue
		}
		for i, s := range oc.subclasses {
			if s == c {
				oc.subclasses = append(oc.subclasses[:i:i], oc.subclasses[i+1:]...)
				break
			}
		}
	}
	for _, bc := range baseClasses {
		if bc.flags&clsHeap != 0 {
			bc.subclasses = append(bc.subclasses, c)
		} else {
			t.interp.addBuiltinSubclass(bc, c)
		}
	}
	c.invalidate()
	return nil
}

// recomputeMro recomputes the MRO of c and of the classes deriving from
// it, after a change of bases.
func (c *Class) recomputeMro(t *Thread) error {
	baseClasses := make([]*Class, len(c.Type.Bases))
	for i, b := range c.Type.Bases {
		baseClasses[i] = ClassOf(b.(*py.Type))
	}
	mro, err := computeMro(t, c, baseClasses)
	if err != nil {
		return err
	}
	c.mro = mro
	c.Type.Mro = c.mroTuple()
	for _, s := range c.subclasses {
		if err := s.recomputeMro(t); err != nil {
			return err
		}
	}
	return nil
}

// sameSlotsAdded reports whether two classes that each add slots to
// their instances add the same ones to the same base, which lays their
// instances out alike (class A: __slots__ = ('x',) and class B:
// __slots__ = ('x',) may take each other's instances, as in CPython).
func sameSlotsAdded(a, b *Class) bool {
	if a.flags&clsHeap == 0 || b.flags&clsHeap == 0 || a.T().Base != b.T().Base ||
		a.ownSlotCount != b.ownSlotCount || a.flags&(clsHasDict|clsHasWeakref) != b.flags&(clsHasDict|clsHasWeakref) {
		return false
	}
	an, bn := a.slotNames[len(a.slotNames)-a.ownSlotCount:], b.slotNames[len(b.slotNames)-b.ownSlotCount:]
	for i := range an {
		if an[i] != bn[i] {
			return false
		}
	}
	return true
}

// compatibleForAssignment checks that objects laid out for class from can
// become objects of class to (assignment to __class__ or __bases__).
func compatibleForAssignment(from, to *Class, attr string) error {
	fs, ts := from.solidBase(), to.solidBase()
	if fs != ts && !sameSlotsAdded(fs, ts) || from.layout != to.layout || len(from.slotNames) != len(to.slotNames) ||
		(from.flags&clsHasDict != 0) != (to.flags&clsHasDict != 0) {
		return NewError(py.TypeError, fmt.Sprintf("%s assignment: '%s' object layout differs from '%s'", attr, to.Name(), from.Name()))
	}
	for i, n := range from.slotNames {
		if to.slotNames[i] != n {
			return NewError(py.TypeError, fmt.Sprintf("%s assignment: '%s' object layout differs from '%s'", attr, to.Name(), from.Name()))
		}
	}
	return nil
}

// addBuiltinSubclass records that class c derives from the builtin class
// b, for b.__subclasses__().
func (in *Interp) addBuiltinSubclass(b, c *Class) {
	if in.builtinSubs == nil {
		in.builtinSubs = map[*Class][]*Class{}
	}
	in.builtinSubs[b] = append(in.builtinSubs[b], c)
}

// builtinExcOrder orders the builtin subclasses of a builtin exception
// class as CPython 3.11 creates them, by name, before ExceptionGroup and
// the exception classes of library modules (kept in their own order).
func builtinExcOrder(subs []*Class) []*Class {
	out := append([]*Class(nil), subs...)
	isCore := func(c *Class) bool {
		if c.T() == ExceptionGroup {
			return false
		}
		m, ok := c.ns.GetStr("__module__")
		s, isStr := m.(py.String)
		return !ok || !isStr || s == "builtins"
	}
	sort.SliceStable(out, func(i, j int) bool {
		ci, cj := isCore(out[i]), isCore(out[j])
		if ci != cj {
			return ci
		}
		return ci && out[i].T().Name < out[j].T().Name
	})
	return out
}
