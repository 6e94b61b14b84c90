package vm

import (
	"github.com/go-python/gpython/py"
)

// Set is Python's set and frozenset. Its table follows CPython's layout
// and probing (linear probes, then perturbed jumps; resize at 60% fill),
// and every operation adds, removes and resizes in the order CPython's
// does, so that a set iterates in the same order as in CPython, which is
// what printing a set shows. The operations themselves are in setops.go.
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

// A setEntry is unused (nil key), a dummy left by a deletion (setDummy),
// or active.
type setEntry struct {
	hash uint64
	key  Object
}

// setDummyMarker is not zero-sized, so that its address is its own.
type setDummyMarker struct{ _ byte }

func (*setDummyMarker) Type() *Type { return &objectClass.Type }

var setDummy Object = &setDummyMarker{}

const (
	setMinSize     = 8
	setLinearProbe = 9
	setPerturb     = 5
)

// SetType and FrozenSetType are set and frozenset.
var (
	SetType       = newBuiltinType("set", "Build an unordered collection of unique elements.", nil)
	FrozenSetType = newBuiltinType("frozenset", "A set that cannot change after it is made (and so can be hashed).", nil)
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

// newSetLike returns an empty set, or frozenset when frozen.
func newSetLike(frozen bool) *Set {
	s := NewSet()
	s.frozen = frozen
	return s
}

// Len returns the number of elements.
func (s *Set) Len() int { return s.used }

func (e *setEntry) active() bool { return e.key != nil && e.key != setDummy }

// Add adds key.
func (s *Set) Add(t *Thread, key Object) error {
	h, err := Hash(t, key)
	if err != nil {
		return err
	}
	return s.addHashed(t, key, uint64(h))
}

// addHashed adds key, whose hash is h. Like CPython it scans the whole
// probe sequence for an equal key, remembering the last deleted slot it
// passed, and reuses that slot; a user __eq__ that changes the set makes
// it start over.
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
				freeslot = int(j)
			} else if e.hash == h {
				startKey := e.key
				if Is(startKey, key) {
					return nil
				}
				table := s.table
				eq, err := keysEqual(t, startKey, key)
				if err != nil {
					return err
				}
				if eq {
					return nil
				}
				if len(table) != len(s.table) || &table[0] != &s.table[0] || !Is(s.table[j].key, startKey) {
					goto restart
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

// resize rebuilds the table for at least minUsed entries, dropping the
// dummies; entries are reinserted in table order.
func (s *Set) resize(minUsed int) {
	size := setMinSize
	for size <= minUsed {
		size <<= 1
	}
	old := s.table
	s.table = make([]setEntry, size)
	s.mask = uint64(size - 1)
	s.fill = s.used
	for i := range old {
		if old[i].active() {
			s.insertClean(old[i].hash, old[i].key)
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
				startKey := e.key
				if Is(startKey, key) {
					return int(j), nil
				}
				table := s.table
				eq, err := keysEqual(t, startKey, key)
				if err != nil {
					return -1, err
				}
				if len(table) != len(s.table) || &table[0] != &s.table[0] || !Is(s.table[j].key, startKey) {
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

// hashKey hashes a key for lookup; a set that is not hashable is looked
// up as the frozenset of its elements, as CPython does for in, remove
// and discard.
func hashKey(t *Thread, key Object) (Object, uint64, error) {
	h, err := Hash(t, key)
	if err == nil {
		return key, uint64(h), nil
	}
	if inner := setSelf(key); inner != nil && !inner.frozen && isExceptionType(err, py.TypeError) {
		fz := newSetLike(true)
		fz.merge(t, inner)
		return fz, uint64(frozensetHash(fz)), nil
	}
	return nil, 0, err
}

// Contains reports whether key is in the set.
func (s *Set) Contains(t *Thread, key Object) (bool, error) {
	key, h, err := hashKey(t, key)
	if err != nil {
		return false, err
	}
	i, err := s.lookup(t, key, h)
	return i >= 0, err
}

// Discard removes key, reporting whether it was there.
func (s *Set) Discard(t *Thread, key Object) (bool, error) {
	key, h, err := hashKey(t, key)
	if err != nil {
		return false, err
	}
	return s.discardHashed(t, key, h)
}

// discardHashed removes key, whose hash is h, leaving a dummy.
func (s *Set) discardHashed(t *Thread, key Object, h uint64) (bool, error) {
	i, err := s.lookup(t, key, h)
	if err != nil || i < 0 {
		return false, err
	}
	s.table[i] = setEntry{key: setDummy}
	s.used--
	return true, nil
}

// Update adds every element of an iterable (set.update with one
// argument, and {*a, *b}).
func (s *Set) Update(t *Thread, o Object) error {
	if other := setSelf(o); other != nil {
		return s.merge(t, other)
	}
	if d, ok := o.(*Dict); ok {
		// An exact dict: one resize up front, then its keys with their
		// stored hashes.
		n := d.used
		if uint64(s.fill+n)*5 >= s.mask*3 {
			s.resize((s.used + n) * 2)
		}
		for i := 0; i < len(d.entries); i++ {
			if e := d.entries[i]; e.key != nil {
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

// merge adds the elements of another set: one resize up front for all
// of them, then a copy of the table as it is when s is empty and the same
// size, clean insertions when s is empty, else ordinary additions.
func (s *Set) merge(t *Thread, other *Set) error {
	if other == s || other.used == 0 {
		return nil
	}
	if uint64(s.fill+other.used)*5 >= s.mask*3 {
		s.resize((s.used + other.used) * 2)
	}
	if s.fill == 0 && s.mask == other.mask && other.fill == other.used {
		copy(s.table, other.table)
		s.fill, s.used = other.fill, other.used
		return nil
	}
	if s.fill == 0 {
		s.fill, s.used = other.used, other.used
		for i := range other.table {
			if e := &other.table[i]; e.active() {
				s.insertClean(e.hash, e.key)
			}
		}
		return nil
	}
	// other may change under a user __eq__: walk it by index.
	for i := 0; i < len(other.table); i++ {
		if e := other.table[i]; e.active() {
			if err := s.addHashed(t, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// Items returns the elements in iteration order.
func (s *Set) Items() []Object {
	out := make([]Object, 0, s.used)
	for i := range s.table {
		if s.table[i].active() {
			out = append(out, s.table[i].key)
		}
	}
	return out
}

// Copy returns a copy of the same kind (set or frozenset), laid out as
// CPython lays out a copy.
func (s *Set) Copy() *Set {
	c := newSetLike(s.frozen)
	c.merge(nil, s)
	return c
}

// Clear removes every element.
func (s *Set) Clear() {
	s.table = make([]setEntry, setMinSize)
	s.mask = setMinSize - 1
	s.fill, s.used = 0, 0
	s.hash = -1
}

// Pop removes and returns an arbitrary element, as CPython chooses it.
func (s *Set) Pop() (Object, bool) {
	if s.used == 0 {
		return nil, false
	}
	i := s.finger & int(s.mask)
	for !s.table[i].active() {
		i++
		if i > int(s.mask) {
			i = 0
		}
	}
	k := s.table[i].key
	s.table[i] = setEntry{key: setDummy}
	s.used--
	s.finger = i + 1
	return k, true
}

// swapBodies exchanges the contents of two sets (the table and its
// counts), as an in-place operation installs its result.
func (s *Set) swapBodies(o *Set) {
	s.table, o.table = o.table, s.table
	s.mask, o.mask = o.mask, s.mask
	s.fill, o.fill = o.fill, s.fill
	s.used, o.used = o.used, s.used
	s.hash, o.hash = o.hash, s.hash
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
		if e.active() {
			return e.key, true, nil
		}
	}
	it.s = nil
	return nil, false, nil
}
