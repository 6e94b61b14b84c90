package itertools

import (
	"math"
	"math/big"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

// ---- groupby ----

var groupbyClass, grouperClass *vm.Class

// groupby keeps the current item and its key; the _grouper objects it
// hands out read from it while they are the current group.
type groupby struct {
	it, keyfn       Object
	tgtkey, currkey Object
	currvalue       Object
	haveValue       bool
	currgrouper     *grouper
	exhausted       bool
}

func (*groupby) Type() *py.Type { return groupbyClass.T() }

// step reads the next item and its key.
func (g *groupby) step(t *vm.Thread) (bool, error) {
	v, ok, err := next(t, g.it)
	if !ok || err != nil {
		g.exhausted = true
		return false, err
	}
	k := v
	if g.keyfn != nil {
		if k, err = vm.Call(t, g.keyfn, []Object{v}, nil); err != nil {
			return false, err
		}
	}
	g.currvalue, g.currkey, g.haveValue = v, k, true
	return true, nil
}

func (g *groupby) Next(t *vm.Thread) (Object, bool, error) {
	g.currgrouper = nil
	// Skip the rest of the current group.
	for {
		if g.haveValue {
			if g.tgtkey == nil {
				break
			}
			eq, err := vm.Equal(t, g.tgtkey, g.currkey)
			if err != nil {
				return nil, false, err
			}
			if !eq {
				break
			}
		}
		ok, err := g.step(t)
		if !ok || err != nil {
			return nil, false, err
		}
	}
	g.tgtkey = g.currkey
	gr := &grouper{parent: g, tgtkey: g.tgtkey}
	g.currgrouper = gr
	return Tuple{g.currkey, gr}, true, nil
}

type grouper struct {
	parent *groupby
	tgtkey Object
}

func (*grouper) Type() *py.Type { return grouperClass.T() }

func (gr *grouper) Next(t *vm.Thread) (Object, bool, error) {
	g := gr.parent
	if g.currgrouper != gr {
		return nil, false, nil
	}
	if !g.haveValue {
		ok, err := g.step(t)
		if !ok || err != nil {
			return nil, false, err
		}
	}
	eq, err := vm.Equal(t, gr.tgtkey, g.currkey)
	if err != nil || !eq {
		return nil, false, err
	}
	v := g.currvalue
	g.currvalue, g.currkey, g.haveValue = nil, nil, false
	return v, true, nil
}

// ---- islice ----

var isliceClass *vm.Class

type islice struct {
	it               Object // nil once done
	next, stop, step int64  // stop -1: none
	cnt              int64
}

func (*islice) Type() *py.Type { return isliceClass.T() }

func (s *islice) Next(t *vm.Thread) (Object, bool, error) {
	if s.it == nil {
		return nil, false, nil
	}
	for s.cnt < s.next {
		_, ok, err := next(t, s.it)
		if !ok || err != nil {
			s.it = nil
			return nil, false, err
		}
		s.cnt++
	}
	if s.stop != -1 && s.cnt >= s.stop {
		s.it = nil
		return nil, false, nil
	}
	v, ok, err := next(t, s.it)
	if !ok || err != nil {
		s.it = nil
		return nil, false, err
	}
	s.cnt++
	old := s.next
	s.next += s.step
	if s.next < old || (s.stop != -1 && s.next > s.stop) {
		s.next = s.stop
	}
	return v, true, nil
}

// sliceArg reads an islice bound: None or an int in [0, sys.maxsize];
// bad gives the ValueError with msg.
func sliceArg(t *vm.Thread, o Object, def int64, msg string) (int64, error) {
	if o == vm.None {
		return def, nil
	}
	if !vm.HasIndex(o) {
		return 0, vm.NewError(py.ValueError, msg)
	}
	b, err := vm.IndexValue(t, o)
	if err != nil {
		return 0, err
	}
	if b.Sign() < 0 {
		return 0, vm.NewError(py.ValueError, msg)
	}
	if !b.IsInt64() {
		return math.MaxInt64, nil
	}
	return b.Int64(), nil
}

// ---- tee ----

var teeClass *vm.Class

const teeChunk = 57

// teeLink is one block of the values a tee's source produced; tees
// sharing a source walk the same chain of blocks, which the garbage
// collector frees once every tee has passed them.
type teeLink struct {
	values [teeChunk]Object
	n      int
	next   *teeLink
	src    *teeSource
}

type teeSource struct {
	it      Object
	running bool
}

type tee struct {
	link  *teeLink
	index int
}

func (*tee) Type() *py.Type { return teeClass.T() }

func (e *tee) Next(t *vm.Thread) (Object, bool, error) {
	if e.index >= teeChunk {
		if e.link.next == nil {
			e.link.next = &teeLink{src: e.link.src}
		}
		e.link, e.index = e.link.next, 0
	}
	l := e.link
	if e.index < l.n {
		v := l.values[e.index]
		e.index++
		return v, true, nil
	}
	if l.src.it == nil {
		return nil, false, nil
	}
	if l.src.running {
		return nil, false, vm.NewError(py.RuntimeError, "cannot re-enter the tee iterator")
	}
	l.src.running = true
	v, ok, err := next(t, l.src.it)
	l.src.running = false
	if err != nil {
		return nil, false, err
	}
	if !ok {
		l.src.it = nil
		return nil, false, nil
	}
	l.values[l.n] = v
	l.n++
	e.index++
	return v, true, nil
}

func newTee(t *vm.Thread, iterable Object) (*tee, error) {
	it, err := vm.Iter(t, iterable)
	if err != nil {
		return nil, err
	}
	if te, ok := it.(*tee); ok {
		return &tee{link: te.link, index: te.index}, nil
	}
	return &tee{link: &teeLink{src: &teeSource{it: it}}}, nil
}

func teeFunc(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := vm.CheckPositional("tee", "tee", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	n := 2
	if len(args) == 2 {
		var err error
		if n, err = vm.IndexInt(t, args[1]); err != nil {
			return nil, err
		}
	}
	if n < 0 {
		return nil, vm.NewError(py.ValueError, "n must be >= 0")
	}
	if n == 0 {
		return Tuple{}, nil
	}
	it, err := vm.Iter(t, args[0])
	if err != nil {
		return nil, err
	}
	out := make(Tuple, n)
	// An iterator that can copy itself (a tee) is copied; any other is
	// wrapped in a tee first.
	copier, err := vm.LookupSpecial(t, it, "__copy__")
	if err != nil {
		return nil, err
	}
	var first Object = it
	if copier == nil {
		te, err := newTee(t, it)
		if err != nil {
			return nil, err
		}
		first = te
		if copier, err = vm.LookupSpecial(t, te, "__copy__"); err != nil {
			return nil, err
		}
	}
	out[0] = first
	for i := 1; i < n; i++ {
		c, err := vm.Call(t, copier, nil, nil)
		if err != nil {
			return nil, err
		}
		out[i] = c
	}
	return out, nil
}

// ---- product, permutations, combinations ----

var productClass, permutationsClass, combinationsClass, cwrClass *vm.Class

// indexIter yields tuples of pool items picked by an index vector that
// advance steps forward; done once advance says so.
type indexIter struct {
	pool    []Object
	pools   [][]Object // product: one pool per position
	indices []int
	cycles  []int // permutations
	r       int
	first   bool
	done    bool
	advance func(ix *indexIter) bool
	typ     *vm.Class
}

func (ix *indexIter) Type() *py.Type { return ix.typ.T() }

func (ix *indexIter) Next(t *vm.Thread) (Object, bool, error) {
	if ix.done {
		return nil, false, nil
	}
	if ix.first {
		ix.first = false
	} else if !ix.advance(ix) {
		ix.done = true
		return nil, false, nil
	}
	out := make(Tuple, len(ix.indices))
	for i, j := range ix.indices {
		if ix.pools != nil {
			out[i] = ix.pools[i][j]
		} else {
			out[i] = ix.pool[j]
		}
	}
	return out, true, nil
}

func productAdvance(ix *indexIter) bool {
	for i := len(ix.indices) - 1; i >= 0; i-- {
		ix.indices[i]++
		if ix.indices[i] < len(ix.pools[i]) {
			return true
		}
		ix.indices[i] = 0
	}
	return false
}

func combinationsAdvance(ix *indexIter) bool {
	n, r := len(ix.pool), ix.r
	i := r - 1
	for i >= 0 && ix.indices[i] == i+n-r {
		i--
	}
	if i < 0 {
		return false
	}
	ix.indices[i]++
	for j := i + 1; j < r; j++ {
		ix.indices[j] = ix.indices[j-1] + 1
	}
	return true
}

func cwrAdvance(ix *indexIter) bool {
	n, r := len(ix.pool), ix.r
	i := r - 1
	for i >= 0 && ix.indices[i] == n-1 {
		i--
	}
	if i < 0 {
		return false
	}
	v := ix.indices[i] + 1
	for j := i; j < r; j++ {
		ix.indices[j] = v
	}
	return true
}

func poolOf(t *vm.Thread, o Object) ([]Object, error) {
	return vm.Collect(t, o)
}

func rArg(t *vm.Thread, o Object) (int, error) {
	b, err := vm.IndexValue(t, o)
	if err != nil {
		return 0, err
	}
	if b.Sign() < 0 {
		return 0, vm.NewError(py.ValueError, "r must be non-negative")
	}
	if b.Cmp(big.NewInt(math.MaxInt32)) > 0 {
		return math.MaxInt32, nil
	}
	return int(b.Int64()), nil
}

func init() {
	groupbyClass = newIterType("groupby", "groupby(iterable, key=None)\n--\n\n(key, group) pairs for the runs of consecutive items with equal keys.", func(t *vm.Thread, args []Object, kwnames Tuple) (vm.GoIterator, error) {
		var iterable, key Object
		if _, err := vm.ParseClinic(&vm.Params{Func: "groupby", Names: []string{"iterable", "key"}, KwOnly: -1, Required: 1}, args, kwnames, &iterable, &key); err != nil {
			return nil, err
		}
		it, err := vm.Iter(t, iterable)
		if err != nil {
			return nil, err
		}
		if key == vm.None {
			key = nil
		}
		return &groupby{it: it, keyfn: key}, nil
	}, true)
	groupbyClass.Ready()
	grouperClass = vm.NewType("itertools", "_grouper", "", nil, 0)
	grouperClass.DefIterator()
	grouperClass.Ready()

	isliceClass = newIterType("islice", "islice(iterable, stop) or islice(iterable, start, stop[, step])\n\nThe items of iterable selected as by a slice, without indexing.", func(t *vm.Thread, args []Object, kwnames Tuple) (vm.GoIterator, error) {
		if err := noKw("islice", args, kwnames, 2, 4); err != nil {
			return nil, err
		}
		const stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
		const idxMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
		s := &islice{stop: -1, step: 1}
		var err error
		if len(args) == 2 {
			if s.stop, err = sliceArg(t, args[1], -1, stopMsg); err != nil {
				return nil, err
			}
		} else {
			if s.next, err = sliceArg(t, args[1], 0, idxMsg); err != nil {
				return nil, err
			}
			if s.stop, err = sliceArg(t, args[2], -1, stopMsg); err != nil {
				return nil, err
			}
			if len(args) == 4 {
				if args[3] != vm.None {
					st, err := sliceArg(t, args[3], 1, "Step for islice() must be a positive integer or None.")
					if err != nil {
						return nil, err
					}
					if st == 0 {
						return nil, vm.NewError(py.ValueError, "Step for islice() must be a positive integer or None.")
					}
					s.step = st
				}
			}
		}
		if s.it, err = vm.Iter(t, args[0]); err != nil {
			return nil, err
		}
		return s, nil
	}, true)
	isliceClass.Ready()

	teeClass = vm.NewType("itertools", "_tee", "One of the iterators tee() makes: they share one buffer of the source's items.", nil, 0)
	teeClass.DefMethod("__new__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := noKw("_tee", args[1:], kwnames, 1, 1); err != nil {
			return nil, err
		}
		return newTee(t, args[1])
	}, "Make a new instance of the type.", "static")
	teeClass.DefIterator()
	teeClass.DefMethod("__copy__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		e := args[0].(*tee)
		return &tee{link: e.link, index: e.index}, nil
	}, "Another iterator positioned where this one is, independent from then on.")
	teeClass.Ready()
	types["_tee"] = teeClass

	productClass = newIterType("product", "product(*iterables, repeat=1) --> product object\n\nThe Cartesian product of the iterables, as tuples, in odometer order.", func(t *vm.Thread, args []Object, kwnames Tuple) (vm.GoIterator, error) {
		npos := len(args) - len(kwnames)
		repeat := 1
		for i, k := range kwnames {
			if string(k.(py.String)) != "repeat" {
				return nil, vm.NewError(py.TypeError, "'"+string(k.(py.String))+"' is an invalid keyword argument for product()")
			}
			r, err := vm.IndexInt(t, args[npos+i])
			if err != nil {
				return nil, err
			}
			repeat = r
		}
		if repeat < 0 {
			return nil, vm.NewError(py.ValueError, "repeat argument cannot be negative")
		}
		var pools [][]Object
		for _, a := range args[:npos] {
			p, err := poolOf(t, a)
			if err != nil {
				return nil, err
			}
			pools = append(pools, p)
		}
		ix := &indexIter{typ: productClass, first: true, advance: productAdvance}
		for r := 0; r < repeat; r++ {
			ix.pools = append(ix.pools, pools...)
		}
		if ix.pools == nil {
			ix.pools = [][]Object{}
		}
		ix.indices = make([]int, len(ix.pools))
		for _, p := range ix.pools {
			if len(p) == 0 {
				ix.done = true
			}
		}
		return ix, nil
	}, true)
	productClass.Ready()

	permutationsClass = newIterType("permutations", "permutations(iterable, r=None)\n--\n\nSuccessive r-length permutations of the items of iterable.", func(t *vm.Thread, args []Object, kwnames Tuple) (vm.GoIterator, error) {
		var iterable, rObj Object
		if _, err := vm.ParseClinic(&vm.Params{Func: "permutations", Names: []string{"iterable", "r"}, KwOnly: -1, Required: 1}, args, kwnames, &iterable, &rObj); err != nil {
			return nil, err
		}
		pool, err := poolOf(t, iterable)
		if err != nil {
			return nil, err
		}
		n := len(pool)
		r := n
		if rObj != nil && rObj != vm.None {
			if !vm.IsInt(vm.Unwrap(rObj)) {
				return nil, vm.NewError(py.TypeError, "Expected int as r")
			}
			if r, err = rArg(t, rObj); err != nil {
				return nil, err
			}
		}
		ix := &indexIter{typ: permutationsClass, pool: pool, r: r, first: true}
		if r > n {
			ix.done = true
			return ix, nil
		}
		// indices holds the visible r indices; the full permutation of
		// all n positions is kept in perm.
		perm := make([]int, n)
		for i := range perm {
			perm[i] = i
		}
		ix.indices = append([]int(nil), perm[:r]...)
		ix.cycles = make([]int, r)
		for i := range ix.cycles {
			ix.cycles[i] = n - i
		}
		ix.advance = func(ix *indexIter) bool {
			for i := r - 1; i >= 0; i-- {
				ix.cycles[i]--
				if ix.cycles[i] == 0 {
					first := perm[i]
					copy(perm[i:], perm[i+1:])
					perm[n-1] = first
					ix.cycles[i] = n - i
				} else {
					j := n - ix.cycles[i]
					perm[i], perm[j] = perm[j], perm[i]
					copy(ix.indices, perm[:r])
					return true
				}
			}
			return false
		}
		return ix, nil
	}, true)
	permutationsClass.Ready()

	combo := func(name string, adv func(*indexIter) bool, withRepl bool, cls **vm.Class) func(t *vm.Thread, args []Object, kwnames Tuple) (vm.GoIterator, error) {
		return func(t *vm.Thread, args []Object, kwnames Tuple) (vm.GoIterator, error) {
			var iterable, rObj Object
			if _, err := vm.ParseClinic(&vm.Params{Func: name, Names: []string{"iterable", "r"}, KwOnly: -1, Required: 2}, args, kwnames, &iterable, &rObj); err != nil {
				return nil, err
			}
			pool, err := poolOf(t, iterable)
			if err != nil {
				return nil, err
			}
			r, err := rArg(t, rObj)
			if err != nil {
				return nil, err
			}
			ix := &indexIter{typ: *cls, pool: pool, r: r, first: true, advance: adv, indices: make([]int, r)}
			if withRepl {
				if len(pool) == 0 && r > 0 {
					ix.done = true
				}
			} else {
				if r > len(pool) {
					ix.done = true
				}
				for i := range ix.indices {
					ix.indices[i] = i
				}
			}
			return ix, nil
		}
	}
	combinationsClass = newIterType("combinations", "combinations(iterable, r)\n--\n\nSuccessive r-length combinations of the items of iterable, in order.", combo("combinations", combinationsAdvance, false, &combinationsClass), true)
	combinationsClass.Ready()
	cwrClass = newIterType("combinations_with_replacement", "combinations_with_replacement(iterable, r)\n--\n\nSuccessive r-length combinations of the items of iterable, repeats allowed.", combo("combinations_with_replacement", cwrAdvance, true, &cwrClass), true)
	cwrClass.Ready()
}
