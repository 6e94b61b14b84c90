package vm

import (
	"github.com/go-python/gpython/py"
)

// ModuleType is the type of modules.
var ModuleType = newBuiltinType("module", "module(name, doc=None): a namespace of the kind an import makes.", nil)

// Module is a module: a namespace with a name.
type Module struct {
	dict *Dict
	// cls is the module's class when it is a subclass of module (made by
	// calling the subclass, or by assigning __class__), else nil.
	cls *Class
}

// Type implements py.Object.
func (m *Module) Type() *Type {
	if m.cls != nil {
		return &m.cls.Type
	}
	return &ModuleType.Type
}

// NewModule makes an empty module named name.
func NewModule(name string) *Module {
	d := NewDict(8)
	d.SetStr("__name__", py.String(name))
	d.SetStr("__doc__", None)
	d.SetStr("__package__", None)
	d.SetStr("__loader__", None)
	d.SetStr("__spec__", None)
	return &Module{dict: d}
}

// Dict returns the module's namespace.
func (m *Module) Dict() *Dict { return m.dict }

// Name returns the module's __name__.
func (m *Module) Name() string {
	if n, ok := m.dict.GetStr("__name__"); ok {
		if s, ok := n.(py.String); ok {
			return string(s)
		}
	}
	return "?"
}

// Set sets a module attribute.
func (m *Module) Set(name string, v Object) { m.dict.SetStr(name, v) }

// Get returns a module attribute.
func (m *Module) Get(name string) (Object, bool) { return m.dict.GetStr(name) }

// moduleGetAttr is module.__getattribute__: the module's dict, then its
// class (module methods), then a module-level __getattr__ (PEP 562).
func (t *Thread) moduleGetAttr(m *Module, name string, h uint64) (Object, error) {
	if m.cls != nil {
		return t.moduleSubGetAttr(m, name, h)
	}
	if v, ok := m.dict.getStrHashed(name, h); ok {
		return v, nil
	}
	if attr, _ := ModuleType.lookupHashed(name, h); attr != nil {
		return bindDescriptor(t, attr, m)
	}
	if ga, ok := m.dict.GetStr("__getattr__"); ok {
		return Call(t, ga, []Object{py.String(name)}, nil)
	}
	return nil, moduleAttrError(m, name)
}
