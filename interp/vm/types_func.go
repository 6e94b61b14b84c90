package vm

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/go-python/gpython/py"
)

// descrGet for builtin method descriptors: bind to the instance.
func (m *MethodDescr) descrGet(t *Thread, obj Object, typ *py.Type) (Object, error) {
	switch m.kind {
	case descrStatic:
		return &BuiltinFunction{Name: m.Name, Fn: m.Fn, Doc: m.Doc, Self: m.Owner.T()}, nil
	case descrClass:
		owner := typ
		if obj != nil && obj != None {
			owner = TypeOf(obj)
		}
		if owner == nil {
			owner = m.Owner.T()
		}
		return &BuiltinFunction{Name: m.Name, Fn: m.call, Self: owner, bound: true, Doc: m.Doc}, nil
	}
	if obj == nil {
		return m, nil
	}
	return &BuiltinFunction{Name: m.Name, Fn: m.call, Self: obj, bound: true, Doc: m.Doc, slot: m.slot}, nil
}

func (s *StaticMethod) descrGet(t *Thread, obj Object, typ *py.Type) (Object, error) {
	if s.Fn == nil {
		return nil, NewError(py.RuntimeError, "uninitialized staticmethod object")
	}
	return s.Fn, nil
}

func (c *ClassMethod) descrGet(t *Thread, obj Object, typ *py.Type) (Object, error) {
	if c.Fn == nil {
		return nil, NewError(py.RuntimeError, "uninitialized classmethod object")
	}
	if typ == nil {
		typ = TypeOf(obj)
	}
	if g := classOfObject(c.Fn).special(spGet); g != nil {
		if _, isFn := c.Fn.(*Function); !isFn {
			return callMethod(t, g, c.Fn, []Object{typ, typ}, nil)
		}
	}
	return &BoundMethod{Fn: c.Fn, Self: typ}, nil
}

func (p *Property) descrGet(t *Thread, obj Object, typ *py.Type) (Object, error) {
	if obj == nil || obj == None && typ != TypeOf(None) {
		if p.inst != nil {
			return p.inst, nil
		}
		return p, nil
	}
	if p.Get == nil {
		return nil, p.missing(t, obj, "getter")
	}
	return Call(t, p.Get, []Object{obj}, nil)
}

func (p *Property) descrSet(t *Thread, obj, v Object) error {
	if v == nil {
		if p.Del == nil {
			return p.missing(t, obj, "deleter")
		}
		_, err := Call(t, p.Del, []Object{obj}, nil)
		return err
	}
	if p.Set == nil {
		return p.missing(t, obj, "setter")
	}
	_, err := Call(t, p.Set, []Object{obj, v}, nil)
	return err
}

// missing is the AttributeError for a property without the getter,
// setter or deleter an access needs; it names the property when
// __set_name__ told it its name.
func (p *Property) missing(t *Thread, obj Object, what string) error {
	qn, err := ReprString(t, py.String(typeQualname(TypeOf(obj))))
	if err != nil {
		return err
	}
	if p.name != nil {
		name, err := ReprString(t, p.name)
		if err != nil {
			return err
		}
		return NewError(py.AttributeError, fmt.Sprintf("property %s of %s object has no %s", name, qn, what))
	}
	return NewError(py.AttributeError, fmt.Sprintf("property of %s object has no %s", qn, what))
}

// funcArg returns the function a function method was called on.
func funcArg(o Object) *Function { return o.(*Function) }

func init() {
	f := FunctionType
	f.defMethod("__get__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		obj, _, err := descrGetArgs(args, kwnames)
		if err != nil {
			return nil, err
		}
		if obj == nil {
			return args[0], nil
		}
		return &BoundMethod{Fn: args[0], Self: obj}, nil
	}, "Get the value this descriptor gives for instance (of class owner).")
	f.defMethod("__call__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return t.callFunction(funcArg(args[0]), nil, args[1:], kwnames)
	}, "Call the object: self(*args, **kwargs).")
	f.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		fn := funcArg(args[0])
		return py.String(fmt.Sprintf("<function %s at %#x>", fn.qualname, objectAddress(fn))), nil
	}, "Return repr(self).")
	f.defGetSet("__name__", func(t *Thread, o Object) (Object, error) { return py.String(funcArg(o).name), nil },
		func(t *Thread, o, v Object) error {
			s, ok := v.(py.String)
			if !ok {
				return NewError(py.TypeError, "__name__ must be set to a string object")
			}
			funcArg(o).name = string(s)
			return nil
		})
	f.defGetSet("__qualname__", func(t *Thread, o Object) (Object, error) { return py.String(funcArg(o).qualname), nil },
		func(t *Thread, o, v Object) error {
			s, ok := v.(py.String)
			if !ok {
				return NewError(py.TypeError, "__qualname__ must be set to a string object")
			}
			funcArg(o).qualname = string(s)
			return nil
		})
	f.defGetSet("__module__", func(t *Thread, o Object) (Object, error) { return funcArg(o).module, nil },
		func(t *Thread, o, v Object) error {
			if v == nil {
				v = None
			}
			funcArg(o).module = v
			return nil
		})
	f.defGetSet("__doc__", func(t *Thread, o Object) (Object, error) { return funcArg(o).doc, nil },
		func(t *Thread, o, v Object) error {
			if v == nil {
				v = None
			}
			funcArg(o).doc = v
			return nil
		})
	f.defGetSet("__defaults__", func(t *Thread, o Object) (Object, error) {
		if d := funcArg(o).defaults; d != nil {
			return d, nil
		}
		return None, nil
	}, func(t *Thread, o, v Object) error {
		if v == nil || v == None {
			funcArg(o).defaults = nil
			return nil
		}
		tup, ok := v.(Tuple)
		if !ok {
			return NewError(py.TypeError, "__defaults__ must be set to a tuple object")
		}
		funcArg(o).defaults = tup
		return nil
	})
	f.defGetSet("__kwdefaults__", func(t *Thread, o Object) (Object, error) {
		if d := funcArg(o).kwdefs; d != nil {
			return d, nil
		}
		return None, nil
	}, func(t *Thread, o, v Object) error {
		if v == nil || v == None {
			funcArg(o).kwdefs = nil
			return nil
		}
		d, ok := v.(*Dict)
		if !ok {
			return NewError(py.TypeError, "__kwdefaults__ must be set to a dict object")
		}
		funcArg(o).kwdefs = d
		return nil
	})
	f.defGetSet("__code__", func(t *Thread, o Object) (Object, error) { return funcArg(o).code, nil },
		func(t *Thread, o, v Object) error {
			c, ok := v.(*bytecode.Code)
			if !ok {
				return NewError(py.TypeError, "__code__ must be set to a code object")
			}
			fn := funcArg(o)
			if len(c.FreeVars) != len(fn.closure) {
				return NewError(py.ValueError, fmt.Sprintf("%s() requires a code object with %d free vars, not %d", fn.name, len(fn.closure), len(c.FreeVars)))
			}
			fn.code = c
			fn.updateFast()
			return nil
		})
	readonly := func(t *Thread, o, v Object) error { return NewError(py.AttributeError, "readonly attribute") }
	f.defMember("__globals__", func(t *Thread, o Object) (Object, error) { return funcArg(o).globals, nil }, readonly)
	f.defMember("__builtins__", func(t *Thread, o Object) (Object, error) { return builtinsObject(funcArg(o).builtins), nil }, readonly)
	f.defMember("__closure__", func(t *Thread, o Object) (Object, error) {
		fn := funcArg(o)
		if fn.closure == nil {
			return None, nil
		}
		tup := make(Tuple, len(fn.closure))
		for i, c := range fn.closure {
			tup[i] = c
		}
		return tup, nil
	}, readonly)
	f.defGetSet("__annotations__", func(t *Thread, o Object) (Object, error) {
		fn := funcArg(o)
		if fn.annots == nil {
			fn.annots = NewDict(0)
		}
		return fn.annots, nil
	}, func(t *Thread, o, v Object) error {
		fn := funcArg(o)
		if v == nil || v == None {
			fn.annots = nil
			return nil
		}
		d, ok := v.(*Dict)
		if !ok {
			return NewError(py.TypeError, "__annotations__ must be set to a dict object")
		}
		fn.annots = d
		return nil
	})
	f.defGetSet("__dict__", func(t *Thread, o Object) (Object, error) {
		fn := funcArg(o)
		if fn.dict == nil {
			fn.dict = NewDict(0)
		}
		return fn.dict, nil
	}, func(t *Thread, o, v Object) error {
		if v == nil {
			return NewError(py.TypeError, "cannot delete __dict__")
		}
		d, ok := asDict(v)
		if !ok {
			return NewError(py.TypeError, fmt.Sprintf("__dict__ must be set to a dictionary, not a '%s'", TypeName(v)))
		}
		funcArg(o).dict = d
		return nil
	})

	bm := BoundMethodType
	bm.defMethod("__call__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return Call(t, args[0], args[1:], kwnames)
	}, "")
	bm.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		m := args[0].(*BoundMethod)
		name := "?"
		if n, err := GetAttr(t, m.Fn, "__qualname__"); err == nil {
			if s, ok := n.(py.String); ok {
				name = string(s)
			}
		} else if n, err := GetAttr(t, m.Fn, "__name__"); err == nil {
			if s, ok := n.(py.String); ok {
				name = string(s)
			}
		}
		r, err := ReprString(t, m.Self)
		if err != nil {
			return nil, err
		}
		return py.String(fmt.Sprintf("<bound method %s of %s>", name, r)), nil
	}, "")
	// A bound method pickles (and copies) as getattr(its object, the
	// function's __name__), as CPython's does.
	bm.defMethod("__reduce__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__reduce__", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		m := args[0].(*BoundMethod)
		name, err := GetAttr(t, m.Fn, "__name__")
		if err != nil {
			return nil, err
		}
		getattr, _ := t.interp.builtins.GetStr("getattr")
		return Tuple{getattr, Tuple{m.Self, name}}, nil
	}, "Describe how pickle rebuilds this object.")
	bm.defGetSet("__func__", func(t *Thread, o Object) (Object, error) { return o.(*BoundMethod).Fn, nil }, nil)
	bm.defGetSet("__self__", func(t *Thread, o Object) (Object, error) { return o.(*BoundMethod).Self, nil }, nil)
	// A bound method documents the function it binds.
	bm.defGetSet("__doc__", func(t *Thread, o Object) (Object, error) { return GetAttr(t, o.(*BoundMethod).Fn, "__doc__") }, nil)
	bm.defMethod("__getattribute__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		name, err := argString("__getattribute__", 1, args[1])
		if err != nil {
			return nil, err
		}
		m := args[0].(*BoundMethod)
		if v, err := genericGetAttr(t, m, BoundMethodType, name, strHash(name)); err == nil {
			return v, nil
		}
		return GetAttr(t, m.Fn, name)
	}, "")
	bm.defCompare(func(t *Thread, op bytecode.CompareOp, a, b Object) (Object, error) {
		x, ok1 := a.(*BoundMethod)
		y, ok2 := b.(*BoundMethod)
		if !ok1 || !ok2 || (op != bytecode.CmpEq && op != bytecode.CmpNe) {
			return NotImplemented, nil
		}
		eq := Is(x.Fn, y.Fn) && Is(x.Self, y.Self)
		return NewBool(eq == (op == bytecode.CmpEq)), nil
	})
	bmHash := bm.defMethod("__hash__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		m := args[0].(*BoundMethod)
		return NewInt(identityHash(m.Fn) ^ identityHash(m.Self)), nil
	}, "")
	bmHash.hash = func(t *Thread, o Object) (int64, error) {
		m := o.(*BoundMethod)
		return identityHash(m.Fn) ^ identityHash(m.Self), nil
	}

	for _, bf := range []*Class{BuiltinFunctionType, MethodWrapperType} {
		defBuiltinFunctionMethods(bf)
	}
	for _, md := range []*Class{MethodDescrType, WrapperDescrType} {
		defMethodDescrMethods(md)
	}
	MethodWrapperType.defGetSet("__objclass__", func(t *Thread, o Object) (Object, error) {
		return TypeOf(o.(*BuiltinFunction).Self), nil
	}, nil)
	ClassMethodDescrType.defMethod("__call__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return args[0].(*MethodDescr).call(t, args[1:], kwnames)
	}, "")
	ClassMethodDescrType.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		m := args[0].(*MethodDescr)
		return py.String(fmt.Sprintf("<method '%s' of '%s' objects>", m.Name, m.Owner.Name())), nil
	}, "")

	// Instances of subclasses wrap the descriptor (layoutBuiltin), so
	// that the methods below receive it unwrapped.
	sm := StaticMethodType
	sm.flags |= clsBaseType
	sm.layout = layoutBuiltin
	sm.def("__new__", &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		// The callable arrives through __init__, as in CPython, so that
		// subclasses may override it.
		d := &StaticMethod{}
		if typ := args[0].(*py.Type); typ != StaticMethodType.T() {
			d.inst = newInstance(ClassOf(typ), d)
			return d.inst, nil
		}
		return d, nil
	}})
	sm.defMethod("__init__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if len(kwnames) > 0 {
			return nil, NewError(py.TypeError, "staticmethod() takes no keyword arguments")
		}
		if len(args) != 2 {
			return nil, NewError(py.TypeError, fmt.Sprintf("staticmethod expected 1 argument, got %d", len(args)-1))
		}
		args[0].(*StaticMethod).Fn = args[1]
		return None, nil
	}, "")
	sm.defMethod("__get__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if _, _, err := descrGetArgs(args, kwnames); err != nil {
			return nil, err
		}
		return args[0].(*StaticMethod).descrGet(t, nil, nil)
	}, "")
	sm.defMethod("__call__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return Call(t, args[0].(*StaticMethod).Fn, args[1:], kwnames)
	}, "")
	sm.defMember("__func__", func(t *Thread, o Object) (Object, error) { return o.(*StaticMethod).Fn, nil }, nil)
	sm.defGetSet("__wrapped__", func(t *Thread, o Object) (Object, error) { return o.(*StaticMethod).Fn, nil }, nil)
	sm.defGetSet("__isabstractmethod__", func(t *Thread, o Object) (Object, error) {
		return GetAttrOr(t, o.(*StaticMethod).Fn, "__isabstractmethod__", False)
	}, nil)
	sm.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		r, err := ReprString(t, args[0].(*StaticMethod).Fn)
		if err != nil {
			return nil, err
		}
		return py.String("<staticmethod(" + r + ")>"), nil
	}, "")

	cm := ClassMethodType
	cm.flags |= clsBaseType
	cm.layout = layoutBuiltin
	cm.def("__new__", &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		// The callable arrives through __init__, as in CPython, so that
		// subclasses may override it.
		d := &ClassMethod{}
		if typ := args[0].(*py.Type); typ != ClassMethodType.T() {
			d.inst = newInstance(ClassOf(typ), d)
			return d.inst, nil
		}
		return d, nil
	}})
	cm.defMethod("__init__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if len(kwnames) > 0 {
			return nil, NewError(py.TypeError, "classmethod() takes no keyword arguments")
		}
		if len(args) != 2 {
			return nil, NewError(py.TypeError, fmt.Sprintf("classmethod expected 1 argument, got %d", len(args)-1))
		}
		args[0].(*ClassMethod).Fn = args[1]
		return None, nil
	}, "")
	cm.defMethod("__get__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		obj, typ, err := descrGetArgs(args, kwnames)
		if err != nil {
			return nil, err
		}
		return args[0].(*ClassMethod).descrGet(t, obj, typ)
	}, "")
	cm.defMember("__func__", func(t *Thread, o Object) (Object, error) { return o.(*ClassMethod).Fn, nil }, nil)
	cm.defGetSet("__wrapped__", func(t *Thread, o Object) (Object, error) { return o.(*ClassMethod).Fn, nil }, nil)
	cm.defGetSet("__isabstractmethod__", func(t *Thread, o Object) (Object, error) {
		return GetAttrOr(t, o.(*ClassMethod).Fn, "__isabstractmethod__", False)
	}, nil)
	cm.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		r, err := ReprString(t, args[0].(*ClassMethod).Fn)
		if err != nil {
			return nil, err
		}
		return py.String("<classmethod(" + r + ")>"), nil
	}, "")

	p := PropertyType
	p.flags |= clsBaseType
	p.def("__new__", &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		typ := args[0].(*py.Type)
		prop := &Property{}
		if typ != PropertyType.T() {
			inst := newInstance(ClassOf(typ), prop)
			prop.inst = inst
			return inst, nil
		}
		return prop, nil
	}})
	p.defMethod("__init__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		var fget, fset, fdel, doc Object
		if _, err := ParseClinic(&Params{Func: "property", Names: []string{"fget", "fset", "fdel", "doc"}, KwOnly: -1}, args[1:], kwnames, &fget, &fset, &fdel, &doc); err != nil {
			return nil, err
		}
		prop := propertyOf(args[0])
		noneToNil := func(o Object) Object {
			if o == None {
				return nil
			}
			return o
		}
		prop.Get, prop.Set, prop.Del = noneToNil(fget), noneToNil(fset), noneToNil(fdel)
		prop.Doc = noneToNil(doc)
		prop.getterDoc = false
		if prop.Doc == nil && prop.Get != nil {
			d, err := GetAttrOr(t, prop.Get, "__doc__", nil)
			if err != nil {
				return nil, err
			}
			if d != nil {
				if d != None {
					prop.Doc, prop.getterDoc = d, true
				}
				// An instance of a subclass keeps the getter's docstring
				// (even None) in its own __dict__, or the subclass's
				// __doc__ would hide it. A docstring given as doc= stays
				// hidden behind the subclass's, as in CPython 3.11.
				if prop.inst != nil {
					if err := SetAttr(t, prop.inst, "__doc__", d); err != nil {
						return nil, err
					}
				}
			}
		}
		return None, nil
	}, "", "nounwrap")
	p.defMethod("__get__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		obj, typ, err := descrGetArgs(args, kwnames)
		if err != nil {
			return nil, err
		}
		return propertyOf(args[0]).descrGet(t, obj, typ)
	}, "", "nounwrap")
	p.defMethod("__set__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := slotWrapperArgs("__set__", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		return None, propertyOf(args[0]).descrSet(t, args[1], args[2])
	}, "", "nounwrap")
	p.defMethod("__delete__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := slotWrapperArgs("__delete__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		return None, propertyOf(args[0]).descrSet(t, args[1], nil)
	}, "", "nounwrap")
	p.defMethod("__set_name__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		propertyOf(args[0]).name = args[2]
		return None, nil
	}, "", "nounwrap")
	for _, which := range []string{"getter", "setter", "deleter"} {
		which := which
		p.defMethod(which, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := checkMethodArgs(which, args, kwnames, 1, 1); err != nil {
				return nil, err
			}
			old := propertyOf(args[0])
			get, set, del := old.Get, old.Set, old.Del
			switch which {
			case "getter":
				get = args[1]
			case "setter":
				set = args[1]
			default:
				del = args[1]
			}
			orNone := func(o Object) Object {
				if o == nil {
					return None
				}
				return o
			}
			// A docstring given to the property stays; one taken from
			// the getter is taken again from the (new) getter.
			doc := old.Doc
			if old.getterDoc && get != nil {
				doc = nil
			}
			np, err := Call(t, TypeOf(args[0]), []Object{orNone(get), orNone(set), orNone(del), orNone(doc)}, nil)
			if err != nil {
				return nil, err
			}
			propertyOf(np).name = old.name
			return np, nil
		}, "", "nounwrap")
	}
	p.defMember("fget", func(t *Thread, o Object) (Object, error) { return orNone(propertyOf(o).Get), nil }, nil)
	p.defMember("fset", func(t *Thread, o Object) (Object, error) { return orNone(propertyOf(o).Set), nil }, nil)
	p.defMember("fdel", func(t *Thread, o Object) (Object, error) { return orNone(propertyOf(o).Del), nil }, nil)
	p.defGetSet("__doc__", func(t *Thread, o Object) (Object, error) { return orNone(propertyOf(o).Doc), nil },
		func(t *Thread, o, v Object) error { propertyOf(o).Doc = v; return nil })
	p.defGetSet("__isabstractmethod__", func(t *Thread, o Object) (Object, error) {
		pr := propertyOf(o)
		for _, f := range []Object{pr.Get, pr.Set, pr.Del} {
			if f != nil {
				if v, err := GetAttrOr(t, f, "__isabstractmethod__", False); err == nil && v == True {
					return True, nil
				}
			}
		}
		return False, nil
	}, nil)

	CellType.defGetSet("cell_contents", func(t *Thread, o Object) (Object, error) {
		c := o.(*Cell)
		if c.V == nil {
			return nil, NewError(py.ValueError, "Cell is empty")
		}
		return c.V, nil
	}, func(t *Thread, o, v Object) error { o.(*Cell).V = v; return nil })
	CellType.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		c := args[0].(*Cell)
		if c.V == nil {
			return py.String(fmt.Sprintf("<cell at %#x: empty>", objectAddress(c))), nil
		}
		return py.String(fmt.Sprintf("<cell at %#x: %s object at %#x>", objectAddress(c), TypeName(c.V), objectAddress(c.V))), nil
	}, "")
}

func orNone(o Object) Object {
	if o == nil {
		return None
	}
	return o
}

// propertyOf returns the property behind a property or a property
// subclass instance.
func propertyOf(o Object) *Property {
	switch v := o.(type) {
	case *Property:
		return v
	case *Instance:
		if p, ok := v.base.(*Property); ok {
			return p
		}
	}
	return &Property{}
}

func init() {
	// The code, frame and traceback objects as Python sees them.
	cc := ClassOf(bytecode.CodeType)
	_ = cc
	code := codeClass
	code.defGetSet("co_name", func(t *Thread, o Object) (Object, error) { return py.String(o.(*bytecode.Code).Name), nil }, nil)
	code.defGetSet("co_qualname", func(t *Thread, o Object) (Object, error) { return py.String(o.(*bytecode.Code).QualName), nil }, nil)
	code.defGetSet("co_filename", func(t *Thread, o Object) (Object, error) { return py.String(o.(*bytecode.Code).Filename), nil }, nil)
	code.defGetSet("co_firstlineno", func(t *Thread, o Object) (Object, error) { return NewInt(int64(o.(*bytecode.Code).FirstLine)), nil }, nil)
	code.defGetSet("co_flags", func(t *Thread, o Object) (Object, error) { return NewInt(int64(o.(*bytecode.Code).Flags)), nil }, nil)
	code.defGetSet("co_argcount", func(t *Thread, o Object) (Object, error) { return NewInt(int64(o.(*bytecode.Code).ArgCount)), nil }, nil)
	code.defGetSet("co_posonlyargcount", func(t *Thread, o Object) (Object, error) { return NewInt(int64(o.(*bytecode.Code).PosOnly)), nil }, nil)
	code.defGetSet("co_kwonlyargcount", func(t *Thread, o Object) (Object, error) { return NewInt(int64(o.(*bytecode.Code).KwOnly)), nil }, nil)
	code.defGetSet("co_nlocals", func(t *Thread, o Object) (Object, error) { return NewInt(int64(len(o.(*bytecode.Code).VarNames))), nil }, nil)
	code.defGetSet("co_stacksize", func(t *Thread, o Object) (Object, error) { return NewInt(int64(o.(*bytecode.Code).StackSize)), nil }, nil)
	strTuple := func(s []string) Tuple {
		t := make(Tuple, len(s))
		for i, x := range s {
			t[i] = py.String(x)
		}
		return t
	}
	code.defGetSet("co_varnames", func(t *Thread, o Object) (Object, error) { return strTuple(o.(*bytecode.Code).VarNames), nil }, nil)
	code.defGetSet("co_cellvars", func(t *Thread, o Object) (Object, error) { return strTuple(o.(*bytecode.Code).CellVars), nil }, nil)
	code.defGetSet("co_freevars", func(t *Thread, o Object) (Object, error) { return strTuple(o.(*bytecode.Code).FreeVars), nil }, nil)
	code.defGetSet("co_names", func(t *Thread, o Object) (Object, error) { return strTuple(o.(*bytecode.Code).Names), nil }, nil)
	code.defGetSet("co_consts", func(t *Thread, o Object) (Object, error) {
		return append(Tuple(nil), o.(*bytecode.Code).Consts...), nil
	}, nil)
	code.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		c := args[0].(*bytecode.Code)
		return py.String(fmt.Sprintf("<code object %s at %#x, file \"%s\", line %d>", c.Name, objectAddress(c), c.Filename, c.FirstLine)), nil
	}, "")
	code.defMethod("co_lines", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		c := args[0].(*bytecode.Code)
		var items []Object
		for i, p := range c.Positions {
			items = append(items, Tuple{NewInt(int64(2 * i)), NewInt(int64(2*i + 2)), lineOrNone(p.Line)})
		}
		return &tupleIterator{t: items}, nil
	}, "")
	code.defMethod("co_positions", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		c := args[0].(*bytecode.Code)
		var items []Object
		for _, p := range c.Positions {
			items = append(items, Tuple{lineOrNone(p.Line), lineOrNone(p.EndLine), NewInt(int64(p.Col)), NewInt(int64(p.EndCol))})
		}
		return &tupleIterator{t: items}, nil
	}, "")

	fr := FrameType
	frameArg := func(o Object) *Frame { return o.(*Frame) }
	fr.defGetSet("f_code", func(t *Thread, o Object) (Object, error) { return frameArg(o).code, nil }, nil)
	fr.defGetSet("f_globals", func(t *Thread, o Object) (Object, error) { return frameArg(o).globals, nil }, nil)
	fr.defGetSet("f_builtins", func(t *Thread, o Object) (Object, error) { return frameArg(o).builtins, nil }, nil)
	fr.defGetSet("f_locals", func(t *Thread, o Object) (Object, error) { return frameLocals(frameArg(o)), nil }, nil)
	fr.defGetSet("f_lineno", func(t *Thread, o Object) (Object, error) { return NewInt(int64(frameArg(o).Line())), nil }, nil)
	fr.defGetSet("f_lasti", func(t *Thread, o Object) (Object, error) { return NewInt(int64(2 * frameArg(o).lasti)), nil }, nil)
	fr.defGetSet("f_back", func(t *Thread, o Object) (Object, error) {
		b := frameArg(o).visibleBack()
		if b == nil {
			return None, nil
		}
		b.markEscaped()
		return b, nil
	}, nil)
	fr.defGetSet("f_trace", func(t *Thread, o Object) (Object, error) { return None, nil }, nil)
	fr.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		f := frameArg(args[0])
		return py.String(fmt.Sprintf("<frame at %#x, file '%s', line %d, code %s>", objectAddress(f), f.code.Filename, f.Line(), f.code.Name)), nil
	}, "")
	fr.defMethod("clear", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		f := frameArg(args[0])
		if !f.done {
			return nil, NewError(py.RuntimeError, "cannot clear an executing frame")
		}
		clear(f.fast)
		return None, nil
	}, "")

	tb := TracebackType
	tbArg := func(o Object) *Traceback { return o.(*Traceback) }
	tb.defGetSet("tb_frame", func(t *Thread, o Object) (Object, error) { return tbArg(o).Frame, nil }, nil)
	tb.defGetSet("tb_lineno", func(t *Thread, o Object) (Object, error) { return NewInt(int64(tbArg(o).Lineno())), nil }, nil)
	tb.defGetSet("tb_lasti", func(t *Thread, o Object) (Object, error) { return NewInt(int64(2 * tbArg(o).Lasti)), nil }, nil)
	tb.defGetSet("tb_next", func(t *Thread, o Object) (Object, error) {
		if n := tbArg(o).Next; n != nil {
			return n, nil
		}
		return None, nil
	}, func(t *Thread, o, v Object) error {
		if v == nil || v == None {
			tbArg(o).Next = nil
			return nil
		}
		n, ok := v.(*Traceback)
		if !ok {
			return NewError(py.TypeError, fmt.Sprintf("expected traceback object or None, got '%s'", TypeName(v)))
		}
		tbArg(o).Next = n
		return nil
	})
}

var codeClass = newShadowFor(bytecode.CodeType)

// newShadowFor gives a type defined outside vm (not a Class) its Class.
func newShadowFor(t *py.Type) *Class {
	if !shadowsReady {
		panic("shadows")
	}
	c := newShadow(t, objectClass)
	c.flags &^= clsBaseType
	return c
}

func lineOrNone(l int32) Object {
	if l <= 0 {
		return None
	}
	return NewInt(int64(l))
}

var _ = strings.Join

// defBuiltinFunctionMethods defines the attributes shared by builtin
// functions and method-wrappers.
// sameBuiltinMethod reports whether two builtin functions are the same
// method of the same object: binding l.append twice makes two values,
// which compare equal as in CPython (same receiver, same method).
func sameBuiltinMethod(a, b *BuiltinFunction) bool {
	if a == b {
		return true
	}
	return a.bound && b.bound && a.slot == b.slot && a.Name == b.Name && Is(a.Self, b.Self) &&
		reflect.ValueOf(a.Fn).Pointer() == reflect.ValueOf(b.Fn).Pointer()
}

func builtinMethodHash(b *BuiltinFunction) int64 {
	if !b.bound {
		return identityHash(b)
	}
	h := identityHash(b.Self) ^ int64(strHash(b.Name))
	if h == -1 {
		h = -2
	}
	return h
}

func defBuiltinFunctionMethods(bf *Class) {
	bf.defCompare(func(t *Thread, op bytecode.CompareOp, a, b Object) (Object, error) {
		x, ok1 := a.(*BuiltinFunction)
		y, ok2 := b.(*BuiltinFunction)
		if !ok1 || !ok2 || (op != bytecode.CmpEq && op != bytecode.CmpNe) {
			return NotImplemented, nil
		}
		return NewBool(sameBuiltinMethod(x, y) == (op == bytecode.CmpEq)), nil
	})
	bfHash := bf.defMethod("__hash__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return NewInt(builtinMethodHash(args[0].(*BuiltinFunction))), nil
	}, "")
	bfHash.hash = func(t *Thread, o Object) (int64, error) {
		return builtinMethodHash(o.(*BuiltinFunction)), nil
	}
	bf.defMethod("__call__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return args[0].(*BuiltinFunction).call(t, args[1:], kwnames)
	}, "")
	bf.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		b := args[0].(*BuiltinFunction)
		switch {
		case b.slot:
			return py.String(fmt.Sprintf("<method-wrapper '%s' of %s object at %#x>", b.Name, TypeName(b.Self), objectAddress(b.Self))), nil
		case b.bound:
			return py.String(fmt.Sprintf("<built-in method %s of %s object at %#x>", b.Name, TypeName(b.Self), objectAddress(b.Self))), nil
		}
		if typ, ok := b.Self.(*py.Type); ok {
			// A static method or __new__ of a type: CPython shows the
			// type it belongs to.
			return py.String(fmt.Sprintf("<built-in method %s of type object at %#x>", b.Name, objectAddress(typ))), nil
		}
		return py.String(fmt.Sprintf("<built-in function %s>", b.Name)), nil
	}, "")
	bf.defGetSet("__name__", func(t *Thread, o Object) (Object, error) { return py.String(o.(*BuiltinFunction).Name), nil }, nil)
	bf.defGetSet("__qualname__", func(t *Thread, o Object) (Object, error) {
		b := o.(*BuiltinFunction)
		if typ, ok := b.Self.(*py.Type); ok {
			return py.String(typeQualname(typ) + "." + b.Name), nil
		}
		if b.bound {
			return py.String(typeQualname(TypeOf(b.Self)) + "." + b.Name), nil
		}
		return py.String(b.Name), nil
	}, nil)
	bf.defGetSet("__self__", func(t *Thread, o Object) (Object, error) {
		b := o.(*BuiltinFunction)
		if b.Self == nil {
			return None, nil
		}
		return b.Self, nil
	}, nil)
	bf.defGetSet("__module__", func(t *Thread, o Object) (Object, error) {
		b := o.(*BuiltinFunction)
		if b.Module == "" {
			return None, nil
		}
		return py.String(b.Module), nil
	}, nil)
	// Pickling a builtin refers to it by name: a module's function by its
	// qualified name, a bound method as getattr(self, name).
	bf.defMethod("__reduce__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		b := args[0].(*BuiltinFunction)
		_, isMod := b.Self.(*Module)
		_, isType := b.Self.(*py.Type)
		if b.Self == nil || isMod || !b.bound && !isType {
			return py.String(b.Name), nil
		}
		getattr, _ := t.interp.builtins.GetStr("getattr")
		return Tuple{getattr, Tuple{b.Self, py.String(b.Name)}}, nil
	}, "")
	bf.defGetSet("__doc__", func(t *Thread, o Object) (Object, error) {
		b := o.(*BuiltinFunction)
		if b.Doc == "" {
			return None, nil
		}
		return py.String(b.Doc), nil
	}, nil)

}

// defMethodDescrMethods defines the attributes shared by method
// descriptors and slot wrappers.
func defMethodDescrMethods(md *Class) {
	md.defMethod("__call__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return args[0].(*MethodDescr).call(t, args[1:], kwnames)
	}, "")
	md.defMethod("__get__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		obj, typ, err := descrGetArgs(args, kwnames)
		if err != nil {
			return nil, err
		}
		return args[0].(*MethodDescr).descrGet(t, obj, typ)
	}, "")
	md.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		m := args[0].(*MethodDescr)
		if m.slot {
			return py.String(fmt.Sprintf("<slot wrapper '%s' of '%s' objects>", m.Name, m.Owner.Name())), nil
		}
		return py.String(fmt.Sprintf("<method '%s' of '%s' objects>", m.Name, m.Owner.Name())), nil
	}, "")
	md.defGetSet("__name__", func(t *Thread, o Object) (Object, error) { return py.String(o.(*MethodDescr).Name), nil }, nil)
	md.defGetSet("__qualname__", func(t *Thread, o Object) (Object, error) {
		m := o.(*MethodDescr)
		return py.String(m.Owner.Name() + "." + m.Name), nil
	}, nil)
	md.defGetSet("__objclass__", func(t *Thread, o Object) (Object, error) { return o.(*MethodDescr).Owner.T(), nil }, nil)
	md.defGetSet("__doc__", func(t *Thread, o Object) (Object, error) {
		if d := o.(*MethodDescr).Doc; d != "" {
			return py.String(d), nil
		}
		return None, nil
	}, nil)
}
