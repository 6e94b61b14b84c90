package vm

import (
	"fmt"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// The iterator types of the builtin containers. Each is a Python type
// with __iter__ and __next__; the VM also steps them directly.
var (
	listIteratorType     = newBuiltinType("list_iterator", "", nil)
	listRevIteratorType  = newBuiltinType("list_reverseiterator", "", nil)
	tupleIteratorType    = newBuiltinType("tuple_iterator", "", nil)
	strIteratorType      = newBuiltinType("str_iterator", "", nil)
	strASCIIIteratorType = newBuiltinType("str_ascii_iterator", "", nil)
	rangeIteratorType    = newBuiltinType("range_iterator", "", nil)
	seqIteratorType      = newBuiltinType("iterator", "", nil)
	callableIteratorType = newBuiltinType("callable_iterator", "", nil)
	bytesIteratorType    = newBuiltinType("bytes_iterator", "", nil)
)

var emptyList = &py.List{}

type listIterator struct {
	l *py.List
	i int
}

func (it *listIterator) Type() *Type { return &listIteratorType.Type }

type listRevIterator struct {
	l *py.List
	i int
}

func (it *listRevIterator) Type() *Type { return &listRevIteratorType.Type }

type tupleIterator struct {
	t Tuple
	i int
}

func (it *tupleIterator) Type() *Type { return &tupleIteratorType.Type }

type strIterator struct {
	s     string
	pos   int
	ascii bool
}

func (it *strIterator) Type() *Type {
	if it.ascii {
		return &strASCIIIteratorType.Type
	}
	return &strIteratorType.Type
}

type rangeIterator struct {
	next, step, remaining int64
	total                 int64 // items at the start, for __reduce__
}

func (it *rangeIterator) Type() *Type { return &rangeIteratorType.Type }

// seqIterator iterates an object that only has __getitem__.
type seqIterator struct {
	seq Object
	i   int
}

func (it *seqIterator) Type() *Type { return &seqIteratorType.Type }

// callableIterator is iter(callable, sentinel).
type callableIterator struct {
	fn, sentinel Object
}

func (it *callableIterator) Type() *Type { return &callableIteratorType.Type }

type bytesIterator struct {
	b []byte
	i int
}

func (it *bytesIterator) Type() *Type { return &bytesIteratorType.Type }

// Iter returns iter(o).
func Iter(t *Thread, o Object) (Object, error) {
	switch v := o.(type) {
	case *py.List:
		return &listIterator{l: v}, nil
	case py.Tuple:
		return &tupleIterator{t: v}, nil
	case py.String:
		return &strIterator{s: string(v), ascii: isASCII(string(v))}, nil
	case *Dict:
		return &dictIterator{d: v, kind: dictKeys, used: v.used}, nil
	case *Set:
		return newSetIterator(v), nil
	case py.Bytes:
		return &bytesIterator{b: v}, nil
	case *py.Range:
		return newRangeIterator(v)
	}
	c := classOfObject(o)
	if m := c.special(spIter); m != nil {
		if m == None {
			return nil, NewError(py.TypeError, fmt.Sprintf("'%s' object is not iterable", TypeName(o)))
		}
		it, err := callMethod(t, m, o, nil, nil)
		if err != nil {
			return nil, err
		}
		if !isIterator(it) {
			return nil, NewError(py.TypeError, fmt.Sprintf("iter() returned non-iterator of type '%s'", TypeName(it)))
		}
		return it, nil
	}
	if c.special(spGetItem) != nil {
		return &seqIterator{seq: o}, nil
	}
	return nil, NewError(py.TypeError, fmt.Sprintf("'%s' object is not iterable", TypeName(o)))
}

// hasIter reports whether o looks iterable.
func hasIter(o Object) bool {
	switch o.(type) {
	case *py.List, py.Tuple, py.String, *Dict, *Set, py.Bytes, *py.Range, *bigRange:
		return true
	}
	c := classOfObject(o)
	return c.special(spIter) != nil || c.special(spGetItem) != nil
}

// isIterator reports whether o has __next__.
func isIterator(o Object) bool {
	switch o.(type) {
	case *listIterator, *tupleIterator, *strIterator, *rangeIterator, *dictIterator,
		*setIterator, *seqIterator, *callableIterator, *Generator, *bytesIterator, *listRevIterator,
		*enumerateIter, *zipIter, *mapIter, *filterIter, *reversedIter, *coroWrapper:
		return true
	}
	return classOfObject(o).special(spNext) != nil
}

// Next advances an iterator: (value, true) or, once exhausted, (nil,
// false). StopIteration raised by a __next__ written in Python counts as
// exhaustion; other errors are returned.
func Next(t *Thread, it Object) (Object, bool, error) {
	switch v := it.(type) {
	case *listIterator:
		if v.i < len(v.l.Items) {
			r := v.l.Items[v.i]
			v.i++
			return r, true, nil
		}
		v.l = emptyList
		return nil, false, nil
	case *listRevIterator:
		if v.i >= 0 && v.i < len(v.l.Items) {
			r := v.l.Items[v.i]
			v.i--
			return r, true, nil
		}
		v.i = -1
		return nil, false, nil
	case *tupleIterator:
		if v.i < len(v.t) {
			r := v.t[v.i]
			v.i++
			return r, true, nil
		}
		return nil, false, nil
	case *rangeIterator:
		if v.remaining > 0 {
			r := NewInt(v.next)
			v.next += v.step
			v.remaining--
			return r, true, nil
		}
		return nil, false, nil
	case *strIterator:
		if v.pos >= len(v.s) {
			return nil, false, nil
		}
		if v.ascii {
			r := asciiChars[v.s[v.pos]]
			v.pos++
			return r, true, nil
		}
		_, n := utf8.DecodeRuneInString(v.s[v.pos:])
		r := py.String(v.s[v.pos : v.pos+n])
		v.pos += n
		return r, true, nil
	case *dictIterator:
		return v.next()
	case *setIterator:
		return v.next()
	case *bytesIterator:
		if v.i < len(v.b) {
			r := NewInt(int64(v.b[v.i]))
			v.i++
			return r, true, nil
		}
		return nil, false, nil
	case *Generator:
		r, err := v.send(t, None)
		if err != nil {
			if isStopIterationNoValue(err) {
				return nil, false, nil
			}
			return nil, false, err
		}
		return r, true, nil
	case *seqIterator:
		if v.seq == nil {
			return nil, false, nil
		}
		r, err := GetItem(t, v.seq, NewInt(int64(v.i)))
		if err != nil {
			if isExceptionType(err, py.IndexError) || IsStopIteration(err) {
				v.seq = nil
				return nil, false, nil
			}
			return nil, false, err
		}
		v.i++
		return r, true, nil
	case *callableIterator:
		if v.fn == nil {
			return nil, false, nil
		}
		r, err := Call(t, v.fn, nil, nil)
		if err != nil {
			if IsStopIteration(err) {
				v.fn = nil
				return nil, false, nil
			}
			return nil, false, err
		}
		eq, err := Equal(t, r, v.sentinel)
		if err != nil {
			return nil, false, err
		}
		if eq {
			v.fn = nil
			return nil, false, nil
		}
		return r, true, nil
	}
	if r, ok, handled, err := nextExtra(t, it); handled {
		return r, ok, err
	}
	if gi, ok := it.(GoIterator); ok {
		return gi.Next(t)
	}
	m := classOfObject(it).special(spNext)
	if m == nil {
		return nil, false, NewError(py.TypeError, fmt.Sprintf("'%s' object is not an iterator", TypeName(it)))
	}
	r, err := callMethod(t, m, it, nil, nil)
	if err != nil {
		if IsStopIteration(err) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return r, true, nil
}

// isStopIterationNoValue is how a generator's exhaustion arrives from
// send: StopIteration (its value is dropped by plain iteration).
func isStopIterationNoValue(err error) bool { return IsStopIteration(err) }

// asciiChars holds the one-character strings of ASCII, so iterating an
// ASCII string does not allocate.
var asciiChars [128]Object

func init() {
	for i := range asciiChars {
		asciiChars[i] = py.String(string(rune(i)))
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// Collect returns the items of an iterable as a new slice.
func Collect(t *Thread, o Object) ([]Object, error) {
	switch v := o.(type) {
	case *py.List:
		return append([]Object(nil), v.Items...), nil
	case py.Tuple:
		return append([]Object(nil), v...), nil
	}
	it, err := Iter(t, o)
	if err != nil {
		return nil, err
	}
	var out []Object
	for {
		v, ok, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, v)
	}
}

// ForEach calls fn for each item of an iterable, stopping early when fn
// returns false or an error.
func ForEach(t *Thread, o Object, fn func(Object) (bool, error)) error {
	switch v := o.(type) {
	case *py.List:
		for i := 0; i < len(v.Items); i++ {
			if more, err := fn(v.Items[i]); !more || err != nil {
				return err
			}
		}
		return nil
	case py.Tuple:
		for _, x := range v {
			if more, err := fn(x); !more || err != nil {
				return err
			}
		}
		return nil
	}
	it, err := Iter(t, o)
	if err != nil {
		return err
	}
	for {
		v, ok, err := Next(t, it)
		if err != nil || !ok {
			return err
		}
		if more, err := fn(v); !more || err != nil {
			return err
		}
	}
}

// unpackIterable implements UNPACK_SEQUENCE (after < 0: exactly n items)
// and UNPACK_EX (n items before the starred target, after items after
// it, the rest as a list in between).
func unpackIterable(t *Thread, o Object, n, after int) ([]Object, error) {
	it, err := Iter(t, o)
	if err != nil {
		if isExceptionType(err, py.TypeError) && !hasIter(o) {
			return nil, NewError(py.TypeError, fmt.Sprintf("cannot unpack non-iterable %s object", TypeName(o)))
		}
		return nil, err
	}
	var items []Object
	for len(items) < n {
		v, ok, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			if after < 0 {
				return nil, NewError(py.ValueError, fmt.Sprintf("not enough values to unpack (expected %d, got %d)", n, len(items)))
			}
			return nil, NewError(py.ValueError, fmt.Sprintf("not enough values to unpack (expected at least %d, got %d)", n+after, len(items)))
		}
		items = append(items, v)
	}
	if after < 0 {
		_, ok, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if ok {
			return nil, NewError(py.ValueError, fmt.Sprintf("too many values to unpack (expected %d)", n))
		}
		return items, nil
	}
	var rest []Object
	for {
		v, ok, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		rest = append(rest, v)
	}
	if len(rest) < after {
		return nil, NewError(py.ValueError, fmt.Sprintf("not enough values to unpack (expected at least %d, got %d)", n+after, n+len(rest)))
	}
	mid := &py.List{Items: append([]Object(nil), rest[:len(rest)-after]...)}
	items = append(items, mid)
	items = append(items, rest[len(rest)-after:]...)
	return items, nil
}

// listExtend appends the items of an iterable to l (LIST_EXTEND).
func listExtend(t *Thread, l *py.List, o Object) error {
	switch v := o.(type) {
	case *py.List:
		l.Items = append(l.Items, v.Items...)
		return nil
	case py.Tuple:
		l.Items = append(l.Items, v...)
		return nil
	}
	items, err := Collect(t, o)
	if err != nil {
		if isExceptionType(err, py.TypeError) && !hasIter(o) {
			return NewError(py.TypeError, fmt.Sprintf("Value after * must be an iterable, not %s", TypeName(o)))
		}
		return err
	}
	l.Items = append(l.Items, items...)
	return nil
}

// newRangeIterator iterates a range.
func newRangeIterator(r *py.Range) (Object, error) {
	n := int64(r.Length)
	return &rangeIterator{next: int64(r.Start), step: int64(r.Step), remaining: n, total: n}, nil
}
