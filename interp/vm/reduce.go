package vm

import (
	"fmt"
	"math/big"

	"github.com/go-python/gpython/py"
)

// object.__reduce_ex__, object.__reduce__ and object.__getstate__: how
// copy and pickle take an object apart when its class says nothing
// more, with CPython's results (copyreg.__newobj__ and the instance's
// state for protocols 2 and up, copyreg._reduce_ex below that), and the
// __getnewargs__ and __reduce__ methods of the builtin types that
// CPython gives them.

// reducible reports whether o's value is fully described by its
// class, its __getnewargs__, its __dict__ and slots, and list or dict
// items: objects implemented in Go hold state nothing here can see.
func reducible(o Object) bool {
	switch v := o.(type) {
	case *Instance:
		return v.base == nil || reducible(v.base)
	case py.Int, py.Bool, *py.BigInt, py.Float, py.Complex, py.String, py.Bytes, py.Tuple,
		*py.List, *Dict, py.NoneType, *py.Exception:
		return true
	}
	return false
}

func copyregAttr(t *Thread, name string) (Object, error) {
	m, err := t.ImportModule("copyreg")
	if err != nil {
		return nil, err
	}
	return GetAttr(t, m, name)
}

// objectState is object.__getstate__(): the instance's __dict__ (None
// when it is empty), paired with a dict of its set slots when it has
// any. required means the object is reconstructed from the state alone.
func objectState(t *Thread, o Object, required bool) (Object, error) {
	if required && !reducible(o) {
		return nil, NewError(py.TypeError, fmt.Sprintf("cannot pickle '%s' object", TypeName(o)))
	}
	var state Object = None
	if d := instanceDict(o); d != nil && d.Len() > 0 {
		state = d.Copy()
	}
	if inst, ok := o.(*Instance); ok && len(inst.slots) > 0 {
		slots := NewDict(0)
		for i, name := range inst.cls.slotNames {
			if v := inst.slots[i]; v != nil {
				slots.SetStr(name, v)
			}
		}
		if slots.Len() > 0 {
			state = Tuple{state, slots}
		}
	}
	return state, nil
}

// getState calls o.__getstate__() (which a class may override).
func getState(t *Thread, o Object, required bool) (Object, error) {
	m := classOfObject(o).Lookup("__getstate__")
	if m == nil || m == objectGetState {
		return objectState(t, o, required)
	}
	return callMethod(t, m, o, nil, nil)
}

var objectGetState Object

// reduceNewObj is the protocol 2+ reduction: (copyreg.__newobj__,
// (cls, *args), state, listitems, dictitems), or __newobj_ex__ when
// __getnewargs_ex__ gives keyword arguments.
func reduceNewObj(t *Thread, o Object) (Object, error) {
	cls := TypeOf(o)
	c := classOfObject(o)
	if c.special(spNew) == nil {
		return nil, NewError(py.TypeError, fmt.Sprintf("cannot pickle '%s' object", TypeName(o)))
	}
	var args Tuple
	var kwargs Object = None
	hasArgs := false
	if m, err := GetAttrOr(t, o, "__getnewargs_ex__", nil); err != nil {
		return nil, err
	} else if m != nil {
		r, err := Call(t, m, nil, nil)
		if err != nil {
			return nil, err
		}
		pair, ok := r.(Tuple)
		if !ok {
			return nil, NewError(py.TypeError, fmt.Sprintf("__getnewargs_ex__ should return a tuple, not '%s'", TypeName(r)))
		}
		if len(pair) != 2 {
			return nil, NewError(py.ValueError, fmt.Sprintf("__getnewargs_ex__ should return a tuple of length 2, not %d", len(pair)))
		}
		a, ok := pair[0].(Tuple)
		if !ok {
			return nil, NewError(py.TypeError, fmt.Sprintf("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'", TypeName(pair[0])))
		}
		if _, ok := pair[1].(*Dict); !ok {
			return nil, NewError(py.TypeError, fmt.Sprintf("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'", TypeName(pair[1])))
		}
		args, kwargs, hasArgs = a, pair[1], true
	} else if m, err := GetAttrOr(t, o, "__getnewargs__", nil); err != nil {
		return nil, err
	} else if m != nil {
		r, err := Call(t, m, nil, nil)
		if err != nil {
			return nil, err
		}
		a, ok := r.(Tuple)
		if !ok {
			return nil, NewError(py.TypeError, fmt.Sprintf("__getnewargs__ should return a tuple, not '%s'", TypeName(r)))
		}
		args, hasArgs = a, true
	}
	var fn, newArgs Object
	if kd, ok := kwargs.(*Dict); ok && kd.Len() > 0 {
		f, err := copyregAttr(t, "__newobj_ex__")
		if err != nil {
			return nil, err
		}
		fn, newArgs = f, Tuple{cls, args, kwargs}
	} else {
		f, err := copyregAttr(t, "__newobj__")
		if err != nil {
			return nil, err
		}
		fn, newArgs = f, append(Tuple{cls}, args...)
	}
	_, isList := asList(o)
	_, isDict := asDict(o)
	state, err := getState(t, o, !hasArgs && !isList && !isDict)
	if err != nil {
		return nil, err
	}
	var listItems, dictItems Object = None, None
	if isList {
		if listItems, err = Iter(t, o); err != nil {
			return nil, err
		}
	}
	if isDict {
		items, err := CallMethod(t, o, "items", nil, nil)
		if err != nil {
			return nil, err
		}
		if dictItems, err = Iter(t, items); err != nil {
			return nil, err
		}
	}
	return Tuple{fn, newArgs, state, listItems, dictItems}, nil
}

// commonReduce is the reduction object.__reduce_ex__ and __reduce__ fall
// back to.
func commonReduce(t *Thread, o Object, proto int) (Object, error) {
	if proto >= 2 {
		return reduceNewObj(t, o)
	}
	f, err := copyregAttr(t, "_reduce_ex")
	if err != nil {
		return nil, err
	}
	return Call(t, f, []Object{o, NewInt(int64(proto))}, nil)
}

var objectReduce Object

func init() {
	o := objectClass
	objectReduce = o.defMethod("__reduce__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__reduce__", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		return commonReduce(t, args[0], 0)
	}, "What pickle saves to rebuild the object.", "nounwrap")
	o.defMethod("__reduce_ex__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__reduce_ex__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		proto, err := argInt(t, "__reduce_ex__", args[1])
		if err != nil {
			return nil, err
		}
		self := args[0]
		// A class's own __reduce__ takes precedence.
		if r := classOfObject(self).Lookup("__reduce__"); r != nil && r != objectReduce {
			m, err := GetAttr(t, self, "__reduce__")
			if err != nil {
				return nil, err
			}
			return Call(t, m, nil, nil)
		}
		return commonReduce(t, self, proto)
	}, "What pickle saves to rebuild the object.", "nounwrap")
	objectGetState = o.defMethod("__getstate__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__getstate__", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		return objectState(t, args[0], false)
	}, "What pickle saves to rebuild the object.", "nounwrap")

	// type.__flags__: the TPFLAGS bits (copyreg tests HEAPTYPE).
	typeClass.defGetSet("__flags__", func(t *Thread, o Object) (Object, error) {
		typ, ok := o.(*py.Type)
		if !ok {
			return nil, NewError(py.TypeError, "descriptor '__flags__' for 'type' objects doesn't apply to this object")
		}
		return NewInt(int64(typ.Flags &^ flagClass)), nil
	}, nil)

	newArgs := func(c *Class, fn func(o Object) Tuple) {
		c.defMethod("__getnewargs__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := checkMethodArgs("__getnewargs__", args, kwnames, 0, 0); err != nil {
				return nil, err
			}
			return fn(unwrap(args[0])), nil
		}, "", "nounwrap")
	}
	newArgs(ClassOf(py.FloatType), func(o Object) Tuple { return Tuple{o} })
	newArgs(ClassOf(py.BytesType), func(o Object) Tuple { return Tuple{o} })
	newArgs(ClassOf(py.ComplexType), func(o Object) Tuple {
		c := complex128(o.(py.Complex))
		return Tuple{py.Float(real(c)), py.Float(imag(c))}
	})

	// set and frozenset: (cls, (list of items,), state).
	for _, c := range []*Class{SetType, FrozenSetType} {
		c.defMethod("__reduce__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			s, _ := unwrap(args[0]).(*Set)
			items := &py.List{Items: s.Items()}
			var state Object = None
			if d := instanceDict(args[0]); d != nil && d.Len() > 0 {
				state = d
			}
			return Tuple{TypeOf(args[0]), Tuple{items}, state}, nil
		}, "Describe how pickle rebuilds this object.", "nounwrap")
	}
	ClassOf(py.RangeType).defMethod("__reduce__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		start, stop, step, _ := rangeParts(args[0])
		return Tuple{py.RangeType, Tuple{NewBigInt(new(big.Int).Set(start)), NewBigInt(new(big.Int).Set(stop)), NewBigInt(new(big.Int).Set(step))}}, nil
	}, "")
	ClassOf(py.SliceType).defMethod("__reduce__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		s := args[0].(*py.Slice)
		part := func(o Object) Object {
			if o == nil {
				return None
			}
			return o
		}
		return Tuple{py.SliceType, Tuple{part(s.Start), part(s.Stop), part(s.Step)}}, nil
	}, "Describe how pickle rebuilds this object.")
	// bytearray: the bytes for protocols 3 and up, a latin-1 str before.
	baReduce := func(t *Thread, self Object, proto int) (Object, error) {
		b, _ := unwrap(self).(*ByteArray)
		var state Object = None
		if d := instanceDict(self); d != nil && d.Len() > 0 {
			state = d
		}
		if proto >= 3 {
			return Tuple{TypeOf(self), Tuple{py.Bytes(append([]byte(nil), b.b...))}, state}, nil
		}
		runes := make([]rune, len(b.b))
		for i, c := range b.b {
			runes[i] = rune(c)
		}
		return Tuple{TypeOf(self), Tuple{py.String(string(runes)), py.String("latin-1")}, state}, nil
	}
	ByteArrayType.defMethod("__reduce__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return baReduce(t, args[0], 0)
	}, "Describe how pickle rebuilds this object.", "nounwrap")
	ByteArrayType.defMethod("__reduce_ex__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__reduce_ex__", args, kwnames, 0, 1); err != nil {
			return nil, err
		}
		proto := 0
		if len(args) == 2 {
			p, err := argInt(t, "__reduce_ex__", args[1])
			if err != nil {
				return nil, err
			}
			proto = p
		}
		return baReduce(t, args[0], proto)
	}, "Describe how pickle rebuilds this object.", "nounwrap")
}
