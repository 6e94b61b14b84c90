package vm

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/gilpy/gilpy/interp/pystr"
	"github.com/go-python/gpython/py"
)

// bytes, bytearray and memoryview, and the text codecs str.encode and
// bytes.decode use.

var (
	ByteArrayType  = newBuiltinType("bytearray", "bytearray(iterable_of_ints) -> bytearray", nil)
	MemoryViewType = newBuiltinType("memoryview", "Create a new memoryview object which references the given object.", nil)
)

// ByteArray is a mutable bytes buffer.
type ByteArray struct{ b []byte }

// Type implements py.Object.
func (b *ByteArray) Type() *Type { return &ByteArrayType.Type }

// MemoryView is a view of a bytes-like object's buffer.
type MemoryView struct {
	obj      Object
	buf      []byte
	readonly bool
	released bool
}

// Type implements py.Object.
func (m *MemoryView) Type() *Type { return &MemoryViewType.Type }

// bytesOf returns the buffer of a bytes-like object.
func bytesOf(t *Thread, o Object) ([]byte, error) {
	switch v := unwrap(o).(type) {
	case py.Bytes:
		return v, nil
	case *ByteArray:
		return v.b, nil
	case *MemoryView:
		return v.buf, nil
	}
	return nil, NewError(py.TypeError, fmt.Sprintf("a bytes-like object is required, not '%s'", TypeName(o)))
}

// reprBytes is repr() of bytes.
func reprBytes(b []byte) string { return pystr.BytesRepr(string(b)) }

// normalizeEncoding maps an encoding name to the codec gilpy uses.
func normalizeEncoding(enc string) string {
	e := strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(enc, "_", "-"), " ", "-"))
	switch e {
	case "utf-8", "utf8", "u8", "utf", "cp65001":
		return "utf-8"
	case "ascii", "us-ascii", "646":
		return "ascii"
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1":
		return "latin-1"
	}
	return e
}

// encodeString encodes a str with the utf-8, ascii or latin-1 codec.
func encodeString(s, enc, errors string) ([]byte, error) {
	codec := normalizeEncoding(enc)
	switch codec {
	case "utf-8":
		if utf8.ValidString(s) {
			return []byte(s), nil
		}
		return []byte(s), nil
	case "ascii", "latin-1":
		limit := rune(0x80)
		if codec == "latin-1" {
			limit = 0x100
		}
		out := make([]byte, 0, len(s))
		pos := 0
		for _, r := range s {
			if r < limit {
				out = append(out, byte(r))
			} else {
				switch errors {
				case "ignore":
				case "replace":
					out = append(out, '?')
				case "backslashreplace":
					out = append(out, []byte(escapeRune(r))...)
				case "xmlcharrefreplace":
					out = append(out, []byte(fmt.Sprintf("&#%d;", r))...)
				default:
					e := NewException(py.UnicodeEncodeError, py.String(codec), py.String(s), NewInt(int64(pos)), NewInt(int64(pos+1)), py.String(fmt.Sprintf("ordinal not in range(%d)", limit)))
					for i, n := range []string{"encoding", "object", "start", "end", "reason"} {
						setExcAttr(e, n, e.Args.(Tuple)[i])
					}
					return nil, e
				}
			}
			pos++
		}
		return out, nil
	}
	return nil, NewError(py.LookupError, "unknown encoding: "+enc)
}

func escapeRune(r rune) string {
	switch {
	case r < 0x100:
		return fmt.Sprintf("\\x%02x", r)
	case r < 0x10000:
		return fmt.Sprintf("\\u%04x", r)
	}
	return fmt.Sprintf("\\U%08x", r)
}

// decodeBytes decodes bytes with the utf-8, ascii or latin-1 codec.
func decodeBytes(b []byte, enc, errors string) (string, error) {
	codec := normalizeEncoding(enc)
	switch codec {
	case "utf-8":
		if utf8.Valid(b) {
			return string(b), nil
		}
		var sb strings.Builder
		for i := 0; i < len(b); {
			r, n := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && n <= 1 {
				switch errors {
				case "ignore":
				case "replace":
					sb.WriteRune('\ufffd')
				case "backslashreplace":
					sb.WriteString(fmt.Sprintf("\\x%02x", b[i]))
				default:
					reason := "invalid start byte"
					if b[i] >= 0xc0 && b[i] < 0xf8 {
						if i+1 >= len(b) {
							reason = "unexpected end of data"
						} else {
							reason = "invalid continuation byte"
						}
					}
					e := NewException(py.UnicodeDecodeError, py.String("utf-8"), py.Bytes(b), NewInt(int64(i)), NewInt(int64(i+1)), py.String(reason))
					for j, nm := range []string{"encoding", "object", "start", "end", "reason"} {
						setExcAttr(e, nm, e.Args.(Tuple)[j])
					}
					return "", e
				}
				i++
				continue
			}
			sb.WriteRune(r)
			i += n
		}
		return sb.String(), nil
	case "ascii":
		var sb strings.Builder
		for i, c := range b {
			if c < 0x80 {
				sb.WriteByte(c)
				continue
			}
			switch errors {
			case "ignore":
			case "replace":
				sb.WriteRune('\ufffd')
			default:
				e := NewException(py.UnicodeDecodeError, py.String("ascii"), py.Bytes(b), NewInt(int64(i)), NewInt(int64(i+1)), py.String("ordinal not in range(128)"))
				for j, nm := range []string{"encoding", "object", "start", "end", "reason"} {
					setExcAttr(e, nm, e.Args.(Tuple)[j])
				}
				return "", e
			}
		}
		return sb.String(), nil
	case "latin-1":
		rs := make([]rune, len(b))
		for i, c := range b {
			rs[i] = rune(c)
		}
		return string(rs), nil
	}
	return "", NewError(py.LookupError, "unknown encoding: "+enc)
}

func bytesNew(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	typ := args[0].(*py.Type)
	var src, enc, errs Object
	if _, err := ParseArgs(&Params{Func: "bytes", Names: []string{"source", "encoding", "errors"}, KwOnly: -1}, args[1:], kwnames, &src, &enc, &errs); err != nil {
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
	if src == nil {
		if enc != nil || errs != nil {
			return nil, NewError(py.TypeError, "encoding or errors without sequence argument")
		}
		return []byte{}, nil
	}
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
		return encodeString(string(s), e, er)
	}
	if enc != nil {
		return nil, NewError(py.TypeError, "encoding without a string argument")
	}
	if b, err := bytesOf(t, src); err == nil {
		return append([]byte(nil), b...), nil
	}
	if hasIndex(src) {
		n, err := IndexInt(t, src)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, NewError(py.ValueError, "negative count")
		}
		return make([]byte, n), nil
	}
	if m := classOfObject(src).Lookup("__bytes__"); m != nil {
		r, err := callMethod(t, m, src, nil, nil)
		if err != nil {
			return nil, err
		}
		b, ok := r.(py.Bytes)
		if !ok {
			return nil, NewError(py.TypeError, fmt.Sprintf("__bytes__ returned non-bytes (type %s)", TypeName(r)))
		}
		return b, nil
	}
	var out []byte
	err := ForEach(t, src, func(v Object) (bool, error) {
		if !hasIndex(v) {
			return false, NewError(py.TypeError, fmt.Sprintf("'%s' object cannot be interpreted as an integer", TypeName(v)))
		}
		n, err := IndexInt(t, v)
		if err != nil {
			return false, err
		}
		if n < 0 || n > 255 {
			return false, NewError(py.ValueError, "bytes must be in range(0, 256)")
		}
		out = append(out, byte(n))
		return true, nil
	})
	if err != nil {
		if isExceptionType(err, py.TypeError) && !hasIter(src) {
			return nil, NewError(py.TypeError, fmt.Sprintf("cannot convert '%s' object to %s", TypeName(src), name))
		}
		return nil, err
	}
	if out == nil {
		out = []byte{}
	}
	return out, nil
}

func bytesNumeric(t *Thread, op bytecode.BinaryOp, self, other Object, reflected bool) (Object, error) {
	b := []byte(self.(py.Bytes))
	switch op.Base() {
	case bytecode.OpAdd:
		o, err := bytesOf(t, other)
		if err != nil {
			return NotImplemented, nil
		}
		r := make([]byte, 0, len(b)+len(o))
		if reflected {
			return py.Bytes(append(append(r, o...), b...)), nil
		}
		return py.Bytes(append(append(r, b...), o...)), nil
	case bytecode.OpMultiply:
		if !hasIndex(other) {
			return NotImplemented, nil
		}
		n, err := repeatCount(t, other)
		if err != nil {
			return nil, err
		}
		if n <= 0 {
			return py.Bytes{}, nil
		}
		return py.Bytes(strings.Repeat(string(b), n)), nil
	}
	return NotImplemented, nil
}

func init() {
	c := bytesClass
	c.def("__new__", &BuiltinFunction{Name: "__new__", Fn: bytesNew, Self: py.BytesType})
	c.defBinary(bytesNumeric, false, int(bytecode.OpAdd), int(bytecode.OpMultiply))
	c.defCompare(func(t *Thread, op bytecode.CompareOp, self, other Object) (Object, error) {
		o, ok := other.(py.Bytes)
		if !ok {
			return NotImplemented, nil
		}
		return NewBool(cmpResult(op, strings.Compare(string(self.(py.Bytes)), string(o)))), nil
	})
	bh := c.defMethod("__hash__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return NewInt(int64(bytesHash(unwrap(args[0]).(py.Bytes)))), nil
	}, "")
	bh.hash = func(t *Thread, o Object) (int64, error) { return int64(bytesHash(unwrap(o).(py.Bytes))), nil }
	bm := func(name string, min, max int, fn func(t *Thread, b []byte, a []Object) (Object, error)) {
		c.defMethod(name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := checkMethodArgs(name, args, kwnames, min, max); err != nil {
				return nil, err
			}
			return fn(t, unwrap(args[0]).(py.Bytes), args[1:])
		}, "")
	}
	bm("__repr__", 0, 0, func(t *Thread, b []byte, a []Object) (Object, error) { return py.String(reprBytes(b)), nil })
	bm("__str__", 0, 0, func(t *Thread, b []byte, a []Object) (Object, error) { return py.String(reprBytes(b)), nil })
	bm("__len__", 0, 0, func(t *Thread, b []byte, a []Object) (Object, error) { return NewInt(int64(len(b))), nil })
	bm("__iter__", 0, 0, func(t *Thread, b []byte, a []Object) (Object, error) { return &bytesIterator{b: b}, nil })
	bm("__getitem__", 1, 1, func(t *Thread, b []byte, a []Object) (Object, error) {
		if s, ok := a[0].(*py.Slice); ok {
			start, stop, step, err := sliceIndices(t, s, len(b))
			if err != nil {
				return nil, err
			}
			n := sliceLen(start, stop, step)
			out := make([]byte, n)
			for i, j := 0, start; i < n; i, j = i+1, j+step {
				out[i] = b[j]
			}
			return py.Bytes(out), nil
		}
		i, err := seqIndex(t, a[0], len(b), "byte")
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, NewError(py.IndexError, "index out of range")
		}
		return NewInt(int64(b[i])), nil
	})
	bm("__contains__", 1, 1, func(t *Thread, b []byte, a []Object) (Object, error) {
		if hasIndex(a[0]) {
			n, err := IndexInt(t, a[0])
			if err != nil {
				return nil, err
			}
			if n < 0 || n > 255 {
				return nil, NewError(py.ValueError, "byte must be in range(0, 256)")
			}
			return NewBool(strings.IndexByte(string(b), byte(n)) >= 0), nil
		}
		sub, err := bytesOf(t, a[0])
		if err != nil {
			return nil, err
		}
		return NewBool(strings.Contains(string(b), string(sub))), nil
	})
	c.defMethod("decode", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		var enc, errs Object
		if _, err := ParseArgs(&Params{Func: "decode", Names: []string{"encoding", "errors"}, KwOnly: -1}, args[1:], kwnames, &enc, &errs); err != nil {
			return nil, err
		}
		e, er := "utf-8", "strict"
		if enc != nil {
			s, ok := enc.(py.String)
			if !ok {
				return nil, NewError(py.TypeError, fmt.Sprintf("decode() argument 'encoding' must be str, not %s", TypeName(enc)))
			}
			e = string(s)
		}
		if errs != nil {
			s, ok := errs.(py.String)
			if !ok {
				return nil, NewError(py.TypeError, fmt.Sprintf("decode() argument 'errors' must be str, not %s", TypeName(errs)))
			}
			er = string(s)
		}
		s, err := decodeBytes(unwrap(args[0]).(py.Bytes), e, er)
		if err != nil {
			return nil, err
		}
		return py.String(s), nil
	}, "")
	bm("hex", 0, 2, func(t *Thread, b []byte, a []Object) (Object, error) {
		return py.String(fmt.Sprintf("%x", b)), nil
	})
	bm("join", 1, 1, func(t *Thread, b []byte, a []Object) (Object, error) {
		var parts []string
		i := 0
		err := ForEach(t, a[0], func(v Object) (bool, error) {
			p, err := bytesOf(t, v)
			if err != nil {
				return false, NewError(py.TypeError, fmt.Sprintf("sequence item %d: expected a bytes-like object, %s found", i, TypeName(v)))
			}
			parts = append(parts, string(p))
			i++
			return true, nil
		})
		if err != nil {
			return nil, err
		}
		return py.Bytes(strings.Join(parts, string(b))), nil
	})
	bm("startswith", 1, 1, func(t *Thread, b []byte, a []Object) (Object, error) {
		p, err := bytesOf(t, a[0])
		if err != nil {
			return nil, err
		}
		return NewBool(strings.HasPrefix(string(b), string(p))), nil
	})
	bm("endswith", 1, 1, func(t *Thread, b []byte, a []Object) (Object, error) {
		p, err := bytesOf(t, a[0])
		if err != nil {
			return nil, err
		}
		return NewBool(strings.HasSuffix(string(b), string(p))), nil
	})

	ba := ByteArrayType
	ba.flags |= clsBaseType
	ba.def("__new__", &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return newInstanceOf(args[0].(*py.Type), ByteArrayType.T(), &ByteArray{}), nil
	}})
	ba.defMethod("__init__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		var src, enc, errs Object
		if _, err := ParseArgs(&Params{Func: "bytearray", Names: []string{"source", "encoding", "errors"}, KwOnly: -1}, args[1:], kwnames, &src, &enc, &errs); err != nil {
			return nil, err
		}
		b, err := bytesFromArgs(t, "bytearray", src, enc, errs)
		if err != nil {
			return nil, err
		}
		unwrap(args[0]).(*ByteArray).b = b
		return None, nil
	}, "")
	ba.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return py.String("bytearray(" + reprBytes(unwrap(args[0]).(*ByteArray).b) + ")"), nil
	}, "")
	ba.defMethod("__len__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return NewInt(int64(len(unwrap(args[0]).(*ByteArray).b))), nil
	}, "")
	ba.def("__hash__", None)
	ba.defMethod("append", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		n, err := IndexInt(t, args[1])
		if err != nil {
			return nil, err
		}
		if n < 0 || n > 255 {
			return nil, NewError(py.ValueError, "byte must be in range(0, 256)")
		}
		b := unwrap(args[0]).(*ByteArray)
		b.b = append(b.b, byte(n))
		return None, nil
	}, "")
	ba.defMethod("extend", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		more, err := bytesFromArgs(t, "bytearray", args[1], nil, nil)
		if err != nil {
			return nil, err
		}
		b := unwrap(args[0]).(*ByteArray)
		b.b = append(b.b, more...)
		return None, nil
	}, "")
	ba.defMethod("decode", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		s, err := decodeBytes(unwrap(args[0]).(*ByteArray).b, "utf-8", "strict")
		if err != nil {
			return nil, err
		}
		return py.String(s), nil
	}, "")

	mv := MemoryViewType
	mv.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__repr__", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		return py.String(fmt.Sprintf("<memory at %#x>", objectAddress(args[0]))), nil
	}, "Return repr(self).")
	mv.def("__new__", &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkArgs("memoryview", args[1:], kwnames, 1, 1); err != nil {
			return nil, err
		}
		switch v := unwrap(args[1]).(type) {
		case py.Bytes:
			return &MemoryView{obj: args[1], buf: v, readonly: true}, nil
		case *ByteArray:
			return &MemoryView{obj: args[1], buf: v.b}, nil
		case *MemoryView:
			return &MemoryView{obj: v.obj, buf: v.buf, readonly: v.readonly}, nil
		}
		return nil, NewError(py.TypeError, fmt.Sprintf("memoryview: a bytes-like object is required, not '%s'", TypeName(args[1])))
	}})
	mv.defMethod("tobytes", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return py.Bytes(append([]byte(nil), args[0].(*MemoryView).buf...)), nil
	}, "")
	mv.defMethod("__len__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return NewInt(int64(len(args[0].(*MemoryView).buf))), nil
	}, "")
	mv.defMethod("release", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		args[0].(*MemoryView).released = true
		return None, nil
	}, "")
	mv.defGetSet("readonly", func(t *Thread, o Object) (Object, error) { return NewBool(o.(*MemoryView).readonly), nil }, nil)
	mv.defGetSet("nbytes", func(t *Thread, o Object) (Object, error) { return NewInt(int64(len(o.(*MemoryView).buf))), nil }, nil)
}
