package vm

import (
	"github.com/go-python/gpython/py"
)

type dictKind uint8

const (
	dictKeys dictKind = iota
	dictValues
	dictItems
)

var (
	dictKeyIteratorType   = newBuiltinType("dict_keyiterator", "", nil)
	dictValueIteratorType = newBuiltinType("dict_valueiterator", "", nil)
	dictItemIteratorType  = newBuiltinType("dict_itemiterator", "", nil)
	dictRevKeyIterType    = newBuiltinType("dict_reversekeyiterator", "", nil)
	dictRevValueIterType  = newBuiltinType("dict_reversevalueiterator", "", nil)
	dictRevItemIterType   = newBuiltinType("dict_reverseitemiterator", "", nil)
	dictKeysType          = newBuiltinType("dict_keys", "", nil)
	dictValuesType        = newBuiltinType("dict_values", "", nil)
	dictItemsType         = newBuiltinType("dict_items", "", nil)
)

// dictIterator walks a dict's entries in order (or in reverse), failing
// as CPython does when the dict changes size during iteration.
type dictIterator struct {
	d       *Dict
	kind    dictKind
	pos     int
	used    int
	reverse bool
	started bool
	// taken counts the items produced, for __length_hint__.
	taken int
}

// lengthHint is what is left to produce, 0 once the dict changed size.
func (it *dictIterator) lengthHint() int {
	if it.d == nil || it.d.used != it.used {
		return 0
	}
	return it.used - it.taken
}

func (it *dictIterator) Type() *Type {
	if it.reverse {
		return [...]*Type{&dictRevKeyIterType.Type, &dictRevValueIterType.Type, &dictRevItemIterType.Type}[it.kind]
	}
	return [...]*Type{&dictKeyIteratorType.Type, &dictValueIteratorType.Type, &dictItemIteratorType.Type}[it.kind]
}

func (it *dictIterator) next() (Object, bool, error) {
	d := it.d
	if d == nil {
		return nil, false, nil
	}
	if d.used != it.used {
		it.used = -1
		it.d = nil
		return nil, false, NewError(py.RuntimeError, "dictionary changed size during iteration")
	}
	if it.reverse {
		if !it.started {
			it.pos = len(d.entries) - 1
			it.started = true
		}
		for it.pos >= 0 {
			e := d.entries[it.pos]
			it.pos--
			if e.key != nil {
				return it.produce(e), true, nil
			}
		}
	} else {
		for it.pos < len(d.entries) {
			e := d.entries[it.pos]
			it.pos++
			if e.key != nil {
				if it.taken >= it.used {
					// More keys than the dict had: some were deleted
					// and others added, keeping its size.
					it.d = nil
					return nil, false, NewError(py.RuntimeError, "dictionary keys changed during iteration")
				}
				return it.produce(e), true, nil
			}
		}
	}
	it.d = nil
	return nil, false, nil
}

func (it *dictIterator) produce(e dictEntry) Object {
	it.taken++
	switch it.kind {
	case dictValues:
		return e.value
	case dictItems:
		return Tuple{e.key, e.value}
	}
	return e.key
}

// DictView is dict.keys(), dict.values() or dict.items().
type DictView struct {
	d    *Dict
	kind dictKind
	// owner is what the view was taken from (a dict or a dict subclass
	// instance), shown by the view's mapping attribute.
	owner Object
}

// Type implements py.Object.
func (v *DictView) Type() *Type {
	return [...]*Type{&dictKeysType.Type, &dictValuesType.Type, &dictItemsType.Type}[v.kind]
}
