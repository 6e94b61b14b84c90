// Package weakref provides _weakref (weak references, in Go over Go's
// weak pointers) and the weakref module written in Python on top of it
// (WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod, proxies,
// finalize), and the gc module.
//
// gilpy's objects are reclaimed by Go's garbage collector, not by
// reference counts: a weak reference goes dead when a collection finds
// its object unreachable, not when the last reference is dropped.
// gc.collect() runs a collection and then the callbacks of the
// references it killed; a collection Go starts by itself queues them for
// the main thread's next check of the eval breaker.
package weakref

import (
	_ "embed"
	"fmt"
	"runtime"
	"sync"
	"weak"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

type (
	Object = vm.Object
	Tuple  = vm.Tuple
)

//go:embed weakref.py
var source string

//go:embed weakrefset.py
var setSource string

var refClass = vm.NewType("weakref", "ReferenceType", "", nil, vm.TypeBaseType)

// weakRef is a weak reference. self is the object scripts see: the
// weakRef itself, or the *Instance holding it for a subclass (KeyedRef,
// WeakMethod), which is what a callback receives.
type weakRef struct {
	get      func() Object // the referent, or nil once it is gone
	key      any           // the referent's key in the registry
	callback Object        // nil for none
	self     Object
	hash     int64
	hashed   bool
	cleared  bool
}

func (*weakRef) Type() *py.Type { return refClass.T() }

func (r *weakRef) referent() Object {
	if r.cleared {
		return nil
	}
	return r.get()
}

// entry is what the registry knows of one referent: the references to
// it, oldest first, and the interpreter that runs their callbacks.
type entry struct {
	interp *vm.Interp
	alive  func() bool
	refs   []weak.Pointer[weakRef]
}

var (
	registryMu sync.Mutex
	registry   = map[any]*entry{}
)

// handle is a weak view of one object: a function giving it back while
// it lives, a comparable key, and a way to be told when it is collected.
type handle struct {
	get    func() Object
	key    any
	onDead func(func())
}

func handleFor[T any](p *T) handle {
	w := weak.Make(p)
	return handle{
		get: func() Object {
			if v := w.Value(); v != nil {
				return any(v).(Object)
			}
			return nil
		},
		key: w,
		onDead: func(fn func()) {
			runtime.AddCleanup(p, func(f func()) { f() }, fn)
		},
	}
}

// handleOf returns the weak handle of o, or false when objects of o's
// type cannot be weakly referenced (as in CPython: ints, strs, tuples,
// lists, dicts, and instances whose __slots__ leave out __weakref__).
func handleOf(o Object) (handle, bool) {
	switch v := o.(type) {
	case *vm.Instance:
		if vm.ClassOfObject(o).Lookup("__weakref__") == nil {
			return handle{}, false
		}
		return handleFor(v), true
	case *vm.Function:
		return handleFor(v), true
	case *py.Type:
		return handleFor(v), true
	case *vm.Set:
		return handleFor(v), true
	case *vm.BoundMethod:
		return handleFor(v), true
	case *vm.Generator:
		return handleFor(v), true
	case *vm.Module:
		return handleFor(v), true
	case *vm.BuiltinFunction:
		return handleFor(v), true
	}
	return handle{}, false
}

func cannotRef(o Object) error {
	return vm.NewError(py.TypeError, fmt.Sprintf("cannot create weak reference to '%s' object", vm.TypeName(o)))
}

// liveRefs returns the living references to the object with that key.
func liveRefs(key any) []*weakRef {
	registryMu.Lock()
	defer registryMu.Unlock()
	e := registry[key]
	if e == nil {
		return nil
	}
	var out []*weakRef
	kept := e.refs[:0]
	for _, w := range e.refs {
		if r := w.Value(); r != nil {
			kept = append(kept, w)
			if !r.cleared {
				out = append(out, r)
			}
		}
	}
	e.refs = kept
	return out
}

func newRef(t *vm.Thread, typ *py.Type, ob, cb Object) (Object, error) {
	h, ok := handleOf(ob)
	if !ok {
		return nil, cannotRef(ob)
	}
	if cb == vm.None {
		cb = nil
	}
	exact := typ == refClass.T()
	if exact && cb == nil {
		// The plain reference without a callback is shared, as in CPython.
		for _, r := range liveRefs(h.key) {
			if r.callback == nil && r.self == Object(r) {
				return r, nil
			}
		}
	}
	r := &weakRef{get: h.get, key: h.key, callback: cb}
	r.self = refClass.Wrap(typ, r)
	in := t.Interp()
	registryMu.Lock()
	e := registry[h.key]
	if e == nil {
		// The closures capture get alone: h.onDead holds the object.
		get := h.get
		e = &entry{interp: in, alive: func() bool { return get() != nil }}
		registry[h.key] = e
		key := h.key
		h.onDead(func() {
			in.QueuePending(func(t *vm.Thread) error {
				fireDead(t, key)
				return nil
			})
		})
	}
	e.refs = append(e.refs, weak.Make(r))
	registryMu.Unlock()
	return r.self, nil
}

// fireDead forgets the object with that key, which was collected, and
// calls the callbacks of its references that are still alive, newest
// first as CPython does.
func fireDead(t *vm.Thread, key any) {
	registryMu.Lock()
	e := registry[key]
	if e == nil || e.interp != t.Interp() || e.alive() {
		registryMu.Unlock()
		return
	}
	delete(registry, key)
	registryMu.Unlock()
	for i := len(e.refs) - 1; i >= 0; i-- {
		r := e.refs[i].Value()
		if r == nil || r.cleared {
			continue
		}
		r.cleared = true
		if r.callback == nil {
			continue
		}
		if _, err := vm.Call(t, r.callback, []Object{r.self}, nil); err != nil {
			if exc, ok := err.(*py.Exception); ok {
				t.WriteUnraisable("in", r.callback, exc)
			}
		}
	}
}

// collectDead runs the callbacks of every reference of t's interpreter
// whose object a collection found unreachable.
func collectDead(t *vm.Thread) int {
	registryMu.Lock()
	var dead []any
	for k, e := range registry {
		if e.interp == t.Interp() && !e.alive() {
			dead = append(dead, k)
		}
	}
	registryMu.Unlock()
	for _, k := range dead {
		fireDead(t, k)
	}
	return len(dead)
}

// refArity checks the argument count of ref.__new__ and __init__,
// with CPython's messages.
func refArity(name string, n int) error {
	if n < 1 {
		return vm.NewError(py.TypeError, fmt.Sprintf("%s expected at least 1 argument, got %d", name, n))
	}
	if n > 2 {
		return vm.NewError(py.TypeError, fmt.Sprintf("%s expected at most 2 arguments, got %d", name, n))
	}
	return nil
}

func refOf(o Object) (*weakRef, bool) {
	r, ok := vm.Unwrap(o).(*weakRef)
	return r, ok
}

func init() {
	c := refClass
	c.AllowSubclass()
	c.DefMethod("__new__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		typ, err := c.CheckSubtype("weakref.ReferenceType.__new__", args[0])
		if err != nil {
			return nil, err
		}
		rest := args[1:]
		if len(kwnames) > 0 {
			return nil, vm.NewError(py.TypeError, "ref() takes no keyword arguments")
		}
		if err := refArity("__new__", len(rest)); err != nil {
			return nil, err
		}
		var cb Object = vm.None
		if len(rest) == 2 {
			cb = rest[1]
		}
		return newRef(t, typ, rest[0], cb)
	}, "Make a new instance of the type.", "static")
	c.DefMethod("__init__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		// __new__ did the work; __init__ accepts what it accepted, so a
		// subclass's __init__ can call it with (ob, callback).
		if len(kwnames) > 0 {
			return nil, vm.NewError(py.TypeError, "ref() takes no keyword arguments")
		}
		if err := refArity("__init__", len(args)-1); err != nil {
			return nil, err
		}
		return vm.None, nil
	}, "Set up a new instance; the type's doc gives the arguments.")
	c.DefMethod("__call__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if len(kwnames) > 0 {
			return nil, vm.NewError(py.TypeError, "weakref() takes no keyword arguments")
		}
		if len(args) > 1 {
			return nil, vm.NewError(py.TypeError, fmt.Sprintf("weakref expected 0 arguments, got %d", len(args)-1))
		}
		r := args[0].(*weakRef)
		if o := r.referent(); o != nil {
			return o, nil
		}
		return vm.None, nil
	}, "Call the object: self(*args, **kwargs).")
	c.DefMethod("__hash__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		r := args[0].(*weakRef)
		if !r.hashed {
			o := r.referent()
			if o == nil {
				return nil, vm.NewError(py.TypeError, "weak object has gone away")
			}
			h, err := vm.Hash(t, o)
			if err != nil {
				return nil, err
			}
			r.hash, r.hashed = h, true
		}
		return vm.NewInt(r.hash), nil
	}, "Return hash(self).")
	compare := func(op bytecode.CompareOp, name string) {
		c.DefMethod(name, func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
			r := args[0].(*weakRef)
			other, ok := refOf(args[1])
			if !ok {
				return vm.NotImplemented, nil
			}
			a, b := r.referent(), other.referent()
			if a == nil || b == nil {
				// A dead reference equals only itself.
				same := r == other
				if op == bytecode.CmpNe {
					same = !same
				}
				return vm.NewBool(same), nil
			}
			return vm.RichCompare(t, a, b, op)
		}, "")
	}
	compare(bytecode.CmpEq, "__eq__")
	compare(bytecode.CmpNe, "__ne__")
	for _, name := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
		c.DefMethod(name, func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
			return vm.NotImplemented, nil
		}, "")
	}
	c.DefMethod("__repr__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		r := args[0].(*weakRef)
		self := args[0]
		if r.self != nil {
			self = r.self
		}
		o := r.referent()
		if o == nil {
			return py.String(fmt.Sprintf("<weakref at %#x; dead>", vm.ObjectAddress(self))), nil
		}
		name, err := vm.GetAttrOr(t, o, "__name__", nil)
		if err != nil {
			return nil, err
		}
		if s, ok := name.(py.String); ok && name != nil {
			return py.String(fmt.Sprintf("<weakref at %#x; to '%s' at %#x (%s)>", vm.ObjectAddress(self), vm.TypeName(o), vm.ObjectAddress(o), string(s))), nil
		}
		return py.String(fmt.Sprintf("<weakref at %#x; to '%s' at %#x>", vm.ObjectAddress(self), vm.TypeName(o), vm.ObjectAddress(o))), nil
	}, "Return repr(self).")
	c.DefGetSet("__callback__", func(t *vm.Thread, o Object) (Object, error) {
		r := o.(*weakRef)
		if r.callback == nil || r.referent() == nil {
			return vm.None, nil
		}
		return r.callback, nil
	}, nil)
	c.DefMethod("__class_getitem__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckArgs("__class_getitem__", args[1:], kwnames, 1, 1); err != nil {
			return nil, err
		}
		return vm.NewGenericAlias(args[0], args[1]), nil
	}, "A generic alias of the class, such as C[int], for annotations.", "class")
	c.Ready()

	vm.RegisterModule(&vm.ModuleDef{Name: "_weakref", Builtin: true, Init: initWeakref})
	vm.RegisterModule(&vm.ModuleDef{Name: "weakref", Source: source})
	vm.RegisterModule(&vm.ModuleDef{Name: "_weakrefset", Source: setSource})
	vm.RegisterModule(&vm.ModuleDef{Name: "gc", Builtin: true, Init: initGC})
}

func initWeakref(t *vm.Thread, m *vm.Module) error {
	m.Set("__doc__", py.String("Weak references, in Go: the ref type and the registry of references by object."))
	m.Set("ref", refClass.T())
	m.Set("ReferenceType", refClass.T())
	add := func(name string, fn vm.BuiltinFn, doc string) {
		m.Set(name, vm.NewModuleFunction("_weakref", name, fn, doc))
	}
	add("getweakrefcount", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckArgs("_weakref.getweakrefcount", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		h, ok := handleOf(args[0])
		if !ok {
			return vm.NewInt(0), nil
		}
		return vm.NewInt(int64(len(liveRefs(h.key)))), nil
	}, "getweakrefcount(object, /)\n\nThe number of weak references to object.")
	add("getweakrefs", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckArgs("_weakref.getweakrefs", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		l := &py.List{}
		h, ok := handleOf(args[0])
		if !ok {
			return l, nil
		}
		refs := liveRefs(h.key)
		// As CPython lists them: the shared plain reference first, then
		// the others newest first.
		for _, r := range refs {
			if r.callback == nil && r.self == Object(r) {
				l.Items = append(l.Items, r.self)
			}
		}
		for i := len(refs) - 1; i >= 0; i-- {
			if r := refs[i]; !(r.callback == nil && r.self == Object(r)) {
				l.Items = append(l.Items, r.self)
			}
		}
		return l, nil
	}, "getweakrefs(object, /)\n\nThe weak references to object, newest first.")
	add("_remove_dead_weakref", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckArgs("_weakref._remove_dead_weakref", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		d, ok := args[0].(*vm.Dict)
		if !ok {
			return nil, vm.NewError(py.TypeError, fmt.Sprintf("_remove_dead_weakref() argument 1 must be dict, not %s", vm.TypeName(args[0])))
		}
		v, err := vm.GetItem(t, d, args[1])
		if err != nil {
			if vm.IsExceptionType(err, py.KeyError) {
				return vm.None, nil
			}
			return nil, err
		}
		if r, ok := refOf(v); ok && r.referent() == nil {
			if err := vm.DelItem(t, d, args[1]); err != nil && !vm.IsExceptionType(err, py.KeyError) {
				return nil, err
			}
		}
		return vm.None, nil
	}, "_remove_dead_weakref(dict, key, /)\n\nDelete dict[key] if it is a dead weak reference.")
	return nil
}

// gcState is one interpreter's gc settings.
type gcState struct {
	enabled   bool
	threshold [3]int64
}

var (
	gcMu     sync.Mutex
	gcStates = map[*vm.Interp]*gcState{}
)

func gcOf(in *vm.Interp) *gcState {
	gcMu.Lock()
	defer gcMu.Unlock()
	s := gcStates[in]
	if s == nil {
		s = &gcState{enabled: true, threshold: [3]int64{700, 10, 10}}
		gcStates[in] = s
	}
	return s
}

func initGC(t *vm.Thread, m *vm.Module) error {
	m.Set("__doc__", py.String("The garbage collector: in gilpy, Go's collector, which reclaims cycles too.\n\ncollect() runs a full collection, then the callbacks of the weak references it killed."))
	m.Set("garbage", &py.List{})
	add := func(name string, fn vm.BuiltinFn, doc string) {
		m.Set(name, vm.NewModuleFunction("gc", name, fn, doc))
	}
	add("collect", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		var gen Object
		if _, err := vm.ParseArgs(&vm.Params{Func: "collect", Names: []string{"generation"}, KwOnly: -1}, args, kwnames, &gen); err != nil {
			return nil, err
		}
		if gen == nil {
			gen = vm.NewInt(2)
		}
		g, err := vm.IndexInt(t, gen)
		if err != nil {
			return nil, err
		}
		if g < 0 || g > 2 {
			return nil, vm.NewError(py.ValueError, "invalid generation")
		}
		runtime.GC()
		return vm.NewInt(int64(collectDead(t))), nil
	}, "collect(generation=2)\n\nRun a full collection (every generation is the same one in gilpy) and the\ncallbacks of the weak references it killed; the number of weakly referenced\nobjects found dead.")
	add("enable", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckArgs("gc.enable", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		gcOf(t.Interp()).enabled = true
		return vm.None, nil
	}, "enable()\n\nRecord that automatic collection is wanted (Go's collector always runs).")
	add("disable", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckArgs("gc.disable", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		gcOf(t.Interp()).enabled = false
		return vm.None, nil
	}, "disable()\n\nRecord that automatic collection is not wanted (Go's collector still runs:\nit is shared by every interpreter in the process).")
	add("isenabled", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckArgs("gc.isenabled", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		return vm.NewBool(gcOf(t.Interp()).enabled), nil
	}, "isenabled()\n\nWhether enable() was called last (or neither).")
	add("get_threshold", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckArgs("gc.get_threshold", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		th := gcOf(t.Interp()).threshold
		return py.Tuple{vm.NewInt(th[0]), vm.NewInt(th[1]), vm.NewInt(th[2])}, nil
	}, "get_threshold()\n\nThe thresholds set_threshold recorded.")
	add("set_threshold", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.NoKeywords("set_threshold", kwnames); err != nil {
			return nil, err
		}
		if len(args) < 1 {
			return nil, vm.NewError(py.TypeError, fmt.Sprintf("set_threshold() takes at least 1 argument (%d given)", len(args)))
		}
		if len(args) > 3 {
			return nil, vm.NewError(py.TypeError, fmt.Sprintf("set_threshold() takes at most 3 arguments (%d given)", len(args)))
		}
		s := gcOf(t.Interp())
		for i, a := range args {
			n, err := vm.IndexInt(t, a)
			if err != nil {
				return nil, err
			}
			s.threshold[i] = int64(n)
		}
		return vm.None, nil
	}, "set_threshold(threshold0, [threshold1, [threshold2]])\n\nRecord the collection thresholds (Go's collector paces itself).")
	return nil
}
