package structmod

import (
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

var (
	errorType   = vm.NewExceptionType("struct", "error", "", py.ExceptionType)
	structClass = vm.NewType("_struct", "Struct", "Struct(fmt) --> compiled struct object\n\nA format compiled once, to pack and unpack many values with it.", nil, vm.TypeBaseType)
	iterClass   = vm.NewType("_struct", "unpack_iterator", "", nil, 0)
)

// structObj is a Struct: its layout is set by __init__.
type structObj struct {
	l *layout
}

func (s *structObj) Type() *py.Type { return &structClass.Type }

// layouts caches parsed formats, shared by every interpreter: a layout
// is never changed once made. At most maxCached are kept, so a program
// making formats on the fly cannot grow it without bound.
var (
	layouts sync.Map
	cached  atomic.Int64
)

const maxCached = 1024

// formatArg parses a format given as str or bytes.
func formatArg(t *vm.Thread, fn string, o Object) (*layout, error) {
	var f string
	switch v := vm.Unwrap(o).(type) {
	case py.String:
		f = string(v)
	case py.Bytes:
		f = string(v)
	default:
		return nil, vm.Errorf(py.TypeError, "%s argument 1 must be a str or bytes object, not %s", fn, vm.TypeName(o))
	}
	if l, ok := layouts.Load(f); ok {
		return l.(*layout), nil
	}
	l, err := parse(t, f)
	if err != nil {
		return nil, err
	}
	if cached.Add(1) <= maxCached {
		layouts.Store(f, l)
	}
	return l, nil
}

func selfLayout(t *vm.Thread, o Object) (*layout, error) {
	s, ok := vm.Unwrap(o).(*structObj)
	if !ok || s.l == nil {
		return nil, vm.NewError(py.ValueError, "Struct.__init__() was not called")
	}
	return s.l, nil
}

func (l *layout) packValues(t *vm.Thread, fn string, values []Object) ([]byte, error) {
	if len(values) != l.nvalues {
		return nil, structError(t, fmt.Sprintf("%s expected %d items for packing (got %d)", fn, l.nvalues, len(values)))
	}
	out := make([]byte, l.size)
	if err := l.pack(t, out, values); err != nil {
		return nil, err
	}
	return out, nil
}

func (l *layout) unpackBuffer(t *vm.Thread, buf Object) (Object, error) {
	b, err := vm.BytesOf(t, buf)
	if err != nil {
		return nil, err
	}
	if len(b) != l.size {
		return nil, structError(t, fmt.Sprintf("unpack requires a buffer of %d bytes", l.size))
	}
	return l.unpack(b), nil
}

func (l *layout) unpackFrom(t *vm.Thread, args []Object, kwnames Tuple, fn string) (Object, error) {
	var buf, offO Object
	if _, err := vm.ParseArgs(&vm.Params{Func: fn, Names: []string{"buffer", "offset"}, Required: 1, KwOnly: -1}, args, kwnames, &buf, &offO); err != nil {
		return nil, err
	}
	b, err := vm.BytesOf(t, buf)
	if err != nil {
		return nil, err
	}
	off := 0
	if offO != nil {
		if off, err = vm.IndexInt(t, offO); err != nil {
			return nil, err
		}
	}
	if off < 0 {
		if off+len(b) < 0 {
			return nil, structError(t, fmt.Sprintf("offset %d out of range for %d-byte buffer", off, len(b)))
		}
		if off+l.size > 0 {
			return nil, structError(t, fmt.Sprintf("not enough data to unpack %d bytes at offset %d", l.size, off))
		}
		off += len(b)
	}
	if len(b)-off < l.size {
		return nil, structError(t, fmt.Sprintf("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)", l.size+off, l.size, off, len(b)))
	}
	return l.unpack(b[off : off+l.size]), nil
}

func (l *layout) packInto(t *vm.Thread, args []Object, fn string) (Object, error) {
	if len(args) < 2 {
		if len(args) == 0 {
			return nil, structError(t, "pack_into expected buffer argument")
		}
		return nil, structError(t, "pack_into expected offset argument")
	}
	if len(args)-2 != l.nvalues {
		return nil, structError(t, fmt.Sprintf("pack_into expected %d items for packing (got %d)", l.nvalues, len(args)-2))
	}
	var b []byte
	switch v := vm.Unwrap(args[0]).(type) {
	case *vm.ByteArray:
		b = v.Bytes()
	case *vm.MemoryView:
		mb, ok := vm.BufferBytes(v)
		ro, _ := vm.GetAttr(t, v, "readonly")
		if !ok || ro == py.True {
			return nil, vm.Errorf(py.TypeError, "argument must be read-write bytes-like object, not memoryview")
		}
		b = mb
	case vm.BufferExporter:
		b = v.BufferData()
	case py.NoneType:
		return nil, vm.Errorf(py.TypeError, "argument must be read-write bytes-like object, not None")
	default:
		return nil, vm.Errorf(py.TypeError, "argument must be read-write bytes-like object, not %s", vm.TypeName(args[0]))
	}
	off, err := vm.IndexInt(t, args[1])
	if err != nil {
		return nil, err
	}
	if off < 0 {
		if off+len(b) < 0 {
			return nil, structError(t, fmt.Sprintf("offset %d out of range for %d-byte buffer", off, len(b)))
		}
		if off+l.size > 0 {
			return nil, structError(t, fmt.Sprintf("no space to pack %d bytes at offset %d", l.size, off))
		}
		off += len(b)
	}
	if len(b)-off < l.size {
		return nil, structError(t, fmt.Sprintf("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)", l.size+off, l.size, off, len(b)))
	}
	out := make([]byte, l.size)
	if err := l.pack(t, out, args[2:]); err != nil {
		return nil, err
	}
	copy(b[off:], out)
	return vm.None, nil
}

// unpackIter is the iterator iter_unpack returns.
type unpackIter struct {
	l   *layout
	buf []byte
	pos int
}

func (it *unpackIter) Type() *py.Type { return &iterClass.Type }

func (it *unpackIter) Next(t *vm.Thread) (Object, bool, error) {
	if it.buf == nil || it.pos+it.l.size > len(it.buf) {
		it.buf = nil
		return nil, false, nil
	}
	v := it.l.unpack(it.buf[it.pos : it.pos+it.l.size])
	it.pos += it.l.size
	return v, true, nil
}

func (l *layout) iterUnpack(t *vm.Thread, buf Object) (Object, error) {
	if l.size == 0 {
		return nil, structError(t, "cannot iteratively unpack with a struct of length 0")
	}
	b, err := vm.BytesOf(t, buf)
	if err != nil {
		return nil, err
	}
	if len(b)%l.size != 0 {
		return nil, structError(t, fmt.Sprintf("iterative unpacking requires a buffer of a multiple of %d bytes", l.size))
	}
	// The iterator keeps the object's memory, as CPython keeps a buffer.
	if b == nil {
		b = []byte{}
	}
	return &unpackIter{l: l, buf: b}, nil
}

// moduleFormat reads the format argument of a module-level function.
func moduleFormat(t *vm.Thread, fn string, args []Object) (*layout, error) {
	if len(args) == 0 {
		return nil, vm.NewError(py.TypeError, "missing format argument")
	}
	return cachedFormat(t, args[0])
}

// cachedFormat is the format of a module-level function: CPython looks
// it up in a dict of compiled Structs first, so an unhashable format
// fails as a dict key would.
func cachedFormat(t *vm.Thread, o Object) (*layout, error) {
	if _, err := vm.Hash(t, o); err != nil {
		return nil, err
	}
	return formatArg(t, "Struct()", o)
}

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "_struct", Init: initModule})
	vm.RegisterModule(&vm.ModuleDef{Name: "struct", Init: initModule})

	c := structClass
	c.DefMethod("__new__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		typ, err := c.CheckSubtype("Struct.__new__", args[0])
		if err != nil {
			return nil, err
		}
		return c.Wrap(typ, &structObj{}), nil
	}, "Make a new instance of the type.", "static")
	c.DefMethod("__init__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		var f Object
		if _, err := vm.ParseArgs(&vm.Params{Func: "Struct", Names: []string{"format"}, Required: 1, KwOnly: -1}, args[1:], kwnames, &f); err != nil {
			return nil, err
		}
		l, err := formatArg(t, "Struct()", f)
		if err != nil {
			return nil, err
		}
		vm.Unwrap(args[0]).(*structObj).l = l
		return vm.None, nil
	}, "Initialize self.", "nounwrap")
	c.DefGetSet("format", func(t *vm.Thread, o Object) (Object, error) {
		l, err := selfLayout(t, o)
		if err != nil {
			return nil, err
		}
		return py.String(l.format), nil
	}, nil)
	c.DefGetSet("size", func(t *vm.Thread, o Object) (Object, error) {
		l, err := selfLayout(t, o)
		if err != nil {
			return nil, err
		}
		return vm.NewInt(int64(l.size)), nil
	}, nil)
	c.DefMethod("pack", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.NoKeywords("Struct.pack", kwnames); err != nil {
			return nil, err
		}
		l, err := selfLayout(t, args[0])
		if err != nil {
			return nil, err
		}
		b, err := l.packValues(t, "pack", args[1:])
		if err != nil {
			return nil, err
		}
		return py.Bytes(b), nil
	}, "S.pack(v1, v2, ...) -> bytes\n\nPack the values as S.format says.", "nounwrap")
	c.DefMethod("pack_into", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.NoKeywords("Struct.pack_into", kwnames); err != nil {
			return nil, err
		}
		l, err := selfLayout(t, args[0])
		if err != nil {
			return nil, err
		}
		return l.packInto(t, args[1:], "pack_into")
	}, "pack_into(buffer, offset, *values)\n\nWrite the packed values into a writable buffer, starting at offset.", "nounwrap")
	c.DefMethod("unpack", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckMethodArgs("unpack", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		l, err := selfLayout(t, args[0])
		if err != nil {
			return nil, err
		}
		return l.unpackBuffer(t, args[1])
	}, "Return a tuple of the values packed in buffer, whose size must be S.size.", "nounwrap")
	c.DefMethod("unpack_from", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		l, err := selfLayout(t, args[0])
		if err != nil {
			return nil, err
		}
		return l.unpackFrom(t, args[1:], kwnames, "unpack_from")
	}, "Return a tuple of the values packed in buffer from offset on.", "nounwrap")
	c.DefMethod("iter_unpack", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckMethodArgs("iter_unpack", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		l, err := selfLayout(t, args[0])
		if err != nil {
			return nil, err
		}
		return l.iterUnpack(t, args[1])
	}, "Return an iterator over the tuples packed one after the other in buffer.", "nounwrap")
	c.DefMethod("__sizeof__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		l, err := selfLayout(t, args[0])
		if err != nil {
			return nil, err
		}
		return vm.NewInt(int64(64 + 32*len(l.items))), nil
	}, "Bytes the Struct takes, by gilpy's estimate.", "nounwrap")
	c.Ready()

	ic := iterClass
	ic.DefIterator()
	ic.DefMethod("__length_hint__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		it := vm.Unwrap(args[0]).(*unpackIter)
		if it.buf == nil {
			return vm.NewInt(0), nil
		}
		return vm.NewInt(int64((len(it.buf) - it.pos) / it.l.size)), nil
	}, "How many items are left: a size hint for list() and others.")
	ic.Ready()
}

func initModule(t *vm.Thread, m *vm.Module) error {
	m.Set("__doc__", py.String("Pack Python values into bytes laid out as C structs, and unpack them.\n\nA format starts with an optional byte order ('@' native with alignment,\n'=' native order, '<' little-endian, '>' and '!' big-endian), followed by\ncodes with optional repeat counts: x pad, c char, b/B byte, ? bool, h/H\nshort, i/I int, l/L long, q/Q long long, n/N ssize_t/size_t, e half,\nf float, d double, s and p strings, P pointer."))
	m.Set("error", errorType)
	m.Set("Struct", structClass.T())
	def := func(name, doc string, fn vm.BuiltinFn) {
		m.Set(name, vm.NewModuleFunction(m.Name(), name, fn, doc))
	}
	def("calcsize", "How many bytes pack(format, ...) produces.", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckArgs("calcsize", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		l, err := cachedFormat(t, args[0])
		if err != nil {
			return nil, err
		}
		return vm.NewInt(int64(l.size)), nil
	})
	def("pack", "pack(format, v1, v2, ...) -> bytes\n\nPack the values as format says.", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.NoKeywords("pack", kwnames); err != nil {
			return nil, err
		}
		l, err := moduleFormat(t, "pack", args)
		if err != nil {
			return nil, err
		}
		b, err := l.packValues(t, "pack", args[1:])
		if err != nil {
			return nil, err
		}
		return py.Bytes(b), nil
	})
	def("pack_into", "pack_into(format, buffer, offset, *values)\n\nWrite the packed values into a writable buffer, starting at offset.", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.NoKeywords("pack_into", kwnames); err != nil {
			return nil, err
		}
		l, err := moduleFormat(t, "pack_into", args)
		if err != nil {
			return nil, err
		}
		return l.packInto(t, args[1:], "pack_into")
	})
	def("unpack", "Return a tuple of the values packed in buffer, whose size must be calcsize(format).", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.NoKeywords("unpack", kwnames); err != nil {
			return nil, err
		}
		if len(args) != 2 {
			return nil, vm.Errorf(py.TypeError, "unpack expected 2 arguments, got %d", len(args))
		}
		l, err := cachedFormat(t, args[0])
		if err != nil {
			return nil, err
		}
		return l.unpackBuffer(t, args[1])
	})
	def("unpack_from", "Return a tuple of the values packed in buffer from offset on.", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		var f, buf, off Object
		if _, err := vm.ParseArgs(&vm.Params{Func: "unpack_from", Names: []string{"format", "buffer", "offset"}, PosOnly: 1, Required: 2, KwOnly: -1}, args, kwnames, &f, &buf, &off); err != nil {
			return nil, err
		}
		l, err := cachedFormat(t, f)
		if err != nil {
			return nil, err
		}
		rest := []Object{buf}
		if off != nil {
			rest = append(rest, off)
		}
		return l.unpackFrom(t, rest, nil, "unpack_from")
	})
	def("iter_unpack", "Return an iterator over the tuples packed one after the other in buffer.", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.NoKeywords("iter_unpack", kwnames); err != nil {
			return nil, err
		}
		if len(args) != 2 {
			return nil, vm.Errorf(py.TypeError, "iter_unpack expected 2 arguments, got %d", len(args))
		}
		l, err := cachedFormat(t, args[0])
		if err != nil {
			return nil, err
		}
		return l.iterUnpack(t, args[1])
	})
	def("_clearcache", "Clear the internal cache.", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckArgs("_clearcache", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		layouts.Range(func(k, _ any) bool {
			layouts.Delete(k)
			return true
		})
		cached.Store(0)
		return vm.None, nil
	})
	return nil
}
