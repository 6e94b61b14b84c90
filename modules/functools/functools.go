package functools

import (
	_ "embed"
	"fmt"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

//go:embed functools.py
var source string

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "functools", Source: source})
	vm.RegisterModule(&vm.ModuleDef{Name: "_functools", Builtin: true, Init: func(t *vm.Thread, m *vm.Module) error {
		m.Set("__doc__", py.String("The Go parts of functools: partial, reduce, cmp_to_key and the lru_cache wrapper."))
		m.Set("partial", partialClass.T())
		m.Set("_lru_cache_wrapper", lruClass.T())
		m.Set("KeyWrapper", keyClass.T())
		m.Set("reduce", vm.NewModuleFunction("_functools", "reduce", reduce, "reduce(function, iterable[, initial]) -> value\n\nFold iterable from the left with function of two arguments: initial\n(or the first item) combined with each item in turn."))
		m.Set("cmp_to_key", vm.NewModuleFunction("_functools", "cmp_to_key", cmpToKey, "cmp_to_key(mycmp): a key function for sorted() and friends that orders items by an old-style three-way comparison."))
		return nil
	}})
}

func reduce(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	if len(kwnames) > 0 {
		return nil, vm.NewError(py.TypeError, "reduce() takes no keyword arguments")
	}
	if err := vm.CheckPositional("reduce", "reduce", args, nil, 2, 3); err != nil {
		return nil, err
	}
	fn := args[0]
	it, err := vm.Iter(t, args[1])
	if err != nil {
		if vm.IsExceptionType(err, py.TypeError) {
			return nil, vm.NewError(py.TypeError, "reduce() arg 2 must support iteration")
		}
		return nil, err
	}
	var acc Object
	if len(args) == 3 {
		acc = args[2]
	}
	for {
		v, ok, err := vm.Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		if acc == nil {
			acc = v
			continue
		}
		if acc, err = vm.Call(t, fn, []Object{acc, v}, nil); err != nil {
			return nil, err
		}
	}
	if acc == nil {
		return nil, vm.NewError(py.TypeError, "reduce() of empty iterable with no initial value")
	}
	return acc, nil
}

// KeyWrapper: what cmp_to_key's result makes of each item, ordered by
// the comparison function.
var keyClass = vm.NewType("functools", "KeyWrapper", "", nil, 0)

type keyWrapper struct {
	cmp, obj Object
}

func (*keyWrapper) Type() *py.Type { return keyClass.T() }

func cmpToKey(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	var mycmp Object
	if _, err := vm.ParseClinic(&vm.Params{Func: "cmp_to_key", Names: []string{"mycmp"}, KwOnly: -1, Required: 1}, args, kwnames, &mycmp); err != nil {
		return nil, err
	}
	return &keyWrapper{cmp: mycmp}, nil
}

func init() {
	c := keyClass
	c.DefMethod("__call__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		var obj Object
		if _, err := vm.ParseClinic(&vm.Params{Func: "K", Names: []string{"obj"}, KwOnly: -1, Required: 1}, args[1:], kwnames, &obj); err != nil {
			return nil, err
		}
		return &keyWrapper{cmp: args[0].(*keyWrapper).cmp, obj: obj}, nil
	}, "Call the object: self(*args, **kwargs).")
	c.DefGetSet("obj", func(t *vm.Thread, o Object) (Object, error) {
		if k := o.(*keyWrapper); k.obj != nil {
			return k.obj, nil
		}
		return nil, vm.NewError(py.AttributeError, "obj")
	}, func(t *vm.Thread, o, v Object) error {
		o.(*keyWrapper).obj = v
		return nil
	})
	for _, op := range []struct {
		name string
		op   bytecode.CompareOp
	}{{"__lt__", bytecode.CmpLt}, {"__le__", bytecode.CmpLe}, {"__eq__", bytecode.CmpEq}, {"__ne__", bytecode.CmpNe}, {"__gt__", bytecode.CmpGt}, {"__ge__", bytecode.CmpGe}} {
		op := op
		c.DefMethod(op.name, func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := vm.CheckOneArg("KeyWrapper."+op.name, args[1:], kwnames); err != nil {
				return nil, err
			}
			a := args[0].(*keyWrapper)
			b, ok := args[1].(*keyWrapper)
			if !ok {
				return nil, vm.NewError(py.TypeError, "other argument must be K instance")
			}
			if a.obj == nil || b.obj == nil {
				return nil, vm.NewError(py.AttributeError, "object")
			}
			r, err := vm.Call(t, a.cmp, []Object{a.obj, b.obj}, nil)
			if err != nil {
				return nil, err
			}
			return vm.RichCompare(t, r, vm.NewInt(0), op.op)
		}, fmt.Sprintf("Return self%svalue.", op.op.Symbol()))
	}
	c.DefAttr("__hash__", vm.None)
	c.Ready()
}
