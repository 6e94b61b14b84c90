package vm

// The set algebra, step for step in the order CPython 3.11 performs it:
// which operand is iterated, which one is looked up, whether the result
// starts as a copy and when the table is resized all decide the order in
// which the result iterates.

// setOperand returns o as a set when it is one (set, frozenset or an
// instance of a subclass).
func setOperand(o Object) *Set { return setSelf(o) }

// exactDict returns o when it is a dict itself (not a subclass).
func exactDict(o Object) *Dict {
	d, _ := o.(*Dict)
	return d
}

// setCopyOf is the copy an operation starts from: a set of the same
// base kind as s with s's elements.
func setCopyOf(t *Thread, s *Set) *Set {
	c := newSetLike(s.frozen)
	c.merge(t, s)
	return c
}

// setFrom makes a new set (or frozenset) from any iterable.
func setFrom(t *Thread, frozen bool, o Object) (*Set, error) {
	s := newSetLike(frozen)
	if err := s.Update(t, o); err != nil {
		return nil, err
	}
	return s, nil
}

// setUnionMulti is s.union(*others).
func setUnionMulti(t *Thread, s *Set, others []Object) (*Set, error) {
	r := setCopyOf(t, s)
	for _, o := range others {
		if setOperand(o) == s {
			continue
		}
		if err := r.Update(t, o); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// setOr is s | other for two sets.
func setOr(t *Thread, s, other *Set) (*Set, error) {
	r := setCopyOf(t, s)
	if other == s {
		return r, nil
	}
	return r, r.merge(t, other)
}

// setIntersection is s & other: with another set, the smaller one is
// iterated (other when they are the same size) and each element found in
// the larger one is added; any other iterable is iterated.
func setIntersection(t *Thread, s *Set, o Object) (*Set, error) {
	r := newSetLike(s.frozen)
	other := setOperand(o)
	if other == s {
		return setCopyOf(t, s), nil
	}
	if other != nil {
		big, small := s, other
		if small.used > big.used {
			big, small = small, big
		}
		for i := 0; i < len(small.table); i++ {
			e := small.table[i]
			if !e.active() {
				continue
			}
			j, err := big.lookup(t, e.key, e.hash)
			if err != nil {
				return nil, err
			}
			if j >= 0 {
				if err := r.addHashed(t, e.key, e.hash); err != nil {
					return nil, err
				}
			}
		}
		return r, nil
	}
	err := ForEach(t, o, func(v Object) (bool, error) {
		h, err := Hash(t, v)
		if err != nil {
			return false, err
		}
		j, err := s.lookup(t, v, uint64(h))
		if err != nil {
			return false, err
		}
		if j >= 0 {
			return true, r.addHashed(t, v, uint64(h))
		}
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}

// setIntersectionMulti is s.intersection(*others).
func setIntersectionMulti(t *Thread, s *Set, others []Object) (*Set, error) {
	if len(others) == 0 {
		return setCopyOf(t, s), nil
	}
	r := s
	for _, o := range others {
		next, err := setIntersection(t, r, o)
		if err != nil {
			return nil, err
		}
		r = next
	}
	return r, nil
}

// setIntersectionUpdate is s &= other / s.intersection_update(*others).
func setIntersectionUpdate(t *Thread, s *Set, others []Object) error {
	r, err := setIntersectionMulti(t, s, others)
	if err != nil {
		return err
	}
	if r != s {
		s.swapBodies(r)
	}
	return nil
}

// setDifferenceUpdate removes other's elements from s, then resizes
// when more than a quarter of the table is dummies.
func setDifferenceUpdate(t *Thread, s *Set, o Object) error {
	other := setOperand(o)
	if other == s {
		s.Clear()
		return nil
	}
	if other != nil {
		if other.used>>3 > s.used {
			// A much larger other: only the common elements matter.
			var err error
			if other, err = setIntersection(t, s, other); err != nil {
				return err
			}
		}
		for i := 0; i < len(other.table); i++ {
			e := other.table[i]
			if !e.active() {
				continue
			}
			if _, err := s.discardHashed(t, e.key, e.hash); err != nil {
				return err
			}
		}
	} else {
		err := ForEach(t, o, func(v Object) (bool, error) {
			_, err := s.Discard(t, v)
			return true, err
		})
		if err != nil {
			return err
		}
	}
	if uint64(s.fill-s.used) <= s.mask/4 {
		return nil
	}
	n := s.used * 4
	if s.used > 50000 {
		n = s.used * 2
	}
	s.resize(n)
	return nil
}

// setDifference is s - other: a copy of s reduced by other when other
// is not a set or dict or is much smaller than s, else the elements of s
// not in other added one by one to a new set.
func setDifference(t *Thread, s *Set, o Object) (*Set, error) {
	other, d := setOperand(o), exactDict(o)
	var otherSize int
	switch {
	case other != nil:
		otherSize = other.used
	case d != nil:
		otherSize = d.used
	}
	if (other == nil && d == nil) || s.used>>2 > otherSize {
		r := setCopyOf(t, s)
		return r, setDifferenceUpdate(t, r, o)
	}
	r := newSetLike(s.frozen)
	for i := 0; i < len(s.table); i++ {
		e := s.table[i]
		if !e.active() {
			continue
		}
		var found bool
		if d != nil {
			j, err := d.find(t, e.key, e.hash)
			if err != nil {
				return nil, err
			}
			found = j >= 0
		} else {
			j, err := other.lookup(t, e.key, e.hash)
			if err != nil {
				return nil, err
			}
			found = j >= 0
		}
		if !found {
			if err := r.addHashed(t, e.key, e.hash); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

// setDifferenceMulti is s.difference(*others).
func setDifferenceMulti(t *Thread, s *Set, others []Object) (*Set, error) {
	if len(others) == 0 {
		return setCopyOf(t, s), nil
	}
	r, err := setDifference(t, s, others[0])
	if err != nil {
		return nil, err
	}
	for _, o := range others[1:] {
		if err := setDifferenceUpdate(t, r, o); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// setSymmetricDifferenceUpdate is s ^= other: each element of other
// (a dict's keys, a set's elements, or a set made from the iterable) is
// removed from s when there and added when not.
func setSymmetricDifferenceUpdate(t *Thread, s *Set, o Object) error {
	other := setOperand(o)
	if other == s {
		s.Clear()
		return nil
	}
	toggle := func(key Object, h uint64) error {
		found, err := s.discardHashed(t, key, h)
		if err != nil || found {
			return err
		}
		return s.addHashed(t, key, h)
	}
	if d := exactDict(o); d != nil {
		for i := 0; i < len(d.entries); i++ {
			if e := d.entries[i]; e.key != nil {
				if err := toggle(e.key, e.hash); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if other == nil {
		var err error
		if other, err = setFrom(t, s.frozen, o); err != nil {
			return err
		}
	}
	for i := 0; i < len(other.table); i++ {
		if e := other.table[i]; e.active() {
			if err := toggle(e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// setSymmetricDifference is s ^ other: a new set made from other, with
// s's elements toggled in it.
func setSymmetricDifference(t *Thread, s *Set, o Object) (*Set, error) {
	r, err := setFrom(t, s.frozen, o)
	if err != nil {
		return nil, err
	}
	return r, setSymmetricDifferenceUpdate(t, r, s)
}

// setIsSubset reports s <= other for two sets.
func setIsSubset(t *Thread, s, other *Set) (bool, error) {
	if s.used > other.used {
		return false, nil
	}
	for i := 0; i < len(s.table); i++ {
		e := s.table[i]
		if !e.active() {
			continue
		}
		j, err := other.lookup(t, e.key, e.hash)
		if err != nil || j < 0 {
			return false, err
		}
	}
	return true, nil
}

// setIsSubsetOf is s.issubset(o) for any iterable o.
func setIsSubsetOf(t *Thread, s *Set, o Object) (bool, error) {
	other := setOperand(o)
	if other == nil {
		var err error
		if other, err = setFrom(t, false, o); err != nil {
			return false, err
		}
	}
	return setIsSubset(t, s, other)
}

// setIsSupersetOf is s.issuperset(o): an iterable is checked element by
// element, stopping at the first one missing.
func setIsSupersetOf(t *Thread, s *Set, o Object) (bool, error) {
	if other := setOperand(o); other != nil {
		return setIsSubset(t, other, s)
	}
	result := true
	err := ForEach(t, o, func(v Object) (bool, error) {
		ok, err := s.Contains(t, v)
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

// setIsDisjoint is s.isdisjoint(o).
func setIsDisjoint(t *Thread, s *Set, o Object) (bool, error) {
	other := setOperand(o)
	if other == s {
		return s.used == 0, nil
	}
	if other != nil {
		big, small := s, other
		if small.used > big.used {
			big, small = small, big
		}
		for i := 0; i < len(small.table); i++ {
			e := small.table[i]
			if !e.active() {
				continue
			}
			j, err := big.lookup(t, e.key, e.hash)
			if err != nil {
				return false, err
			}
			if j >= 0 {
				return false, nil
			}
		}
		return true, nil
	}
	result := true
	err := ForEach(t, o, func(v Object) (bool, error) {
		ok, err := s.Contains(t, v)
		if err != nil {
			return false, err
		}
		if ok {
			result = false
			return false, nil
		}
		return true, nil
	})
	return result, err
}
