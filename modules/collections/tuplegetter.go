package collections

import (
	"fmt"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

// _tuplegetter is the descriptor behind a named tuple's field
// attributes: item index of the tuple, read-only.
var tuplegetterClass = vm.NewType("_collections", "_tuplegetter", "", nil, 0)

type tuplegetter struct {
	index int
	doc   Object
}

func (*tuplegetter) Type() *py.Type { return tuplegetterClass.T() }

// DescrGet implements vm.GoDescriptor.
func (g *tuplegetter) DescrGet(t *vm.Thread, obj Object, typ *py.Type) (Object, error) {
	if obj == nil || obj == vm.None {
		return g, nil
	}
	tup, ok := vm.Unwrap(obj).(Tuple)
	if !ok {
		return nil, vm.NewError(py.TypeError, fmt.Sprintf("descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object", g.index, vm.TypeName(obj)))
	}
	if g.index < 0 || g.index >= len(tup) {
		return nil, vm.NewError(py.IndexError, "tuple index out of range")
	}
	return tup[g.index], nil
}

// DescrSet implements vm.GoDataDescriptor: the fields are read-only.
func (g *tuplegetter) DescrSet(t *vm.Thread, obj, v Object) error {
	if v == nil {
		return vm.NewError(py.AttributeError, "can't delete attribute")
	}
	return vm.NewError(py.AttributeError, "can't set attribute")
}

func init() {
	c := tuplegetterClass
	c.DefNew(func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("_tuplegetter", "_tuplegetter", args[1:], kwnames, 2, 2); err != nil {
			return nil, err
		}
		i, err := vm.IndexInt(t, args[1])
		if err != nil {
			return nil, err
		}
		return &tuplegetter{index: i, doc: args[2]}, nil
	})
	c.DefMethod("__get__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("__get__", "__get__", args[1:], kwnames, 1, 2); err != nil {
			return nil, err
		}
		var typ *py.Type
		if len(args) > 2 {
			typ, _ = args[2].(*py.Type)
		}
		return args[0].(*tuplegetter).DescrGet(t, args[1], typ)
	}, "Get the value this descriptor gives for instance (of class owner).")
	c.DefMethod("__set__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		return nil, args[0].(*tuplegetter).DescrSet(t, args[1], args[2])
	}, "Store value through this descriptor on instance.")
	c.DefMethod("__delete__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		return nil, args[0].(*tuplegetter).DescrSet(t, args[1], nil)
	}, "Remove the value this descriptor holds for instance.")
	c.DefGetSet("__doc__", func(t *vm.Thread, o Object) (Object, error) {
		if g, ok := o.(*tuplegetter); ok {
			return g.doc, nil
		}
		return vm.None, nil
	}, func(t *vm.Thread, o, v Object) error {
		if v == nil {
			v = vm.None
		}
		o.(*tuplegetter).doc = v
		return nil
	})
	c.DefMethod("__repr__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		g := args[0].(*tuplegetter)
		d, err := vm.ReprString(t, g.doc)
		if err != nil {
			return nil, err
		}
		return py.String(fmt.Sprintf("_tuplegetter(%d, %s)", g.index, d)), nil
	}, "Return repr(self).")
	c.DefMethod("__reduce__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		g := args[0].(*tuplegetter)
		return Tuple{tuplegetterClass.T(), Tuple{vm.NewInt(int64(g.index)), g.doc}}, nil
	}, "Describe how pickle rebuilds this object.")
	c.Ready()
}
