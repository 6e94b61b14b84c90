package vm

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"syscall"

	"github.com/gilpy/gilpy/interp/host"
	"github.com/go-python/gpython/py"
)

// FileIOClass is _io.FileIO: raw binary I/O on a file descriptor.
var FileIOClass = ioClass("FileIO", "A raw binary stream over a file descriptor or a file it opens by name.", RawIOBaseClass)

// FileIO is the Go value of a FileIO object. Its descriptor is a number in
// the interpreter's descriptor table (see io_fd.go); every operation
// looks it up, so a descriptor closed behind its back (os.close) fails
// with EBADF as in CPython.
type FileIO struct {
	in                                     *Interp
	fd                                     int // -1 once closed
	readable, writable, appending, created bool
	closefd                                bool
	seekable                               int8 // -1: not known yet
	blksize                                int64
	initialized                            bool
	cleanup                                runtime.Cleanup
}

// Type implements Object.
func (f *FileIO) Type() *Type { return FileIOClass.T() }

func errFileIOClosed() error { return NewError(py.ValueError, "I/O operation on closed file") }

// ioBlock runs one blocking operation with the GIL released (directly
// when there is no Python thread: Go code flushing at exit).
func ioBlock(t *Thread, what string, fn func() error) error {
	if t == nil || t.gil == nil {
		return fn()
	}
	var opErr error
	err := t.gil.Block(blockIO, what, func(stop <-chan struct{}) error {
		opErr = fn()
		return nil
	})
	if err != nil {
		return t.interruptError(err)
	}
	return opErr
}

// ioBlockBrief is ioBlock for a write, which almost always returns at
// once: the GIL is released, but a waiting thread is woken only if the
// write lasts (see gilrt.Thread.BlockBrief), so that a thread printing a
// line usually finishes it before another thread's print begins, as in
// CPython.
func ioBlockBrief(t *Thread, what string, fn func() error) error {
	if t == nil || t.gil == nil {
		return fn()
	}
	var opErr error
	err := t.gil.BlockBrief(blockIO, what, func(stop <-chan struct{}) error {
		opErr = fn()
		return nil
	})
	if err != nil {
		return t.interruptError(err)
	}
	return opErr
}

// fdError is the OSError for a failed operation on an open descriptor:
// CPython names no file in it.
func fdError(err error) error {
	if err == nil {
		return nil
	}
	if e, ok := err.(*py.Exception); ok {
		return e
	}
	if errno, ok := errnoOf(err); ok {
		return newOSError(errno, "")
	}
	return osError(err, "")
}

func (f *FileIO) file() (host.File, error) {
	if f.fd < 0 {
		return nil, errFileIOClosed()
	}
	h, err := f.in.fds.get(f.fd)
	if err != nil {
		return nil, fdError(err)
	}
	return h, nil
}

func (f *FileIO) check(t *Thread) error {
	if !f.initialized {
		return NewError(py.ValueError, "I/O operation on uninitialized object")
	}
	if f.fd < 0 {
		return errFileIOClosed()
	}
	return nil
}

// modeString is FileIO.mode.
func (f *FileIO) modeString() string {
	switch {
	case f.created:
		if f.readable {
			return "xb+"
		}
		return "xb"
	case f.appending:
		if f.readable {
			return "ab+"
		}
		return "ab"
	case f.readable && f.writable:
		return "rb+"
	case f.readable:
		return "rb"
	}
	return "wb"
}

// readInto reads once into p: the count, 0 at end of file.
func (f *FileIO) readInto(t *Thread, p []byte) (int, error) {
	h, err := f.file()
	if err != nil {
		return 0, err
	}
	if !f.readable {
		return 0, errUnsupported(t, "File not open for reading")
	}
	n, err := ioBlockRead(t, h, p)
	if err == io.EOF || (n > 0 && err != nil) {
		err = nil
	}
	return n, fdError(err)
}

// readAll reads to the end of the file.
func (f *FileIO) readAll(t *Thread) ([]byte, error) {
	h, err := f.file()
	if err != nil {
		return nil, err
	}
	size := DefaultBufferSize
	if st, err := h.Stat(); err == nil && st.Mode&host.S_IFMT == host.S_IFREG && st.Size > 0 {
		if pos, err := h.Seek(0, io.SeekCurrent); err == nil && st.Size >= pos {
			size = int(st.Size-pos) + 1
		}
	}
	// Read straight into the result's spare room: for a regular file the
	// first read fills it and the next one finds the end (the one byte
	// more than the size leaves room to see it without growing).
	out := make([]byte, 0, size)
	err = ioBlock(t, "read", func() error {
		for {
			if len(out) == cap(out) {
				out = append(out, 0)[:len(out)]
			}
			n, e := h.Read(out[len(out):cap(out)])
			out = out[:len(out)+n]
			if e == io.EOF || (n == 0 && e == nil) {
				return nil
			}
			if e != nil {
				return e
			}
		}
	})
	if err != nil {
		return nil, fdError(err)
	}
	if out == nil {
		out = []byte{}
	}
	return out, nil
}

// write writes p once: the count written.
func (f *FileIO) write(t *Thread, p []byte) (int, error) {
	h, err := f.file()
	if err != nil {
		return 0, err
	}
	if !f.writable {
		return 0, errUnsupported(t, "File not open for writing")
	}
	var n int
	err = ioBlockBrief(t, "write", func() error {
		var e error
		n, e = h.Write(p)
		return e
	})
	if err != nil && n == 0 {
		return 0, fdError(err)
	}
	return n, nil
}

func (f *FileIO) seek(t *Thread, off int64, whence int) (int64, error) {
	h, err := f.file()
	if err != nil {
		return 0, err
	}
	var pos int64
	err = ioBlock(t, "seek", func() error {
		var e error
		pos, e = h.Seek(off, whence)
		return e
	})
	if err != nil {
		return 0, fdError(err)
	}
	return pos, nil
}

func (f *FileIO) isSeekable(t *Thread) (bool, error) {
	if f.seekable < 0 {
		h, err := f.file()
		if err != nil {
			return false, err
		}
		if _, err := h.Seek(0, io.SeekCurrent); err != nil {
			f.seekable = 0
		} else {
			f.seekable = 1
		}
	}
	return f.seekable == 1, nil
}

// close closes the descriptor if the object owns it.
func (f *FileIO) closeFD() error {
	if f.fd < 0 {
		return nil
	}
	fd := f.fd
	f.fd = -1
	f.cleanup.Stop()
	if f.closefd {
		return fdError(f.in.fds.close(fd))
	}
	return nil
}

// fileIOInit is FileIO.__init__(file, mode='r', closefd=True, opener=None).
func fileIOInit(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	self := args[0]
	f := unwrap(self).(*FileIO)
	var file, mode, closefd, opener Object
	if _, err := ParseClinic(&Params{Func: "FileIO", Names: []string{"file", "mode", "closefd", "opener"}, KwOnly: -1, Required: 1}, args[1:], kwnames, &file, &mode, &closefd, &opener); err != nil {
		return nil, err
	}
	if f.fd >= 0 && f.initialized {
		if f.closefd {
			_ = f.closeFD()
		} else {
			f.fd = -1
		}
	}
	f.in = t.interp
	f.fd = -1
	f.seekable = -1
	f.closefd = true
	f.readable, f.writable, f.appending, f.created = false, false, false, false
	modeStr := "r"
	if mode != nil {
		s, ok := mode.(py.String)
		if !ok {
			return nil, NewError(py.TypeError, fmt.Sprintf("FileIO() argument 'mode' must be str, not %s", TypeName(mode)))
		}
		modeStr = string(s)
	}
	if closefd != nil {
		b, err := Truth(t, closefd)
		if err != nil {
			return nil, err
		}
		f.closefd = b
	}
	fd := -1
	var name string
	if hasIndex(file) && !isStrOrBytes(file) {
		n, err := IndexInt(t, file)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, NewError(py.ValueError, "negative file descriptor")
		}
		fd = n
	} else {
		p, err := FSPath(t, file)
		if err != nil {
			return nil, err
		}
		if name, err = fsEncodeName(p); err != nil {
			return nil, err
		}
		file = p
	}
	// The mode.
	rwa, plus := false, false
	flags := 0
	badMode := func() error {
		return NewError(py.ValueError, "Must have exactly one of create/read/write/append mode and at most one plus")
	}
	for _, c := range modeStr {
		switch c {
		case 'x', 'r', 'w', 'a':
			if rwa {
				return nil, badMode()
			}
			rwa = true
			switch c {
			case 'x':
				f.created, f.writable = true, true
				flags |= os.O_EXCL | os.O_CREATE
			case 'r':
				f.readable = true
			case 'w':
				f.writable = true
				flags |= os.O_CREATE | os.O_TRUNC
			case 'a':
				f.writable, f.appending = true, true
				flags |= os.O_APPEND | os.O_CREATE
			}
		case 'b':
		case '+':
			if plus {
				return nil, badMode()
			}
			f.readable, f.writable, plus = true, true, true
		default:
			return nil, NewError(py.ValueError, "invalid mode: "+modeStr)
		}
	}
	if !rwa {
		return nil, badMode()
	}
	switch {
	case f.readable && f.writable:
		flags |= os.O_RDWR
	case f.readable:
		flags |= os.O_RDONLY
	default:
		flags |= os.O_WRONLY
	}
	owned := false
	if fd >= 0 {
		if _, err := t.interp.fds.get(fd); err != nil {
			return nil, fdError(err)
		}
	} else {
		if !f.closefd {
			return nil, NewError(py.ValueError, "Cannot use closefd=False with file name")
		}
		if opener == nil || opener == None {
			var hf host.File
			err := ioBlock(t, "open", func() error {
				var e error
				hf, e = t.interp.host.Open(name, flags, 0o666)
				return e
			})
			if err != nil {
				return nil, osErrorObj(err, file)
			}
			fd = t.interp.fds.add(hf)
		} else {
			r, err := Call(t, opener, []Object{file, NewInt(int64(flags | syscall.O_CLOEXEC))}, nil)
			if err != nil {
				return nil, err
			}
			if !hasIndex(r) {
				return nil, NewError(py.TypeError, "expected integer from opener")
			}
			n, err := IndexInt(t, r)
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, NewError(py.ValueError, fmt.Sprintf("opener returned %d", n))
			}
			fd = n
		}
		owned = true
	}
	f.fd = fd
	f.blksize = DefaultBufferSize
	h, err := t.interp.fds.get(fd)
	if err != nil {
		f.fd = -1
		return nil, fdError(err)
	}
	if st, err := h.Stat(); err == nil {
		if st.IsDir() {
			if owned {
				_ = t.interp.fds.close(fd)
			}
			f.fd = -1
			return nil, osErrorObj(syscall.EISDIR, file)
		}
		if st.Blksize > 1 {
			f.blksize = st.Blksize
		}
	}
	if d := ioDict(self); d != nil {
		d.SetStr("name", file)
	}
	f.initialized = true
	t.interp.trackFileIO(f)
	if f.appending {
		if _, err := h.Seek(0, io.SeekEnd); err != nil {
			if _, ok := errnoOf(err); ok && !isErrno(err, syscall.ESPIPE) {
				return nil, fdError(err)
			}
		}
	}
	return None, nil
}

func isErrno(err error, e syscall.Errno) bool {
	got, ok := errnoOf(err)
	return ok && got == e
}

func isStrOrBytes(o Object) bool {
	switch unwrap(o).(type) {
	case py.String, py.Bytes:
		return true
	}
	return false
}

func fileIOSelf(t *Thread, o Object) (*FileIO, error) {
	f := unwrap(o).(*FileIO)
	if err := f.check(t); err != nil {
		return nil, err
	}
	return f, nil
}

func init() {
	c := FileIOClass
	c.def("__new__", &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		typ, err := newCheck(args, FileIOClass, "FileIO")
		if err != nil {
			return nil, err
		}
		return newInstance(ClassOf(typ), &FileIO{fd: -1, seekable: -1, closefd: true}), nil
	}})
	ioMethod(c, "__init__", fileIOInit, "nounwrap")
	ioMethod(c, "read", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("read", args, kwnames, 0, 1); err != nil {
			return nil, err
		}
		f, err := fileIOSelf(t, args[0])
		if err != nil {
			return nil, err
		}
		n, err := optSizeArg(t, args)
		if err != nil {
			return nil, err
		}
		if !f.readable {
			return nil, errUnsupported(t, "File not open for reading")
		}
		if n < 0 {
			b, err := f.readAll(t)
			if err != nil {
				return nil, err
			}
			return py.Bytes(b), nil
		}
		buf := make([]byte, n)
		k, err := f.readInto(t, buf)
		if err != nil {
			return nil, err
		}
		return py.Bytes(buf[:k]), nil
	})
	ioMethod(c, "readall", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("readall", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		f, err := fileIOSelf(t, args[0])
		if err != nil {
			return nil, err
		}
		b, err := f.readAll(t)
		if err != nil {
			return nil, err
		}
		return py.Bytes(b), nil
	})
	ioMethod(c, "readinto", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("readinto", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		f, err := fileIOSelf(t, args[0])
		if err != nil {
			return nil, err
		}
		buf, err := writableBuffer(t, args[1], "readinto")
		if err != nil {
			return nil, err
		}
		if !f.readable {
			return nil, errUnsupported(t, "File not open for reading")
		}
		n, err := f.readInto(t, buf)
		if err != nil {
			return nil, err
		}
		return NewInt(int64(n)), nil
	})
	ioMethod(c, "write", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("write", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		f, err := fileIOSelf(t, args[0])
		if err != nil {
			return nil, err
		}
		b, err := readableBuffer(t, args[1])
		if err != nil {
			return nil, err
		}
		if !f.writable {
			return nil, errUnsupported(t, "File not open for writing")
		}
		n, err := f.write(t, b)
		if err != nil {
			return nil, err
		}
		return NewInt(int64(n)), nil
	})
	ioMethod(c, "seek", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("seek", args, kwnames, 1, 2); err != nil {
			return nil, err
		}
		f, err := fileIOSelf(t, args[0])
		if err != nil {
			return nil, err
		}
		off, whence, err := seekArgs(t, args[1:])
		if err != nil {
			return nil, err
		}
		pos, err := f.seek(t, off, whence)
		if err != nil {
			return nil, err
		}
		return NewInt(pos), nil
	})
	ioMethod(c, "tell", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("tell", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		f, err := fileIOSelf(t, args[0])
		if err != nil {
			return nil, err
		}
		pos, err := f.seek(t, 0, io.SeekCurrent)
		if err != nil {
			return nil, err
		}
		return NewInt(pos), nil
	})
	ioMethod(c, "truncate", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("truncate", args, kwnames, 0, 1); err != nil {
			return nil, err
		}
		f, err := fileIOSelf(t, args[0])
		if err != nil {
			return nil, err
		}
		if !f.writable {
			return nil, errUnsupported(t, "File not open for writing")
		}
		var size int64
		if len(args) > 1 && args[1] != None {
			n, err := IndexInt(t, args[1])
			if err != nil {
				return nil, err
			}
			size = int64(n)
		} else if size, err = f.seek(t, 0, io.SeekCurrent); err != nil {
			return nil, err
		}
		h, err := f.file()
		if err != nil {
			return nil, err
		}
		if err := ioBlock(t, "truncate", func() error { return h.Truncate(size) }); err != nil {
			return nil, fdError(err)
		}
		return NewInt(size), nil
	})
	ioMethod(c, "seekable", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		f, err := fileIOSelf(t, args[0])
		if err != nil {
			return nil, err
		}
		ok, err := f.isSeekable(t)
		return NewBool(ok), err
	})
	ioMethod(c, "readable", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		f, err := fileIOSelf(t, args[0])
		if err != nil {
			return nil, err
		}
		return NewBool(f.readable), nil
	})
	ioMethod(c, "writable", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		f, err := fileIOSelf(t, args[0])
		if err != nil {
			return nil, err
		}
		return NewBool(f.writable), nil
	})
	ioMethod(c, "fileno", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		f, err := fileIOSelf(t, args[0])
		if err != nil {
			return nil, err
		}
		return NewInt(int64(f.fd)), nil
	})
	ioMethod(c, "isatty", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		f, err := fileIOSelf(t, args[0])
		if err != nil {
			return nil, err
		}
		h, err := f.file()
		if err != nil {
			return nil, err
		}
		return NewBool(isTerminalFile(h)), nil
	})
	ioMethod(c, "close", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("close", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		f := unwrap(args[0]).(*FileIO)
		// _RawIOBase.close first (it flushes), then the descriptor.
		err := ioBaseClose(t, args[0])
		if cerr := f.closeFD(); cerr != nil && err == nil {
			err = cerr
		}
		return None, err
	}, "nounwrap")
	c.defGetSet("closed", func(t *Thread, o Object) (Object, error) {
		return NewBool(unwrap(o).(*FileIO).fd < 0), nil
	}, nil)
	c.defGetSet("closefd", func(t *Thread, o Object) (Object, error) {
		return NewBool(unwrap(o).(*FileIO).closefd), nil
	}, nil)
	c.defGetSet("mode", func(t *Thread, o Object) (Object, error) {
		return py.String(unwrap(o).(*FileIO).modeString()), nil
	}, nil)
	c.defGetSet("_blksize", func(t *Thread, o Object) (Object, error) {
		return NewInt(unwrap(o).(*FileIO).blksize), nil
	}, nil)
	c.defGetSet("_finalizing", func(t *Thread, o Object) (Object, error) { return False, nil }, nil)
	ioMethod(c, "__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		f := unwrap(args[0]).(*FileIO)
		if f.fd < 0 {
			return py.String("<_io.FileIO [closed]>"), nil
		}
		closefd := "False"
		if f.closefd {
			closefd = "True"
		}
		name, err := GetAttr(t, args[0], "name")
		if err != nil {
			if !isExceptionType(err, py.AttributeError) && !isExceptionType(err, py.ValueError) {
				return nil, err
			}
			return py.String(fmt.Sprintf("<_io.FileIO fd=%d mode='%s' closefd=%s>", f.fd, f.modeString(), closefd)), nil
		}
		r, err := reprGuarded(t, args[0], name, "FileIO")
		if err != nil {
			return nil, err
		}
		return py.String(fmt.Sprintf("<_io.FileIO name=%s mode='%s' closefd=%s>", r, f.modeString(), closefd)), nil
	}, "nounwrap")
	readyLater(FileIOClass)
}

// reprGuarded is repr(v) for the repr of self, refusing to recurse into
// self's own repr.
func reprGuarded(t *Thread, self, v Object, typ string) (string, error) {
	if t.reprEnter(self) {
		return "", NewError(py.RuntimeError, fmt.Sprintf("reentrant call inside %s.__repr__", TypeName(self)))
	}
	defer t.reprLeave(self)
	return ReprString(t, v)
}

// newCheck checks the class argument of a __new__.
func newCheck(args []Object, c *Class, name string) (*py.Type, error) {
	if len(args) == 0 {
		return nil, NewError(py.TypeError, name+".__new__(): not enough arguments")
	}
	typ, ok := args[0].(*py.Type)
	if !ok {
		return nil, NewError(py.TypeError, fmt.Sprintf("%s.__new__(X): X is not a type object (%s)", name, TypeName(args[0])))
	}
	if !ClassOf(typ).IsSubclass(c) {
		return nil, NewError(py.TypeError, fmt.Sprintf("%s.__new__(%s): %s is not a subtype of %s", name, typ.Name, typ.Name, name))
	}
	return typ, nil
}

// seekArgs converts seek's (offset, whence=0).
func seekArgs(t *Thread, args []Object) (int64, int, error) {
	if _, ok := args[0].(py.Float); ok {
		return 0, 0, NewError(py.TypeError, "'float' object cannot be interpreted as an integer")
	}
	off, err := IndexInt(t, args[0])
	if err != nil {
		return 0, 0, err
	}
	whence := 0
	if len(args) > 1 {
		if whence, err = IndexInt(t, args[1]); err != nil {
			return 0, 0, err
		}
	}
	return int64(off), whence, nil
}
