package vm

import (
	"fmt"
	"strings"

	"github.com/gilpy/gilpy/interp/pystr"
	"github.com/go-python/gpython/py"
)

// StringIO and BytesIO: in-memory text and binary streams.

var (
	StringIOClass = ioClass("StringIO", "A text stream kept in memory.", TextIOBaseClass)
	BytesIOClass  = ioClass("BytesIO", "A binary stream kept in memory.", BufferedIOBaseClass)
)

// StringIO is the Go value of a StringIO. While the program only appends
// (the common case: write, write, getvalue) the text is kept as UTF-8;
// the first operation that needs positions turns it into code points.
type StringIO struct {
	acc          []byte // the text while accumulating
	accN         int    // its length in characters
	accumulating bool
	runes        []rune
	pos          int
	closed       bool
	initialized  bool

	readUniversal, readTranslate bool
	readNL, writeNL              string
	seenNL                       int
}

// Type implements Object.
func (s *StringIO) Type() *Type { return StringIOClass.T() }

func (s *StringIO) length() int {
	if s.accumulating {
		return s.accN
	}
	return len(s.runes)
}

// realize leaves the accumulating state.
func (s *StringIO) realize() {
	if !s.accumulating {
		return
	}
	s.runes = make([]rune, 0, s.accN)
	str := string(s.acc)
	for i := 0; i < len(str); {
		r, n := pystr.DecodeRune(str[i:])
		s.runes = append(s.runes, r)
		i += n
	}
	s.acc, s.accN, s.accumulating = nil, 0, false
}

func runesString(rs []rune) string {
	b := make([]byte, 0, len(rs))
	for _, r := range rs {
		b = pystr.AppendRune(b, r)
	}
	return string(b)
}

func (s *StringIO) value() string {
	if s.accumulating {
		return string(s.acc)
	}
	return runesString(s.runes)
}

func (s *StringIO) check() error {
	if !s.initialized {
		return NewError(py.ValueError, "I/O operation on uninitialized object")
	}
	if s.closed {
		return NewError(py.ValueError, "I/O operation on closed file")
	}
	return nil
}

// translate applies the newline handling of writes.
func (s *StringIO) translate(text string) string {
	if s.readUniversal {
		crlf := strings.Count(text, "\r\n")
		if crlf > 0 {
			s.seenNL |= seenCRLF
		}
		if strings.Count(text, "\r") > crlf {
			s.seenNL |= seenCR
		}
		if strings.Count(text, "\n") > crlf {
			s.seenNL |= seenLF
		}
		if s.readTranslate && strings.IndexByte(text, '\r') >= 0 {
			text = strings.ReplaceAll(text, "\r\n", "\n")
			text = strings.ReplaceAll(text, "\r", "\n")
		}
	}
	if s.writeNL != "" {
		text = strings.ReplaceAll(text, "\n", s.writeNL)
	}
	return text
}

// write writes text at the position; it returns the length in
// characters of what was given.
func (s *StringIO) write(text string) int {
	n := pystr.Len(text)
	text = s.translate(text)
	if text == "" {
		return n
	}
	if s.accumulating && s.pos == s.accN {
		s.acc = append(s.acc, text...)
		m := pystr.Len(text)
		s.accN += m
		s.pos += m
		return n
	}
	s.realize()
	var rs []rune
	for i := 0; i < len(text); {
		r, w := pystr.DecodeRune(text[i:])
		rs = append(rs, r)
		i += w
	}
	for len(s.runes) < s.pos {
		s.runes = append(s.runes, 0)
	}
	end := s.pos + len(rs)
	if end > len(s.runes) {
		s.runes = append(s.runes[:s.pos], rs...)
	} else {
		copy(s.runes[s.pos:], rs)
	}
	s.pos = end
	return n
}

// read returns up to n characters (n < 0: the rest).
func (s *StringIO) read(n int) string {
	s.realize()
	if s.pos >= len(s.runes) {
		return ""
	}
	end := len(s.runes)
	if n >= 0 && s.pos+n < end {
		end = s.pos + n
	}
	out := runesString(s.runes[s.pos:end])
	s.pos = end
	return out
}

// readline reads one line (at most limit characters when limit >= 0).
func (s *StringIO) readline(limit int) string {
	s.realize()
	if s.pos >= len(s.runes) {
		return ""
	}
	rest := s.runes[s.pos:]
	if limit >= 0 && limit < len(rest) {
		rest = rest[:limit]
	}
	end := len(rest)
	for i, r := range rest {
		if s.readTranslate || (!s.readUniversal && s.readNL == "\n") {
			if r == '\n' {
				end = i + 1
				break
			}
		} else if s.readUniversal {
			if r == '\n' {
				end = i + 1
				break
			}
			if r == '\r' {
				end = i + 1
				if i+1 < len(rest) && rest[i+1] == '\n' {
					end = i + 2
				}
				break
			}
		} else if s.readNL == "\r" {
			if r == '\r' {
				end = i + 1
				break
			}
		} else if r == '\r' && i+1 < len(rest) && rest[i+1] == '\n' {
			end = i + 2
			break
		}
	}
	out := runesString(rest[:end])
	s.pos += end
	return out
}

// setNewline configures newline handling; newline is nil, None or a str.
func (s *StringIO) setNewline(nl string, isNone bool) {
	s.readUniversal = isNone || nl == ""
	s.readTranslate = isNone
	s.readNL, s.writeNL = "", ""
	if !isNone && nl != "" {
		s.readNL = nl
	}
	if nl == "\r" || nl == "\r\n" {
		s.writeNL = nl
	}
}

func (s *StringIO) newlinesValue() Object {
	if !s.readUniversal {
		return None
	}
	w := TextIOWrapper{readUniversal: true, seenNL: s.seenNL, decoder: &byteDecoder{}}
	return w.newlinesValue()
}

func stringIOSelf(o Object) (*StringIO, error) {
	s := unwrap(o).(*StringIO)
	if err := s.check(); err != nil {
		return nil, err
	}
	return s, nil
}

func init() {
	c := StringIOClass
	c.def("__new__", &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		typ, err := newCheck(args, c, "StringIO")
		if err != nil {
			return nil, err
		}
		return newInstance(ClassOf(typ), &StringIO{accumulating: true}), nil
	}})
	ioMethod(c, "__init__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		s := unwrap(args[0]).(*StringIO)
		var initial, newline Object
		if _, err := ParseArgs(&Params{Func: "StringIO", Names: []string{"initial_value", "newline"}, KwOnly: -1}, args[1:], kwnames, &initial, &newline); err != nil {
			return nil, err
		}
		nl, nlNone := "\n", false
		if newline != nil {
			switch v := unwrap(newline).(type) {
			case py.NoneType:
				nlNone = true
			case py.String:
				nl = string(v)
			default:
				return nil, NewError(py.TypeError, fmt.Sprintf("newline must be str or None, not %s", TypeName(newline)))
			}
			if !nlNone {
				switch nl {
				case "", "\n", "\r", "\r\n":
				default:
					return nil, NewError(py.ValueError, "illegal newline value: "+pystr.Repr(nl))
				}
			}
		}
		text := ""
		if initial != nil && initial != None {
			v, ok := unwrap(initial).(py.String)
			if !ok {
				return nil, NewError(py.TypeError, fmt.Sprintf("initial_value must be str or None, not %s", TypeName(initial)))
			}
			text = string(v)
		}
		*s = StringIO{accumulating: true, initialized: true}
		s.setNewline(nl, nlNone)
		if text != "" {
			s.write(text)
			s.pos = 0
		}
		return None, nil
	}, "nounwrap")
	ioMethod(c, "getvalue", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("getvalue", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		s, err := stringIOSelf(args[0])
		if err != nil {
			return nil, err
		}
		return py.String(s.value()), nil
	})
	ioMethod(c, "write", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("write", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		s, err := stringIOSelf(args[0])
		if err != nil {
			return nil, err
		}
		v, ok := unwrap(args[1]).(py.String)
		if !ok {
			return nil, NewError(py.TypeError, fmt.Sprintf("string argument expected, got '%s'", TypeName(args[1])))
		}
		return NewInt(int64(s.write(string(v)))), nil
	})
	for _, name := range []string{"read", "readline"} {
		line := name == "readline"
		ioMethod(c, name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := checkMethodArgs(name, args, kwnames, 0, 1); err != nil {
				return nil, err
			}
			s, err := stringIOSelf(args[0])
			if err != nil {
				return nil, err
			}
			n, err := optSizeArg(t, args)
			if err != nil {
				return nil, err
			}
			if line {
				return py.String(s.readline(n)), nil
			}
			return py.String(s.read(n)), nil
		})
	}
	ioMethod(c, "__next__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		s, err := stringIOSelf(args[0])
		if err != nil {
			return nil, err
		}
		var line string
		if inst, ok := args[0].(*Instance); ok && inst.cls != StringIOClass {
			r, err := CallMethod(t, args[0], "readline", nil, nil)
			if err != nil {
				return nil, err
			}
			v, ok := unwrap(r).(py.String)
			if !ok {
				return nil, NewError(py.OSError, fmt.Sprintf("readline() should have returned a str object, not '%s'", TypeName(r)))
			}
			line = string(v)
		} else {
			line = s.readline(-1)
		}
		if line == "" {
			return nil, NewException(py.StopIteration)
		}
		return py.String(line), nil
	}, "nounwrap")
	ioMethod(c, "tell", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("tell", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		s, err := stringIOSelf(args[0])
		if err != nil {
			return nil, err
		}
		return NewInt(int64(s.pos)), nil
	})
	ioMethod(c, "seek", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("seek", args, kwnames, 1, 2); err != nil {
			return nil, err
		}
		s := unwrap(args[0]).(*StringIO)
		if !s.initialized {
			return nil, NewError(py.ValueError, "I/O operation on uninitialized object")
		}
		off, whence, err := seekArgs(t, args[1:])
		if err != nil {
			return nil, err
		}
		if err := s.check(); err != nil {
			return nil, err
		}
		switch {
		case whence != 0 && whence != 1 && whence != 2:
			return nil, NewError(py.ValueError, fmt.Sprintf("Invalid whence (%d, should be 0, 1 or 2)", whence))
		case off < 0 && whence == 0:
			return nil, NewError(py.ValueError, fmt.Sprintf("Negative seek position %d", off))
		case whence != 0 && off != 0:
			return nil, NewError(py.OSError, "Can't do nonzero cur-relative seeks")
		}
		switch whence {
		case 0:
			if s.accumulating && int(off) != s.accN {
				s.realize()
			}
			s.pos = int(off)
		case 2:
			s.pos = s.length()
		}
		return NewInt(int64(s.pos)), nil
	})
	ioMethod(c, "truncate", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("truncate", args, kwnames, 0, 1); err != nil {
			return nil, err
		}
		s, err := stringIOSelf(args[0])
		if err != nil {
			return nil, err
		}
		size := s.pos
		if len(args) > 1 && args[1] != None {
			if size, err = IndexInt(t, args[1]); err != nil {
				return nil, err
			}
			if size < 0 {
				return nil, NewError(py.ValueError, fmt.Sprintf("Negative size value %d", size))
			}
		}
		if size < s.length() {
			s.realize()
			s.runes = s.runes[:size]
		}
		return NewInt(int64(size)), nil
	})
	for _, m := range []string{"readable", "writable", "seekable"} {
		ioMethod(c, m, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if _, err := stringIOSelf(args[0]); err != nil {
				return nil, err
			}
			return True, nil
		})
	}
	ioMethod(c, "close", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		s := unwrap(args[0]).(*StringIO)
		s.closed = true
		s.acc, s.runes = nil, nil
		return None, nil
	})
	c.defGetSet("closed", func(t *Thread, o Object) (Object, error) {
		s := unwrap(o).(*StringIO)
		if !s.initialized {
			return nil, NewError(py.ValueError, "I/O operation on uninitialized object")
		}
		return NewBool(s.closed), nil
	}, nil)
	c.defGetSet("line_buffering", func(t *Thread, o Object) (Object, error) {
		if _, err := stringIOSelf(o); err != nil {
			return nil, err
		}
		return False, nil
	}, nil)
	c.defGetSet("newlines", func(t *Thread, o Object) (Object, error) {
		s, err := stringIOSelf(o)
		if err != nil {
			return nil, err
		}
		return s.newlinesValue(), nil
	}, nil)
	ioMethod(c, "__getstate__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		s, err := stringIOSelf(args[0])
		if err != nil {
			return nil, err
		}
		var nl Object = None
		switch {
		case s.readTranslate:
		case s.readUniversal:
			nl = py.String("")
		default:
			nl = py.String(s.readNL)
		}
		var d Object = None
		if dd := ioDict(args[0]); dd != nil && dd.Len() > 0 {
			d = dd.Copy()
		}
		return Tuple{py.String(s.value()), nl, NewInt(int64(s.pos)), d}, nil
	}, "nounwrap")
	ioMethod(c, "__setstate__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		s := unwrap(args[0]).(*StringIO)
		st, ok := args[1].(Tuple)
		if !ok || len(st) < 4 {
			return nil, NewError(py.TypeError, fmt.Sprintf("%s.__setstate__ argument should be 4-tuple, got %s", TypeName(args[0]), TypeName(args[1])))
		}
		v, ok := st[0].(py.String)
		if !ok {
			return nil, NewError(py.TypeError, "initial_value must be str")
		}
		nl, isNone := "", st[1] == None
		if ns, ok := st[1].(py.String); ok {
			nl = string(ns)
		}
		*s = StringIO{accumulating: true, initialized: true}
		s.setNewline(nl, isNone)
		s.acc, s.accN = []byte(string(v)), pystr.Len(string(v))
		pos, err := IndexInt(t, st[2])
		if err != nil {
			return nil, err
		}
		if pos < 0 {
			return nil, NewError(py.ValueError, "position value cannot be negative")
		}
		if pos != s.accN {
			s.realize()
		}
		s.pos = pos
		if d, ok := st[3].(*Dict); ok {
			if dd := ioDict(args[0]); dd != nil {
				d.Items(func(k, v Object) bool { dd.SetStr(string(k.(py.String)), v); return true })
			}
		}
		return None, nil
	}, "nounwrap")

	defBytesIO()
	readyLater(StringIOClass)
	readyLater(BytesIOClass)
}

// BytesIO is the Go value of a BytesIO.
type BytesIO struct {
	buf         []byte
	pos         int
	closed      bool
	initialized bool
	views       []*MemoryView // getbuffer() exports
}

// Type implements Object.
func (b *BytesIO) Type() *Type { return BytesIOClass.T() }

func (b *BytesIO) check() error {
	if b.closed {
		return errClosedFile()
	}
	return nil
}

// exported reports whether a getbuffer() view is still in use.
func (b *BytesIO) exported() bool {
	live := b.views[:0]
	for _, v := range b.views {
		if !v.released {
			live = append(live, v)
		}
	}
	b.views = live
	return len(live) > 0
}

func errResizeExported() error {
	return NewError(py.BufferError, "Existing exports of data: object cannot be re-sized")
}

func (b *BytesIO) read(n int) []byte {
	if b.pos >= len(b.buf) {
		return []byte{}
	}
	end := len(b.buf)
	if n >= 0 && b.pos+n < end {
		end = b.pos + n
	}
	out := append([]byte{}, b.buf[b.pos:end]...)
	b.pos = end
	return out
}

func (b *BytesIO) readline(limit int) []byte {
	if b.pos >= len(b.buf) {
		return []byte{}
	}
	rest := b.buf[b.pos:]
	if limit >= 0 && limit < len(rest) {
		rest = rest[:limit]
	}
	end := len(rest)
	for i, c := range rest {
		if c == '\n' {
			end = i + 1
			break
		}
	}
	out := append([]byte{}, rest[:end]...)
	b.pos += end
	return out
}

func (b *BytesIO) write(p []byte) error {
	if len(p) == 0 {
		return nil
	}
	end := b.pos + len(p)
	if end > len(b.buf) {
		if b.exported() {
			return errResizeExported()
		}
		for len(b.buf) < b.pos {
			b.buf = append(b.buf, 0)
		}
		b.buf = append(b.buf[:b.pos], p...)
	} else {
		copy(b.buf[b.pos:], p)
	}
	b.pos = end
	return nil
}

func bytesIOSelf(o Object) (*BytesIO, error) {
	b := unwrap(o).(*BytesIO)
	if err := b.check(); err != nil {
		return nil, err
	}
	return b, nil
}

func defBytesIO() {
	c := BytesIOClass
	c.def("__new__", &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		typ, err := newCheck(args, c, "BytesIO")
		if err != nil {
			return nil, err
		}
		return newInstance(ClassOf(typ), &BytesIO{buf: []byte{}}), nil
	}})
	ioMethod(c, "__init__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		b := unwrap(args[0]).(*BytesIO)
		var initial Object
		if _, err := ParseClinic(&Params{Func: "BytesIO", Names: []string{"initial_bytes"}, KwOnly: -1}, args[1:], kwnames, &initial); err != nil {
			return nil, err
		}
		if b.exported() {
			return nil, errResizeExported()
		}
		b.buf, b.pos, b.closed = []byte{}, 0, false
		if initial != nil && initial != None {
			data, err := readableBuffer(t, initial)
			if err != nil {
				return nil, err
			}
			b.buf = append([]byte{}, data...)
		}
		b.initialized = true
		return None, nil
	}, "nounwrap")
	ioMethod(c, "getvalue", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("getvalue", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		b, err := bytesIOSelf(args[0])
		if err != nil {
			return nil, err
		}
		return py.Bytes(append([]byte{}, b.buf...)), nil
	})
	ioMethod(c, "getbuffer", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("getbuffer", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		b, err := bytesIOSelf(args[0])
		if err != nil {
			return nil, err
		}
		v := bytesView(args[0], b.buf, false)
		b.views = append(b.views, v)
		return v, nil
	})
	readN := func(name string, line bool) {
		ioMethod(c, name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := checkMethodArgs(name, args, kwnames, 0, 1); err != nil {
				return nil, err
			}
			b, err := bytesIOSelf(args[0])
			if err != nil {
				return nil, err
			}
			n, err := optSizeArg(t, args)
			if err != nil {
				return nil, err
			}
			if line {
				return py.Bytes(b.readline(n)), nil
			}
			return py.Bytes(b.read(n)), nil
		})
	}
	readN("read", false)
	readN("read1", false)
	readN("readline", true)
	ioMethod(c, "readlines", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("readlines", args, kwnames, 0, 1); err != nil {
			return nil, err
		}
		b, err := bytesIOSelf(args[0])
		if err != nil {
			return nil, err
		}
		hint := -1
		if len(args) > 1 {
			if hint, err = sizeArg(t, args[1]); err != nil {
				return nil, err
			}
		}
		var lines []Object
		total := 0
		for {
			l := b.readline(-1)
			if len(l) == 0 {
				break
			}
			lines = append(lines, py.Bytes(l))
			total += len(l)
			if hint > 0 && total >= hint {
				break
			}
		}
		return &py.List{Items: lines}, nil
	})
	ioMethod(c, "__next__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		b, err := bytesIOSelf(args[0])
		if err != nil {
			return nil, err
		}
		l := b.readline(-1)
		if len(l) == 0 {
			return nil, NewException(py.StopIteration)
		}
		return py.Bytes(l), nil
	})
	ioMethod(c, "__iter__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if _, err := bytesIOSelf(args[0]); err != nil {
			return nil, err
		}
		return args[0], nil
	}, "nounwrap")
	ioMethod(c, "readinto", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("readinto", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		dst, err := writableBuffer(t, args[1], "readinto")
		if err != nil {
			return nil, err
		}
		b, err := bytesIOSelf(args[0])
		if err != nil {
			return nil, err
		}
		return NewInt(int64(copy(dst, b.read(len(dst))))), nil
	})
	ioMethod(c, "write", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("write", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		b, err := bytesIOSelf(args[0])
		if err != nil {
			return nil, err
		}
		p, err := readableBuffer(t, args[1])
		if err != nil {
			return nil, err
		}
		n := len(p)
		if err := b.write(append([]byte(nil), p...)); err != nil {
			return nil, err
		}
		return NewInt(int64(n)), nil
	})
	ioMethod(c, "writelines", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("writelines", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		b, err := bytesIOSelf(args[0])
		if err != nil {
			return nil, err
		}
		it, err := Iter(t, args[1])
		if err != nil {
			return nil, err
		}
		for {
			v, ok, err := Next(t, it)
			if err != nil {
				return nil, err
			}
			if !ok {
				return None, nil
			}
			p, err := readableBuffer(t, v)
			if err != nil {
				return nil, err
			}
			if err := b.write(append([]byte(nil), p...)); err != nil {
				return nil, err
			}
		}
	})
	ioMethod(c, "tell", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("tell", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		b, err := bytesIOSelf(args[0])
		if err != nil {
			return nil, err
		}
		return NewInt(int64(b.pos)), nil
	})
	ioMethod(c, "seek", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("seek", args, kwnames, 1, 2); err != nil {
			return nil, err
		}
		b, err := bytesIOSelf(args[0])
		if err != nil {
			return nil, err
		}
		off, whence, err := seekArgs(t, args[1:])
		if err != nil {
			return nil, err
		}
		switch whence {
		case 0:
			if off < 0 {
				return nil, NewError(py.ValueError, fmt.Sprintf("negative seek value %d", off))
			}
		case 1:
			off += int64(b.pos)
		case 2:
			off += int64(len(b.buf))
		default:
			return nil, NewError(py.ValueError, fmt.Sprintf("invalid whence (%d, should be 0, 1 or 2)", whence))
		}
		if off < 0 {
			off = 0
		}
		b.pos = int(off)
		return NewInt(off), nil
	})
	ioMethod(c, "truncate", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("truncate", args, kwnames, 0, 1); err != nil {
			return nil, err
		}
		b, err := bytesIOSelf(args[0])
		if err != nil {
			return nil, err
		}
		size := b.pos
		if len(args) > 1 && args[1] != None {
			if size, err = IndexInt(t, args[1]); err != nil {
				return nil, err
			}
			if size < 0 {
				return nil, NewError(py.ValueError, fmt.Sprintf("negative size value %d", size))
			}
		}
		if size < len(b.buf) {
			if b.exported() {
				return nil, errResizeExported()
			}
			b.buf = b.buf[:size:size]
		}
		return NewInt(int64(size)), nil
	})
	for _, m := range []string{"readable", "writable", "seekable"} {
		ioMethod(c, m, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if _, err := bytesIOSelf(args[0]); err != nil {
				return nil, err
			}
			return True, nil
		})
	}
	ioMethod(c, "isatty", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if _, err := bytesIOSelf(args[0]); err != nil {
			return nil, err
		}
		return False, nil
	})
	ioMethod(c, "flush", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if _, err := bytesIOSelf(args[0]); err != nil {
			return nil, err
		}
		return None, nil
	})
	ioMethod(c, "close", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		b := unwrap(args[0]).(*BytesIO)
		if b.exported() {
			return nil, errResizeExported()
		}
		b.closed, b.buf = true, nil
		return None, nil
	})
	c.defGetSet("closed", func(t *Thread, o Object) (Object, error) {
		return NewBool(unwrap(o).(*BytesIO).closed), nil
	}, nil)
	ioMethod(c, "__getstate__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		b, err := bytesIOSelf(args[0])
		if err != nil {
			return nil, err
		}
		var d Object = None
		if dd := ioDict(args[0]); dd != nil && dd.Len() > 0 {
			d = dd.Copy()
		}
		return Tuple{py.Bytes(append([]byte{}, b.buf...)), NewInt(int64(b.pos)), d}, nil
	}, "nounwrap")
	ioMethod(c, "__setstate__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		b := unwrap(args[0]).(*BytesIO)
		st, ok := args[1].(Tuple)
		if !ok || len(st) < 3 {
			return nil, NewError(py.TypeError, fmt.Sprintf("%s.__setstate__ argument should be 3-tuple, got %s", TypeName(args[0]), TypeName(args[1])))
		}
		data, err := readableBuffer(t, st[0])
		if err != nil {
			return nil, err
		}
		pos, err := IndexInt(t, st[1])
		if err != nil {
			return nil, err
		}
		if pos < 0 {
			return nil, NewError(py.ValueError, "position value cannot be negative")
		}
		b.buf, b.pos, b.initialized, b.closed = append([]byte{}, data...), pos, true, false
		if d, ok := st[2].(*Dict); ok {
			if dd := ioDict(args[0]); dd != nil {
				d.Items(func(k, v Object) bool { dd.SetStr(string(k.(py.String)), v); return true })
			}
		}
		return None, nil
	}, "nounwrap")
	ioMethod(c, "__sizeof__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		b := unwrap(args[0]).(*BytesIO)
		return NewInt(int64(112 + cap(b.buf))), nil
	})
}
