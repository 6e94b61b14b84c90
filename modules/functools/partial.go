// Package functools provides _functools (partial, reduce, cmp_to_key and
// the lru_cache wrapper, written in Go) and the functools module, written
// in Python on top of them.
package functools

import (
	"strings"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

type (
	Object = vm.Object
	Tuple  = vm.Tuple
)

// partial objects have a __dict__, so they are always *vm.Instance values
// holding a *partial.
var partialClass = vm.NewType("functools", "partial", "partial(func, *args, **keywords)\n\nA callable that calls func with args before its own arguments and with\nkeywords merged under its own keywords.", nil, 0)

type partial struct {
	fn   Object
	args Tuple
	kw   *vm.Dict
}

func (*partial) Type() *py.Type { return partialClass.T() }

func partialOf(o Object) *partial { return vm.Unwrap(o).(*partial) }

// call runs fn(*args, *callArgs, **{**kw, **callKw}).
func (p *partial) call(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	npos := len(args) - len(kwnames)
	if p.kw.Len() == 0 {
		if len(p.args) == 0 {
			return vm.Call(t, p.fn, args, kwnames)
		}
		full := make([]Object, 0, len(p.args)+len(args))
		full = append(append(full, p.args...), args...)
		return vm.Call(t, p.fn, full, kwnames)
	}
	// Merge the keywords: the call's override the stored ones.
	merged := p.kw.Copy()
	for i, k := range kwnames {
		merged.SetStr(string(k.(py.String)), args[npos+i])
	}
	full := make([]Object, 0, len(p.args)+npos+merged.Len())
	full = append(append(full, p.args...), args[:npos]...)
	names := make(Tuple, 0, merged.Len())
	merged.Items(func(k, v Object) bool {
		names = append(names, k)
		full = append(full, v)
		return true
	})
	return vm.Call(t, p.fn, full, names)
}

func init() {
	c := partialClass
	c.AllowSubclass()
	c.AllowDict()
	c.DefNew(func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		typ := args[0].(*py.Type)
		npos := len(args) - len(kwnames)
		if npos < 2 {
			return nil, vm.NewError(py.TypeError, "type 'partial' takes at least one argument")
		}
		fn := args[1]
		var pargs Tuple
		kw := vm.NewDict(0)
		// A partial of a partial (without attributes of its own) is
		// flattened into one.
		if inst, ok := fn.(*vm.Instance); ok {
			if inner, ok := inst.Base().(*partial); ok && (inst.Dict() == nil || inst.Dict().Len() == 0) && vm.ClassOfObject(fn).Lookup("__call__") == partialClass.Lookup("__call__") {
				fn = inner.fn
				pargs = append(pargs, inner.args...)
				kw = inner.kw.Copy()
			}
		}
		if !vm.IsCallable(fn) {
			return nil, vm.NewError(py.TypeError, "the first argument must be callable")
		}
		pargs = append(pargs, args[2:npos]...)
		if pargs == nil {
			pargs = Tuple{}
		}
		for i, k := range kwnames {
			kw.SetStr(string(k.(py.String)), args[npos+i])
		}
		return c.Wrap(typ, &partial{fn: fn, args: pargs, kw: kw}), nil
	})
	c.DefMethod("__call__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		return partialOf(args[0]).call(t, args[1:], kwnames)
	}, "Call the object: self(*args, **kwargs).")
	// func, args and keywords are read-only members.
	readonly := func(t *vm.Thread, o, v Object) error { return vm.NewError(py.AttributeError, "readonly attribute") }
	c.DefGetSet("func", func(t *vm.Thread, o Object) (Object, error) { return partialOf(o).fn, nil }, readonly)
	c.DefGetSet("args", func(t *vm.Thread, o Object) (Object, error) { return partialOf(o).args, nil }, readonly)
	c.DefGetSet("keywords", func(t *vm.Thread, o Object) (Object, error) { return partialOf(o).kw, nil }, readonly)
	c.DefMethod("__repr__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		self := args[0]
		p := partialOf(self)
		name := vm.ClassOfObject(self).T().Name
		if t.ReprEnter(self) {
			return py.String("..."), nil
		}
		defer t.ReprLeave(self)
		parts := []string{}
		s, err := vm.ReprString(t, p.fn)
		if err != nil {
			return nil, err
		}
		parts = append(parts, s)
		for _, a := range p.args {
			s, err := vm.ReprString(t, a)
			if err != nil {
				return nil, err
			}
			parts = append(parts, s)
		}
		var kerr error
		p.kw.Items(func(k, v Object) bool {
			s, err := vm.ReprString(t, v)
			if err != nil {
				kerr = err
				return false
			}
			ks, _ := k.(py.String)
			parts = append(parts, string(ks)+"="+s)
			return true
		})
		if kerr != nil {
			return nil, kerr
		}
		return py.String(name + "(" + strings.Join(parts, ", ") + ")"), nil
	}, "Return repr(self).", "nounwrap")
	c.DefMethod("__reduce__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		self := args[0]
		p := partialOf(self)
		var d Object = vm.None
		if inst, ok := self.(*vm.Instance); ok {
			if dd := inst.Dict(); dd != nil && dd.Len() > 0 {
				d = dd
			}
		}
		return Tuple{vm.TypeOf(self), Tuple{p.fn}, Tuple{p.fn, p.args, p.kw, d}}, nil
	}, "Describe how pickle rebuilds this object.", "nounwrap")
	c.DefMethod("__setstate__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckOneArg("partial.__setstate__", args[1:], kwnames); err != nil {
			return nil, err
		}
		self := args[0]
		state, ok := args[1].(Tuple)
		if !ok || len(state) != 4 {
			return nil, vm.NewError(py.TypeError, "invalid partial state")
		}
		fn, fargs, kw, d := state[0], state[1], state[2], state[3]
		_, argsOK := vm.Unwrap(fargs).(Tuple)
		kwd, kwOK := vm.Unwrap(kw).(*vm.Dict)
		if !vm.IsCallable(fn) || !argsOK || (kw != vm.None && !kwOK) {
			return nil, vm.NewError(py.TypeError, "invalid partial state")
		}
		p := partialOf(self)
		p.fn = fn
		p.args = append(Tuple{}, vm.Unwrap(fargs).(Tuple)...)
		if kwOK {
			p.kw = kwd.Copy()
		} else {
			p.kw = vm.NewDict(0)
		}
		if inst, ok := self.(*vm.Instance); ok {
			if d == vm.None {
				if dd := inst.Dict(); dd != nil {
					dd.Clear()
				}
			} else if dd, ok := vm.Unwrap(d).(*vm.Dict); ok {
				inst.Dict().Clear()
				if err := inst.Dict().Update(t, dd); err != nil {
					return nil, err
				}
			} else {
				return nil, vm.NewError(py.TypeError, "a partial's __dict__ must be a dict")
			}
		}
		return vm.None, nil
	}, "Restore the state that pickle saved.", "nounwrap")
	c.DefMethod("__class_getitem__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		return vm.NewGenericAlias(args[0], args[1]), nil
	}, "A generic alias of the class, such as C[int], for annotations.", "class")
	c.Ready()
}
