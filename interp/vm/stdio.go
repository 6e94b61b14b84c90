package vm

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/gilpy/gilpy/gilrt"
	"github.com/go-python/gpython/py"
)

// Buffering says when a TextStream passes what it was given on to the
// underlying writer, following CPython's rules for sys.stdout/stderr.
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

// TextStreamType is the type of sys.stdin, sys.stdout and sys.stderr.
var TextStreamType = newBuiltinType("TextIOWrapper", "Character and line based layer over a buffered stream.", nil)

// TextStream is a text stream over a Go reader or writer: sys.stdout,
// sys.stderr and sys.stdin. Writers are safe for concurrent use (threads
// print without holding any Python-level lock) and release the GIL while
// the underlying writer blocks.
type TextStream struct {
	mu     sync.Mutex
	w      *bufio.Writer
	r      *bufio.Reader
	raw    any
	name   string
	mode   Buffering
	fileno int
	closed bool
	// pending is a line read started by a readline that Ctrl-C cut
	// short (only touched with the GIL held).
	pending *pendingRead
}

// Type implements py.Object.
func (s *TextStream) Type() *Type { return &TextStreamType.Type }

func newTextStream(w io.Writer, name, mode string, b Buffering, fd int) *TextStream {
	return &TextStream{w: bufio.NewWriterSize(w, 8192), raw: w, name: name, mode: b, fileno: fd}
}

func newInputStream(r io.Reader, name string, fd int) *TextStream {
	return &TextStream{r: bufio.NewReader(r), raw: r, name: name, mode: LineBuffered, fileno: fd}
}

// WriteString writes from Go (not through Python code).
func (s *TextStream) WriteString(str string) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.writeLocked(str)
}

func (s *TextStream) writeLocked(str string) (int, error) {
	if s.w == nil {
		return 0, NewError(py.OSError, "not writable")
	}
	n, err := s.w.WriteString(str)
	if err != nil {
		return n, err
	}
	switch s.mode {
	case Unbuffered:
		err = s.w.Flush()
	case LineBuffered:
		if strings.IndexByte(str, '\n') >= 0 {
			err = s.w.Flush()
		}
	}
	return n, err
}

// Flush passes on whatever is buffered.
func (s *TextStream) Flush() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.w == nil {
		return nil
	}
	return s.w.Flush()
}

// write writes from Python code: a write that only fills the buffer does
// not block and keeps the GIL (as in CPython, where it makes no system
// call: a block-buffered stream's write that fits, or a line-buffered
// stream's write without a newline); a write that reaches the underlying
// writer releases the GIL around it.
func (s *TextStream) write(t *Thread, str string) error {
	if s.closed {
		return NewError(py.ValueError, "I/O operation on closed file.")
	}
	buffered := s.mode == BlockBuffered || (s.mode == LineBuffered && strings.IndexByte(str, '\n') < 0)
	if buffered && s.w != nil && s.w.Available() > len(str) {
		s.mu.Lock()
		_, err := s.w.WriteString(str)
		s.mu.Unlock()
		return ioError(err)
	}
	return t.briefIO("write", func() error {
		_, err := s.WriteString(str)
		return err
	})
}

// writePieces writes a print()'s pieces as separate writes, as an
// unbuffered CPython stream does.
func (s *TextStream) writePieces(t *Thread, args []Object, sep, end string) error {
	for i, a := range args {
		if i > 0 {
			if err := s.write(t, sep); err != nil {
				return err
			}
		}
		str, err := StrString(t, a)
		if err != nil {
			return err
		}
		if err := s.write(t, str); err != nil {
			return err
		}
	}
	return s.write(t, end)
}

func (s *TextStream) flush(t *Thread) error {
	return t.briefIO("flush", s.Flush)
}

func ioError(err error) error {
	if err == nil {
		return nil
	}
	return osError(err, "")
}

// blockingIO runs an I/O operation with the GIL released.
func (t *Thread) blockingIO(what string, fn func() error) error {
	return t.doBlockingIO(what, false, fn)
}

// briefIO runs a write or flush with the GIL released, but without waking
// a waiting thread unless the write lasts (see gilrt.Thread.BlockBrief):
// a thread printing a line then usually finishes it before another
// thread's print begins, as in CPython.
func (t *Thread) briefIO(what string, fn func() error) error {
	return t.doBlockingIO(what, true, fn)
}

func (t *Thread) doBlockingIO(what string, brief bool, fn func() error) error {
	var opErr error
	if t.gil == nil {
		opErr = fn()
	} else {
		block := t.gil.Block
		if brief {
			block = t.gil.BlockBrief
		}
		err := block(gilrt.BlockIO, what, func(stop <-chan struct{}) error {
			opErr = fn()
			return nil
		})
		if err != nil {
			return t.interruptError(err)
		}
	}
	return ioError(opErr)
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

// readLine reads one line from an input stream, with the GIL released.
func (s *TextStream) readLine(t *Thread) (string, error) {
	if s.r == nil {
		return "", NewError(py.OSError, "not readable")
	}
	// The read runs on a goroutine of its own, so that Ctrl-C ends the
	// wait at once (input() raises KeyboardInterrupt, as in CPython); a
	// line that arrives after that is kept for the next read.
	p := s.pending
	if p == nil {
		p = &pendingRead{done: make(chan struct{})}
		s.pending = p
		r := s.r
		go func() {
			p.line, p.err = r.ReadString('\n')
			close(p.done)
		}()
	}
	if t.gil == nil {
		<-p.done
	} else if err := t.gil.Block(gilrt.BlockIO, "readline", func(stop <-chan struct{}) error {
		select {
		case <-p.done:
			return nil
		case <-stop:
			return gilrt.ErrInterrupted
		}
	}); err != nil {
		return "", t.interruptError(err)
	}
	s.pending = nil
	if p.err != nil && p.err != io.EOF {
		return p.line, osError(p.err, "")
	}
	return p.line, nil
}

// pendingRead is a readline that has not returned yet.
type pendingRead struct {
	line string
	err  error
	done chan struct{}
}

func streamArg(args []Object) *TextStream { return args[0].(*TextStream) }

func init() {
	c := TextStreamType
	c.defMethod("write", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("write", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		s, ok := args[1].(py.String)
		if !ok {
			return nil, NewError(py.TypeError, fmt.Sprintf("write() argument must be str, not %s", TypeName(args[1])))
		}
		if err := streamArg(args).write(t, string(s)); err != nil {
			return nil, err
		}
		return NewInt(int64(strLen(string(s)))), nil
	}, "Write string to stream.")
	c.defMethod("flush", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return None, streamArg(args).flush(t)
	}, "Flush the write buffers of the stream if applicable.")
	c.defMethod("readline", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		line, err := streamArg(args).readLine(t)
		return py.String(line), err
	}, "Read until newline or EOF.")
	c.defMethod("read", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		s := streamArg(args)
		if s.r == nil {
			return nil, NewError(py.OSError, "not readable")
		}
		var data []byte
		err := t.blockingIO("read", func() error {
			var e error
			data, e = io.ReadAll(s.r)
			return e
		})
		return py.String(data), err
	}, "Read until EOF.")
	c.defMethod("fileno", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return NewInt(int64(streamArg(args).fileno)), nil
	}, "Return the underlying file descriptor.")
	c.defMethod("isatty", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		f, ok := streamArg(args).raw.(*os.File)
		if !ok {
			return False, nil
		}
		st, err := f.Stat()
		return NewBool(err == nil && st.Mode()&os.ModeCharDevice != 0), nil
	}, "Is the stream connected to a terminal device?")
	c.defMethod("readable", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return NewBool(streamArg(args).r != nil), nil
	}, "")
	c.defMethod("writable", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return NewBool(streamArg(args).w != nil), nil
	}, "")
	c.defMethod("seekable", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return False, nil
	}, "")
	c.defMethod("close", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		s := streamArg(args)
		err := s.flush(t)
		s.closed = true
		return None, err
	}, "")
	c.defMethod("__enter__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) { return args[0], nil }, "")
	c.defMethod("__exit__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		s := streamArg(args)
		err := s.flush(t)
		s.closed = true
		return None, err
	}, "")
	c.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		s := streamArg(args)
		mode := "w"
		if s.r != nil {
			mode = "r"
		}
		return py.String(fmt.Sprintf("<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>", s.name, mode)), nil
	}, "")
	c.defGetSet("name", func(t *Thread, o Object) (Object, error) { return py.String(o.(*TextStream).name), nil }, nil)
	c.defGetSet("encoding", func(t *Thread, o Object) (Object, error) { return py.String("utf-8"), nil }, nil)
	c.defGetSet("errors", func(t *Thread, o Object) (Object, error) { return py.String("strict"), nil }, nil)
	c.defGetSet("closed", func(t *Thread, o Object) (Object, error) { return NewBool(o.(*TextStream).closed), nil }, nil)
	c.defGetSet("line_buffering", func(t *Thread, o Object) (Object, error) {
		return NewBool(o.(*TextStream).mode == LineBuffered), nil
	}, nil)
	c.defGetSet("mode", func(t *Thread, o Object) (Object, error) {
		if o.(*TextStream).r != nil {
			return py.String("r"), nil
		}
		return py.String("w"), nil
	}, nil)
	c.ns.SetStr("__module__", py.String("_io"))
}

func builtinInput(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("input", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	in := t.interp
	if len(args) == 1 {
		p, err := StrString(t, args[0])
		if err != nil {
			return nil, err
		}
		out, _ := in.sys.Get("stdout")
		if ts, ok := out.(*TextStream); ok {
			if err := ts.write(t, p); err != nil {
				return nil, err
			}
			if err := ts.flush(t); err != nil {
				return nil, err
			}
		} else if out != nil && out != None {
			w, err := GetAttr(t, out, "write")
			if err != nil {
				return nil, err
			}
			if _, err := Call(t, w, []Object{py.String(p)}, nil); err != nil {
				return nil, err
			}
		}
	} else if err := in.stdout.flush(t); err != nil {
		return nil, err
	}
	inp, _ := in.sys.Get("stdin")
	var line string
	if ts, ok := inp.(*TextStream); ok {
		l, err := ts.readLine(t)
		if err != nil {
			return nil, err
		}
		line = l
	} else {
		rl, err := GetAttr(t, inp, "readline")
		if err != nil {
			return nil, err
		}
		r, err := Call(t, rl, nil, nil)
		if err != nil {
			return nil, err
		}
		s, _ := r.(py.String)
		line = string(s)
	}
	if line == "" {
		return nil, NewException(py.EOFError, py.String("EOF when reading a line"))
	}
	return py.String(strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")), nil
}
