package vm

import (
	"fmt"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/go-python/gpython/py"
)

// The methods of set and frozenset. The algorithms are in setops.go.

// setSelf returns the set of a set, frozenset or subclass instance.
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

// setCompare implements the comparisons of two sets.
func setCompare(t *Thread, op bytecode.CompareOp, a, b *Set) (Object, error) {
	var r bool
	var err error
	switch op {
	case bytecode.CmpEq, bytecode.CmpNe:
		eq := a.used == b.used
		if eq && a.frozen && b.frozen && a.hash != -1 && b.hash != -1 && a.hash != b.hash {
			eq = false
		}
		if eq {
			if eq, err = setIsSubset(t, a, b); err != nil {
				return nil, err
			}
		}
		r = eq == (op == bytecode.CmpEq)
	case bytecode.CmpLe:
		r, err = setIsSubset(t, a, b)
	case bytecode.CmpLt:
		r = a.used < b.used
		if r {
			r, err = setIsSubset(t, a, b)
		}
	case bytecode.CmpGe:
		r, err = setIsSubset(t, b, a)
	default:
		r = a.used > b.used
		if r {
			r, err = setIsSubset(t, b, a)
		}
	}
	if err != nil {
		return nil, err
	}
	return NewBool(r), nil
}

func setRepr(t *Thread, s *Set, self Object) (Object, error) {
	name := TypeName(self)
	if s.used == 0 {
		return py.String(name + "()"), nil
	}
	if t.reprEnter(self) {
		return py.String(name + "(...)"), nil
	}
	defer t.reprLeave(self)
	r, err := reprSequence(t, nil, s.Items(), "{", "}")
	if err != nil {
		return nil, err
	}
	if s.frozen || name != "set" {
		return py.String(name + "(" + string(r.(py.String)) + ")"), nil
	}
	return r, nil
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
	for i := range s.table {
		if s.table[i].active() {
			hash ^= shuffle(s.table[i].hash)
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

// setResult wraps a set operation's result for its caller.
func setResult(r *Set, err error) (Object, error) {
	if err != nil {
		return nil, err
	}
	return r, nil
}

func init() {
	for _, c := range []*Class{SetType, FrozenSetType} {
		c := c
		frozen := c == FrozenSetType
		name := c.Name()
		c.flags |= clsBaseType
		c.def("__new__", &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			typ := args[0].(*py.Type)
			exact := typ == c.T()
			if len(kwnames) > 0 && (exact || frozen && ClassOf(typ).special(spInit) == c.special(spInit)) {
				return nil, NewError(py.TypeError, name+"() takes no keyword arguments")
			}
			npos := len(args) - 1 - len(kwnames)
			if exact && npos > 1 || frozen && npos > 1 {
				return nil, NewError(py.TypeError, fmt.Sprintf("%s expected at most 1 argument, got %d", typ.Name, npos))
			}
			if !frozen {
				return newInstanceOf(typ, c.T(), NewSet()), nil
			}
			if npos == 1 {
				if fz, ok := args[1].(*Set); ok && fz.frozen && exact {
					return fz, nil
				}
				s, err := setFrom(t, true, args[1])
				if err != nil {
					return nil, err
				}
				return newInstanceOf(typ, c.T(), s), nil
			}
			return newInstanceOf(typ, c.T(), NewFrozenSet()), nil
		}})
		if !frozen {
			c.defMethod("__init__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
				if len(kwnames) > 0 {
					return nil, NewError(py.TypeError, "set() takes no keyword arguments")
				}
				s := setSelf(args[0])
				if len(args) > 2 {
					return nil, NewError(py.TypeError, fmt.Sprintf("%s expected at most 1 argument, got %d", TypeName(args[0]), len(args)-1))
				}
				if s.fill > 0 {
					s.Clear()
				}
				s.hash = -1
				if len(args) == 2 {
					return None, s.Update(t, args[1])
				}
				return None, nil
			}, "", "nounwrap")
		}
		setM := func(name string, min, max int, fn func(t *Thread, s *Set, self Object, a []Object) (Object, error)) {
			c.defMethod(name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
				if err := checkMethodArgs(name, args, kwnames, min, max); err != nil {
					return nil, err
				}
				return fn(t, setSelf(args[0]), args[0], args[1:])
			}, "", "nounwrap")
		}
		// setVar is a method taking any number of positional arguments.
		setVar := func(name string, fn func(t *Thread, s *Set, a []Object) (Object, error)) {
			c.defMethod(name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
				if len(kwnames) > 0 {
					return nil, NewError(py.TypeError, fmt.Sprintf("%s.%s() takes no keyword arguments", c.Name(), name))
				}
				return fn(t, setSelf(args[0]), args[1:])
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
			if _, ok := self.(*Set); ok && frozen {
				return self, nil
			}
			return setCopyOf(t, s), nil
		})
		setVar("union", func(t *Thread, s *Set, a []Object) (Object, error) { return setResult(setUnionMulti(t, s, a)) })
		setVar("intersection", func(t *Thread, s *Set, a []Object) (Object, error) {
			return setResult(setIntersectionMulti(t, s, a))
		})
		setVar("difference", func(t *Thread, s *Set, a []Object) (Object, error) {
			return setResult(setDifferenceMulti(t, s, a))
		})
		setM("symmetric_difference", 1, 1, func(t *Thread, s *Set, self Object, a []Object) (Object, error) {
			return setResult(setSymmetricDifference(t, s, a[0]))
		})
		setM("issubset", 1, 1, func(t *Thread, s *Set, self Object, a []Object) (Object, error) {
			r, err := setIsSubsetOf(t, s, a[0])
			return NewBool(r), err
		})
		setM("issuperset", 1, 1, func(t *Thread, s *Set, self Object, a []Object) (Object, error) {
			r, err := setIsSupersetOf(t, s, a[0])
			return NewBool(r), err
		})
		setM("isdisjoint", 1, 1, func(t *Thread, s *Set, self Object, a []Object) (Object, error) {
			r, err := setIsDisjoint(t, s, a[0])
			return NewBool(r), err
		})
		// The operators take two sets (or frozensets) and leave anything
		// else to the other operand.
		op := func(name string, fn func(t *Thread, a, b *Set) (*Set, error), reflected bool) {
			c.defMethod(name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
				if err := checkMethodArgs(name, args, kwnames, 1, 1); err != nil {
					return nil, err
				}
				a, b := setSelf(args[0]), setSelf(args[1])
				if b == nil {
					return NotImplemented, nil
				}
				if reflected {
					a, b = b, a
				}
				return setResult(fn(t, a, b))
			}, "", "nounwrap")
		}
		or := setOr
		and := func(t *Thread, a, b *Set) (*Set, error) { return setIntersection(t, a, b) }
		sub := func(t *Thread, a, b *Set) (*Set, error) { return setDifference(t, a, b) }
		xor := func(t *Thread, a, b *Set) (*Set, error) { return setSymmetricDifference(t, a, b) }
		op("__or__", or, false)
		op("__ror__", or, true)
		op("__and__", and, false)
		op("__rand__", and, true)
		op("__sub__", sub, false)
		op("__rsub__", sub, true)
		op("__xor__", xor, false)
		op("__rxor__", xor, true)
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
		setVar("update", func(t *Thread, s *Set, a []Object) (Object, error) {
			for _, o := range a {
				if err := s.Update(t, o); err != nil {
					return nil, err
				}
			}
			return None, nil
		})
		setVar("intersection_update", func(t *Thread, s *Set, a []Object) (Object, error) {
			return None, setIntersectionUpdate(t, s, a)
		})
		setVar("difference_update", func(t *Thread, s *Set, a []Object) (Object, error) {
			for _, o := range a {
				if err := setDifferenceUpdate(t, s, o); err != nil {
					return nil, err
				}
			}
			return None, nil
		})
		setM("symmetric_difference_update", 1, 1, func(t *Thread, s *Set, self Object, a []Object) (Object, error) {
			return None, setSymmetricDifferenceUpdate(t, s, a[0])
		})
		inplace := func(name string, fn func(t *Thread, s *Set, o Object) error) {
			c.defMethod(name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
				if err := checkMethodArgs(name, args, kwnames, 1, 1); err != nil {
					return nil, err
				}
				if setSelf(args[1]) == nil {
					return NotImplemented, nil
				}
				if err := fn(t, setSelf(args[0]), args[1]); err != nil {
					return nil, err
				}
				return args[0], nil
			}, "", "nounwrap")
		}
		inplace("__ior__", func(t *Thread, s *Set, o Object) error { return s.Update(t, o) })
		inplace("__iand__", func(t *Thread, s *Set, o Object) error { return setIntersectionUpdate(t, s, []Object{o}) })
		inplace("__isub__", setDifferenceUpdate)
		inplace("__ixor__", setSymmetricDifferenceUpdate)
	}
}
