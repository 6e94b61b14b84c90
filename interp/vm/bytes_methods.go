package vm

import (
	"strings"
	"unsafe"

	"github.com/gilpy/gilpy/interp/pystr"
	"github.com/go-python/gpython/py"
)

// The methods bytes and bytearray share. The algorithms are package
// pystr's; this file converts arguments with CPython's rules and
// messages, which differ from method to method according to how CPython
// declares each one (the argument-count wording below follows those
// declarations).

// bytesKind is bytes or bytearray: the class and how to make a result of
// that type.
type bytesKind struct {
	cls     *Class
	name    string
	isArray bool
}

var (
	kindBytes     = &bytesKind{name: "bytes"}
	kindByteArray = &bytesKind{name: "bytearray", isArray: true}
)

// make returns a new object of the kind holding b (which it keeps).
func (k *bytesKind) make(b []byte) Object {
	if k.isArray {
		return &ByteArray{b: b}
	}
	return py.Bytes(b)
}

// result returns the result of a method whose algorithm produced res
// from self's contents b: self itself for an exact bytes object left
// unchanged (as CPython), else a new object with a copy of res.
func (k *bytesKind) result(self Object, b []byte, res string) Object {
	if !k.isArray {
		if _, exact := self.(py.Bytes); exact && len(res) == len(b) && (len(b) == 0 || unsafe.StringData(res) == &b[0]) {
			return self
		}
	}
	return k.make([]byte(res))
}

// view looks at b as a string without copying; the string must not be
// kept past a change to b.
func view(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// bytesData returns the contents of a bytes or bytearray self.
func bytesData(o Object) []byte {
	switch v := unwrap(o).(type) {
	case py.Bytes:
		return v
	case *ByteArray:
		return v.b
	}
	return nil
}

// Argument-count checks in the wordings of CPython's kinds of builtin
// methods.

// noArgs: a method taking no arguments ("bytes.lower() takes no
// arguments (1 given)").
func (k *bytesKind) noArgs(name string, args []Object, kwnames Tuple) error {
	if len(kwnames) > 0 {
		return Errorf(py.TypeError, "%s.%s() takes no keyword arguments", k.name, name)
	}
	if n := len(args) - 1; n != 0 {
		return Errorf(py.TypeError, "%s.%s() takes no arguments (%d given)", k.name, name, n)
	}
	return nil
}

// oneArg: a method taking exactly one argument.
func (k *bytesKind) oneArg(name string, args []Object, kwnames Tuple) error {
	if len(kwnames) > 0 {
		return Errorf(py.TypeError, "%s.%s() takes no keyword arguments", k.name, name)
	}
	if n := len(args) - 1; n != 1 {
		return Errorf(py.TypeError, "%s.%s() takes exactly one argument (%d given)", k.name, name, n)
	}
	return nil
}

// posArgs: a method with positional-only arguments ("strip expected at
// most 1 argument, got 2").
func (k *bytesKind) posArgs(name string, args []Object, kwnames Tuple, min, max int) error {
	if len(kwnames) > 0 {
		return Errorf(py.TypeError, "%s.%s() takes no keyword arguments", k.name, name)
	}
	return checkArgs(name, args[1:], nil, min, max)
}

// oldArgs: the search methods' older wording ("find() takes at least 1
// argument (0 given)"); keywords are refused naming the type, as a call
// through the method descriptor does in CPython ("str.find() takes no
// keyword arguments").
func oldArgs(typeName, name string, args []Object, kwnames Tuple, min, max int) error {
	if len(kwnames) > 0 {
		return Errorf(py.TypeError, "%s.%s() takes no keyword arguments", typeName, name)
	}
	n := len(args) - 1
	if n < min {
		return Errorf(py.TypeError, "%s() takes at least %d %s (%d given)", name, min, plural(min, "argument", "arguments"), n)
	}
	if n > max {
		return Errorf(py.TypeError, "%s() takes at most %d %s (%d given)", name, max, plural(max, "argument", "arguments"), n)
	}
	return nil
}

// byteValue converts an integer argument to a byte ("byte must be in
// range(0, 256)").
func byteValue(t *Thread, o Object) (byte, error) {
	n, err := IndexValue(t, o)
	if err != nil {
		return 0, err
	}
	if !n.IsInt64() || n.Int64() < 0 || n.Int64() > 255 {
		return 0, NewError(py.ValueError, "byte must be in range(0, 256)")
	}
	return byte(n.Int64()), nil
}

// subArg reads the needle of the search methods: an integer byte or a
// bytes-like object.
func subArg(t *Thread, o Object) (string, error) {
	if hasIndex(o) {
		c, err := byteValue(t, o)
		if err != nil {
			return "", err
		}
		return string([]byte{c}), nil
	}
	b, err := bytesOf(t, o)
	if err != nil {
		return "", Errorf(py.TypeError, "argument should be integer or bytes-like object, not '%s'", TypeName(o))
	}
	return view(b), nil
}

// startEnd reads the optional start and end of the search methods.
func startEnd(t *Thread, args []Object) (int, int, error) {
	start, end := pystr.NoStart, pystr.NoEnd
	if len(args) > 0 && args[0] != None {
		v, err := sliceIndex(t, args[0])
		if err != nil {
			return 0, 0, err
		}
		start = v
	}
	if len(args) > 1 && args[1] != None {
		v, err := sliceIndex(t, args[1])
		if err != nil {
			return 0, 0, err
		}
		end = v
	}
	return start, end, nil
}

// bytesArg requires a bytes-like argument.
func bytesArg(t *Thread, o Object) (string, error) {
	b, err := bytesOf(t, o)
	if err != nil {
		return "", err
	}
	return view(b), nil
}

// fillArg reads the fill byte of center, ljust and rjust.
func fillArg(name string, o Object) (byte, error) {
	switch v := unwrap(o).(type) {
	case py.Bytes:
		if len(v) == 1 {
			return v[0], nil
		}
	case *ByteArray:
		if len(v.b) == 1 {
			return v.b[0], nil
		}
	}
	return 0, Errorf(py.TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, TypeName(o))
}

func bytesList(k *bytesKind, parts []string) Object {
	items := make([]Object, len(parts))
	for i, p := range parts {
		items[i] = k.make([]byte(p))
	}
	return &py.List{Items: items}
}

// defBytesMethods defines the shared methods on bytes (k == kindBytes)
// or bytearray.
func defBytesMethods(k *bytesKind) {
	c := k.cls
	def := func(name string, fn BuiltinFn) { c.defMethod(name, fn, "") }

	for _, m := range []struct {
		name string
		fn   func(string) string
	}{
		{"lower", pystr.BytesLower}, {"upper", pystr.BytesUpper}, {"swapcase", pystr.BytesSwapcase},
		{"capitalize", pystr.BytesCapitalize}, {"title", pystr.BytesTitle},
	} {
		m := m
		def(m.name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := k.noArgs(m.name, args, kwnames); err != nil {
				return nil, err
			}
			b := bytesData(args[0])
			return k.result(args[0], b, m.fn(view(b))), nil
		})
	}
	for _, m := range []struct {
		name string
		fn   func(string) bool
	}{
		{"isalnum", pystr.BytesIsAlnum}, {"isalpha", pystr.BytesIsAlpha}, {"isascii", pystr.IsASCII},
		{"isdigit", pystr.BytesIsDigit}, {"islower", pystr.BytesIsLower}, {"isspace", pystr.BytesIsSpace},
		{"istitle", pystr.BytesIsTitle}, {"isupper", pystr.BytesIsUpper},
	} {
		m := m
		def(m.name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := k.noArgs(m.name, args, kwnames); err != nil {
				return nil, err
			}
			return NewBool(m.fn(view(bytesData(args[0])))), nil
		})
	}

	finder := func(name string, fn func(s, sub string, start, end int) int, raise bool) {
		def(name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := oldArgs(k.name, name, args, kwnames, 1, 3); err != nil {
				return nil, err
			}
			sub, err := subArg(t, args[1])
			if err != nil {
				return nil, err
			}
			start, end, err := startEnd(t, args[2:])
			if err != nil {
				return nil, err
			}
			i := fn(view(bytesData(args[0])), sub, start, end)
			if i < 0 && raise {
				return nil, NewError(py.ValueError, "subsection not found")
			}
			return NewInt(int64(i)), nil
		})
	}
	finder("find", pystr.BytesFind, false)
	finder("rfind", pystr.BytesRFind, false)
	finder("index", pystr.BytesFind, true)
	finder("rindex", pystr.BytesRFind, true)
	finder("count", pystr.BytesCount, false)

	affix := func(name string, anyOf func(string, []string, int, int) bool) {
		def(name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := oldArgs(k.name, name, args, kwnames, 1, 3); err != nil {
				return nil, err
			}
			start, end, err := startEnd(t, args[2:])
			if err != nil {
				return nil, err
			}
			s := view(bytesData(args[0]))
			tup, isTuple := unwrap(args[1]).(Tuple)
			if !isTuple {
				a, err := bytesOf(t, args[1])
				if err != nil {
					return nil, Errorf(py.TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name, TypeName(args[1]))
				}
				return NewBool(anyOf(s, []string{view(a)}, start, end)), nil
			}
			// The items are converted one by one, up to the first match.
			for _, x := range tup {
				a, err := bytesArg(t, x)
				if err != nil {
					return nil, err
				}
				if anyOf(s, []string{a}, start, end) {
					return True, nil
				}
			}
			return False, nil
		})
	}
	affix("startswith", pystr.BytesStartsWithAny)
	affix("endswith", pystr.BytesEndsWithAny)

	splitter := func(name string, ws func(string, int) []string, sep func(string, string, int) ([]string, error)) {
		def(name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			var sepO, maxO Object
			if _, err := ParseClinic(&Params{Func: name, Names: []string{"sep", "maxsplit"}, KwOnly: -1}, args[1:], kwnames, &sepO, &maxO); err != nil {
				return nil, err
			}
			maxsplit := -1
			if maxO != nil {
				n, err := argInt(t, name, maxO)
				if err != nil {
					return nil, err
				}
				maxsplit = n
			}
			s := view(bytesData(args[0]))
			if sepO == nil || sepO == None {
				return bytesList(k, ws(s, maxsplit)), nil
			}
			sp, err := bytesArg(t, sepO)
			if err != nil {
				return nil, err
			}
			parts, err := sep(s, sp, maxsplit)
			if err != nil {
				return nil, fromPystrError(err)
			}
			return bytesList(k, parts), nil
		})
	}
	splitter("split", pystr.BytesSplitWhitespace, pystr.Split)
	splitter("rsplit", pystr.BytesRSplitWhitespace, pystr.RSplit)

	def("splitlines", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		var keep Object
		if _, err := ParseClinic(&Params{Func: "splitlines", Names: []string{"keepends"}, KwOnly: -1}, args[1:], kwnames, &keep); err != nil {
			return nil, err
		}
		keepends := false
		if keep != nil {
			n, err := argInt(t, "splitlines", keep)
			if err != nil {
				return nil, err
			}
			keepends = n != 0
		}
		return bytesList(k, pystr.BytesSplitLines(view(bytesData(args[0])), keepends)), nil
	})

	partitioner := func(name string, fn func(s, sep string) (string, string, string, error)) {
		def(name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := k.oneArg(name, args, kwnames); err != nil {
				return nil, err
			}
			sep, err := bytesArg(t, args[1])
			if err != nil {
				return nil, err
			}
			b := bytesData(args[0])
			x, y, z, err := fn(view(b), sep)
			if err != nil {
				return nil, fromPystrError(err)
			}
			// As CPython: bytes returns self and two empty bytes when the
			// separator is not found, and the separator object itself
			// when it is; bytearray returns new bytearrays.
			var mid Object
			if y != "" && !k.isArray {
				mid = args[1]
			} else {
				mid = k.make([]byte(y))
			}
			return Tuple{k.result(args[0], b, x), mid, k.result(args[0], b, z)}, nil
		})
	}
	partitioner("partition", pystr.Partition)
	partitioner("rpartition", pystr.RPartition)

	def("join", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := k.oneArg("join", args, kwnames); err != nil {
			return nil, err
		}
		sep := bytesData(args[0])
		var out []byte
		i := 0
		err := ForEach(t, args[1], func(v Object) (bool, error) {
			p, err := bytesOf(t, v)
			if err != nil {
				return false, Errorf(py.TypeError, "sequence item %d: expected a bytes-like object, %s found", i, TypeName(v))
			}
			if i > 0 {
				out = append(out, sep...)
			}
			out = append(out, p...)
			i++
			return true, nil
		})
		if err != nil {
			if isExceptionType(err, py.TypeError) && !hasIter(args[1]) {
				return nil, Errorf(py.TypeError, "can only join an iterable")
			}
			return nil, err
		}
		if out == nil {
			out = []byte{}
		}
		return k.make(out), nil
	})

	stripper := func(name string, ws func(string) string, chars func(string, string) string) {
		def(name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := k.posArgs(name, args, kwnames, 0, 1); err != nil {
				return nil, err
			}
			b := bytesData(args[0])
			if len(args) == 1 || args[1] == None {
				return k.result(args[0], b, ws(view(b))), nil
			}
			cs, err := bytesArg(t, args[1])
			if err != nil {
				return nil, err
			}
			return k.result(args[0], b, chars(view(b), cs)), nil
		})
	}
	stripper("strip", pystr.BytesStrip, pystr.BytesStripChars)
	stripper("lstrip", pystr.BytesLStrip, pystr.BytesLStripChars)
	stripper("rstrip", pystr.BytesRStrip, pystr.BytesRStripChars)

	for _, m := range []struct {
		name string
		fn   func(s, affix string) string
	}{{"removeprefix", pystr.RemovePrefix}, {"removesuffix", pystr.RemoveSuffix}} {
		m := m
		def(m.name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := k.oneArg(m.name, args, kwnames); err != nil {
				return nil, err
			}
			a, err := bytesArg(t, args[1])
			if err != nil {
				return nil, err
			}
			b := bytesData(args[0])
			return k.result(args[0], b, m.fn(view(b), a)), nil
		})
	}

	padder := func(name string, fn func(string, int, byte) (string, error)) {
		def(name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := k.posArgs(name, args, kwnames, 1, 2); err != nil {
				return nil, err
			}
			w, err := IndexInt(t, args[1])
			if err != nil {
				return nil, err
			}
			fill := byte(' ')
			if len(args) == 3 {
				if fill, err = fillArg(name, args[2]); err != nil {
					return nil, err
				}
			}
			b := bytesData(args[0])
			r, err := fn(view(b), w, fill)
			if err != nil {
				return nil, fromPystrError(err)
			}
			return k.result(args[0], b, r), nil
		})
	}
	padder("center", pystr.BytesCenter)
	padder("ljust", pystr.BytesLJust)
	padder("rjust", pystr.BytesRJust)

	def("zfill", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := k.oneArg("zfill", args, kwnames); err != nil {
			return nil, err
		}
		w, err := IndexInt(t, args[1])
		if err != nil {
			return nil, err
		}
		b := bytesData(args[0])
		r, err := pystr.BytesZFill(view(b), w)
		if err != nil {
			return nil, fromPystrError(err)
		}
		return k.result(args[0], b, r), nil
	})

	def("expandtabs", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		var ts Object
		if _, err := ParseClinic(&Params{Func: "expandtabs", Names: []string{"tabsize"}, KwOnly: -1}, args[1:], kwnames, &ts); err != nil {
			return nil, err
		}
		n := 8
		if ts != nil {
			var err error
			if n, err = argInt(t, "expandtabs", ts); err != nil {
				return nil, err
			}
		}
		b := bytesData(args[0])
		r, err := pystr.BytesExpandTabs(view(b), n)
		if err != nil {
			return nil, fromPystrError(err)
		}
		return k.result(args[0], b, r), nil
	})

	def("replace", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := k.posArgs("replace", args, kwnames, 2, 3); err != nil {
			return nil, err
		}
		old, err := bytesArg(t, args[1])
		if err != nil {
			return nil, err
		}
		nw, err := bytesArg(t, args[2])
		if err != nil {
			return nil, err
		}
		count := -1
		if len(args) == 4 {
			if count, err = IndexInt(t, args[3]); err != nil {
				return nil, err
			}
		}
		b := bytesData(args[0])
		r, err := pystr.BytesReplace(view(b), old, nw, count)
		if err != nil {
			return nil, fromPystrError(err)
		}
		return k.result(args[0], b, r), nil
	})

	def("translate", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		var table, del Object
		if _, err := ParseClinic(&Params{Func: "translate", Names: []string{"table", "delete"}, PosOnly: 1, KwOnly: -1, Required: 1}, args[1:], kwnames, &table, &del); err != nil {
			return nil, err
		}
		b := bytesData(args[0])
		deletes := ""
		if del != nil {
			d, err := bytesArg(t, del)
			if err != nil {
				return nil, err
			}
			deletes = d
		}
		var r string
		if table == None {
			r = pystr.BytesDelete(view(b), deletes)
		} else {
			tb, err := bytesArg(t, table)
			if err != nil {
				return nil, err
			}
			if r, err = pystr.BytesTranslate(view(b), tb, deletes); err != nil {
				return nil, fromPystrError(err)
			}
		}
		return k.result(args[0], b, r), nil
	})

	c.defMethod("maketrans", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if len(kwnames) > 0 {
			return nil, NewError(py.TypeError, "maketrans() takes no keyword arguments")
		}
		if err := checkArgs("maketrans", args, nil, 2, 2); err != nil {
			return nil, err
		}
		from, err := bytesArg(t, args[0])
		if err != nil {
			return nil, err
		}
		to, err := bytesArg(t, args[1])
		if err != nil {
			return nil, err
		}
		r, err := pystr.BytesMakeTrans(from, to)
		if err != nil {
			return nil, fromPystrError(err)
		}
		return py.Bytes(r), nil
	}, "", "static")

	def("hex", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		var sep, per Object
		if _, err := ParseClinic(&Params{Func: "hex", Names: []string{"sep", "bytes_per_sep"}, KwOnly: -1}, args[1:], kwnames, &sep, &per); err != nil {
			return nil, err
		}
		s, err := hexString(t, bytesData(args[0]), sep, per)
		if err != nil {
			return nil, err
		}
		return py.String(s), nil
	})

	c.defMethod("fromhex", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := k.oneArg("fromhex", args, kwnames); err != nil {
			return nil, err
		}
		s, ok := unwrap(args[1]).(py.String)
		if !ok {
			return nil, Errorf(py.TypeError, "fromhex() argument must be str, not %s", TypeName(args[1]))
		}
		b, err := fromHex(string(s))
		if err != nil {
			return nil, err
		}
		cls := args[0].(*py.Type)
		if k.isArray {
			if cls == ByteArrayType.T() {
				return &ByteArray{b: b}, nil
			}
			return Call(t, cls, []Object{py.Bytes(b)}, nil)
		}
		if cls == py.BytesType {
			return py.Bytes(b), nil
		}
		return Call(t, cls, []Object{py.Bytes(b)}, nil)
	}, "", "class")

	def("decode", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		var enc, errs Object
		if _, err := ParseClinic(&Params{Func: "decode", Names: []string{"encoding", "errors"}, KwOnly: -1}, args[1:], kwnames, &enc, &errs); err != nil {
			return nil, err
		}
		e, er, err := encodingArgs("decode", enc, errs)
		if err != nil {
			return nil, err
		}
		return DecodeText(t, bytesData(args[0]), e, er)
	})

	def("__getnewargs__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := k.noArgs("__getnewargs__", args, kwnames); err != nil {
			return nil, err
		}
		return Tuple{py.Bytes(append([]byte(nil), bytesData(args[0])...))}, nil
	})
}

// encodingArgs reads the encoding and errors arguments of encode and
// decode (utf-8 and strict by default).
func encodingArgs(fn string, enc, errs Object) (string, string, error) {
	e, er := "utf-8", "strict"
	if enc != nil {
		s, ok := unwrap(enc).(py.String)
		if !ok {
			return "", "", Errorf(py.TypeError, "%s() argument 'encoding' must be str, not %s", fn, TypeName(enc))
		}
		e = string(s)
	}
	if errs != nil {
		s, ok := unwrap(errs).(py.String)
		if !ok {
			return "", "", Errorf(py.TypeError, "%s() argument 'errors' must be str, not %s", fn, TypeName(errs))
		}
		er = string(s)
	}
	return e, er, nil
}

// hexString is bytes.hex(sep, bytes_per_sep) (also bytearray's and
// memoryview's).
func hexString(t *Thread, b []byte, sepO, perO Object) (string, error) {
	const digits = "0123456789abcdef"
	var sep byte
	if sepO != nil {
		var s string
		switch v := unwrap(sepO).(type) {
		case py.String:
			s = string(v)
			if pystr.Len(s) != 1 {
				return "", NewError(py.ValueError, "sep must be length 1.")
			}
			if len(s) != 1 || s[0] >= 0x80 {
				return "", NewError(py.ValueError, "sep must be ASCII.")
			}
		default:
			bs, err := bytesOf(t, sepO)
			if err != nil {
				return "", Errorf(py.TypeError, "object of type '%s' has no len()", TypeName(sepO))
			}
			s = string(bs)
			if len(s) != 1 {
				return "", NewError(py.ValueError, "sep must be length 1.")
			}
			if s[0] >= 0x80 {
				return "", NewError(py.ValueError, "sep must be ASCII.")
			}
		}
		sep = s[0]
	}
	per := 1
	if perO != nil {
		n, err := argInt(t, "hex", perO)
		if err != nil {
			return "", err
		}
		per = n
	}
	if sepO == nil || per == 0 || len(b) == 0 {
		out := make([]byte, 2*len(b))
		for i, c := range b {
			out[2*i], out[2*i+1] = digits[c>>4], digits[c&15]
		}
		return string(out), nil
	}
	abs := per
	if abs < 0 {
		abs = -abs
	}
	var sb strings.Builder
	sb.Grow(3 * len(b))
	for i, c := range b {
		// With a positive count the groups are counted from the right,
		// with a negative one from the left.
		if i > 0 {
			var boundary bool
			if per > 0 {
				boundary = (len(b)-i)%abs == 0
			} else {
				boundary = i%abs == 0
			}
			if boundary {
				sb.WriteByte(sep)
			}
		}
		sb.WriteByte(digits[c>>4])
		sb.WriteByte(digits[c&15])
	}
	return sb.String(), nil
}

// fromHex is bytes.fromhex: pairs of hex digits, with ASCII whitespace
// allowed between pairs.
func fromHex(s string) ([]byte, error) {
	out := make([]byte, 0, len(s)/2)
	// Positions in messages count code points.
	pos := func(off int) int { return pystr.Len(s[:off]) }
	for i := 0; i < len(s); {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' {
			i++
			continue
		}
		hi := pystr.HexDigit(c)
		if hi < 0 {
			return nil, Errorf(py.ValueError, "non-hexadecimal number found in fromhex() arg at position %d", pos(i))
		}
		if i+1 >= len(s) || pystr.HexDigit(s[i+1]) < 0 {
			return nil, Errorf(py.ValueError, "non-hexadecimal number found in fromhex() arg at position %d", pos(i+1))
		}
		out = append(out, byte(hi<<4|pystr.HexDigit(s[i+1])))
		i += 2
	}
	return out, nil
}
