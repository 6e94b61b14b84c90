package vm

import (
	"fmt"
	"strings"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/go-python/gpython/py"
)

// types.GenericAlias (list[int]) and types.UnionType (int | str): the
// objects annotations are made of, with CPython 3.11's behaviour:
// equality and hashing, type-variable parameters and their substitution
// (dict[str, T][int]), attribute delegation to the origin, calling the
// origin, and the errors isinstance and issubclass give for them.
// GenericAlias can be subclassed (collections.abc.Callable's alias is a
// subclass).

// genericAttrExceptions are the attributes a GenericAlias answers itself;
// every other attribute is the origin's.
var genericAttrExceptions = map[string]bool{
	"__class__": true, "__origin__": true, "__args__": true, "__unpacked__": true,
	"__parameters__": true, "__typing_unpacked_tuple_args__": true, "__mro_entries__": true,
	"__reduce_ex__": true, "__reduce__": true, "__copy__": true, "__deepcopy__": true,
}

// asGenericAlias returns the GenericAlias behind o (also for instances of
// its subclasses).
func asGenericAlias(o Object) (*GenericAlias, bool) {
	ga, ok := unwrap(o).(*GenericAlias)
	return ga, ok
}

// typeParameters collects, in order and without repeats, the type
// variables among args: objects with __typing_subst__, and the
// parameters of args that have their own __parameters__.
func typeParameters(t *Thread, args Tuple) (Tuple, error) {
	var params Tuple
	add := func(p Object) {
		for _, x := range params {
			if Is(x, p) {
				return
			}
		}
		params = append(params, p)
	}
	for _, a := range args {
		if _, isType := a.(*py.Type); isType {
			continue
		}
		if classOfObject(a).Lookup("__typing_subst__") != nil {
			add(a)
			continue
		}
		sub, err := GetAttrOr(t, a, "__parameters__", nil)
		if err != nil {
			return nil, err
		}
		if tup, ok := sub.(Tuple); ok {
			for _, p := range tup {
				add(p)
			}
		}
	}
	if params == nil {
		params = Tuple{}
	}
	return params, nil
}

// substituteParameters replaces the type variables params in args by
// the values item gives them: self[item] for an alias or union self.
func substituteParameters(t *Thread, self Object, args, params Tuple, item Object) (Tuple, error) {
	if len(params) == 0 {
		r, err := ReprString(t, self)
		if err != nil {
			return nil, err
		}
		return nil, NewError(py.TypeError, r+" is not a generic class")
	}
	for _, p := range params {
		if prep, err := GetAttrOr(t, p, "__typing_prepare_subst__", nil); err != nil {
			return nil, err
		} else if prep != nil {
			if item, err = Call(t, prep, []Object{self, item}, nil); err != nil {
				return nil, err
			}
		}
	}
	items, ok := item.(Tuple)
	if !ok {
		items = Tuple{item}
	}
	if len(items) != len(params) {
		how := "many"
		if len(items) < len(params) {
			how = "few"
		}
		r, err := ReprString(t, self)
		if err != nil {
			return nil, err
		}
		return nil, NewError(py.TypeError, fmt.Sprintf("Too %s arguments for %s; actual %d, expected %d", how, r, len(items), len(params)))
	}
	index := func(p Object) int {
		for i, x := range params {
			if Is(x, p) {
				return i
			}
		}
		return -1
	}
	out := make(Tuple, 0, len(args))
	for _, a := range args {
		if _, isType := a.(*py.Type); isType {
			out = append(out, a)
			continue
		}
		if classOfObject(a).Lookup("__typing_subst__") != nil {
			subst, err := GetAttr(t, a, "__typing_subst__")
			if err != nil {
				return nil, err
			}
			v, err := Call(t, subst, []Object{items[index(a)]}, nil)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
			continue
		}
		sub, err := GetAttrOr(t, a, "__parameters__", nil)
		if err != nil {
			return nil, err
		}
		if tup, ok := sub.(Tuple); ok && len(tup) > 0 {
			subargs := make(Tuple, len(tup))
			for i, p := range tup {
				subargs[i] = items[index(p)]
			}
			v, err := GetItem(t, a, subargs)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
			continue
		}
		out = append(out, a)
	}
	return out, nil
}

func (g *GenericAlias) parameters(t *Thread) (Tuple, error) {
	if g.params == nil {
		p, err := typeParameters(t, g.args)
		if err != nil {
			return nil, err
		}
		g.params = p
	}
	return g.params, nil
}

func gaSelf(o Object) *GenericAlias {
	ga, _ := asGenericAlias(o)
	return ga
}

func init() {
	g := GenericAliasType
	g.flags |= clsBaseType
	g.Type.Flags |= py.TPFLAGS_BASETYPE
	g.layout = layoutBuiltin
	g.def("__module__", py.String("types"))
	g.def("__new__", &BuiltinFunction{Name: "__new__", Self: g.T(), Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		typ, ok := args[0].(*py.Type)
		if !ok || !ClassOf(typ).IsSubclass(GenericAliasType) {
			return nil, NewError(py.TypeError, "GenericAlias.__new__(X): X is not a subtype of GenericAlias")
		}
		if typ == g.T() && len(kwnames) > 0 {
			return nil, NewError(py.TypeError, "GenericAlias() takes no keyword arguments")
		}
		if len(args)-len(kwnames) != 3 {
			return nil, NewError(py.TypeError, fmt.Sprintf("GenericAlias expected 2 arguments, got %d", len(args)-len(kwnames)-1))
		}
		ga := newGenericAlias(args[1], args[2])
		if typ == g.T() {
			return ga, nil
		}
		return &Instance{cls: ClassOf(typ), base: ga}, nil
	}})
	g.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		ga := gaSelf(args[0])
		o, err := typeReprForAlias(t, ga.origin)
		if err != nil {
			return nil, err
		}
		parts := make([]string, len(ga.args))
		for i, a := range ga.args {
			if l, ok := a.(*py.List); ok {
				inner := make([]string, len(l.Items))
				for j, x := range l.Items {
					inner[j], err = typeReprForAlias(t, x)
					if err != nil {
						return nil, err
					}
				}
				parts[i] = "[" + strings.Join(inner, ", ") + "]"
				continue
			}
			parts[i], err = typeReprForAlias(t, a)
			if err != nil {
				return nil, err
			}
		}
		if len(parts) == 0 {
			parts = []string{"()"}
		}
		return py.String(o + "[" + strings.Join(parts, ", ") + "]"), nil
	}, "Return repr(self).")
	g.defMethod("__call__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		r, err := Call(t, gaSelf(args[0]).origin, args[1:], kwnames)
		if err != nil {
			return nil, err
		}
		// The object remembers the alias it was made through, where it
		// can (instances of classes without a __dict__ cannot).
		if err := SetAttr(t, r, "__orig_class__", args[0]); err != nil {
			if !isExceptionType(err, py.AttributeError) && !isExceptionType(err, py.TypeError) {
				return nil, err
			}
		}
		return r, nil
	}, "Call the object: self(*args, **kwargs).", "nounwrap")
	g.defMethod("__getattribute__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		name, ok := args[1].(py.String)
		if !ok {
			return nil, NewError(py.TypeError, fmt.Sprintf("attribute name must be string, not '%s'", TypeName(args[1])))
		}
		if !genericAttrExceptions[string(name)] {
			return GetAttr(t, gaSelf(args[0]).origin, string(name))
		}
		return genericGetAttr(t, args[0], classOfObject(args[0]), string(name), strHash(string(name)))
	}, "Return getattr(self, name).", "nounwrap")
	g.defMethod("__mro_entries__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return Tuple{gaSelf(args[0]).origin}, nil
	}, "")
	g.defMethod("__getitem__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__getitem__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		ga := gaSelf(args[0])
		params, err := ga.parameters(t)
		if err != nil {
			return nil, err
		}
		newArgs, err := substituteParameters(t, args[0], ga.args, params, args[1])
		if err != nil {
			return nil, err
		}
		return newGenericAlias(ga.origin, newArgs), nil
	}, "Return self[key].", "nounwrap")
	g.defMethod("__eq__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		a := gaSelf(args[0])
		b, ok := asGenericAlias(args[1])
		if !ok {
			return NotImplemented, nil
		}
		eq, err := Equal(t, a.origin, b.origin)
		if err != nil || !eq {
			return NewBool(eq), err
		}
		eq, err = Equal(t, a.args, b.args)
		return NewBool(eq), err
	}, "Return self==value.", "nounwrap")
	g.defMethod("__ne__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		a := gaSelf(args[0])
		b, ok := asGenericAlias(args[1])
		if !ok {
			return NotImplemented, nil
		}
		eq, err := Equal(t, a.origin, b.origin)
		if err == nil && eq {
			eq, err = Equal(t, a.args, b.args)
		}
		return NewBool(!eq), err
	}, "Return self!=value.", "nounwrap")
	g.defMethod("__hash__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		ga := gaSelf(args[0])
		h1, err := Hash(t, ga.origin)
		if err != nil {
			return nil, err
		}
		h2, err := Hash(t, ga.args)
		if err != nil {
			return nil, err
		}
		h := h1 ^ h2
		if h == -1 {
			h = -2
		}
		return NewInt(h), nil
	}, "Return hash(self).", "nounwrap")
	g.defMethod("__or__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return unionOf(t, args[0], args[1])
	}, "Return self|value.", "nounwrap")
	g.defMethod("__ror__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return unionOf(t, args[1], args[0])
	}, "Return value|self.", "nounwrap")
	g.defMethod("__instancecheck__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return nil, NewError(py.TypeError, "isinstance() argument 2 cannot be a parameterized generic")
	}, "")
	g.defMethod("__subclasscheck__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return nil, NewError(py.TypeError, "issubclass() argument 2 cannot be a parameterized generic")
	}, "")
	g.defMethod("__reduce__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		ga := gaSelf(args[0])
		return Tuple{TypeOf(args[0]), Tuple{ga.origin, ga.args}}, nil
	}, "", "nounwrap")
	g.defGetSet("__origin__", func(t *Thread, o Object) (Object, error) { return gaSelf(o).origin, nil }, nil)
	g.defGetSet("__args__", func(t *Thread, o Object) (Object, error) { return gaSelf(o).args, nil }, nil)
	g.defGetSet("__parameters__", func(t *Thread, o Object) (Object, error) {
		p, err := gaSelf(o).parameters(t)
		if err != nil {
			return nil, err
		}
		return p, nil
	}, nil)
	g.defGetSet("__unpacked__", func(t *Thread, o Object) (Object, error) { return False, nil }, nil)
	g.defGetSet("__typing_unpacked_tuple_args__", func(t *Thread, o Object) (Object, error) { return None, nil }, nil)

	u := UnionTypeType
	u.def("__module__", py.String("types"))
	u.Type.Name = "UnionType"
	u.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		un := args[0].(*UnionType)
		parts := make([]string, len(un.args))
		for i, a := range un.args {
			s, err := typeReprForAlias(t, a)
			if err != nil {
				return nil, err
			}
			parts[i] = s
		}
		return py.String(strings.Join(parts, " | ")), nil
	}, "Return repr(self).")
	u.defMethod("__or__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return unionOf(t, args[0], args[1])
	}, "Return self|value.")
	u.defMethod("__ror__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return unionOf(t, args[1], args[0])
	}, "Return value|self.")
	u.defGetSet("__args__", func(t *Thread, o Object) (Object, error) { return o.(*UnionType).args, nil }, nil)
	u.defGetSet("__parameters__", func(t *Thread, o Object) (Object, error) { return typeParameters(t, o.(*UnionType).args) }, nil)
	asFrozen := func(t *Thread, args Tuple) (*Set, error) {
		s := NewFrozenSet()
		for _, a := range args {
			if err := s.Add(t, a); err != nil {
				return nil, err
			}
		}
		return s, nil
	}
	u.defMethod("__eq__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		b, ok := args[1].(*UnionType)
		if !ok {
			return NotImplemented, nil
		}
		sa, err := asFrozen(t, args[0].(*UnionType).args)
		if err != nil {
			return nil, err
		}
		sb, err := asFrozen(t, b.args)
		if err != nil {
			return nil, err
		}
		eq, err := Equal(t, sa, sb)
		return NewBool(eq), err
	}, "Return self==value.")
	u.defMethod("__hash__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		s, err := asFrozen(t, args[0].(*UnionType).args)
		if err != nil {
			return nil, err
		}
		h, err := Hash(t, s)
		return NewInt(h), err
	}, "Return hash(self).")
	u.defMethod("__getitem__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__getitem__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		un := args[0].(*UnionType)
		params, err := typeParameters(t, un.args)
		if err != nil {
			return nil, err
		}
		newArgs, err := substituteParameters(t, un, un.args, params, args[1])
		if err != nil {
			return nil, err
		}
		if len(newArgs) == 0 {
			return &UnionType{args: newArgs}, nil
		}
		r := newArgs[0]
		for _, a := range newArgs[1:] {
			if r, err = BinaryOp(t, bytecode.OpOr, r, a); err != nil {
				return nil, err
			}
		}
		return r, nil
	}, "Return self[key].")
}
