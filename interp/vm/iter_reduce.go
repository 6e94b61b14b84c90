package vm

import (
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// The builtin iterators pickle as CPython's do, so that an iterator can
// be copied, pickled or sent to another process (a managed list's
// reversed() does that): an iterator over a sequence reduces to
// iter(sequence) (reversed(sequence) for a reversed list) with its
// position as state, given back by __setstate__; one over a dict or a set
// reduces to iter() of a list of the items it has left; an exhausted one
// to iter() of an empty sequence of its kind.

func init() {
	// The builtin iter, as the interpreter's builtins hold it.
	iterFn := func(t *Thread) Object { fn, _ := t.interp.builtins.GetStr("iter"); return fn }

	// positioned defines __reduce__ and __setstate__ for an iterator
	// whose state is a position in a sequence. state returns the
	// sequence and the position, or a nil sequence once exhausted;
	// empty is the sequence an exhausted one reduces to; set moves the
	// iterator to a position already clamped to [0, length].
	positioned := func(c *Class, ctor func(t *Thread) Object, state func(o Object) (seq Object, pos int), empty Object, length func(o Object) int, set func(o Object, pos int)) {
		c.defMethod("__reduce__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := checkMethodArgs("__reduce__", args, kwnames, 0, 0); err != nil {
				return nil, err
			}
			seq, pos := state(args[0])
			if seq == nil {
				return Tuple{iterFn(t), Tuple{empty}}, nil
			}
			return Tuple{ctor(t), Tuple{seq}, NewInt(int64(pos))}, nil
		}, "Return state information for pickling.")
		c.defMethod("__setstate__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := checkMethodArgs("__setstate__", args, kwnames, 1, 1); err != nil {
				return nil, err
			}
			pos, err := stateIndex(t, args[1])
			if err != nil {
				return nil, err
			}
			if seq, _ := state(args[0]); seq != nil {
				set(args[0], min(max(pos, 0), length(args[0])))
			}
			return None, nil
		}, "Set state information for unpickling.")
	}

	positioned(listIteratorType, iterFn, func(o Object) (Object, int) {
		it := o.(*listIterator)
		if it.l == nil || it.l == emptyList || it.i >= len(it.l.Items) {
			return nil, 0
		}
		return it.l, it.i
	}, &py.List{}, func(o Object) int { return len(o.(*listIterator).l.Items) }, func(o Object, p int) { o.(*listIterator).i = p })

	positioned(tupleIteratorType, iterFn, func(o Object) (Object, int) {
		it := o.(*tupleIterator)
		if it.i >= len(it.t) {
			return nil, 0
		}
		return it.t, it.i
	}, Tuple{}, func(o Object) int { return len(o.(*tupleIterator).t) }, func(o Object, p int) { o.(*tupleIterator).i = p })

	strState := func(o Object) (Object, int) {
		it := o.(*strIterator)
		if it.pos >= len(it.s) {
			return nil, 0
		}
		return py.String(it.s), utf8.RuneCountInString(it.s[:it.pos])
	}
	strSet := func(o Object, p int) {
		it := o.(*strIterator)
		it.pos = 0
		for ; p > 0 && it.pos < len(it.s); p-- {
			_, n := utf8.DecodeRuneInString(it.s[it.pos:])
			it.pos += n
		}
	}
	strLen := func(o Object) int { return utf8.RuneCountInString(o.(*strIterator).s) }
	positioned(strIteratorType, iterFn, strState, py.String(""), strLen, strSet)
	positioned(strASCIIIteratorType, iterFn, strState, py.String(""), strLen, strSet)

	positioned(bytesIteratorType, iterFn, func(o Object) (Object, int) {
		it := o.(*bytesIterator)
		if it.i >= len(it.b) {
			return nil, 0
		}
		return py.Bytes(it.b), it.i
	}, Tuple{}, func(o Object) int { return len(o.(*bytesIterator).b) }, func(o Object, p int) { o.(*bytesIterator).i = p })

	positioned(bytearrayIteratorType, iterFn, func(o Object) (Object, int) {
		it := o.(*bytearrayIterator)
		if it.b == nil || it.i >= len(it.b.b) {
			return nil, 0
		}
		return it.b, it.i
	}, Tuple{}, func(o Object) int { return len(o.(*bytearrayIterator).b.b) }, func(o Object, p int) { o.(*bytearrayIterator).i = p })

	positioned(rangeIteratorType, iterFn, func(o Object) (Object, int) {
		// CPython 3.11 rebuilds the range the iterator started with; an
		// exhausted one still reduces to it, positioned at its end.
		it := o.(*rangeIterator)
		start, done := it.origin()
		return &py.Range{Start: py.Int(start), Stop: py.Int(start + it.total*it.step), Step: py.Int(it.step), Length: py.Int(it.total)}, int(done)
	}, nil, func(o Object) int { return int(o.(*rangeIterator).total) }, func(o Object, p int) {
		it := o.(*rangeIterator)
		start, _ := it.origin()
		it.next = start + int64(p)*it.step
		it.remaining = it.total - int64(p)
	})

	// A reversed list iterator counts down: its position is the index of
	// the next item, and __setstate__ takes one below -1 as exhausted.
	listRevIteratorType.defMethod("__reduce__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__reduce__", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		it := args[0].(*listRevIterator)
		if it.i < 0 || it.i >= len(it.l.Items) {
			return Tuple{iterFn(t), Tuple{&py.List{}}}, nil
		}
		return Tuple{ReversedType.T(), Tuple{it.l}, NewInt(int64(it.i))}, nil
	}, "Return state information for pickling.")
	listRevIteratorType.defMethod("__setstate__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__setstate__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		pos, err := stateIndex(t, args[1])
		if err != nil {
			return nil, err
		}
		it := args[0].(*listRevIterator)
		if it.i >= 0 {
			it.i = min(max(pos, -1), len(it.l.Items)-1)
		}
		return None, nil
	}, "Set state information for unpickling.")

	// Dict and set iterators reduce to the items they have left, read
	// from a copy so that the iterator itself does not move.
	leftOver := func(t *Thread, next func() (Object, bool, error)) (Object, error) {
		var items []Object
		for {
			v, ok, err := next()
			if err != nil {
				return nil, err
			}
			if !ok {
				break
			}
			items = append(items, v)
		}
		return Tuple{iterFn(t), Tuple{py.NewListFromItems(items)}}, nil
	}
	for _, c := range []*Class{dictKeyIteratorType, dictValueIteratorType, dictItemIteratorType,
		dictRevKeyIterType, dictRevValueIterType, dictRevItemIterType} {
		c.defMethod("__reduce__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := checkMethodArgs("__reduce__", args, kwnames, 0, 0); err != nil {
				return nil, err
			}
			c := *args[0].(*dictIterator)
			return leftOver(t, c.next)
		}, "Return state information for pickling.")
	}
	setIteratorType.defMethod("__reduce__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__reduce__", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		c := *args[0].(*setIterator)
		return leftOver(t, c.next)
	}, "Return state information for pickling.")
}

// origin returns the first value a range iterator gave and how many it
// has given.
func (it *rangeIterator) origin() (start, done int64) {
	done = it.total - it.remaining
	return it.next - done*it.step, done
}

// stateIndex reads an iterator's position from __setstate__'s argument,
// which must be an int (CPython takes no __index__ here).
func stateIndex(t *Thread, o Object) (int, error) {
	if !IsInt(o) {
		return 0, NewError(py.TypeError, "an integer is required")
	}
	return IndexInt(t, o)
}
