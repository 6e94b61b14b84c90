package vm

import (
	"fmt"
	"strings"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/go-python/gpython/py"
)

// dict, its views, set and frozenset.

func dictSelf(o Object) *Dict {
	d, _ := asDict(o)
	return d
}

func dictMethod(name string, min, max int, fn func(t *Thread, d *Dict, self Object, args []Object) (Object, error)) {
	DictType.defMethod(name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs(name, args, kwnames, min, max); err != nil {
			return nil, err
		}
		return fn(t, dictSelf(args[0]), args[0], args[1:])
	}, "", "nounwrap")
}

// dictGetItem is dict.__getitem__, calling __missing__ for subclasses
// that define it.
func dictGetItem(t *Thread, d *Dict, self, k Object) (Object, error) {
	v, ok, err := d.Get(t, k)
	if err != nil {
		return nil, err
	}
	if ok {
		return v, nil
	}
	if inst, isInst := self.(*Instance); isInst {
		if m := inst.cls.special(spMissing); m != nil {
			return callMethod(t, m, self, []Object{k}, nil)
		}
	}
	return nil, keyError(k)
}

// dictUpdateArgs is dict.update(other=(), **kwargs) and dict(...).
func dictUpdateArgs(t *Thread, d *Dict, name string, args []Object, kwnames Tuple) error {
	npos := len(args) - len(kwnames)
	if npos > 1 {
		return NewError(py.TypeError, fmt.Sprintf("%s expected at most 1 argument, got %d", name, npos))
	}
	if npos == 1 {
		src := args[0]
		if _, isDict := asDict(src); isDict {
			if err := dictUpdateFrom(t, d, src, nil); err != nil {
				return err
			}
		} else if has, _ := HasAttr(t, src, "keys"); has {
			if err := dictUpdateFrom(t, d, src, nil); err != nil {
				return err
			}
		} else {
			i := 0
			err := ForEach(t, src, func(item Object) (bool, error) {
				pair, err := Collect(t, item)
				if err != nil {
					if isExceptionType(err, py.TypeError) {
						return false, NewError(py.TypeError, fmt.Sprintf("cannot convert dictionary update sequence element #%d to a sequence", i))
					}
					return false, err
				}
				if len(pair) != 2 {
					return false, NewError(py.ValueError, fmt.Sprintf("dictionary update sequence element #%d has length %d; 2 is required", i, len(pair)))
				}
				i++
				return true, d.Set(t, pair[0], pair[1])
			})
			if err != nil {
				if isExceptionType(err, py.TypeError) && !hasIter(src) {
					return NewError(py.TypeError, fmt.Sprintf("'%s' object is not iterable", TypeName(src)))
				}
				return err
			}
		}
	}
	for i, k := range kwnames {
		d.SetStr(string(k.(py.String)), args[npos+i])
	}
	return nil
}

func init() {
	c := DictType
	c.flags |= clsBaseType
	c.def("__new__", &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		typ := args[0].(*py.Type)
		return newInstanceOf(typ, DictType.T(), NewDict(0)), nil
	}})
	c.defMethod("__init__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return None, dictUpdateArgs(t, dictSelf(args[0]), "dict", args[1:], kwnames)
	}, "", "nounwrap")
	dictMethod("__repr__", 0, 0, func(t *Thread, d *Dict, self Object, a []Object) (Object, error) {
		return dictRepr(t, d)
	})
	dictMethod("__len__", 0, 0, func(t *Thread, d *Dict, self Object, a []Object) (Object, error) { return NewInt(int64(d.used)), nil })
	dictMethod("__getitem__", 1, 1, func(t *Thread, d *Dict, self Object, a []Object) (Object, error) {
		return dictGetItem(t, d, self, a[0])
	})
	dictMethod("__setitem__", 2, 2, func(t *Thread, d *Dict, self Object, a []Object) (Object, error) {
		return None, d.Set(t, a[0], a[1])
	})
	dictMethod("__delitem__", 1, 1, func(t *Thread, d *Dict, self Object, a []Object) (Object, error) {
		ok, err := d.Delete(t, a[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, keyError(a[0])
		}
		return None, nil
	})
	dictMethod("__contains__", 1, 1, func(t *Thread, d *Dict, self Object, a []Object) (Object, error) {
		_, ok, err := d.Get(t, a[0])
		return NewBool(ok), err
	})
	dictMethod("__iter__", 0, 0, func(t *Thread, d *Dict, self Object, a []Object) (Object, error) {
		return &dictIterator{d: d, kind: dictKeys, used: d.used}, nil
	})
	dictMethod("__reversed__", 0, 0, func(t *Thread, d *Dict, self Object, a []Object) (Object, error) {
		return &dictIterator{d: d, kind: dictKeys, used: d.used, reverse: true}, nil
	})
	dictMethod("get", 1, 2, func(t *Thread, d *Dict, self Object, a []Object) (Object, error) {
		v, ok, err := d.Get(t, a[0])
		if err != nil {
			return nil, err
		}
		if ok {
			return v, nil
		}
		if len(a) == 2 {
			return a[1], nil
		}
		return None, nil
	})
	dictMethod("keys", 0, 0, func(t *Thread, d *Dict, self Object, a []Object) (Object, error) {
		return &DictView{d: d, kind: dictKeys, owner: self}, nil
	})
	if v, ok := DictType.ns.GetStr("keys"); ok {
		dictKeysMethod = v
	}
	dictMethod("values", 0, 0, func(t *Thread, d *Dict, self Object, a []Object) (Object, error) {
		return &DictView{d: d, kind: dictValues, owner: self}, nil
	})
	dictMethod("items", 0, 0, func(t *Thread, d *Dict, self Object, a []Object) (Object, error) {
		return &DictView{d: d, kind: dictItems, owner: self}, nil
	})
	dictMethod("pop", 1, 2, func(t *Thread, d *Dict, self Object, a []Object) (Object, error) {
		v, ok, err := d.Pop(t, a[0])
		if err != nil {
			return nil, err
		}
		if ok {
			return v, nil
		}
		if len(a) == 2 {
			return a[1], nil
		}
		return nil, keyError(a[0])
	})
	dictMethod("popitem", 0, 0, func(t *Thread, d *Dict, self Object, a []Object) (Object, error) {
		for i := len(d.entries) - 1; i >= 0; i-- {
			e := d.entries[i]
			if e.key != nil {
				d.deleteAt(i)
				return Tuple{e.key, e.value}, nil
			}
		}
		return nil, NewException(py.KeyError, py.String("popitem(): dictionary is empty"))
	})
	dictMethod("setdefault", 1, 2, func(t *Thread, d *Dict, self Object, a []Object) (Object, error) {
		v, ok, err := d.Get(t, a[0])
		if err != nil {
			return nil, err
		}
		if ok {
			return v, nil
		}
		def := Object(None)
		if len(a) == 2 {
			def = a[1]
		}
		return def, d.Set(t, a[0], def)
	})
	c.defMethod("update", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return None, dictUpdateArgs(t, dictSelf(args[0]), "update", args[1:], kwnames)
	}, "", "nounwrap")
	dictMethod("copy", 0, 0, func(t *Thread, d *Dict, self Object, a []Object) (Object, error) { return d.Copy(), nil })
	dictMethod("clear", 0, 0, func(t *Thread, d *Dict, self Object, a []Object) (Object, error) {
		d.Clear()
		return None, nil
	})
	c.defMethod("fromkeys", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("fromkeys", args, kwnames, 1, 2); err != nil {
			return nil, err
		}
		v := Object(None)
		if len(args) == 3 {
			v = args[2]
		}
		obj, err := Call(t, args[0], nil, nil)
		if err != nil {
			return nil, err
		}
		err = ForEach(t, args[1], func(k Object) (bool, error) {
			return true, SetItem(t, obj, k, v)
		})
		return obj, err
	}, "", "class")
	c.defCompare(func(t *Thread, op bytecode.CompareOp, self, other Object) (Object, error) {
		o, ok := asDict(other)
		if !ok || (op != bytecode.CmpEq && op != bytecode.CmpNe) {
			return NotImplemented, nil
		}
		eq, err := dictEqual(t, dictSelf(self), o)
		if err != nil {
			return nil, err
		}
		return NewBool(eq == (op == bytecode.CmpEq)), nil
	})
	for _, m := range []string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"} {
		if md, ok := c.ns.GetStr(m); ok {
			md.(*MethodDescr).unwrap = false
		}
	}
	c.def("__hash__", None)
	c.defMethod("__or__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		o, ok := asDict(args[1])
		if !ok {
			return NotImplemented, nil
		}
		r := dictSelf(args[0]).Copy()
		return r, r.Update(t, o)
	}, "", "nounwrap")
	c.defMethod("__ror__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		o, ok := asDict(args[1])
		if !ok {
			return NotImplemented, nil
		}
		r := o.Copy()
		return r, r.Update(t, dictSelf(args[0]))
	}, "", "nounwrap")
	c.defMethod("__ior__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return args[0], dictUpdateArgs(t, dictSelf(args[0]), "update", args[1:2], nil)
	}, "", "nounwrap")
	c.defMethod("__class_getitem__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return newGenericAlias(args[0], args[1]), nil
	}, "", "class")

	for _, vc := range []*Class{dictKeysType, dictValuesType, dictItemsType} {
		vc := vc
		view := func(o Object) *DictView { return o.(*DictView) }
		vc.defMethod("__len__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			return NewInt(int64(view(args[0]).d.used)), nil
		}, "")
		vc.defMethod("__iter__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			v := view(args[0])
			return &dictIterator{d: v.d, kind: v.kind, used: v.d.used}, nil
		}, "")
		vc.defMethod("__reversed__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			v := view(args[0])
			return &dictIterator{d: v.d, kind: v.kind, used: v.d.used, reverse: true}, nil
		}, "")
		vc.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			v := view(args[0])
			items, err := Collect(t, v)
			if err != nil {
				return nil, err
			}
			inner, err := reprSequence(t, v, items, "[", "]")
			if err != nil {
				return nil, err
			}
			return py.String(vc.Name() + "(" + string(inner.(py.String)) + ")"), nil
		}, "")
		vc.defGetSet("mapping", func(t *Thread, o Object) (Object, error) {
			return &MappingProxy{m: view(o).owner}, nil
		}, nil)
		if vc != dictValuesType {
			vc.defMethod("__contains__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
				v := view(args[0])
				if v.kind == dictKeys {
					_, ok, err := v.d.Get(t, args[1])
					return NewBool(ok), err
				}
				pair, ok := args[1].(Tuple)
				if !ok || len(pair) != 2 {
					return False, nil
				}
				val, found, err := v.d.Get(t, pair[0])
				if err != nil || !found {
					return False, err
				}
				eq, err := Equal(t, val, pair[1])
				return NewBool(eq), err
			}, "")
			setLike := func(name string, fn func(t *Thread, a, b *Set) (*Set, error)) {
				vc.defMethod(name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
					a, err := setFromIterable(t, args[0])
					if err != nil {
						return nil, err
					}
					if !hasIter(args[1]) {
						return NotImplemented, nil
					}
					b, err := setFromIterable(t, args[1])
					if err != nil {
						return nil, err
					}
					if strings.HasPrefix(name, "__r") {
						a, b = b, a
					}
					return fn(t, a, b)
				}, "")
			}
			setLike("__and__", setIntersection)
			setLike("__rand__", setIntersection)
			setLike("__or__", setUnion)
			setLike("__ror__", setUnion)
			setLike("__sub__", setDifference)
			setLike("__rsub__", setDifference)
			setLike("__xor__", setSymmetricDifference)
			setLike("__rxor__", setSymmetricDifference)
			vc.defCompare(func(t *Thread, op bytecode.CompareOp, self, other Object) (Object, error) {
				if !isSetLike(other) {
					return NotImplemented, nil
				}
				a, err := setFromIterable(t, self)
				if err != nil {
					return nil, err
				}
				b, err := setFromIterable(t, other)
				if err != nil {
					return nil, err
				}
				return setCompare(t, op, a, b)
			})
			vc.def("__hash__", None)
			vc.defMethod("isdisjoint", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
				a, err := setFromIterable(t, args[0])
				if err != nil {
					return nil, err
				}
				r, err := setIsDisjoint(t, a, args[1])
				return NewBool(r), err
			}, "")
		}
	}
}

func isSetLike(o Object) bool {
	switch o.(type) {
	case *Set, *DictView:
		return true
	}
	return false
}

// dictRepr renders a dict as {k: v, ...}.
func dictRepr(t *Thread, d *Dict) (Object, error) {
	if d.used == 0 {
		return py.String("{}"), nil
	}
	if t.reprEnter(d) {
		return py.String("{...}"), nil
	}
	defer t.reprLeave(d)
	if err := t.enterCall(whereRepr); err != nil {
		return nil, err
	}
	defer t.leaveRecursive()
	var b strings.Builder
	b.WriteByte('{')
	first := true
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key == nil {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		k, err := ReprString(t, e.key)
		if err != nil {
			return nil, err
		}
		v, err := ReprString(t, e.value)
		if err != nil {
			return nil, err
		}
		b.WriteString(k)
		b.WriteString(": ")
		b.WriteString(v)
	}
	b.WriteByte('}')
	return py.String(b.String()), nil
}

// dictEqual compares two dicts' contents.
func dictEqual(t *Thread, a, b *Dict) (bool, error) {
	if a.used != b.used {
		return false, nil
	}
	for i := 0; i < len(a.entries); i++ {
		e := a.entries[i]
		if e.key == nil {
			continue
		}
		v, ok, err := b.Get(t, e.key)
		if err != nil || !ok {
			return false, err
		}
		eq, err := Equal(t, e.value, v)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// Sets.

func setSelf(o Object) *Set {
	switch v := o.(type) {
	case *Set:
		return v
	case *Instance:
		if s, ok := v.base.(*Set); ok {
			return s
		}
	}
	return nil
}

// setFromIterable builds a set from any iterable (a set is copied).
func setFromIterable(t *Thread, o Object) (*Set, error) {
	if s := setSelf(o); s != nil {
		return s.Copy(), nil
	}
	s := NewSet()
	return s, s.Update(t, o)
}

func setUnion(t *Thread, a, b *Set) (*Set, error) {
	r := a.Copy()
	r.frozen = a.frozen
	return r, r.Update(t, b)
}

func setIntersection(t *Thread, a, b *Set) (*Set, error) {
	r := NewSet()
	r.frozen = a.frozen
	small, big := a, b
	if b.used < a.used {
		small, big = b, a
	}
	for _, e := range small.table {
		if e.key == nil || e.key == setDummy {
			continue
		}
		i, err := big.lookup(t, e.key, e.hash)
		if err != nil {
			return nil, err
		}
		if i >= 0 {
			if err := r.addHashed(t, e.key, e.hash); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

func setDifference(t *Thread, a, b *Set) (*Set, error) {
	r := NewSet()
	r.frozen = a.frozen
	for _, e := range a.table {
		if e.key == nil || e.key == setDummy {
			continue
		}
		i, err := b.lookup(t, e.key, e.hash)
		if err != nil {
			return nil, err
		}
		if i < 0 {
			if err := r.addHashed(t, e.key, e.hash); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

func setSymmetricDifference(t *Thread, a, b *Set) (*Set, error) {
	r := a.Copy()
	for _, e := range b.table {
		if e.key == nil || e.key == setDummy {
			continue
		}
		i, err := r.lookup(t, e.key, e.hash)
		if err != nil {
			return nil, err
		}
		if i >= 0 {
			r.table[i].key = setDummy
			r.used--
		} else if err := r.addHashed(t, e.key, e.hash); err != nil {
			return nil, err
		}
	}
	return r, nil
}

func setIsSubset(t *Thread, a, b *Set) (bool, error) {
	if a.used > b.used {
		return false, nil
	}
	for _, e := range a.table {
		if e.key == nil || e.key == setDummy {
			continue
		}
		i, err := b.lookup(t, e.key, e.hash)
		if err != nil || i < 0 {
			return false, err
		}
	}
	return true, nil
}

func setIsDisjoint(t *Thread, a *Set, other Object) (bool, error) {
	disjoint := true
	err := ForEach(t, other, func(v Object) (bool, error) {
		ok, err := a.Contains(t, v)
		if err != nil {
			return false, err
		}
		if ok {
			disjoint = false
			return false, nil
		}
		return true, nil
	})
	return disjoint, err
}

func setCompare(t *Thread, op bytecode.CompareOp, a, b *Set) (Object, error) {
	switch op {
	case bytecode.CmpEq, bytecode.CmpNe:
		eq := a.used == b.used
		if eq {
			var err error
			eq, err = setIsSubset(t, a, b)
			if err != nil {
				return nil, err
			}
		}
		return NewBool(eq == (op == bytecode.CmpEq)), nil
	case bytecode.CmpLe:
		r, err := setIsSubset(t, a, b)
		return NewBool(r), err
	case bytecode.CmpLt:
		r, err := setIsSubset(t, a, b)
		return NewBool(r && a.used < b.used), err
	case bytecode.CmpGe:
		r, err := setIsSubset(t, b, a)
		return NewBool(r), err
	}
	r, err := setIsSubset(t, b, a)
	return NewBool(r && b.used < a.used), err
}

func setRepr(t *Thread, s *Set, self Object) (Object, error) {
	name := TypeName(self)
	if s.used == 0 {
		return py.String(name + "()"), nil
	}
	if t.reprEnter(s) {
		return py.String(name + "(...)"), nil
	}
	defer t.reprLeave(s)
	r, err := reprSequence(t, nil, s.Items(), "{", "}")
	if err != nil {
		return nil, err
	}
	if s.frozen || name != "set" {
		return py.String(name + "(" + string(r.(py.String)) + ")"), nil
	}
	return r, nil
}

func init() {
	for _, c := range []*Class{SetType, FrozenSetType} {
		c := c
		frozen := c == FrozenSetType
		c.flags |= clsBaseType
		c.def("__new__", &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			typ := args[0].(*py.Type)
			name := "set"
			if frozen {
				name = "frozenset"
			}
			if len(kwnames) > 0 && typ == c.T() {
				return nil, NewError(py.TypeError, name+"() takes no keyword arguments")
			}
			if len(args)-len(kwnames) > 2 {
				return nil, NewError(py.TypeError, fmt.Sprintf("%s expected at most 1 argument, got %d", name, len(args)-1))
			}
			s := NewSet()
			s.frozen = frozen
			if frozen && len(args) == 2 {
				if err := s.Update(t, args[1]); err != nil {
					return nil, err
				}
			}
			return newInstanceOf(typ, c.T(), s), nil
		}})
		c.defMethod("__init__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if frozen {
				return None, nil
			}
			s := setSelf(args[0])
			if len(args) > 2 {
				return nil, NewError(py.TypeError, fmt.Sprintf("set expected at most 1 argument, got %d", len(args)-1))
			}
			s.Clear()
			if len(args) == 2 {
				return None, s.Update(t, args[1])
			}
			return None, nil
		}, "", "nounwrap")
		setM := func(name string, min, max int, fn func(t *Thread, s *Set, self Object, a []Object) (Object, error)) {
			c.defMethod(name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
				if err := checkMethodArgs(name, args, kwnames, min, max); err != nil {
					return nil, err
				}
				return fn(t, setSelf(args[0]), args[0], args[1:])
			}, "", "nounwrap")
		}
		setM("__repr__", 0, 0, func(t *Thread, s *Set, self Object, a []Object) (Object, error) { return setRepr(t, s, self) })
		setM("__len__", 0, 0, func(t *Thread, s *Set, self Object, a []Object) (Object, error) { return NewInt(int64(s.used)), nil })
		setM("__iter__", 0, 0, func(t *Thread, s *Set, self Object, a []Object) (Object, error) { return newSetIterator(s), nil })
		setM("__contains__", 1, 1, func(t *Thread, s *Set, self Object, a []Object) (Object, error) {
			r, err := s.Contains(t, a[0])
			return NewBool(r), err
		})
		setM("copy", 0, 0, func(t *Thread, s *Set, self Object, a []Object) (Object, error) {
			if frozen {
				if _, ok := self.(*Set); ok {
					return self, nil
				}
			}
			return s.Copy(), nil
		})
		multi := func(name string, fn func(t *Thread, a, b *Set) (*Set, error)) {
			c.defMethod(name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
				if err := noKeywords(name, kwnames); err != nil {
					return nil, err
				}
				r := setSelf(args[0]).Copy()
				for _, o := range args[1:] {
					b, err := setFromIterable(t, o)
					if err != nil {
						return nil, err
					}
					if r, err = fn(t, r, b); err != nil {
						return nil, err
					}
				}
				r.frozen = frozen
				return r, nil
			}, "", "nounwrap")
		}
		multi("union", setUnion)
		multi("intersection", setIntersection)
		multi("difference", setDifference)
		setM("symmetric_difference", 1, 1, func(t *Thread, s *Set, self Object, a []Object) (Object, error) {
			b, err := setFromIterable(t, a[0])
			if err != nil {
				return nil, err
			}
			r, err := setSymmetricDifference(t, s, b)
			if r != nil {
				r.frozen = frozen
			}
			return r, err
		})
		setM("issubset", 1, 1, func(t *Thread, s *Set, self Object, a []Object) (Object, error) {
			b, err := setFromIterable(t, a[0])
			if err != nil {
				return nil, err
			}
			r, err := setIsSubset(t, s, b)
			return NewBool(r), err
		})
		setM("issuperset", 1, 1, func(t *Thread, s *Set, self Object, a []Object) (Object, error) {
			b, err := setFromIterable(t, a[0])
			if err != nil {
				return nil, err
			}
			r, err := setIsSubset(t, b, s)
			return NewBool(r), err
		})
		setM("isdisjoint", 1, 1, func(t *Thread, s *Set, self Object, a []Object) (Object, error) {
			r, err := setIsDisjoint(t, s, a[0])
			return NewBool(r), err
		})
		op := func(name string, fn func(t *Thread, a, b *Set) (*Set, error), reflected bool) {
			c.defMethod(name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
				b := setSelf(args[1])
				if b == nil {
					return NotImplemented, nil
				}
				a := setSelf(args[0])
				if reflected {
					a, b = b, a
				}
				r, err := fn(t, a, b)
				if r != nil {
					r.frozen = setSelf(args[0]).frozen
				}
				return r, err
			}, "", "nounwrap")
		}
		op("__or__", setUnion, false)
		op("__ror__", setUnion, true)
		op("__and__", setIntersection, false)
		op("__rand__", setIntersection, true)
		op("__sub__", setDifference, false)
		op("__rsub__", setDifference, true)
		op("__xor__", setSymmetricDifference, false)
		op("__rxor__", setSymmetricDifference, true)
		c.defCompare(func(t *Thread, op bytecode.CompareOp, self, other Object) (Object, error) {
			b := setSelf(other)
			if b == nil {
				return NotImplemented, nil
			}
			return setCompare(t, op, setSelf(self), b)
		})
		for _, m := range []string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"} {
			if md, ok := c.ns.GetStr(m); ok {
				md.(*MethodDescr).unwrap = false
			}
		}
		c.defMethod("__class_getitem__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			return newGenericAlias(args[0], args[1]), nil
		}, "", "class")
		if frozen {
			fh := c.defMethod("__hash__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
				return NewInt(frozensetHash(setSelf(args[0]))), nil
			}, "", "nounwrap")
			fh.hash = func(t *Thread, o Object) (int64, error) { return frozensetHash(setSelf(o)), nil }
			continue
		}
		c.def("__hash__", None)
		setM("add", 1, 1, func(t *Thread, s *Set, self Object, a []Object) (Object, error) { return None, s.Add(t, a[0]) })
		setM("discard", 1, 1, func(t *Thread, s *Set, self Object, a []Object) (Object, error) {
			_, err := s.Discard(t, a[0])
			return None, err
		})
		setM("remove", 1, 1, func(t *Thread, s *Set, self Object, a []Object) (Object, error) {
			ok, err := s.Discard(t, a[0])
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, keyError(a[0])
			}
			return None, nil
		})
		setM("pop", 0, 0, func(t *Thread, s *Set, self Object, a []Object) (Object, error) {
			v, ok := s.Pop()
			if !ok {
				return nil, NewException(py.KeyError, py.String("pop from an empty set"))
			}
			return v, nil
		})
		setM("clear", 0, 0, func(t *Thread, s *Set, self Object, a []Object) (Object, error) {
			s.Clear()
			return None, nil
		})
		c.defMethod("update", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			s := setSelf(args[0])
			for _, o := range args[1:] {
				if err := s.Update(t, o); err != nil {
					return nil, err
				}
			}
			return None, nil
		}, "", "nounwrap")
		inplace := func(name string, fn func(t *Thread, a, b *Set) (*Set, error), isOperator bool) {
			c.defMethod(name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
				s := setSelf(args[0])
				for _, o := range args[1:] {
					var b *Set
					if isOperator {
						b = setSelf(o)
						if b == nil {
							return NotImplemented, nil
						}
					} else {
						var err error
						if b, err = setFromIterable(t, o); err != nil {
							return nil, err
						}
					}
					r, err := fn(t, s, b)
					if err != nil {
						return nil, err
					}
					*s = *r
					s.frozen = false
				}
				if isOperator {
					return args[0], nil
				}
				return None, nil
			}, "", "nounwrap")
		}
		inplace("intersection_update", setIntersection, false)
		inplace("difference_update", setDifference, false)
		inplace("symmetric_difference_update", setSymmetricDifference, false)
		inplace("__iand__", setIntersection, true)
		inplace("__isub__", setDifference, true)
		inplace("__ixor__", setSymmetricDifference, true)
		inplace("__ior__", setUnion, true)
	}
}

// frozensetHash combines element hashes as CPython does, so equal
// frozensets hash equal whatever their order.
func frozensetHash(s *Set) int64 {
	if s.hash != -1 {
		return s.hash
	}
	shuffle := func(h uint64) uint64 {
		return ((h ^ 89869747) ^ (h << 16)) * 3644798167
	}
	var hash uint64
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			hash ^= shuffle(e.hash)
		}
	}
	// CPython also xors in its empty and dummy slots, then cancels them
	// out: only the live entries count.
	hash ^= (uint64(s.used) + 1) * 1927868237
	hash ^= (hash >> 11) ^ (hash >> 25)
	hash = hash*69069 + 907133923
	h := int64(hash)
	if h == -1 {
		h = 590923713
	}
	s.hash = h
	return h
}
