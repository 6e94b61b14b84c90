package vm

import (
	"github.com/go-python/gpython/py"
)

// Dict is Python's dict: an insertion-ordered hash table with any
// hashable keys. Every dict a script can see is one of these: literals,
// kwargs, module globals, instance __dict__s.
//
// Entries live in insertion order in entries; a deleted entry keeps its
// place with a nil key until the table is rebuilt. Small dicts (at most
// linearMax entries) are searched by scanning entries; larger ones through
// an open-addressing index of entry positions.
type Dict struct {
	entries []dictEntry
	indices []int32 // nil while small; else power-of-two slots
	used    int     // live entries
	// layout changes whenever the set of keys or their positions change
	// (insertion of a new key, deletion, rebuild), never when only a
	// value is replaced. Caches of "where is this key" check it.
	layout uint64
	// strSub is set once a key is an instance of a str subclass: lookups
	// by plain str must then compare by equality, not just by text.
	strSub bool
}

type dictEntry struct {
	hash  uint64
	key   Object // nil when deleted
	value Object
}

const (
	linearMax = 8
	slotEmpty = -1
	slotDummy = -2
)

// DictType is dict.
var DictType = newBuiltinType("dict", "dict() -> new empty dictionary", nil)

// Type implements py.Object.
func (d *Dict) Type() *Type { return &DictType.Type }

// NewDict returns an empty dict with room for n entries. Small dicts
// (instance attributes, keyword arguments) come with their entries in the
// same allocation.
func NewDict(n int) *Dict {
	switch {
	case n <= 0:
		return &Dict{layout: nextVersion()}
	case n <= 2:
		b := &struct {
			d Dict
			e [2]dictEntry
		}{}
		b.d.entries = b.e[:0:2]
		b.d.layout = nextVersion()
		return &b.d
	case n <= 4:
		b := &struct {
			d Dict
			e [4]dictEntry
		}{}
		b.d.entries = b.e[:0:4]
		b.d.layout = nextVersion()
		return &b.d
	case n <= linearMax:
		b := &struct {
			d Dict
			e [linearMax]dictEntry
		}{}
		b.d.entries = b.e[:0:linearMax]
		b.d.layout = nextVersion()
		return &b.d
	}
	return &Dict{layout: nextVersion(), entries: make([]dictEntry, 0, n)}
}

// Len returns the number of keys.
func (d *Dict) Len() int { return d.used }

// Layout returns the dict's current key layout version (see Dict).
func (d *Dict) Layout() uint64 { return d.layout }

// keysEqual compares a stored key with a probe of the same hash.
func keysEqual(t *Thread, stored, key Object) (bool, error) {
	if Is(stored, key) {
		return true, nil
	}
	if a, ok := stored.(py.String); ok {
		if b, ok := key.(py.String); ok {
			return a == b, nil
		}
	}
	return Equal(t, stored, key)
}

// find returns the entry position of key, or -1. It restarts when a
// user __eq__ changes the dict under it.
func (d *Dict) find(t *Thread, key Object, h uint64) (int, error) {
restart:
	layout := d.layout
	if d.indices == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.hash != h || e.key == nil {
				continue
			}
			eq, err := keysEqual(t, e.key, key)
			if err != nil {
				return -1, err
			}
			if d.layout != layout {
				goto restart
			}
			if eq {
				return i, nil
			}
		}
		return -1, nil
	}
	mask := uint64(len(d.indices) - 1)
	i := h & mask
	perturb := h
	for {
		ix := d.indices[i]
		if ix == slotEmpty {
			return -1, nil
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hash == h && e.key != nil {
				eq, err := keysEqual(t, e.key, key)
				if err != nil {
					return -1, err
				}
				if d.layout != layout {
					goto restart
				}
				if eq {
					return int(ix), nil
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// findStr is find for a str key, which never runs Python code.
func (d *Dict) findStr(key string, h uint64) int {
	if d.indices == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.hash == h {
				if s, ok := e.key.(py.String); ok && string(s) == key {
					return i
				}
			}
		}
		return -1
	}
	mask := uint64(len(d.indices) - 1)
	i := h & mask
	perturb := h
	for {
		ix := d.indices[i]
		if ix == slotEmpty {
			return -1
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hash == h {
				if s, ok := e.key.(py.String); ok && string(s) == key {
					return int(ix)
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// Get returns d[key] and whether it is there.
func (d *Dict) Get(t *Thread, key Object) (Object, bool, error) {
	if s, ok := key.(py.String); ok && !d.strSub {
		v, found := d.GetStr(string(s))
		return v, found, nil
	}
	h, err := Hash(t, key)
	if err != nil {
		return nil, false, err
	}
	i, err := d.find(t, key, uint64(h))
	if err != nil || i < 0 {
		return nil, false, err
	}
	return d.entries[i].value, true, nil
}

// GetStr returns d[key] for a str key.
func (d *Dict) GetStr(key string) (Object, bool) {
	i := d.findStr(key, strHash(key))
	if i < 0 {
		return nil, false
	}
	return d.entries[i].value, true
}

// getStrHashed is GetStr with the key's hash already known.
func (d *Dict) getStrHashed(key string, h uint64) (Object, bool) {
	i := d.findStr(key, h)
	if i < 0 {
		return nil, false
	}
	return d.entries[i].value, true
}

// Set sets d[key] = value.
func (d *Dict) Set(t *Thread, key, value Object) error {
	if s, ok := key.(py.String); ok && !d.strSub {
		d.SetStr(string(s), value)
		return nil
	}
	h, err := Hash(t, key)
	if err != nil {
		return err
	}
	i, err := d.find(t, key, uint64(h))
	if err != nil {
		return err
	}
	if i >= 0 {
		d.entries[i].value = value
		return nil
	}
	d.insertNew(key, uint64(h), value)
	return nil
}

// SetStr sets d[key] = value for a str key.
func (d *Dict) SetStr(key string, value Object) {
	h := strHash(key)
	if i := d.findStr(key, h); i >= 0 {
		d.entries[i].value = value
		return
	}
	d.insertNew(py.String(key), h, value)
}

// setStrKey is SetStr for a caller that has the key as an object already
// (key is py.String(s), and h its hash): a new entry takes key itself,
// where SetStr must make an object of s.
func (d *Dict) setStrKey(key Object, s string, h uint64, value Object) {
	if i := d.findStr(s, h); i >= 0 {
		d.entries[i].value = value
		return
	}
	d.insertNew(key, h, value)
}

// insertNew appends an entry for a key known to be absent.
func (d *Dict) insertNew(key Object, h uint64, value Object) {
	d.layout = nextVersion()
	if inst, ok := key.(*Instance); ok {
		if _, isStr := inst.base.(py.String); isStr {
			d.strSub = true
		}
	}
	if d.indices != nil && (len(d.entries)+1)*3 > len(d.indices)*2 {
		d.rebuild(d.used + 1)
	}
	d.entries = append(d.entries, dictEntry{hash: h, key: key, value: value})
	d.used++
	if d.indices == nil {
		if len(d.entries) > linearMax {
			d.rebuild(d.used)
		}
		return
	}
	d.placeIndex(h, int32(len(d.entries)-1))
}

// placeIndex puts entry position ix in the first free slot of h's probe
// sequence.
func (d *Dict) placeIndex(h uint64, ix int32) {
	mask := uint64(len(d.indices) - 1)
	i := h & mask
	perturb := h
	for d.indices[i] >= 0 {
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	d.indices[i] = ix
}

// rebuild compacts the entries (dropping deleted ones) and sizes the
// index for n live entries, or drops it when the dict is small. Only an
// insertion rebuilds, as only an insertion resizes CPython's table: an
// iterator's position then moves as it would there.
func (d *Dict) rebuild(n int) {
	d.layout = nextVersion()
	if len(d.entries) != d.used {
		d.compact(n)
	}
	if n <= linearMax {
		d.indices = nil
		return
	}
	size := 16
	for size*2 < n*3 {
		size <<= 1
	}
	size <<= 1 // room to grow before the next rebuild
	d.indices = make([]int32, size)
	for i := range d.indices {
		d.indices[i] = slotEmpty
	}
	for i, e := range d.entries {
		d.placeIndex(e.hash, int32(i))
	}
}

// Delete removes key, reporting whether it was there.
func (d *Dict) Delete(t *Thread, key Object) (bool, error) {
	var i int
	if s, ok := key.(py.String); ok && !d.strSub {
		i = d.findStr(string(s), strHash(string(s)))
	} else {
		h, err := Hash(t, key)
		if err != nil {
			return false, err
		}
		i, err = d.find(t, key, uint64(h))
		if err != nil {
			return false, err
		}
	}
	if i < 0 {
		return false, nil
	}
	d.deleteAt(i)
	return true, nil
}

// DeleteStr removes a str key, reporting whether it was there.
func (d *Dict) DeleteStr(key string) bool {
	i := d.findStr(key, strHash(key))
	if i < 0 {
		return false
	}
	d.deleteAt(i)
	return true
}

func (d *Dict) deleteAt(i int) {
	d.layout = nextVersion()
	e := &d.entries[i]
	if d.indices != nil {
		mask := uint64(len(d.indices) - 1)
		j := e.hash & mask
		perturb := e.hash
		for d.indices[j] != int32(i) {
			perturb >>= 5
			j = (j*5 + perturb + 1) & mask
		}
		d.indices[j] = slotDummy
	}
	e.key, e.value = nil, nil
	d.used--
	// The deleted entry keeps its position, even at the end or when the
	// dict is now empty: reusing it would put a key added during an
	// iteration behind the iterator, hiding the change CPython reports
	// ("dictionary keys changed during iteration"). The next insertion
	// that needs room compacts (insertNew).
}

// compact drops deleted entries, in place unless the backing array is
// much larger than the n entries it must hold.
func (d *Dict) compact(n int) {
	old := d.entries
	inPlace := cap(old) <= 4*max(n, linearMax)
	var live []dictEntry
	if inPlace {
		live = old[:0]
	} else {
		live = make([]dictEntry, 0, max(n, d.used))
	}
	for _, e := range old {
		if e.key != nil {
			live = append(live, e)
		}
	}
	if inPlace {
		clear(old[len(live):]) // release what the dropped slots held
	}
	d.entries = live
}

// Clear removes every key.
func (d *Dict) Clear() {
	d.layout = nextVersion()
	d.entries = nil
	d.indices = nil
	d.used = 0
}

// Copy returns a shallow copy (a plain dict, even for a subclass).
func (d *Dict) Copy() *Dict {
	c := &Dict{layout: nextVersion(), used: d.used, strSub: d.strSub}
	if d.used == len(d.entries) {
		c.entries = append([]dictEntry(nil), d.entries...)
		if d.indices != nil {
			c.indices = append([]int32(nil), d.indices...)
		}
		return c
	}
	c.entries = make([]dictEntry, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			c.entries = append(c.entries, e)
		}
	}
	if len(c.entries) > linearMax {
		c.indices = nil
		c.rebuild(len(c.entries))
	}
	return c
}

// Items calls fn for each key and value in order, stopping early when fn
// returns false. fn must not change the dict.
func (d *Dict) Items(fn func(k, v Object) bool) {
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key != nil && !fn(e.key, e.value) {
			return
		}
	}
}

// Keys returns the keys in order.
func (d *Dict) Keys() []Object {
	out := make([]Object, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, e.key)
		}
	}
	return out
}

// entryAt returns the live entry at position i or ok=false, for
// iterators that walk positions and check for changes themselves.
func (d *Dict) entryAt(i int) (k, v Object, ok bool) {
	if i >= len(d.entries) {
		return nil, nil, false
	}
	e := d.entries[i]
	return e.key, e.value, e.key != nil
}

// Update copies every entry of src into d.
func (d *Dict) Update(t *Thread, src *Dict) error {
	for i := 0; i < len(src.entries); i++ {
		e := src.entries[i]
		if e.key == nil {
			continue
		}
		if s, ok := e.key.(py.String); ok {
			if j := d.findStr(string(s), e.hash); j >= 0 {
				d.entries[j].value = e.value
			} else {
				d.insertNew(e.key, e.hash, e.value)
			}
			continue
		}
		j, err := d.find(t, e.key, e.hash)
		if err != nil {
			return err
		}
		if j >= 0 {
			d.entries[j].value = e.value
		} else {
			d.insertNew(e.key, e.hash, e.value)
		}
	}
	return nil
}

// Pop removes key and returns its value.
func (d *Dict) Pop(t *Thread, key Object) (Object, bool, error) {
	var i int
	if s, ok := key.(py.String); ok {
		i = d.findStr(string(s), strHash(string(s)))
	} else {
		h, err := Hash(t, key)
		if err != nil {
			return nil, false, err
		}
		i, err = d.find(t, key, uint64(h))
		if err != nil {
			return nil, false, err
		}
	}
	if i < 0 {
		return nil, false, nil
	}
	v := d.entries[i].value
	d.deleteAt(i)
	return v, true, nil
}
