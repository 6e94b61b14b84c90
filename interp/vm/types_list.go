package vm

import (
	"fmt"
	"math"
	"math/big"
	"strings"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/go-python/gpython/py"
)

// list, tuple, range and slice.

func listSelf(o Object) *py.List {
	l, _ := asList(o)
	return l
}

// searchIndex reads a start or stop argument of index(): an int or
// __index__, clamped, and None is not allowed.
func searchIndex(t *Thread, o Object) (int, error) {
	if _, ok := o.(py.Int); !ok && !hasIndex(o) {
		return 0, NewError(py.TypeError, "slice indices must be integers or have an __index__ method")
	}
	return sliceIndex(t, o)
}

// sliceIndex reads one bound of a slice (an int or __index__).
func sliceIndex(t *Thread, o Object) (int, error) {
	if i, ok := o.(py.Int); ok {
		return int(i), nil
	}
	if !hasIndex(o) {
		return 0, NewError(py.TypeError, "slice indices must be integers or None or have an __index__ method")
	}
	b, err := IndexValue(t, o)
	if err != nil {
		return 0, err
	}
	if !b.IsInt64() {
		if b.Sign() < 0 {
			return -1 << 62, nil
		}
		return 1 << 62, nil
	}
	return int(b.Int64()), nil
}

// sliceIndices resolves a slice against a sequence of length n, as
// slice.indices does: start, stop and step, clamped.
func sliceIndices(t *Thread, s *py.Slice, n int) (int, int, int, error) {
	step := 1
	if s.Step != nil && s.Step != None {
		v, err := sliceIndex(t, s.Step)
		if err != nil {
			return 0, 0, 0, err
		}
		if v == 0 {
			return 0, 0, 0, NewError(py.ValueError, "slice step cannot be zero")
		}
		step = v
	}
	var start, stop int
	if step > 0 {
		start, stop = 0, n
	} else {
		start, stop = n-1, -1
	}
	if s.Start != nil && s.Start != None {
		v, err := sliceIndex(t, s.Start)
		if err != nil {
			return 0, 0, 0, err
		}
		start = clampIndex(v, n, step)
	}
	if s.Stop != nil && s.Stop != None {
		v, err := sliceIndex(t, s.Stop)
		if err != nil {
			return 0, 0, 0, err
		}
		stop = clampIndex(v, n, step)
	}
	return start, stop, step, nil
}

func clampIndex(i, n, step int) int {
	if i < 0 {
		i += n
		if i < 0 {
			if step < 0 {
				return -1
			}
			return 0
		}
	} else if i >= n {
		if step < 0 {
			return n - 1
		}
		return n
	}
	return i
}

// sliceLen is the number of items a resolved slice selects.
func sliceLen(start, stop, step int) int {
	if step > 0 {
		if start >= stop {
			return 0
		}
		return (stop-start-1)/step + 1
	}
	if start <= stop {
		return 0
	}
	return (start-stop-1)/(-step) + 1
}

// seqIndex resolves an item index for a sequence of length n.
func seqIndex(t *Thread, k Object, n int, what string) (int, error) {
	var i int
	if v, ok := k.(py.Int); ok {
		i = int(v)
	} else {
		if !hasIndex(k) {
			return 0, NewError(py.TypeError, fmt.Sprintf("%s indices must be integers or slices, not %s", what, TypeName(k)))
		}
		b, err := IndexValue(t, k)
		if err != nil {
			return 0, err
		}
		if !b.IsInt64() {
			return 0, NewError(py.IndexError, fmt.Sprintf("cannot fit '%s' into an index-sized integer", TypeName(k)))
		}
		i = int(b.Int64())
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return -1, nil
	}
	return i, nil
}

func sliceItems(items []Object, start, stop, step int) []Object {
	n := sliceLen(start, stop, step)
	out := make([]Object, n)
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		out[i] = items[j]
	}
	return out
}

// reprSequence renders items between open and close, guarding against
// containers that contain themselves (self nil: the caller guards).
func reprSequence(t *Thread, self Object, items []Object, open, close string) (Object, error) {
	if self != nil {
		if t.reprEnter(self) {
			return py.String(open + "..." + close), nil
		}
		defer t.reprLeave(self)
	}
	if err := t.enterCall(whereRepr); err != nil {
		return nil, err
	}
	defer t.leaveRecursive()
	var b strings.Builder
	b.WriteString(open)
	for i := 0; i < len(items); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := ReprString(t, items[i])
		if err != nil {
			return nil, err
		}
		b.WriteString(r)
	}
	b.WriteString(close)
	return py.String(b.String()), nil
}

// reprEnter records that o's repr is in progress, reporting whether it
// already was (a recursive container).
func (t *Thread) reprEnter(o Object) bool {
	r := t.rareState()
	for _, x := range r.reprStack {
		if Is(x, o) {
			return true
		}
	}
	r.reprStack = append(r.reprStack, o)
	return false
}

func (t *Thread) reprLeave(o Object) {
	r := t.rare
	if r == nil {
		return
	}
	for i := len(r.reprStack) - 1; i >= 0; i-- {
		if Is(r.reprStack[i], o) {
			// Clear the vacated slot: a stale pointer in the backing
			// array would keep the object alive (weak references to it
			// would never die).
			n := len(r.reprStack)
			copy(r.reprStack[i:], r.reprStack[i+1:])
			r.reprStack[n-1] = nil
			r.reprStack = r.reprStack[:n-1]
			return
		}
	}
}

// compareSequences compares two item lists lexicographically.
func compareSequences(t *Thread, op bytecode.CompareOp, a, b []Object) (Object, error) {
	if (op == bytecode.CmpEq || op == bytecode.CmpNe) && len(a) != len(b) {
		return NewBool(op == bytecode.CmpNe), nil
	}
	i := 0
	for ; i < len(a) && i < len(b); i++ {
		eq, err := Equal(t, a[i], b[i])
		if err != nil {
			return nil, err
		}
		if !eq {
			break
		}
	}
	if i >= len(a) || i >= len(b) {
		return NewBool(cmpResult(op, cmpInt(len(a), len(b)))), nil
	}
	switch op {
	case bytecode.CmpEq:
		return False, nil
	case bytecode.CmpNe:
		return True, nil
	}
	return RichCompare(t, a[i], b[i], op)
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func listNumeric(t *Thread, op bytecode.BinaryOp, self, other Object, reflected bool) (Object, error) {
	l := self.(*py.List)
	switch op.Base() {
	case bytecode.OpAdd:
		o, ok := other.(*py.List)
		if !ok {
			return NotImplemented, nil
		}
		items := make([]Object, 0, len(l.Items)+len(o.Items))
		return &py.List{Items: append(append(items, l.Items...), o.Items...)}, nil
	case bytecode.OpMultiply:
		if !hasIndex(other) {
			return NotImplemented, nil
		}
		n, err := repeatCount(t, other)
		if err != nil {
			return nil, err
		}
		if err := checkRepeatSize(n, len(l.Items)); err != nil {
			return nil, err
		}
		items := make([]Object, 0, max(0, n*len(l.Items)))
		for i := 0; i < n; i++ {
			items = append(items, l.Items...)
		}
		return &py.List{Items: items}, nil
	}
	return NotImplemented, nil
}

func tupleNumeric(t *Thread, op bytecode.BinaryOp, self, other Object, reflected bool) (Object, error) {
	tup := self.(Tuple)
	switch op.Base() {
	case bytecode.OpAdd:
		o, ok := other.(Tuple)
		if !ok {
			return NotImplemented, nil
		}
		r := make(Tuple, 0, len(tup)+len(o))
		if reflected {
			return append(append(r, o...), tup...), nil
		}
		return append(append(r, tup...), o...), nil
	case bytecode.OpMultiply:
		if !hasIndex(other) {
			return NotImplemented, nil
		}
		n, err := repeatCount(t, other)
		if err != nil {
			return nil, err
		}
		if n == 1 {
			return tup, nil
		}
		if err := checkRepeatSize(n, len(tup)); err != nil {
			return nil, err
		}
		r := make(Tuple, 0, max(0, n*len(tup)))
		for i := 0; i < n; i++ {
			r = append(r, tup...)
		}
		return r, nil
	}
	return NotImplemented, nil
}

func listMethod(name string, min, max int, fn func(t *Thread, l *py.List, args []Object) (Object, error)) {
	listClass.defMethod(name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs(name, args, kwnames, min, max); err != nil {
			return nil, err
		}
		return fn(t, listSelf(args[0]), args[1:])
	}, "")
}

func listNew(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	typ := args[0].(*py.Type)
	return newInstanceOf(typ, py.ListType, &py.List{}), nil
}

func init() {
	c := listClass
	c.def("__new__", &BuiltinFunction{Name: "__new__", Fn: listNew, Self: py.ListType})
	c.defMethod("__init__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := noKeywords("list", kwnames); err != nil {
			return nil, err
		}
		if len(args) > 2 {
			return nil, NewError(py.TypeError, fmt.Sprintf("list expected at most 1 argument, got %d", len(args)-1))
		}
		l := listSelf(args[0])
		l.Items = l.Items[:0]
		if len(args) == 2 {
			items, err := Collect(t, args[1])
			if err != nil {
				return nil, err
			}
			l.Items = items
		}
		return None, nil
	}, "")
	c.defBinary(listNumeric, false, int(bytecode.OpAdd), int(bytecode.OpMultiply))
	seqConcatMethod(c, listNumeric)
	c.defMethod("__iadd__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__iadd__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		if err := listExtendMethod(t, listSelf(args[0]), args[1]); err != nil {
			return nil, err
		}
		return args[0], nil
	}, "", "nounwrap")
	c.defMethod("__imul__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		l := listSelf(args[0])
		n, err := repeatCount(t, args[1])
		if err != nil {
			return nil, err
		}
		if err := checkRepeatSize(n, len(l.Items)); err != nil {
			return nil, err
		}
		items := make([]Object, 0, max(0, n*len(l.Items)))
		for i := 0; i < n; i++ {
			items = append(items, l.Items...)
		}
		l.Items = items
		return args[0], nil
	}, "", "nounwrap")
	c.defCompare(func(t *Thread, op bytecode.CompareOp, self, other Object) (Object, error) {
		o, ok := other.(*py.List)
		if !ok {
			return NotImplemented, nil
		}
		return compareSequences(t, op, self.(*py.List).Items, o.Items)
	})
	c.def("__hash__", None)
	listMethod("__repr__", 0, 0, func(t *Thread, l *py.List, a []Object) (Object, error) {
		return reprSequence(t, l, l.Items, "[", "]")
	})
	listMethod("__len__", 0, 0, func(t *Thread, l *py.List, a []Object) (Object, error) { return NewInt(int64(len(l.Items))), nil })
	listMethod("__iter__", 0, 0, func(t *Thread, l *py.List, a []Object) (Object, error) { return &listIterator{l: l}, nil })
	listMethod("__reversed__", 0, 0, func(t *Thread, l *py.List, a []Object) (Object, error) {
		return &listRevIterator{l: l, i: len(l.Items) - 1}, nil
	})
	listMethod("__contains__", 1, 1, func(t *Thread, l *py.List, a []Object) (Object, error) {
		r, err := Contains(t, l, a[0])
		return NewBool(r), err
	})
	listMethod("__getitem__", 1, 1, func(t *Thread, l *py.List, a []Object) (Object, error) {
		if s, ok := a[0].(*py.Slice); ok {
			start, stop, step, err := sliceIndices(t, s, len(l.Items))
			if err != nil {
				return nil, err
			}
			return &py.List{Items: sliceItems(l.Items, start, stop, step)}, nil
		}
		i, err := seqIndex(t, a[0], len(l.Items), "list")
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, NewError(py.IndexError, "list index out of range")
		}
		return l.Items[i], nil
	})
	listMethod("__setitem__", 2, 2, func(t *Thread, l *py.List, a []Object) (Object, error) {
		if s, ok := a[0].(*py.Slice); ok {
			return None, listSetSlice(t, l, s, a[1])
		}
		i, err := seqIndex(t, a[0], len(l.Items), "list")
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, NewError(py.IndexError, "list assignment index out of range")
		}
		l.Items[i] = a[1]
		return None, nil
	})
	listMethod("__delitem__", 1, 1, func(t *Thread, l *py.List, a []Object) (Object, error) {
		if s, ok := a[0].(*py.Slice); ok {
			start, stop, step, err := sliceIndices(t, s, len(l.Items))
			if err != nil {
				return nil, err
			}
			del := map[int]bool{}
			for i, j := 0, start; i < sliceLen(start, stop, step); i, j = i+1, j+step {
				del[j] = true
			}
			kept := l.Items[:0:0]
			for i, v := range l.Items {
				if !del[i] {
					kept = append(kept, v)
				}
			}
			l.Items = kept
			return None, nil
		}
		i, err := seqIndex(t, a[0], len(l.Items), "list")
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, NewError(py.IndexError, "list assignment index out of range")
		}
		l.Items = append(l.Items[:i], l.Items[i+1:]...)
		return None, nil
	})
	listMethod("append", 1, 1, func(t *Thread, l *py.List, a []Object) (Object, error) {
		l.Items = append(l.Items, a[0])
		return None, nil
	})
	listMethod("extend", 1, 1, func(t *Thread, l *py.List, a []Object) (Object, error) {
		if err := listExtendMethod(t, l, a[0]); err != nil {
			return nil, err
		}
		return None, nil
	})
	listMethod("insert", 2, 2, func(t *Thread, l *py.List, a []Object) (Object, error) {
		i, err := argInt(t, "insert", a[0])
		if err != nil {
			return nil, err
		}
		n := len(l.Items)
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		l.Items = append(l.Items, nil)
		copy(l.Items[i+1:], l.Items[i:])
		l.Items[i] = a[1]
		return None, nil
	})
	listMethod("pop", 0, 1, func(t *Thread, l *py.List, a []Object) (Object, error) {
		n := len(l.Items)
		if n == 0 {
			return nil, NewError(py.IndexError, "pop from empty list")
		}
		i := n - 1
		if len(a) == 1 {
			j, err := argInt(t, "pop", a[0])
			if err != nil {
				return nil, err
			}
			if j < 0 {
				j += n
			}
			if j < 0 || j >= n {
				return nil, NewError(py.IndexError, "pop index out of range")
			}
			i = j
		}
		v := l.Items[i]
		copy(l.Items[i:], l.Items[i+1:])
		l.Items[n-1] = nil
		l.Items = l.Items[:n-1]
		return v, nil
	})
	listMethod("remove", 1, 1, func(t *Thread, l *py.List, a []Object) (Object, error) {
		for i := 0; i < len(l.Items); i++ {
			eq, err := Equal(t, l.Items[i], a[0])
			if err != nil {
				return nil, err
			}
			if eq {
				l.Items = append(l.Items[:i], l.Items[i+1:]...)
				return None, nil
			}
		}
		return nil, NewError(py.ValueError, "list.remove(x): x not in list")
	})
	listMethod("index", 1, 3, func(t *Thread, l *py.List, a []Object) (Object, error) {
		start, stop := 0, len(l.Items)
		if len(a) > 1 {
			v, err := searchIndex(t, a[1])
			if err != nil {
				return nil, err
			}
			start = clampIndex(v, len(l.Items), 1)
		}
		if len(a) > 2 {
			v, err := searchIndex(t, a[2])
			if err != nil {
				return nil, err
			}
			stop = clampIndex(v, len(l.Items), 1)
		}
		for i := start; i < stop && i < len(l.Items); i++ {
			eq, err := Equal(t, l.Items[i], a[0])
			if err != nil {
				return nil, err
			}
			if eq {
				return NewInt(int64(i)), nil
			}
		}
		r, err := ReprString(t, a[0])
		if err != nil {
			return nil, err
		}
		return nil, NewError(py.ValueError, r+" is not in list")
	})
	listMethod("count", 1, 1, func(t *Thread, l *py.List, a []Object) (Object, error) {
		n := 0
		for i := 0; i < len(l.Items); i++ {
			eq, err := Equal(t, l.Items[i], a[0])
			if err != nil {
				return nil, err
			}
			if eq {
				n++
			}
		}
		return NewInt(int64(n)), nil
	})
	listMethod("reverse", 0, 0, func(t *Thread, l *py.List, a []Object) (Object, error) {
		for i, j := 0, len(l.Items)-1; i < j; i, j = i+1, j-1 {
			l.Items[i], l.Items[j] = l.Items[j], l.Items[i]
		}
		return None, nil
	})
	listMethod("copy", 0, 0, func(t *Thread, l *py.List, a []Object) (Object, error) {
		return &py.List{Items: append([]Object(nil), l.Items...)}, nil
	})
	listMethod("clear", 0, 0, func(t *Thread, l *py.List, a []Object) (Object, error) {
		l.Items = nil
		return None, nil
	})
	c.defMethod("sort", listSort, "")

	tc := tupleClass
	tc.def("__new__", &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := noKeywords("tuple", kwnames); err != nil {
			return nil, err
		}
		typ := args[0].(*py.Type)
		if len(args) > 2 {
			return nil, NewError(py.TypeError, fmt.Sprintf("tuple expected at most 1 argument, got %d", len(args)-1))
		}
		var v Tuple = Tuple{}
		if len(args) == 2 {
			if tup, ok := args[1].(Tuple); ok && typ == py.TupleType {
				return tup, nil
			}
			items, err := Collect(t, args[1])
			if err != nil {
				return nil, err
			}
			v = Tuple(items)
		}
		return newInstanceOf(typ, py.TupleType, v), nil
	}, Self: py.TupleType})
	tc.defBinary(tupleNumeric, false, int(bytecode.OpAdd), int(bytecode.OpMultiply))
	seqConcatMethod(tc, tupleNumeric)
	tc.defCompare(func(t *Thread, op bytecode.CompareOp, self, other Object) (Object, error) {
		o, ok := other.(Tuple)
		if !ok {
			return NotImplemented, nil
		}
		return compareSequences(t, op, self.(Tuple), o)
	})
	th := tc.defMethod("__hash__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		h, err := hashTuple(t, unwrap(args[0]).(Tuple))
		return NewInt(h), err
	}, "")
	th.hash = func(t *Thread, o Object) (int64, error) { return hashTuple(t, unwrap(o).(Tuple)) }
	tupMethod := func(name string, min, max int, fn func(t *Thread, tup Tuple, args []Object) (Object, error)) {
		tc.defMethod(name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := checkMethodArgs(name, args, kwnames, min, max); err != nil {
				return nil, err
			}
			return fn(t, unwrap(args[0]).(Tuple), args[1:])
		}, "")
	}
	tupMethod("__repr__", 0, 0, func(t *Thread, tup Tuple, a []Object) (Object, error) {
		if len(tup) == 1 {
			r, err := reprSequence(t, tup, tup, "(", ",)")
			return r, err
		}
		return reprSequence(t, tup, tup, "(", ")")
	})
	tupMethod("__len__", 0, 0, func(t *Thread, tup Tuple, a []Object) (Object, error) { return NewInt(int64(len(tup))), nil })
	tupMethod("__iter__", 0, 0, func(t *Thread, tup Tuple, a []Object) (Object, error) { return &tupleIterator{t: tup}, nil })
	tupMethod("__contains__", 1, 1, func(t *Thread, tup Tuple, a []Object) (Object, error) {
		r, err := Contains(t, tup, a[0])
		return NewBool(r), err
	})
	tupMethod("__getitem__", 1, 1, func(t *Thread, tup Tuple, a []Object) (Object, error) {
		if s, ok := a[0].(*py.Slice); ok {
			start, stop, step, err := sliceIndices(t, s, len(tup))
			if err != nil {
				return nil, err
			}
			if start == 0 && step == 1 && stop == len(tup) {
				return tup, nil
			}
			return Tuple(sliceItems(tup, start, stop, step)), nil
		}
		i, err := seqIndex(t, a[0], len(tup), "tuple")
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, NewError(py.IndexError, "tuple index out of range")
		}
		return tup[i], nil
	})
	tupMethod("count", 1, 1, func(t *Thread, tup Tuple, a []Object) (Object, error) {
		n := 0
		for _, v := range tup {
			eq, err := Equal(t, v, a[0])
			if err != nil {
				return nil, err
			}
			if eq {
				n++
			}
		}
		return NewInt(int64(n)), nil
	})
	tupMethod("index", 1, 3, func(t *Thread, tup Tuple, a []Object) (Object, error) {
		start, stop := 0, len(tup)
		if len(a) > 1 {
			v, err := searchIndex(t, a[1])
			if err != nil {
				return nil, err
			}
			start = clampIndex(v, len(tup), 1)
		}
		if len(a) > 2 {
			v, err := searchIndex(t, a[2])
			if err != nil {
				return nil, err
			}
			stop = clampIndex(v, len(tup), 1)
		}
		for i := start; i < stop && i < len(tup); i++ {
			eq, err := Equal(t, tup[i], a[0])
			if err != nil {
				return nil, err
			}
			if eq {
				return NewInt(int64(i)), nil
			}
		}
		return nil, NewError(py.ValueError, "tuple.index(x): x not in tuple")
	})
	tupMethod("__getnewargs__", 0, 0, func(t *Thread, tup Tuple, a []Object) (Object, error) { return Tuple{tup}, nil })
}

// listSetSlice implements l[i:j:k] = iterable.
func listSetSlice(t *Thread, l *py.List, s *py.Slice, v Object) error {
	var items []Object
	if o, ok := v.(*py.List); ok && o == l {
		items = append([]Object(nil), l.Items...)
	} else {
		var err error
		items, err = Collect(t, v)
		if err != nil {
			if isExceptionType(err, py.TypeError) && !hasIter(v) {
				if s.Step != nil && s.Step != None {
					if step, serr := sliceIndex(t, s.Step); serr == nil && step != 1 {
						return NewError(py.TypeError, "must assign iterable to extended slice")
					}
				}
				return NewError(py.TypeError, "can only assign an iterable")
			}
			return err
		}
	}
	start, stop, step, err := sliceIndices(t, s, len(l.Items))
	if err != nil {
		return err
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		out := make([]Object, 0, len(l.Items)-(stop-start)+len(items))
		out = append(out, l.Items[:start]...)
		out = append(out, items...)
		out = append(out, l.Items[stop:]...)
		l.Items = out
		return nil
	}
	n := sliceLen(start, stop, step)
	if n != len(items) {
		return NewError(py.ValueError, fmt.Sprintf("attempt to assign sequence of size %d to extended slice of size %d", len(items), n))
	}
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		l.Items[j] = items[i]
	}
	return nil
}

// listSort is list.sort(*, key=None, reverse=False): a stable sort that
// raises ValueError if the list was changed while sorting.
func listSort(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var key, reverse Object
	if _, err := ParseClinic(&Params{Func: "sort", Names: []string{"key", "reverse"}, KwOnly: 0}, args[1:], kwnames, &key, &reverse); err != nil {
		return nil, err
	}
	l := listSelf(args[0])
	rev := false
	if reverse != nil {
		// A C int flag, as CPython parses it: reverse=None is an error.
		if !hasIndex(reverse) {
			return nil, NewError(py.TypeError, fmt.Sprintf("'%s' object cannot be interpreted as an integer", TypeName(reverse)))
		}
		n, err := IndexValue(t, reverse)
		if err != nil {
			return nil, err
		}
		if !n.IsInt64() || n.Int64() > math.MaxInt32 || n.Int64() < math.MinInt32 {
			return nil, NewError(py.OverflowError, "Python int too large to convert to C int")
		}
		rev = n.Sign() != 0
	}
	items := l.Items
	l.Items = nil // the list reads as empty while it is being sorted
	var keys, vals []Object
	if key != nil && key != None {
		keys = make([]Object, len(items))
		for i, v := range items {
			k, err := Call(t, key, []Object{v}, nil)
			if err != nil {
				l.Items = items
				return nil, err
			}
			keys[i] = k
		}
		vals = items
	} else {
		keys = items
	}
	// Reversing before and after keeps equal items in their order.
	reverseBoth := func() {
		for i, j := 0, len(keys)-1; i < j; i, j = i+1, j-1 {
			keys[i], keys[j] = keys[j], keys[i]
			if vals != nil {
				vals[i], vals[j] = vals[j], vals[i]
			}
		}
	}
	if rev {
		reverseBoth()
	}
	err := sortSlices(t, keys, vals)
	if rev {
		reverseBoth()
	}
	changed := len(l.Items) != 0
	l.Items = items
	if err != nil {
		return nil, err
	}
	if changed {
		return nil, NewError(py.ValueError, "list modified during sort")
	}
	return None, nil
}

func init() {
	rc := rangeClass
	rc.def("__new__", &BuiltinFunction{Name: "__new__", Fn: rangeNew, Self: py.RangeType})
	rangeMethod := func(name string, min, max int, fn func(t *Thread, r Object, a []Object) (Object, error)) {
		rc.defMethod(name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := checkMethodArgs(name, args, kwnames, min, max); err != nil {
				return nil, err
			}
			return fn(t, args[0], args[1:])
		}, "")
	}
	rangeMethod("__repr__", 0, 0, func(t *Thread, o Object, a []Object) (Object, error) {
		if r, ok := o.(*py.Range); ok {
			if r.Step == 1 {
				return py.String(fmt.Sprintf("range(%d, %d)", r.Start, r.Stop)), nil
			}
			return py.String(fmt.Sprintf("range(%d, %d, %d)", r.Start, r.Stop, r.Step)), nil
		}
		return py.String(rangeReprOf(o)), nil
	})
	rangeMethod("__len__", 0, 0, func(t *Thread, o Object, a []Object) (Object, error) {
		if r, ok := o.(*py.Range); ok {
			return NewInt(int64(r.Length)), nil
		}
		n := o.(*bigRange).length
		if !n.IsInt64() {
			return nil, NewError(py.OverflowError, "Python int too large to convert to C ssize_t")
		}
		return NewInt(n.Int64()), nil
	})
	rangeMethod("__iter__", 0, 0, func(t *Thread, o Object, a []Object) (Object, error) {
		if r, ok := o.(*py.Range); ok {
			return newRangeIterator(r)
		}
		return bigRangeIter(o, false), nil
	})
	rangeMethod("__bool__", 0, 0, func(t *Thread, o Object, a []Object) (Object, error) {
		if r, ok := o.(*py.Range); ok {
			return NewBool(r.Length > 0), nil
		}
		return NewBool(o.(*bigRange).length.Sign() > 0), nil
	})
	rangeMethod("__reversed__", 0, 0, func(t *Thread, o Object, a []Object) (Object, error) {
		if r, ok := o.(*py.Range); ok {
			n := int64(r.Length)
			last := int64(r.Start) + (n-1)*int64(r.Step)
			return &rangeIterator{next: last, step: -int64(r.Step), remaining: n, total: n}, nil
		}
		return bigRangeIter(o, true), nil
	})
	// Membership, index and count are arithmetic for ints and bools
	// only; anything else (an int subclass too) is compared with each
	// item in turn, as CPython does.
	rangeMethod("__contains__", 1, 1, func(t *Thread, o Object, a []Object) (Object, error) {
		if isExactInt(a[0]) {
			return NewBool(rangeHasInt(o, a[0])), nil
		}
		found := false
		err := ForEach(t, bigRangeIter(o, false), func(v Object) (bool, error) {
			eq, err := Equal(t, v, a[0])
			found = eq
			return !eq, err
		})
		return NewBool(found), err
	})
	rangeMethod("__getitem__", 1, 1, func(t *Thread, o Object, a []Object) (Object, error) {
		if s, ok := a[0].(*py.Slice); ok {
			return rangeSlice(t, o, s)
		}
		if r, ok := o.(*py.Range); ok {
			if i, ok := a[0].(py.Int); ok {
				if i < 0 {
					i += r.Length
				}
				if i < 0 || i >= r.Length {
					return nil, NewError(py.IndexError, "range object index out of range")
				}
				return NewInt(int64(r.Start) + int64(i)*int64(r.Step)), nil
			}
		}
		if !hasIndex(a[0]) {
			return nil, NewError(py.TypeError, fmt.Sprintf("range indices must be integers or slices, not %s", TypeName(a[0])))
		}
		i, err := IndexValue(t, a[0])
		if err != nil {
			return nil, err
		}
		return bigRangeItem(o, i)
	})
	rangeMethod("index", 1, 1, func(t *Thread, o Object, a []Object) (Object, error) {
		if isExactInt(a[0]) {
			if !rangeHasInt(o, a[0]) {
				rs, err := ReprString(t, a[0])
				if err != nil {
					return nil, err
				}
				return nil, NewError(py.ValueError, rs+" is not in range")
			}
			start, _, step, _ := rangeParts(o)
			d := new(big.Int).Sub(toBig(a[0]), start)
			return NewBigInt(d.Quo(d, step)), nil
		}
		i := int64(0)
		found := false
		err := ForEach(t, bigRangeIter(o, false), func(v Object) (bool, error) {
			eq, err := Equal(t, v, a[0])
			if eq {
				found = true
				return false, err
			}
			i++
			return true, err
		})
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, NewError(py.ValueError, "sequence.index(x): x not in sequence")
		}
		return NewInt(i), nil
	})
	rangeMethod("count", 1, 1, func(t *Thread, o Object, a []Object) (Object, error) {
		if isExactInt(a[0]) {
			if rangeHasInt(o, a[0]) {
				return NewInt(1), nil
			}
			return NewInt(0), nil
		}
		n := int64(0)
		err := ForEach(t, bigRangeIter(o, false), func(v Object) (bool, error) {
			eq, err := Equal(t, v, a[0])
			if eq {
				n++
			}
			return true, err
		})
		return NewInt(n), err
	})
	rc.defCompare(func(t *Thread, op bytecode.CompareOp, self, other Object) (Object, error) {
		if !isRange(other) || (op != bytecode.CmpEq && op != bytecode.CmpNe) {
			return NotImplemented, nil
		}
		r, rok := self.(*py.Range)
		o, ook := other.(*py.Range)
		var eq bool
		if rok && ook {
			eq = r.Length == o.Length && (r.Length == 0 || (r.Start == o.Start && (r.Length == 1 || r.Step == o.Step)))
		} else {
			eq = rangesEqual(self, other)
		}
		return NewBool(eq == (op == bytecode.CmpEq)), nil
	})
	rh := rc.defMethod("__hash__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		h, err := rangeHash(t, args[0])
		return NewInt(h), err
	}, "")
	rh.hash = rangeHash
	rangeField := func(name string, small func(r *py.Range) py.Int, large func(r *bigRange) *big.Int) {
		rc.defMember(name, func(t *Thread, o Object) (Object, error) {
			if r, ok := o.(*py.Range); ok {
				return NewInt(int64(small(r))), nil
			}
			return NewBigInt(new(big.Int).Set(large(o.(*bigRange)))), nil
		}, readonlyMember)
	}
	rangeField("start", func(r *py.Range) py.Int { return r.Start }, func(r *bigRange) *big.Int { return r.start })
	rangeField("stop", func(r *py.Range) py.Int { return r.Stop }, func(r *bigRange) *big.Int { return r.stop })
	rangeField("step", func(r *py.Range) py.Int { return r.Step }, func(r *bigRange) *big.Int { return r.step })

	sc := sliceClass
	sc.def("__new__", &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkArgs("slice", args[1:], kwnames, 1, 3); err != nil {
			return nil, err
		}
		a := args[1:]
		switch len(a) {
		case 1:
			return &py.Slice{Start: None, Stop: a[0], Step: None}, nil
		case 2:
			return &py.Slice{Start: a[0], Stop: a[1], Step: None}, nil
		}
		return &py.Slice{Start: a[0], Stop: a[1], Step: a[2]}, nil
	}, Self: py.SliceType})
	sc.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		s := args[0].(*py.Slice)
		parts := make([]string, 3)
		for i, v := range []Object{s.Start, s.Stop, s.Step} {
			r, err := ReprString(t, orNone(v))
			if err != nil {
				return nil, err
			}
			parts[i] = r
		}
		return py.String("slice(" + strings.Join(parts, ", ") + ")"), nil
	}, "")
	sc.defMember("start", func(t *Thread, o Object) (Object, error) { return orNone(o.(*py.Slice).Start), nil }, readonlyMember)
	sc.defMember("stop", func(t *Thread, o Object) (Object, error) { return orNone(o.(*py.Slice).Stop), nil }, readonlyMember)
	sc.defMember("step", func(t *Thread, o Object) (Object, error) { return orNone(o.(*py.Slice).Step), nil }, readonlyMember)
	sc.defMethod("indices", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("indices", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		// Any length, with CPython's arbitrary-precision clamping.
		if !hasIndex(args[1]) {
			return nil, NewError(py.TypeError, fmt.Sprintf("'%s' object cannot be interpreted as an integer", TypeName(args[1])))
		}
		n, err := IndexValue(t, args[1])
		if err != nil {
			return nil, err
		}
		if n.Sign() < 0 {
			return nil, NewError(py.ValueError, "length should not be negative")
		}
		start, stop, step, err := bigSliceIndices(t, args[0].(*py.Slice), n)
		if err != nil {
			return nil, err
		}
		return Tuple{NewBigInt(start), NewBigInt(stop), NewBigInt(step)}, nil
	}, "")
	sc.defCompare(func(t *Thread, op bytecode.CompareOp, self, other Object) (Object, error) {
		o, ok := other.(*py.Slice)
		if !ok {
			return NotImplemented, nil
		}
		s := self.(*py.Slice)
		return compareSequences(t, op, []Object{orNone(s.Start), orNone(s.Stop), orNone(s.Step)}, []Object{orNone(o.Start), orNone(o.Stop), orNone(o.Step)})
	})
	sc.def("__hash__", None)
}

func rangeContains(r *py.Range, i int64) bool {
	start, step, n := int64(r.Start), int64(r.Step), int64(r.Length)
	if n == 0 {
		return false
	}
	if step > 0 {
		if i < start || i >= start+n*step {
			return false
		}
	} else {
		if i > start || i <= start+n*step {
			return false
		}
	}
	return (i-start)%step == 0
}

// rangeHash is hash() of a range: that of (len, start, step), with None
// for what equality ignores (start and step of an empty range, step of
// a range of one).
func rangeHash(t *Thread, o Object) (int64, error) {
	start, _, step, n := rangeParts(o)
	var tup Tuple
	switch {
	case n.Sign() == 0:
		tup = Tuple{NewInt(0), None, None}
	case n.Cmp(bigOne) == 0:
		tup = Tuple{NewInt(1), NewBigInt(new(big.Int).Set(start)), None}
	default:
		tup = Tuple{NewBigInt(new(big.Int).Set(n)), NewBigInt(new(big.Int).Set(start)), NewBigInt(new(big.Int).Set(step))}
	}
	return hashTuple(t, tup)
}

// isRange reports whether o is a range, of either representation.
func isRange(o Object) bool {
	switch o.(type) {
	case *py.Range, *bigRange:
		return true
	}
	return false
}

// isExactInt reports whether o is an int or a bool (not an instance of
// another subclass of int).
func isExactInt(o Object) bool {
	switch o.(type) {
	case py.Int, py.Bool, *py.BigInt:
		return true
	}
	return false
}

// rangeHasInt is membership of an int or bool in a range.
func rangeHasInt(o, v Object) bool {
	if r, ok := o.(*py.Range); ok {
		if i, ok := smallInt(v); ok {
			return rangeContains(r, i)
		}
	}
	return bigRangeContains(o, toBig(v))
}

// rangeNew is range(stop) / range(start, stop[, step]).
func rangeNew(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := noKeywords("range", kwnames); err != nil {
		return nil, err
	}
	a := args[1:]
	if len(a) == 0 {
		return nil, NewError(py.TypeError, "range expected at least 1 argument, got 0")
	}
	if len(a) > 3 {
		return nil, NewError(py.TypeError, fmt.Sprintf("range expected at most 3 arguments, got %d", len(a)))
	}
	if r, ok := smallRangeNew(a); ok {
		return r, nil
	}
	vals := make([]*big.Int, len(a))
	for i, x := range a {
		if !hasIndex(x) {
			return nil, NewError(py.TypeError, fmt.Sprintf("'%s' object cannot be interpreted as an integer", TypeName(x)))
		}
		v, err := IndexValue(t, x)
		if err != nil {
			return nil, err
		}
		vals[i] = v
	}
	start, stop, step := big.NewInt(0), big.NewInt(0), big.NewInt(1)
	switch len(vals) {
	case 1:
		stop = vals[0]
	case 2:
		start, stop = vals[0], vals[1]
	case 3:
		start, stop, step = vals[0], vals[1], vals[2]
	}
	if step.Sign() == 0 {
		return nil, NewError(py.ValueError, "range() arg 3 must not be zero")
	}
	return makeRange(start, stop, step), nil
}

// seqConcatMethod makes a sequence's + what CPython's sequence
// concatenation is: __add__ refuses another type itself ("can only
// concatenate list (not "tuple") to list"), and there is no __radd__. The
// operator still gives the other operand's __radd__ its turn first.
func seqConcatMethod(c *Class, fn binaryFn) {
	c.ns.DeleteStr("__radd__")
	md := c.defMethod("__add__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__add__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		r, err := fn(t, bytecode.OpAdd, unwrap(args[0]), unwrap(args[1]), false)
		if err == nil && r == NotImplemented {
			name := c.Name()
			return nil, NewError(py.TypeError, fmt.Sprintf("can only concatenate %s (not \"%s\") to %s", name, TypeName(args[1]), name))
		}
		return r, err
	}, "")
	md.binary = fn
}

// maxSeqItems bounds the lists and tuples gilpy builds by repetition:
// beyond it CPython's allocation fails with MemoryError (or the machine
// runs out of memory); gilpy raises MemoryError up front.
const maxSeqItems = 1 << 31

// checkRepeatSize refuses a repetition whose result would be too large.
func checkRepeatSize(n, size int) error {
	if n > 0 && size > 0 && n > maxSeqItems/size {
		return NewException(py.MemoryError)
	}
	return nil
}

// listExtendMethod is list.extend and +=: unlike [*x], a non-iterable
// gets iter()'s own message.
func listExtendMethod(t *Thread, l *py.List, o Object) error {
	switch v := o.(type) {
	case *py.List:
		if v == l {
			l.Items = append(l.Items, append([]Object(nil), l.Items...)...)
		} else {
			l.Items = append(l.Items, v.Items...)
		}
		return nil
	case py.Tuple:
		l.Items = append(l.Items, v...)
		return nil
	}
	items, err := Collect(t, o)
	if err != nil {
		return err
	}
	l.Items = append(l.Items, items...)
	return nil
}

// readonlyMember is the setter of a read-only member descriptor.
func readonlyMember(t *Thread, o, v Object) error {
	return NewError(py.AttributeError, "readonly attribute")
}

// smallRangeNew is range() of small ints, without big arithmetic: the
// common case. It reports false for anything else (and a zero step),
// which the general path handles.
func smallRangeNew(a []Object) (Object, bool) {
	var v [3]int64
	for i, x := range a {
		n, ok := x.(py.Int)
		if !ok || n > rangeSmallLimit || n < -rangeSmallLimit {
			return nil, false
		}
		v[i] = int64(n)
	}
	start, stop, step := int64(0), v[0], int64(1)
	if len(a) > 1 {
		start, stop = v[0], v[1]
	}
	if len(a) > 2 {
		step = v[2]
	}
	var n int64
	switch {
	case step == 0:
		return nil, false
	case step > 0 && start < stop:
		n = (stop-start-1)/step + 1
	case step < 0 && start > stop:
		n = (start-stop-1)/(-step) + 1
	}
	return &py.Range{Start: py.Int(start), Stop: py.Int(stop), Step: py.Int(step), Length: py.Int(n)}, true
}
