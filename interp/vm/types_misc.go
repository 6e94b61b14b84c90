package vm

import (
	"fmt"
	"strings"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/go-python/gpython/py"
)

// The builtin iterator-making types.
var (
	EnumerateType = newBuiltinType("enumerate", "enumerate(iterable, start=0): pairs (count, item), the count going up from start.", nil)
	ZipType       = newBuiltinType("zip", "Return a zip object.", nil)
	MapType       = newBuiltinType("map", "map(function, *iterables): function applied to one item of each iterable at a time.", nil)
	FilterType    = newBuiltinType("filter", "filter(function, iterable): the items of iterable that function (or truth itself, for None) accepts.", nil)
	ReversedType  = newBuiltinType("reversed", "reversed(sequence): the items of a sequence from last to first.", nil)
	SuperType     = newBuiltinType("super", "super() -> same as super(__class__, <first argument>)", nil)
)

type enumerateIter struct {
	it   Object
	n    Object
	inst *Instance
}

func (e *enumerateIter) Type() *Type {
	if e.inst != nil {
		return e.inst.Type()
	}
	return &EnumerateType.Type
}

type zipIter struct {
	its    []Object
	strict bool
	done   bool
}

func (z *zipIter) Type() *Type { return &ZipType.Type }

type mapIter struct {
	fn  Object
	its []Object
}

func (m *mapIter) Type() *Type { return &MapType.Type }

type filterIter struct {
	fn, it Object
}

func (f *filterIter) Type() *Type { return &FilterType.Type }

type reversedIter struct {
	seq Object
	i   int
}

func (r *reversedIter) Type() *Type { return &ReversedType.Type }

// Super is a super() object.
type Super struct {
	typ     *py.Type // the class the lookup starts after
	obj     Object   // the instance or class bound to
	objType *py.Type
}

// Type implements py.Object.
func (s *Super) Type() *Type { return &SuperType.Type }

// iterMethods gives an iterator type its __iter__ and __next__.
func iterMethods(c *Class) {
	c.defMethod("__iter__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) { return args[0], nil }, "Implement iter(self).", "nounwrap")
	c.defMethod("__next__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		v, ok, err := Next(t, args[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, NewException(py.StopIteration)
		}
		return v, nil
	}, "Implement next(self).", "nounwrap")
}

func init() {
	for _, c := range []*Class{listIteratorType, listRevIteratorType, tupleIteratorType, strIteratorType,
		strASCIIIteratorType, rangeIteratorType, seqIteratorType, callableIteratorType, bytesIteratorType,
		setIteratorType, dictKeyIteratorType, dictValueIteratorType, dictItemIteratorType,
		dictRevKeyIterType, dictRevValueIterType, dictRevItemIterType,
		EnumerateType, ZipType, MapType, FilterType, ReversedType} {
		iterMethods(c)
	}
	lengthHint := func(c *Class, fn func(o Object) int) {
		c.defMethod("__length_hint__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			return NewInt(int64(fn(args[0]))), nil
		}, "")
	}
	lengthHint(listIteratorType, func(o Object) int { it := o.(*listIterator); return max(0, len(it.l.Items)-it.i) })
	lengthHint(tupleIteratorType, func(o Object) int { it := o.(*tupleIterator); return max(0, len(it.t)-it.i) })
	lengthHint(listRevIteratorType, func(o Object) int {
		it := o.(*listRevIterator)
		if it.i < 0 || it.i >= len(it.l.Items) {
			return 0
		}
		return it.i + 1
	})
	lengthHint(rangeIteratorType, func(o Object) int { return int(o.(*rangeIterator).remaining) })
	for _, c := range []*Class{dictKeyIteratorType, dictValueIteratorType, dictItemIteratorType,
		dictRevKeyIterType, dictRevValueIterType, dictRevItemIterType} {
		lengthHint(c, func(o Object) int { return o.(*dictIterator).lengthHint() })
	}

	EnumerateType.flags |= clsBaseType
	EnumerateType.def("__new__", &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		var it, start Object
		if _, err := ParseClinic(&Params{Func: "enumerate", Names: []string{"iterable", "start"}, KwOnly: -1}, args[1:], kwnames, &it, &start); err != nil {
			return nil, err
		}
		if it == nil {
			return nil, NewError(py.TypeError, "enumerate() missing required argument 'iterable'")
		}
		iter, err := Iter(t, it)
		if err != nil {
			return nil, err
		}
		n := NewInt(0)
		if start != nil {
			if !hasIndex(start) {
				return nil, NewError(py.TypeError, fmt.Sprintf("'%s' object cannot be interpreted as an integer", TypeName(start)))
			}
			b, err := IndexValue(t, start)
			if err != nil {
				return nil, err
			}
			n = NewBigInt(b)
		}
		e := &enumerateIter{it: iter, n: n}
		if typ := args[0].(*py.Type); typ != EnumerateType.T() {
			inst := newInstance(ClassOf(typ), e)
			e.inst = inst
			return inst, nil
		}
		return e, nil
	}})
	ZipType.def("__new__", &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		npos := len(args) - len(kwnames)
		strict := false
		for i, k := range kwnames {
			if string(k.(py.String)) != "strict" {
				return nil, NewError(py.TypeError, fmt.Sprintf("'%s' is an invalid keyword argument for zip()", string(k.(py.String))))
			}
			s, err := Truth(t, args[npos+i])
			if err != nil {
				return nil, err
			}
			strict = s
		}
		z := &zipIter{strict: strict}
		for _, a := range args[1:npos] {
			it, err := Iter(t, a)
			if err != nil {
				return nil, err
			}
			z.its = append(z.its, it)
		}
		return z, nil
	}})
	MapType.def("__new__", &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := noKeywords("map", kwnames); err != nil {
			return nil, err
		}
		if len(args) < 3 {
			return nil, NewError(py.TypeError, "map() must have at least two arguments.")
		}
		m := &mapIter{fn: args[1]}
		for _, a := range args[2:] {
			it, err := Iter(t, a)
			if err != nil {
				return nil, err
			}
			m.its = append(m.its, it)
		}
		return m, nil
	}})
	FilterType.def("__new__", &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkArgs("filter", args[1:], kwnames, 2, 2); err != nil {
			return nil, err
		}
		it, err := Iter(t, args[2])
		if err != nil {
			return nil, err
		}
		return &filterIter{fn: args[1], it: it}, nil
	}})
	ReversedType.def("__new__", &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := noKeywords("reversed", kwnames); err != nil {
			return nil, err
		}
		if len(args) != 2 {
			return nil, NewError(py.TypeError, fmt.Sprintf("reversed expected 1 argument, got %d", len(args)-1))
		}
		seq := args[1]
		switch v := seq.(type) {
		case *py.List:
			return &listRevIterator{l: v, i: len(v.Items) - 1}, nil
		case *Dict:
			return &dictIterator{d: v, kind: dictKeys, used: v.used, reverse: true}, nil
		}
		c := classOfObject(seq)
		if m := c.special(spReversed); m != nil {
			if m == None {
				return nil, NewError(py.TypeError, fmt.Sprintf("'%s' object is not reversible", TypeName(seq)))
			}
			return callMethod(t, m, seq, nil, nil)
		}
		// A sequence (a __getitem__ that is not a dict's) is reversed by
		// index, which needs its length.
		if _, isDict := asDict(seq); c.special(spGetItem) == nil || isDict {
			return nil, NewError(py.TypeError, fmt.Sprintf("'%s' object is not reversible", TypeName(seq)))
		}
		n, err := Len(t, seq)
		if err != nil {
			return nil, err
		}
		return &reversedIter{seq: seq, i: n - 1}, nil
	}})

	s := SuperType
	s.flags |= clsBaseType
	s.def("__new__", &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return &Super{}, nil
	}})
	s.defMethod("__init__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return None, superInit(t, args[0].(*Super), args[1:], kwnames)
	}, "", "nounwrap")
	s.defMethod("__getattribute__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		name, err := argString("__getattribute__", 1, args[1])
		if err != nil {
			return nil, err
		}
		return superGetAttr(t, args[0].(*Super), name)
	}, "", "nounwrap")
	s.defMethod("__get__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		sp := args[0].(*Super)
		if len(args) < 2 || args[1] == None || sp.obj != nil {
			return sp, nil
		}
		ns := &Super{typ: sp.typ}
		if err := ns.bind(args[1]); err != nil {
			return nil, err
		}
		return ns, nil
	}, "", "nounwrap")
	s.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		sp := args[0].(*Super)
		tn := "NULL"
		if sp.typ != nil {
			tn = sp.typ.Name
		}
		if sp.obj == nil {
			return py.String(fmt.Sprintf("<super: <class '%s'>, NULL>", tn)), nil
		}
		return py.String(fmt.Sprintf("<super: <class '%s'>, <%s object>>", tn, sp.objType.Name)), nil
	}, "", "nounwrap")
	// The *py.Type fields are converted only when set: a nil *py.Type in
	// an Object is not nil.
	typeOrNone := func(typ *py.Type) Object {
		if typ == nil {
			return None
		}
		return typ
	}
	s.defMember("__thisclass__", func(t *Thread, o Object) (Object, error) { return typeOrNone(o.(*Super).typ), nil }, nil)
	s.defMember("__self__", func(t *Thread, o Object) (Object, error) { return orNone(o.(*Super).obj), nil }, nil)
	s.defMember("__self_class__", func(t *Thread, o Object) (Object, error) { return typeOrNone(o.(*Super).objType), nil }, nil)

	// None, Ellipsis and NotImplemented.
	noneClass.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) { return py.String("None"), nil }, "")
	noneClass.defMethod("__bool__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) { return False, nil }, "")
	noneClass.def("__new__", &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if len(args) > 1 || len(kwnames) > 0 {
			return nil, NewError(py.TypeError, "NoneType takes no arguments")
		}
		return None, nil
	}})
	ellipsisClass.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) { return py.String("Ellipsis"), nil }, "")
	ellipsisClass.def("__new__", &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if len(args) > 1 || len(kwnames) > 0 {
			// The type is named "ellipsis" but its message says
			// EllipsisType, as CPython's does.
			return nil, NewError(py.TypeError, "EllipsisType takes no arguments")
		}
		return py.Ellipsis, nil
	}})
	py.EllipsisTypeType.Name = "ellipsis"
	NotImplementedType.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) { return py.String("NotImplemented"), nil }, "")
	NotImplementedType.def("__new__", &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if len(args) > 1 || len(kwnames) > 0 {
			return nil, NewError(py.TypeError, "NotImplementedType takes no arguments")
		}
		return NotImplemented, nil
	}})
	NotImplementedType.defMethod("__bool__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) { return True, nil }, "")
	// Both singletons pickle (and copy) as their builtin names.
	ellipsisClass.defMethod("__reduce__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) { return py.String("Ellipsis"), nil }, "")
	NotImplementedType.defMethod("__reduce__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) { return py.String("NotImplemented"), nil }, "")

	// Modules.
	m := ModuleType
	m.flags |= clsBaseType
	m.def("__new__", &BuiltinFunction{Name: "__new__", Fn: newModuleObject})
	m.defMethod("__init__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		var name, doc Object
		if _, err := ParseArgs(&Params{Func: "module", Names: []string{"name", "doc"}, KwOnly: -1, Required: 1}, args[1:], kwnames, &name, &doc); err != nil {
			return nil, err
		}
		if _, ok := unwrap(name).(py.String); !ok {
			return nil, NewError(py.TypeError, fmt.Sprintf("module() argument 'name' must be str, not %s", TypeName(name)))
		}
		mod := args[0].(*Module)
		mod.dict.SetStr("__name__", name)
		mod.dict.SetStr("__doc__", orNone(doc))
		mod.dict.SetStr("__package__", None)
		mod.dict.SetStr("__loader__", None)
		mod.dict.SetStr("__spec__", None)
		return None, nil
	}, "", "nounwrap")
	m.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		mod := args[0].(*Module)
		name := mod.Name()
		if f, ok := mod.dict.GetStr("__file__"); ok {
			if s, ok := f.(py.String); ok {
				return py.String(fmt.Sprintf("<module '%s' from '%s'>", name, string(s))), nil
			}
		}
		if d := lookupRegistry(name); d != nil && d.Builtin || name == "sys" || name == "builtins" {
			return py.String(fmt.Sprintf("<module '%s' (built-in)>", name)), nil
		}
		return py.String(fmt.Sprintf("<module '%s'>", name)), nil
	}, "", "nounwrap")
	m.defGetSet("__dict__", func(t *Thread, o Object) (Object, error) { return o.(*Module).dict, nil }, nil)
	m.defMethod("__dir__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		keys := args[0].(*Module).dict.Keys()
		return &py.List{Items: keys}, nil
	}, "", "nounwrap")

	// Generators and coroutines.
	for _, c := range []*Class{GeneratorType, CoroutineType, AsyncGeneratorType} {
		c := c
		gen := func(o Object) *Generator { return o.(*Generator) }
		c.defMethod("send", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := checkMethodArgs("send", args, kwnames, 1, 1); err != nil {
				return nil, err
			}
			return gen(args[0]).send(t, args[1])
		}, "", "nounwrap")
		c.defMethod("throw", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := checkMethodArgs("throw", args, kwnames, 1, 3); err != nil {
				return nil, err
			}
			exc, err := throwArgs(t, args[1:])
			if err != nil {
				return nil, err
			}
			return gen(args[0]).throw(t, exc)
		}, "", "nounwrap")
		c.defMethod("close", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			return None, gen(args[0]).close(t)
		}, "", "nounwrap")
		c.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			g := gen(args[0])
			return py.String(fmt.Sprintf("<%s object %s at %#x>", g.what(), g.qualname, objectAddress(g))), nil
		}, "", "nounwrap")
		prefix := map[*Class]string{GeneratorType: "gi", CoroutineType: "cr", AsyncGeneratorType: "ag"}[c]
		c.defGetSet("__name__", func(t *Thread, o Object) (Object, error) { return py.String(gen(o).name), nil },
			func(t *Thread, o, v Object) error { s, _ := v.(py.String); gen(o).name = string(s); return nil })
		c.defGetSet("__qualname__", func(t *Thread, o Object) (Object, error) { return py.String(gen(o).qualname), nil },
			func(t *Thread, o, v Object) error { s, _ := v.(py.String); gen(o).qualname = string(s); return nil })
		c.defGetSet(prefix+"_frame", func(t *Thread, o Object) (Object, error) {
			if f := gen(o).Frame(); f != nil {
				return f, nil
			}
			return None, nil
		}, nil)
		c.defGetSet(prefix+"_running", func(t *Thread, o Object) (Object, error) { return NewBool(gen(o).running), nil }, nil)
		if c != AsyncGeneratorType {
			// Suspended: paused at a yield or await (started, neither
			// running nor finished); inspect.getgeneratorstate reads it.
			// Async generators have no such attribute in CPython 3.11.
			c.defGetSet(prefix+"_suspended", func(t *Thread, o Object) (Object, error) {
				g := gen(o)
				return NewBool(g.started && !g.running && !g.finished), nil
			}, nil)
		}
		c.defGetSet(prefix+"_code", func(t *Thread, o Object) (Object, error) { return gen(o).frame.code, nil }, nil)
		awaitName := prefix + "_yieldfrom"
		if c == CoroutineType {
			awaitName = "cr_await"
		} else if c == AsyncGeneratorType {
			awaitName = "ag_await"
		}
		c.defGetSet(awaitName, func(t *Thread, o Object) (Object, error) { return orNone(gen(o).yieldFrom()), nil }, nil)
	}
	iterMethods(GeneratorType)
	CoroutineType.defMethod("__await__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return &coroWrapper{g: args[0].(*Generator)}, nil
	}, "", "nounwrap")
	iterMethods(coroWrapperType)
	coroWrapperType.defMethod("send", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return args[0].(*coroWrapper).g.send(t, args[1])
	}, "", "nounwrap")
	coroWrapperType.defMethod("throw", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		exc, err := throwArgs(t, args[1:])
		if err != nil {
			return nil, err
		}
		return args[0].(*coroWrapper).g.throw(t, exc)
	}, "", "nounwrap")
	coroWrapperType.defMethod("close", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return None, args[0].(*coroWrapper).g.close(t)
	}, "", "nounwrap")
}

// coroWrapper is what coroutine.__await__() returns: an iterator driving
// the coroutine.
type coroWrapper struct{ g *Generator }

func (c *coroWrapper) Type() *Type { return &coroWrapperType.Type }

// throwArgs makes the exception generator.throw(typ, val, tb) raises.
func throwArgs(t *Thread, args []Object) (*py.Exception, error) {
	var exc *py.Exception
	switch v := args[0].(type) {
	case *py.Exception:
		if len(args) > 1 && args[1] != None {
			return nil, NewError(py.TypeError, "instance exception may not have a separate value")
		}
		exc = v
	case *py.Type:
		if !IsSubtype(v, py.BaseException) {
			return nil, NewError(py.TypeError, fmt.Sprintf("exceptions must be classes or instances deriving from BaseException, not %s", "type"))
		}
		var cargs []Object
		if len(args) > 1 && args[1] != None {
			if e, ok := args[1].(*py.Exception); ok && IsSubtype(TypeOf(e), v) {
				exc = e
			} else if tup, ok := args[1].(Tuple); ok {
				cargs = tup
			} else {
				cargs = []Object{args[1]}
			}
		}
		if exc == nil {
			r, err := Call(t, v, cargs, nil)
			if err != nil {
				return nil, err
			}
			e, ok := r.(*py.Exception)
			if !ok {
				return nil, NewError(py.TypeError, "calling exception type did not return an exception")
			}
			exc = e
		}
	default:
		return nil, NewError(py.TypeError, fmt.Sprintf("exceptions must be classes or instances deriving from BaseException, not %s", TypeName(args[0])))
	}
	if len(args) > 2 && args[2] != None {
		tb, ok := args[2].(*Traceback)
		if !ok {
			return nil, NewError(py.TypeError, "throw() third argument must be a traceback object")
		}
		exc.Traceback = tb
	}
	return exc, nil
}

// nextOf advances the builtin iterator-making types.
func (e *enumerateIter) next(t *Thread) (Object, bool, error) {
	v, ok, err := Next(t, e.it)
	if !ok || err != nil {
		return nil, ok, err
	}
	n := e.n
	if i, ok := n.(py.Int); ok && i < 1<<62 {
		e.n = NewInt(int64(i) + 1)
	} else {
		nn, err := intBinary(bytecode.OpAdd, n, NewInt(1))
		if err != nil {
			return nil, false, err
		}
		e.n = nn
	}
	return Tuple{n, v}, true, nil
}

func (z *zipIter) next(t *Thread) (Object, bool, error) {
	if z.done || len(z.its) == 0 {
		return nil, false, nil
	}
	out := make(Tuple, len(z.its))
	for i, it := range z.its {
		v, ok, err := Next(t, it)
		if err != nil {
			return nil, false, err
		}
		if !ok {
			z.done = true
			if z.strict {
				if i > 0 {
					plural := ""
					if i > 1 {
						plural = "s"
					}
					return nil, false, NewError(py.ValueError, fmt.Sprintf("zip() argument %d is shorter than argument%s 1%s", i+1, plural, map[bool]string{true: fmt.Sprintf("-%d", i), false: ""}[i > 1]))
				}
				for j := 1; j < len(z.its); j++ {
					_, ok, err := Next(t, z.its[j])
					if err != nil {
						return nil, false, err
					}
					if ok {
						plural := ""
						if j > 1 {
							plural = "s"
						}
						return nil, false, NewError(py.ValueError, fmt.Sprintf("zip() argument %d is longer than argument%s 1%s", j+1, plural, map[bool]string{true: fmt.Sprintf("-%d", j), false: ""}[j > 1]))
					}
				}
			}
			return nil, false, nil
		}
		out[i] = v
	}
	return out, true, nil
}

func (m *mapIter) next(t *Thread) (Object, bool, error) {
	args := make([]Object, len(m.its))
	for i, it := range m.its {
		v, ok, err := Next(t, it)
		if !ok || err != nil {
			return nil, false, err
		}
		args[i] = v
	}
	r, err := Call(t, m.fn, args, nil)
	return r, err == nil, err
}

func (f *filterIter) next(t *Thread) (Object, bool, error) {
	for {
		v, ok, err := Next(t, f.it)
		if !ok || err != nil {
			return nil, false, err
		}
		var keep bool
		if f.fn == None || f.fn == Object(py.BoolType) {
			keep, err = Truth(t, v)
		} else {
			var r Object
			r, err = Call(t, f.fn, []Object{v}, nil)
			if err == nil {
				keep, err = Truth(t, r)
			}
		}
		if err != nil {
			return nil, false, err
		}
		if keep {
			return v, true, nil
		}
	}
}

func (r *reversedIter) next(t *Thread) (Object, bool, error) {
	if r.i < 0 || r.seq == nil {
		return nil, false, nil
	}
	v, err := GetItem(t, r.seq, NewInt(int64(r.i)))
	if err != nil {
		if isExceptionType(err, py.IndexError) || IsStopIteration(err) {
			r.seq = nil
			return nil, false, nil
		}
		return nil, false, err
	}
	r.i--
	return v, true, nil
}

// superInit is super.__init__: super(type, obj) or, with no arguments,
// the calling method's class (its __class__ cell) and first argument.
func superInit(t *Thread, s *Super, args []Object, kwnames Tuple) error {
	if len(kwnames) > 0 {
		return NewError(py.TypeError, "super() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		f := t.frame
		if f == nil || f.code.Flags&bytecode.CoOptimized == 0 {
			return NewError(py.RuntimeError, "super(): no arguments")
		}
		code := f.code
		if code.ArgCount == 0 {
			return NewError(py.RuntimeError, "super(): no arguments")
		}
		first := f.fast[0]
		for i, name := range code.CellVars {
			if i < len(code.Cell2Arg) && code.Cell2Arg[i] == 0 {
				if c, ok := f.fast[f.cellBase+i].(*Cell); ok && c.V != nil {
					first = c.V
				}
			}
			_ = name
		}
		if first == nil {
			return NewError(py.RuntimeError, "super(): arg[0] deleted")
		}
		var cls Object
		for i, name := range code.FreeVars {
			if name == "__class__" {
				c, _ := f.fast[f.cellBase+len(code.CellVars)+i].(*Cell)
				if c == nil || c.V == nil {
					return NewError(py.RuntimeError, "super(): empty __class__ cell")
				}
				cls = c.V
			}
		}
		if cls == nil {
			return NewError(py.RuntimeError, "super(): __class__ cell not found")
		}
		typ, ok := cls.(*py.Type)
		if !ok {
			return NewError(py.RuntimeError, fmt.Sprintf("super(): __class__ is not a type (%s)", TypeName(cls)))
		}
		s.typ = typ
		return s.bind(first)
	case 1, 2:
		typ, ok := args[0].(*py.Type)
		if !ok {
			return NewError(py.TypeError, fmt.Sprintf("super() argument 1 must be a type, not %s", TypeName(args[0])))
		}
		s.typ = typ
		if len(args) == 2 && args[1] != None {
			return s.bind(args[1])
		}
		return nil
	}
	return NewError(py.TypeError, fmt.Sprintf("super() expected at most 2 arguments, got %d", len(args)))
}

// bind checks and records the object super() is bound to.
func (s *Super) bind(obj Object) error {
	if typ, ok := obj.(*py.Type); ok && IsSubtype(typ, s.typ) {
		s.obj, s.objType = obj, typ
		return nil
	}
	if IsSubtype(TypeOf(obj), s.typ) {
		s.obj, s.objType = obj, TypeOf(obj)
		return nil
	}
	return NewError(py.TypeError, "super(type, obj): obj must be an instance or subtype of type")
}

// superGetAttr looks name up in the MRO of the bound object's type,
// starting after super's class.
func superGetAttr(t *Thread, s *Super, name string) (Object, error) {
	if s.obj != nil && name != "__class__" {
		mro := ClassOf(s.objType).mro
		i := 0
		for i < len(mro) && mro[i].T() != s.typ {
			i++
		}
		h := strHash(name)
		for _, c := range mro[min(i+1, len(mro)):] {
			if v, ok := c.ns.getStrHashed(name, h); ok {
				switch d := v.(type) {
				case *Function:
					if Is(s.obj, s.objType) {
						return d, nil
					}
					return &BoundMethod{Fn: d, Self: s.obj}, nil
				case descrGetter:
					var inst Object = s.obj
					if Is(s.obj, s.objType) {
						inst = nil
					}
					return d.descrGet(t, inst, s.objType)
				case GoDescriptor:
					var inst Object = s.obj
					if Is(s.obj, s.objType) {
						inst = nil
					}
					return d.DescrGet(t, inst, s.objType)
				case *Instance:
					if get := d.cls.special(spGet); get != nil {
						var inst Object = s.obj
						if Is(s.obj, s.objType) {
							inst = None
						}
						return callMethod(t, get, v, []Object{inst, s.objType}, nil)
					}
				}
				return v, nil
			}
		}
	}
	return genericGetAttr(t, s, SuperType, name, strHash(name))
}

// nextExtra steps the iterator types defined in this file; Next calls it
// for types it does not know itself.
func nextExtra(t *Thread, it Object) (Object, bool, bool, error) {
	switch v := it.(type) {
	case *enumerateIter:
		r, ok, err := v.next(t)
		return r, ok, true, err
	case *zipIter:
		r, ok, err := v.next(t)
		return r, ok, true, err
	case *mapIter:
		r, ok, err := v.next(t)
		return r, ok, true, err
	case *filterIter:
		r, ok, err := v.next(t)
		return r, ok, true, err
	case *reversedIter:
		r, ok, err := v.next(t)
		return r, ok, true, err
	case *coroWrapper:
		r, err := v.g.send(t, None)
		if err != nil {
			if IsStopIteration(err) {
				return nil, false, true, nil
			}
			return nil, false, true, err
		}
		return r, true, true, nil
	case *Instance:
		if e, ok := v.base.(*enumerateIter); ok && v.cls.special(spNext) == EnumerateType.Lookup("__next__") {
			r, ok, err := e.next(t)
			return r, ok, true, err
		}
	}
	return nil, false, false, nil
}

var _ = strings.Join
