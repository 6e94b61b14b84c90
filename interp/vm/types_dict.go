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
	if v, ok := DictType.ns.GetStr("__iter__"); ok {
		dictIterMethod = v
	}
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
				// As in CPython, popitem gives back the tail it
				// emptied, so popping every item stays linear.
				d.entries = d.entries[:i]
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
				r, err := viewContains(t, view(args[0]), args[1])
				return NewBool(r), err
			}, "")
			defViewSetOps(vc)
		}
	}
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

// dictEqual compares two dicts' contents. A comparison may run Python
// code that changes either dict; each entry is read afresh.
func dictEqual(t *Thread, a, b *Dict) (bool, error) {
	if a.used != b.used {
		return false, nil
	}
	for i := 0; i < len(a.entries); i++ {
		e := a.entries[i]
		if e.key == nil {
			continue
		}
		// The stored hash is used, as CPython does: keys are not
		// hashed again.
		j, err := b.find(t, e.key, e.hash)
		if err != nil || j < 0 {
			return false, err
		}
		eq, err := Equal(t, e.value, b.entries[j].value)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}
