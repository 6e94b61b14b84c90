package vm

import (
	"github.com/gilpy/gilpy/interp/bytecode"
)

// The set operations of dict keys and items views, in CPython's order:
// the left operand made into a set, then updated with the right one;
// & iterates whichever side CPython iterates.

// viewContains is item in v for a keys or items view.
func viewContains(t *Thread, v *DictView, item Object) (bool, error) {
	if v.kind == dictKeys {
		_, ok, err := v.d.Get(t, item)
		return ok, err
	}
	pair, ok := item.(Tuple)
	if !ok || len(pair) != 2 {
		return false, nil
	}
	val, found, err := v.d.Get(t, pair[0])
	if err != nil || !found {
		return false, err
	}
	return Equal(t, val, pair[1])
}

// viewToSet makes the set an operation starts from: the keys of a plain
// dict's keys view are added from the dict itself (with its stored
// hashes and one resize up front), anything else by iterating it.
func viewToSet(t *Thread, o Object) (*Set, error) {
	if v, ok := o.(*DictView); ok && v.kind == dictKeys {
		if d, ok := v.owner.(*Dict); ok {
			return setFrom(t, false, d)
		}
	}
	return setFrom(t, false, o)
}

func isDictSetView(o Object) bool {
	v, ok := o.(*DictView)
	return ok && v.kind != dictValues
}

// viewIntersect is a & b where either is a view.
func viewIntersect(t *Thread, self, other Object) (Object, error) {
	if !isDictSetView(self) {
		self, other = other, self
	}
	sv := self.(*DictView)
	lenSelf := sv.d.used
	if s, ok := other.(*Set); ok && !s.frozen && lenSelf <= s.used {
		return setResult(setIntersection(t, s, self))
	}
	if ov, ok := other.(*DictView); ok && ov.kind != dictValues && ov.d.used > lenSelf {
		self, other = other, self
		sv = ov
	}
	r := NewSet()
	err := ForEach(t, other, func(item Object) (bool, error) {
		ok, err := viewContains(t, sv, item)
		if err != nil {
			return false, err
		}
		if ok {
			return true, r.Add(t, item)
		}
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}

// viewItemsXor is a ^ b for two items views: the pairs of b whose key
// is missing from a or maps to a different value there, then a's
// remaining pairs.
func viewItemsXor(t *Thread, a, b *DictView) (Object, error) {
	rest := a.d.Copy()
	r := NewSet()
	for i := 0; i < len(b.d.entries); i++ {
		e := b.d.entries[i]
		if e.key == nil {
			continue
		}
		j, err := rest.find(t, e.key, e.hash)
		if err != nil {
			return nil, err
		}
		drop := false
		if j >= 0 {
			if drop, err = Equal(t, rest.entries[j].value, e.value); err != nil {
				return nil, err
			}
		}
		if drop {
			if _, err := rest.Delete(t, e.key); err != nil {
				return nil, err
			}
		} else if err := r.Add(t, Tuple{e.key, e.value}); err != nil {
			return nil, err
		}
	}
	if err := r.Update(t, &DictView{d: rest, kind: dictItems, owner: rest}); err != nil {
		return nil, err
	}
	return r, nil
}

// viewAllContainedIn reports whether every item of a is in b.
func viewAllContainedIn(t *Thread, a, b Object) (bool, error) {
	result := true
	err := ForEach(t, a, func(item Object) (bool, error) {
		ok, err := Contains(t, b, item)
		if err != nil {
			return false, err
		}
		if !ok {
			result = false
			return false, nil
		}
		return true, nil
	})
	return result, err
}

// defViewSetOps defines the set operations of a keys or items view type.
func defViewSetOps(vc *Class) {
	binary := func(name string, fn func(t *Thread, l, r Object) (Object, error)) {
		reflected := name[2] == 'r'
		vc.defMethod(name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := checkMethodArgs(name, args, kwnames, 1, 1); err != nil {
				return nil, err
			}
			if reflected {
				return fn(t, args[1], args[0])
			}
			return fn(t, args[0], args[1])
		}, "")
	}
	or := func(t *Thread, l, r Object) (Object, error) {
		s, err := viewToSet(t, l)
		if err != nil {
			return nil, err
		}
		return s, s.Update(t, r)
	}
	sub := func(t *Thread, l, r Object) (Object, error) {
		s, err := viewToSet(t, l)
		if err != nil {
			return nil, err
		}
		return s, setDifferenceUpdate(t, s, r)
	}
	xor := func(t *Thread, l, r Object) (Object, error) {
		lv, lok := l.(*DictView)
		rv, rok := r.(*DictView)
		if lok && rok && lv.kind == dictItems && rv.kind == dictItems {
			return viewItemsXor(t, lv, rv)
		}
		s, err := viewToSet(t, l)
		if err != nil {
			return nil, err
		}
		return s, setSymmetricDifferenceUpdate(t, s, r)
	}
	binary("__and__", viewIntersect)
	binary("__rand__", viewIntersect)
	binary("__or__", or)
	binary("__ror__", or)
	binary("__sub__", sub)
	binary("__rsub__", sub)
	binary("__xor__", xor)
	binary("__rxor__", xor)
	vc.defCompare(func(t *Thread, op bytecode.CompareOp, self, other Object) (Object, error) {
		if setSelf(other) == nil && !isDictSetView(other) {
			return NotImplemented, nil
		}
		lenSelf, err := Len(t, self)
		if err != nil {
			return nil, err
		}
		lenOther, err := Len(t, other)
		if err != nil {
			return nil, err
		}
		ok := false
		switch op {
		case bytecode.CmpEq, bytecode.CmpNe:
			if lenSelf == lenOther {
				if ok, err = viewAllContainedIn(t, self, other); err != nil {
					return nil, err
				}
			}
			if op == bytecode.CmpNe {
				ok = !ok
			}
		case bytecode.CmpLt:
			if lenSelf < lenOther {
				ok, err = viewAllContainedIn(t, self, other)
			}
		case bytecode.CmpLe:
			if lenSelf <= lenOther {
				ok, err = viewAllContainedIn(t, self, other)
			}
		case bytecode.CmpGt:
			if lenSelf > lenOther {
				ok, err = viewAllContainedIn(t, other, self)
			}
		default:
			if lenSelf >= lenOther {
				ok, err = viewAllContainedIn(t, other, self)
			}
		}
		if err != nil {
			return nil, err
		}
		return NewBool(ok), nil
	})
	vc.def("__hash__", None)
	vc.defMethod("isdisjoint", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("isdisjoint", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		self, other := args[0], args[1]
		if Is(self, other) {
			return NewBool(self.(*DictView).d.used == 0), nil
		}
		if setSelf(other) != nil || isDictSetView(other) {
			lenSelf := self.(*DictView).d.used
			lenOther, err := Len(t, other)
			if err != nil {
				return nil, err
			}
			if lenOther > lenSelf {
				self, other = other, self
			}
		}
		disjoint := true
		err := ForEach(t, other, func(item Object) (bool, error) {
			ok, err := Contains(t, self, item)
			if err != nil {
				return false, err
			}
			if ok {
				disjoint = false
				return false, nil
			}
			return true, nil
		})
		if err != nil {
			return nil, err
		}
		return NewBool(disjoint), nil
	}, "")
}
