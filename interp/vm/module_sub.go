package vm

import (
	"fmt"

	"github.com/go-python/gpython/py"
)

// Subclasses of module. An instance is still a *Module (its namespace is
// the module's dict) whose cls names the subclass, so that properties,
// methods and a class-level __getattr__ of the subclass apply to it, as
// lazy-loading modules and sys.modules[__name__].__class__ = ... expect.

// newModuleObject is module.__new__(cls, ...): an empty module of class
// cls, which __init__ then names.
func newModuleObject(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if len(args) == 0 {
		return nil, NewError(py.TypeError, "module.__new__(): not enough arguments")
	}
	typ, ok := args[0].(*py.Type)
	if !ok {
		return nil, NewError(py.TypeError, fmt.Sprintf("module.__new__(X): X is not a type object (%s)", TypeName(args[0])))
	}
	c := ClassOf(typ)
	if !c.IsSubclass(ModuleType) {
		return nil, NewError(py.TypeError, fmt.Sprintf("module.__new__(%s): %s is not a subtype of module", typ.Name, typ.Name))
	}
	m := &Module{dict: NewDict(4)}
	if c != ModuleType {
		m.cls = c
	}
	return m, nil
}

// setModuleClass assigns a module's __class__ (module or a subclass).
func setModuleClass(m *Module, c *Class) error {
	if c != ModuleType && (c.flags&clsHeap == 0 || len(c.slotNames) != 0) {
		return NewError(py.TypeError, fmt.Sprintf("__class__ assignment: '%s' object layout differs from 'module'", c.Name()))
	}
	if c == ModuleType {
		m.cls = nil
	} else {
		m.cls = c
	}
	return nil
}

// moduleSubGetAttr is attribute lookup on an instance of a subclass of
// module: the class's __getattribute__ when it overrides it, else data
// descriptors of the class, the module's dict, other class attributes,
// the module-level __getattr__; and at last the class's __getattr__.
func (t *Thread) moduleSubGetAttr(m *Module, name string, h uint64) (Object, error) {
	c := m.cls
	var res Object
	var err error
	if ga := c.special(spGetAttribute); ga != nil && ga != objectGetAttribute {
		res, err = callMethod(t, ga, m, []Object{py.String(name)}, nil)
	} else {
		res, err = t.moduleSubGenericGetAttr(m, c, name, h)
	}
	if err != nil && isAttributeError(err) {
		if getattr := c.special(spGetAttr); getattr != nil {
			return callMethod(t, getattr, m, []Object{py.String(name)}, nil)
		}
	}
	return res, err
}

func (t *Thread) moduleSubGenericGetAttr(m *Module, c *Class, name string, h uint64) (Object, error) {
	attr, _ := c.lookupHashed(name, h)
	if attr != nil && isDataDescriptorWithGet(attr) {
		return bindDescriptor(t, attr, m)
	}
	if v, ok := m.dict.getStrHashed(name, h); ok {
		return v, nil
	}
	if attr != nil {
		return bindDescriptor(t, attr, m)
	}
	if ga, ok := m.dict.GetStr("__getattr__"); ok {
		return Call(t, ga, []Object{py.String(name)}, nil)
	}
	return nil, moduleAttrError(m, name)
}

func init() {
	// A module's namespace is its __dict__: subclasses get no __dict__
	// descriptor of their own.
	ModuleType.flags |= clsHasDict
}
