package vm

import (
	"bytes"
	"fmt"
	"io"
	"runtime"

	"github.com/go-python/gpython/py"
)

// BufferedReader, BufferedWriter and BufferedRandom: a buffer over a raw
// stream. The raw stream may be any object with the raw methods; when it
// is a FileIO (exactly) its Go methods are called directly.
//
// Like CPython's, a buffered object has a lock of its own, because its
// raw calls release the GIL: another thread using the same object waits
// for the lock (without the GIL), and the same thread coming back into
// it (from a signal handler, or a raw stream that writes to it) gets
// RuntimeError("reentrant call inside ...").

var (
	BufferedReaderClass = ioClass("BufferedReader", "Reads from a raw binary stream through a buffer.", BufferedIOBaseClass)
	BufferedWriterClass = ioClass("BufferedWriter", "Writes to a raw binary stream through a buffer.", BufferedIOBaseClass)
	BufferedRandomClass = ioClass("BufferedRandom", "Reads, writes and seeks a seekable raw stream through one buffer.", BufferedIOBaseClass)
	BufferedRWPairClass = ioClass("BufferedRWPair", "Pairs a readable raw stream and a writable one as a single buffered stream.", BufferedIOBaseClass)
)

// Buffered is the Go value of the three buffered classes.
type Buffered struct {
	cls                *Class
	raw                Object  // nil once detached
	fraw               *FileIO // raw's Go value when raw is exactly a FileIO
	size               int
	readable, writable bool
	initialized        bool
	detached           bool

	rbuf []byte // read ahead; what is not consumed yet is rbuf[rpos:]
	rpos int

	// ws holds the lock and the bytes written but not yet passed to raw,
	// apart from the object so that they can be flushed once the object
	// has been collected (see io_flush.go).
	ws      *writeState
	cleanup runtime.Cleanup
}

// Type implements Object.
func (b *Buffered) Type() *Type { return b.cls.T() }

// lock takes the object's lock: without the GIL if another thread has it.
func (b *Buffered) lock(t *Thread, self Object) error {
	ws := b.ws
	if ws.mu.TryLock() {
		ws.owner.Store(t)
		return nil
	}
	if t != nil && ws.owner.Load() == t {
		r := "<buffered>"
		if self != nil {
			r, _ = ReprString(t, self)
		}
		return NewError(py.RuntimeError, "reentrant call inside "+r)
	}
	if err := ioBlock(t, "lock", func() error { ws.mu.Lock(); return nil }); err != nil {
		return err
	}
	ws.owner.Store(t)
	return nil
}

func (b *Buffered) unlock() {
	b.ws.owner.Store(nil)
	b.ws.mu.Unlock()
}

func (b *Buffered) checkInit() error {
	if !b.initialized {
		if b.detached {
			return NewError(py.ValueError, "raw stream has been detached")
		}
		return NewError(py.ValueError, "I/O operation on uninitialized object")
	}
	if b.detached {
		return NewError(py.ValueError, "raw stream has been detached")
	}
	return nil
}

// isClosed asks the raw stream.
func (b *Buffered) isClosed(t *Thread) (bool, error) {
	if b.fraw != nil {
		return b.fraw.fd < 0, nil
	}
	c, err := GetAttr(t, b.raw, "closed")
	if err != nil {
		return false, err
	}
	return Truth(t, c)
}

// checkClosed raises ValueError(msg) when the raw stream is closed.
func (b *Buffered) checkClosed(t *Thread, msg string) error {
	closed, err := b.isClosed(t)
	if err != nil {
		return err
	}
	if closed {
		return NewError(py.ValueError, msg)
	}
	return nil
}

// openAndLock raises ValueError(closedMsg) when the raw stream is closed,
// else takes the buffer's lock (the caller unlocks).
func (b *Buffered) openAndLock(t *Thread, self Object, closedMsg string) error {
	if err := b.checkClosed(t, closedMsg); err != nil {
		return err
	}
	return b.lock(t, self)
}

func (b *Buffered) unconsumed() int { return len(b.rbuf) - b.rpos }

// rawReadinto reads once from raw into p: the count, or -1 when a
// non-blocking raw stream had nothing (it returned None).
func (b *Buffered) rawReadinto(t *Thread, p []byte) (int, error) {
	if b.fraw != nil {
		return b.fraw.readInto(t, p)
	}
	mv := bytesView(None, p, false)
	r, err := CallMethod(t, b.raw, "readinto", []Object{mv}, nil)
	mv.released = true
	if err != nil {
		return 0, err
	}
	if r == None {
		return -1, nil
	}
	n, err := IndexInt(t, r)
	if err != nil {
		return 0, err
	}
	if n < 0 || n > len(p) {
		return 0, NewError(py.OSError, fmt.Sprintf("raw readinto() returned invalid length %d (should have been between 0 and %d)", n, len(p)))
	}
	return n, nil
}

// rawWrite writes p to raw once: the count, or -1 when a non-blocking
// raw stream took nothing.
func (b *Buffered) rawWrite(t *Thread, p []byte) (int, error) {
	if b.fraw != nil {
		return b.fraw.write(t, p)
	}
	mv := bytesView(None, p, true)
	r, err := CallMethod(t, b.raw, "write", []Object{mv}, nil)
	mv.released = true
	if err != nil {
		return 0, err
	}
	if r == None {
		return -1, nil
	}
	n, err := IndexInt(t, r)
	if err != nil {
		return 0, err
	}
	if n < 0 || n > len(p) {
		return 0, NewError(py.OSError, fmt.Sprintf("raw write() returned invalid length %d (should have been between 0 and %d)", n, len(p)))
	}
	return n, nil
}

func (b *Buffered) rawSeek(t *Thread, off int64, whence int) (int64, error) {
	var pos int64
	if b.fraw != nil {
		var err error
		if pos, err = b.fraw.seek(t, off, whence); err != nil {
			return 0, err
		}
	} else {
		r, err := CallMethod(t, b.raw, "seek", []Object{NewInt(off), NewInt(int64(whence))}, nil)
		if err != nil {
			return 0, err
		}
		n, err := IndexInt(t, r)
		if err != nil {
			return 0, err
		}
		pos = int64(n)
	}
	if pos < 0 {
		return 0, NewError(py.OSError, fmt.Sprintf("Raw stream returned invalid position %d", pos))
	}
	return pos, nil
}

func (b *Buffered) rawTell(t *Thread) (int64, error) {
	var pos int64
	if b.fraw != nil {
		var err error
		if pos, err = b.fraw.seek(t, 0, io.SeekCurrent); err != nil {
			return 0, err
		}
	} else {
		r, err := CallMethod(t, b.raw, "tell", nil, nil)
		if err != nil {
			return 0, err
		}
		n, err := IndexInt(t, r)
		if err != nil {
			return 0, err
		}
		pos = int64(n)
	}
	if pos < 0 {
		return 0, NewError(py.OSError, fmt.Sprintf("Raw stream returned invalid position %d", pos))
	}
	return pos, nil
}

// flushWrites passes the write buffer to raw; the lock is held.
func (b *Buffered) flushWrites(t *Thread) error {
	for len(b.ws.wbuf) > 0 {
		n, err := b.rawWrite(t, b.ws.wbuf)
		if err != nil {
			return err
		}
		if n < 0 {
			return NewException(py.BlockingIOError, NewInt(11), py.String("write could not complete without blocking"), NewInt(0))
		}
		b.ws.wbuf = b.ws.wbuf[n:]
	}
	b.ws.wbuf = b.ws.wbuf[:0]
	return nil
}

// dropReadAhead moves raw back to the logical position and forgets the
// read-ahead (before a write or a raw seek); the lock is held.
func (b *Buffered) dropReadAhead(t *Thread) error {
	if n := b.unconsumed(); n > 0 {
		if _, err := b.rawSeek(t, int64(-n), io.SeekCurrent); err != nil {
			return err
		}
	}
	b.rbuf, b.rpos = b.rbuf[:0], 0
	return nil
}

// fill reads once from raw into the (empty) read buffer: the count read,
// 0 at end of file, -1 when a non-blocking raw had nothing.
func (b *Buffered) fill(t *Thread) (int, error) {
	if cap(b.rbuf) < b.size {
		b.rbuf = make([]byte, b.size)
	}
	b.rbuf = b.rbuf[:b.size]
	n, err := b.rawReadinto(t, b.rbuf)
	if err != nil || n < 0 {
		b.rbuf, b.rpos = b.rbuf[:0], 0
		return n, err
	}
	b.rbuf, b.rpos = b.rbuf[:n], 0
	return n, nil
}

// prepareRead flushes pending writes before reading; the lock is held.
func (b *Buffered) prepareRead(t *Thread) error {
	if len(b.ws.wbuf) > 0 {
		return b.flushWrites(t)
	}
	return nil
}

// read returns up to n bytes (n < 0: to the end), reading raw until it
// has them or raw ends; nil (None) when a non-blocking raw had nothing
// at all. The lock is held.
func (b *Buffered) read(t *Thread, n int) ([]byte, error) {
	if err := b.prepareRead(t); err != nil {
		return nil, err
	}
	if n < 0 {
		out := append([]byte{}, b.rbuf[b.rpos:]...)
		b.rbuf, b.rpos = b.rbuf[:0], 0
		if b.fraw != nil {
			rest, err := b.fraw.readAll(t)
			if err != nil {
				return nil, err
			}
			return append(out, rest...), nil
		}
		if ra, _ := GetAttr(t, b.raw, "readall"); ra != nil {
			r, err := Call(t, ra, nil, nil)
			if err != nil {
				return nil, err
			}
			if r == None {
				if len(out) == 0 {
					return nil, nil
				}
				return out, nil
			}
			rb, ok := r.(py.Bytes)
			if !ok {
				return nil, NewError(py.TypeError, "readall() should return bytes")
			}
			return append(out, rb...), nil
		}
		for {
			k, err := b.fill(t)
			if err != nil {
				return nil, err
			}
			if k <= 0 {
				if k < 0 && len(out) == 0 {
					return nil, nil
				}
				return out, nil
			}
			out = append(out, b.rbuf...)
			b.rbuf, b.rpos = b.rbuf[:0], 0
		}
	}
	if b.unconsumed() >= n {
		out := append([]byte{}, b.rbuf[b.rpos:b.rpos+n]...)
		b.rpos += n
		return out, nil
	}
	out := make([]byte, 0, n)
	out = append(out, b.rbuf[b.rpos:]...)
	b.rbuf, b.rpos = b.rbuf[:0], 0
	for len(out) < n {
		want := n - len(out)
		if want >= b.size {
			// Large reads go straight into the result.
			start := len(out)
			out = out[:n]
			k, err := b.rawReadinto(t, out[start:])
			out = out[:start+max(k, 0)]
			if err != nil {
				return nil, err
			}
			if k <= 0 {
				if k < 0 && len(out) == 0 {
					return nil, nil
				}
				break
			}
			continue
		}
		k, err := b.fill(t)
		if err != nil {
			return nil, err
		}
		if k <= 0 {
			if k < 0 && len(out) == 0 {
				return nil, nil
			}
			break
		}
		take := min(want, len(b.rbuf))
		out = append(out, b.rbuf[:take]...)
		b.rpos = take
	}
	return out, nil
}

// read1 returns up to n bytes with at most one raw read; the lock is held.
func (b *Buffered) read1(t *Thread, n int) ([]byte, error) {
	if err := b.prepareRead(t); err != nil {
		return nil, err
	}
	if n < 0 {
		n = b.size
	}
	if n == 0 {
		return []byte{}, nil
	}
	if b.unconsumed() > 0 {
		k := min(n, b.unconsumed())
		out := append([]byte{}, b.rbuf[b.rpos:b.rpos+k]...)
		b.rpos += k
		return out, nil
	}
	if n > b.size {
		out := make([]byte, n)
		k, err := b.rawReadinto(t, out)
		if err != nil {
			return nil, err
		}
		return out[:max(k, 0)], nil
	}
	if _, err := b.fill(t); err != nil {
		return nil, err
	}
	k := min(n, len(b.rbuf))
	out := append([]byte{}, b.rbuf[:k]...)
	b.rpos = k
	return out, nil
}

// peek returns the read-ahead, reading once if there is none.
func (b *Buffered) peek(t *Thread) ([]byte, error) {
	if err := b.prepareRead(t); err != nil {
		return nil, err
	}
	if b.unconsumed() == 0 {
		if _, err := b.fill(t); err != nil {
			return nil, err
		}
	}
	return append([]byte{}, b.rbuf[b.rpos:]...), nil
}

// readline reads through the next b'\n' (at most limit bytes when
// limit >= 0); the lock is held.
func (b *Buffered) readline(t *Thread, limit int) ([]byte, error) {
	if err := b.prepareRead(t); err != nil {
		return nil, err
	}
	var out []byte
	for limit < 0 || len(out) < limit {
		if b.unconsumed() == 0 {
			k, err := b.fill(t)
			if err != nil {
				return nil, err
			}
			if k <= 0 {
				break
			}
		}
		avail := b.rbuf[b.rpos:]
		if limit >= 0 && len(avail) > limit-len(out) {
			avail = avail[:limit-len(out)]
		}
		if i := bytes.IndexByte(avail, '\n'); i >= 0 {
			out = append(out, avail[:i+1]...)
			b.rpos += i + 1
			return out, nil
		}
		out = append(out, avail...)
		b.rpos += len(avail)
	}
	if out == nil {
		out = []byte{}
	}
	return out, nil
}

// write buffers p, passing the buffer on when it is full; the lock is
// held.
func (b *Buffered) write(t *Thread, p []byte) error {
	if b.unconsumed() > 0 || len(b.rbuf) > 0 {
		if err := b.dropReadAhead(t); err != nil {
			return err
		}
	}
	b.ws.wbuf = append(b.ws.wbuf, p...)
	if len(b.ws.wbuf) >= b.size {
		return b.flushWrites(t)
	}
	return nil
}

// tell is the logical position; the lock is held.
func (b *Buffered) tell(t *Thread) (int64, error) {
	pos, err := b.rawTell(t)
	if err != nil {
		return 0, err
	}
	pos = pos - int64(b.unconsumed()) + int64(len(b.ws.wbuf))
	if pos < 0 {
		pos = 0
	}
	return pos, nil
}

// Flush passes buffered writes to the raw stream from Go (at exit, or
// for sys.stdout's Go side); t may be nil.
func (b *Buffered) Flush(t *Thread) error {
	if !b.initialized || b.detached || !b.writable {
		return nil
	}
	if err := b.lock(t, nil); err != nil {
		return err
	}
	defer b.unlock()
	return b.flushWrites(t)
}

// bufferedInit is __init__ for BufferedReader, BufferedWriter and
// BufferedRandom: (raw, buffer_size=DEFAULT_BUFFER_SIZE).
func bufferedInit(t *Thread, args []Object, kwnames Tuple, readable, writable bool) (Object, error) {
	self := args[0]
	b := unwrap(self).(*Buffered)
	var raw, size Object
	name := "BufferedReader"
	switch {
	case readable && writable:
		name = "BufferedRandom"
	case writable:
		name = "BufferedWriter"
	}
	if _, err := ParseClinic(&Params{Func: name, Names: []string{"raw", "buffer_size"}, KwOnly: -1, Required: 1}, args[1:], kwnames, &raw, &size); err != nil {
		return nil, err
	}
	b.initialized = false
	if writable && readable {
		if err := ioRawCheck(t, raw, "seekable", "File or stream is not seekable."); err != nil {
			return nil, err
		}
	}
	if readable {
		if err := ioRawCheck(t, raw, "readable", "File or stream is not readable."); err != nil {
			return nil, err
		}
	}
	if writable {
		if err := ioRawCheck(t, raw, "writable", "File or stream is not writable."); err != nil {
			return nil, err
		}
	}
	n := DefaultBufferSize
	if size != nil {
		var err error
		if n, err = IndexInt(t, size); err != nil {
			return nil, err
		}
	}
	if n <= 0 {
		return nil, NewError(py.ValueError, "buffer size must be strictly positive")
	}
	b.raw, b.size, b.readable, b.writable = raw, n, readable, writable
	b.fraw = nil
	if inst, ok := raw.(*Instance); ok && inst.cls == FileIOClass {
		b.fraw = inst.base.(*FileIO)
	}
	b.rbuf, b.rpos = nil, 0
	b.ws.wbuf = nil
	b.detached = false
	b.initialized = true
	if writable {
		t.interp.trackBuffered(b)
	}
	return None, nil
}

// ioRawCheck calls raw.<what>() and raises UnsupportedOperation(msg)
// unless it is true.
func ioRawCheck(t *Thread, raw Object, what, msg string) error {
	r, err := CallMethod(t, raw, what, nil, nil)
	if err != nil {
		return err
	}
	if r != True {
		ok, err := Truth(t, r)
		if err != nil {
			return err
		}
		if !ok {
			return errUnsupported(t, msg)
		}
	}
	return nil
}

// bufSelf checks the object and takes its lock: the caller unlocks.
func bufSelf(t *Thread, self Object) (*Buffered, error) {
	b := unwrap(self).(*Buffered)
	if err := b.checkInit(); err != nil {
		return nil, err
	}
	if err := b.lock(t, self); err != nil {
		return nil, err
	}
	return b, nil
}

func bytesOrNone(b []byte) Object {
	if b == nil {
		return None
	}
	return py.Bytes(b)
}

func bufferedNew(c *Class, name string) *BuiltinFunction {
	return &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		typ, err := newCheck(args, c, name)
		if err != nil {
			return nil, err
		}
		return newInstance(ClassOf(typ), &Buffered{cls: c, ws: &writeState{}}), nil
	}}
}

func init() {
	for _, k := range []struct {
		c          *Class
		name       string
		read, writ bool
	}{
		{BufferedReaderClass, "BufferedReader", true, false},
		{BufferedWriterClass, "BufferedWriter", false, true},
		{BufferedRandomClass, "BufferedRandom", true, true},
	} {
		k := k
		c := k.c
		c.def("__new__", bufferedNew(c, k.name))
		ioMethod(c, "__init__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			return bufferedInit(t, args, kwnames, k.read, k.writ)
		}, "nounwrap")
		defBufferedCommon(c, k.name)
		if k.read {
			defBufferedRead(c)
		}
		if k.writ {
			defBufferedWrite(c)
		}
	}
	defRWPair()
	readyLater(BufferedReaderClass)
	readyLater(BufferedWriterClass)
	readyLater(BufferedRandomClass)
	readyLater(BufferedRWPairClass)
}

// defBufferedCommon defines what all three buffered classes have.
func defBufferedCommon(c *Class, name string) {
	ioMethod(c, "flush", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("flush", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		b, err := bufSelf(t, args[0])
		if err != nil {
			return nil, err
		}
		defer b.unlock()
		msg := "I/O operation on closed file."
		if b.writable {
			msg = "flush of closed file"
		}
		if err := b.checkClosed(t, msg); err != nil {
			return nil, err
		}
		if b.writable {
			if err := b.flushWrites(t); err != nil {
				return nil, err
			}
		}
		return None, nil
	}, "nounwrap")
	ioMethod(c, "close", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("close", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		b := unwrap(args[0]).(*Buffered)
		if err := b.checkInit(); err != nil {
			return nil, err
		}
		closed, err := b.isClosed(t)
		if err != nil {
			return nil, err
		}
		if closed {
			return None, nil
		}
		err = flushThenClose(t, args[0], b.raw)
		b.rbuf, b.rpos = nil, 0
		b.ws.wbuf = nil
		b.cleanup.Stop()
		if err != nil {
			return nil, err
		}
		return None, nil
	}, "nounwrap")
	ioMethod(c, "detach", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("detach", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		b := unwrap(args[0]).(*Buffered)
		if err := b.checkInit(); err != nil {
			return nil, err
		}
		if _, err := CallMethod(t, args[0], "flush", nil, nil); err != nil {
			return nil, err
		}
		raw := b.raw
		b.raw, b.fraw, b.detached, b.initialized = nil, nil, true, false
		b.cleanup.Stop()
		return raw, nil
	}, "nounwrap")
	delegate := func(meth string) {
		ioMethod(c, meth, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := checkMethodArgs(meth, args, kwnames, 0, 0); err != nil {
				return nil, err
			}
			b := unwrap(args[0]).(*Buffered)
			if err := b.checkInit(); err != nil {
				return nil, err
			}
			return CallMethod(t, b.raw, meth, nil, nil)
		}, "nounwrap")
	}
	for _, m := range []string{"seekable", "fileno", "isatty"} {
		delegate(m)
	}
	for _, attr := range []string{"name", "mode"} {
		attr := attr
		c.defGetSet(attr, func(t *Thread, o Object) (Object, error) {
			b := unwrap(o).(*Buffered)
			if err := b.checkInit(); err != nil {
				return nil, err
			}
			return GetAttr(t, b.raw, attr)
		}, nil)
	}
	c.defGetSet("closed", func(t *Thread, o Object) (Object, error) {
		b := unwrap(o).(*Buffered)
		if err := b.checkInit(); err != nil {
			return nil, err
		}
		return GetAttr(t, b.raw, "closed")
	}, nil)
	c.defGetSet("raw", func(t *Thread, o Object) (Object, error) {
		b := unwrap(o).(*Buffered)
		if err := b.checkInit(); err != nil {
			return nil, err
		}
		return b.raw, nil
	}, nil)
	c.defGetSet("_finalizing", func(t *Thread, o Object) (Object, error) { return False, nil }, nil)
	ioMethod(c, "tell", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("tell", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		b, err := bufSelf(t, args[0])
		if err != nil {
			return nil, err
		}
		defer b.unlock()
		pos, err := b.tell(t)
		if err != nil {
			return nil, err
		}
		return NewInt(pos), nil
	}, "nounwrap")
	ioMethod(c, "seek", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("seek", args, kwnames, 1, 2); err != nil {
			return nil, err
		}
		off, whence, err := seekArgs(t, args[1:])
		if err != nil {
			return nil, err
		}
		if whence < 0 || whence > 4 {
			return nil, NewError(py.ValueError, fmt.Sprintf("whence value %d unsupported", whence))
		}
		b := unwrap(args[0]).(*Buffered)
		if err := b.checkInit(); err != nil {
			return nil, err
		}
		if err := b.checkClosed(t, "seek of closed file"); err != nil {
			return nil, err
		}
		if err := ioRawCheck(t, b.raw, "seekable", "File or stream is not seekable."); err != nil {
			return nil, err
		}
		if err := b.lock(t, args[0]); err != nil {
			return nil, err
		}
		defer b.unlock()
		if err := b.flushWrites(t); err != nil {
			return nil, err
		}
		if whence == io.SeekCurrent {
			off -= int64(b.unconsumed())
		}
		b.rbuf, b.rpos = b.rbuf[:0], 0
		pos, err := b.rawSeek(t, off, whence)
		if err != nil {
			return nil, err
		}
		return NewInt(pos), nil
	}, "nounwrap")
	ioMethod(c, "truncate", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("truncate", args, kwnames, 0, 1); err != nil {
			return nil, err
		}
		b := unwrap(args[0]).(*Buffered)
		if err := b.checkInit(); err != nil {
			return nil, err
		}
		if !b.writable {
			return nil, errUnsupported(t, "truncate")
		}
		if err := b.openAndLock(t, args[0], "truncate of closed file"); err != nil {
			return nil, err
		}
		defer b.unlock()
		if err := b.flushWrites(t); err != nil {
			return nil, err
		}
		if err := b.dropReadAhead(t); err != nil {
			return nil, err
		}
		var targs []Object
		if len(args) > 1 {
			targs = []Object{args[1]}
		}
		return CallMethod(t, b.raw, "truncate", targs, nil)
	}, "nounwrap")
	ioMethod(c, "__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		b := unwrap(args[0]).(*Buffered)
		tn := "_io." + name
		if b.cls != ClassOf(TypeOf(args[0])) {
			tn = TypeOf(args[0]).Name
		}
		if !b.initialized && !b.detached {
			return py.String("<" + tn + ">"), nil
		}
		nm, err := GetAttr(t, args[0], "name")
		if err != nil {
			if isExceptionType(err, py.AttributeError) || isExceptionType(err, py.ValueError) {
				return py.String("<" + tn + ">"), nil
			}
			return nil, err
		}
		r, err := reprGuarded(t, args[0], nm, name)
		if err != nil {
			return nil, err
		}
		return py.String("<" + tn + " name=" + r + ">"), nil
	}, "nounwrap")
	ioMethod(c, "__sizeof__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		b := unwrap(args[0]).(*Buffered)
		return NewInt(int64(160 + b.size)), nil
	}, "nounwrap")
}

// defBufferedRead defines the reading methods.
func defBufferedRead(c *Class) {
	ioMethod(c, "readable", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		b := unwrap(args[0]).(*Buffered)
		if err := b.checkInit(); err != nil {
			return nil, err
		}
		return CallMethod(t, b.raw, "readable", nil, nil)
	}, "nounwrap")
	// read, read1, peek and readline share one shape: an optional size
	// argument, the checks, the lock, then one operation on the buffer.
	bufferedRead := func(name, closedMsg string, size func(t *Thread, arg Object) (int, error),
		op func(b *Buffered, t *Thread, n int) (Object, error)) {
		ioMethod(c, name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := checkMethodArgs(name, args, kwnames, 0, 1); err != nil {
				return nil, err
			}
			n := -1
			if len(args) > 1 {
				var err error
				if n, err = size(t, args[1]); err != nil {
					return nil, err
				}
			}
			b := unwrap(args[0]).(*Buffered)
			if err := b.checkInit(); err != nil {
				return nil, err
			}
			if err := b.openAndLock(t, args[0], closedMsg); err != nil {
				return nil, err
			}
			defer b.unlock()
			return op(b, t, n)
		}, "nounwrap")
	}
	bytesResult := func(data []byte, err error) (Object, error) {
		if err != nil {
			return nil, err
		}
		return py.Bytes(data), nil
	}
	bufferedRead("read", "read of closed file", func(t *Thread, arg Object) (int, error) {
		n, err := sizeArg(t, arg)
		if err == nil && n < -1 {
			err = NewError(py.ValueError, "read length must be non-negative or -1")
		}
		return n, err
	}, func(b *Buffered, t *Thread, n int) (Object, error) {
		data, err := b.read(t, n)
		if err != nil {
			return nil, err
		}
		return bytesOrNone(data), nil
	})
	bufferedRead("read1", "read of closed file", sizeArg, func(b *Buffered, t *Thread, n int) (Object, error) {
		return bytesResult(b.read1(t, n))
	})
	// peek's argument is checked as an index and otherwise ignored: it
	// gives whatever is buffered (one raw read when nothing is).
	bufferedRead("peek", "peek of closed file", func(t *Thread, arg Object) (int, error) {
		_, err := IndexInt(t, arg)
		return -1, err
	}, func(b *Buffered, t *Thread, _ int) (Object, error) {
		return bytesResult(b.peek(t))
	})
	bufferedRead("readline", "readline of closed file", sizeArg, func(b *Buffered, t *Thread, n int) (Object, error) {
		return bytesResult(b.readline(t, n))
	})
	ioMethod(c, "__next__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		b := unwrap(args[0]).(*Buffered)
		if err := b.checkInit(); err != nil {
			return nil, err
		}
		if err := b.openAndLock(t, args[0], "readline of closed file"); err != nil {
			return nil, err
		}
		data, err := b.readline(t, -1)
		b.unlock()
		if err != nil {
			return nil, err
		}
		if len(data) == 0 {
			return nil, NewException(py.StopIteration)
		}
		return py.Bytes(data), nil
	}, "nounwrap")
	for _, name := range []string{"readinto", "readinto1"} {
		one := name == "readinto1"
		name := name
		ioMethod(c, name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := checkMethodArgs(name, args, kwnames, 1, 1); err != nil {
				return nil, err
			}
			b := unwrap(args[0]).(*Buffered)
			if err := b.checkInit(); err != nil {
				return nil, err
			}
			dst, err := writableBuffer(t, args[1], name)
			if err != nil {
				return nil, err
			}
			if err := b.openAndLock(t, args[0], "readinto of closed file"); err != nil {
				return nil, err
			}
			defer b.unlock()
			var data []byte
			if one {
				data, err = b.read1(t, len(dst))
			} else {
				data, err = b.read(t, len(dst))
			}
			if err != nil {
				return nil, err
			}
			if data == nil {
				return None, nil
			}
			return NewInt(int64(copy(dst, data))), nil
		}, "nounwrap")
	}
}

// defBufferedWrite defines the writing methods.
func defBufferedWrite(c *Class) {
	ioMethod(c, "writable", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		b := unwrap(args[0]).(*Buffered)
		if err := b.checkInit(); err != nil {
			return nil, err
		}
		return CallMethod(t, b.raw, "writable", nil, nil)
	}, "nounwrap")
	ioMethod(c, "write", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("write", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		b := unwrap(args[0]).(*Buffered)
		if err := b.checkInit(); err != nil {
			return nil, err
		}
		data, err := readableBuffer(t, args[1])
		if err != nil {
			return nil, err
		}
		if err := b.openAndLock(t, args[0], "write to closed file"); err != nil {
			return nil, err
		}
		defer b.unlock()
		if err := b.write(t, data); err != nil {
			return nil, err
		}
		return NewInt(int64(len(data))), nil
	}, "nounwrap")
}

// BufferedRWPair joins a reader and a writer.
type rwPair struct {
	reader, writer Object
}

func (p *rwPair) Type() *Type { return BufferedRWPairClass.T() }

func defRWPair() {
	c := BufferedRWPairClass
	c.def("__new__", &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		typ, err := newCheck(args, c, "BufferedRWPair")
		if err != nil {
			return nil, err
		}
		return newInstance(ClassOf(typ), &rwPair{}), nil
	}})
	ioMethod(c, "__init__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		p := unwrap(args[0]).(*rwPair)
		if err := noKeywords("BufferedRWPair", kwnames); err != nil {
			return nil, err
		}
		if err := checkArgs("BufferedRWPair", args[1:], nil, 2, 3); err != nil {
			return nil, err
		}
		size := []Object{}
		if len(args) > 3 {
			size = []Object{args[3]}
		}
		r, err := Call(t, BufferedReaderClass.T(), append([]Object{args[1]}, size...), nil)
		if err != nil {
			return nil, err
		}
		w, err := Call(t, BufferedWriterClass.T(), append([]Object{args[2]}, size...), nil)
		if err != nil {
			return nil, err
		}
		p.reader, p.writer = r, w
		return None, nil
	}, "nounwrap")
	forward := func(name string, to func(p *rwPair) Object) {
		ioMethod(c, name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			p := unwrap(args[0]).(*rwPair)
			if p.reader == nil {
				return nil, NewError(py.ValueError, "I/O operation on uninitialized object")
			}
			return CallMethod(t, to(p), name, args[1:], kwnames)
		}, "nounwrap")
	}
	rd := func(p *rwPair) Object { return p.reader }
	wr := func(p *rwPair) Object { return p.writer }
	for _, n := range []string{"read", "peek", "read1", "readinto", "readinto1", "readable"} {
		forward(n, rd)
	}
	for _, n := range []string{"write", "flush", "writable"} {
		forward(n, wr)
	}
	ioMethod(c, "isatty", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		p := unwrap(args[0]).(*rwPair)
		r, err := CallMethod(t, p.writer, "isatty", nil, nil)
		if err != nil || r == True {
			return r, err
		}
		return CallMethod(t, p.reader, "isatty", nil, nil)
	}, "nounwrap")
	ioMethod(c, "close", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		p := unwrap(args[0]).(*rwPair)
		_, werr := CallMethod(t, p.writer, "close", nil, nil)
		_, rerr := CallMethod(t, p.reader, "close", nil, nil)
		if werr != nil {
			return nil, werr
		}
		return None, rerr
	}, "nounwrap")
	c.defGetSet("closed", func(t *Thread, o Object) (Object, error) {
		return GetAttr(t, unwrap(o).(*rwPair).writer, "closed")
	}, nil)
}
