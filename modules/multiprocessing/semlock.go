package multiprocessing

import (
	"sync"

	"github.com/gilpy/gilpy/gilrt"
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

// The two kinds of SemLock, as CPython numbers them.
const (
	recursiveMutex = 0
	semaphoreKind  = 1
	semValueMax    = 1<<31 - 1
)

// owner names a thread of a process: the interpreter's pid and the
// thread's ident.
type owner struct {
	pid   int
	ident uint64
}

// semaphore is the state several processes share.
type semaphore struct {
	mu       sync.Mutex
	kind     int
	value    int
	maxvalue int
	name     string
	owner    owner // of a recursive mutex
	depth    int   // its recursion depth
	wq       gilrt.WaitQueue
}

// semObj is one interpreter's SemLock object. count is how many
// acquisitions this process holds (SemLock._count).
type semObj struct {
	id    int64
	s     *semaphore
	count int
	last  owner
}

var semClass = vm.NewType("_multiprocessing", "SemLock", "SemLock(kind, value, maxvalue, name, unlink)\n\nA semaphore processes share.", nil, 0)

func (s *semObj) Type() *py.Type { return semClass.T() }

func me(t *vm.Thread) owner { return owner{t.Interp().Pid(), t.Ident()} }

func (o *semObj) acquire(t *vm.Thread, block bool, timeoutObj Object) (bool, error) {
	s := o.s
	who := me(t)
	timeout, err := timeoutArg(t, timeoutObj)
	if err != nil {
		return false, err
	}
	dl := deadline(timeout)
	for {
		s.mu.Lock()
		if s.kind == recursiveMutex && s.depth > 0 && s.owner == who {
			s.depth++
			s.mu.Unlock()
			o.count++
			return true, nil
		}
		if s.value > 0 {
			s.value--
			if s.kind == recursiveMutex {
				s.owner, s.depth = who, 1
			}
			s.mu.Unlock()
			o.count++
			o.last = who
			return true, nil
		}
		left := remaining(dl)
		if !block || left == 0 {
			s.mu.Unlock()
			return false, nil
		}
		if _, err := t.Wait(&s.wq, gilrt.BlockSync, "SemLock.acquire", left, s.mu.Unlock); err != nil {
			return false, err
		}
	}
}

func (o *semObj) release(t *vm.Thread) error {
	s := o.s
	s.mu.Lock()
	if s.kind == recursiveMutex {
		if s.depth == 0 || s.owner != me(t) {
			s.mu.Unlock()
			return vm.NewError(py.AssertionError, "attempt to release recursive lock not owned by thread")
		}
		s.depth--
		o.count--
		if s.depth > 0 {
			s.mu.Unlock()
			return nil
		}
		s.owner = owner{}
	} else {
		if s.value >= s.maxvalue {
			s.mu.Unlock()
			return vm.NewError(py.ValueError, "semaphore or lock released too many times")
		}
		if o.count > 0 {
			o.count--
		}
	}
	s.value++
	s.mu.Unlock()
	s.wq.Notify(1)
	return nil
}

func newSemObj(id int64, s *semaphore) *semObj { return &semObj{id: id, s: s} }

func defSemLock() {
	c := semClass
	c.AllowSubclass()
	c.DefMethod("__new__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		var kind, value, maxvalue, name, unlink Object
		if _, err := vm.ParseClinic(&vm.Params{Func: "SemLock", Names: []string{"kind", "value", "maxvalue", "name", "unlink"}, Required: 5, KwOnly: -1}, args[1:], kwnames, &kind, &value, &maxvalue, &name, &unlink); err != nil {
			return nil, err
		}
		typ, err := c.CheckSubtype("SemLock.__new__", args[0])
		if err != nil {
			return nil, err
		}
		k, err := vm.IndexInt(t, kind)
		if err != nil {
			return nil, err
		}
		if k != recursiveMutex && k != semaphoreKind {
			return nil, vm.NewError(py.ValueError, "unrecognized kind")
		}
		v, err := vm.IndexInt(t, value)
		if err != nil {
			return nil, err
		}
		mv, err := vm.IndexInt(t, maxvalue)
		if err != nil {
			return nil, err
		}
		if v < 0 || v > mv {
			return nil, vm.NewError(py.ValueError, "invalid value")
		}
		s := &semaphore{kind: k, value: v, maxvalue: mv}
		if n, ok := name.(py.String); ok {
			s.name = string(n)
		}
		return c.Wrap(typ, newSemObj(share(s), s)), nil
	}, "Make a new instance of the type.", "static")
	c.DefMethod("acquire", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		var block, timeout Object
		if _, err := vm.ParseClinic(&vm.Params{Func: "acquire", Names: []string{"block", "timeout"}, KwOnly: -1}, args[1:], kwnames, &block, &timeout); err != nil {
			return nil, err
		}
		b := true
		if block != nil {
			var err error
			if b, err = vm.Truth(t, block); err != nil {
				return nil, err
			}
		}
		ok, err := args[0].(*semObj).acquire(t, b, timeout)
		if err != nil {
			return nil, err
		}
		return vm.NewBool(ok), nil
	}, "Acquire the semaphore or lock, waiting at most timeout seconds when block is true.")
	c.DefMethod("release", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckMethodArgs("release", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		return vm.None, args[0].(*semObj).release(t)
	}, "Release the semaphore or lock.")
	c.DefMethod("__enter__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		ok, err := args[0].(*semObj).acquire(t, true, nil)
		if err != nil {
			return nil, err
		}
		return vm.NewBool(ok), nil
	}, "Acquire the semaphore or lock.")
	c.DefMethod("__exit__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		return vm.None, args[0].(*semObj).release(t)
	}, "Release the semaphore or lock.")
	c.DefMethod("_count", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		return vm.NewInt(int64(args[0].(*semObj).count)), nil
	}, "How many times this process holds it.")
	c.DefMethod("_is_mine", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		o := args[0].(*semObj)
		o.s.mu.Lock()
		defer o.s.mu.Unlock()
		if o.s.kind == recursiveMutex {
			return vm.NewBool(o.s.depth > 0 && o.s.owner == me(t)), nil
		}
		return vm.NewBool(o.count > 0 && o.last == me(t)), nil
	}, "Whether the calling thread holds it.")
	c.DefMethod("_get_value", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		o := args[0].(*semObj)
		o.s.mu.Lock()
		defer o.s.mu.Unlock()
		return vm.NewInt(int64(o.s.value)), nil
	}, "The semaphore's value.")
	c.DefMethod("_is_zero", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		o := args[0].(*semObj)
		o.s.mu.Lock()
		defer o.s.mu.Unlock()
		return vm.NewBool(o.s.value == 0), nil
	}, "Whether the semaphore's value is zero.")
	c.DefMethod("_after_fork", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		args[0].(*semObj).count = 0
		return vm.None, nil
	}, "Forget this process's acquisitions.")
	c.DefGetSet("handle", func(t *vm.Thread, o Object) (Object, error) { return vm.NewInt(o.(*semObj).id), nil }, nil)
	c.DefGetSet("kind", func(t *vm.Thread, o Object) (Object, error) { return vm.NewInt(int64(o.(*semObj).s.kind)), nil }, nil)
	c.DefGetSet("maxvalue", func(t *vm.Thread, o Object) (Object, error) { return vm.NewInt(int64(o.(*semObj).s.maxvalue)), nil }, nil)
	c.DefGetSet("name", func(t *vm.Thread, o Object) (Object, error) {
		if n := o.(*semObj).s.name; n != "" {
			return py.String(n), nil
		}
		return vm.None, nil
	}, nil)
	c.DefMethod("_rebuild", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if len(args) < 2 {
			return nil, vm.NewError(py.TypeError, "_rebuild() missing required argument 'handle'")
		}
		id, err := vm.IndexInt(t, args[1])
		if err != nil {
			return nil, err
		}
		s, ok := lookupShared(int64(id)).(*semaphore)
		if !ok {
			return nil, vm.NewError(py.ValueError, "no shared semaphore with that handle")
		}
		typ, ok := args[0].(*py.Type)
		if !ok {
			typ = semClass.T()
		}
		return c.Wrap(typ, newSemObj(int64(id), s)), nil
	}, "Rebuild a SemLock from its handle (in another process).", "class", "nounwrap")
	c.Ready()
}

func initSemModule(t *vm.Thread, m *vm.Module) error {
	m.Set("__doc__", py.String("SemLock: the semaphore multiprocessing's locks are made of, shared between gilpy's processes."))
	m.Set("SemLock", semClass.T())
	m.Set("flags", vm.NewDict(0))
	m.Set("sem_unlink", vm.NewModuleFunction("_multiprocessing", "sem_unlink", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		return vm.None, vm.CheckArgs("sem_unlink", args, kwnames, 1, 1)
	}, "Forget a named semaphore (gilpy's have no names in the file system)."))
	return nil
}
