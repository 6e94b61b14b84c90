// Package operator provides _operator, the functions behind Python's
// operator module (the operators as functions, itemgetter, attrgetter,
// methodcaller), and the operator module itself, which re-exports them
// with their dunder aliases.
package operator

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

type (
	Object = vm.Object
	Tuple  = vm.Tuple
)

//go:embed operator.py
var operatorSource string

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "_operator", Builtin: true, Init: initModule})
	vm.RegisterModule(&vm.ModuleDef{Name: "operator", Source: operatorSource})
}

func initModule(t *vm.Thread, m *vm.Module) error {
	m.Set("__doc__", py.String("Python's operators as functions: operator.add(x, y) is x + y."))
	add := func(name string, fn vm.BuiltinFn, doc string) {
		m.Set(name, vm.NewModuleFunction("_operator", name, fn, doc))
	}
	binops := []struct {
		name string
		op   bytecode.BinaryOp
	}{
		{"add", bytecode.OpAdd}, {"sub", bytecode.OpSubtract}, {"mul", bytecode.OpMultiply},
		{"matmul", bytecode.OpMatMul}, {"truediv", bytecode.OpTrueDivide},
		{"floordiv", bytecode.OpFloorDivide}, {"mod", bytecode.OpRemainder},
		{"pow", bytecode.OpPower}, {"lshift", bytecode.OpLshift}, {"rshift", bytecode.OpRshift},
		{"and_", bytecode.OpAnd}, {"xor", bytecode.OpXor}, {"or_", bytecode.OpOr},
	}
	for _, b := range binops {
		b := b
		sym := b.op.Symbol()
		add(b.name, func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := vm.CheckPositional("_operator."+b.name, b.name, args, kwnames, 2, 2); err != nil {
				return nil, err
			}
			return vm.BinaryOp(t, b.op, args[0], args[1])
		}, "a "+sym+" b.")
		iname := "i" + strings.TrimSuffix(b.name, "_")
		add(iname, func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := vm.CheckPositional("_operator."+iname, iname, args, kwnames, 2, 2); err != nil {
				return nil, err
			}
			return vm.BinaryOp(t, b.op+bytecode.InplaceOffset, args[0], args[1])
		}, "a "+sym+"= b.")
	}
	cmps := []struct {
		name string
		op   bytecode.CompareOp
		sym  string
	}{
		{"lt", bytecode.CmpLt, "<"}, {"le", bytecode.CmpLe, "<="}, {"eq", bytecode.CmpEq, "=="},
		{"ne", bytecode.CmpNe, "!="}, {"gt", bytecode.CmpGt, ">"}, {"ge", bytecode.CmpGe, ">="},
	}
	for _, c := range cmps {
		c := c
		add(c.name, func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := vm.CheckPositional("_operator."+c.name, c.name, args, kwnames, 2, 2); err != nil {
				return nil, err
			}
			return vm.RichCompare(t, args[0], args[1], c.op)
		}, "a "+c.sym+" b.")
	}
	unops := []struct {
		name string
		fn   func(t *vm.Thread, o Object) (Object, error)
		doc  string
	}{
		{"neg", func(t *vm.Thread, o Object) (Object, error) { return vm.UnaryOp(t, bytecode.UNARY_NEGATIVE, o) }, "-a."},
		{"pos", func(t *vm.Thread, o Object) (Object, error) { return vm.UnaryOp(t, bytecode.UNARY_POSITIVE, o) }, "+a."},
		{"inv", func(t *vm.Thread, o Object) (Object, error) { return vm.UnaryOp(t, bytecode.UNARY_INVERT, o) }, "~a."},
		{"invert", func(t *vm.Thread, o Object) (Object, error) { return vm.UnaryOp(t, bytecode.UNARY_INVERT, o) }, "~a."},
		{"abs", vm.Abs, "abs(a)."},
		{"not_", func(t *vm.Thread, o Object) (Object, error) {
			b, err := vm.Truth(t, o)
			return vm.NewBool(!b), err
		}, "not a."},
		{"truth", func(t *vm.Thread, o Object) (Object, error) {
			b, err := vm.Truth(t, o)
			return vm.NewBool(b), err
		}, "bool(a)."},
		{"index", func(t *vm.Thread, o Object) (Object, error) {
			b, err := vm.IndexValue(t, o)
			if err != nil {
				return nil, err
			}
			return vm.NewBigInt(b), nil
		}, "a converted to an int with __index__."},
	}
	for _, u := range unops {
		u := u
		add(u.name, func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := vm.CheckOneArg("_operator."+u.name, args, kwnames); err != nil {
				return nil, err
			}
			return u.fn(t, args[0])
		}, u.doc)
	}
	two := func(name, doc string, fn func(t *vm.Thread, a, b Object) (Object, error)) {
		add(name, func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := vm.CheckPositional("_operator."+name, name, args, kwnames, 2, 2); err != nil {
				return nil, err
			}
			return fn(t, args[0], args[1])
		}, doc)
	}
	two("is_", "a is b.", func(t *vm.Thread, a, b Object) (Object, error) { return vm.NewBool(vm.Is(a, b)), nil })
	two("is_not", "a is not b.", func(t *vm.Thread, a, b Object) (Object, error) { return vm.NewBool(!vm.Is(a, b)), nil })
	two("contains", "b in a (the container comes first).", func(t *vm.Thread, a, b Object) (Object, error) {
		r, err := vm.Contains(t, a, b)
		return vm.NewBool(r), err
	})
	two("getitem", "a[b].", vm.GetItem)
	two("delitem", "del a[b].", func(t *vm.Thread, a, b Object) (Object, error) { return vm.None, vm.DelItem(t, a, b) })
	two("concat", "a + b, for a sequence a.", func(t *vm.Thread, a, b Object) (Object, error) {
		if !isSequence(a) {
			return nil, vm.NewError(py.TypeError, fmt.Sprintf("'%s' object can't be concatenated", vm.TypeName(a)))
		}
		return vm.BinaryOp(t, bytecode.OpAdd, a, b)
	})
	two("iconcat", "a += b, for a sequence a.", func(t *vm.Thread, a, b Object) (Object, error) {
		if !isSequence(a) {
			return nil, vm.NewError(py.TypeError, fmt.Sprintf("'%s' object can't be concatenated", vm.TypeName(a)))
		}
		return vm.BinaryOp(t, bytecode.OpAdd+bytecode.InplaceOffset, a, b)
	})
	two("countOf", "How many items of a are b or equal to b.", func(t *vm.Thread, a, b Object) (Object, error) {
		n := 0
		err := iterSearch(t, a, func(x Object) (bool, error) {
			eq := vm.Is(x, b)
			if !eq {
				var err error
				if eq, err = vm.Equal(t, x, b); err != nil {
					return false, err
				}
			}
			if eq {
				n++
			}
			return true, nil
		})
		return vm.NewInt(int64(n)), err
	})
	two("indexOf", "The position of the first item of a that is or equals b.", func(t *vm.Thread, a, b Object) (Object, error) {
		i, found := 0, false
		err := iterSearch(t, a, func(x Object) (bool, error) {
			eq := vm.Is(x, b)
			if !eq {
				var err error
				if eq, err = vm.Equal(t, x, b); err != nil {
					return false, err
				}
			}
			if eq {
				found = true
				return false, nil
			}
			i++
			return true, nil
		})
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, vm.NewError(py.ValueError, "sequence.index(x): x not in sequence")
		}
		return vm.NewInt(int64(i)), nil
	})
	add("setitem", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("_operator.setitem", "setitem", args, kwnames, 3, 3); err != nil {
			return nil, err
		}
		return vm.None, vm.SetItem(t, args[0], args[1], args[2])
	}, "a[b] = c.")
	add("length_hint", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("_operator.length_hint", "length_hint", args, kwnames, 1, 2); err != nil {
			return nil, err
		}
		def := 0
		if len(args) == 2 {
			if !vm.IsInt(vm.Unwrap(args[1])) {
				return nil, vm.NewError(py.TypeError, fmt.Sprintf("'%s' object cannot be interpreted as an integer", vm.TypeName(args[1])))
			}
			d, err := vm.IndexInt(t, args[1])
			if err != nil {
				return nil, err
			}
			def = d
		}
		n, err := vm.LengthHint(t, args[0], def)
		if err != nil {
			return nil, err
		}
		return vm.NewInt(int64(n)), nil
	}, "len(obj) if obj has a length, else obj.__length_hint__(), else default.")
	add("call", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if len(args)-len(kwnames) < 1 {
			return nil, vm.NewError(py.TypeError, fmt.Sprintf("call expected at least 1 argument, got %d", len(args)-len(kwnames)))
		}
		return vm.Call(t, args[0], args[1:], kwnames)
	}, "obj(*args, **kwargs).")
	add("_compare_digest", compareDigest, "a == b, in time independent of where they differ.")
	m.Set("itemgetter", itemgetterClass.T())
	m.Set("attrgetter", attrgetterClass.T())
	m.Set("methodcaller", methodcallerClass.T())
	return nil
}

// isSequence is PySequence_Check: the type has __getitem__ and is not a
// mapping type.
func isSequence(o Object) bool {
	if vm.IsInstance(o, vm.DictClass().T()) {
		return false
	}
	return vm.ClassOfObject(o).Lookup("__getitem__") != nil
}

// compareDigest compares two strings or bytes-like objects in time that
// does not depend on where they differ.
func compareDigest(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := vm.CheckPositional("_operator._compare_digest", "_compare_digest", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	var a, b []byte
	sa, aStr := args[0].(py.String)
	sb, bStr := args[1].(py.String)
	switch {
	case aStr && bStr:
		for _, r := range string(sa) + string(sb) {
			if r > 127 {
				return nil, vm.NewError(py.TypeError, "comparing strings with non-ASCII characters is not supported")
			}
		}
		a, b = []byte(sa), []byte(sb)
	default:
		ba, ok1 := args[0].(py.Bytes)
		bb, ok2 := args[1].(py.Bytes)
		if !ok1 || !ok2 {
			return nil, vm.NewError(py.TypeError, fmt.Sprintf("unsupported operand types(s) or combination of types: '%s' and '%s'", vm.TypeName(args[0]), vm.TypeName(args[1])))
		}
		a, b = ba, bb
	}
	diff := len(a) ^ len(b)
	for i := range b {
		x := byte(0)
		if i < len(a) {
			x = a[i]
		}
		diff |= int(x ^ b[i])
	}
	return vm.NewBool(diff == 0), nil
}

// iterSearch runs fn on each item of seq, as countOf and indexOf scan:
// a TypeError from iter(seq) becomes "argument of type 'X' is not
// iterable".
func iterSearch(t *vm.Thread, seq Object, fn func(Object) (bool, error)) error {
	it, err := vm.Iter(t, seq)
	if err != nil {
		if vm.IsExceptionType(err, py.TypeError) {
			return vm.NewError(py.TypeError, fmt.Sprintf("argument of type '%s' is not iterable", vm.TypeName(seq)))
		}
		return err
	}
	return vm.ForEach(t, it, fn)
}
