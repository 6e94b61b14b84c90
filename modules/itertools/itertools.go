// Package itertools is Python's itertools module: lazy iterators over
// other iterables, written in Go. Each iterator type can be subclassed
// from Python, as in CPython.
package itertools

import (
	"fmt"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

type (
	Object = vm.Object
	Tuple  = vm.Tuple
)

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "itertools", Builtin: true, Init: initModule})
}

var types = map[string]*vm.Class{}

func initModule(t *vm.Thread, m *vm.Module) error {
	m.Set("__doc__", py.String("Iterator building blocks: infinite iterators (count, cycle, repeat),\niterators over finite inputs and combinatoric generators."))
	for name, c := range types {
		m.Set(name, c.T())
	}
	m.Set("tee", vm.NewModuleFunction("itertools", "tee", teeFunc, "tee(iterable, n=2, /)\n--\n\nSplit one iterator into n independent ones."))
	return nil
}

// newIterType defines an iterator type of the module whose __new__ is
// make; its objects implement vm.GoIterator.
func newIterType(name, doc string, make func(t *vm.Thread, args []Object, kwnames Tuple) (vm.GoIterator, error), base bool) *vm.Class {
	flags := vm.TypeFlags(0)
	if base {
		flags = vm.TypeBaseType
	}
	c := vm.NewType("itertools", name, doc, nil, flags)
	c.DefMethod("__new__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		typ, err := c.CheckSubtype(name+".__new__", args[0])
		if err != nil {
			return nil, err
		}
		it, err := make(t, args[1:], kwnames)
		if err != nil {
			return nil, err
		}
		return c.Wrap(typ, it), nil
	}, "Make a new instance of the type.", "static")
	c.DefIterator()
	types[name] = c
	return c
}

// noKw is the check the module's positional-only constructors make.
func noKw(name string, args []Object, kwnames Tuple, min, max int) error {
	if len(kwnames) > 0 {
		return vm.NewError(py.TypeError, name+"() takes no keyword arguments")
	}
	return vm.CheckPositional(name, name, args, nil, min, max)
}

func next(t *vm.Thread, it Object) (Object, bool, error) { return vm.Next(t, it) }

// ---- count ----

var countClass *vm.Class

type count struct {
	cur, step Object
}

func (*count) Type() *py.Type { return countClass.T() }

func (c *count) Next(t *vm.Thread) (Object, bool, error) {
	r := c.cur
	n, err := vm.BinaryOp(t, bytecode.OpAdd, c.cur, c.step)
	if err != nil {
		return nil, false, err
	}
	c.cur = n
	return r, true, nil
}

// isNumber is PyNumber_Check: ints, floats, complex numbers, and objects
// with __index__, __int__, __float__ or __complex__.
func isNumber(o Object) bool {
	switch vm.Unwrap(o).(type) {
	case py.Int, py.Bool, *py.BigInt, py.Float, py.Complex:
		return true
	}
	c := vm.ClassOfObject(o)
	for _, n := range []string{"__index__", "__int__", "__float__", "__complex__"} {
		if c.Lookup(n) != nil {
			return true
		}
	}
	return false
}

// ---- repeat ----

var repeatClass *vm.Class

type repeat struct {
	obj   Object
	times int64 // -1: forever
}

func (*repeat) Type() *py.Type { return repeatClass.T() }

func (r *repeat) Next(t *vm.Thread) (Object, bool, error) {
	if r.times == 0 {
		return nil, false, nil
	}
	if r.times > 0 {
		r.times--
	}
	return r.obj, true, nil
}

// ---- cycle ----

type cycle struct {
	it     Object
	saved  []Object
	index  int
	primed bool // the first pass is over
}

var cycleClass *vm.Class

func (*cycle) Type() *py.Type { return cycleClass.T() }

func (c *cycle) Next(t *vm.Thread) (Object, bool, error) {
	if !c.primed {
		v, ok, err := next(t, c.it)
		if err != nil {
			return nil, false, err
		}
		if ok {
			c.saved = append(c.saved, v)
			return v, true, nil
		}
		c.primed = true
		c.it = nil
	}
	if len(c.saved) == 0 {
		return nil, false, nil
	}
	v := c.saved[c.index]
	c.index = (c.index + 1) % len(c.saved)
	return v, true, nil
}

// ---- accumulate ----

var accumulateClass *vm.Class

type accumulate struct {
	it, fn, total, initial Object
}

func (*accumulate) Type() *py.Type { return accumulateClass.T() }

func (a *accumulate) Next(t *vm.Thread) (Object, bool, error) {
	if a.initial != nil {
		a.total, a.initial = a.initial, nil
		return a.total, true, nil
	}
	v, ok, err := next(t, a.it)
	if !ok || err != nil {
		return nil, false, err
	}
	if a.total == nil {
		a.total = v
		return v, true, nil
	}
	if a.fn == nil {
		v, err = vm.BinaryOp(t, bytecode.OpAdd, a.total, v)
	} else {
		v, err = vm.Call(t, a.fn, []Object{a.total, v}, nil)
	}
	if err != nil {
		return nil, false, err
	}
	a.total = v
	return v, true, nil
}

// ---- chain ----

var chainClass *vm.Class

type chain struct {
	source Object // iterator over the iterables
	active Object // iterator over the current iterable
}

func (*chain) Type() *py.Type { return chainClass.T() }

func (c *chain) Next(t *vm.Thread) (Object, bool, error) {
	for c.source != nil {
		if c.active == nil {
			iterable, ok, err := next(t, c.source)
			if err != nil {
				return nil, false, err
			}
			if !ok {
				c.source = nil
				return nil, false, nil
			}
			if c.active, err = vm.Iter(t, iterable); err != nil {
				c.source = nil
				return nil, false, err
			}
		}
		v, ok, err := next(t, c.active)
		if err != nil {
			return nil, false, err
		}
		if ok {
			return v, true, nil
		}
		c.active = nil
	}
	return nil, false, nil
}

// ---- compress, dropwhile, takewhile, filterfalse, starmap ----

var compressClass, dropwhileClass, takewhileClass, filterfalseClass, starmapClass *vm.Class

type compress struct{ data, selectors Object }

func (*compress) Type() *py.Type { return compressClass.T() }

func (c *compress) Next(t *vm.Thread) (Object, bool, error) {
	for {
		d, ok, err := next(t, c.data)
		if !ok || err != nil {
			return nil, false, err
		}
		s, ok, err := next(t, c.selectors)
		if !ok || err != nil {
			return nil, false, err
		}
		keep, err := vm.Truth(t, s)
		if err != nil {
			return nil, false, err
		}
		if keep {
			return d, true, nil
		}
	}
}

type dropwhile struct {
	pred, it Object
	done     bool
}

func (*dropwhile) Type() *py.Type { return dropwhileClass.T() }

func (d *dropwhile) Next(t *vm.Thread) (Object, bool, error) {
	for {
		v, ok, err := next(t, d.it)
		if !ok || err != nil {
			return nil, false, err
		}
		if d.done {
			return v, true, nil
		}
		r, err := vm.Call(t, d.pred, []Object{v}, nil)
		if err != nil {
			return nil, false, err
		}
		b, err := vm.Truth(t, r)
		if err != nil {
			return nil, false, err
		}
		if !b {
			d.done = true
			return v, true, nil
		}
	}
}

type takewhile struct {
	pred, it Object
	stopped  bool
}

func (*takewhile) Type() *py.Type { return takewhileClass.T() }

func (w *takewhile) Next(t *vm.Thread) (Object, bool, error) {
	if w.stopped {
		return nil, false, nil
	}
	v, ok, err := next(t, w.it)
	if !ok || err != nil {
		return nil, false, err
	}
	r, err := vm.Call(t, w.pred, []Object{v}, nil)
	if err != nil {
		return nil, false, err
	}
	b, err := vm.Truth(t, r)
	if err != nil {
		return nil, false, err
	}
	if b {
		return v, true, nil
	}
	w.stopped = true
	return nil, false, nil
}

type filterfalse struct{ pred, it Object }

func (*filterfalse) Type() *py.Type { return filterfalseClass.T() }

func (f *filterfalse) Next(t *vm.Thread) (Object, bool, error) {
	for {
		v, ok, err := next(t, f.it)
		if !ok || err != nil {
			return nil, false, err
		}
		r := v
		if f.pred != vm.None {
			if r, err = vm.Call(t, f.pred, []Object{v}, nil); err != nil {
				return nil, false, err
			}
		}
		b, err := vm.Truth(t, r)
		if err != nil {
			return nil, false, err
		}
		if !b {
			return v, true, nil
		}
	}
}

type starmap struct{ fn, it Object }

func (*starmap) Type() *py.Type { return starmapClass.T() }

func (s *starmap) Next(t *vm.Thread) (Object, bool, error) {
	args, ok, err := next(t, s.it)
	if !ok || err != nil {
		return nil, false, err
	}
	items, err := vm.Collect(t, args)
	if err != nil {
		return nil, false, err
	}
	r, err := vm.Call(t, s.fn, items, nil)
	if err != nil {
		return nil, false, err
	}
	return r, true, nil
}

// ---- pairwise ----

var pairwiseClass *vm.Class

type pairwise struct {
	it, old Object
}

func (*pairwise) Type() *py.Type { return pairwiseClass.T() }

func (p *pairwise) Next(t *vm.Thread) (Object, bool, error) {
	if p.it == nil {
		return nil, false, nil
	}
	if p.old == nil {
		v, ok, err := next(t, p.it)
		if !ok || err != nil {
			p.it = nil
			return nil, false, err
		}
		p.old = v
	}
	v, ok, err := next(t, p.it)
	if !ok || err != nil {
		p.it, p.old = nil, nil
		return nil, false, err
	}
	r := Tuple{p.old, v}
	p.old = v
	return r, true, nil
}

// ---- zip_longest ----

var zipLongestClass *vm.Class

type zipLongest struct {
	its    []Object // nil once exhausted
	active int
	fill   Object
}

func (*zipLongest) Type() *py.Type { return zipLongestClass.T() }

func (z *zipLongest) Next(t *vm.Thread) (Object, bool, error) {
	if len(z.its) == 0 || z.active == 0 {
		return nil, false, nil
	}
	out := make(Tuple, len(z.its))
	for i, it := range z.its {
		if it == nil {
			out[i] = z.fill
			continue
		}
		v, ok, err := next(t, it)
		if err != nil {
			z.active = 0
			return nil, false, err
		}
		if !ok {
			z.its[i] = nil
			z.active--
			if z.active == 0 {
				return nil, false, nil
			}
			v = z.fill
		}
		out[i] = v
	}
	return out, true, nil
}

func init() {
	countClass = newIterType("count", "count(start=0, step=1)\n--\n\nNumbers from start on, step apart.", func(t *vm.Thread, args []Object, kwnames Tuple) (vm.GoIterator, error) {
		var start, step Object
		if _, err := vm.ParseClinic(&vm.Params{Func: "count", Names: []string{"start", "step"}, KwOnly: -1}, args, kwnames, &start, &step); err != nil {
			return nil, err
		}
		if start == nil {
			start = vm.NewInt(0)
		}
		if step == nil {
			step = vm.NewInt(1)
		}
		if !isNumber(start) || !isNumber(step) {
			return nil, vm.NewError(py.TypeError, "a number is required")
		}
		return &count{cur: start, step: step}, nil
	}, true)
	countClass.DefMethod("__repr__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		c := vm.Unwrap(args[0]).(*count)
		name := vm.ClassOfObject(args[0]).ShortName()
		s, err := vm.ReprString(t, c.cur)
		if err != nil {
			return nil, err
		}
		if i, ok := c.step.(py.Int); ok && i == 1 {
			return py.String(name + "(" + s + ")"), nil
		}
		st, err := vm.ReprString(t, c.step)
		if err != nil {
			return nil, err
		}
		return py.String(name + "(" + s + ", " + st + ")"), nil
	}, "Return repr(self).", "nounwrap")
	countClass.DefMethod("__reduce__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		c := vm.Unwrap(args[0]).(*count)
		typ := vm.TypeOf(args[0])
		if i, ok := c.step.(py.Int); ok && i == 1 {
			return Tuple{typ, Tuple{c.cur}}, nil
		}
		return Tuple{typ, Tuple{c.cur, c.step}}, nil
	}, "Describe how pickle rebuilds this object.", "nounwrap")
	countClass.Ready()

	repeatClass = newIterType("repeat", "repeat(object [,times])\n--\n\nobject over and over, times times or forever.", func(t *vm.Thread, args []Object, kwnames Tuple) (vm.GoIterator, error) {
		var obj, times Object
		if _, err := vm.ParseClinic(&vm.Params{Func: "repeat", Names: []string{"object", "times"}, KwOnly: -1, Required: 1}, args, kwnames, &obj, &times); err != nil {
			return nil, err
		}
		r := &repeat{obj: obj, times: -1}
		if times != nil {
			n, err := vm.IndexInt(t, times)
			if err != nil {
				return nil, err
			}
			if n < 0 {
				n = 0
			}
			r.times = int64(n)
		}
		return r, nil
	}, true)
	repeatClass.DefMethod("__repr__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		r := vm.Unwrap(args[0]).(*repeat)
		s, err := vm.ReprString(t, r.obj)
		if err != nil {
			return nil, err
		}
		name := vm.ClassOfObject(args[0]).ShortName()
		if r.times < 0 {
			return py.String(name + "(" + s + ")"), nil
		}
		return py.String(fmt.Sprintf("%s(%s, %d)", name, s, r.times)), nil
	}, "Return repr(self).", "nounwrap")
	repeatClass.DefMethod("__length_hint__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		r := args[0].(*repeat)
		if r.times < 0 {
			return nil, vm.NewError(py.TypeError, "len() of unsized object")
		}
		return vm.NewInt(r.times), nil
	}, "How many items are left: a size hint for list() and others.")
	repeatClass.DefMethod("__reduce__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		r := vm.Unwrap(args[0]).(*repeat)
		if r.times < 0 {
			return Tuple{vm.TypeOf(args[0]), Tuple{r.obj}}, nil
		}
		return Tuple{vm.TypeOf(args[0]), Tuple{r.obj, vm.NewInt(r.times)}}, nil
	}, "Describe how pickle rebuilds this object.", "nounwrap")
	repeatClass.Ready()

	cycleClass = newIterType("cycle", "cycle(iterable, /)\n--\n\nThe items of iterable, then the same again, forever.", func(t *vm.Thread, args []Object, kwnames Tuple) (vm.GoIterator, error) {
		if err := noKw("cycle", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		it, err := vm.Iter(t, args[0])
		if err != nil {
			return nil, err
		}
		return &cycle{it: it}, nil
	}, true)
	cycleClass.Ready()

	accumulateClass = newIterType("accumulate", "accumulate(iterable, func=None, *, initial=None)\n--\n\nRunning totals (or running results of func).", func(t *vm.Thread, args []Object, kwnames Tuple) (vm.GoIterator, error) {
		var iterable, fn, initial Object
		if _, err := vm.ParseClinic(&vm.Params{Func: "accumulate", Names: []string{"iterable", "func", "initial"}, KwOnly: 2, Required: 1}, args, kwnames, &iterable, &fn, &initial); err != nil {
			return nil, err
		}
		it, err := vm.Iter(t, iterable)
		if err != nil {
			return nil, err
		}
		if fn == vm.None {
			fn = nil
		}
		if initial == vm.None {
			initial = nil
		}
		return &accumulate{it: it, fn: fn, initial: initial}, nil
	}, true)
	accumulateClass.Ready()

	chainClass = newIterType("chain", "chain(*iterables) --> chain object\n\nThe items of each iterable in turn.", func(t *vm.Thread, args []Object, kwnames Tuple) (vm.GoIterator, error) {
		if len(kwnames) > 0 {
			return nil, vm.NewError(py.TypeError, "chain() takes no keyword arguments")
		}
		src, err := vm.Iter(t, Tuple(append([]Object(nil), args...)))
		if err != nil {
			return nil, err
		}
		return &chain{source: src}, nil
	}, true)
	chainClass.DefMethod("from_iterable", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckOneArg("chain.from_iterable", args[1:], kwnames); err != nil {
			return nil, err
		}
		typ, err := chainClass.CheckSubtype("chain.from_iterable", args[0])
		if err != nil {
			return nil, err
		}
		src, err := vm.Iter(t, args[1])
		if err != nil {
			return nil, err
		}
		return chainClass.Wrap(typ, &chain{source: src}), nil
	}, "from_iterable(iterables): chain the iterables that one iterable yields, taking each only when it is reached.", "class")
	chainClass.DefMethod("__class_getitem__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		return vm.NewGenericAlias(args[0], args[1]), nil
	}, "A generic alias of the class, such as C[int], for annotations.", "class")
	chainClass.Ready()

	twoArgs := func(name string, mk func(a, it Object) vm.GoIterator) func(t *vm.Thread, args []Object, kwnames Tuple) (vm.GoIterator, error) {
		return func(t *vm.Thread, args []Object, kwnames Tuple) (vm.GoIterator, error) {
			if err := noKw(name, args, kwnames, 2, 2); err != nil {
				return nil, err
			}
			it, err := vm.Iter(t, args[1])
			if err != nil {
				return nil, err
			}
			return mk(args[0], it), nil
		}
	}
	compressClass = newIterType("compress", "compress(data, selectors)\n--\n\nThe items of data whose matching selector is true.", func(t *vm.Thread, args []Object, kwnames Tuple) (vm.GoIterator, error) {
		var data, sel Object
		if _, err := vm.ParseClinic(&vm.Params{Func: "compress", Names: []string{"data", "selectors"}, KwOnly: -1, Required: 2}, args, kwnames, &data, &sel); err != nil {
			return nil, err
		}
		d, err := vm.Iter(t, data)
		if err != nil {
			return nil, err
		}
		s, err := vm.Iter(t, sel)
		if err != nil {
			return nil, err
		}
		return &compress{data: d, selectors: s}, nil
	}, true)
	compressClass.Ready()
	dropwhileClass = newIterType("dropwhile", "dropwhile(predicate, iterable, /)\n--\n\nThe items of iterable from the first one for which predicate is false.", twoArgs("dropwhile", func(a, it Object) vm.GoIterator { return &dropwhile{pred: a, it: it} }), true)
	dropwhileClass.Ready()
	takewhileClass = newIterType("takewhile", "takewhile(predicate, iterable, /)\n--\n\nThe items of iterable as long as predicate is true of them.", twoArgs("takewhile", func(a, it Object) vm.GoIterator { return &takewhile{pred: a, it: it} }), true)
	takewhileClass.Ready()
	filterfalseClass = newIterType("filterfalse", "filterfalse(function, iterable, /)\n--\n\nThe items of iterable for which function (or, if None, the item itself) is false.", twoArgs("filterfalse", func(a, it Object) vm.GoIterator { return &filterfalse{pred: a, it: it} }), true)
	filterfalseClass.Ready()
	starmapClass = newIterType("starmap", "starmap(function, iterable, /)\n--\n\nfunction(*args) for each args of iterable.", twoArgs("starmap", func(a, it Object) vm.GoIterator { return &starmap{fn: a, it: it} }), true)
	starmapClass.Ready()

	pairwiseClass = newIterType("pairwise", "pairwise(iterable, /)\n--\n\nSuccessive overlapping pairs of the items of iterable.", func(t *vm.Thread, args []Object, kwnames Tuple) (vm.GoIterator, error) {
		if err := noKw("pairwise", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		it, err := vm.Iter(t, args[0])
		if err != nil {
			return nil, err
		}
		return &pairwise{it: it}, nil
	}, true)
	pairwiseClass.Ready()

	zipLongestClass = newIterType("zip_longest", "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\nTuples of the items of the iterables in step, padded with fillvalue once shorter ones are exhausted.", func(t *vm.Thread, args []Object, kwnames Tuple) (vm.GoIterator, error) {
		npos := len(args) - len(kwnames)
		var fill Object = vm.None
		for i, k := range kwnames {
			if string(k.(py.String)) != "fillvalue" || len(kwnames) > 1 {
				return nil, vm.NewError(py.TypeError, "zip_longest() got an unexpected keyword argument")
			}
			fill = args[npos+i]
		}
		z := &zipLongest{fill: fill}
		for _, a := range args[:npos] {
			it, err := vm.Iter(t, a)
			if err != nil {
				return nil, err
			}
			z.its = append(z.its, it)
		}
		z.active = len(z.its)
		return z, nil
	}, true)
	zipLongestClass.Ready()
}
