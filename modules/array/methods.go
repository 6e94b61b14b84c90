package array

import (
	"encoding/binary"
	"fmt"
	"math"
	"strings"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/gilpy/gilpy/interp/pystr"
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

// method defines a method taking between min and max arguments after self.
func method(name string, min, max int, doc string, fn func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error)) {
	arrayClass.DefMethod(name, func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkArgs(name, args[1:], kwnames, min, max); err != nil {
			return nil, err
		}
		return fn(t, selfArray(args[0]), args[0], args[1:])
	}, doc, "nounwrap")
}

// checkArgs gives the argument-count errors of array's methods, worded
// as CPython's argument parsers word them for each kind of signature.
func checkArgs(name string, args []Object, kwnames Tuple, min, max int) error {
	if len(kwnames) > 0 {
		return vm.Errorf(py.TypeError, "array.%s() takes no keyword arguments", name)
	}
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	switch {
	case max == 0:
		return vm.Errorf(py.TypeError, "array.%s() takes no arguments (%d given)", name, n)
	case min == 1 && max == 1:
		return vm.Errorf(py.TypeError, "array.%s() takes exactly one argument (%d given)", name, n)
	case name == "fromfile":
		return vm.Errorf(py.TypeError, "fromfile() takes exactly %d positional arguments (%d given)", max, n)
	case min == max:
		return vm.Errorf(py.TypeError, "%s expected %d %s, got %d", name, min, vm.Plural(min, "argument", "arguments"), n)
	case n < min:
		return vm.Errorf(py.TypeError, "%s expected at least %d %s, got %d", name, min, vm.Plural(min, "argument", "arguments"), n)
	}
	return vm.Errorf(py.TypeError, "%s expected at most %d %s, got %d", name, max, vm.Plural(max, "argument", "arguments"), n)
}

func (a *arrayObj) list() *py.List {
	n := a.Len()
	items := make([]Object, n)
	for i := range items {
		items[i] = a.get(i)
	}
	return &py.List{Items: items}
}

func (a *arrayObj) unicode() string {
	var b []byte
	for i := 0; i < len(a.data); i += 4 {
		b = pystr.AppendRune(b, rune(binary.LittleEndian.Uint32(a.data[i:])))
	}
	return string(b)
}

// find returns the index of the first item equal to v in [start, stop),
// or -1.
func (a *arrayObj) find(t *vm.Thread, v Object, start, stop int) (int, error) {
	for i := start; i < stop && i < a.Len(); i++ {
		eq, err := vm.Equal(t, a.get(i), v)
		if err != nil {
			return 0, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

func (a *arrayObj) deleteRange(lo, hi int) {
	a.data = append(a.data[:lo*a.size], a.data[hi*a.size:]...)
}

// otherArray returns o as an array, or nil.
func otherArray(o Object) *arrayObj {
	if b, ok := vm.Unwrap(o).(*arrayObj); ok {
		return b
	}
	return nil
}

func typeNameQuoted(o Object) string { return "\"" + vm.TypeName(o) + "\"" }

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "array", Init: initModule})

	c := arrayClass
	c.SetCollectionFlagsStatic(vm.CollectionSequence)
	c.DefMethod("__new__", arrayNew, "Make a new instance of the type.", "static")
	c.DefAttr("__hash__", vm.None)
	c.DefGetSet("typecode", func(t *vm.Thread, o Object) (Object, error) {
		return py.String(string(selfArray(o).code)), nil
	}, nil)
	c.DefGetSet("itemsize", func(t *vm.Thread, o Object) (Object, error) {
		return vm.NewInt(int64(selfArray(o).size)), nil
	}, nil)

	method("append", 1, 1, "Add one item at the end.", func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		return vm.None, a.appendValues(t, args)
	})
	method("buffer_info", 0, 0, "Return (address, length) of the array's memory.\n\nThe address is where the items are; it changes when the array grows.", func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		return Tuple{vm.NewInt(int64(vm.ObjectAddress(a))), vm.NewInt(int64(a.Len()))}, nil
	})
	method("byteswap", 0, 0, "Reverse the byte order of every item.", func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		for i := 0; i < len(a.data); i += a.size {
			item := a.data[i : i+a.size]
			for j, k := 0, a.size-1; j < k; j, k = j+1, k-1 {
				item[j], item[k] = item[k], item[j]
			}
		}
		return vm.None, nil
	})
	method("count", 1, 1, "Return the number of items equal to v.", func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		n := 0
		for i := 0; i < a.Len(); i++ {
			eq, err := vm.Equal(t, a.get(i), args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				n++
			}
		}
		return vm.NewInt(int64(n)), nil
	})
	method("extend", 1, 1, "Append the items of an iterable (an array of the same typecode, or values).", func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		return vm.None, a.extend(t, args[0])
	})
	method("frombytes", 1, 1, "Append the items whose machine values are the bytes of buffer.", func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		b, err := vm.BytesOf(t, args[0])
		if err != nil {
			return nil, err
		}
		return vm.None, a.fromBytes(append([]byte{}, b...))
	})
	method("fromfile", 2, 2, "Read n items (as machine values) from the binary file f and append them.", func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		n, err := vm.IndexInt(t, args[1])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, vm.NewError(py.ValueError, "negative count")
		}
		if n > math.MaxInt64/a.size {
			return nil, vm.NewException(py.MemoryError)
		}
		want := n * a.size
		r, err := vm.CallMethod(t, args[0], "read", []Object{vm.NewInt(int64(want))}, nil)
		if err != nil {
			return nil, err
		}
		b, ok := vm.Unwrap(r).(py.Bytes)
		if !ok {
			return nil, vm.NewError(py.TypeError, "read() didn't return bytes")
		}
		full := len(b) / a.size * a.size
		a.data = append(a.data, b[:full]...)
		if len(b) != want {
			return nil, vm.NewError(py.EOFError, "read() didn't return enough bytes")
		}
		return vm.None, nil
	})
	method("fromlist", 1, 1, "Append the items of a list (all of them, or none if one is unfit).", func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		l, ok := vm.Unwrap(args[0]).(*py.List)
		if !ok {
			return nil, vm.NewError(py.TypeError, "arg must be list")
		}
		return vm.None, a.appendValues(t, append([]Object{}, l.Items...))
	})
	method("fromunicode", 1, 1, "Append the characters of a str to a 'u' array.", func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		s, ok := vm.Unwrap(args[0]).(py.String)
		if !ok {
			return nil, vm.Errorf(py.TypeError, "fromunicode() argument must be str, not %s", vm.TypeName(args[0]))
		}
		if a.code != 'u' {
			return nil, vm.NewError(py.ValueError, "fromunicode() may only be called on unicode type arrays")
		}
		a.fromUnicode(string(s))
		return vm.None, nil
	})
	method("index", 1, 3, "Return the index of the first item equal to v, between start and stop.", func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		start, stop := 0, a.Len()
		bound := func(o Object) (int, error) {
			i, err := vm.IndexInt(t, o)
			if err != nil {
				return 0, err
			}
			if i < 0 {
				i += a.Len()
				if i < 0 {
					i = 0
				}
			}
			return i, nil
		}
		var err error
		if len(args) > 1 {
			if start, err = bound(args[1]); err != nil {
				return nil, err
			}
		}
		if len(args) > 2 {
			if stop, err = bound(args[2]); err != nil {
				return nil, err
			}
		}
		i, err := a.find(t, args[0], start, stop)
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, vm.NewError(py.ValueError, "array.index(x): x not in array")
		}
		return vm.NewInt(int64(i)), nil
	})
	method("insert", 2, 2, "Insert v before position i.", func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		i, err := vm.IndexInt(t, args[0])
		if err != nil {
			return nil, err
		}
		n := a.Len()
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		item := make([]byte, a.size)
		if err := a.encode(t, args[1], item); err != nil {
			return nil, err
		}
		a.data = append(a.data[:i*a.size], append(item, a.data[i*a.size:]...)...)
		return vm.None, nil
	})
	method("pop", 0, 1, "Remove and return item i (the last by default).", func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		i := -1
		if len(args) > 0 {
			var err error
			if i, err = vm.IndexInt(t, args[0]); err != nil {
				return nil, err
			}
		}
		n := a.Len()
		if n == 0 {
			return nil, vm.NewError(py.IndexError, "pop from empty array")
		}
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, vm.NewError(py.IndexError, "pop index out of range")
		}
		v := a.get(i)
		a.deleteRange(i, i+1)
		return v, nil
	})
	method("remove", 1, 1, "Remove the first item equal to v.", func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		i, err := a.find(t, args[0], 0, a.Len())
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, vm.NewError(py.ValueError, "array.remove(x): x not in array")
		}
		a.deleteRange(i, i+1)
		return vm.None, nil
	})
	method("reverse", 0, 0, "Reverse the order of the items in place.", func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		tmp := make([]byte, a.size)
		for i, j := 0, a.Len()-1; i < j; i, j = i+1, j-1 {
			x, y := a.data[i*a.size:(i+1)*a.size], a.data[j*a.size:(j+1)*a.size]
			copy(tmp, x)
			copy(x, y)
			copy(y, tmp)
		}
		return vm.None, nil
	})
	method("tobytes", 0, 0, "Return the items' machine values as bytes.", func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		return py.Bytes(append([]byte{}, a.data...)), nil
	})
	method("tofile", 1, 1, "Write the items' machine values to the binary file f.", func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		const block = 64 * 1024
		data := append([]byte{}, a.data...)
		for off := 0; off < len(data); off += block {
			end := min(off+block, len(data))
			if _, err := vm.CallMethod(t, args[0], "write", []Object{py.Bytes(data[off:end])}, nil); err != nil {
				return nil, err
			}
		}
		return vm.None, nil
	})
	method("tolist", 0, 0, "Return the items as a list.", func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		return a.list(), nil
	})
	method("tounicode", 0, 0, "Return the characters of a 'u' array as a str.", func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		if a.code != 'u' {
			return nil, vm.NewError(py.ValueError, "tounicode() may only be called on unicode type arrays")
		}
		return py.String(a.unicode()), nil
	})

	method("__len__", 0, 0, "Return len(self).", func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		return vm.NewInt(int64(a.Len())), nil
	})
	method("__getitem__", 1, 1, "Return self[key].", func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		k := args[0]
		if s, ok := k.(*py.Slice); ok {
			start, stop, step, err := vm.SliceIndices(t, s, a.Len())
			if err != nil {
				return nil, err
			}
			var data []byte
			for i := start; step > 0 && i < stop || step < 0 && i > stop; i += step {
				data = append(data, a.data[i*a.size:(i+1)*a.size]...)
			}
			return newArray(arrayClass.T(), a.code, data), nil
		}
		if !isIndexable(k) {
			return nil, vm.NewError(py.TypeError, "array indices must be integers")
		}
		i, err := a.index(t, k, "array index out of range")
		if err != nil {
			return nil, err
		}
		return a.get(i), nil
	})
	method("__setitem__", 2, 2, "Replace the item (or slice) at key.", func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		return vm.None, a.setItem(t, args[0], args[1])
	})
	method("__delitem__", 1, 1, "Delete self[key].", func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		return vm.None, a.delItem(t, args[0])
	})
	method("__contains__", 1, 1, "Return key in self.", func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		i, err := a.find(t, args[0], 0, a.Len())
		if err != nil {
			return nil, err
		}
		return py.Bool(i >= 0), nil
	})
	method("__iter__", 0, 0, "Implement iter(self).", func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		return &arrayIter{a: a}, nil
	})
	method("__add__", 1, 1, "Return self+value.", func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		b := otherArray(args[0])
		if b == nil {
			return nil, vm.Errorf(py.TypeError, "can only append array (not %s) to array", typeNameQuoted(args[0]))
		}
		if b.code != a.code {
			return nil, vm.NewError(py.TypeError, "bad argument type for built-in operation")
		}
		data := append(append([]byte{}, a.data...), b.data...)
		return newArray(arrayClass.T(), a.code, data), nil
	})
	method("__iadd__", 1, 1, "Implement self+=value.", func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		b := otherArray(args[0])
		if b == nil {
			return nil, vm.Errorf(py.TypeError, "can only extend array with array (not %s)", typeNameQuoted(args[0]))
		}
		if err := a.extend(t, args[0]); err != nil {
			return nil, err
		}
		return self, nil
	})
	mul := func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		if !isIndexable(args[0]) {
			return nil, vm.Errorf(py.TypeError, "can't multiply sequence by non-int of type '%s'", vm.TypeName(args[0]))
		}
		n, err := vm.IndexInt(t, args[0])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			n = 0
		}
		if n > 0 && len(a.data) > math.MaxInt32*16/n {
			return nil, vm.NewException(py.MemoryError)
		}
		return newArray(arrayClass.T(), a.code, []byte(strings.Repeat(string(a.data), n))), nil
	}
	method("__mul__", 1, 1, "Return self*value.", mul)
	method("__rmul__", 1, 1, "Return value*self.", mul)
	method("__imul__", 1, 1, "Implement self*=value.", func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		if !isIndexable(args[0]) {
			return vm.NotImplemented, nil
		}
		n, err := vm.IndexInt(t, args[0])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			n = 0
		}
		if n > 0 && len(a.data) > math.MaxInt32*16/n {
			return nil, vm.NewException(py.MemoryError)
		}
		a.data = []byte(strings.Repeat(string(a.data), n))
		return self, nil
	})
	for _, op := range []struct {
		name string
		op   bytecode.CompareOp
	}{{"__lt__", bytecode.CmpLt}, {"__le__", bytecode.CmpLe}, {"__eq__", bytecode.CmpEq}, {"__ne__", bytecode.CmpNe}, {"__gt__", bytecode.CmpGt}, {"__ge__", bytecode.CmpGe}} {
		op := op
		method(op.name, 1, 1, "Return self"+map[string]string{"__lt__": "<", "__le__": "<=", "__eq__": "==", "__ne__": "!=", "__gt__": ">", "__ge__": ">="}[op.name]+"value.", func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
			b := otherArray(args[0])
			if b == nil {
				return vm.NotImplemented, nil
			}
			return compare(t, a, b, op.op)
		})
	}
	method("__repr__", 0, 0, "Return repr(self).", func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		name := vm.ClassOfObject(self).ShortName()
		if a.Len() == 0 {
			return py.String(fmt.Sprintf("%s('%c')", name, a.code)), nil
		}
		var items Object
		if a.code == 'u' {
			items = py.String(a.unicode())
		} else {
			items = a.list()
		}
		r, err := vm.ReprString(t, items)
		if err != nil {
			return nil, err
		}
		return py.String(fmt.Sprintf("%s('%c', %s)", name, a.code, r)), nil
	})
	copyFn := func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		return newArray(arrayClass.T(), a.code, append([]byte{}, a.data...)), nil
	}
	method("__copy__", 0, 0, "A new array with the same typecode and items.", copyFn)
	method("__deepcopy__", 1, 1, "A new array with the same typecode and items.", copyFn)
	method("__sizeof__", 0, 0, "Bytes the array takes, by gilpy's estimate.", func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		return vm.NewInt(int64(64 + cap(a.data))), nil
	})
	method("__reduce_ex__", 1, 1, "Describe how pickle rebuilds this object.", func(t *vm.Thread, a *arrayObj, self Object, args []Object) (Object, error) {
		if !vm.IsInstance(args[0], py.IntType) {
			return nil, vm.NewError(py.TypeError, "__reduce_ex__ argument should be an integer")
		}
		proto, err := vm.IndexInt(t, args[0])
		if err != nil {
			return nil, err
		}
		state, err := vm.GetAttrOr(t, self, "__dict__", vm.None)
		if err != nil {
			return nil, err
		}
		if d, ok := state.(*vm.Dict); ok && d.Len() == 0 {
			state = vm.None
		}
		cls := vm.TypeOf(self)
		if proto < 3 {
			var items Object = a.list()
			return Tuple{cls, Tuple{py.String(string(a.code)), items}, state}, nil
		}
		return Tuple{reconstructor, Tuple{cls, py.String(string(a.code)), vm.NewInt(int64(nativeFormat(a.code))), py.Bytes(append([]byte{}, a.data...))}, state}, nil
	})
	c.Ready()

	iterClass.DefIterator()
	iterClass.Ready()
}

func (a *arrayObj) extend(t *vm.Thread, o Object) error {
	if b := otherArray(o); b != nil {
		if b.code != a.code {
			return vm.NewError(py.TypeError, "can only extend with array of same kind")
		}
		a.data = append(a.data, b.data...)
		return nil
	}
	return a.extendIterable(t, o)
}

func (a *arrayObj) setItem(t *vm.Thread, k, v Object) error {
	if s, ok := k.(*py.Slice); ok {
		b := otherArray(v)
		if b == nil {
			return vm.Errorf(py.TypeError, "can only assign array (not %s) to array slice", typeNameQuoted(v))
		}
		if b.code != a.code {
			return vm.NewError(py.TypeError, "bad argument type for built-in operation")
		}
		src := append([]byte{}, b.data...)
		start, stop, step, err := vm.SliceIndices(t, s, a.Len())
		if err != nil {
			return err
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			a.data = append(a.data[:start*a.size], append(src, a.data[stop*a.size:]...)...)
			return nil
		}
		var idx []int
		for i := start; step > 0 && i < stop || step < 0 && i > stop; i += step {
			idx = append(idx, i)
		}
		if len(src)/a.size != len(idx) {
			return vm.Errorf(py.ValueError, "attempt to assign array of size %d to extended slice of size %d", len(src)/a.size, len(idx))
		}
		for j, i := range idx {
			copy(a.data[i*a.size:(i+1)*a.size], src[j*a.size:])
		}
		return nil
	}
	if !isIndexable(k) {
		return vm.NewError(py.TypeError, "array indices must be integers")
	}
	i, err := a.index(t, k, "array assignment index out of range")
	if err != nil {
		return err
	}
	return a.encode(t, v, a.data[i*a.size:])
}

func (a *arrayObj) delItem(t *vm.Thread, k Object) error {
	if s, ok := k.(*py.Slice); ok {
		start, stop, step, err := vm.SliceIndices(t, s, a.Len())
		if err != nil {
			return err
		}
		if step < 0 {
			// The same items, walked upwards.
			n := 0
			for i := start; i > stop; i += step {
				n++
			}
			if n == 0 {
				return nil
			}
			start, stop, step = start+(n-1)*step, start+1, -step
		}
		if step == 1 {
			if stop > start {
				a.deleteRange(start, stop)
			}
			return nil
		}
		var keep []byte
		for i := 0; i < a.Len(); i++ {
			if i >= start && i < stop && (i-start)%step == 0 {
				continue
			}
			keep = append(keep, a.data[i*a.size:(i+1)*a.size]...)
		}
		a.data = keep
		return nil
	}
	if !isIndexable(k) {
		return vm.NewError(py.TypeError, "array indices must be integers")
	}
	i, err := a.index(t, k, "array assignment index out of range")
	if err != nil {
		return err
	}
	a.deleteRange(i, i+1)
	return nil
}

// compare orders two arrays item by item, as sequences compare.
func compare(t *vm.Thread, a, b *arrayObj, op bytecode.CompareOp) (Object, error) {
	na, nb := a.Len(), b.Len()
	if na != nb && (op == bytecode.CmpEq || op == bytecode.CmpNe) {
		return py.Bool(op == bytecode.CmpNe), nil
	}
	i := 0
	for ; i < na && i < nb; i++ {
		x, y := a.get(i), b.get(i)
		eq, err := vm.Equal(t, x, y)
		if err != nil {
			return nil, err
		}
		if !eq {
			break
		}
	}
	if i >= na || i >= nb {
		var r bool
		switch op {
		case bytecode.CmpLt:
			r = na < nb
		case bytecode.CmpLe:
			r = na <= nb
		case bytecode.CmpEq:
			r = na == nb
		case bytecode.CmpNe:
			r = na != nb
		case bytecode.CmpGt:
			r = na > nb
		case bytecode.CmpGe:
			r = na >= nb
		}
		return py.Bool(r), nil
	}
	switch op {
	case bytecode.CmpEq:
		return py.False, nil
	case bytecode.CmpNe:
		return py.True, nil
	}
	return vm.RichCompare(t, a.get(i), b.get(i), op)
}

// arrayIter walks an array by index, seeing changes made meanwhile.
type arrayIter struct {
	a    *arrayObj
	i    int
	done bool
}

func (it *arrayIter) Type() *py.Type { return &iterClass.Type }

func (it *arrayIter) Next(t *vm.Thread) (Object, bool, error) {
	if it.done || it.i >= it.a.Len() {
		it.done = true
		return nil, false, nil
	}
	v := it.a.get(it.i)
	it.i++
	return v, true, nil
}
