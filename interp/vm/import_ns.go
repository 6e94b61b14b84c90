package vm

import (
	"github.com/go-python/gpython/py"
)

// Namespace packages (PEP 420): a directory on the search path without an
// __init__.py is a portion of a package of its name when no regular
// package or module of that name is found first. All the portions found
// make up the package's __path__, an importlib-style _NamespacePath.

// namespacePathType is the type of a namespace package's __path__: a
// list of directories under a type of its own, as CPython's is. Unlike
// CPython's, it does not recompute itself when the parent path changes.
var namespacePathType = newBuiltinType("_NamespacePath", "The search path of a namespace package.", nil)

func init() {
	list := func(self Object) *py.List {
		if inst, ok := self.(*Instance); ok && inst.dict != nil {
			if l, ok := inst.dict.GetStr("_path"); ok {
				if l, ok := l.(*py.List); ok {
					return l
				}
			}
		}
		return &py.List{}
	}
	namespacePathType.defMethod("__iter__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkArgs("__iter__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		return Iter(t, list(args[0]))
	}, "")
	namespacePathType.defMethod("__len__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkArgs("__len__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		return NewInt(int64(len(list(args[0]).Items))), nil
	}, "")
	namespacePathType.defMethod("__getitem__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkArgs("__getitem__", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		return GetItem(t, list(args[0]), args[1])
	}, "")
	namespacePathType.defMethod("__setitem__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkArgs("__setitem__", args, kwnames, 3, 3); err != nil {
			return nil, err
		}
		return None, SetItem(t, list(args[0]), args[1], args[2])
	}, "")
	namespacePathType.defMethod("__contains__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkArgs("__contains__", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		ok, err := Contains(t, list(args[0]), args[1])
		return NewBool(ok), err
	}, "")
	namespacePathType.defMethod("append", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkArgs("append", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		l := list(args[0])
		l.Items = append(l.Items, args[1])
		return None, nil
	}, "")
	namespacePathType.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkArgs("__repr__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		r, err := ReprString(t, list(args[0]))
		if err != nil {
			return nil, err
		}
		return py.String("_NamespacePath(" + r + ")"), nil
	}, "")
}

// newNamespacePath makes the __path__ of a namespace package.
func newNamespacePath(dirs []string) Object {
	items := make([]Object, len(dirs))
	for i, d := range dirs {
		items[i] = py.String(d)
	}
	inst := &Instance{cls: namespacePathType, dict: NewDict(1)}
	inst.dict.SetStr("_path", &py.List{Items: items})
	return inst
}

// loadNamespace creates and registers a namespace package made of the
// portions found.
func (t *Thread) loadNamespace(name string, portions []string) (Object, error) {
	for i, p := range portions {
		if a, err := t.interp.hostAbs(p); err == nil {
			portions[i] = a
		}
	}
	m := NewModule(name)
	path := newNamespacePath(portions)
	m.Set("__package__", py.String(name))
	m.Set("__file__", None)
	m.Set("__path__", path)
	spec := newModuleSpec(name, "", true)
	if inst, ok := spec.(*Instance); ok {
		inst.dict.SetStr("origin", None)
		inst.dict.SetStr("submodule_search_locations", path)
		inst.dict.SetStr("has_location", False)
	}
	m.Set("__spec__", spec)
	t.interp.modules.SetStr(name, m)
	return m, nil
}

// hostIsDir reports whether name is a directory (links followed).
func (in *Interp) hostIsDir(name string) bool {
	st, err := in.host.Stat(name, true)
	return err == nil && st.IsDir()
}
