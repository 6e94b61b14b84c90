package vm

import (
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/gilpy/gilpy/interp/format"
	"github.com/go-python/gpython/py"
)

type timeDuration = time.Duration

// builtinFuncs are the functions of the builtins module.
var builtinFuncs = map[string]BuiltinFn{
	"__build_class__": buildClass,
	"abs":             builtinAbs,
	"all":             builtinAll,
	"any":             builtinAny,
	"ascii":           builtinASCII,
	"bin":             builtinBin,
	"callable":        builtinCallable,
	"chr":             builtinChr,
	"delattr":         builtinDelattr,
	"divmod":          builtinDivmod,
	"format":          builtinFormat,
	"getattr":         builtinGetattr,
	"globals":         builtinGlobals,
	"hasattr":         builtinHasattr,
	"hash":            builtinHash,
	"hex":             builtinHex,
	"id":              builtinID,
	"isinstance":      builtinIsinstance,
	"issubclass":      builtinIssubclass,
	"iter":            builtinIter,
	"len":             builtinLen,
	"locals":          builtinLocals,
	"max":             builtinMax,
	"min":             builtinMin,
	"next":            builtinNext,
	"oct":             builtinOct,
	"ord":             builtinOrd,
	"pow":             builtinPow,
	"print":           builtinPrint,
	"repr":            builtinRepr,
	"round":           builtinRound,
	"setattr":         builtinSetattr,
	"sorted":          builtinSorted,
	"sum":             builtinSum,
	"vars":            builtinVars,
	"dir":             builtinDir,
	"exec":            builtinExec,
	"eval":            builtinEval,
	"compile":         builtinCompile,
	"__import__":      builtinImport,
	"input":           builtinInput,
	"aiter":           builtinAiter,
	"anext":           builtinAnext,
	"breakpoint":      builtinBreakpoint,
}

// oneArgBuiltins are the builtins CPython implements as one-argument C
// functions, whose calls it checks against the recursion limit.
var oneArgBuiltins = map[string]bool{
	"abs": true, "ascii": true, "bin": true, "callable": true, "chr": true, "hash": true,
	"hex": true, "id": true, "oct": true, "ord": true, "repr": true, "aiter": true,
}

// setupBuiltins makes the builtins module.
func (in *Interp) setupBuiltins(t *Thread) error {
	m := NewModule("builtins")
	in.builtinsModule = m
	// Built into the interpreter, as CPython's is: a spec of origin
	// "built-in" and no package.
	m.Set("__package__", py.String(""))
	m.Set("__spec__", newModuleSpec("builtins", "built-in", false))
	in.builtins = m.dict
	d := m.dict
	for name, fn := range builtinFuncs {
		bf := &BuiltinFunction{Name: name, Fn: fn, Self: m, Module: "builtins", countsDepth: oneArgBuiltins[name]}
		d.SetStr(name, bf)
		if name == "__import__" {
			in.defaultImport = bf
		}
	}
	for name, typ := range builtinTypes() {
		d.SetStr(name, typ)
	}
	d.SetStr("None", None)
	d.SetStr("True", True)
	d.SetStr("False", False)
	d.SetStr("Ellipsis", py.Ellipsis)
	d.SetStr("NotImplemented", NotImplemented)
	d.SetStr("__debug__", True)
	d.SetStr("__doc__", py.String("Built-in functions, exceptions, and other objects."))
	in.setupOpen()
	in.modules.SetStr("builtins", m)
	return nil
}

// builtinTypes lists the types the builtins module names.
func builtinTypes() map[string]Object {
	m := map[string]Object{
		"object": py.ObjectType, "type": py.TypeType, "int": py.IntType, "bool": py.BoolType,
		"float": py.FloatType, "complex": py.ComplexType, "str": py.StringType,
		"bytes": py.BytesType, "tuple": py.TupleType, "list": py.ListType,
		"range": py.RangeType, "slice": py.SliceType,
		"dict": DictType.T(), "set": SetType.T(), "frozenset": FrozenSetType.T(),
		"property": PropertyType.T(), "staticmethod": StaticMethodType.T(),
		"classmethod": ClassMethodType.T(), "super": SuperType.T(),
		"enumerate": EnumerateType.T(), "zip": ZipType.T(), "map": MapType.T(),
		"filter": FilterType.T(), "reversed": ReversedType.T(),
		"bytearray": ByteArrayType.T(), "memoryview": MemoryViewType.T(),
	}
	for _, e := range exceptionTypes() {
		m[e.Name] = e
	}
	m["EnvironmentError"] = py.OSError
	m["IOError"] = py.OSError
	return m
}

// exceptionTypes lists every builtin exception class.
func exceptionTypes() []*py.Type {
	return []*py.Type{
		py.BaseException, BaseExceptionGroup, py.SystemExit, py.KeyboardInterrupt, py.GeneratorExit,
		py.ExceptionType, ExceptionGroup, py.StopIteration, StopAsyncIteration, py.ArithmeticError,
		py.FloatingPointError, py.OverflowError, py.ZeroDivisionError, py.AssertionError,
		py.AttributeError, py.BufferError, py.EOFError, py.ImportError, ModuleNotFoundError,
		py.LookupError, py.IndexError, py.KeyError, py.MemoryError, py.NameError,
		py.UnboundLocalError, py.OSError, py.BlockingIOError, py.ChildProcessError,
		py.ConnectionError, py.BrokenPipeError, py.ConnectionAbortedError,
		py.ConnectionRefusedError, py.ConnectionResetError, py.FileExistsError,
		py.FileNotFoundError, py.InterruptedError, py.IsADirectoryError, py.NotADirectoryError,
		py.PermissionError, py.ProcessLookupError, py.TimeoutError, py.ReferenceError,
		py.RuntimeError, py.NotImplementedError, RecursionError, py.SyntaxError,
		py.IndentationError, py.TabError, py.SystemError, py.TypeError, py.ValueError,
		py.UnicodeError, py.UnicodeDecodeError, py.UnicodeEncodeError, py.UnicodeTranslateError,
		py.Warning, py.DeprecationWarning, py.PendingDeprecationWarning, py.RuntimeWarning,
		py.SyntaxWarning, py.UserWarning, py.FutureWarning, py.ImportWarning,
		py.UnicodeWarning, py.BytesWarning, py.ResourceWarning, EncodingWarning,
	}
}

// printSeparator checks print's sep or end argument: a str, or an
// instance of a str subclass, which is written as its str() as CPython
// writes it.
func printSeparator(t *Thread, which string, v Object) (string, error) {
	if s, ok := v.(py.String); ok {
		return string(s), nil
	}
	if _, ok := unwrap(v).(py.String); ok {
		return StrString(t, v)
	}
	return "", NewError(py.TypeError, fmt.Sprintf("%s must be None or a string, not %s", which, TypeName(v)))
}

func builtinPrint(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	npos := len(args) - len(kwnames)
	var sep, end, file, flush Object = None, None, None, None
	for i, k := range kwnames {
		v := args[npos+i]
		switch string(k.(py.String)) {
		case "sep":
			sep = v
		case "end":
			end = v
		case "file":
			file = v
		case "flush":
			flush = v
		default:
			return nil, NewError(py.TypeError, fmt.Sprintf("'%s' is an invalid keyword argument for print()", string(k.(py.String))))
		}
	}
	sepS, endS := " ", "\n"
	if sep != None {
		s, err := printSeparator(t, "sep", sep)
		if err != nil {
			return nil, err
		}
		sepS = s
	}
	if end != None {
		s, err := printSeparator(t, "end", end)
		if err != nil {
			return nil, err
		}
		endS = s
	}
	if file == None {
		f, ok := t.interp.sys.Get("stdout")
		if !ok {
			return nil, NewError(py.RuntimeError, "lost sys.stdout")
		}
		if f == None {
			return None, nil
		}
		file = f
	}
	// Fast path: a TextIOWrapper (sys.stdout, an open file) written to
	// from Go. Buffered, the pieces go in as one write; a str() that
	// fails still leaves the pieces before it written, as CPython's one
	// write per piece does. Unbuffered (write_through), each piece is its
	// own write, as in CPython: that is what lets two threads' prints
	// interleave mid-line.
	if w := exactTextIO(file); w != nil {
		if err := w.checkClosed(t, file); err != nil {
			return nil, err
		}
		if w.writeThrough {
			for i, a := range args[:npos] {
				if i > 0 {
					if err := w.write(t, sepS); err != nil {
						return nil, err
					}
				}
				s, err := StrString(t, a)
				if err != nil {
					return nil, err
				}
				if err := w.write(t, s); err != nil {
					return nil, err
				}
			}
			if err := w.write(t, endS); err != nil {
				return nil, err
			}
		} else {
			var b strings.Builder
			for i, a := range args[:npos] {
				if i > 0 {
					b.WriteString(sepS)
				}
				s, err := StrString(t, a)
				if err != nil {
					if b.Len() > 0 {
						if werr := w.write(t, b.String()); werr != nil {
							return nil, werr
						}
					}
					return nil, err
				}
				b.WriteString(s)
			}
			b.WriteString(endS)
			if err := w.write(t, b.String()); err != nil {
				return nil, err
			}
		}
		if flush != None {
			if ok, _ := Truth(t, flush); ok {
				return None, w.flush(t)
			}
		}
		return None, nil
	}
	write, err := GetAttr(t, file, "write")
	if err != nil {
		return nil, err
	}
	for i, a := range args[:npos] {
		if i > 0 {
			if _, err := Call(t, write, []Object{py.String(sepS)}, nil); err != nil {
				return nil, err
			}
		}
		s, err := Str(t, a)
		if err != nil {
			return nil, err
		}
		if _, err := Call(t, write, []Object{s}, nil); err != nil {
			return nil, err
		}
	}
	if _, err := Call(t, write, []Object{py.String(endS)}, nil); err != nil {
		return nil, err
	}
	if flush != None {
		if ok, _ := Truth(t, flush); ok {
			fl, err := GetAttr(t, file, "flush")
			if err != nil {
				return nil, err
			}
			_, err = Call(t, fl, nil, nil)
			return None, err
		}
	}
	return None, nil
}

func builtinLen(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("len", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	n, err := Len(t, args[0])
	if err != nil {
		return nil, err
	}
	return NewInt(int64(n)), nil
}

func builtinRepr(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("repr", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	return reprObject(t, args[0])
}

func builtinASCII(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("ascii", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	return ASCII(t, args[0])
}

func builtinAbs(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("abs", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	switch v := args[0].(type) {
	case py.Int, py.Bool, *py.BigInt:
		return intAbs(v), nil
	case py.Float:
		if v < 0 {
			return -v, nil
		}
		return v + 0, nil
	case py.Complex:
		return complexAbs(complex128(v))
	}
	if m := classOfObject(args[0]).special(spAbs); m != nil {
		return callMethod(t, m, args[0], nil, nil)
	}
	return nil, NewError(py.TypeError, fmt.Sprintf("bad operand type for abs(): '%s'", TypeName(args[0])))
}

func builtinAll(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("all", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	result := true
	err := ForEach(t, args[0], func(v Object) (bool, error) {
		b, err := Truth(t, v)
		if err != nil {
			return false, err
		}
		if !b {
			result = false
			return false, nil
		}
		return true, nil
	})
	return NewBool(result), err
}

func builtinAny(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("any", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	result := false
	err := ForEach(t, args[0], func(v Object) (bool, error) {
		b, err := Truth(t, v)
		if err != nil {
			return false, err
		}
		if b {
			result = true
			return false, nil
		}
		return true, nil
	})
	return NewBool(result), err
}

// formatIntWith formats an integer argument with bin/oct/hex.
func formatIntWith(t *Thread, name string, args []Object, kwnames Tuple, f func(format.Int) string) (Object, error) {
	if err := checkArgs(name, args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	b, err := IndexValue(t, args[0])
	if err != nil {
		return nil, err
	}
	return py.String(f(format.IntFromBig(b))), nil
}

func builtinBin(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	return formatIntWith(t, "bin", args, kwnames, format.Bin)
}

func builtinOct(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	return formatIntWith(t, "oct", args, kwnames, format.Oct)
}

func builtinHex(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	return formatIntWith(t, "hex", args, kwnames, format.Hex)
}

func builtinCallable(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("callable", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	return NewBool(IsCallable(args[0])), nil
}

// IsCallable reports whether o can be called.
func IsCallable(o Object) bool {
	switch o.(type) {
	case *Function, *BuiltinFunction, *BoundMethod, *MethodDescr, *py.Type:
		return true
	}
	return classOfObject(o).special(spCall) != nil
}

func builtinChr(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("chr", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	b, err := IndexValue(t, args[0])
	if err != nil {
		return nil, err
	}
	if !b.IsInt64() {
		return nil, NewError(py.OverflowError, "Python int too large to convert to C int")
	}
	i := b.Int64()
	if i < 0 || i > 0x10ffff {
		return nil, NewError(py.ValueError, "chr() arg not in range(0x110000)")
	}
	if i < 128 {
		return asciiChars[i], nil
	}
	return py.String(encodeCodePoint(rune(i))), nil
}

func builtinOrd(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("ord", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	switch v := unwrap(args[0]).(type) {
	case py.String:
		s := string(v)
		n := strLen(s)
		if n != 1 {
			return nil, NewError(py.TypeError, fmt.Sprintf("ord() expected a character, but string of length %d found", n))
		}
		r, _ := decodeCodePoint(s)
		return NewInt(int64(r)), nil
	case py.Bytes:
		if len(v) != 1 {
			return nil, NewError(py.TypeError, fmt.Sprintf("ord() expected a character, but string of length %d found", len(v)))
		}
		return NewInt(int64(v[0])), nil
	case *ByteArray:
		if len(v.b) != 1 {
			return nil, NewError(py.TypeError, fmt.Sprintf("ord() expected a character, but string of length %d found", len(v.b)))
		}
		return NewInt(int64(v.b[0])), nil
	}
	return nil, NewError(py.TypeError, fmt.Sprintf("ord() expected string of length 1, but %s found", TypeName(args[0])))
}

func builtinDivmod(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("divmod", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	return Divmod(t, args[0], args[1])
}

// numDivmod is divmod of two ints or of two real numbers (ints and
// floats); ok is false for other operands.
func numDivmod(a, b Object) (r Object, ok bool, err error) {
	if isIntLike(a) && isIntLike(b) {
		if intSign(b) == 0 {
			return nil, true, NewError(py.ZeroDivisionError, "integer division or modulo by zero")
		}
		q, err := intBinary(bytecode.OpFloorDivide, a, b)
		if err != nil {
			return nil, true, err
		}
		m, err := intBinary(bytecode.OpRemainder, a, b)
		if err != nil {
			return nil, true, err
		}
		return Tuple{q, m}, true, nil
	}
	_, aFloat := a.(py.Float)
	_, bFloat := b.(py.Float)
	if !aFloat && !bFloat {
		return nil, false, nil
	}
	fa, okA, err := asFloat(a)
	if err != nil || !okA {
		return nil, okA, err
	}
	fb, okB, err := asFloat(b)
	if err != nil || !okB {
		return nil, okB, err
	}
	if fb == 0 {
		return nil, true, NewError(py.ZeroDivisionError, "float divmod()")
	}
	q, m := floatDivmod(fa, fb)
	return Tuple{newFloat(q), newFloat(m)}, true, nil
}

// Divmod is divmod(a, b): a binary operation like the operators, with
// __divmod__ and __rdivmod__ (the reflected one first when b's type is a
// subclass of a's that overrides it).
func Divmod(t *Thread, a, b Object) (Object, error) {
	if r, ok, err := numDivmod(a, b); ok || err != nil {
		return r, err
	}
	ca, cb := classOfObject(a), classOfObject(b)
	ma := ca.Lookup("__divmod__")
	var mb Object
	if cb != ca {
		mb = cb.Lookup("__rdivmod__")
	}
	if mb != nil && cb.IsSubclass(ca) && mb != ca.Lookup("__rdivmod__") {
		r, err := callMethod(t, mb, b, []Object{a}, nil)
		if err != nil || r != NotImplemented {
			return r, err
		}
		mb = nil
	}
	if ma != nil {
		r, err := callMethod(t, ma, a, []Object{b}, nil)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if mb != nil {
		r, err := callMethod(t, mb, b, []Object{a}, nil)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	return nil, NewError(py.TypeError, fmt.Sprintf("unsupported operand type(s) for divmod(): '%s' and '%s'", TypeName(a), TypeName(b)))
}

func builtinFormat(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("format", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	spec := ""
	if len(args) == 2 {
		s, ok := args[1].(py.String)
		if !ok {
			// CPython's argument errors name None by its value.
			name := TypeName(args[1])
			if args[1] == None {
				name = "None"
			}
			return nil, NewError(py.TypeError, fmt.Sprintf("format() argument 2 must be str, not %s", name))
		}
		spec = string(s)
	}
	return Format(t, args[0], spec)
}

func builtinGetattr(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("getattr", args, kwnames, 2, 3); err != nil {
		return nil, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return nil, err
	}
	v, err := GetAttr(t, args[0], name)
	if err != nil && len(args) == 3 && isAttributeError(err) {
		return args[2], nil
	}
	return v, err
}

func builtinSetattr(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("setattr", args, kwnames, 3, 3); err != nil {
		return nil, err
	}
	name, ok := args[1].(py.String)
	if !ok {
		return nil, NewError(py.TypeError, fmt.Sprintf("attribute name must be string, not '%s'", TypeName(args[1])))
	}
	return None, SetAttr(t, args[0], string(name), args[2])
}

func builtinDelattr(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("delattr", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	name, ok := args[1].(py.String)
	if !ok {
		return nil, NewError(py.TypeError, fmt.Sprintf("attribute name must be string, not '%s'", TypeName(args[1])))
	}
	return None, DelAttr(t, args[0], string(name))
}

func builtinHasattr(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("hasattr", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	name, ok := args[1].(py.String)
	if !ok {
		return nil, NewError(py.TypeError, fmt.Sprintf("attribute name must be string, not '%s'", TypeName(args[1])))
	}
	r, err := HasAttr(t, args[0], string(name))
	return NewBool(r), err
}

func builtinGlobals(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("globals", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	if t.frame == nil {
		return NewDict(0), nil
	}
	return t.frame.globals, nil
}

func builtinLocals(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("locals", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	return frameLocals(t.frame), nil
}

// frameLocals builds the locals mapping of a frame: the mapping itself for
// module and class frames, a snapshot dict for function frames.
func frameLocals(f *Frame) Object {
	if f == nil {
		return NewDict(0)
	}
	if f.locals != nil {
		return f.locals
	}
	d := NewDict(len(f.code.VarNames))
	for i, n := range f.code.VarNames {
		if i < len(f.fast) && f.fast[i] != nil && i < f.cellBase {
			d.SetStr(n, f.fast[i])
		}
	}
	for i, n := range append(append([]string{}, f.code.CellVars...), f.code.FreeVars...) {
		if f.cellBase+i < len(f.fast) {
			if c, ok := f.fast[f.cellBase+i].(*Cell); ok && c.V != nil {
				d.SetStr(n, c.V)
			}
		}
	}
	return d
}

func builtinHash(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("hash", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	h, err := Hash(t, args[0])
	if err != nil {
		return nil, err
	}
	return NewInt(h), nil
}

func builtinID(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("id", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	return NewBigInt(new(big.Int).SetUint64(uint64(objectAddress(args[0])))), nil
}

func builtinIsinstance(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("isinstance", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	r, err := IsInstanceOf(t, args[0], args[1])
	return NewBool(r), err
}

// IsInstanceOf is isinstance(o, cls) as CPython computes it: an exact
// type match, then (unless cls's metaclass is exactly type) tuples and
// unions item by item and the __instancecheck__ of cls's type, else the
// subclass relation, also through o.__class__.
func IsInstanceOf(t *Thread, o, cls Object) (bool, error) {
	if typ, ok := cls.(*py.Type); ok {
		if TypeOf(o) == typ {
			return true, nil
		}
		if TypeOf(typ) == py.TypeType {
			return objectIsInstance(t, o, typ)
		}
	}
	if u, ok := cls.(*UnionType); ok {
		cls = u.args
	}
	if tup, ok := cls.(Tuple); ok {
		if err := t.enterCall(" in __instancecheck__"); err != nil {
			return false, err
		}
		defer t.leaveRecursive()
		for _, x := range tup {
			ok, err := IsInstanceOf(t, o, x)
			if ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	}
	if ic := classOfObject(cls).special(spInstanceCheck); ic != nil {
		if err := t.enterCall(" in __instancecheck__"); err != nil {
			return false, err
		}
		r, err := callMethod(t, ic, cls, []Object{o}, nil)
		t.leaveRecursive()
		if err != nil {
			return false, err
		}
		return Truth(t, r)
	}
	return objectIsInstance(t, o, cls)
}

// objectIsInstance is isinstance without hooks: for a class, o's type or
// its __class__ derives from it; for another object with __bases__ (an
// "abstract class"), o.__class__ reaches it through __bases__.
func objectIsInstance(t *Thread, o, cls Object) (bool, error) {
	if typ, ok := cls.(*py.Type); ok {
		if IsSubtype(TypeOf(o), typ) {
			return true, nil
		}
		// An object can claim a class through __class__ (mocks, proxies).
		k, err := GetAttr(t, o, "__class__")
		if err != nil {
			if isAttributeError(err) {
				return false, nil
			}
			return false, err
		}
		if kt, ok := k.(*py.Type); ok && kt != TypeOf(o) {
			return IsSubtype(kt, typ), nil
		}
		return false, nil
	}
	if err := checkClass(t, cls, "isinstance() arg 2 must be a type, a tuple of types, or a union"); err != nil {
		return false, err
	}
	k, err := GetAttr(t, o, "__class__")
	if err != nil {
		if isAttributeError(err) {
			return false, nil
		}
		return false, err
	}
	return abstractIsSubclass(t, k, cls)
}

// checkClass requires cls to look like a class: to have a tuple as its
// __bases__.
func checkClass(t *Thread, cls Object, msg string) error {
	b, err := GetAttr(t, cls, "__bases__")
	if err != nil && !isAttributeError(err) {
		return err
	}
	if _, ok := b.(Tuple); err != nil || !ok {
		return NewError(py.TypeError, msg)
	}
	return nil
}

// abstractIsSubclass walks derived's __bases__ (depth first) looking for
// cls.
func abstractIsSubclass(t *Thread, derived, cls Object) (bool, error) {
	for {
		if Is(derived, cls) {
			return true, nil
		}
		b, err := GetAttr(t, derived, "__bases__")
		if err != nil {
			if isAttributeError(err) {
				return false, nil
			}
			return false, err
		}
		bases, ok := b.(Tuple)
		if !ok || len(bases) == 0 {
			return false, nil
		}
		if len(bases) == 1 {
			derived = bases[0]
			continue
		}
		if err := t.enterCall(" in __issubclass__"); err != nil {
			return false, err
		}
		for _, base := range bases {
			r, err := abstractIsSubclass(t, base, cls)
			if r || err != nil {
				t.leaveRecursive()
				return r, err
			}
		}
		t.leaveRecursive()
		return false, nil
	}
}

func builtinIssubclass(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("issubclass", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	r, err := IsSubclassOf(t, args[0], args[1])
	return NewBool(r), err
}

// IsSubclassOf is issubclass(a, cls), in the order CPython checks: an
// exact match, tuples and unions, the __subclasscheck__ of cls's type,
// then the class relation (through __bases__ for objects that are not
// types).
func IsSubclassOf(t *Thread, a, cls Object) (bool, error) {
	if typ, ok := cls.(*py.Type); ok && TypeOf(typ) == py.TypeType {
		if Is(a, cls) {
			return true, nil
		}
		return recursiveIsSubclass(t, a, cls)
	}
	if u, ok := cls.(*UnionType); ok {
		cls = u.args
	}
	if tup, ok := cls.(Tuple); ok {
		if err := t.enterCall(" in __subclasscheck__"); err != nil {
			return false, err
		}
		defer t.leaveRecursive()
		for _, x := range tup {
			ok, err := IsSubclassOf(t, a, x)
			if ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	}
	if sc := classOfObject(cls).special(spSubclassCheck); sc != nil {
		if err := t.enterCall(" in __subclasscheck__"); err != nil {
			return false, err
		}
		r, err := callMethod(t, sc, cls, []Object{a}, nil)
		t.leaveRecursive()
		if err != nil {
			return false, err
		}
		return Truth(t, r)
	}
	return recursiveIsSubclass(t, a, cls)
}

// recursiveIsSubclass is issubclass without hooks.
func recursiveIsSubclass(t *Thread, a, cls Object) (bool, error) {
	at, ok1 := a.(*py.Type)
	ct, ok2 := cls.(*py.Type)
	if ok1 && ok2 {
		return IsSubtype(at, ct), nil
	}
	if err := checkClass(t, a, "issubclass() arg 1 must be a class"); err != nil {
		return false, err
	}
	if err := checkClass(t, cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union"); err != nil {
		return false, err
	}
	return abstractIsSubclass(t, a, cls)
}

func builtinIter(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("iter", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	if len(args) == 2 {
		if !IsCallable(args[0]) {
			return nil, NewError(py.TypeError, "iter(v, w): v must be callable")
		}
		return &callableIterator{fn: args[0], sentinel: args[1]}, nil
	}
	return Iter(t, args[0])
}

func builtinNext(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("next", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	it := args[0]
	if !isIterator(it) {
		return nil, NewError(py.TypeError, fmt.Sprintf("'%s' object is not an iterator", TypeName(it)))
	}
	if g, ok := it.(*Generator); ok {
		r, err := g.send(t, None)
		if err != nil && len(args) == 2 && IsStopIteration(err) {
			return args[1], nil
		}
		return r, err
	}
	if _, ok := it.(*Instance); ok {
		m := classOfObject(it).special(spNext)
		r, err := callMethod(t, m, it, nil, nil)
		if err != nil && len(args) == 2 && IsStopIteration(err) {
			return args[1], nil
		}
		return r, err
	}
	v, ok, err := Next(t, it)
	if err != nil {
		return nil, err
	}
	if !ok {
		if len(args) == 2 {
			return args[1], nil
		}
		return nil, NewException(py.StopIteration)
	}
	return v, nil
}

// minMax implements min() and max().
func minMax(t *Thread, name string, args []Object, kwnames Tuple, wantMax bool) (Object, error) {
	npos := len(args) - len(kwnames)
	var key, def Object
	if npos == 0 {
		return nil, NewError(py.TypeError, fmt.Sprintf("%s expected at least 1 argument, got 0", name))
	}
	// The keywords are parsed as CPython's keyword-only argument parser
	// does, after the positional arguments.
	if _, err := ParseClinic(&Params{Func: name, Names: []string{"key", "default"}, KwOnly: 0}, args[npos:], kwnames, &key, &def); err != nil {
		return nil, err
	}
	if key == None {
		key = nil
	}
	var items Object
	switch {
	case npos == 0:
		return nil, NewError(py.TypeError, fmt.Sprintf("%s expected at least 1 argument, got 0", name))
	case npos == 1:
		items = args[0]
	default:
		if def != nil {
			return nil, NewError(py.TypeError, fmt.Sprintf("Cannot specify a default for %s() with multiple positional arguments", name))
		}
		items = Tuple(args[:npos])
	}
	var best, bestKey Object
	err := ForEach(t, items, func(v Object) (bool, error) {
		k := v
		if key != nil {
			var err error
			k, err = Call(t, key, []Object{v}, nil)
			if err != nil {
				return false, err
			}
		}
		if best == nil {
			best, bestKey = v, k
			return true, nil
		}
		var better bool
		var err error
		// CPython asks item > best (max) or item < best (min), which
		// decides whose comparison method runs first.
		if wantMax {
			if r, ok := compareFast(k, bestKey, bytecode.CmpGt); ok {
				better = r
			} else {
				better, err = compareBool(t, k, bestKey, bytecode.CmpGt)
			}
		} else {
			better, err = Less(t, k, bestKey)
		}
		if err != nil {
			return false, err
		}
		if better {
			best, bestKey = v, k
		}
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	if best == nil {
		if def != nil {
			return def, nil
		}
		return nil, NewError(py.ValueError, fmt.Sprintf("%s() arg is an empty sequence", name))
	}
	return best, nil
}

func builtinMax(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	return minMax(t, "max", args, kwnames, true)
}

func builtinMin(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	return minMax(t, "min", args, kwnames, false)
}

func builtinPow(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var base, exp, mod Object
	if _, err := ParseClinic(&Params{Func: "pow", Names: []string{"base", "exp", "mod"}, KwOnly: -1, Required: 2}, args, kwnames, &base, &exp, &mod); err != nil {
		return nil, err
	}
	if mod == nil || mod == None {
		return BinaryOp(t, bytecode.OpPower, base, exp)
	}
	return ternaryPow(t, base, exp, mod)
}

// ternaryPow is pow(v, w, z) with a modulus, dispatched as CPython's
// ternary_op does: the power slot of v's type, then of w's (first when w's
// type derives from v's), then of z's, until one does not return
// NotImplemented. A class defined in Python takes part only through its
// __pow__ as the first operand; three-argument pow never calls __rpow__.
func ternaryPow(t *Thread, v, w, z Object) (Object, error) {
	cv, cw, cz := classOfObject(v), classOfObject(w), classOfObject(z)
	order := []*Class{cv}
	if cw != cv {
		if cw.IsSubclass(cv) {
			order = []*Class{cw, cv}
		} else {
			order = append(order, cw)
		}
	}
	if cz != cv && cz != cw {
		order = append(order, cz)
	}
	for _, c := range order {
		m := c.Lookup("__pow__")
		if m == nil {
			continue
		}
		var r Object
		var err error
		if md, ok := m.(*MethodDescr); ok {
			r, err = builtinTernaryPow(md.Owner, v, w, z)
		} else if _, builtinV := cv.Lookup("__pow__").(*MethodDescr); !builtinV && cv.Lookup("__pow__") != nil {
			r, err = callMethod(t, cv.Lookup("__pow__"), v, []Object{w, z}, nil)
		} else {
			r = NotImplemented
		}
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	return nil, NewError(py.TypeError, fmt.Sprintf("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", TypeName(v), TypeName(w), TypeName(z)))
}

// builtinTernaryPow is the three-argument power slot of a builtin
// numeric type.
func builtinTernaryPow(owner *Class, v, w, z Object) (Object, error) {
	isNum := func(o Object) bool {
		switch unwrap(o).(type) {
		case py.Int, *py.BigInt, py.Bool, py.Float:
			return true
		}
		return false
	}
	switch {
	case owner.IsSubclass(intClass):
		if isIntLike(unwrap(v)) && isIntLike(unwrap(w)) && isIntLike(unwrap(z)) {
			return intPowMod(toBig(unwrap(v)), toBig(unwrap(w)), toBig(unwrap(z)))
		}
	case owner == floatClass:
		if isNum(v) && isNum(w) {
			return nil, NewError(py.TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
		}
	case owner == complexClass:
		_, vc := unwrap(v).(py.Complex)
		_, wc := unwrap(w).(py.Complex)
		if (isNum(v) || vc) && (isNum(w) || wc) {
			return nil, NewError(py.ValueError, "complex modulo")
		}
	}
	return NotImplemented, nil
}

func builtinRound(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var num, nd Object
	if _, err := ParseClinic(&Params{Func: "round", Names: []string{"number", "ndigits"}, KwOnly: -1, Required: 1}, args, kwnames, &num, &nd); err != nil {
		return nil, err
	}
	m := classOfObject(num).special(spRound)
	if m == nil {
		return nil, NewError(py.TypeError, fmt.Sprintf("type %s doesn't define __round__ method", TypeName(num)))
	}
	if nd == nil || nd == None {
		return callMethod(t, m, num, nil, nil)
	}
	return callMethod(t, m, num, []Object{nd}, nil)
}

func builtinSorted(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	npos := len(args) - len(kwnames)
	if npos != 1 {
		if npos == 0 {
			return nil, NewError(py.TypeError, "sorted expected 1 argument, got 0")
		}
		return nil, NewError(py.TypeError, fmt.Sprintf("sorted expected 1 argument, got %d", npos))
	}
	items, err := Collect(t, args[0])
	if err != nil {
		return nil, err
	}
	l := &py.List{Items: items}
	if _, err := listSort(t, append([]Object{l}, args[1:]...), kwnames); err != nil {
		return nil, err
	}
	return l, nil
}

func builtinSum(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var it, start Object
	if _, err := ParseClinic(&Params{Func: "sum", Names: []string{"iterable", "start"}, PosOnly: 1, KwOnly: -1, Required: 1}, args, kwnames, &it, &start); err != nil {
		return nil, err
	}
	if start == nil {
		start = NewInt(0)
	} else {
		switch start.(type) {
		case py.String:
			return nil, NewError(py.TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
		case py.Bytes:
			return nil, NewError(py.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]")
		case *ByteArray:
			return nil, NewError(py.TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]")
		}
	}
	acc := start
	err := ForEach(t, it, func(v Object) (bool, error) {
		var err error
		if a, ok := acc.(py.Int); ok {
			if b, ok := v.(py.Int); ok {
				if r, ok := intFast(bytecode.OpAdd, a, b); ok {
					acc = r
					return true, nil
				}
			}
		}
		if a, ok := acc.(py.Float); ok {
			if b, ok := v.(py.Float); ok {
				acc = a + b
				return true, nil
			}
		}
		acc, err = BinaryOp(t, bytecode.OpAdd, acc, v)
		return err == nil, err
	})
	return acc, err
}

func builtinVars(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("vars", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return frameLocals(t.frame), nil
	}
	d, err := GetAttr(t, args[0], "__dict__")
	if err != nil {
		if isAttributeError(err) {
			return nil, NewError(py.TypeError, "vars() argument must have __dict__ attribute")
		}
		return nil, err
	}
	return d, nil
}

func builtinImport(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var name, globals, locals, fromlist, level Object
	if _, err := ParseClinic(&Params{Func: "__import__", Names: []string{"name", "globals", "locals", "fromlist", "level"}, KwOnly: -1, Required: 1}, args, kwnames, &name, &globals, &locals, &fromlist, &level); err != nil {
		return nil, err
	}
	s, ok := name.(py.String)
	if !ok {
		return nil, NewError(py.TypeError, "module name must be a string")
	}
	lv := 0
	if level != nil {
		n, err := IndexInt(t, level)
		if err != nil {
			return nil, err
		}
		lv = n
	}
	if lv < 0 {
		return nil, NewError(py.ValueError, "level must be >= 0")
	}
	// globals matter only to a relative import, which needs a dict with
	// the package's name: none at all is a KeyError, anything else that
	// is not a dict (None included) a TypeError, as in CPython.
	g, _ := globals.(*Dict)
	if lv > 0 && g == nil {
		if globals != nil {
			return nil, NewError(py.TypeError, "globals must be a dict")
		}
		return nil, NewError(py.KeyError, "'__name__' not in globals")
	}
	if g == nil {
		g = NewDict(0)
	}
	return t.ImportModuleLevel(string(s), g, fromlist, lv)
}

func builtinBreakpoint(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	hook, ok := t.interp.sys.Get("breakpointhook")
	if !ok {
		return nil, NewError(py.RuntimeError, "lost sys.breakpointhook")
	}
	return Call(t, hook, args, kwnames)
}

func builtinAiter(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("aiter", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	// aiter() words its errors unlike "async for" (getAIter).
	o := args[0]
	m := classOfObject(o).special(spAIter)
	if m == nil {
		return nil, NewError(py.TypeError, fmt.Sprintf("'%s' object is not an async iterable", TypeName(o)))
	}
	it, err := callMethod(t, m, o, nil, nil)
	if err != nil {
		return nil, err
	}
	if classOfObject(it).special(spANext) == nil {
		return nil, NewError(py.TypeError, fmt.Sprintf("aiter() returned not an async iterator of type '%s'", TypeName(it)))
	}
	return it, nil
}

func builtinAnext(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("anext", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	m := classOfObject(args[0]).special(spANext)
	if m == nil {
		return nil, NewError(py.TypeError, fmt.Sprintf("'%s' object is not an async iterator", TypeName(args[0])))
	}
	aw, err := callMethod(t, m, args[0], nil, nil)
	if err != nil || len(args) == 1 {
		return aw, err
	}
	return newAnextDefault(aw, args[1]), nil
}
