package functools

import (
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

// _lru_cache_wrapper: the callable lru_cache returns. Results are kept
// in a hash table keyed by the call's arguments (compared with Python's
// == after their hashes), in least-recently-used order for a bounded
// cache. The wrapper has a __dict__ (update_wrapper copies the wrapped
// function's attributes into it) and binds as a method.
var lruClass = vm.NewType("functools", "_lru_cache_wrapper", "_lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)\n\nThe cached callable lru_cache makes: maxsize 0 caches nothing, None\nwithout bound; typed keeps f(3) and f(3.0) apart; cache_info_type\nmakes the results of cache_info().", nil, 0)

type lruEntry struct {
	key        Object
	hash       int64
	value      Object
	prev, next *lruEntry // recency list, for bounded caches
}

type lruCache struct {
	fn        Object
	maxsize   int // -1: unbounded
	typed     bool
	infoType  Object
	table     map[int64][]*lruEntry
	n         int
	root      lruEntry // sentinel of the recency list: root.next is the oldest
	hits      int64
	misses    int64
	kwdMark   Object
	hasBounds bool
}

func (*lruCache) Type() *py.Type { return lruClass.T() }

func (c *lruCache) lookup(t *vm.Thread, key Object, h int64) (*lruEntry, error) {
	for _, e := range c.table[h] {
		if vm.Is(e.key, key) {
			return e, nil
		}
		eq, err := vm.Equal(t, e.key, key)
		if err != nil {
			return nil, err
		}
		if eq {
			return e, nil
		}
	}
	return nil, nil
}

func (c *lruCache) unlink(e *lruEntry) {
	e.prev.next = e.next
	e.next.prev = e.prev
}

func (c *lruCache) pushNewest(e *lruEntry) {
	e.prev = c.root.prev
	e.next = &c.root
	c.root.prev.next = e
	c.root.prev = e
}

func (c *lruCache) remove(e *lruEntry) {
	bucket := c.table[e.hash]
	for i, x := range bucket {
		if x == e {
			bucket = append(bucket[:i], bucket[i+1:]...)
			break
		}
	}
	if len(bucket) == 0 {
		delete(c.table, e.hash)
	} else {
		c.table[e.hash] = bucket
	}
	c.n--
}

func (c *lruCache) clear() {
	c.table = map[int64][]*lruEntry{}
	c.n = 0
	c.root.prev, c.root.next = &c.root, &c.root
	c.hits, c.misses = 0, 0
}

// makeKey builds the cache key of a call: the positional arguments, then
// a marker and the keyword names and values, then (typed) the types of
// all the values. A lone int or str argument is its own key.
func (c *lruCache) makeKey(args []Object, kwnames Tuple) Object {
	npos := len(args) - len(kwnames)
	if len(kwnames) == 0 && !c.typed && npos == 1 {
		switch args[0].(type) {
		case py.Int, py.String:
			return args[0]
		}
	}
	key := make(Tuple, 0, len(args)*2+1)
	key = append(key, args[:npos]...)
	if len(kwnames) > 0 {
		key = append(key, c.kwdMark)
		for i, k := range kwnames {
			key = append(key, k, args[npos+i])
		}
	}
	if c.typed {
		for _, a := range args[:npos] {
			key = append(key, vm.TypeOf(a))
		}
		for _, v := range args[npos:] {
			key = append(key, vm.TypeOf(v))
		}
	}
	return key
}

func (c *lruCache) call(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	if c.maxsize == 0 {
		c.misses++
		return vm.Call(t, c.fn, args, kwnames)
	}
	key := c.makeKey(args, kwnames)
	h, err := vm.Hash(t, key)
	if err != nil {
		return nil, err
	}
	e, err := c.lookup(t, key, h)
	if err != nil {
		return nil, err
	}
	if e != nil {
		c.hits++
		if c.maxsize > 0 {
			c.unlink(e)
			c.pushNewest(e)
		}
		return e.value, nil
	}
	c.misses++
	r, err := vm.Call(t, c.fn, args, kwnames)
	if err != nil {
		return nil, err
	}
	// The call may have filled the cache for this key (recursion); the
	// entry already there stays.
	if e, err = c.lookup(t, key, h); err != nil {
		return nil, err
	} else if e != nil {
		return r, nil
	}
	e = &lruEntry{key: key, hash: h, value: r}
	c.table[h] = append(c.table[h], e)
	c.n++
	if c.maxsize > 0 {
		c.pushNewest(e)
		if c.n > c.maxsize {
			oldest := c.root.next
			c.unlink(oldest)
			c.remove(oldest)
		}
	}
	return r, nil
}

func lruOf(o Object) *lruCache { return vm.Unwrap(o).(*lruCache) }

// kwdMark separates the positional arguments from the keyword ones in a
// cache key.
var kwdMarkClass = vm.NewType("functools", "_kwd_mark", "", nil, 0)

type kwdMarkObj struct{}

func (*kwdMarkObj) Type() *py.Type { return kwdMarkClass.T() }

var kwdMark Object = &kwdMarkObj{}

func init() {
	c := lruClass
	c.AllowDict()
	c.DefNew(func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		typ := args[0].(*py.Type)
		var fn, maxsize, typed, info Object
		if _, err := vm.ParseClinic(&vm.Params{Func: "_lru_cache_wrapper", Names: []string{"user_function", "maxsize", "typed", "cache_info_type"}, KwOnly: -1, Required: 4}, args[1:], kwnames, &fn, &maxsize, &typed, &info); err != nil {
			return nil, err
		}
		if !vm.IsCallable(fn) {
			return nil, vm.NewError(py.TypeError, "the first argument must be callable")
		}
		lc := &lruCache{fn: fn, infoType: info, maxsize: -1, kwdMark: kwdMark}
		if maxsize != vm.None {
			if !vm.IsInstance(maxsize, py.IntType) {
				return nil, vm.NewError(py.TypeError, "maxsize should be integer or None")
			}
			n, err := vm.IndexInt(t, maxsize)
			if err != nil {
				return nil, err
			}
			if n < 0 {
				n = 0
			}
			lc.maxsize = n
		}
		b, err := vm.Truth(t, typed)
		if err != nil {
			return nil, err
		}
		lc.typed = b
		lc.clear()
		return c.Wrap(typ, lc), nil
	})
	c.DefMethod("__call__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		return lruOf(args[0]).call(t, args[1:], kwnames)
	}, "Call the object: self(*args, **kwargs).")
	c.DefMethod("cache_info", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("cache_info", "cache_info", args[1:], kwnames, 0, 0); err != nil {
			return nil, err
		}
		lc := lruOf(args[0])
		var ms Object = vm.None
		if lc.maxsize >= 0 {
			ms = vm.NewInt(int64(lc.maxsize))
		}
		return vm.Call(t, lc.infoType, []Object{vm.NewInt(lc.hits), vm.NewInt(lc.misses), ms, vm.NewInt(int64(lc.n))}, nil)
	}, "The hits, misses, maxsize and current size of the cache.")
	c.DefMethod("cache_clear", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("cache_clear", "cache_clear", args[1:], kwnames, 0, 0); err != nil {
			return nil, err
		}
		lruOf(args[0]).clear()
		return vm.None, nil
	}, "Empty the cache and reset its statistics.")
	c.DefMethod("__get__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("__get__", "__get__", args[1:], kwnames, 1, 2); err != nil {
			return nil, err
		}
		if args[1] == vm.None {
			return args[0], nil
		}
		return vm.NewBoundMethod(args[0], args[1]), nil
	}, "Get the value this descriptor gives for instance (of class owner).", "nounwrap")
	c.DefMethod("__reduce__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		return vm.GetAttr(t, args[0], "__qualname__")
	}, "", "nounwrap")
	same := func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) { return args[0], nil }
	c.DefMethod("__copy__", same, "", "nounwrap")
	c.DefMethod("__deepcopy__", same, "", "nounwrap")
	c.Ready()
	kwdMarkClass.Ready()
}
