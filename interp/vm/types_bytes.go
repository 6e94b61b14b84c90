package vm

import (
	"strings"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/gilpy/gilpy/interp/format"
	"github.com/gilpy/gilpy/interp/pystr"
	"github.com/go-python/gpython/py"
)

// bytes and bytearray: construction, operators, item access and
// bytearray's mutation. The methods they share are in bytes_methods.go,
// memoryview in memoryview.go.

var ByteArrayType = newBuiltinType("bytearray", "bytearray(iterable_of_ints) -> bytearray", nil)

// ByteArray is a mutable bytes buffer.
type ByteArray struct{ b []byte }

// Type implements py.Object.
func (b *ByteArray) Type() *Type { return &ByteArrayType.Type }

// Bytes returns the bytearray's contents (not a copy).
func (b *ByteArray) Bytes() []byte { return b.b }

// bytesOf returns the buffer of a bytes-like object: bytes, bytearray or
// memoryview (a contiguous view's bytes are not copied).
func bytesOf(t *Thread, o Object) ([]byte, error) {
	switch v := unwrap(o).(type) {
	case py.Bytes:
		return v, nil
	case *ByteArray:
		return v.b, nil
	case *MemoryView:
		return v.contents()
	case BufferExporter:
		return v.BufferData(), nil
	}
	return nil, Errorf(py.TypeError, "a bytes-like object is required, not '%s'", TypeName(o))
}

// BytesOf returns the contents of a bytes-like object (bytes, bytearray,
// memoryview), or CPython's TypeError for anything else. The result may
// share the object's memory: copy it to keep it.
func BytesOf(t *Thread, o Object) ([]byte, error) { return bytesOf(t, o) }

// reprBytes is repr() of bytes.
func reprBytes(b []byte) string { return pystr.BytesRepr(view(b)) }

// reprByteArray is repr() of a bytearray: the bytes repr, except that,
// as in CPython, a single quote is always escaped.
func reprByteArray(name string, b []byte) string {
	r := pystr.BytesRepr(view(b))
	if r[1] == '"' {
		r = "b\"" + strings.ReplaceAll(r[2:len(r)-1], "'", "\\'") + "\""
	}
	return name + "(" + r + ")"
}

func bytesNew(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	typ := args[0].(*py.Type)
	var src, enc, errs Object
	if _, err := ParseClinic(&Params{Func: "bytes", Names: []string{"source", "encoding", "errors"}, KwOnly: -1}, args[1:], kwnames, &src, &enc, &errs); err != nil {
		return nil, err
	}
	b, err := bytesFromArgs(t, "bytes", src, enc, errs)
	if err != nil {
		return nil, err
	}
	return newInstanceOf(typ, py.BytesType, py.Bytes(b)), nil
}

// bytesFromArgs is the shared constructor logic of bytes and bytearray.
func bytesFromArgs(t *Thread, name string, src, enc, errs Object) ([]byte, error) {
	if s, ok := unwrap(src).(py.String); ok {
		if enc == nil {
			return nil, NewError(py.TypeError, "string argument without an encoding")
		}
		e, err := argString(name, 2, enc)
		if err != nil {
			return nil, err
		}
		er := "strict"
		if errs != nil {
			if er, err = argString(name, 3, errs); err != nil {
				return nil, err
			}
		}
		r, err := EncodeText(t, string(s), e, er)
		if err != nil {
			return nil, err
		}
		return []byte(r.(py.Bytes)), nil
	}
	switch {
	case enc != nil:
		return nil, NewError(py.TypeError, "encoding without a string argument")
	case errs != nil:
		return nil, NewError(py.TypeError, "errors without a string argument")
	case src == nil:
		return []byte{}, nil
	}
	if name == "bytes" {
		if m := classOfObject(src).Lookup("__bytes__"); m != nil {
			r, err := callMethod(t, m, src, nil, nil)
			if err != nil {
				return nil, err
			}
			b, ok := unwrap(r).(py.Bytes)
			if !ok {
				return nil, Errorf(py.TypeError, "__bytes__ returned non-bytes (type %s)", TypeName(r))
			}
			return b, nil
		}
	}
	if b, err := bytesOf(t, src); err == nil {
		return append([]byte{}, b...), nil
	} else if _, isView := unwrap(src).(*MemoryView); isView {
		return nil, err
	}
	if hasIndex(src) {
		n, err := IndexValue(t, src)
		if err != nil {
			return nil, err
		}
		if n.Sign() < 0 {
			return nil, NewError(py.ValueError, "negative count")
		}
		if !n.IsInt64() || n.Int64() > int64(pystr.MaxResultBytes) {
			return nil, NewError(py.OverflowError, "cannot fit 'int' into an index-sized integer")
		}
		return make([]byte, n.Int64()), nil
	}
	if _, isStr := unwrap(src).(py.String); !isStr && !hasIter(src) {
		return nil, Errorf(py.TypeError, "cannot convert '%s' object to %s", TypeName(src), name)
	}
	return bytesFromInts(t, name, src)
}

// bytesFromInts collects the bytes of an iterable of integers.
func bytesFromInts(t *Thread, name string, src Object) ([]byte, error) {
	rangeMsg := "bytes must be in range(0, 256)"
	if name == "bytearray" {
		rangeMsg = "byte must be in range(0, 256)"
	}
	out := []byte{}
	err := ForEach(t, src, func(v Object) (bool, error) {
		if x, ok := v.(py.Int); ok && x >= 0 && x <= 255 {
			out = append(out, byte(x))
			return true, nil
		}
		if !hasIndex(v) {
			return false, Errorf(py.TypeError, "'%s' object cannot be interpreted as an integer", TypeName(v))
		}
		n, err := IndexValue(t, v)
		if err != nil {
			return false, err
		}
		if !n.IsInt64() || n.Int64() < 0 || n.Int64() > 255 {
			return false, NewError(py.ValueError, rangeMsg)
		}
		out = append(out, byte(n.Int64()))
		return true, nil
	})
	return out, err
}

// bytesNumeric implements + * % for bytes and bytearray (self is the
// builtin value).
func bytesNumeric(t *Thread, op bytecode.BinaryOp, self, other Object, reflected bool) (Object, error) {
	k := kindBytes
	if _, ok := self.(*ByteArray); ok {
		k = kindByteArray
	}
	b := bytesData(self)
	switch op.Base() {
	case bytecode.OpAdd:
		o, err := bytesOf(t, other)
		if err != nil {
			return NotImplemented, nil
		}
		r := make([]byte, 0, len(b)+len(o))
		if reflected {
			return k.make(append(append(r, o...), b...)), nil
		}
		return k.make(append(append(r, b...), o...)), nil
	case bytecode.OpMultiply:
		if !hasIndex(other) {
			return NotImplemented, nil
		}
		n, err := repeatCount(t, other)
		if err != nil {
			return nil, err
		}
		if n <= 0 || len(b) == 0 {
			return k.make([]byte{}), nil
		}
		if len(b)*n/n != len(b) || len(b)*n > pystr.MaxResultBytes {
			return nil, NewError(py.MemoryError, "")
		}
		return k.make([]byte(strings.Repeat(view(b), n))), nil
	case bytecode.OpRemainder:
		if reflected {
			return NotImplemented, nil
		}
		r, err := t.percentFormatBytes(b, other)
		if err != nil {
			return nil, err
		}
		return k.make(r), nil
	}
	return NotImplemented, nil
}

// bytesCompare compares bytes and bytearray with each other by contents.
func bytesCompare(t *Thread, op bytecode.CompareOp, self, other Object) (Object, error) {
	var o []byte
	switch v := other.(type) {
	case py.Bytes:
		o = v
	case *ByteArray:
		o = v.b
	default:
		if _, ok := self.(*ByteArray); ok {
			// bytearray compares with any object exporting a buffer.
			if mv, ok := v.(*MemoryView); ok {
				b, err := mv.contents()
				if err != nil {
					return nil, err
				}
				o = b
				break
			}
		}
		return NotImplemented, nil
	}
	return NewBool(cmpResult(op, strings.Compare(view(bytesData(self)), view(o)))), nil
}

// bytesGetItem implements b[i] and b[i:j:k] for bytes and bytearray.
func bytesGetItem(t *Thread, k *bytesKind, b []byte, key Object) (Object, error) {
	if s, ok := key.(*py.Slice); ok {
		start, stop, step, err := sliceIndices(t, s, len(b))
		if err != nil {
			return nil, err
		}
		n := sliceLen(start, stop, step)
		if step == 1 {
			return k.make(append([]byte{}, b[start:start+n]...)), nil
		}
		out := make([]byte, n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			out[i] = b[j]
		}
		return k.make(out), nil
	}
	what := "byte"
	if k.isArray {
		what = "bytearray"
	}
	i, err := seqIndex(t, key, len(b), what)
	if err != nil {
		return nil, err
	}
	if i < 0 {
		if k.isArray {
			return nil, NewError(py.IndexError, "bytearray index out of range")
		}
		return nil, NewError(py.IndexError, "index out of range")
	}
	return NewInt(int64(b[i])), nil
}

// bytesContains implements x in b.
func bytesContains(t *Thread, b []byte, x Object) (bool, error) {
	if hasIndex(x) {
		c, err := byteValue(t, x)
		if err != nil {
			return false, err
		}
		return strings.IndexByte(view(b), c) >= 0, nil
	}
	sub, err := bytesOf(t, x)
	if err != nil {
		return false, err
	}
	return strings.Contains(view(b), view(sub)), nil
}

func init() {
	kindBytes.cls = bytesClass
	kindByteArray.cls = ByteArrayType
	c := bytesClass
	c.def("__new__", &BuiltinFunction{Name: "__new__", Fn: bytesNew, Self: py.BytesType})
	c.defBinary(bytesNumeric, false, int(bytecode.OpAdd), int(bytecode.OpMultiply), int(bytecode.OpRemainder))
	c.defCompare(bytesCompare)
	bh := c.defMethod("__hash__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return NewInt(int64(bytesHash(bytesData(args[0])))), nil
	}, "")
	bh.hash = func(t *Thread, o Object) (int64, error) { return int64(bytesHash(bytesData(o))), nil }
	bm := func(name string, min, max int, fn func(t *Thread, self Object, b []byte, a []Object) (Object, error)) {
		c.defMethod(name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := checkMethodArgs(name, args, kwnames, min, max); err != nil {
				return nil, err
			}
			return fn(t, args[0], bytesData(args[0]), args[1:])
		}, "")
	}
	bm("__repr__", 0, 0, func(t *Thread, self Object, b []byte, a []Object) (Object, error) {
		return py.String(reprBytes(b)), nil
	})
	bm("__str__", 0, 0, func(t *Thread, self Object, b []byte, a []Object) (Object, error) {
		return py.String(reprBytes(b)), nil
	})
	bm("__len__", 0, 0, func(t *Thread, self Object, b []byte, a []Object) (Object, error) { return NewInt(int64(len(b))), nil })
	bm("__iter__", 0, 0, func(t *Thread, self Object, b []byte, a []Object) (Object, error) { return &bytesIterator{b: b}, nil })
	bm("__getitem__", 1, 1, func(t *Thread, self Object, b []byte, a []Object) (Object, error) {
		return bytesGetItem(t, kindBytes, b, a[0])
	})
	bm("__contains__", 1, 1, func(t *Thread, self Object, b []byte, a []Object) (Object, error) {
		r, err := bytesContains(t, b, a[0])
		return NewBool(r), err
	})
	c.defMethod("__bytes__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := kindBytes.noArgs("__bytes__", args, kwnames); err != nil {
			return nil, err
		}
		if b, ok := args[0].(py.Bytes); ok {
			return b, nil
		}
		return py.Bytes(append([]byte{}, bytesData(args[0])...)), nil
	}, "")
	defBytesMethods(kindBytes)
	defBytesMethods(kindByteArray)
	defByteArray()
}

func defByteArray() {
	ba := ByteArrayType
	ba.flags |= clsBaseType
	k := kindByteArray
	self := func(o Object) *ByteArray { return unwrap(o).(*ByteArray) }
	ba.def("__new__", &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return newInstanceOf(args[0].(*py.Type), ByteArrayType.T(), &ByteArray{b: []byte{}}), nil
	}})
	ba.defMethod("__init__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		var src, enc, errs Object
		if _, err := ParseClinic(&Params{Func: "bytearray", Names: []string{"source", "encoding", "errors"}, KwOnly: -1}, args[1:], kwnames, &src, &enc, &errs); err != nil {
			return nil, err
		}
		b, err := bytesFromArgs(t, "bytearray", src, enc, errs)
		if err != nil {
			return nil, err
		}
		self(args[0]).b = b
		return None, nil
	}, "")
	ba.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__repr__", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		return py.String(reprByteArray(TypeName(args[0]), self(args[0]).b)), nil
	}, "")
	ba.defMethod("__str__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return Repr(t, args[0])
	}, "", "nounwrap")
	ba.defMethod("__len__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return NewInt(int64(len(self(args[0]).b))), nil
	}, "")
	ba.def("__hash__", None)
	ba.defBinary(bytesNumeric, false, int(bytecode.OpAdd), int(bytecode.OpMultiply), int(bytecode.OpRemainder))
	ba.defCompare(bytesCompare)
	ba.defMethod("__getitem__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__getitem__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		return bytesGetItem(t, k, self(args[0]).b, args[1])
	}, "")
	ba.defMethod("__contains__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__contains__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		r, err := bytesContains(t, self(args[0]).b, args[1])
		return NewBool(r), err
	}, "")
	ba.defMethod("__setitem__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__setitem__", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		return None, byteArraySetItem(t, self(args[0]), args[1], args[2])
	}, "")
	ba.defMethod("__delitem__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__delitem__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		return None, byteArrayDelItem(t, self(args[0]), args[1])
	}, "")
	ba.defMethod("__iadd__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__iadd__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		b := self(args[0])
		o, err := bytesOf(t, args[1])
		if err != nil {
			return nil, Errorf(py.TypeError, "can't concat %s to %s", TypeName(args[1]), TypeName(args[0]))
		}
		b.b = append(b.b, o...)
		return args[0], nil
	}, "", "nounwrap")
	ba.defMethod("__imul__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__imul__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		if !hasIndex(args[1]) {
			return NotImplemented, nil
		}
		b := self(args[0])
		n, err := repeatCount(t, args[1])
		if err != nil {
			return nil, err
		}
		if n <= 0 || len(b.b) == 0 {
			b.b = b.b[:0]
			return args[0], nil
		}
		if len(b.b)*n/n != len(b.b) || len(b.b)*n > pystr.MaxResultBytes {
			return nil, NewError(py.MemoryError, "")
		}
		b.b = []byte(strings.Repeat(view(b.b), n))
		return args[0], nil
	}, "", "nounwrap")
	ba.defMethod("append", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := k.oneArg("append", args, kwnames); err != nil {
			return nil, err
		}
		c, err := byteValue(t, args[1])
		if err != nil {
			return nil, err
		}
		b := self(args[0])
		b.b = append(b.b, c)
		return None, nil
	}, "")
	ba.defMethod("extend", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := k.oneArg("extend", args, kwnames); err != nil {
			return nil, err
		}
		b := self(args[0])
		if o, err := bytesOf(t, args[1]); err == nil {
			b.b = append(b.b, o...)
			return None, nil
		}
		if !hasIter(args[1]) {
			return nil, Errorf(py.TypeError, "can't extend bytearray with %s", TypeName(args[1]))
		}
		more, err := bytesFromInts(t, "bytearray", args[1])
		if err != nil {
			return nil, err
		}
		b.b = append(b.b, more...)
		return None, nil
	}, "")
	ba.defMethod("insert", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := k.posArgs("insert", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		i, err := IndexInt(t, args[1])
		if err != nil {
			return nil, err
		}
		c, err := byteValue(t, args[2])
		if err != nil {
			return nil, err
		}
		b := self(args[0])
		n := len(b.b)
		if i < 0 {
			i = max(i+n, 0)
		}
		i = min(i, n)
		b.b = append(b.b, 0)
		copy(b.b[i+1:], b.b[i:])
		b.b[i] = c
		return None, nil
	}, "")
	ba.defMethod("pop", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := k.posArgs("pop", args, kwnames, 0, 1); err != nil {
			return nil, err
		}
		b := self(args[0])
		i := -1
		if len(args) == 2 {
			var err error
			if i, err = IndexInt(t, args[1]); err != nil {
				return nil, err
			}
		}
		n := len(b.b)
		if n == 0 {
			return nil, NewError(py.IndexError, "pop from empty bytearray")
		}
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, NewError(py.IndexError, "pop index out of range")
		}
		c := b.b[i]
		b.b = append(b.b[:i], b.b[i+1:]...)
		return NewInt(int64(c)), nil
	}, "")
	ba.defMethod("remove", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := k.oneArg("remove", args, kwnames); err != nil {
			return nil, err
		}
		c, err := byteValue(t, args[1])
		if err != nil {
			return nil, err
		}
		b := self(args[0])
		i := strings.IndexByte(view(b.b), c)
		if i < 0 {
			return nil, NewError(py.ValueError, "value not found in bytearray")
		}
		b.b = append(b.b[:i], b.b[i+1:]...)
		return None, nil
	}, "")
	ba.defMethod("reverse", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := k.noArgs("reverse", args, kwnames); err != nil {
			return nil, err
		}
		b := self(args[0]).b
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
		return None, nil
	}, "")
	ba.defMethod("clear", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := k.noArgs("clear", args, kwnames); err != nil {
			return nil, err
		}
		self(args[0]).b = []byte{}
		return None, nil
	}, "")
	ba.defMethod("copy", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := k.noArgs("copy", args, kwnames); err != nil {
			return nil, err
		}
		return &ByteArray{b: append([]byte{}, self(args[0]).b...)}, nil
	}, "")
	ba.defMethod("__alloc__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := k.noArgs("__alloc__", args, kwnames); err != nil {
			return nil, err
		}
		// CPython counts the trailing NUL it keeps.
		return NewInt(int64(cap(self(args[0]).b) + 1)), nil
	}, "")
}

// byteArraySetItem implements b[key] = v.
func byteArraySetItem(t *Thread, b *ByteArray, key, v Object) error {
	s, ok := key.(*py.Slice)
	if !ok {
		i, err := seqIndex(t, key, len(b.b), "bytearray")
		if err != nil {
			return err
		}
		if i < 0 {
			return NewError(py.IndexError, "bytearray index out of range")
		}
		c, err := byteValue(t, v)
		if err != nil {
			return err
		}
		b.b[i] = c
		return nil
	}
	start, stop, step, err := sliceIndices(t, s, len(b.b))
	if err != nil {
		return err
	}
	var src []byte
	switch {
	case v == None:
		return NewError(py.TypeError, "cannot convert 'NoneType' object to bytearray")
	default:
		if o, err := bytesOf(t, v); err == nil {
			src = append([]byte{}, o...)
		} else if _, isStr := unwrap(v).(py.String); isStr || hasIndex(v) || !hasIter(v) {
			return NewError(py.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
		} else if src, err = bytesFromInts(t, "bytearray", v); err != nil {
			return err
		}
	}
	n := sliceLen(start, stop, step)
	if step == 1 {
		if stop < start {
			stop = start
		}
		out := make([]byte, 0, len(b.b)-n+len(src))
		out = append(append(append(out, b.b[:start]...), src...), b.b[stop:]...)
		b.b = out
		return nil
	}
	if len(src) != n {
		return Errorf(py.ValueError, "attempt to assign bytes of size %d to extended slice of size %d", len(src), n)
	}
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		b.b[j] = src[i]
	}
	return nil
}

// byteArrayDelItem implements del b[key].
func byteArrayDelItem(t *Thread, b *ByteArray, key Object) error {
	s, ok := key.(*py.Slice)
	if !ok {
		i, err := seqIndex(t, key, len(b.b), "bytearray")
		if err != nil {
			return err
		}
		if i < 0 {
			return NewError(py.IndexError, "bytearray index out of range")
		}
		b.b = append(b.b[:i], b.b[i+1:]...)
		return nil
	}
	start, stop, step, err := sliceIndices(t, s, len(b.b))
	if err != nil {
		return err
	}
	n := sliceLen(start, stop, step)
	if n == 0 {
		return nil
	}
	if step < 0 {
		start += step * (n - 1)
		step = -step
	}
	drop := make(map[int]bool, n)
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		drop[j] = true
	}
	out := b.b[:0]
	for i, c := range b.b {
		if !drop[i] {
			out = append(out, c)
		}
	}
	b.b = out
	return nil
}

// bytesPercentArg presents an operand of bytes % to the formatting engine.
type bytesPercentArg struct{ percentArg }

func (a bytesPercentArg) Bytes() ([]byte, bool, error) {
	if b, err := bytesOf(a.t, a.o); err == nil {
		return b, true, nil
	}
	if m := classOfObject(a.o).Lookup("__bytes__"); m != nil {
		r, err := callMethod(a.t, m, a.o, nil, nil)
		if err != nil {
			return nil, false, err
		}
		b, ok := unwrap(r).(py.Bytes)
		if !ok {
			return nil, false, Errorf(py.TypeError, "__bytes__ returned non-bytes (type %s)", TypeName(r))
		}
		return b, true, nil
	}
	return nil, false, nil
}

func (a bytesPercentArg) AsBytes() ([]byte, bool) {
	switch v := unwrap(a.o).(type) {
	case py.Bytes:
		return v, true
	case *ByteArray:
		return v.b, true
	}
	return nil, false
}

// percentFormatBytes is bytes % args.
func (t *Thread) percentFormatBytes(f []byte, args Object) ([]byte, error) {
	var fa format.Args
	switch v := args.(type) {
	case Tuple:
		items := make([]format.Arg, len(v))
		for i, x := range v {
			items[i] = bytesPercentArg{percentArg{t, x}}
		}
		fa = format.TupleArgs(items...)
	default:
		fa = format.SingleArg(bytesPercentArg{percentArg{t, args}})
		switch unwrap(args).(type) {
		case Tuple, py.Bytes, *ByteArray, py.String:
		default:
			if classOfObject(args).special(spGetItem) != nil {
				fa.Lookup = func(key string) (format.Arg, error) {
					v, err := GetItem(t, args, py.Bytes([]byte(key)))
					if err != nil {
						return nil, err
					}
					return bytesPercentArg{percentArg{t, v}}, nil
				}
			}
		}
	}
	s, err := format.PercentBytes(view(f), fa, t.interp.maxStrDigits)
	if err != nil {
		return nil, fromFormatError(err)
	}
	return []byte(s), nil
}
