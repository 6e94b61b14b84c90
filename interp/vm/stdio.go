package vm

import (
	"io"
	"strings"

	"github.com/go-python/gpython/py"
)

// Buffering says when sys.stdout and sys.stderr pass what they were given
// on to the underlying writer, following CPython's rules.
type Buffering int

const (
	// BlockBuffered collects writes until the buffer fills or flush is
	// called: stdout when it is not a terminal.
	BlockBuffered Buffering = iota
	// LineBuffered passes output on at each newline: stdout on a
	// terminal, and stderr always.
	LineBuffered
	// Unbuffered passes every write on at once: python -u.
	Unbuffered
)

// The standard streams are built as CPython builds them: a TextIOWrapper
// over a BufferedWriter (or, unbuffered, straight over the FileIO) over a
// FileIO on descriptor 0, 1 or 2 of the interpreter's descriptor table,
// which holds the embedder's reader or writer (see io_fd.go). They are
// made before the interpreter can run code, so without calling Python;
// attachStdio completes them once the interpreter exists.

// stdFileIO makes the FileIO of a standard stream.
func stdFileIO(name string, fd int, writable bool) (*FileIO, Object) {
	f := &FileIO{fd: fd, readable: !writable, writable: writable, seekable: -1, blksize: DefaultBufferSize, initialized: true}
	obj := newInstance(FileIOClass, f)
	obj.Dict().SetStr("name", py.String(name))
	return f, obj
}

// newTextStream makes sys.stdout or sys.stderr.
func newTextStream(w io.Writer, name, mode string, b Buffering, fd int) *TextStream {
	f, raw := stdFileIO(name, fd, true)
	tw := &TextIOWrapper{codec: utf8Codec, encoding: "utf-8", errors: "strict", writable: true, chunkSize: DefaultBufferSize, tp: &textPending{}, initialized: true}
	if b == Unbuffered {
		tw.buffer, tw.gfio, tw.writeThrough = raw, f, true
	} else {
		buf := &Buffered{cls: BufferedWriterClass, raw: raw, fraw: f, size: DefaultBufferSize, writable: true, initialized: true, ws: &writeState{fraw: f}}
		tw.buffer, tw.gbuf = newInstance(BufferedWriterClass, buf), buf
		tw.lineBuffering = b == LineBuffered
	}
	tw.readUniversal, tw.readTranslate = true, true
	self := newInstance(TextIOWrapperClass, tw)
	self.Dict().SetStr("mode", py.String(mode))
	tw.self = self
	return tw
}

// newInputStream makes sys.stdin.
func newInputStream(r io.Reader, name string, fd int) *TextStream {
	f, raw := stdFileIO(name, fd, false)
	buf := &Buffered{cls: BufferedReaderClass, raw: raw, fraw: f, size: DefaultBufferSize, readable: true, initialized: true, ws: &writeState{}}
	tw := &TextIOWrapper{codec: utf8Codec, encoding: "utf-8", errors: "strict", chunkSize: DefaultBufferSize, tp: &textPending{}, initialized: true, hasRead1: true}
	tw.buffer, tw.gbuf = newInstance(BufferedReaderClass, buf), buf
	// Opened with newline="\n", as CPython opens standard input on
	// POSIX systems: lines end at "\n" only and a "\r\n" line keeps
	// its "\r" (input() included).
	tw.readUniversal, tw.readTranslate, tw.readNL = false, false, "\n"
	tw.decoder = utf8Codec.NewDecoder("strict")
	self := newInstance(TextIOWrapperClass, tw)
	self.Dict().SetStr("mode", py.String("r"))
	tw.self = self
	return tw
}

// attachStdio completes the standard streams once the interpreter
// exists: their descriptors, whether they are seekable, and their error
// handlers, which as in CPython depend on the locale (surrogateescape for
// stdin and stdout under the C, POSIX or C.UTF-8 locale, strict
// otherwise; backslashreplace for stderr).
func (in *Interp) attachStdio() {
	errs := "strict"
	if cLocale(in) {
		errs = "surrogateescape"
	}
	for _, s := range []*TextIOWrapper{in.stdin, in.stdout, in.stderr} {
		s.in = in
		var f *FileIO
		switch {
		case s.gfio != nil:
			f = s.gfio
		case s.gbuf != nil:
			f = s.gbuf.fraw
		}
		f.in = in
		s.errors = errs
		if s == in.stderr {
			s.errors = "backslashreplace"
		}
		if s.decoder != nil {
			s.decoder = s.codec.NewDecoder(s.errors)
		}
		if h, err := in.fds.get(f.fd); err == nil {
			if _, err := h.Seek(0, io.SeekCurrent); err == nil {
				f.seekable = 1
				s.seekable, s.telling = true, true
			} else {
				f.seekable = 0
			}
		}
	}
}

// cLocale reports whether the locale CPython would see is C, POSIX or
// C.UTF-8 (where it makes stdin and stdout use surrogateescape).
func cLocale(in *Interp) bool {
	for _, k := range []string{"LC_ALL", "LC_CTYPE", "LANG"} {
		v := in.getenv(k)
		if v == "" {
			continue
		}
		switch strings.ToLower(v) {
		case "c", "posix", "c.utf-8", "c.utf8":
			return true
		}
		return false
	}
	return true
}

// exactTextIO returns the Go wrapper of o when o is a TextIOWrapper (not
// a subclass, whose methods may be overridden) in working order.
func exactTextIO(o Object) *TextIOWrapper {
	inst, ok := o.(*Instance)
	if !ok || inst.cls != TextIOWrapperClass {
		return nil
	}
	w := inst.base.(*TextIOWrapper)
	if !w.initialized || w.detached {
		return nil
	}
	return w
}

// writeText writes s to a text stream as file.write(s) would.
func writeText(t *Thread, file Object, s string) error {
	if w := exactTextIO(file); w != nil {
		if err := w.checkClosed(t, file); err != nil {
			return err
		}
		return w.write(t, s)
	}
	_, err := CallMethod(t, file, "write", []Object{py.String(s)}, nil)
	return err
}

// flushText is file.flush().
func flushText(t *Thread, file Object) error {
	if w := exactTextIO(file); w != nil {
		if err := w.checkClosed(t, file); err != nil {
			return err
		}
		return w.flush(t)
	}
	_, err := CallMethod(t, file, "flush", nil, nil)
	return err
}

// ioError converts a Go I/O error into the OSError Python raises for it.
func ioError(err error) error {
	if err == nil {
		return nil
	}
	return osError(err, "")
}

// blockingIO runs an I/O operation with the GIL released.
func (t *Thread) blockingIO(what string, fn func() error) error {
	return ioError(ioBlock(t, what, fn))
}

// interruptError turns an interrupted blocking wait into the exception
// the interruption means (see Thread.Interrupted: a SIGINT is consumed
// as it becomes KeyboardInterrupt).
func (t *Thread) interruptError(err error) error {
	if e, ok := err.(*py.Exception); ok {
		return e
	}
	if t.interp.cancelled() {
		return t.interp.cancelError()
	}
	return t.Interrupted(err)
}

func builtinInput(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("input", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	in := t.interp
	inp, _ := in.sys.Get("stdin")
	if inp == nil || inp == None {
		return nil, NewError(py.RuntimeError, "input(): lost sys.stdin")
	}
	out, _ := in.sys.Get("stdout")
	if out == nil || out == None {
		return nil, NewError(py.RuntimeError, "input(): lost sys.stdout")
	}
	if errOut, _ := in.sys.Get("stderr"); errOut != nil && errOut != None {
		if err := flushText(t, errOut); err != nil {
			return nil, err
		}
	}
	if len(args) == 1 {
		p, err := StrString(t, args[0])
		if err != nil {
			return nil, err
		}
		if err := writeText(t, out, p); err != nil {
			return nil, err
		}
	}
	if err := flushText(t, out); err != nil {
		return nil, err
	}
	var line string
	if w := exactTextIO(inp); w != nil {
		if err := w.checkClosed(t, inp); err != nil {
			return nil, err
		}
		l, err := w.readline(t, -1)
		if err != nil {
			return nil, err
		}
		line = l
	} else {
		r, err := CallMethod(t, inp, "readline", nil, nil)
		if err != nil {
			return nil, err
		}
		s, ok := unwrap(r).(py.String)
		if !ok {
			return nil, NewError(py.TypeError, "object.readline() returned non-string")
		}
		line = string(s)
	}
	if line == "" {
		return nil, NewException(py.EOFError, py.String("EOF when reading a line"))
	}
	return py.String(strings.TrimSuffix(line, "\n")), nil
}
