// Package collections provides _collections (deque and defaultdict,
// written in Go) and the collections package itself, written in Python
// on top of them.
package collections

import (
	"fmt"
	"strings"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

type (
	Object = vm.Object
	Tuple  = vm.Tuple
)

var (
	dequeClass   = vm.NewType("collections", "deque", "deque(iterable=(), maxlen=None)\n\nA double-ended queue: adding or taking an item at either end is cheap. With maxlen, adding past the limit drops items from the other end.", nil, 0)
	dequeIterCls = vm.NewType("_collections", "_deque_iterator", "", nil, 0)
	dequeRevCls  = vm.NewType("_collections", "_deque_reverse_iterator", "", nil, 0)
)

// deque is a ring buffer. state counts mutations so that iterators can
// notice a deque changed under them.
type deque struct {
	buf    []Object
	head   int
	n      int
	maxlen int // -1: unbounded
	state  uint64
}

func (*deque) Type() *py.Type { return dequeClass.T() }

func (d *deque) at(i int) Object { return d.buf[(d.head+i)%len(d.buf)] }

func (d *deque) set(i int, v Object) { d.buf[(d.head+i)%len(d.buf)] = v }

func (d *deque) grow() {
	size := 2 * len(d.buf)
	if size < 8 {
		size = 8
	}
	nb := make([]Object, size)
	for i := 0; i < d.n; i++ {
		nb[i] = d.at(i)
	}
	d.buf, d.head = nb, 0
}

func (d *deque) items() []Object {
	out := make([]Object, d.n)
	for i := range out {
		out[i] = d.at(i)
	}
	return out
}

func (d *deque) pushRight(v Object) {
	if d.maxlen == 0 {
		return
	}
	if d.n == len(d.buf) {
		d.grow()
	}
	d.buf[(d.head+d.n)%len(d.buf)] = v
	d.n++
	d.state++
	if d.maxlen >= 0 && d.n > d.maxlen {
		d.popLeft()
	}
}

func (d *deque) pushLeft(v Object) {
	if d.maxlen == 0 {
		return
	}
	if d.n == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = v
	d.n++
	d.state++
	if d.maxlen >= 0 && d.n > d.maxlen {
		d.popRight()
	}
}

func (d *deque) popRight() Object {
	i := (d.head + d.n - 1) % len(d.buf)
	v := d.buf[i]
	d.buf[i] = nil
	d.n--
	d.state++
	return v
}

func (d *deque) popLeft() Object {
	v := d.buf[d.head]
	d.buf[d.head] = nil
	d.head = (d.head + 1) % len(d.buf)
	d.n--
	d.state++
	return v
}

func (d *deque) clear() {
	d.buf, d.head, d.n = nil, 0, 0
	d.state++
}

// rotate moves the last k items to the front (k < 0: the first -k to
// the back).
func (d *deque) rotate(k int) {
	if d.n <= 1 {
		return
	}
	k %= d.n
	if k < 0 {
		k += d.n
	}
	if k == 0 {
		return
	}
	items := d.items()
	for i := range items {
		d.set((i+k)%d.n, items[i])
	}
	d.state++
}

// selfDeque returns the deque of a method's self.
func selfDeque(o Object) *deque { return vm.Unwrap(o).(*deque) }

// asDeque returns the deque behind o, if o is one.
func asDeque(o Object) (*deque, bool) {
	d, ok := vm.Unwrap(o).(*deque)
	return d, ok
}

type dequeIter struct {
	d     *deque
	i     int
	state uint64
	rev   bool
}

func (it *dequeIter) Type() *py.Type {
	if it.rev {
		return dequeRevCls.T()
	}
	return dequeIterCls.T()
}

func (it *dequeIter) Next(t *vm.Thread) (Object, bool, error) {
	if it.d == nil {
		return nil, false, nil
	}
	if it.d.state != it.state {
		it.d = nil
		return nil, false, vm.NewError(py.RuntimeError, "deque mutated during iteration")
	}
	if it.i >= it.d.n {
		it.d = nil
		return nil, false, nil
	}
	j := it.i
	if it.rev {
		j = it.d.n - 1 - it.i
	}
	it.i++
	return it.d.at(j), true, nil
}

func (d *deque) extend(t *vm.Thread, iterable Object, left bool) error {
	if od, ok := asDeque(iterable); ok && od == d {
		iterable = &py.List{Items: d.items()}
	}
	return vm.ForEach(t, iterable, func(v Object) (bool, error) {
		if left {
			d.pushLeft(v)
		} else {
			d.pushRight(v)
		}
		return true, nil
	})
}

// find returns the index of the first item equal to v in [start, stop),
// or -1; a deque changed by a comparison is an error.
func (d *deque) find(t *vm.Thread, v Object, start, stop int) (int, error) {
	state := d.state
	for i := start; i < stop && i < d.n; i++ {
		x := d.at(i)
		eq := vm.Is(x, v)
		if !eq {
			var err error
			if eq, err = vm.Equal(t, x, v); err != nil {
				return -1, err
			}
		}
		if d.state != state {
			return -1, vm.NewError(py.RuntimeError, "deque mutated during iteration")
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

func (d *deque) index(t *vm.Thread, o Object, what string) (int, error) {
	if !vm.HasIndex(o) {
		return 0, vm.NewError(py.TypeError, fmt.Sprintf("sequence index must be integer, not '%s'", vm.TypeName(o)))
	}
	i, err := vm.IndexInt(t, o)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += d.n
	}
	if i < 0 || i >= d.n {
		return 0, vm.NewError(py.IndexError, what)
	}
	return i, nil
}

// newDequeLike makes an empty deque of the same type and maxlen as self
// (for copy, +, *): type(self)(iterable, maxlen) for subclasses.
func newDequeLike(t *vm.Thread, self Object, items []Object) (Object, error) {
	d := selfDeque(self)
	if _, ok := self.(*deque); ok {
		nd := &deque{maxlen: d.maxlen}
		for _, v := range items {
			nd.pushRight(v)
		}
		return nd, nil
	}
	var ml Object = vm.None
	if d.maxlen >= 0 {
		ml = vm.NewInt(int64(d.maxlen))
	}
	if d.maxlen < 0 {
		return vm.Call(t, vm.TypeOf(self), []Object{&py.List{Items: items}}, nil)
	}
	return vm.Call(t, vm.TypeOf(self), []Object{&py.List{Items: items}, ml}, nil)
}

func method(c *vm.Class, name string, min, max int, doc string, fn func(t *vm.Thread, d *deque, self Object, args []Object) (Object, error)) {
	c.DefMethod(name, func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("deque."+name, name, args[1:], kwnames, min, max); err != nil {
			return nil, err
		}
		return fn(t, selfDeque(args[0]), args[0], args[1:])
	}, doc, "nounwrap")
}

func oneArg(c *vm.Class, name, doc string, fn func(t *vm.Thread, d *deque, self, arg Object) (Object, error)) {
	c.DefMethod(name, func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckOneArg("deque."+name, args[1:], kwnames); err != nil {
			return nil, err
		}
		return fn(t, selfDeque(args[0]), args[0], args[1])
	}, doc, "nounwrap")
}

func noArgs(c *vm.Class, name, doc string, fn func(t *vm.Thread, d *deque, self Object) (Object, error)) {
	c.DefMethod(name, func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if len(kwnames) > 0 {
			return nil, vm.NewError(py.TypeError, "deque."+name+"() takes no keyword arguments")
		}
		if len(args) != 1 {
			return nil, vm.NewError(py.TypeError, fmt.Sprintf("deque.%s() takes no arguments (%d given)", name, len(args)-1))
		}
		return fn(t, selfDeque(args[0]), args[0])
	}, doc, "nounwrap")
}

func init() {
	c := dequeClass
	c.AllowSubclass()
	c.SetCollectionFlagsStatic(vm.CollectionSequence)
	c.DefMethod("__new__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		typ, err := c.CheckSubtype("deque.__new__", args[0])
		if err != nil {
			return nil, err
		}
		return c.Wrap(typ, &deque{maxlen: -1}), nil
	}, "Make a new instance of the type.", "static")
	c.DefMethod("__init__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		var iterable, maxlen Object
		if _, err := vm.ParseClinic(&vm.Params{Func: "deque", Names: []string{"iterable", "maxlen"}, KwOnly: -1}, args[1:], kwnames, &iterable, &maxlen); err != nil {
			return nil, err
		}
		d := selfDeque(args[0])
		d.maxlen = -1
		if maxlen != nil && maxlen != vm.None {
			if !vm.IsInstance(maxlen, py.IntType) {
				return nil, vm.NewError(py.TypeError, "an integer is required")
			}
			n, err := vm.IndexInt(t, maxlen)
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, vm.NewError(py.ValueError, "maxlen must be non-negative")
			}
			d.maxlen = n
		}
		if d.n > 0 {
			d.clear()
		}
		if iterable != nil {
			if err := d.extend(t, iterable, false); err != nil {
				return nil, err
			}
		}
		return vm.None, nil
	}, "Set up a new instance; the type's doc gives the arguments.", "nounwrap")
	oneArg(c, "append", "Put an item at the right end.", func(t *vm.Thread, d *deque, self, v Object) (Object, error) {
		d.pushRight(v)
		return vm.None, nil
	})
	oneArg(c, "appendleft", "Put an item at the left end.", func(t *vm.Thread, d *deque, self, v Object) (Object, error) {
		d.pushLeft(v)
		return vm.None, nil
	})
	oneArg(c, "extend", "Append each item of an iterable at the right end.", func(t *vm.Thread, d *deque, self, v Object) (Object, error) {
		return vm.None, d.extend(t, v, false)
	})
	oneArg(c, "extendleft", "Append each item of an iterable at the left end (so they end up reversed).", func(t *vm.Thread, d *deque, self, v Object) (Object, error) {
		return vm.None, d.extend(t, v, true)
	})
	noArgs(c, "pop", "Take the item at the right end off and return it; IndexError when empty.", func(t *vm.Thread, d *deque, self Object) (Object, error) {
		if d.n == 0 {
			return nil, vm.NewError(py.IndexError, "pop from an empty deque")
		}
		return d.popRight(), nil
	})
	noArgs(c, "popleft", "Take the item at the left end off and return it; IndexError when empty.", func(t *vm.Thread, d *deque, self Object) (Object, error) {
		if d.n == 0 {
			return nil, vm.NewError(py.IndexError, "pop from an empty deque")
		}
		return d.popLeft(), nil
	})
	noArgs(c, "clear", "Empty the deque.", func(t *vm.Thread, d *deque, self Object) (Object, error) {
		d.clear()
		return vm.None, nil
	})
	copyFn := func(t *vm.Thread, d *deque, self Object) (Object, error) { return newDequeLike(t, self, d.items()) }
	noArgs(c, "copy", "A new deque with the same items and maxlen.", copyFn)
	noArgs(c, "__copy__", "A new deque with the same items and maxlen.", copyFn)
	noArgs(c, "reverse", "Turn the deque around, in place.", func(t *vm.Thread, d *deque, self Object) (Object, error) {
		for i, j := 0, d.n-1; i < j; i, j = i+1, j-1 {
			a, b := d.at(i), d.at(j)
			d.set(i, b)
			d.set(j, a)
		}
		d.state++
		return vm.None, nil
	})
	method(c, "rotate", 0, 1, "rotate(n=1): move n items from the right end to the left end (from left to right when n < 0).", func(t *vm.Thread, d *deque, self Object, a []Object) (Object, error) {
		k := 1
		if len(a) == 1 {
			var err error
			if k, err = vm.IndexInt(t, a[0]); err != nil {
				return nil, err
			}
		}
		d.rotate(k)
		return vm.None, nil
	})
	oneArg(c, "count", "How many items equal value.", func(t *vm.Thread, d *deque, self, v Object) (Object, error) {
		n, state := 0, d.state
		for i := 0; i < d.n; i++ {
			x := d.at(i)
			eq := vm.Is(x, v)
			if !eq {
				var err error
				if eq, err = vm.Equal(t, x, v); err != nil {
					return nil, err
				}
			}
			if d.state != state {
				return nil, vm.NewError(py.RuntimeError, "deque mutated during iteration")
			}
			if eq {
				n++
			}
		}
		return vm.NewInt(int64(n)), nil
	})
	method(c, "index", 1, 3, "index(value, start=0, stop=len): the position of the first item equal to value; ValueError when there is none.", func(t *vm.Thread, d *deque, self Object, a []Object) (Object, error) {
		start, stop := 0, d.n
		bound := func(o Object) (int, error) {
			i, err := vm.IndexInt(t, o)
			if err != nil {
				return 0, err
			}
			if i < 0 {
				i += d.n
				if i < 0 {
					i = 0
				}
			}
			if i > d.n {
				i = d.n
			}
			return i, nil
		}
		var err error
		if len(a) > 1 {
			if start, err = bound(a[1]); err != nil {
				return nil, err
			}
		}
		if len(a) > 2 {
			if stop, err = bound(a[2]); err != nil {
				return nil, err
			}
		}
		i, err := d.find(t, a[0], start, stop)
		if err != nil {
			return nil, err
		}
		if i < 0 {
			s, err := vm.ReprString(t, a[0])
			if err != nil {
				return nil, err
			}
			return nil, vm.NewError(py.ValueError, s+" is not in deque")
		}
		return vm.NewInt(int64(i)), nil
	})
	method(c, "insert", 2, 2, "insert(index, value): put value at position index, shifting the items after it.", func(t *vm.Thread, d *deque, self Object, a []Object) (Object, error) {
		i, err := vm.IndexInt(t, a[0])
		if err != nil {
			return nil, err
		}
		if d.maxlen >= 0 && d.n >= d.maxlen {
			return nil, vm.NewError(py.IndexError, "deque already at its maximum size")
		}
		if i < 0 {
			i += d.n
			if i < 0 {
				i = 0
			}
		}
		if i > d.n {
			i = d.n
		}
		items := d.items()
		items = append(items[:i], append([]Object{a[1]}, items[i:]...)...)
		d.clear()
		for _, v := range items {
			d.pushRight(v)
		}
		return vm.None, nil
	})
	oneArg(c, "remove", "Delete the first item equal to value; ValueError when there is none.", func(t *vm.Thread, d *deque, self, v Object) (Object, error) {
		i, err := d.find(t, v, 0, d.n)
		if err != nil {
			return nil, err
		}
		if i < 0 {
			s, err := vm.ReprString(t, v)
			if err != nil {
				return nil, err
			}
			return nil, vm.NewError(py.ValueError, s+" is not in deque")
		}
		d.delete(i)
		return vm.None, nil
	})
	c.DefGetSet("maxlen", func(t *vm.Thread, o Object) (Object, error) {
		d := vm.Unwrap(o).(*deque)
		if d.maxlen < 0 {
			return vm.None, nil
		}
		return vm.NewInt(int64(d.maxlen)), nil
	}, nil)
	noArgs(c, "__len__", "Return len(self).", func(t *vm.Thread, d *deque, self Object) (Object, error) {
		return vm.NewInt(int64(d.n)), nil
	})
	noArgs(c, "__bool__", "Whether the deque has any items.", func(t *vm.Thread, d *deque, self Object) (Object, error) {
		return vm.NewBool(d.n > 0), nil
	})
	noArgs(c, "__iter__", "Implement iter(self).", func(t *vm.Thread, d *deque, self Object) (Object, error) {
		return &dequeIter{d: d, state: d.state}, nil
	})
	noArgs(c, "__reversed__", "Iterate over the items from right to left.", func(t *vm.Thread, d *deque, self Object) (Object, error) {
		return &dequeIter{d: d, state: d.state, rev: true}, nil
	})
	oneArg(c, "__getitem__", "Return self[key].", func(t *vm.Thread, d *deque, self, k Object) (Object, error) {
		i, err := d.index(t, k, "deque index out of range")
		if err != nil {
			return nil, err
		}
		return d.at(i), nil
	})
	method(c, "__setitem__", 2, 2, "Replace the item at an index.", func(t *vm.Thread, d *deque, self Object, a []Object) (Object, error) {
		i, err := d.index(t, a[0], "deque index out of range")
		if err != nil {
			return nil, err
		}
		d.set(i, a[1])
		return vm.None, nil
	})
	oneArg(c, "__delitem__", "Remove the item at an index.", func(t *vm.Thread, d *deque, self, k Object) (Object, error) {
		i, err := d.index(t, k, "deque index out of range")
		if err != nil {
			return nil, err
		}
		d.delete(i)
		return vm.None, nil
	})
	oneArg(c, "__contains__", "Return key in self.", func(t *vm.Thread, d *deque, self, v Object) (Object, error) {
		i, err := d.find(t, v, 0, d.n)
		return vm.NewBool(i >= 0), err
	})
	noArgs(c, "__repr__", "Return repr(self).", func(t *vm.Thread, d *deque, self Object) (Object, error) {
		if t.ReprEnter(self) {
			return py.String("[...]"), nil
		}
		defer t.ReprLeave(self)
		parts := make([]string, 0, d.n)
		for _, v := range d.items() {
			s, err := vm.ReprString(t, v)
			if err != nil {
				return nil, err
			}
			parts = append(parts, s)
		}
		name := vm.ClassOfObject(self).ShortName()
		body := "[" + strings.Join(parts, ", ") + "]"
		if d.maxlen >= 0 {
			return py.String(fmt.Sprintf("%s(%s, maxlen=%d)", name, body, d.maxlen)), nil
		}
		return py.String(name + "(" + body + ")"), nil
	})
	noArgs(c, "__reduce__", "Describe how pickle rebuilds this object.", func(t *vm.Thread, d *deque, self Object) (Object, error) {
		var state Object = vm.None
		if inst, ok := self.(*vm.Instance); ok {
			if dict := inst.Dict(); dict != nil && dict.Len() > 0 {
				state = dict
			}
		}
		it := &dequeIter{d: d, state: d.state}
		if d.maxlen < 0 {
			return Tuple{vm.TypeOf(self), Tuple{}, state, it}, nil
		}
		return Tuple{vm.TypeOf(self), Tuple{Tuple{}, vm.NewInt(int64(d.maxlen))}, state, it}, nil
	})
	c.DefAttr("__hash__", vm.None)
	oneArg(c, "__add__", "Return self+value.", func(t *vm.Thread, d *deque, self, o Object) (Object, error) {
		od, ok := asDeque(o)
		if !ok {
			return nil, vm.NewError(py.TypeError, fmt.Sprintf("can only concatenate deque (not \"%s\") to deque", vm.TypeName(o)))
		}
		return newDequeLike(t, self, append(d.items(), od.items()...))
	})
	oneArg(c, "__iadd__", "Implement self+=value.", func(t *vm.Thread, d *deque, self, o Object) (Object, error) {
		if err := d.extend(t, o, false); err != nil {
			return nil, err
		}
		return self, nil
	})
	repeat := func(t *vm.Thread, d *deque, o Object) ([]Object, error) {
		if !vm.HasIndex(o) {
			return nil, nil
		}
		n, err := vm.IndexInt(t, o)
		if err != nil {
			return nil, err
		}
		items := d.items()
		var out []Object
		for i := 0; i < n; i++ {
			out = append(out, items...)
			if d.maxlen >= 0 && len(out) > 2*d.maxlen {
				out = out[len(out)-d.maxlen:]
			}
		}
		return out, nil
	}
	mul := func(t *vm.Thread, d *deque, self, o Object) (Object, error) {
		if !vm.HasIndex(o) {
			return vm.NotImplemented, nil
		}
		items, err := repeat(t, d, o)
		if err != nil {
			return nil, err
		}
		return newDequeLike(t, self, items)
	}
	oneArg(c, "__mul__", "Return self*value.", mul)
	oneArg(c, "__rmul__", "Return value*self.", mul)
	oneArg(c, "__imul__", "Implement self*=value.", func(t *vm.Thread, d *deque, self, o Object) (Object, error) {
		if !vm.HasIndex(o) {
			return vm.NotImplemented, nil
		}
		items, err := repeat(t, d, o)
		if err != nil {
			return nil, err
		}
		d.clear()
		for _, v := range items {
			d.pushRight(v)
		}
		return self, nil
	})
	compares := []struct {
		name string
		op   bytecode.CompareOp
	}{{"__lt__", bytecode.CmpLt}, {"__le__", bytecode.CmpLe}, {"__eq__", bytecode.CmpEq}, {"__ne__", bytecode.CmpNe}, {"__gt__", bytecode.CmpGt}, {"__ge__", bytecode.CmpGe}}
	for _, cmp := range compares {
		cmp := cmp
		oneArg(c, cmp.name, "Return self"+cmp.op.Symbol()+"value.", func(t *vm.Thread, d *deque, self, o Object) (Object, error) {
			od, ok := asDeque(o)
			if !ok {
				return vm.NotImplemented, nil
			}
			return compareItems(t, d.items(), od.items(), cmp.op)
		})
	}
	c.DefMethod("__class_getitem__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		return vm.NewGenericAlias(args[0], args[1]), nil
	}, "A generic alias of the class, such as C[int], for annotations.", "class")
	noArgs(c, "__sizeof__", "Bytes the deque takes, by gilpy's estimate.", func(t *vm.Thread, d *deque, self Object) (Object, error) {
		return vm.NewInt(int64(64 + 8*len(d.buf))), nil
	})
	c.Ready()
	for _, ic := range []*vm.Class{dequeIterCls, dequeRevCls} {
		ic.DefIterator()
		ic.DefMethod("__length_hint__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
			it := args[0].(*dequeIter)
			if it.d == nil {
				return vm.NewInt(0), nil
			}
			return vm.NewInt(int64(it.d.n - it.i)), nil
		}, "How many items are left: a size hint for list() and others.")
		ic.Ready()
	}
}

// delete removes the item at i.
func (d *deque) delete(i int) {
	items := d.items()
	items = append(items[:i], items[i+1:]...)
	ml := d.maxlen
	d.clear()
	d.maxlen = -1
	for _, v := range items {
		d.pushRight(v)
	}
	d.maxlen = ml
}

// compareItems compares two item lists as sequences: the first unequal
// pair decides, else the lengths.
func compareItems(t *vm.Thread, a, b []Object, op bytecode.CompareOp) (Object, error) {
	if (op == bytecode.CmpEq || op == bytecode.CmpNe) && len(a) != len(b) {
		return vm.NewBool(op == bytecode.CmpNe), nil
	}
	i := 0
	for ; i < len(a) && i < len(b); i++ {
		if vm.Is(a[i], b[i]) {
			continue
		}
		eq, err := vm.Equal(t, a[i], b[i])
		if err != nil {
			return nil, err
		}
		if !eq {
			break
		}
	}
	if i >= len(a) || i >= len(b) {
		var r bool
		switch op {
		case bytecode.CmpLt:
			r = len(a) < len(b)
		case bytecode.CmpLe:
			r = len(a) <= len(b)
		case bytecode.CmpEq:
			r = len(a) == len(b)
		case bytecode.CmpNe:
			r = len(a) != len(b)
		case bytecode.CmpGt:
			r = len(a) > len(b)
		case bytecode.CmpGe:
			r = len(a) >= len(b)
		}
		return vm.NewBool(r), nil
	}
	switch op {
	case bytecode.CmpEq:
		return vm.False, nil
	case bytecode.CmpNe:
		return vm.True, nil
	}
	return vm.RichCompare(t, a[i], b[i], op)
}
