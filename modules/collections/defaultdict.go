package collections

import (
	_ "embed"
	"fmt"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

// defaultdict is a dict subclass: its objects are *vm.Instance values
// holding a *vm.Dict, with the factory in a slot (default_factory).
var (
	defaultdictClass = vm.NewType("collections", "defaultdict", "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\nA dict that calls default_factory() to make the value of a missing key,\nstores it, and returns it; with no factory a missing key raises KeyError.\nThe other arguments are those of dict().", vm.DictClass(), 0)
	factorySlot      = defaultdictClass.DefSlot("default_factory")
)

func factoryOf(self Object) Object {
	if f := vm.Slot(self, factorySlot); f != nil {
		return f
	}
	return vm.None
}

func dictOf(self Object) *vm.Dict { return vm.Unwrap(self).(*vm.Dict) }

func dictMethod(name string) Object { return vm.DictClass().Lookup(name) }

func init() {
	c := defaultdictClass
	c.AllowSubclass()
	c.DefMethod("__new__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		typ, err := c.CheckSubtype("defaultdict.__new__", args[0])
		if err != nil {
			return nil, err
		}
		o := c.Wrap(typ, vm.NewDict(0))
		vm.SetSlot(o, factorySlot, vm.None)
		return o, nil
	}, "Make a new instance of the type.", "static")
	c.DefMethod("__init__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		self := args[0]
		rest := args[1:]
		npos := len(rest) - len(kwnames)
		var factory Object = vm.None
		if npos > 0 {
			factory = rest[0]
			if factory != vm.None && !vm.IsCallable(factory) {
				return nil, vm.NewError(py.TypeError, "first argument must be callable or None")
			}
			rest = rest[1:]
		}
		vm.SetSlot(self, factorySlot, factory)
		full := append([]Object{self}, rest...)
		return vm.Call(t, dictMethod("__init__"), full, kwnames)
	}, "Set up a new instance; the type's doc gives the arguments.", "nounwrap")
	c.DefMethod("__missing__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckOneArg("defaultdict.__missing__", args[1:], kwnames); err != nil {
			return nil, err
		}
		self, key := args[0], args[1]
		f := factoryOf(self)
		if f == vm.None {
			return nil, vm.NewException(py.KeyError, key)
		}
		v, err := vm.Call(t, f, nil, nil)
		if err != nil {
			return nil, err
		}
		if err := vm.SetItem(t, self, key, v); err != nil {
			return nil, err
		}
		return v, nil
	}, "__missing__(key): store default_factory() as self[key] and return it;\nKeyError when there is no factory.", "nounwrap")
	c.DefMethod("__repr__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		self := args[0]
		f := factoryOf(self)
		fs := "None"
		if f != vm.None {
			if t.ReprEnter(self) {
				fs = "..."
			} else {
				s, err := vm.ReprString(t, f)
				t.ReprLeave(self)
				if err != nil {
					return nil, err
				}
				fs = s
			}
		}
		body, err := vm.Call(t, dictMethod("__repr__"), []Object{self}, nil)
		if err != nil {
			return nil, err
		}
		return py.String(fmt.Sprintf("%s(%s, %s)", vm.ClassOfObject(self).ShortName(), fs, body.(py.String))), nil
	}, "Return repr(self).", "nounwrap")
	copyFn := func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("defaultdict.copy", "copy", args[1:], kwnames, 0, 0); err != nil {
			return nil, err
		}
		self := args[0]
		return vm.Call(t, vm.TypeOf(self), []Object{factoryOf(self), self}, nil)
	}
	c.DefMethod("copy", copyFn, "A new defaultdict with the same default_factory and the same items.", "nounwrap")
	c.DefMethod("__copy__", copyFn, "A new defaultdict with the same default_factory and the same items.", "nounwrap")
	c.DefMethod("__reduce__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		self := args[0]
		var fargs Tuple
		if f := factoryOf(self); f != vm.None {
			fargs = Tuple{f}
		} else {
			fargs = Tuple{}
		}
		items, err := vm.CallMethod(t, self, "items", nil, nil)
		if err != nil {
			return nil, err
		}
		it, err := vm.Iter(t, items)
		if err != nil {
			return nil, err
		}
		return Tuple{vm.TypeOf(self), fargs, vm.None, vm.None, it}, nil
	}, "Describe how pickle rebuilds this object.", "nounwrap")
	c.DefMethod("__or__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		self, other := args[0], args[1]
		if !vm.IsInstance(other, vm.DictClass().T()) {
			return vm.NotImplemented, nil
		}
		n, err := vm.Call(t, vm.TypeOf(self), []Object{factoryOf(self), self}, nil)
		if err != nil {
			return nil, err
		}
		if _, err := vm.CallMethod(t, n, "update", []Object{other}, nil); err != nil {
			return nil, err
		}
		return n, nil
	}, "Return self|value.", "nounwrap")
	c.DefMethod("__ror__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		self, other := args[0], args[1]
		if !vm.IsInstance(other, vm.DictClass().T()) {
			return vm.NotImplemented, nil
		}
		n, err := vm.Call(t, vm.TypeOf(self), []Object{factoryOf(self), other}, nil)
		if err != nil {
			return nil, err
		}
		if _, err := vm.CallMethod(t, n, "update", []Object{self}, nil); err != nil {
			return nil, err
		}
		return n, nil
	}, "Return value|self.", "nounwrap")
	c.Ready()
	_ = bytecode.OpOr
}

//go:embed init.py
var collectionsSource string

//go:embed abc.py
var collectionsAbcSource string

//go:embed collections_abc.py
var underscoreAbcSource string

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "_collections", Builtin: true, Init: func(t *vm.Thread, m *vm.Module) error {
		m.Set("__doc__", py.String("The Go types behind collections: deque, defaultdict and namedtuple's field getters."))
		m.Set("deque", dequeClass.T())
		m.Set("defaultdict", defaultdictClass.T())
		m.Set("_deque_iterator", dequeIterCls.T())
		m.Set("_deque_reverse_iterator", dequeRevCls.T())
		m.Set("_tuplegetter", tuplegetterClass.T())
		m.Set("_count_elements", vm.NewModuleFunction("_collections", "_count_elements", countElements, "_count_elements(mapping, iterable): add one to mapping[item] for each item (Counter's fast path)."))
		return nil
	}})
	vm.RegisterModule(&vm.ModuleDef{Name: "collections", Source: collectionsSource, Package: true})
	vm.RegisterModule(&vm.ModuleDef{Name: "collections.abc", Source: collectionsAbcSource})
	vm.RegisterModule(&vm.ModuleDef{Name: "_collections_abc", Source: underscoreAbcSource})
}

// countElements is Counter's inner loop: mapping[x] = mapping.get(x, 0) + 1
// for each item.
func countElements(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := vm.CheckPositional("_count_elements", "_count_elements", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	mapping := args[0]
	one := vm.NewInt(1)
	return vm.None, vm.ForEach(t, args[1], func(x Object) (bool, error) {
		old, err := vm.CallMethod(t, mapping, "get", []Object{x, vm.NewInt(0)}, nil)
		if err != nil {
			return false, err
		}
		n, err := vm.BinaryOp(t, bytecode.OpAdd, old, one)
		if err != nil {
			return false, err
		}
		return true, vm.SetItem(t, mapping, x, n)
	})
}
