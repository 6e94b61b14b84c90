package vm

import (
	"fmt"
	"sort"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/go-python/gpython/py"
)

// The methods of object and type, which every class inherits. Some are
// kept in variables so the VM can tell "not overridden" quickly.
var (
	objectNew          Object
	objectInit         Object
	objectGetAttribute Object
	objectSetAttr      Object
	objectDelAttr      Object
	typeGetAttribute   Object
	typeSetAttrFn      Object
	typeDelAttrFn      Object
	typeCall           Object
	typeNewFn          Object
	dictKeysMethod     Object
	dictIterMethod     Object
)

func binaryOpOf(i int) bytecode.BinaryOp   { return bytecode.BinaryOp(i) }
func compareOpOf(i int) bytecode.CompareOp { return bytecode.CompareOp(i) }

func init() {
	o := objectClass
	objectNew = &BuiltinFunction{Name: "__new__", Fn: objectNewImpl, Self: py.ObjectType, Doc: "Make a new instance of the type."}
	o.def("__new__", objectNew)
	objectInit = o.defMethod("__init__", objectInitImpl, "Initialize self.", "nounwrap")
	objectGetAttribute = o.defMethod("__getattribute__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := slotWrapperArgs("__getattribute__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return nil, err
		}
		return genericGetAttr(t, args[0], classOfObject(args[0]), name, strHash(name))
	}, "Return getattr(self, name).", "nounwrap")
	// object.__setattr__ and __delattr__ refuse class objects, whose own
	// type.__setattr__ must run (CPython's "hackcheck").
	objectSetAttr = o.defMethod("__setattr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := slotWrapperArgs("__setattr__", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return nil, err
		}
		if _, ok := args[0].(*py.Type); ok {
			return nil, NewError(py.TypeError, "can't apply this __setattr__ to type object")
		}
		return None, genericSetAttr(t, args[0], classOfObject(args[0]), name, strHash(name), args[2])
	}, "Set the named attribute: setattr(self, name, value).", "nounwrap")
	objectDelAttr = o.defMethod("__delattr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := slotWrapperArgs("__delattr__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return nil, err
		}
		if _, ok := args[0].(*py.Type); ok {
			return nil, NewError(py.TypeError, "can't apply this __delattr__ to type object")
		}
		return None, genericSetAttr(t, args[0], classOfObject(args[0]), name, strHash(name), nil)
	}, "Delete the named attribute: delattr(self, name).", "nounwrap")
	// BaseException names object's attribute protocol in its own
	// namespace, as CPython's does; sharing the very methods keeps the
	// VM's "not overridden" fast paths.
	baseExcClass.def("__getattribute__", objectGetAttribute)
	baseExcClass.def("__setattr__", objectSetAttr)
	baseExcClass.def("__delattr__", objectDelAttr)
	o.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__repr__", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		return py.String(defaultRepr(args[0])), nil
	}, "Return repr(self).", "nounwrap")
	o.defMethod("__str__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__str__", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		return Repr(t, args[0])
	}, "Return str(self).", "nounwrap")
	o.defMethod("__format__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__format__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		spec, ok := args[1].(py.String)
		if !ok {
			return nil, NewError(py.TypeError, fmt.Sprintf("__format__() argument must be str, not %s", TypeName(args[1])))
		}
		if spec != "" {
			return nil, NewError(py.TypeError, fmt.Sprintf("unsupported format string passed to %s.__format__", TypeName(args[0])))
		}
		return Str(t, args[0])
	}, "format(self, spec) for objects without a format of their own: str(self) when spec is empty.", "nounwrap")
	hashMD := o.defMethod("__hash__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__hash__", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		return NewInt(identityHash(args[0])), nil
	}, "Return hash(self).", "nounwrap")
	hashMD.hash = func(t *Thread, o Object) (int64, error) { return identityHash(o), nil }
	o.defCompare(func(t *Thread, op bytecode.CompareOp, self, other Object) (Object, error) {
		switch op {
		case bytecode.CmpEq:
			if Is(self, other) {
				return True, nil
			}
			return NotImplemented, nil
		case bytecode.CmpNe:
			// object.__ne__ inverts __eq__ unless that is NotImplemented.
			eq := classOfObject(self).special(spEq)
			if eq == nil {
				return NotImplemented, nil
			}
			r, err := callCompare(t, eq, bytecode.CmpEq, self, other)
			if err != nil || r == NotImplemented {
				return r, err
			}
			b, err := Truth(t, r)
			if err != nil {
				return nil, err
			}
			return NewBool(!b), nil
		}
		return NotImplemented, nil
	})
	for _, md := range []string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"} {
		if d, ok := o.ns.GetStr(md); ok {
			d.(*MethodDescr).unwrap = false
		}
	}
	o.defMethod("__init_subclass__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if len(args)-len(kwnames) > 1 || len(kwnames) > 0 {
			name := "object"
			if len(args) > 0 {
				if typ, ok := args[0].(*py.Type); ok {
					name = typeQualname(typ)
				}
			}
			return nil, NewError(py.TypeError, fmt.Sprintf("%s.__init_subclass__() takes no keyword arguments", name))
		}
		return None, nil
	}, "Called on a class when a subclass of it is created; does nothing by default.", "class")
	o.defMethod("__subclasshook__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return NotImplemented, nil
	}, "A hook for issubclass(); returns NotImplemented unless a class overrides it.", "class")
	o.defMethod("__dir__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__dir__", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		names, err := objectDir(t, args[0])
		if err != nil {
			return nil, err
		}
		items := make([]Object, len(names))
		for i, n := range names {
			items[i] = py.String(n)
		}
		return &py.List{Items: items}, nil
	}, "The names of the object's attributes, its own and its class's.", "nounwrap")
	o.defMethod("__sizeof__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__sizeof__", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		return NewInt(sizeOf(args[0])), nil
	}, "The object's size in bytes, as far as gilpy can tell.", "nounwrap")
	o.def("__class__", &getSetDescr{name: "__class__", owner: o,
		get: func(t *Thread, obj Object) (Object, error) { return TypeOf(obj), nil },
		set: func(t *Thread, obj, v Object) error {
			if v == nil {
				return NewError(py.TypeError, "can't delete __class__ attribute")
			}
			nt, ok := v.(*py.Type)
			if !ok {
				return NewError(py.TypeError, fmt.Sprintf("__class__ must be set to a class, not '%s' object", TypeName(v)))
			}
			nc := ClassOf(nt)
			if m, ok := obj.(*Module); ok && nc.IsSubclass(ModuleType) {
				return setModuleClass(m, nc)
			}
			inst, ok := obj.(*Instance)
			if !ok || inst.cls.flags&clsHeap == 0 || nc.flags&clsHeap == 0 {
				return NewError(py.TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses")
			}
			if err := compatibleForAssignment(inst.cls, nc, "__class__"); err != nil {
				return err
			}
			inst.cls = nc
			return nil
		}})
	o.def("__doc__", py.String("Every class derives from object.\n\nobject() takes no arguments; its instances have no attributes\nand accept none.\n"))
}

// objectDir is dir() of an object: its __dict__ keys and its class's
// attributes, sorted.
func objectDir(t *Thread, o Object) ([]string, error) {
	// object.__dir__ lists names in the order CPython's merge of
	// namespaces finds them (dir() sorts them): the instance's own
	// attributes, then its class's namespace, then each base's, depth
	// first along __bases__.
	var out []string
	seen := map[string]bool{}
	add := func(name string) {
		if !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	if d := instanceDict(o); d != nil {
		for _, k := range d.Keys() {
			if s, ok := k.(py.String); ok {
				add(string(s))
			}
		}
	}
	if e, ok := o.(*py.Exception); ok {
		// An exception's __dict__ (in order), then its fields, which
		// live in a Go map: sorted, so that the result is stable.
		if d := excUserDict(e); d != nil {
			for _, k := range d.Keys() {
				if s, ok := k.(py.String); ok {
					add(string(s))
				}
			}
		}
		keys := make([]string, 0, len(e.Dict))
		for k := range e.Dict {
			if k != excDictKey {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		for _, k := range keys {
			add(k)
		}
	}
	c := classOfObject(o)
	if typ, ok := o.(*py.Type); ok {
		c = ClassOf(typ)
	}
	done := map[*Class]bool{}
	var merge func(c *Class)
	merge = func(c *Class) {
		if done[c] {
			return
		}
		done[c] = true
		for _, k := range c.ns.Keys() {
			if s, ok := k.(py.String); ok {
				add(string(s))
			}
		}
		for _, b := range c.Type.Bases {
			if bt, ok := b.(*py.Type); ok {
				merge(ClassOf(bt))
			}
		}
	}
	merge(c)
	for _, m := range c.mro {
		merge(m) // classes the bases do not reach (a shadow's mro)
	}
	return out, nil
}

// dirNames is dir(o) through __dir__.
func dirNames(t *Thread, o Object) ([]string, error) {
	r, err := builtinDir(t, []Object{o}, nil)
	if err != nil {
		return nil, err
	}
	l := r.(*py.List)
	out := make([]string, 0, len(l.Items))
	for _, it := range l.Items {
		if s, ok := it.(py.String); ok {
			out = append(out, string(s))
		}
	}
	return out, nil
}

func builtinDir(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("dir", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		loc := frameLocals(t.frame)
		keys, err := Collect(t, loc)
		if err != nil {
			return nil, err
		}
		l := &py.List{Items: keys}
		_, err = listSort(t, []Object{l}, nil)
		return l, err
	}
	o := args[0]
	var names []string
	var err error
	switch v := o.(type) {
	case *Module:
		if d, ok := v.dict.GetStr("__dir__"); ok {
			r, err := Call(t, d, nil, nil)
			if err != nil {
				return nil, err
			}
			return sortedList(t, r)
		}
		for _, k := range v.dict.Keys() {
			if s, ok := k.(py.String); ok {
				names = append(names, string(s))
			}
		}
		sort.Strings(names)
	case *py.Type:
		// A metaclass's own __dir__ (enum's) answers for its classes.
		if meta := classOfObject(o); meta != typeClass {
			for _, m := range meta.mro {
				if m == typeClass || m == objectClass {
					break
				}
				if fn, ok := m.ns.GetStr("__dir__"); ok {
					r, err := callMethod(t, fn, o, nil, nil)
					if err != nil {
						return nil, err
					}
					return sortedList(t, r)
				}
			}
		}
		seen := map[string]bool{}
		for _, m := range ClassOf(v).mro {
			for _, k := range m.ns.Keys() {
				if s, ok := k.(py.String); ok {
					seen[string(s)] = true
				}
			}
		}
		for k := range seen {
			names = append(names, k)
		}
		sort.Strings(names)
	default:
		m := classOfObject(o).special(spDir)
		r, err := callMethod(t, m, o, nil, nil)
		if err != nil {
			return nil, err
		}
		return sortedList(t, r)
	}
	if err != nil {
		return nil, err
	}
	items := make([]Object, len(names))
	for i, n := range names {
		items[i] = py.String(n)
	}
	return &py.List{Items: items}, nil
}

func sortedList(t *Thread, o Object) (Object, error) {
	items, err := Collect(t, o)
	if err != nil {
		return nil, err
	}
	l := &py.List{Items: items}
	_, err = listSort(t, []Object{l}, nil)
	return l, err
}

// getSetDescr is a computed attribute of a builtin type (__class__,
// __name__, __dict__...).
type getSetDescr struct {
	name  string
	owner *Class
	get   func(t *Thread, obj Object) (Object, error)
	set   func(t *Thread, obj, v Object) error // v nil: delete
	doc   string
	// member makes it a member_descriptor, as CPython's attributes
	// stored in an object's struct (rather than computed) are.
	member bool
}

var getSetDescrType = newBuiltinType("getset_descriptor", "", nil)

func (g *getSetDescr) Type() *Type {
	if g.member {
		return &memberDescrType.Type
	}
	return &getSetDescrType.Type
}

func (g *getSetDescr) descrGet(t *Thread, obj Object, typ *py.Type) (Object, error) {
	if obj == nil || obj == None && typ != TypeOf(None) {
		return g, nil
	}
	return g.get(t, obj)
}

func (g *getSetDescr) descrSet(t *Thread, obj, v Object) error {
	if g.set == nil {
		if v == nil {
			return NewError(py.AttributeError, fmt.Sprintf("attribute '%s' of '%s' objects is not writable", g.name, g.owner.Name()))
		}
		return NewError(py.AttributeError, fmt.Sprintf("attribute '%s' of '%s' objects is not writable", g.name, g.owner.Name()))
	}
	return g.set(t, obj, v)
}

// defGetSet registers a computed attribute.
func (c *Class) defGetSet(name string, get func(t *Thread, obj Object) (Object, error), set func(t *Thread, obj, v Object) error) {
	c.def(name, &getSetDescr{name: name, owner: c, get: get, set: set})
}

// defMember registers an attribute CPython exposes as a member (a
// member_descriptor) rather than a computed getset_descriptor.
func (c *Class) defMember(name string, get func(t *Thread, obj Object) (Object, error), set func(t *Thread, obj, v Object) error) {
	c.def(name, &getSetDescr{name: name, owner: c, get: get, set: set, member: true})
}
