package vm

import (
	"github.com/go-python/gpython/py"
)

// Set is Python's set and frozenset. Its table follows CPython's layout
// and probing (linear probes, then perturbed jumps; resize at 60% fill)
// so that a set iterates in the same order as in CPython, which is what
// printing a set shows.
type Set struct {
	table  []setEntry
	mask   uint64
	fill   int // active + dummy entries
	used   int // active entries
	frozen bool
	hash   int64 // frozenset's cached hash, or -1
	// finger is where pop() resumes its scan.
	finger int
}

type setEntry struct {
	hash uint64
	key  Object // nil: empty; setDummy: deleted
}

var setDummy Object = &absentMarker{}

const (
	setMinSize     = 8
	setLinearProbe = 9
	setPerturb     = 5
)

// SetType and FrozenSetType are set and frozenset.
var (
	SetType       = newBuiltinType("set", "Build an unordered collection of unique elements.", nil)
	FrozenSetType = newBuiltinType("frozenset", "Build an immutable unordered collection of unique elements.", nil)
)

// Type implements py.Object.
func (s *Set) Type() *Type {
	if s.frozen {
		return &FrozenSetType.Type
	}
	return &SetType.Type
}

// NewSet returns an empty set.
func NewSet() *Set {
	return &Set{table: make([]setEntry, setMinSize), mask: setMinSize - 1, hash: -1}
}

// NewFrozenSet returns an empty frozenset.
func NewFrozenSet() *Set {
	s := NewSet()
	s.frozen = true
	return s
}

// Len returns the number of elements.
func (s *Set) Len() int { return s.used }

// Add adds key.
func (s *Set) Add(t *Thread, key Object) error {
	h, err := Hash(t, key)
	if err != nil {
		return err
	}
	return s.addHashed(t, key, uint64(h))
}

func (s *Set) addHashed(t *Thread, key Object, h uint64) error {
restart:
	mask := s.mask
	i := h & mask
	perturb := h
	freeslot := -1
	for {
		probes := 0
		if i+setLinearProbe <= mask {
			probes = setLinearProbe
		}
		for j := i; ; j++ {
			e := &s.table[j]
			if e.key == nil {
				if freeslot >= 0 {
					s.used++
					s.table[freeslot] = setEntry{hash: h, key: key}
					return nil
				}
				s.fill++
				s.used++
				*e = setEntry{hash: h, key: key}
				if uint64(s.fill)*5 >= mask*3 {
					n := s.used * 4
					if s.used > 50000 {
						n = s.used * 2
					}
					s.resize(n)
				}
				return nil
			}
			if e.key == setDummy {
				if freeslot < 0 {
					freeslot = int(j)
				}
			} else if e.hash == h {
				if Is(e.key, key) {
					return nil
				}
				startKey := e.key
				table := s.table
				eq, err := keysEqual(t, startKey, key)
				if err != nil {
					return err
				}
				if &table[0] != &s.table[0] || !Is(s.table[j].key, startKey) {
					goto restart
				}
				if eq {
					return nil
				}
				mask = s.mask
			}
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= setPerturb
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize rebuilds the table for at least minUsed entries.
func (s *Set) resize(minUsed int) {
	size := setMinSize
	for size <= minUsed {
		size <<= 1
	}
	old := s.table
	s.table = make([]setEntry, size)
	s.mask = uint64(size - 1)
	s.fill = s.used
	for _, e := range old {
		if e.key != nil && e.key != setDummy {
			s.insertClean(e.hash, e.key)
		}
	}
}

// insertClean places a key known to be absent into a table without
// dummies.
func (s *Set) insertClean(h uint64, key Object) {
	mask := s.mask
	i := h & mask
	perturb := h
	for {
		if s.table[i].key == nil {
			s.table[i] = setEntry{hash: h, key: key}
			return
		}
		if i+setLinearProbe <= mask {
			for j := i + 1; j <= i+setLinearProbe; j++ {
				if s.table[j].key == nil {
					s.table[j] = setEntry{hash: h, key: key}
					return
				}
			}
		}
		perturb >>= setPerturb
		i = (i*5 + 1 + perturb) & mask
	}
}

// lookup returns the table index holding key, or -1.
func (s *Set) lookup(t *Thread, key Object, h uint64) (int, error) {
restart:
	mask := s.mask
	i := h & mask
	perturb := h
	for {
		probes := 0
		if i+setLinearProbe <= mask {
			probes = setLinearProbe
		}
		for j := i; ; j++ {
			e := &s.table[j]
			if e.key == nil {
				return -1, nil
			}
			if e.hash == h && e.key != setDummy {
				if Is(e.key, key) {
					return int(j), nil
				}
				startKey := e.key
				table := s.table
				eq, err := keysEqual(t, startKey, key)
				if err != nil {
					return -1, err
				}
				if &table[0] != &s.table[0] || !Is(s.table[j].key, startKey) {
					goto restart
				}
				if eq {
					return int(j), nil
				}
				mask = s.mask
			}
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= setPerturb
		i = (i*5 + 1 + perturb) & mask
	}
}

// Contains reports whether key is in the set.
func (s *Set) Contains(t *Thread, key Object) (bool, error) {
	h, err := Hash(t, key)
	if err != nil {
		// A set is looked up as a frozenset of the same elements.
		if inner, ok := key.(*Set); ok && !inner.frozen {
			return s.Contains(t, inner.frozenCopy())
		}
		return false, err
	}
	i, err := s.lookup(t, key, uint64(h))
	return i >= 0, err
}

// Discard removes key, reporting whether it was there.
func (s *Set) Discard(t *Thread, key Object) (bool, error) {
	h, err := Hash(t, key)
	if err != nil {
		if inner, ok := key.(*Set); ok && !inner.frozen {
			return s.Discard(t, inner.frozenCopy())
		}
		return false, err
	}
	i, err := s.lookup(t, key, uint64(h))
	if err != nil || i < 0 {
		return false, err
	}
	s.table[i].key = setDummy
	s.used--
	return true, nil
}

// Update adds every element of an iterable.
func (s *Set) Update(t *Thread, o Object) error {
	if other, ok := o.(*Set); ok {
		if s.used == 0 && s.fill == 0 && len(other.table) == len(s.table) {
			// Copying into an empty table of the same size keeps CPython's
			// positions.
		}
		for _, e := range other.table {
			if e.key != nil && e.key != setDummy {
				if err := s.addHashed(t, e.key, e.hash); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if d, ok := o.(*Dict); ok {
		for _, e := range d.entries {
			if e.key != nil {
				if err := s.addHashed(t, e.key, e.hash); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return ForEach(t, o, func(v Object) (bool, error) {
		return true, s.Add(t, v)
	})
}

// Items returns the elements in iteration order.
func (s *Set) Items() []Object {
	out := make([]Object, 0, s.used)
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			out = append(out, e.key)
		}
	}
	return out
}

// Copy returns a copy of the same kind (set or frozenset).
func (s *Set) Copy() *Set {
	c := &Set{table: append([]setEntry(nil), s.table...), mask: s.mask, fill: s.fill, used: s.used, frozen: s.frozen, hash: -1}
	return c
}

func (s *Set) frozenCopy() *Set {
	c := s.Copy()
	c.frozen = true
	return c
}

// Clear removes every element.
func (s *Set) Clear() {
	s.table = make([]setEntry, setMinSize)
	s.mask = setMinSize - 1
	s.fill, s.used = 0, 0
}

// Pop removes and returns an arbitrary element, as CPython chooses it.
func (s *Set) Pop() (Object, bool) {
	if s.used == 0 {
		return nil, false
	}
	i := s.finger & int(s.mask)
	for {
		e := s.table[i]
		if e.key != nil && e.key != setDummy {
			break
		}
		i++
		if i > int(s.mask) {
			i = 0
		}
	}
	k := s.table[i].key
	s.table[i].key = setDummy
	s.used--
	s.finger = i + 1
	return k, true
}

// setIterator walks a set's table, failing if the set changes size.
type setIterator struct {
	s    *Set
	i    int
	used int
}

var setIteratorType = newBuiltinType("set_iterator", "", nil)

func (it *setIterator) Type() *Type { return &setIteratorType.Type }

func newSetIterator(s *Set) *setIterator { return &setIterator{s: s, used: s.used} }

func (it *setIterator) next() (Object, bool, error) {
	if it.s == nil {
		return nil, false, nil
	}
	if it.s.used != it.used {
		it.used = -1
		return nil, false, NewError(py.RuntimeError, "Set changed size during iteration")
	}
	for it.i < len(it.s.table) {
		e := it.s.table[it.i]
		it.i++
		if e.key != nil && e.key != setDummy {
			return e.key, true, nil
		}
	}
	it.s = nil
	return nil, false, nil
}
