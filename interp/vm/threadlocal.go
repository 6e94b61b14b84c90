package vm

import (
	"fmt"
	"weak"

	"github.com/go-python/gpython/py"
)

// LocalType is _thread._local (threading.local): an object whose
// attributes are different in each thread. It can be subclassed; a
// subclass's __init__ runs again, with the arguments the object was
// created with, the first time each other thread uses the object.
//
// An instance is an *Instance whose base is its localState, the table of
// per-thread dicts. Every attribute access goes through the type's
// __getattribute__, __setattr__ and __delattr__, which first make the
// instance's dict the calling thread's own: only the thread holding the
// GIL runs, so the switch needs no lock. The table is keyed by thread,
// and a thread drops its entries when it ends.
var LocalType = NewType("_thread", "_local", "An object whose attributes are different in each thread.", nil, TypeBaseType)

// localState holds a local object's per-thread dicts and the arguments
// to call __init__ with in each new thread.
type localState struct {
	dicts   map[*Thread]*Dict
	args    []Object
	kwnames Tuple
}

// Type implements py.Object (it is never seen by Python code).
func (s *localState) Type() *Type { return LocalType.T() }

func init() {
	c := LocalType
	c.layout = layoutBuiltin
	c.DefNew(localNew)
	c.defMethod("__getattribute__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__getattribute__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		inst, d, err := localDict(t, args[0])
		if err != nil {
			return nil, err
		}
		name, err := localAttrName(args[1])
		if err != nil {
			return nil, err
		}
		if name == "__dict__" {
			return d, nil
		}
		return genericGetAttr(t, inst, inst.cls, name, strHash(name))
	}, "Return getattr(self, name).", "nounwrap")
	c.defMethod("__setattr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__setattr__", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		return None, localSetAttr(t, args[0], args[1], args[2])
	}, "Set the named attribute: setattr(self, name, value).", "nounwrap")
	c.defMethod("__delattr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__delattr__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		return None, localSetAttr(t, args[0], args[1], nil)
	}, "Delete the named attribute: delattr(self, name).", "nounwrap")
}

// localNew is _local.__new__: arguments are only allowed when a subclass
// defines __init__ to take them.
func localNew(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	typ, ok := args[0].(*Type)
	if !ok {
		return nil, NewError(py.TypeError, "_local.__new__(X): X is not a type object")
	}
	c := ClassOf(typ)
	if (len(args) > 1 || len(kwnames) > 0) && c.special(spInit) == objectInit {
		return nil, NewError(py.TypeError, "Initialization arguments are not supported")
	}
	st := &localState{
		dicts:   map[*Thread]*Dict{},
		args:    append([]Object(nil), args[1:]...),
		kwnames: kwnames,
	}
	inst := &Instance{cls: c, base: st}
	if len(c.slotNames) > 0 {
		inst.slots = make([]Object, len(c.slotNames))
	}
	d := NewDict(0)
	st.dicts[t] = d
	t.addLocal(st)
	inst.dict = d
	return inst, nil
}

// localDict makes o's dict the calling thread's, creating it (and running
// __init__ for it) on the thread's first use of o.
func localDict(t *Thread, o Object) (*Instance, *Dict, error) {
	inst, ok := o.(*Instance)
	var st *localState
	if ok {
		st, ok = inst.base.(*localState)
	}
	if !ok {
		return nil, nil, NewError(py.TypeError, fmt.Sprintf("descriptor requires a '_thread._local' object but received a '%s'", TypeName(o)))
	}
	if d, ok := st.dicts[t]; ok {
		inst.dict = d
		return inst, d, nil
	}
	d := NewDict(0)
	st.dicts[t] = d
	t.addLocal(st)
	inst.dict = d
	if init := inst.cls.special(spInit); init != nil && init != objectInit {
		r, err := callMethod(t, init, inst, st.args, st.kwnames)
		if err == nil && r != None {
			err = NewError(py.TypeError, fmt.Sprintf("__init__() should return None, not '%s'", TypeName(r)))
		}
		if err != nil {
			delete(st.dicts, t)
			return nil, nil, err
		}
		inst.dict = d
	}
	return inst, d, nil
}

func localAttrName(o Object) (string, error) {
	name, ok := unwrap(o).(py.String)
	if !ok {
		return "", NewError(py.TypeError, fmt.Sprintf("attribute name must be string, not '%s'", TypeName(o)))
	}
	return string(name), nil
}

// localSetAttr is _local.__setattr__ (and __delattr__ when v is nil).
func localSetAttr(t *Thread, o, nameObj, v Object) error {
	inst, _, err := localDict(t, o)
	if err != nil {
		return err
	}
	name, err := localAttrName(nameObj)
	if err != nil {
		return err
	}
	if name == "__dict__" {
		return NewError(py.AttributeError, fmt.Sprintf("'%s' object attribute '__dict__' is read-only", TypeName(o)))
	}
	return genericSetAttr(t, inst, inst.cls, name, strHash(name), v)
}

// addLocal remembers that t has a dict in st, forgetting the local
// objects that no longer exist whenever the list doubles.
func (t *Thread) addLocal(st *localState) {
	r := t.rareState()
	if n := len(r.locals); n >= 64 && n&(n-1) == 0 {
		live := r.locals[:0]
		for _, w := range r.locals {
			if w.Value() != nil {
				live = append(live, w)
			}
		}
		clear(r.locals[len(live):])
		r.locals = live
	}
	r.locals = append(r.locals, weak.Make(st))
}

// dropLocals forgets the dicts the ending thread t has in local objects.
func (t *Thread) dropLocals() {
	if t.rare == nil {
		return
	}
	for _, w := range t.rare.locals {
		if st := w.Value(); st != nil {
			delete(st.dicts, t)
		}
	}
	t.rare.locals = nil
}
