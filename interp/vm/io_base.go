package vm

import (
	"fmt"
	"sync"

	"github.com/go-python/gpython/py"
)

// The io class hierarchy, as CPython's _io module has it: _IOBase and its
// three abstract kinds (_RawIOBase, _BufferedIOBase, _TextIOBase), which
// Python code may subclass, and the concrete classes (FileIO, BytesIO,
// StringIO, the Buffered* classes, TextIOWrapper) in the io_*.go files.
//
// Every io object has a __dict__, so its value is an *Instance whose base
// is the Go struct; methods get the struct (unwrapped) unless they need
// to call other methods through Python (the generic _IOBase methods,
// which a subclass may be overriding).

// ioClass makes one of _io's classes.
func ioClass(name, doc string, base *Class) *Class {
	c := newBuiltinType("_io."+name, doc, base)
	c.Type.Qualname = name
	c.flags |= clsHasDict | clsBaseType
	c.Type.Flags |= py.TPFLAGS_BASETYPE
	c.layout = layoutBuiltin
	c.ns.SetStr("__module__", py.String("_io"))
	if base == nil {
		c.def("__dict__", &getSetDescr{name: "__dict__", owner: c, get: instanceDictGet, set: instanceDictSet})
	}
	return c
}

var (
	IOBaseClass         = ioClass("_IOBase", "The root of the io classes: closing, context management, iteration and the capability checks.", nil)
	RawIOBaseClass      = ioClass("_RawIOBase", "Root of the unbuffered binary streams (one system call per operation).", IOBaseClass)
	BufferedIOBaseClass = ioClass("_BufferedIOBase", "Root of the binary streams that buffer a raw stream.", IOBaseClass)
	TextIOBaseClass     = ioClass("_TextIOBase", "Root of the streams of str.", IOBaseClass)
)

// DefaultBufferSize is io.DEFAULT_BUFFER_SIZE.
const DefaultBufferSize = 8192

// ioBaseValue is the Go value of an instance of a Python class deriving
// only from the abstract io classes: their state is the instance's dict.
type ioBaseValue struct{ cls *Class }

func (v *ioBaseValue) Type() *Type { return v.cls.T() }

// ioDict returns the __dict__ of an io object.
func ioDict(o Object) *Dict {
	if inst, ok := o.(*Instance); ok {
		return inst.Dict()
	}
	return nil
}

const ioClosedKey = "__IOBase_closed"

// ioBaseIsClosed is _IOBase's own closed state (not the closed attribute
// a subclass may redefine).
func ioBaseIsClosed(o Object) bool {
	if d := ioDict(o); d != nil {
		if v, ok := d.GetStr(ioClosedKey); ok {
			return v == True
		}
	}
	return false
}

func errClosedFile() error { return NewError(py.ValueError, "I/O operation on closed file.") }

// UnsupportedOperation returns io.UnsupportedOperation, the exception
// raised for an operation a stream does not support. Like CPython's it is
// made at run time (per interpreter) as a class deriving from both
// OSError and ValueError.
func (in *Interp) UnsupportedOperation(t *Thread) *py.Type {
	in.ioOnce.Lock()
	defer in.ioOnce.Unlock()
	if in.unsupported != nil {
		return in.unsupported
	}
	ns := NewDict(2)
	ns.SetStr("__module__", py.String("io"))
	cls, err := Call(t, py.TypeType, []Object{py.String("UnsupportedOperation"), Tuple{py.OSError, py.ValueError}, ns}, nil)
	if err != nil {
		panic("vm: cannot make io.UnsupportedOperation: " + err.Error())
	}
	in.unsupported = cls.(*py.Type)
	return in.unsupported
}

// ioState is what the interpreter keeps for the io layer.
type ioState struct {
	ioOnce      sync.Mutex
	unsupported *py.Type
	ioReg       ioRegistry
}

// errUnsupported raises io.UnsupportedOperation(msg).
func errUnsupported(t *Thread, msg string) error {
	e, err := Call(t, t.interp.UnsupportedOperation(t), []Object{py.String(msg)}, nil)
	if err != nil {
		return err
	}
	return e.(*py.Exception)
}

// ioCheckClosed is _IOBase._checkClosed: the closed attribute, looked up
// as Python would.
func ioCheckClosed(t *Thread, self Object) error {
	c, err := GetAttr(t, self, "closed")
	if err != nil {
		return err
	}
	b, err := Truth(t, c)
	if err != nil {
		return err
	}
	if b {
		return errClosedFile()
	}
	return nil
}

// ioCheckCapability calls self.<what>() and raises UnsupportedOperation
// with msg when it is false.
func ioCheckCapability(t *Thread, self Object, what, msg string) error {
	r, err := CallMethod(t, self, what, nil, nil)
	if err != nil {
		return err
	}
	ok, err := Truth(t, r)
	if err != nil {
		return err
	}
	if !ok {
		return errUnsupported(t, msg)
	}
	return nil
}

// sizeArg converts a size argument: None or an integer (-1 for None).
func sizeArg(t *Thread, o Object) (int, error) {
	if o == nil || o == None {
		return -1, nil
	}
	if !hasIndex(o) {
		return 0, NewError(py.TypeError, fmt.Sprintf("argument should be integer or None, not '%s'", TypeName(o)))
	}
	return IndexInt(t, o)
}

// optSizeArg is sizeArg for the optional size argument (args[1]) of the
// read methods: -1 when it is absent.
func optSizeArg(t *Thread, args []Object) (int, error) {
	if len(args) > 1 {
		return sizeArg(t, args[1])
	}
	return -1, nil
}

func ioMethod(c *Class, name string, fn BuiltinFn, opts ...string) {
	c.defMethod(name, fn, "", opts...)
}

func init() {
	c := IOBaseClass
	c.def("__new__", &BuiltinFunction{Name: "__new__", Fn: ioBaseNew})
	unsupported := func(name string) BuiltinFn {
		return func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			return nil, errUnsupported(t, name)
		}
	}
	ioMethod(c, "seek", unsupported("seek"), "nounwrap")
	ioMethod(c, "truncate", unsupported("truncate"), "nounwrap")
	ioMethod(c, "fileno", unsupported("fileno"), "nounwrap")
	ioMethod(c, "tell", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("tell", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		return CallMethod(t, args[0], "seek", []Object{NewInt(0), NewInt(1)}, nil)
	}, "nounwrap")
	ioMethod(c, "flush", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("flush", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		if ioBaseIsClosed(args[0]) {
			return nil, errClosedFile()
		}
		return None, nil
	}, "nounwrap")
	ioMethod(c, "close", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("close", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		return None, ioBaseClose(t, args[0])
	}, "nounwrap")
	c.defGetSet("closed", func(t *Thread, o Object) (Object, error) {
		return NewBool(ioBaseIsClosed(o)), nil
	}, nil)
	for _, cap := range []string{"seekable", "readable", "writable"} {
		ioMethod(c, cap, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			return False, nil
		}, "nounwrap")
	}
	for _, chk := range []struct{ name, what, msg string }{
		{"_checkSeekable", "seekable", "File or stream is not seekable."},
		{"_checkReadable", "readable", "File or stream is not readable."},
		{"_checkWritable", "writable", "File or stream is not writable."},
	} {
		chk := chk
		ioMethod(c, chk.name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if len(args) > 1 {
				return nil, NewError(py.TypeError, fmt.Sprintf("_IOBase.%s() takes no arguments (%d given)", chk.name, len(args)-1))
			}
			r, err := CallMethod(t, args[0], chk.what, nil, nil)
			if err != nil {
				return nil, err
			}
			if r != True {
				return nil, errUnsupported(t, chk.msg)
			}
			return True, nil
		}, "nounwrap")
	}
	ioMethod(c, "_checkClosed", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := ioCheckClosed(t, args[0]); err != nil {
			return nil, err
		}
		return None, nil
	}, "nounwrap")
	ioMethod(c, "__enter__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := ioCheckClosed(t, args[0]); err != nil {
			return nil, err
		}
		return args[0], nil
	}, "nounwrap")
	ioMethod(c, "__exit__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return CallMethod(t, args[0], "close", nil, nil)
	}, "nounwrap")
	ioMethod(c, "isatty", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := ioCheckClosed(t, args[0]); err != nil {
			return nil, err
		}
		return False, nil
	}, "nounwrap")
	ioMethod(c, "__iter__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := ioCheckClosed(t, args[0]); err != nil {
			return nil, err
		}
		return args[0], nil
	}, "nounwrap")
	ioMethod(c, "__next__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		line, err := CallMethod(t, args[0], "readline", nil, nil)
		if err != nil {
			return nil, err
		}
		n, err := Len(t, line)
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return nil, NewException(py.StopIteration)
		}
		return line, nil
	}, "nounwrap")
	ioMethod(c, "readline", ioBaseReadline, "nounwrap")
	ioMethod(c, "readlines", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("readlines", args, kwnames, 0, 1); err != nil {
			return nil, err
		}
		hint := -1
		if len(args) > 1 {
			var err error
			if hint, err = sizeArg(t, args[1]); err != nil {
				return nil, err
			}
		}
		return ioReadlines(t, args[0], hint)
	}, "nounwrap")
	ioMethod(c, "writelines", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("writelines", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		if err := ioCheckClosed(t, args[0]); err != nil {
			return nil, err
		}
		it, err := Iter(t, args[1])
		if err != nil {
			return nil, err
		}
		for {
			line, ok, err := Next(t, it)
			if err != nil {
				return nil, err
			}
			if !ok {
				return None, nil
			}
			if _, err := CallMethod(t, args[0], "write", []Object{line}, nil); err != nil {
				return nil, err
			}
		}
	}, "nounwrap")
	ioMethod(c, "__del__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		_, err := CallMethod(t, args[0], "close", nil, nil)
		return None, err
	}, "nounwrap")

	r := RawIOBaseClass
	ioMethod(r, "read", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("read", args, kwnames, 0, 1); err != nil {
			return nil, err
		}
		n, err := optSizeArg(t, args)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return CallMethod(t, args[0], "readall", nil, nil)
		}
		b := &ByteArray{b: make([]byte, n)}
		got, err := CallMethod(t, args[0], "readinto", []Object{b}, nil)
		if err != nil || got == None {
			return got, err
		}
		k, err := IndexInt(t, got)
		if err != nil {
			return nil, err
		}
		if k < 0 || k > n {
			return nil, NewError(py.ValueError, fmt.Sprintf("readinto returned %d outside buffer size %d", k, n))
		}
		return py.Bytes(b.b[:k]), nil
	}, "nounwrap")
	ioMethod(r, "readall", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		var out []byte
		for {
			data, err := CallMethod(t, args[0], "read", []Object{NewInt(DefaultBufferSize)}, nil)
			if err != nil {
				return nil, err
			}
			if data == None {
				if out == nil {
					return None, nil
				}
				break
			}
			b, ok := data.(py.Bytes)
			if !ok {
				return nil, NewError(py.TypeError, "read() should return bytes")
			}
			if len(b) == 0 {
				break
			}
			out = append(out, b...)
		}
		return py.Bytes(out), nil
	}, "nounwrap")
	notImpl := func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return nil, NewException(py.NotImplementedError)
	}
	ioMethod(r, "readinto", notImpl, "nounwrap")
	ioMethod(r, "write", notImpl, "nounwrap")

	b := BufferedIOBaseClass
	for _, n := range []string{"read", "read1", "write", "detach"} {
		ioMethod(b, n, unsupported(n), "nounwrap")
	}
	for _, n := range []string{"readinto", "readinto1"} {
		n := n
		ioMethod(b, n, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := checkMethodArgs(n, args, kwnames, 1, 1); err != nil {
				return nil, err
			}
			return bufferedReadinto(t, args[0], args[1], n == "readinto1")
		}, "nounwrap")
	}

	x := TextIOBaseClass
	for _, n := range []string{"read", "readline", "write", "detach"} {
		ioMethod(x, n, unsupported(n), "nounwrap")
	}
	for _, n := range []string{"encoding", "newlines", "errors"} {
		x.defGetSet(n, func(t *Thread, o Object) (Object, error) { return None, nil }, nil)
	}
	for _, k := range []*Class{c, r, b, x} {
		readyLater(k)
	}
}

// ioBaseNew is _IOBase.__new__ for classes written in Python.
func ioBaseNew(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if len(args) == 0 {
		return nil, NewError(py.TypeError, "_IOBase.__new__(): not enough arguments")
	}
	typ, ok := args[0].(*py.Type)
	if !ok || !ClassOf(typ).IsSubclass(IOBaseClass) {
		return nil, NewError(py.TypeError, "_IOBase.__new__(X): X is not a subtype of _IOBase")
	}
	return newInstance(ClassOf(typ), &ioBaseValue{cls: ClassOf(typ)}), nil
}

// ioBaseClose is _IOBase.close: flush, then mark closed, once.
func ioBaseClose(t *Thread, self Object) error {
	if ioBaseIsClosed(self) {
		return nil
	}
	_, err := CallMethod(t, self, "flush", nil, nil)
	if d := ioDict(self); d != nil {
		d.SetStr(ioClosedKey, True)
	}
	return err
}

// ioBaseReadline is _IOBase.readline: byte by byte through read(), or a
// run at a time through peek() when there is one.
func ioBaseReadline(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkMethodArgs("readline", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	self := args[0]
	limit := -1
	if len(args) > 1 {
		var err error
		if limit, err = sizeArg(t, args[1]); err != nil {
			return nil, err
		}
	}
	peek, _ := GetAttr(t, self, "peek")
	var out []byte
	for limit < 0 || len(out) < limit {
		n := 1
		if peek != nil {
			ra, err := Call(t, peek, []Object{NewInt(1)}, nil)
			if err != nil {
				return nil, err
			}
			rb, ok := ra.(py.Bytes)
			if !ok {
				return nil, NewError(py.OSError, fmt.Sprintf("peek() should have returned a bytes object, not '%s'", TypeName(ra)))
			}
			if len(rb) == 0 {
				break
			}
			n = len(rb)
			for i, c := range rb {
				if c == '\n' {
					n = i + 1
					break
				}
			}
			if limit >= 0 && n > limit-len(out) {
				n = limit - len(out)
			}
		}
		b, err := CallMethod(t, self, "read", []Object{NewInt(int64(n))}, nil)
		if err != nil {
			return nil, err
		}
		bb, ok := b.(py.Bytes)
		if !ok {
			if b == None {
				break
			}
			return nil, NewError(py.OSError, fmt.Sprintf("read() should have returned a bytes object, not '%s'", TypeName(b)))
		}
		if len(bb) == 0 {
			break
		}
		out = append(out, bb...)
		if out[len(out)-1] == '\n' {
			break
		}
	}
	return py.Bytes(out), nil
}

// ioReadlines is readlines(hint) through iteration of self.
func ioReadlines(t *Thread, self Object, hint int) (Object, error) {
	var lines []Object
	it, err := Iter(t, self)
	if err != nil {
		return nil, err
	}
	total := 0
	for {
		line, ok, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		lines = append(lines, line)
		if hint > 0 {
			n, err := Len(t, line)
			if err != nil {
				return nil, err
			}
			total += n
			if total >= hint {
				break
			}
		}
	}
	return &py.List{Items: lines}, nil
}

// bufferedReadinto is _BufferedIOBase.readinto(b): read(len(b)) (or
// read1) copied into b.
func bufferedReadinto(t *Thread, self, buf Object, one bool) (Object, error) {
	dst, err := writableBuffer(t, buf, map[bool]string{false: "readinto", true: "readinto1"}[one])
	if err != nil {
		return nil, err
	}
	name := "read"
	if one {
		name = "read1"
	}
	data, err := CallMethod(t, self, name, []Object{NewInt(int64(len(dst)))}, nil)
	if err != nil {
		return nil, err
	}
	b, ok := data.(py.Bytes)
	if !ok {
		return nil, NewError(py.TypeError, "read() should return bytes")
	}
	if len(b) > len(dst) {
		return nil, NewError(py.ValueError, fmt.Sprintf("read() returned too much data: %d bytes requested, %d returned", len(dst), len(b)))
	}
	copy(dst, b)
	return NewInt(int64(len(b))), nil
}

// writableBuffer returns the memory of a writable bytes-like object
// (bytearray, or a memoryview of one).
func writableBuffer(t *Thread, o Object, fn string) ([]byte, error) {
	switch v := unwrap(o).(type) {
	case *ByteArray:
		return v.b, nil
	case *MemoryView:
		if v.released {
			return nil, NewError(py.ValueError, "operation forbidden on released memoryview object")
		}
		if !v.readonly && v.contiguous() {
			return v.contents()
		}
		return nil, NewError(py.TypeError, fn+"() argument must be read-write bytes-like object, not memoryview")
	case BufferExporter:
		return v.BufferData(), nil
	}
	return nil, NewError(py.TypeError, fmt.Sprintf("%s() argument must be read-write bytes-like object, not %s", fn, TypeName(o)))
}

// readableBuffer returns the memory of any bytes-like object.
func readableBuffer(t *Thread, o Object) ([]byte, error) {
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
	return nil, NewError(py.TypeError, fmt.Sprintf("a bytes-like object is required, not '%s'", TypeName(o)))
}

// bytesView makes a memoryview of unsigned bytes over p, which the
// io classes lend to Python code (readinto and write of a raw stream
// written in Python, BytesIO.getbuffer).
func bytesView(obj Object, p []byte, readonly bool) *MemoryView {
	return &MemoryView{obj: obj, data: p, length: len(p), stride: 1, format: "B", itemsize: 1, readonly: readonly}
}

// The io classes are frozen (their special methods resolved once, see
// Class.Ready) when the first interpreter starts rather than in their
// init functions: those run before the init functions of files later in
// the package, which still add methods to object (__dir__, __reduce__...)
// that the io classes inherit.
var (
	ioUnready []*Class
	ioReady   sync.Once
)

func readyLater(c *Class) { ioUnready = append(ioUnready, c) }

func readyIOClasses() {
	ioReady.Do(func() {
		for _, c := range ioUnready {
			c.Ready()
		}
	})
}

// flushThenClose is the closing step of the buffered and text streams:
// flush stream, then close inner (the stream under it) even when the flush
// failed. When both fail, the close's exception is raised with the
// flush's as its __context__, as in CPython.
func flushThenClose(t *Thread, stream, inner Object) error {
	_, ferr := CallMethod(t, stream, "flush", nil, nil)
	_, cerr := CallMethod(t, inner, "close", nil, nil)
	if cerr == nil {
		return ferr
	}
	if fe, ok := ferr.(*py.Exception); ok {
		if ce, ok := cerr.(*py.Exception); ok {
			ce.Context = fe
		}
	}
	return cerr
}
