package operator

import (
	"fmt"
	"strings"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

var (
	itemgetterClass   = vm.NewType("operator", "itemgetter", "itemgetter(item, ...) --> itemgetter object\n\nA callable that returns obj[item], or a tuple of obj[item] for several items.", nil, 0)
	attrgetterClass   = vm.NewType("operator", "attrgetter", "attrgetter(attr, ...) --> attrgetter object\n\nA callable that returns obj.attr (dotted names follow attributes), or a tuple for several names.", nil, 0)
	methodcallerClass = vm.NewType("operator", "methodcaller", "methodcaller(name, /, *args, **kwargs) --> methodcaller object\n\nA callable that returns obj.name(*args, **kwargs).", nil, 0)
)

type itemgetter struct{ items []Object }

func (*itemgetter) Type() *py.Type { return itemgetterClass.T() }

type attrgetter struct {
	names []string   // as given, for repr and pickling
	paths [][]string // each name split at its dots
}

func (*attrgetter) Type() *py.Type { return attrgetterClass.T() }

type methodcaller struct {
	name   string
	args   []Object
	kwvals []Object
	kwkeys Tuple
}

func (*methodcaller) Type() *py.Type { return methodcallerClass.T() }

// reprCall renders "operator.NAME(a, b)" for a getter, or "operator.NAME(...)"
// when the getter's repr is already being computed.
func reprCall(t *vm.Thread, self Object, name string, parts func() ([]string, error)) (Object, error) {
	if t.ReprEnter(self) {
		return py.String("operator." + name + "(...)"), nil
	}
	defer t.ReprLeave(self)
	ps, err := parts()
	if err != nil {
		return nil, err
	}
	return py.String("operator." + name + "(" + strings.Join(ps, ", ") + ")"), nil
}

func reprAll(t *vm.Thread, items []Object) ([]string, error) {
	out := make([]string, len(items))
	for i, it := range items {
		s, err := vm.ReprString(t, it)
		if err != nil {
			return nil, err
		}
		out[i] = s
	}
	return out, nil
}

func init() {
	c := itemgetterClass
	c.DefMethod("__new__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.NoKeywords("itemgetter", kwnames); err != nil {
			return nil, err
		}
		if len(args) == 1 {
			return nil, vm.NewError(py.TypeError, "itemgetter expected 1 argument, got 0")
		}
		return &itemgetter{items: append([]Object(nil), args[1:]...)}, nil
	}, "Make a new instance of the type.", "static")
	c.DefMethod("__call__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.NoKeywords("itemgetter", kwnames); err != nil {
			return nil, err
		}
		if err := vm.CheckPositional("itemgetter", "itemgetter", args[1:], nil, 1, 1); err != nil {
			return nil, err
		}
		g := args[0].(*itemgetter)
		if len(g.items) == 1 {
			return vm.GetItem(t, args[1], g.items[0])
		}
		out := make(Tuple, len(g.items))
		for i, k := range g.items {
			v, err := vm.GetItem(t, args[1], k)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return out, nil
	}, "Call the object: self(*args, **kwargs).")
	c.DefMethod("__repr__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		g := args[0].(*itemgetter)
		return reprCall(t, g, "itemgetter", func() ([]string, error) { return reprAll(t, g.items) })
	}, "Return repr(self).")
	c.DefMethod("__reduce__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		g := args[0].(*itemgetter)
		return Tuple{itemgetterClass.T(), Tuple(append([]Object(nil), g.items...))}, nil
	}, "How to pickle the object.")
	c.Ready()

	c = attrgetterClass
	c.DefMethod("__new__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.NoKeywords("attrgetter", kwnames); err != nil {
			return nil, err
		}
		if len(args) == 1 {
			return nil, vm.NewError(py.TypeError, "attrgetter expected 1 argument, got 0")
		}
		g := &attrgetter{}
		for _, a := range args[1:] {
			s, ok := a.(py.String)
			if !ok {
				return nil, vm.NewError(py.TypeError, "attribute name must be a string")
			}
			g.names = append(g.names, string(s))
			g.paths = append(g.paths, strings.Split(string(s), "."))
		}
		return g, nil
	}, "Make a new instance of the type.", "static")
	c.DefMethod("__call__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.NoKeywords("attrgetter", kwnames); err != nil {
			return nil, err
		}
		if err := vm.CheckPositional("attrgetter", "attrgetter", args[1:], nil, 1, 1); err != nil {
			return nil, err
		}
		g := args[0].(*attrgetter)
		get := func(path []string) (Object, error) {
			o := args[1]
			for _, name := range path {
				var err error
				if o, err = vm.GetAttr(t, o, name); err != nil {
					return nil, err
				}
			}
			return o, nil
		}
		if len(g.paths) == 1 {
			return get(g.paths[0])
		}
		out := make(Tuple, len(g.paths))
		for i, p := range g.paths {
			v, err := get(p)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return out, nil
	}, "Call the object: self(*args, **kwargs).")
	c.DefMethod("__repr__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		g := args[0].(*attrgetter)
		return reprCall(t, g, "attrgetter", func() ([]string, error) {
			items := make([]Object, len(g.names))
			for i, n := range g.names {
				items[i] = py.String(n)
			}
			return reprAll(t, items)
		})
	}, "Return repr(self).")
	c.DefMethod("__reduce__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		g := args[0].(*attrgetter)
		names := make(Tuple, len(g.names))
		for i, n := range g.names {
			names[i] = py.String(n)
		}
		return Tuple{attrgetterClass.T(), names}, nil
	}, "How to pickle the object.")
	c.Ready()

	c = methodcallerClass
	c.DefMethod("__new__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		npos := len(args) - len(kwnames)
		if npos < 2 {
			return nil, vm.NewError(py.TypeError, "methodcaller needs at least one argument, the method name")
		}
		name, ok := args[1].(py.String)
		if !ok {
			return nil, vm.NewError(py.TypeError, "method name must be a string")
		}
		return &methodcaller{
			name:   string(name),
			args:   append([]Object(nil), args[2:npos]...),
			kwvals: append([]Object(nil), args[npos:]...),
			kwkeys: append(Tuple(nil), kwnames...),
		}, nil
	}, "Make a new instance of the type.", "static")
	c.DefMethod("__call__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.NoKeywords("methodcaller", kwnames); err != nil {
			return nil, err
		}
		if err := vm.CheckPositional("methodcaller", "methodcaller", args[1:], nil, 1, 1); err != nil {
			return nil, err
		}
		mc := args[0].(*methodcaller)
		m, err := vm.GetAttr(t, args[1], mc.name)
		if err != nil {
			return nil, err
		}
		full := append(append([]Object(nil), mc.args...), mc.kwvals...)
		var kw Tuple
		if len(mc.kwkeys) > 0 {
			kw = mc.kwkeys
		}
		return vm.Call(t, m, full, kw)
	}, "Call the object: self(*args, **kwargs).")
	c.DefMethod("__repr__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		mc := args[0].(*methodcaller)
		return reprCall(t, mc, "methodcaller", func() ([]string, error) {
			parts, err := reprAll(t, append([]Object{py.String(mc.name)}, mc.args...))
			if err != nil {
				return nil, err
			}
			for i, k := range mc.kwkeys {
				s, err := vm.ReprString(t, mc.kwvals[i])
				if err != nil {
					return nil, err
				}
				parts = append(parts, fmt.Sprintf("%s=%s", k.(py.String), s))
			}
			return parts, nil
		})
	}, "Return repr(self).")
	c.DefMethod("__reduce__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		mc := args[0].(*methodcaller)
		if len(mc.kwkeys) == 0 {
			return Tuple{methodcallerClass.T(), Tuple(append([]Object{py.String(mc.name)}, mc.args...))}, nil
		}
		// Keyword arguments go through functools.partial, which can carry
		// them.
		ft, err := t.ImportModule("functools")
		if err != nil {
			return nil, err
		}
		partial, err := vm.GetAttr(t, ft, "partial")
		if err != nil {
			return nil, err
		}
		p, err := vm.Call(t, partial, append([]Object{methodcallerClass.T(), py.String(mc.name)}, mc.kwvals...), mc.kwkeys)
		if err != nil {
			return nil, err
		}
		return Tuple{p, Tuple(append([]Object(nil), mc.args...))}, nil
	}, "How to pickle the object.")
	c.Ready()
}
