package vm

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"strings"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/gilpy/gilpy/interp/format"
	"github.com/go-python/gpython/py"
)

// toFormatInt converts an int value for the format package.
func toFormatInt(o Object) format.Int {
	if i, ok := smallInt(o); ok {
		return format.Int{Small: i}
	}
	return format.Int{Big: toBig(o)}
}

// fromFormatInt converts a format package int to a Python int.
func fromFormatInt(n format.Int) Object {
	if n.Big != nil {
		return NewBigInt(n.Big)
	}
	return NewInt(n.Small)
}

// intNumeric implements int's operators for its method table.
func intNumeric(t *Thread, op bytecode.BinaryOp, self, other Object, reflected bool) (Object, error) {
	if !isIntLike(other) {
		return NotImplemented, nil
	}
	if reflected {
		self, other = other, self
	}
	return intBinary(op, self, other)
}

// boolNumeric makes & | ^ of two bools a bool.
func boolNumeric(t *Thread, op bytecode.BinaryOp, self, other Object, reflected bool) (Object, error) {
	a, ok1 := self.(py.Bool)
	b, ok2 := other.(py.Bool)
	if ok1 && ok2 {
		switch op.Base() {
		case bytecode.OpAnd:
			return NewBool(bool(a) && bool(b)), nil
		case bytecode.OpOr:
			return NewBool(bool(a) || bool(b)), nil
		case bytecode.OpXor:
			return NewBool(a != b), nil
		}
	}
	return intNumeric(t, op, self, other, reflected)
}

func intCompareFn(t *Thread, op bytecode.CompareOp, self, other Object) (Object, error) {
	// Only ints: int.__eq__(1.0) is NotImplemented, and float's reflected
	// method compares the two exactly.
	switch o := other.(type) {
	case py.Int, py.Bool, *py.BigInt:
		return NewBool(cmpResult(op, intCompare(self, o))), nil
	}
	return NotImplemented, nil
}

func intRepr(t *Thread, o Object) (Object, error) {
	if i, ok := o.(py.Int); ok {
		return Repr(t, i)
	}
	if b, ok := o.(py.Bool); ok {
		return Repr(t, b)
	}
	s, err := format.IntToString(toFormatInt(o), t.interp.maxStrDigits)
	if err != nil {
		return nil, fromFormatError(err)
	}
	return py.String(s), nil
}

// intNew is int(x=0) and int(x, base=10).
func intNew(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	cls := args[0].(*py.Type)
	var x, base Object
	if _, err := ParseClinic(&Params{Func: "int", Names: []string{"x", "base"}, PosOnly: 1, KwOnly: -1}, args[1:], kwnames, &x, &base); err != nil {
		return nil, err
	}
	v, err := intFromArgs(t, x, base)
	if err != nil {
		return nil, err
	}
	return newInstanceOf(cls, py.IntType, v), nil
}

func intFromArgs(t *Thread, x, base Object) (Object, error) {
	if x == nil {
		if base != nil {
			return nil, NewError(py.TypeError, "int() missing string argument")
		}
		return NewInt(0), nil
	}
	if base != nil {
		bv, err := IndexValue(t, base)
		if err != nil {
			return nil, err
		}
		b := 37 // out of range: ParseInt reports it
		if bv.IsInt64() && bv.Int64() >= -1 && bv.Int64() <= 36 {
			b = int(bv.Int64())
		}
		var s string
		switch v := unwrap(x).(type) {
		case py.String:
			s = string(v)
		case py.Bytes:
			s = string(v)
		case *ByteArray:
			s = string(v.b)
		default:
			return nil, NewError(py.TypeError, "int() can't convert non-string with explicit base")
		}
		n, err := format.ParseInt(s, b, t.interp.maxStrDigits)
		if err != nil {
			if _, isStr := unwrap(x).(py.String); !isStr {
				return nil, bytesIntError(s, b, err)
			}
			return nil, fromFormatError(err)
		}
		return fromFormatInt(n), nil
	}
	return IntOf(t, x)
}

// parseIntBytes is int() of bytes-like contents, base 10.
func parseIntBytes(t *Thread, b []byte) (Object, error) {
	n, err := format.ParseInt(string(b), 10, t.interp.maxStrDigits)
	if err != nil {
		return nil, bytesIntError(string(b), 10, err)
	}
	return fromFormatInt(n), nil
}

// bytesIntError is int()'s error for bytes-like contents: the invalid
// literal is shown as bytes, whatever the argument's type.
func bytesIntError(s string, base int, err error) error {
	var fe *format.Error
	if errors.As(err, &fe) && fe.Type == "ValueError" && strings.HasPrefix(fe.Msg, "invalid literal") {
		return NewError(py.ValueError, fmt.Sprintf("invalid literal for int() with base %d: %s", base, reprBytes([]byte(s))))
	}
	return fromFormatError(err)
}

// IntOf is int(x) for one argument: __int__, __index__, __trunc__, or
// parsing a str, bytes or bytearray.
func IntOf(t *Thread, x Object) (Object, error) {
	switch v := x.(type) {
	case py.Int:
		return v, nil
	case py.Bool:
		if v {
			return NewInt(1), nil
		}
		return NewInt(0), nil
	case *py.BigInt:
		return v, nil
	case py.Float:
		n, err := format.FloatToInt(float64(v))
		if err != nil {
			return nil, fromFormatError(err)
		}
		return fromFormatInt(n), nil
	case py.String:
		n, err := format.ParseInt(string(v), 10, t.interp.maxStrDigits)
		if err != nil {
			return nil, fromFormatError(err)
		}
		return fromFormatInt(n), nil
	case py.Bytes:
		return parseIntBytes(t, v)
	}
	c := classOfObject(x)
	for _, id := range []specialID{spInt, spIndex, spTrunc} {
		if m := c.special(id); m != nil {
			if id == spTrunc {
				if err := t.Warn(py.DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.", 1); err != nil {
					return nil, err
				}
			}
			r, err := callMethod(t, m, x, nil, nil)
			if err != nil {
				return nil, err
			}
			if isIntLike(r) {
				return r, nil
			}
			if inst, ok := r.(*Instance); ok && isIntLike(inst.base) {
				if id != spTrunc {
					if err := warnStrictSubclass(t, specialNames[id], r, "int"); err != nil {
						return nil, err
					}
				}
				return inst.base, nil
			}
			if id == spTrunc {
				// __trunc__ may return any Integral: one with __index__.
				if !hasIndex(r) {
					return nil, NewError(py.TypeError, fmt.Sprintf("__trunc__ returned non-Integral (type %s)", TypeName(r)))
				}
				v, err := IndexValue(t, r)
				if err != nil {
					return nil, err
				}
				return NewBigInt(v), nil
			}
			return nil, NewError(py.TypeError, fmt.Sprintf("%s returned non-int (type %s)", specialNames[id], TypeName(r)))
		}
	}
	switch v := unwrap(x).(type) {
	case py.String, py.Bytes:
		return IntOf(t, v)
	case *ByteArray:
		return parseIntBytes(t, v.b)
	case *MemoryView:
		b, err := v.contents()
		if err != nil {
			return nil, err
		}
		return parseIntBytes(t, b)
	}
	return nil, NewError(py.TypeError, fmt.Sprintf("int() argument must be a string, a bytes-like object or a real number, not '%s'", TypeName(x)))
}

// FloatOf is float(x): __float__, __index__, or parsing a str.
func FloatOf(t *Thread, x Object) (float64, error) {
	switch v := x.(type) {
	case py.Float:
		return float64(v), nil
	case py.Int, py.Bool, *py.BigInt:
		return intToFloat(v)
	case py.String:
		f, err := format.ParseFloat(string(v))
		return float64(newFloat(f)), fromFormatError(err)
	case py.Bytes:
		f, err := format.ParseFloat(string(v))
		if err != nil {
			return 0, NewError(py.ValueError, fmt.Sprintf("could not convert string to float: %s", reprBytes(v)))
		}
		return float64(newFloat(f)), nil
	case *ByteArray, *MemoryView:
		b, _ := bytesOf(t, v)
		f, err := format.ParseFloat(string(b))
		if err != nil {
			r, rerr := ReprString(t, v)
			if rerr != nil {
				return 0, rerr
			}
			return 0, NewError(py.ValueError, "could not convert string to float: "+r)
		}
		return float64(newFloat(f)), nil
	}
	c := classOfObject(x)
	if m := c.special(spFloat); m != nil {
		r, err := callMethod(t, m, x, nil, nil)
		if err != nil {
			return 0, err
		}
		if f, ok := r.(py.Float); ok {
			return float64(f), nil
		}
		if f, ok := unwrap(r).(py.Float); ok {
			if err := warnStrictSubclass(t, TypeName(x)+".__float__", r, "float"); err != nil {
				return 0, err
			}
			return float64(f), nil
		}
		return 0, NewError(py.TypeError, fmt.Sprintf("%s.__float__ returned non-float (type %s)", TypeName(x), TypeName(r)))
	}
	if m := c.special(spIndex); m != nil {
		b, err := IndexValue(t, x)
		if err != nil {
			return 0, err
		}
		return intToFloat(NewBigInt(b))
	}
	if inst, ok := x.(*Instance); ok && inst.base != nil {
		return FloatOf(t, inst.base)
	}
	return 0, NewError(py.TypeError, fmt.Sprintf("float() argument must be a string or a real number, not '%s'", TypeName(x)))
}

func floatNew(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	cls := args[0].(*py.Type)
	var x Object
	if len(kwnames) > 0 && cls == py.FloatType {
		return nil, NewError(py.TypeError, "float() takes no keyword arguments")
	}
	if n := len(args) - 1 - len(kwnames); n > 1 {
		return nil, NewError(py.TypeError, fmt.Sprintf("float expected at most 1 argument, got %d", n))
	}
	if _, err := ParseArgs(&Params{Func: "float", Names: []string{"x"}, PosOnly: 1, KwOnly: -1}, args[1:], kwnames, &x); err != nil {
		return nil, err
	}
	f := 0.0
	if x != nil {
		var err error
		if f, err = FloatOf(t, x); err != nil {
			return nil, err
		}
	}
	return newInstanceOf(cls, py.FloatType, py.Float(f)), nil
}

func boolNew(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := noKeywords("bool", kwnames); err != nil {
		return nil, err
	}
	if len(args) > 2 {
		return nil, NewError(py.TypeError, fmt.Sprintf("bool expected at most 1 argument, got %d", len(args)-1))
	}
	if len(args) == 1 {
		return False, nil
	}
	b, err := Truth(t, args[1])
	return NewBool(b), err
}

func unaryMethod(c *Class, name string, fn func(t *Thread, o Object) (Object, error)) {
	c.defMethod(name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs(name, args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		return fn(t, args[0])
	}, "")
}

func init() {
	ic := intClass
	ic.def("__new__", &BuiltinFunction{Name: "__new__", Fn: intNew, Self: py.IntType})
	ic.defBinary(intNumeric, false, 0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12)
	ic.defCompare(intCompareFn)
	unaryMethod(ic, "__repr__", intRepr)
	// int, bool, float and complex have no __str__ of their own, as in
	// CPython: object.__str__ calls __repr__, so a subclass that only
	// overrides __repr__ prints with it (str() of the base types keeps
	// its fast path in strObject).
	hash := ic.defMethod("__hash__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		h, err := Hash(t, args[0])
		return NewInt(h), err
	}, "")
	hash.hash = func(t *Thread, o Object) (int64, error) { return Hash(t, unwrap(o)) }
	unaryMethod(ic, "__index__", func(t *Thread, o Object) (Object, error) { return plainInt(o), nil })
	unaryMethod(ic, "__int__", func(t *Thread, o Object) (Object, error) { return plainInt(o), nil })
	unaryMethod(ic, "__float__", func(t *Thread, o Object) (Object, error) {
		f, err := intToFloat(o)
		return py.Float(f), err
	})
	unaryMethod(ic, "__bool__", func(t *Thread, o Object) (Object, error) { return NewBool(intSign(o) != 0), nil })
	unaryMethod(ic, "__neg__", func(t *Thread, o Object) (Object, error) { return intNeg(o), nil })
	unaryMethod(ic, "__pos__", func(t *Thread, o Object) (Object, error) { return plainInt(o), nil })
	unaryMethod(ic, "__abs__", func(t *Thread, o Object) (Object, error) { return intAbs(o), nil })
	unaryMethod(ic, "__invert__", func(t *Thread, o Object) (Object, error) { return intInvert(o), nil })
	unaryMethod(ic, "__trunc__", func(t *Thread, o Object) (Object, error) { return plainInt(o), nil })
	unaryMethod(ic, "__floor__", func(t *Thread, o Object) (Object, error) { return plainInt(o), nil })
	unaryMethod(ic, "__ceil__", func(t *Thread, o Object) (Object, error) { return plainInt(o), nil })
	ic.defMethod("__round__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__round__", args, kwnames, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 1 || args[1] == None {
			return plainInt(args[0]), nil
		}
		nd, err := IndexValue(t, args[1])
		if err != nil {
			return nil, err
		}
		if nd.Sign() >= 0 {
			return plainInt(args[0]), nil
		}
		// Round to a multiple of 10**-nd, half to even.
		p := new(big.Int).Exp(big.NewInt(10), new(big.Int).Neg(nd), nil)
		x := toBig(args[0])
		q, r := new(big.Int).DivMod(x, p, new(big.Int))
		twice := new(big.Int).Lsh(r, 1)
		c := twice.Cmp(p)
		if c > 0 || (c == 0 && q.Bit(0) == 1) {
			q.Add(q, big.NewInt(1))
		}
		return NewBigInt(q.Mul(q, p)), nil
	}, "")
	defDivmod(ic, func(a, b Object) bool { return isIntLike(b) })
	ic.defMethod("__format__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__format__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		spec, err := argString("__format__", 1, args[1])
		if err != nil {
			return nil, err
		}
		return Format(t, plainInt(args[0]), spec)
	}, "")
	ic.defMethod("__getnewargs__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__getnewargs__", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		return Tuple{plainInt(args[0])}, nil
	}, "")
	unaryMethod(ic, "bit_length", func(t *Thread, o Object) (Object, error) {
		return NewInt(int64(toBig(o).BitLen())), nil
	})
	unaryMethod(ic, "bit_count", func(t *Thread, o Object) (Object, error) {
		b := new(big.Int).Abs(toBig(o))
		n := 0
		for _, w := range b.Bits() {
			n += popcount(uint64(w))
		}
		return NewInt(int64(n)), nil
	})
	unaryMethod(ic, "conjugate", func(t *Thread, o Object) (Object, error) { return plainInt(o), nil })
	unaryMethod(ic, "as_integer_ratio", func(t *Thread, o Object) (Object, error) { return Tuple{plainInt(o), NewInt(1)}, nil })
	// int.is_integer() is new in 3.12.
	ic.defGetSet("real", func(t *Thread, o Object) (Object, error) { return plainInt(o), nil }, nil)
	ic.defGetSet("imag", func(t *Thread, o Object) (Object, error) { return NewInt(0), nil }, nil)
	ic.defGetSet("numerator", func(t *Thread, o Object) (Object, error) { return plainInt(o), nil }, nil)
	ic.defGetSet("denominator", func(t *Thread, o Object) (Object, error) { return NewInt(1), nil }, nil)
	ic.defMethod("to_bytes", intToBytes, "", "")
	ic.defMethod("from_bytes", intFromBytes, "", "class")

	bc := boolClass
	bc.def("__new__", &BuiltinFunction{Name: "__new__", Fn: boolNew, Self: py.BoolType})
	bc.defBinary(boolNumeric, false, 10, 11, 12)
	boolRepr := func(t *Thread, o Object) (Object, error) { return Repr(t, o) }
	unaryMethod(bc, "__repr__", boolRepr)

	fc := floatClass
	fc.def("__new__", &BuiltinFunction{Name: "__new__", Fn: floatNew, Self: py.FloatType})
	fc.defBinary(floatNumeric, false, 0, 1, 2, 4, 5, 6, 7)
	fc.defCompare(floatCompare)
	floatReprFn := func(t *Thread, o Object) (Object, error) {
		return py.String(format.FloatRepr(float64(o.(py.Float)))), nil
	}
	unaryMethod(fc, "__repr__", floatReprFn)
	fhash := fc.defMethod("__hash__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return NewInt(hashFloat(float64(args[0].(py.Float)))), nil
	}, "")
	fhash.hash = func(t *Thread, o Object) (int64, error) { return hashFloat(float64(unwrap(o).(py.Float))), nil }
	unaryMethod(fc, "__int__", func(t *Thread, o Object) (Object, error) { return IntOf(t, o) })
	unaryMethod(fc, "__trunc__", func(t *Thread, o Object) (Object, error) { return IntOf(t, o) })
	unaryMethod(fc, "__float__", func(t *Thread, o Object) (Object, error) { return o, nil })
	unaryMethod(fc, "__bool__", func(t *Thread, o Object) (Object, error) { return NewBool(o.(py.Float) != 0), nil })
	unaryMethod(fc, "__neg__", func(t *Thread, o Object) (Object, error) { return -o.(py.Float), nil })
	unaryMethod(fc, "__pos__", func(t *Thread, o Object) (Object, error) { return o, nil })
	unaryMethod(fc, "__abs__", func(t *Thread, o Object) (Object, error) { return py.Float(math.Abs(float64(o.(py.Float)))), nil })
	unaryMethod(fc, "__floor__", func(t *Thread, o Object) (Object, error) {
		return IntOf(t, py.Float(math.Floor(float64(o.(py.Float)))))
	})
	unaryMethod(fc, "__ceil__", func(t *Thread, o Object) (Object, error) { return IntOf(t, py.Float(math.Ceil(float64(o.(py.Float))))) })
	unaryMethod(fc, "is_integer", func(t *Thread, o Object) (Object, error) {
		f := float64(o.(py.Float))
		return NewBool(!math.IsInf(f, 0) && f == math.Trunc(f)), nil
	})
	unaryMethod(fc, "conjugate", func(t *Thread, o Object) (Object, error) { return o, nil })
	unaryMethod(fc, "hex", func(t *Thread, o Object) (Object, error) {
		return py.String(format.FloatHex(float64(o.(py.Float)))), nil
	})
	unaryMethod(fc, "as_integer_ratio", floatAsIntegerRatio)
	fc.defMethod("fromhex", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("fromhex", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		s, ok := args[1].(py.String)
		if !ok {
			return nil, NewError(py.TypeError, "bad argument type for built-in operation")
		}
		f, err := format.FloatFromHex(string(s))
		if err != nil {
			return nil, fromFormatError(err)
		}
		return Call(t, args[0], []Object{py.Float(f)}, nil)
	}, "", "class")
	fc.defMethod("__getformat__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__getformat__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		s, ok := args[1].(py.String)
		if !ok {
			return nil, NewError(py.TypeError, fmt.Sprintf("__getformat__() argument must be str, not %s", typeNameOrNone(args[1])))
		}
		if s != "double" && s != "float" {
			return nil, NewError(py.ValueError, "__getformat__() argument 1 must be 'double' or 'float'")
		}
		return py.String("IEEE, little-endian"), nil
	}, "", "class")
	fc.defGetSet("real", func(t *Thread, o Object) (Object, error) { return unwrap(o), nil }, nil)
	fc.defGetSet("imag", func(t *Thread, o Object) (Object, error) { return py.Float(0), nil }, nil)
	fc.defMethod("__round__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__round__", args, kwnames, 0, 1); err != nil {
			return nil, err
		}
		f := float64(args[0].(py.Float))
		if len(args) == 1 || args[1] == None {
			n, err := format.RoundFloatToInt(f)
			if err != nil {
				return nil, fromFormatError(err)
			}
			return fromFormatInt(n), nil
		}
		nd, err := IndexValue(t, args[1])
		if err != nil {
			return nil, err
		}
		ndi := 0
		switch {
		case !nd.IsInt64() && nd.Sign() > 0, nd.IsInt64() && nd.Int64() > 1<<20:
			ndi = 1 << 20
		case !nd.IsInt64() && nd.Sign() < 0, nd.IsInt64() && nd.Int64() < -(1<<20):
			ndi = -(1 << 20)
		default:
			ndi = int(nd.Int64())
		}
		r, err := format.RoundFloat(f, ndi)
		if err != nil {
			return nil, fromFormatError(err)
		}
		return py.Float(r), nil
	}, "")
	fc.defMethod("__format__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__format__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		spec, err := argString("__format__", 1, args[1])
		if err != nil {
			return nil, err
		}
		return Format(t, args[0], spec)
	}, "")
	defDivmod(fc, func(a, b Object) bool {
		_, ok := b.(py.Float)
		return ok || isIntLike(b)
	})

	cc := complexClass
	cc.defBinary(complexNumeric, false, 0, 1, 2, 4, 7)
	cc.defCompare(func(t *Thread, op bytecode.CompareOp, self, other Object) (Object, error) {
		if op != bytecode.CmpEq && op != bytecode.CmpNe {
			return NotImplemented, nil
		}
		b, ok, err := asComplex(other)
		if err != nil || !ok {
			return NotImplemented, err
		}
		return NewBool((complex128(self.(py.Complex)) == b) == (op == bytecode.CmpEq)), nil
	})
	complexReprFn := func(t *Thread, o Object) (Object, error) {
		c := complex128(o.(py.Complex))
		return py.String(complexRepr(c)), nil
	}
	unaryMethod(cc, "__repr__", complexReprFn)
	chash := cc.defMethod("__hash__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return NewInt(hashComplex(complex128(args[0].(py.Complex)))), nil
	}, "")
	chash.hash = func(t *Thread, o Object) (int64, error) { return hashComplex(complex128(unwrap(o).(py.Complex))), nil }
	unaryMethod(cc, "__abs__", func(t *Thread, o Object) (Object, error) {
		return complexAbs(complex128(o.(py.Complex)))
	})
	unaryMethod(cc, "__neg__", func(t *Thread, o Object) (Object, error) { return -o.(py.Complex), nil })
	unaryMethod(cc, "__pos__", func(t *Thread, o Object) (Object, error) { return o, nil })
	unaryMethod(cc, "__bool__", func(t *Thread, o Object) (Object, error) { return NewBool(o.(py.Complex) != 0), nil })
	unaryMethod(cc, "conjugate", func(t *Thread, o Object) (Object, error) {
		c := complex128(o.(py.Complex))
		return py.Complex(complex(real(c), -imag(c))), nil
	})
	cc.defGetSet("real", func(t *Thread, o Object) (Object, error) {
		return py.Float(real(complex128(unwrap(o).(py.Complex)))), nil
	}, nil)
	cc.defGetSet("imag", func(t *Thread, o Object) (Object, error) {
		return py.Float(imag(complex128(unwrap(o).(py.Complex)))), nil
	}, nil)
	cc.def("__new__", &BuiltinFunction{Name: "__new__", Fn: complexNew, Self: py.ComplexType})
	cc.defMethod("__format__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__format__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		spec, err := argString("__format__", 1, args[1])
		if err != nil {
			return nil, err
		}
		return Format(t, args[0], spec)
	}, "")
}

// plainInt returns the int value of an int or bool or int subclass
// instance, as a plain int.
func plainInt(o Object) Object {
	o = unwrap(o)
	if b, ok := o.(py.Bool); ok {
		if b {
			return NewInt(1)
		}
		return NewInt(0)
	}
	return o
}

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

// complexAbs is abs() of a complex: an infinite part wins over a nan
// one, and a finite number whose magnitude overflows is an error.
func complexAbs(c complex128) (Object, error) {
	re, im := real(c), imag(c)
	switch {
	case math.IsInf(re, 0):
		return py.Float(math.Inf(1)), nil
	case math.IsInf(im, 0):
		return py.Float(math.Inf(1)), nil
	case math.IsNaN(re) || math.IsNaN(im):
		return py.Float(math.NaN()), nil
	}
	r := libm.Hypot(re, im)
	if math.IsInf(r, 0) {
		return nil, NewError(py.OverflowError, "absolute value too large")
	}
	return py.Float(r), nil
}

// complexRepr renders a complex number as CPython does: each part in
// its shortest repr without a ".0" for integral values, the imaginary part
// alone when the real part is +0.
func complexRepr(c complex128) string {
	re, im := real(c), imag(c)
	part := func(f float64) string {
		s := format.FloatRepr(f)
		return strings.TrimSuffix(s, ".0")
	}
	if re == 0 && !math.Signbit(re) {
		return part(im) + "j"
	}
	imS := part(im)
	if !strings.HasPrefix(imS, "-") {
		imS = "+" + imS
	}
	return "(" + part(re) + imS + "j)"
}

func complexNew(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	cls := args[0].(*py.Type)
	var re, im Object
	if _, err := ParseClinic(&Params{Func: "complex", Names: []string{"real", "imag"}, KwOnly: -1}, args[1:], kwnames, &re, &im); err != nil {
		return nil, err
	}
	if re == nil {
		re = NewInt(0)
	}
	if c, ok := re.(py.Complex); ok && im == nil && cls == py.ComplexType {
		return c, nil
	}
	if v, ok := unwrap(re).(py.String); ok {
		if im != nil {
			return nil, NewError(py.TypeError, "complex() can't take second arg if first is a string")
		}
		c, err := parseComplexArg(t, re, string(v))
		if err != nil {
			return nil, err
		}
		return newInstanceOf(cls, py.ComplexType, py.Complex(c)), nil
	}
	if im != nil {
		if _, ok := unwrap(im).(py.String); ok {
			return nil, NewError(py.TypeError, "complex() second arg can't be a string")
		}
	}
	if m := classOfObject(re).special(spComplex); m != nil {
		res, err := callMethod(t, m, re, nil, nil)
		if err != nil {
			return nil, err
		}
		if _, ok := res.(py.Complex); !ok {
			if _, sub := unwrap(res).(py.Complex); !sub {
				return nil, NewError(py.TypeError, fmt.Sprintf("__complex__ returned non-complex (type %s)", TypeName(res)))
			}
			if err := warnStrictSubclass(t, "__complex__", res, "complex"); err != nil {
				return nil, err
			}
		}
		re = res
	}
	// Beyond a str, only complex numbers and objects with __float__ or
	// __index__ are accepted (checked before any conversion runs).
	isNumber := func(o Object) bool {
		if _, ok := unwrap(o).(py.Complex); ok {
			return true
		}
		c := classOfObject(o)
		return c.special(spFloat) != nil || c.special(spIndex) != nil
	}
	if !isNumber(re) {
		return nil, NewError(py.TypeError, fmt.Sprintf("complex() first argument must be a string or a number, not '%s'", TypeName(re)))
	}
	if im != nil && !isNumber(im) {
		return nil, NewError(py.TypeError, fmt.Sprintf("complex() second argument must be a number, not '%s'", TypeName(im)))
	}
	// As CPython: the imaginary argument's real part is the result's
	// imaginary part as is (keeping -0.0), adjusted only by the imaginary
	// parts of complex arguments.
	var r, rImag, i, iImag float64
	rIsComplex, iIsComplex := false, false
	if c, ok := unwrap(re).(py.Complex); ok {
		r, rImag, rIsComplex = real(c), imag(c), true
	} else {
		f, err := FloatOf(t, re)
		if err != nil {
			return nil, err
		}
		r = f
	}
	if im == nil {
		i = rImag
	} else if c, ok := unwrap(im).(py.Complex); ok {
		i, iImag, iIsComplex = real(c), imag(c), true
	} else {
		f, err := FloatOf(t, im)
		if err != nil {
			return nil, err
		}
		i = f
	}
	if iIsComplex {
		r -= iImag
	}
	if rIsComplex && im != nil {
		i += rImag
	}
	return newInstanceOf(cls, py.ComplexType, py.Complex(complex(r, i))), nil
}

// parseComplexArg is complex(str): underscores are allowed only between
// digits, and a misplaced one gets a message of its own, naming the
// argument; the rest is parseComplex's.
func parseComplexArg(t *Thread, arg Object, s string) (complex128, error) {
	if strings.IndexByte(s, '_') >= 0 {
		var b strings.Builder
		prev := byte(0)
		ok := true
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c == '_' {
				if prev < '0' || prev > '9' {
					ok = false
					break
				}
			} else {
				if prev == '_' && (c < '0' || c > '9') {
					ok = false
					break
				}
				b.WriteByte(c)
			}
			prev = c
		}
		if !ok || prev == '_' {
			r, err := ReprString(t, arg)
			if err != nil {
				return 0, err
			}
			return 0, NewError(py.ValueError, "could not convert string to complex: "+r)
		}
		s = b.String()
	}
	return parseComplex(s)
}

// parseComplex parses complex("1+2j").
func parseComplex(s string) (complex128, error) {
	orig := s
	bad := NewError(py.ValueError, "complex() arg is a malformed string")
	s = trimSpace(s)
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = trimSpace(s[1 : len(s)-1])
	}
	_ = orig
	if s == "" {
		return 0, bad
	}
	if s[len(s)-1] != 'j' && s[len(s)-1] != 'J' {
		f, err := format.ParseFloat(s)
		if err != nil {
			return 0, bad
		}
		return complex(f, 0), nil
	}
	body := s[:len(s)-1]
	// Find the split between real and imaginary parts: the last + or -
	// that is not part of an exponent.
	split := -1
	for i := len(body) - 1; i > 0; i-- {
		if (body[i] == '+' || body[i] == '-') && body[i-1] != 'e' && body[i-1] != 'E' {
			split = i
			break
		}
	}
	parseIm := func(x string) (float64, error) {
		switch x {
		case "", "+":
			return 1, nil
		case "-":
			return -1, nil
		}
		return format.ParseFloat(x)
	}
	if split < 0 {
		im, err := parseIm(body)
		if err != nil {
			return 0, bad
		}
		return complex(0, im), nil
	}
	re, err := format.ParseFloat(body[:split])
	if err != nil {
		return 0, bad
	}
	im, err := parseIm(body[split:])
	if err != nil {
		return 0, bad
	}
	return complex(re, im), nil
}

func trimSpace(s string) string {
	i, j := 0, len(s)
	for i < j && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f' || s[i] == '\v') {
		i++
	}
	for j > i && (s[j-1] == ' ' || s[j-1] == '\t' || s[j-1] == '\n' || s[j-1] == '\r' || s[j-1] == '\f' || s[j-1] == '\v') {
		j--
	}
	return s[i:j]
}

func floatAsIntegerRatio(t *Thread, o Object) (Object, error) {
	f := float64(o.(py.Float))
	if math.IsInf(f, 0) {
		return nil, NewError(py.OverflowError, "cannot convert Infinity to integer ratio")
	}
	if math.IsNaN(f) {
		return nil, NewError(py.ValueError, "cannot convert NaN to integer ratio")
	}
	r := new(big.Rat)
	r.SetFloat64(f)
	return Tuple{NewBigInt(new(big.Int).Set(r.Num())), NewBigInt(new(big.Int).Set(r.Denom()))}, nil
}

// intToBytes is int.to_bytes(length=1, byteorder='big', *, signed=False).
func intToBytes(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var length, order, signed Object
	if _, err := ParseClinic(&Params{Func: "to_bytes", Names: []string{"length", "byteorder", "signed"}, KwOnly: 2}, args[1:], kwnames, &length, &order, &signed); err != nil {
		return nil, err
	}
	n := 1
	if length != nil {
		var err error
		if n, err = IndexInt(t, length); err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, NewError(py.ValueError, "length argument must be non-negative")
		}
	}
	little, err := byteOrderArg(t, "to_bytes", order)
	if err != nil {
		return nil, err
	}
	isSigned := false
	if signed != nil {
		if isSigned, err = Truth(t, signed); err != nil {
			return nil, err
		}
	}
	x := toBig(plainInt(args[0]))
	if x.Sign() < 0 && !isSigned {
		return nil, NewError(py.OverflowError, "can't convert negative int to unsigned")
	}
	// The bits the value needs, besides copies of its sign bit: a
	// negative value needs those of its complement.
	var bitsNeeded int
	if x.Sign() < 0 {
		bitsNeeded = new(big.Int).Not(x).BitLen()
	} else {
		bitsNeeded = x.BitLen()
	}
	if isSigned && n > 0 && x.Sign() != 0 && !(x.Sign() < 0 && bitsNeeded == 0) {
		bitsNeeded++ // room for the sign bit
	}
	if n > 1<<40 || bitsNeeded > 8*n {
		return nil, NewError(py.OverflowError, "int too big to convert")
	}
	v := new(big.Int).Set(x)
	if x.Sign() < 0 {
		v.Add(v, new(big.Int).Lsh(big.NewInt(1), uint(8*n)))
	}
	out := make([]byte, n)
	v.FillBytes(out)
	if little {
		for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return py.Bytes(out), nil
}

// byteOrderArg reads to_bytes' and from_bytes' byteorder argument,
// reporting whether it is 'little'.
func byteOrderArg(t *Thread, fn string, order Object) (bool, error) {
	if order == nil {
		return false, nil
	}
	s, ok := unwrap(order).(py.String)
	if !ok {
		return false, NewError(py.TypeError, fmt.Sprintf("%s() argument 'byteorder' must be str, not %s", fn, typeNameOrNone(order)))
	}
	switch s {
	case "little":
		return true, nil
	case "big":
		return false, nil
	}
	return false, NewError(py.ValueError, "byteorder must be either 'little' or 'big'")
}

// objectBytes is bytes(o) for what int.from_bytes accepts: bytes-like
// objects, __bytes__, and iterables of ints in range(256); not a str or
// an int.
func objectBytes(t *Thread, o Object) ([]byte, error) {
	if b, ok := o.(py.Bytes); ok {
		return b, nil
	}
	if m := classOfObject(o).Lookup("__bytes__"); m != nil {
		r, err := callMethod(t, m, o, nil, nil)
		if err != nil {
			return nil, err
		}
		b, ok := unwrap(r).(py.Bytes)
		if !ok {
			return nil, NewError(py.TypeError, fmt.Sprintf("__bytes__ returned non-bytes (type %s)", TypeName(r)))
		}
		return b, nil
	}
	switch v := unwrap(o).(type) {
	case py.Bytes, *ByteArray, *MemoryView:
		return bytesOf(t, v)
	case py.String:
		return nil, NewError(py.TypeError, fmt.Sprintf("cannot convert '%s' object to bytes", TypeName(o)))
	}
	if !hasIter(o) {
		return nil, NewError(py.TypeError, fmt.Sprintf("cannot convert '%s' object to bytes", TypeName(o)))
	}
	var out []byte
	err := ForEach(t, o, func(v Object) (bool, error) {
		if !hasIndex(v) {
			return false, NewError(py.TypeError, fmt.Sprintf("'%s' object cannot be interpreted as an integer", TypeName(v)))
		}
		n, err := IndexValue(t, v)
		if err != nil {
			return false, err
		}
		if !n.IsInt64() || n.Int64() < 0 || n.Int64() > 255 {
			return false, NewError(py.ValueError, "bytes must be in range(0, 256)")
		}
		out = append(out, byte(n.Int64()))
		return true, nil
	})
	return out, err
}

// intFromBytes is int.from_bytes(bytes, byteorder='big', *, signed=False).
func intFromBytes(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var data, order, signed Object
	if _, err := ParseClinic(&Params{Func: "from_bytes", Names: []string{"bytes", "byteorder", "signed"}, KwOnly: 2, Required: 1}, args[1:], kwnames, &data, &order, &signed); err != nil {
		return nil, err
	}
	little, err := byteOrderArg(t, "from_bytes", order)
	if err != nil {
		return nil, err
	}
	isSigned := false
	if signed != nil {
		if isSigned, err = Truth(t, signed); err != nil {
			return nil, err
		}
	}
	b, err := objectBytes(t, data)
	if err != nil {
		return nil, err
	}
	bs := append([]byte(nil), b...)
	if little {
		for i, j := 0, len(bs)-1; i < j; i, j = i+1, j-1 {
			bs[i], bs[j] = bs[j], bs[i]
		}
	}
	v := new(big.Int).SetBytes(bs)
	if isSigned && len(bs) > 0 && bs[0]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(bs))))
	}
	r := NewBigInt(v)
	if typ, ok := args[0].(*py.Type); ok && typ != py.IntType {
		return Call(t, typ, []Object{r}, nil)
	}
	return r, nil
}

// defDivmod defines __divmod__ and __rdivmod__ of int or float, for the
// operands accepts allows (NotImplemented for the others).
func defDivmod(c *Class, accepts func(self, other Object) bool) {
	for _, reflected := range []bool{false, true} {
		reflected := reflected
		name := "__divmod__"
		if reflected {
			name = "__rdivmod__"
		}
		c.defMethod(name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := checkMethodArgs(name, args, kwnames, 1, 1); err != nil {
				return nil, err
			}
			a, b := plainNumber(args[0]), plainNumber(args[1])
			if !accepts(a, b) {
				return NotImplemented, nil
			}
			if reflected {
				a, b = b, a
			}
			r, _, err := numDivmod(a, b)
			return r, err
		}, "")
	}
}

// plainNumber returns the int or float value of a number or of an
// instance of a subclass of int or float.
func plainNumber(o Object) Object {
	o = unwrap(o)
	if b, ok := o.(py.Bool); ok {
		return plainInt(b)
	}
	return o
}

// typeNameOrNone names o's type for an argument error, saying None for
// None as CPython's argument parsers do.
func typeNameOrNone(o Object) string {
	if o == None {
		return "None"
	}
	return TypeName(o)
}

// warnStrictSubclass is the DeprecationWarning CPython 3.11 gives when a
// conversion method (__int__, __index__, __float__...) returns an
// instance of a subclass of the type it must return.
func warnStrictSubclass(t *Thread, method string, r Object, want string) error {
	return t.Warn(py.DeprecationWarning, fmt.Sprintf("%s returned non-%s (type %s).  The ability to return an instance of a strict subclass of %s is deprecated, and may be removed in a future version of Python.", method, want, TypeName(r), want), 1)
}
