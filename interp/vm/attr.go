package vm

import (
	"fmt"

	"github.com/gilpy/gilpy/interp/pystr"

	"github.com/go-python/gpython/py"
)

// Attribute access follows CPython's object.__getattribute__: data
// descriptors on the type win over the instance's __dict__, which wins
// over other class attributes; __getattr__ is the last resort.

// descrGetter is implemented by Go descriptors (functions, properties,
// method descriptors...): their __get__.
type descrGetter interface {
	descrGet(t *Thread, obj Object, typ *py.Type) (Object, error)
}

// descrSetter is implemented by Go data descriptors: their __set__, or
// __delete__ when value is nil.
type descrSetter interface {
	descrSet(t *Thread, obj, value Object) error
}

// GoDescriptor is implemented by descriptors that module packages write
// in Go: DescrGet is their __get__, with obj nil for an access through
// the class.
type GoDescriptor interface {
	DescrGet(t *Thread, obj Object, typ *py.Type) (Object, error)
}

// GoDataDescriptor is implemented by data descriptors that module
// packages write in Go: DescrSet is their __set__, or __delete__ when
// value is nil.
type GoDataDescriptor interface {
	DescrSet(t *Thread, obj, value Object) error
}

// bindDescriptor applies v's __get__ for an attribute found on obj's
// type; a value that is not a descriptor is returned as is.
func bindDescriptor(t *Thread, v, obj Object) (Object, error) {
	switch d := v.(type) {
	case *Function:
		return &BoundMethod{Fn: d, Self: obj}, nil
	case descrGetter:
		return d.descrGet(t, obj, TypeOf(obj))
	case GoDescriptor:
		return d.DescrGet(t, obj, TypeOf(obj))
	case *Instance:
		if get := d.cls.special(spGet); get != nil {
			return callMethod(t, get, v, []Object{obj, TypeOf(obj)}, nil)
		}
	}
	return v, nil
}

// isDataDescriptor reports whether v, found on a type, takes precedence
// over an instance's __dict__.
func isDataDescriptor(v Object) bool {
	switch d := v.(type) {
	case descrSetter, GoDataDescriptor:
		return true
	case *Instance:
		return d.cls.special(spSet) != nil || d.cls.special(spDelete) != nil
	}
	return false
}

// isDataDescriptorWithGet reports whether v, found on a type, decides
// attribute reads before an instance's __dict__: a data descriptor that
// has a __get__ (one with only __set__ or __delete__ lets the dict
// answer reads).
func isDataDescriptorWithGet(v Object) bool {
	switch d := v.(type) {
	case descrSetter:
		return true
	case GoDataDescriptor:
		_, ok := d.(GoDescriptor)
		return ok
	case *Instance:
		return d.cls.special(spGet) != nil && (d.cls.special(spSet) != nil || d.cls.special(spDelete) != nil)
	}
	return false
}

// hasGet reports whether v is a descriptor at all.
func hasGet(v Object) bool {
	switch d := v.(type) {
	case *Function, descrGetter, GoDescriptor:
		return true
	case *Instance:
		return d.cls.special(spGet) != nil
	}
	return false
}

// instanceDict returns the __dict__ of o when it has one.
func instanceDict(o Object) *Dict {
	switch v := o.(type) {
	case *Instance:
		return v.dict
	case *Module:
		return v.dict
	case *Function:
		return v.dict
	}
	return nil
}

// GetAttr returns o.name.
func GetAttr(t *Thread, o Object, name string) (Object, error) {
	return getAttrHashed(t, o, name, strHash(name))
}

func getAttrHashed(t *Thread, o Object, name string, h uint64) (res Object, err error) {
	switch v := o.(type) {
	case *Module:
		res, err = t.moduleGetAttr(v, name, h)
	case *py.Type:
		res, err = typeGetAttr(t, v, name, h)
	default:
		c := classOfObject(o)
		if ga := c.special(spGetAttribute); ga != nil && ga != objectGetAttribute {
			res, err = callMethod(t, ga, o, []Object{py.String(name)}, nil)
			if err != nil && c.special(spGetAttr) != nil && isAttributeError(err) {
				res, err = callMethod(t, c.special(spGetAttr), o, []Object{py.String(name)}, nil)
			}
		} else {
			res, err = genericGetAttr(t, o, c, name, h)
			if err != nil && isAttributeError(err) {
				if getattr := c.special(spGetAttr); getattr != nil {
					res, err = callMethod(t, getattr, o, []Object{py.String(name)}, nil)
				}
			}
		}
	}
	if err != nil {
		attributeErrorContext(err, o, name)
	}
	return res, err
}

// attributeErrorContext gives an AttributeError that failed a lookup of
// o.name, and that does not name an attribute or object yet (one raised
// by a __getattr__, a property or a __getattribute__), the name and the
// object, as CPython does for its "Did you mean" hint.
func attributeErrorContext(err error, o Object, name string) {
	e, ok := err.(*py.Exception)
	if !ok || !IsSubtype(TypeOf(e), py.AttributeError) {
		return
	}
	if _, has := e.Dict["name"]; has {
		return
	}
	if _, has := e.Dict["obj"]; has {
		return
	}
	setExcAttr(e, "name", py.String(name))
	setExcAttr(e, "obj", o)
}

// genericGetAttr is object.__getattribute__.
func genericGetAttr(t *Thread, o Object, c *Class, name string, h uint64) (Object, error) {
	attr, _ := c.lookupHashed(name, h)
	if attr != nil && isDataDescriptorWithGet(attr) {
		return bindDescriptor(t, attr, o)
	}
	switch v := o.(type) {
	case *Instance:
		if v.dict != nil {
			if r, ok := v.dict.getStrHashed(name, h); ok {
				return r, nil
			}
		}
	case *Function:
		if v.dict != nil {
			if r, ok := v.dict.getStrHashed(name, h); ok {
				return r, nil
			}
		}
	case *py.Exception:
		if d := excUserDict(v); d != nil {
			if r, ok := d.getStrHashed(name, h); ok {
				return r, nil
			}
		}
	}
	if attr != nil {
		return bindDescriptor(t, attr, o)
	}
	return nil, attributeError(o, name)
}

// attributeError is the AttributeError CPython raises for a missing
// attribute, carrying name and obj for the "Did you mean" hint.
func attributeError(o Object, name string) error {
	e := NewError(py.AttributeError, fmt.Sprintf("'%s' object has no attribute '%s'", TypeName(o), name))
	setExcAttr(e, "name", py.String(name))
	setExcAttr(e, "obj", o)
	return e
}

// typeGetAttr looks up an attribute of a class object: through its
// metaclass's __getattribute__ when overridden, else type's own, then
// the metaclass's __getattr__.
func typeGetAttr(t *Thread, typ *py.Type, name string, h uint64) (Object, error) {
	meta := ClassOf(TypeOf(typ))
	if meta != typeClass {
		if ga := meta.special(spGetAttribute); ga != nil && ga != typeGetAttribute {
			res, err := callMethod(t, ga, typ, []Object{py.String(name)}, nil)
			if err != nil && isAttributeError(err) {
				if getattr := meta.special(spGetAttr); getattr != nil {
					return callMethod(t, getattr, typ, []Object{py.String(name)}, nil)
				}
			}
			return res, err
		}
	}
	res, err := typeGenericGetAttr(t, typ, meta, name, h)
	if err != nil && meta != typeClass && isAttributeError(err) {
		if getattr := meta.special(spGetAttr); getattr != nil {
			return callMethod(t, getattr, typ, []Object{py.String(name)}, nil)
		}
	}
	return res, err
}

// typeGenericGetAttr is type.__getattribute__: data descriptors of the
// metaclass, then the class's MRO, then other metaclass attributes.
func typeGenericGetAttr(t *Thread, typ *py.Type, meta *Class, name string, h uint64) (Object, error) {
	metaAttr, _ := meta.lookupHashed(name, h)
	if metaAttr != nil && isDataDescriptorWithGet(metaAttr) {
		return bindDescriptor(t, metaAttr, typ)
	}
	c := ClassOf(typ)
	if attr, _ := c.lookupHashed(name, h); attr != nil {
		return classBind(t, attr, typ)
	}
	if metaAttr != nil {
		return bindDescriptor(t, metaAttr, typ)
	}
	e := NewError(py.AttributeError, fmt.Sprintf("type object '%s' has no attribute '%s'", typ.Name, name))
	setExcAttr(e, "name", py.String(name))
	setExcAttr(e, "obj", typ)
	return nil, e
}

// classBind applies __get__(None, cls) to an attribute found on a class.
func classBind(t *Thread, attr Object, typ *py.Type) (Object, error) {
	switch d := attr.(type) {
	case *Function:
		return d, nil
	case descrGetter:
		return d.descrGet(t, nil, typ)
	case GoDescriptor:
		return d.DescrGet(t, nil, typ)
	case *Instance:
		if get := d.cls.special(spGet); get != nil {
			return callMethod(t, get, attr, []Object{None, typ}, nil)
		}
	}
	return attr, nil
}

// SetAttr sets o.name = v.
func SetAttr(t *Thread, o Object, name string, v Object) error {
	return setAttrHashed(t, o, name, strHash(name), v)
}

func setAttrHashed(t *Thread, o Object, name string, h uint64, v Object) error {
	switch obj := o.(type) {
	case *py.Type:
		return typeSetAttr(t, obj, name, v)
	case *Module:
		// Only __class__ among module's attributes is a descriptor
		// that stores elsewhere than the namespace.
		if obj.cls == nil && name != "__class__" {
			obj.dict.SetStr(name, v)
			return nil
		}
	}
	c := classOfObject(o)
	if sa := c.special(spSetAttr); sa != nil && sa != objectSetAttr {
		_, err := callMethod(t, sa, o, []Object{py.String(name), v}, nil)
		return err
	}
	return genericSetAttr(t, o, c, name, h, v)
}

// genericSetAttr is object.__setattr__ (and __delattr__ when v is nil).
func genericSetAttr(t *Thread, o Object, c *Class, name string, h uint64, v Object) error {
	attr, _ := c.lookupHashed(name, h)
	if attr != nil {
		if handled, err := setThroughDescriptor(t, attr, o, v); handled {
			return err
		}
	}
	var d *Dict
	switch obj := o.(type) {
	case *Instance:
		d = obj.Dict()
	case *Module:
		d = obj.dict
	case *Function:
		if obj.dict == nil {
			obj.dict = NewDict(0)
		}
		d = obj.dict
	case *py.Exception:
		d = excUserDictCreate(obj)
	}
	if d == nil {
		if attr != nil {
			return NewError(py.AttributeError, fmt.Sprintf("'%s' object attribute '%s' is read-only", TypeName(o), name))
		}
		if v == nil {
			return attributeError(o, name)
		}
		e := NewError(py.AttributeError, fmt.Sprintf("'%s' object has no attribute '%s'", TypeName(o), name))
		setExcAttr(e, "name", py.String(name))
		setExcAttr(e, "obj", o)
		return e
	}
	if v == nil {
		if !d.DeleteStr(name) {
			return attributeError(o, name)
		}
		return nil
	}
	d.SetStr(name, v)
	return nil
}

// setThroughDescriptor stores (or, with v nil, deletes) through attr when
// it is a data descriptor, reporting whether it was one.
func setThroughDescriptor(t *Thread, attr, o, v Object) (bool, error) {
	switch d := attr.(type) {
	case descrSetter:
		return true, d.descrSet(t, o, v)
	case GoDataDescriptor:
		return true, d.DescrSet(t, o, v)
	case *Instance:
		set, del := d.cls.special(spSet), d.cls.special(spDelete)
		if set == nil && del == nil {
			return false, nil
		}
		// A data descriptor handles both; the half it lacks is an
		// AttributeError naming the missing method.
		if v == nil {
			if del == nil {
				return true, NewError(py.AttributeError, "__delete__")
			}
			_, err := callMethod(t, del, attr, []Object{o}, nil)
			return true, err
		}
		if set == nil {
			return true, NewError(py.AttributeError, "__set__")
		}
		_, err := callMethod(t, set, attr, []Object{o, v}, nil)
		return true, err
	}
	return false, nil
}

// typeSetAttr sets (or, with v nil, deletes) an attribute of a class
// object: through its metaclass's __setattr__ or __delattr__ when
// overridden, else type's own.
func typeSetAttr(t *Thread, typ *py.Type, name string, v Object) error {
	meta := ClassOf(TypeOf(typ))
	if meta != typeClass {
		if v != nil {
			if sa := meta.special(spSetAttr); sa != nil && sa != typeSetAttrFn {
				_, err := callMethod(t, sa, typ, []Object{py.String(name), v}, nil)
				return err
			}
		} else if da := meta.special(spDelAttr); da != nil && da != typeDelAttrFn {
			_, err := callMethod(t, da, typ, []Object{py.String(name)}, nil)
			return err
		}
	}
	return typeGenericSetAttr(t, typ, meta, name, v)
}

// typeGenericSetAttr is type.__setattr__ and type.__delattr__: builtin
// types are immutable; data descriptors of the metaclass decide; else
// the class namespace changes, which invalidates the caches.
func typeGenericSetAttr(t *Thread, typ *py.Type, meta *Class, name string, v Object) error {
	c := ClassOf(typ)
	if c.flags&clsImmutable != 0 {
		return NewError(py.TypeError, fmt.Sprintf("cannot set %s attribute of immutable type '%s'", pystr.Repr(name), typ.Name))
	}
	if attr := meta.Lookup(name); attr != nil {
		if handled, err := setThroughDescriptor(t, attr, typ, v); handled {
			return err
		}
	}
	if v == nil {
		if !c.deleteAttr(name) {
			e := NewError(py.AttributeError, fmt.Sprintf("type object '%s' has no attribute '%s'", typ.Name, name))
			setExcAttr(e, "name", py.String(name))
			setExcAttr(e, "obj", typ)
			return e
		}
		return nil
	}
	c.setAttr(name, v)
	return nil
}

// attrName checks an attribute name argument (of getattr, setattr,
// __getattribute__...): a str or an instance of a str subclass.
func attrName(o Object) (string, error) {
	switch v := o.(type) {
	case py.String:
		return string(v), nil
	case *Instance:
		if s, ok := v.base.(py.String); ok {
			return string(s), nil
		}
	}
	return "", NewError(py.TypeError, fmt.Sprintf("attribute name must be string, not '%s'", TypeName(o)))
}

// DelAttr deletes o.name.
func DelAttr(t *Thread, o Object, name string) error {
	switch obj := o.(type) {
	case *py.Type:
		return typeSetAttr(t, obj, name, nil)
	case *Module:
		if obj.cls == nil && name != "__class__" {
			if !obj.dict.DeleteStr(name) {
				return attributeError(o, name)
			}
			return nil
		}
	}
	c := classOfObject(o)
	if da := c.special(spDelAttr); da != nil && da != objectDelAttr {
		_, err := callMethod(t, da, o, []Object{py.String(name)}, nil)
		return err
	}
	return genericSetAttr(t, o, c, name, strHash(name), nil)
}

// HasAttr reports whether o.name exists (hasattr()).
func HasAttr(t *Thread, o Object, name string) (bool, error) {
	_, err := GetAttr(t, o, name)
	if err == nil {
		return true, nil
	}
	if isAttributeError(err) {
		return false, nil
	}
	return false, err
}

// GetAttrOr returns o.name, or def when o has no such attribute.
func GetAttrOr(t *Thread, o Object, name string, def Object) (Object, error) {
	v, err := GetAttr(t, o, name)
	if err != nil && isAttributeError(err) {
		return def, nil
	}
	return v, err
}

// loadMethod looks name up for a call: when it finds a function or method
// descriptor on the type (and the instance does not shadow it), it
// returns it unbound with self, saving the bound-method allocation.
func loadMethod(t *Thread, o Object, name string, h uint64) (Object, Object, error) {
	c := classOfObject(o)
	switch o.(type) {
	case *py.Type, *Module:
	default:
		if ga := c.special(spGetAttribute); ga == nil || ga == objectGetAttribute {
			attr, _ := c.lookupHashed(name, h)
			switch attr.(type) {
			case *Function, *MethodDescr:
				if md, ok := attr.(*MethodDescr); ok && md.kind != descrMethod {
					break
				}
				if d := instanceDict(o); d != nil {
					if _, shadowed := d.getStrHashed(name, h); shadowed {
						break
					}
				}
				return attr, o, nil
			}
		}
	}
	v, err := getAttrHashed(t, o, name, h)
	return v, nil, err
}

// slotWrapperArgs checks the arguments of a special method implemented
// in Go as CPython checks those of its slot wrappers (args[0] is self):
// no keywords, and between min and max positional arguments, reported
// with the wrapper's nameless message.
func slotWrapperArgs(name string, args []Object, kwnames Tuple, min, max int) error {
	if len(kwnames) > 0 {
		return NewError(py.TypeError, fmt.Sprintf("wrapper %s() takes no keyword arguments", name))
	}
	n := len(args) - 1
	plural := func(k int) string {
		if k == 1 {
			return ""
		}
		return "s"
	}
	if n < min {
		qual := "at least "
		if min == max {
			qual = ""
		}
		return NewError(py.TypeError, fmt.Sprintf(" expected %s%d argument%s, got %d", qual, min, plural(min), n))
	}
	if n > max {
		qual := "at most "
		if min == max {
			qual = ""
		}
		return NewError(py.TypeError, fmt.Sprintf(" expected %s%d argument%s, got %d", qual, max, plural(max), n))
	}
	return nil
}

// descrGetArgs unpacks the arguments of a __get__(instance, owner=None)
// method: the instance (nil for None) and the owner (nil when None or
// not a type). Both None is an error, as in CPython.
func descrGetArgs(args []Object, kwnames Tuple) (Object, *py.Type, error) {
	if err := slotWrapperArgs("__get__", args, kwnames, 1, 2); err != nil {
		return nil, nil, err
	}
	obj := args[1]
	if obj == None {
		obj = nil
	}
	var typ *py.Type
	if len(args) > 2 {
		typ, _ = args[2].(*py.Type)
	}
	if obj == nil && (len(args) < 3 || args[2] == None) {
		return nil, nil, NewError(py.TypeError, "__get__(None, None) is invalid")
	}
	return obj, typ, nil
}
