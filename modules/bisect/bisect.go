// Package bisect is Python's bisect module: bisection on sorted
// sequences, written in Go as CPython's _bisect is in C.
package bisect

import (
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

type (
	Object = vm.Object
	Tuple  = vm.Tuple
)

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "bisect", Init: initModule})
	vm.RegisterModule(&vm.ModuleDef{Name: "_bisect", Init: initModule})
}

// search finds where x goes in the sorted a[lo:hi]: after the items
// equal to it (right) or before them; key, if not None, maps the items
// (x is already a key).
func search(t *vm.Thread, a, x Object, lo, hi int, key Object, right bool) (int, error) {
	for lo < hi {
		mid := int(uint(lo+hi) / 2)
		item, err := vm.GetItem(t, a, vm.NewInt(int64(mid)))
		if err != nil {
			return 0, err
		}
		if key != nil {
			if item, err = vm.Call(t, key, []Object{item}, nil); err != nil {
				return 0, err
			}
		}
		var less bool
		if right {
			less, err = vm.Less(t, x, item) // x < item: go left
			if err == nil {
				less = !less
			}
		} else {
			less, err = vm.Less(t, item, x)
		}
		if err != nil {
			return 0, err
		}
		if less {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, nil
}

// args parses (a, x, lo=0, hi=None, *, key=None).
func args(t *vm.Thread, name string, args []Object, kwnames Tuple) (a, x Object, lo, hi int, key Object, err error) {
	var loO, hiO Object
	if _, err = vm.ParseClinic(&vm.Params{Func: name, Names: []string{"a", "x", "lo", "hi", "key"}, KwOnly: 4, Required: 2}, args, kwnames, &a, &x, &loO, &hiO, &key); err != nil {
		return
	}
	if loO != nil {
		if lo, err = vm.IndexInt(t, loO); err != nil {
			return
		}
		if lo < 0 {
			err = vm.NewError(py.ValueError, "lo must be non-negative")
			return
		}
	}
	if hiO == nil || hiO == vm.None {
		if hi, err = vm.Len(t, a); err != nil {
			return
		}
	} else if hi, err = vm.IndexInt(t, hiO); err != nil {
		return
	}
	if key == vm.None {
		key = nil
	}
	return
}

func initModule(t *vm.Thread, m *vm.Module) error {
	m.Set("__doc__", py.String("Bisection algorithms: where an item goes in a sorted sequence, and inserting it there."))
	find := func(name string, right bool, doc string) *vm.BuiltinFunction {
		return vm.NewModuleFunction(m.Name(), name, func(t *vm.Thread, a []Object, kwnames Tuple) (Object, error) {
			seq, x, lo, hi, key, err := args(t, name, a, kwnames)
			if err != nil {
				return nil, err
			}
			i, err := search(t, seq, x, lo, hi, key, right)
			if err != nil {
				return nil, err
			}
			return vm.NewInt(int64(i)), nil
		}, doc)
	}
	insort := func(name string, right bool, doc string) *vm.BuiltinFunction {
		return vm.NewModuleFunction(m.Name(), name, func(t *vm.Thread, a []Object, kwnames Tuple) (Object, error) {
			seq, x, lo, hi, key, err := args(t, name, a, kwnames)
			if err != nil {
				return nil, err
			}
			k := x
			if key != nil {
				if k, err = vm.Call(t, key, []Object{x}, nil); err != nil {
					return nil, err
				}
			}
			i, err := search(t, seq, k, lo, hi, key, right)
			if err != nil {
				return nil, err
			}
			if l, ok := seq.(*py.List); ok {
				l.Items = append(l.Items, nil)
				copy(l.Items[i+1:], l.Items[i:])
				l.Items[i] = x
				return vm.None, nil
			}
			if _, err := vm.CallMethod(t, seq, "insert", []Object{vm.NewInt(int64(i)), x}, nil); err != nil {
				return nil, err
			}
			return vm.None, nil
		}, doc)
	}
	m.Set("bisect_left", find("bisect_left", false, "The index where x goes in the sorted a[lo:hi], before any items equal to it."))
	m.Set("bisect_right", find("bisect_right", true, "The index where x goes in the sorted a[lo:hi], after any items equal to it."))
	m.Set("insort_left", insort("insort_left", false, "Insert x into the sorted list a, before any items equal to it."))
	m.Set("insort_right", insort("insort_right", true, "Insert x into the sorted list a, after any items equal to it."))
	bl, _ := m.Get("bisect_right")
	m.Set("bisect", bl)
	ir, _ := m.Get("insort_right")
	m.Set("insort", ir)
	return nil
}
