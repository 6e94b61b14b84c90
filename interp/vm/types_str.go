package vm

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/gilpy/gilpy/interp/format"
	"github.com/gilpy/gilpy/interp/pystr"
	"github.com/go-python/gpython/py"
)

// str's methods. The algorithms live in interp/pystr and interp/format;
// this file binds them to Python objects.

func strSelf(o Object) string { return string(unwrap(o).(py.String)) }

// encodeCodePoint returns the str of one code point (surrogates encoded
// the way gilpy stores them).
func encodeCodePoint(r rune) string { return pystr.EncodeRune(r) }

// decodeCodePoint returns the first code point of s.
func decodeCodePoint(s string) (rune, int) { return pystr.DecodeRune(s) }

func strNew(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	cls := args[0].(*py.Type)
	var obj, encoding, errs Object
	if _, err := ParseClinic(&Params{Func: "str", Names: []string{"object", "encoding", "errors"}, KwOnly: -1}, args[1:], kwnames, &obj, &encoding, &errs); err != nil {
		return nil, err
	}
	var s Object = py.String("")
	if obj != nil {
		if encoding != nil || errs != nil {
			b, err := bytesOf(t, obj)
			if err != nil {
				if _, isStr := unwrap(obj).(py.String); isStr {
					return nil, NewError(py.TypeError, "decoding str is not supported")
				}
				return nil, NewError(py.TypeError, fmt.Sprintf("decoding to str: need a bytes-like object, %s found", TypeName(obj)))
			}
			enc := "utf-8"
			if encoding != nil {
				enc, err = argStringNamed("str", "encoding", encoding)
				if err != nil {
					return nil, err
				}
			}
			e := "strict"
			if errs != nil {
				e, err = argStringNamed("str", "errors", errs)
				if err != nil {
					return nil, err
				}
			}
			d, err := DecodeText(t, b, enc, e)
			if err != nil {
				return nil, err
			}
			s = unwrap(d)
		} else {
			r, err := strObject(t, obj)
			if err != nil {
				return nil, err
			}
			if cls == py.StringType {
				// str(x) returns what __str__ returned, even an
				// instance of a str subclass.
				return r, nil
			}
			s = unwrap(r)
		}
	}
	return newInstanceOf(cls, py.StringType, s), nil
}

// strNumeric implements + * % for str.
// For %, self may be an instance of a subclass (see keepPercentOperand).
func strNumeric(t *Thread, op bytecode.BinaryOp, self, other Object, reflected bool) (Object, error) {
	s := string(unwrap(self).(py.String))
	switch op.Base() {
	case bytecode.OpAdd:
		o, ok := other.(py.String)
		if !ok {
			return NotImplemented, nil
		}
		if reflected {
			return o + py.String(s), nil
		}
		return py.String(s) + o, nil
	case bytecode.OpMultiply:
		if !hasIndex(other) {
			return NotImplemented, nil
		}
		n, err := repeatCount(t, other)
		if err != nil {
			return nil, err
		}
		if n <= 0 || s == "" {
			return py.String(""), nil
		}
		if len(s)*n/n != len(s) {
			return nil, NewError(py.OverflowError, "repeated string is too long")
		}
		if len(s)*n > pystr.MaxResultBytes {
			// Where CPython's allocation would fail (see pystr).
			return nil, NewException(py.MemoryError)
		}
		return py.String(strings.Repeat(s, n)), nil
	case bytecode.OpRemainder:
		if reflected {
			// x.__rmod__(f) formats when f is a str (f is the left
			// operand; a str subclass instance can reach here).
			if f, ok := unwrap(other).(py.String); ok {
				return t.percentFormat(f, self)
			}
			return NotImplemented, nil
		}
		return t.percentFormat(py.String(s), other)
	}
	return NotImplemented, nil
}

// repeatCount reads the count of a sequence repetition.
func repeatCount(t *Thread, o Object) (int, error) {
	b, err := IndexValue(t, o)
	if err != nil {
		return 0, err
	}
	if !b.IsInt64() {
		return 0, NewError(py.OverflowError, fmt.Sprintf("cannot fit '%s' into an index-sized integer", TypeName(o)))
	}
	return int(b.Int64()), nil
}

func strCompare(t *Thread, op bytecode.CompareOp, self, other Object) (Object, error) {
	o, ok := other.(py.String)
	if !ok {
		return NotImplemented, nil
	}
	return NewBool(cmpResult(op, strings.Compare(string(self.(py.String)), string(o)))), nil
}

// strGetItem implements s[i] and s[i:j:k].
func strGetItem(t *Thread, s string, k Object) (Object, error) {
	if sl, ok := k.(*py.Slice); ok {
		n := strLen(s)
		start, stop, step, err := sliceIndices(t, sl, n)
		if err != nil {
			return nil, err
		}
		return py.String(pystr.Slice(s, start, stop, step)), nil
	}
	var i int
	if v, ok := k.(py.Int); ok {
		i = int(v)
	} else {
		if !hasIndex(k) {
			return nil, NewError(py.TypeError, fmt.Sprintf("string indices must be integers, not '%s'", TypeName(k)))
		}
		b, err := IndexValue(t, k)
		if err != nil {
			return nil, err
		}
		if !b.IsInt64() {
			// As for every sequence, an index too big for a machine
			// word is an IndexError.
			return nil, NewError(py.IndexError, "cannot fit 'int' into an index-sized integer")
		}
		i = int(b.Int64())
	}
	if isASCII(s) {
		if i < 0 {
			i += len(s)
		}
		if i < 0 || i >= len(s) {
			return nil, NewError(py.IndexError, "string index out of range")
		}
		return asciiChars[s[i]], nil
	}
	c, ok := pystr.CharAt(s, i) // negative i counts from the end
	if !ok {
		return nil, NewError(py.IndexError, "string index out of range")
	}
	return py.String(c), nil
}

// strMethod registers a str method with positional-only arguments.
func strMethod(name string, min, max int, fn func(t *Thread, s string, args []Object) (Object, error)) {
	strClass.defMethod(name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if len(kwnames) > 0 {
			// Worded as a call through the method descriptor.
			return nil, Errorf(py.TypeError, "str.%s() takes no keyword arguments", name)
		}
		if err := checkMethodArgs(name, args, kwnames, min, max); err != nil {
			return nil, err
		}
		return fn(t, strSelf(args[0]), args[1:])
	}, "")
}

// strSearchMethod is strMethod for the search methods (find, count,
// startswith...), whose arity errors keep CPython's older wording.
func strSearchMethod(name string, fn func(t *Thread, s string, args []Object) (Object, error)) {
	strClass.defMethod(name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := oldArgs("str", name, args, kwnames, 1, 3); err != nil {
			return nil, err
		}
		return fn(t, strSelf(args[0]), args[1:])
	}, "")
}

func strArg(name string, o Object) (string, error) {
	switch v := unwrap(o).(type) {
	case py.String:
		return string(v), nil
	}
	return "", NewError(py.TypeError, fmt.Sprintf("must be str, not %s", TypeName(o)))
}

func init() {
	c := strClass
	c.def("__new__", &BuiltinFunction{Name: "__new__", Fn: strNew, Self: py.StringType})
	c.defBinary(strNumeric, false, int(bytecode.OpAdd), int(bytecode.OpMultiply), int(bytecode.OpRemainder))
	seqConcatMethod(c, strNumeric) // str.__add__(1) raises, as CPython's does
	c.keepPercentOperand()
	c.defCompare(strCompare)
	h := c.defMethod("__hash__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return NewInt(int64(strHash(strSelf(args[0])))), nil
	}, "")
	h.hash = func(t *Thread, o Object) (int64, error) { return int64(strHash(strSelf(o))), nil }
	strMethod("__repr__", 0, 0, func(t *Thread, s string, a []Object) (Object, error) { return py.String(pystr.Repr(s)), nil })
	strMethod("__str__", 0, 0, func(t *Thread, s string, a []Object) (Object, error) { return py.String(s), nil })
	strMethod("__len__", 0, 0, func(t *Thread, s string, a []Object) (Object, error) { return NewInt(int64(strLen(s))), nil })
	strMethod("__getitem__", 1, 1, func(t *Thread, s string, a []Object) (Object, error) { return strGetItem(t, s, a[0]) })
	strMethod("__iter__", 0, 0, func(t *Thread, s string, a []Object) (Object, error) { return Iter(t, py.String(s)) })
	strMethod("__contains__", 1, 1, func(t *Thread, s string, a []Object) (Object, error) {
		r, err := Contains(t, py.String(s), a[0])
		return NewBool(r), err
	})
	strMethod("__format__", 1, 1, func(t *Thread, s string, a []Object) (Object, error) {
		spec, err := argString("__format__", 1, a[0])
		if err != nil {
			return nil, err
		}
		return Format(t, py.String(s), spec)
	})
	strMethod("__getnewargs__", 0, 0, func(t *Thread, s string, a []Object) (Object, error) { return Tuple{py.String(s)}, nil })
	strMethod("join", 1, 1, func(t *Thread, s string, a []Object) (Object, error) {
		var parts []string
		i := 0
		err := ForEach(t, a[0], func(v Object) (bool, error) {
			p, ok := unwrap(v).(py.String)
			if !ok {
				return false, NewError(py.TypeError, fmt.Sprintf("sequence item %d: expected str instance, %s found", i, TypeName(v)))
			}
			parts = append(parts, string(p))
			i++
			return true, nil
		})
		if err != nil {
			if isExceptionType(err, py.TypeError) && !hasIter(a[0]) {
				return nil, NewError(py.TypeError, "can only join an iterable")
			}
			return nil, err
		}
		return py.String(strings.Join(parts, s)), nil
	})
	c.defMethod("format", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		s := strSelf(args[0])
		if !strings.ContainsAny(string(s), "{}") {
			// Nothing to substitute: CPython hands back the string
			// itself, even an instance of a str subclass.
			return args[0], nil
		}
		return strFormat(t, s, args[1:], kwnames)
	}, "", "nounwrap")
	c.defMethod("format_map", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("format_map", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		return strFormatMap(t, strSelf(args[0]), args[1])
	}, "")
	for _, m := range []struct {
		name string
		fn   func(string) string
	}{
		{"upper", pystr.Upper}, {"lower", pystr.Lower}, {"casefold", pystr.Casefold},
		{"swapcase", pystr.Swapcase}, {"capitalize", pystr.Capitalize}, {"title", pystr.Title},
	} {
		fn := m.fn
		strMethod(m.name, 0, 0, func(t *Thread, s string, a []Object) (Object, error) { return py.String(fn(s)), nil })
	}
	for _, m := range []struct {
		name string
		fn   func(string) bool
	}{
		{"isalpha", pystr.IsAlpha}, {"isalnum", pystr.IsAlnum}, {"isdecimal", pystr.IsDecimal},
		{"isdigit", pystr.IsDigit}, {"isnumeric", pystr.IsNumeric}, {"isspace", pystr.IsSpace},
		{"isprintable", pystr.IsPrintable}, {"isidentifier", pystr.IsIdentifier},
		{"islower", pystr.IsLower}, {"isupper", pystr.IsUpper}, {"istitle", pystr.IsTitle},
		{"isascii", pystr.IsASCII},
	} {
		fn := m.fn
		strMethod(m.name, 0, 0, func(t *Thread, s string, a []Object) (Object, error) { return NewBool(fn(s)), nil })
	}
	stripper := func(name string, ws func(string) string, chars func(string, string) string) {
		strMethod(name, 0, 1, func(t *Thread, s string, a []Object) (Object, error) {
			if len(a) == 0 || a[0] == None {
				return py.String(ws(s)), nil
			}
			cs, ok := unwrap(a[0]).(py.String)
			if !ok {
				return nil, NewError(py.TypeError, fmt.Sprintf("%s arg must be None or str", name))
			}
			return py.String(chars(s, string(cs))), nil
		})
	}
	stripper("strip", pystr.Strip, pystr.StripChars)
	stripper("lstrip", pystr.LStrip, pystr.LStripChars)
	stripper("rstrip", pystr.RStrip, pystr.RStripChars)
	splitter := func(name string, ws func(string, int) []string, sep func(string, string, int) ([]string, error)) {
		c.defMethod(name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			var sepO, maxO Object
			if _, err := ParseClinic(&Params{Func: name, Names: []string{"sep", "maxsplit"}, KwOnly: -1}, args[1:], kwnames, &sepO, &maxO); err != nil {
				return nil, err
			}
			s := strSelf(args[0])
			maxsplit := -1
			if maxO != nil {
				n, err := argInt(t, name, maxO)
				if err != nil {
					return nil, err
				}
				maxsplit = n
			}
			var parts []string
			if sepO == nil || sepO == None {
				parts = ws(s, maxsplit)
			} else {
				sp, ok := unwrap(sepO).(py.String)
				if !ok {
					return nil, NewError(py.TypeError, fmt.Sprintf("must be str or None, not %s", TypeName(sepO)))
				}
				var err error
				parts, err = sep(s, string(sp), maxsplit)
				if err != nil {
					return nil, fromPystrError(err)
				}
			}
			items := make([]Object, len(parts))
			for i, p := range parts {
				items[i] = py.String(p)
			}
			return &py.List{Items: items}, nil
		}, "")
	}
	splitter("split", pystr.SplitWhitespace, pystr.Split)
	splitter("rsplit", pystr.RSplitWhitespace, pystr.RSplit)
	c.defMethod("splitlines", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		var keep Object
		if _, err := ParseClinic(&Params{Func: "splitlines", Names: []string{"keepends"}, KwOnly: -1}, args[1:], kwnames, &keep); err != nil {
			return nil, err
		}
		// keepends is a bool that accepts only ints, as in CPython.
		k := false
		if keep != nil {
			n, err := IndexInt(t, keep)
			if err != nil {
				return nil, err
			}
			k = n != 0
		}
		parts := pystr.SplitLines(strSelf(args[0]), k)
		items := make([]Object, len(parts))
		for i, p := range parts {
			items[i] = py.String(p)
		}
		return &py.List{Items: items}, nil
	}, "")
	finder := func(name string, fn func(s, sub string, start, end int) int, raise bool) {
		strSearchMethod(name, func(t *Thread, s string, a []Object) (Object, error) {
			sub, err := strArg(name, a[0])
			if err != nil {
				return nil, err
			}
			start, end, err := startEnd(t, a[1:])
			if err != nil {
				return nil, err
			}
			i := fn(s, sub, start, end)
			if i < 0 && raise {
				return nil, NewError(py.ValueError, "substring not found")
			}
			return NewInt(int64(i)), nil
		})
	}
	finder("find", pystr.Find, false)
	finder("rfind", pystr.RFind, false)
	finder("index", pystr.Find, true)
	finder("rindex", pystr.RFind, true)
	finder("count", pystr.Count, false)
	affix := func(name string, any func(string, []string, int, int) bool) {
		strSearchMethod(name, func(t *Thread, s string, a []Object) (Object, error) {
			// As in CPython: the range first, then the affixes in order,
			// each checked only when no earlier one matched.
			start, end, err := startEnd(t, a[1:])
			if err != nil {
				return nil, err
			}
			switch v := unwrap(a[0]).(type) {
			case py.String:
				return NewBool(any(s, []string{string(v)}, start, end)), nil
			case Tuple:
				for _, x := range v {
					xs, ok := unwrap(x).(py.String)
					if !ok {
						return nil, NewError(py.TypeError, fmt.Sprintf("tuple for %s must only contain str, not %s", name, TypeName(x)))
					}
					if any(s, []string{string(xs)}, start, end) {
						return True, nil
					}
				}
				return False, nil
			}
			return nil, NewError(py.TypeError, fmt.Sprintf("%s first arg must be str or a tuple of str, not %s", name, TypeName(a[0])))
		})
	}
	affix("startswith", pystr.StartsWithAny)
	affix("endswith", pystr.EndsWithAny)
	strMethod("replace", 2, 3, func(t *Thread, s string, a []Object) (Object, error) {
		old, err := strArg("replace", a[0])
		if err != nil {
			return nil, NewError(py.TypeError, fmt.Sprintf("replace() argument 1 must be str, not %s", TypeName(a[0])))
		}
		nw, err := strArg("replace", a[1])
		if err != nil {
			return nil, NewError(py.TypeError, fmt.Sprintf("replace() argument 2 must be str, not %s", TypeName(a[1])))
		}
		count := -1
		if len(a) == 3 {
			if count, err = argInt(t, "replace", a[2]); err != nil {
				return nil, err
			}
		}
		r, err := pystr.Replace(s, old, nw, count)
		return py.String(r), fromPystrError(err)
	})
	padder := func(name string, fn func(string, int, rune) (string, error)) {
		strMethod(name, 1, 2, func(t *Thread, s string, a []Object) (Object, error) {
			w, err := argInt(t, name, a[0])
			if err != nil {
				return nil, err
			}
			fill := ' '
			if len(a) == 2 {
				fs, ok := unwrap(a[1]).(py.String)
				if !ok || strLen(string(fs)) != 1 {
					if !ok {
						return nil, Errorf(py.TypeError, "The fill character must be a unicode character, not %s", TypeName(a[1]))
					}
					return nil, NewError(py.TypeError, "The fill character must be exactly one character long")
				}
				fill, _ = utf8.DecodeRuneInString(string(fs))
			}
			r, err := fn(s, w, fill)
			return py.String(r), fromPystrError(err)
		})
	}
	padder("center", pystr.Center)
	padder("ljust", pystr.LJust)
	padder("rjust", pystr.RJust)
	strMethod("zfill", 1, 1, func(t *Thread, s string, a []Object) (Object, error) {
		w, err := argInt(t, "zfill", a[0])
		if err != nil {
			return nil, err
		}
		r, err := pystr.ZFill(s, w)
		return py.String(r), fromPystrError(err)
	})
	c.defMethod("expandtabs", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
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
		r, err := pystr.ExpandTabs(strSelf(args[0]), n)
		return py.String(r), fromPystrError(err)
	}, "")
	partitioner := func(name string, fn func(s, sep string) (string, string, string, error)) {
		strMethod(name, 1, 1, func(t *Thread, s string, a []Object) (Object, error) {
			sep, err := strArg(name, a[0])
			if err != nil {
				return nil, err
			}
			x, y, z, err := fn(s, sep)
			if err != nil {
				return nil, fromPystrError(err)
			}
			return Tuple{py.String(x), py.String(y), py.String(z)}, nil
		})
	}
	partitioner("partition", pystr.Partition)
	partitioner("rpartition", pystr.RPartition)
	strMethod("removeprefix", 1, 1, func(t *Thread, s string, a []Object) (Object, error) {
		p, err := strArg("removeprefix", a[0])
		if err != nil {
			return nil, NewError(py.TypeError, fmt.Sprintf("removeprefix() argument must be str, not %s", argTypeName(a[0])))
		}
		return py.String(pystr.RemovePrefix(s, p)), nil
	})
	strMethod("removesuffix", 1, 1, func(t *Thread, s string, a []Object) (Object, error) {
		p, err := strArg("removesuffix", a[0])
		if err != nil {
			return nil, NewError(py.TypeError, fmt.Sprintf("removesuffix() argument must be str, not %s", argTypeName(a[0])))
		}
		return py.String(pystr.RemoveSuffix(s, p)), nil
	})
	c.defMethod("encode", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		var enc, errs Object
		if _, err := ParseClinic(&Params{Func: "encode", Names: []string{"encoding", "errors"}, KwOnly: -1}, args[1:], kwnames, &enc, &errs); err != nil {
			return nil, err
		}
		e, er, err := encodingArgs("encode", enc, errs)
		if err != nil {
			return nil, err
		}
		return EncodeText(t, strSelf(args[0]), e, er)
	}, "")
	c.defMethod("maketrans", strMakeTrans, "", "static")
	strMethod("translate", 1, 1, func(t *Thread, s string, a []Object) (Object, error) {
		table := a[0]
		r, err := pystr.TranslateFunc(s, func(r rune) (string, bool, error) {
			v, err := GetItem(t, table, NewInt(int64(r)))
			if err != nil {
				if isExceptionType(err, py.LookupError) {
					return "", false, nil
				}
				return "", false, err
			}
			switch x := v.(type) {
			case py.NoneType:
				return "", true, nil
			case py.String:
				return string(x), true, nil
			case py.Int:
				if x < 0 || x > 0x10ffff {
					return "", false, NewError(py.ValueError, "character mapping must be in range(0x110000)")
				}
				return encodeCodePoint(rune(x)), true, nil
			}
			return "", false, NewError(py.TypeError, "character mapping must return integer, None or str")
		})
		if err != nil {
			return nil, fromPystrError(err)
		}
		return py.String(r), nil
	})
}

// fromPystrError turns an error of the pystr package into a Python
// exception.
func fromPystrError(err error) error {
	if err == nil {
		return nil
	}
	if e, ok := err.(*py.Exception); ok {
		return e
	}
	type typed interface{ PyType() string }
	if te, ok := err.(typed); ok {
		return NewError(exceptionByName(te.PyType()), err.Error())
	}
	if pe, ok := err.(*pystr.Error); ok {
		return NewError(exceptionByName(pe.Type), pe.Msg)
	}
	return fromFormatError(err)
}

func strMakeTrans(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("maketrans", args, kwnames, 1, 3); err != nil {
		return nil, err
	}
	d := NewDict(0)
	if len(args) == 1 {
		src, ok := args[0].(*Dict)
		if !ok {
			return nil, NewError(py.TypeError, "if you give only one argument to maketrans it must be a dict")
		}
		var err error
		src.Items(func(k, v Object) bool {
			switch kk := k.(type) {
			case py.String:
				if strLen(string(kk)) != 1 {
					err = NewError(py.ValueError, "string keys in translate table must be of length 1")
					return false
				}
				r, _ := decodeCodePoint(string(kk))
				err = d.Set(t, NewInt(int64(r)), v)
			case py.Int:
				err = d.Set(t, kk, v)
			default:
				err = NewError(py.TypeError, "keys in translate table must be strings or integers")
			}
			return err == nil
		})
		return d, err
	}
	// As CPython: the second and third arguments are checked as declared
	// parameters before the first.
	y, ok := unwrap(args[1]).(py.String)
	if !ok {
		return nil, Errorf(py.TypeError, "maketrans() argument 2 must be str, not %s", argTypeName(args[1]))
	}
	var z py.String
	if len(args) == 3 {
		if z, ok = unwrap(args[2]).(py.String); !ok {
			return nil, Errorf(py.TypeError, "maketrans() argument 3 must be str, not %s", argTypeName(args[2]))
		}
	}
	x, ok := unwrap(args[0]).(py.String)
	if !ok {
		return nil, NewError(py.TypeError, "first maketrans argument must be a string if there is a second argument")
	}
	xs, ys := codePoints(string(x)), codePoints(string(y))
	if len(xs) != len(ys) {
		return nil, NewError(py.ValueError, "the first two maketrans arguments must have equal length")
	}
	for i := range xs {
		if err := d.Set(t, NewInt(int64(xs[i])), NewInt(int64(ys[i]))); err != nil {
			return nil, err
		}
	}
	for _, r := range codePoints(string(z)) {
		if err := d.Set(t, NewInt(int64(r)), None); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// codePoints splits a str's text into code points (lone surrogates
// included, which a Go conversion to []rune would replace).
func codePoints(s string) []rune {
	rs := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		r, n := pystr.DecodeRune(s[i:])
		rs = append(rs, r)
		i += n
	}
	return rs
}

// argTypeName names an argument's type in argument errors: "None" for
// None, as CPython's argument parsers say.
func argTypeName(o Object) string {
	if o == None {
		return "None"
	}
	return TypeName(o)
}

// formatResolver evaluates str.format fields against Python objects.
type formatResolver struct {
	t    *Thread
	args []Object
	kw   func(string) (Object, bool, error)
	// mapOnly: str.format_map, where a positional field is an error.
	mapOnly bool
}

func (r *formatResolver) Positional(i int) (any, bool, error) {
	if r.mapOnly {
		return nil, false, format.ErrPositionalInFormatMap
	}
	if i < len(r.args) {
		return r.args[i], true, nil
	}
	return nil, false, nil
}

func (r *formatResolver) Keyword(name string) (any, error) {
	v, ok, err := r.kw(name)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, keyError(py.String(name))
	}
	return v, nil
}

func (r *formatResolver) Attr(v any, name string) (any, error) {
	return GetAttr(r.t, v.(Object), name)
}

func (r *formatResolver) Item(v any, key string, index int) (any, error) {
	if index >= 0 {
		return GetItem(r.t, v.(Object), NewInt(int64(index)))
	}
	return GetItem(r.t, v.(Object), py.String(key))
}

func (r *formatResolver) Convert(v any, conv rune) (any, error) {
	switch conv {
	case 'r':
		return Repr(r.t, v.(Object))
	case 's':
		return Str(r.t, v.(Object))
	case 'a':
		return ASCII(r.t, v.(Object))
	}
	return v, nil
}

func (r *formatResolver) Format(v any, spec string) (string, error) {
	o, err := Format(r.t, v.(Object), spec)
	if err != nil {
		return "", err
	}
	return string(o.(py.String)), nil
}

func strFormat(t *Thread, s string, args []Object, kwnames Tuple) (Object, error) {
	npos := len(args) - len(kwnames)
	r := &formatResolver{t: t, args: args[:npos], kw: func(name string) (Object, bool, error) {
		for i, k := range kwnames {
			if string(k.(py.String)) == name {
				return args[npos+i], true, nil
			}
		}
		return nil, false, nil
	}}
	out, err := format.FormatString(s, r)
	if err != nil {
		return nil, fromFormatError(err)
	}
	return py.String(out), nil
}

func strFormatMap(t *Thread, s string, m Object) (Object, error) {
	r := &formatResolver{t: t, mapOnly: true, kw: func(name string) (Object, bool, error) {
		v, err := GetItem(t, m, py.String(name))
		if err != nil {
			return nil, false, err
		}
		return v, true, nil
	}}
	out, err := format.FormatString(s, r)
	if err != nil {
		if err == format.ErrPositionalInFormatMap {
			return nil, NewError(py.ValueError, "Format string contains positional fields")
		}
		return nil, fromFormatError(err)
	}
	return py.String(out), nil
}

// argStringNamed reads a str argument that CPython's parser names
// ("str() argument 'encoding' must be str, not int").
func argStringNamed(fn, name string, o Object) (string, error) {
	if s, ok := unwrap(o).(py.String); ok {
		return string(s), nil
	}
	return "", Errorf(py.TypeError, "%s() argument '%s' must be str, not %s", fn, name, argTypeName(o))
}
