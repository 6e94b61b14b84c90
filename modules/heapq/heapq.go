// Package heapq provides _heapq, the heap operations on lists written in
// Go, and the heapq module, written in Python on top of them.
package heapq

import (
	_ "embed"
	"fmt"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

type (
	Object = vm.Object
	Tuple  = vm.Tuple
)

//go:embed heapq.py
var source string

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "heapq", Source: source})
	vm.RegisterModule(&vm.ModuleDef{Name: "_heapq", Init: initModule})
}

// The heap invariant: heap[k] <= heap[2k+1] and heap[k] <= heap[2k+2]
// (with max heaps for the _max variants), compared with < only, as
// CPython's heapq does, so that the same operations leave lists in the
// same order.

// less compares two items of a heap; max heaps compare the other way.
func less(t *vm.Thread, a, b Object, max bool) (bool, error) {
	if max {
		return vm.Less(t, b, a)
	}
	return vm.Less(t, a, b)
}

var errChanged = func() error { return vm.NewError(py.RuntimeError, "list changed size during iteration") }

// siftDown moves the item at pos up towards startpos while it is
// smaller than its parent.
func siftDown(t *vm.Thread, l *py.List, startpos, pos int, max bool) error {
	n := len(l.Items)
	newitem := l.Items[pos]
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		parent := l.Items[parentpos]
		lt, err := less(t, newitem, parent, max)
		if err != nil {
			return err
		}
		if len(l.Items) != n {
			return errChanged()
		}
		if !lt {
			break
		}
		l.Items[pos] = parent
		pos = parentpos
	}
	l.Items[pos] = newitem
	return nil
}

// siftUp moves the smaller child up until a leaf is reached, puts the
// item from pos there, then sifts it back down into place: fewer
// comparisons than stopping early, on average.
func siftUp(t *vm.Thread, l *py.List, pos int, max bool) error {
	endpos := len(l.Items)
	startpos := pos
	newitem := l.Items[pos]
	childpos := 2*pos + 1
	for childpos < endpos {
		rightpos := childpos + 1
		if rightpos < endpos {
			lt, err := less(t, l.Items[childpos], l.Items[rightpos], max)
			if err != nil {
				return err
			}
			if len(l.Items) != endpos {
				return errChanged()
			}
			if !lt {
				childpos = rightpos
			}
		}
		l.Items[pos] = l.Items[childpos]
		pos = childpos
		childpos = 2*pos + 1
	}
	l.Items[pos] = newitem
	return siftDown(t, l, startpos, pos, max)
}

func listArg(fn string, o Object, one bool) (*py.List, error) {
	l, ok := vm.Unwrap(o).(*py.List)
	if !ok {
		if one {
			return nil, vm.NewError(py.TypeError, fmt.Sprintf("%s() argument must be list, not %s", fn, vm.TypeName(o)))
		}
		return nil, vm.NewError(py.TypeError, fmt.Sprintf("%s() argument 1 must be list, not %s", fn, vm.TypeName(o)))
	}
	return l, nil
}

func pop(t *vm.Thread, l *py.List, max bool) (Object, error) {
	n := len(l.Items)
	if n == 0 {
		return nil, vm.NewError(py.IndexError, "index out of range")
	}
	last := l.Items[n-1]
	l.Items = l.Items[:n-1]
	if n == 1 {
		return last, nil
	}
	r := l.Items[0]
	l.Items[0] = last
	return r, siftUp(t, l, 0, max)
}

func replace(t *vm.Thread, l *py.List, item Object, max bool) (Object, error) {
	if len(l.Items) == 0 {
		return nil, vm.NewError(py.IndexError, "index out of range")
	}
	r := l.Items[0]
	l.Items[0] = item
	return r, siftUp(t, l, 0, max)
}

func heapify(t *vm.Thread, l *py.List, max bool) error {
	for i := len(l.Items)/2 - 1; i >= 0; i-- {
		if err := siftUp(t, l, i, max); err != nil {
			return err
		}
		if i >= len(l.Items) {
			return errChanged()
		}
	}
	return nil
}

func initModule(t *vm.Thread, m *vm.Module) error {
	m.Set("__doc__", py.String("The list operations behind heapq."))
	add := func(name string, fn vm.BuiltinFn, doc string) {
		m.Set(name, vm.NewModuleFunction("_heapq", name, fn, doc))
	}
	add("heappush", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("_heapq.heappush", "heappush", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		l, err := listArg("heappush", args[0], false)
		if err != nil {
			return nil, err
		}
		l.Items = append(l.Items, args[1])
		return vm.None, siftDown(t, l, 0, len(l.Items)-1, false)
	}, "heappush(heap, item): add item to the heap.")
	for _, v := range []struct {
		name string
		max  bool
	}{{"heappop", false}, {"_heappop_max", true}} {
		v := v
		add(v.name, func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := vm.CheckOneArg("_heapq."+v.name, args, kwnames); err != nil {
				return nil, err
			}
			l, err := listArg(v.name, args[0], true)
			if err != nil {
				return nil, err
			}
			return pop(t, l, v.max)
		}, "Remove and return the heap's smallest item (its largest for the _max form).")
	}
	for _, v := range []struct {
		name string
		max  bool
	}{{"heapreplace", false}, {"_heapreplace_max", true}} {
		v := v
		add(v.name, func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := vm.CheckPositional("_heapq."+v.name, v.name, args, kwnames, 2, 2); err != nil {
				return nil, err
			}
			l, err := listArg(v.name, args[0], false)
			if err != nil {
				return nil, err
			}
			return replace(t, l, args[1], v.max)
		}, "Remove and return the smallest item, then add item (one sift instead of two).")
	}
	add("heappushpop", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("_heapq.heappushpop", "heappushpop", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		l, err := listArg("heappushpop", args[0], false)
		if err != nil {
			return nil, err
		}
		item := args[1]
		if len(l.Items) == 0 {
			return item, nil
		}
		lt, err := vm.Less(t, l.Items[0], item)
		if err != nil {
			return nil, err
		}
		if !lt {
			return item, nil
		}
		if len(l.Items) == 0 {
			return nil, vm.NewError(py.IndexError, "index out of range")
		}
		return replace(t, l, item, false)
	}, "Add item, then remove and return the smallest item (one sift at most).")
	for _, v := range []struct {
		name string
		max  bool
	}{{"heapify", false}, {"_heapify_max", true}} {
		v := v
		add(v.name, func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := vm.CheckOneArg("_heapq."+v.name, args, kwnames); err != nil {
				return nil, err
			}
			l, err := listArg(v.name, args[0], true)
			if err != nil {
				return nil, err
			}
			return vm.None, heapify(t, l, v.max)
		}, "Reorder a list in place, in linear time, so that it is a heap.")
	}
	return nil
}
