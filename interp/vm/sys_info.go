package vm

import (
	_ "embed"
	"fmt"
	"math"
	"math/big"
	"strings"

	"github.com/go-python/gpython/py"
)

// The parts of sys that describe the implementation: sys.flags,
// float_info, int_info, hash_info and thread_info are struct sequences
// as in CPython (indexable, with named fields, not instantiable), and the
// smaller attributes and functions CPython 3.11 has.

// stdlibNames lists CPython 3.11's sys.stdlib_module_names, one
// space-separated line: the names of the standard library's modules
// whether gilpy provides them or not, which is what programs use the set
// for (telling library modules from third-party ones).
//
//go:embed stdlib_names.txt
var stdlibNames string

// plainStructSeq is a sys struct sequence that Python code may make
// (float_info, int_info...); sysStructSeq one it may not (flags).
func plainStructSeq(name string, fields ...string) *Class {
	return NewStructSeqType(StructSeqDef{Module: "sys", Name: name, Fields: fields})
}

func sysStructSeq(name string, fields ...string) *Class {
	return refusingStructSeq("sys", name, fields...)
}

func refusingStructSeq(module, name string, fields ...string) *Class {
	c := NewStructSeqType(StructSeqDef{Module: module, Name: name, Fields: fields})
	full := name
	if module != "builtins" {
		full = module + "." + name
	}
	c.def("__new__", &BuiltinFunction{Name: "__new__", Self: c.T(), Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return nil, NewError(py.TypeError, "cannot create '"+full+"' instances")
	}})
	return c
}

var (
	sysFlagsClass = sysStructSeq("flags", "debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
		"no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
		"hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
		"int_max_str_digits")
	sysFloatInfoClass = plainStructSeq("float_info", "max", "max_exp", "max_10_exp", "min", "min_exp",
		"min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds")
	sysIntInfoClass = plainStructSeq("int_info", "bits_per_digit", "sizeof_digit", "default_max_str_digits",
		"str_digits_check_threshold")
	sysHashInfoClass = plainStructSeq("hash_info", "width", "modulus", "inf", "nan", "imag", "algorithm",
		"hash_bits", "seed_bits", "cutoff")
	sysThreadInfoClass = plainStructSeq("thread_info", "name", "lock", "version")
	// CPython's asyncgen_hooks and UnraisableHookArgs types have no
	// module in their names.
	unraisableArgsClass = NewStructSeqType(StructSeqDef{Module: "builtins", Name: "UnraisableHookArgs",
		Fields: []string{"exc_type", "exc_value", "exc_traceback", "err_msg", "object"}})
	asyncgenHooksClass = refusingStructSeq("builtins", "asyncgen_hooks", "firstiter", "finalizer")
)

// sysInfo adds the implementation's description to the sys module m.
func (in *Interp) sysInfo(t *Thread, m *Module) {
	i := func(v int64) Object { return NewInt(v) }
	maxDigits := int64(-1) // -1: not set by -X int_max_str_digits or the environment
	if _, ok := in.cfg.XOptions["int_max_str_digits"]; ok {
		maxDigits = int64(in.maxStrDigits)
	}
	// The values say how gilpy runs: it never writes bytecode files and
	// has no site module; its text is always UTF-8.
	m.Set("flags", NewStructSeq(sysFlagsClass, i(0), i(0), i(0), i(0), i(1), i(1), i(1), i(0), i(0), i(0), i(0),
		i(1), i(0), False, i(1), i(0), False, i(maxDigits)))
	m.Set("float_info", NewStructSeq(sysFloatInfoClass, py.Float(math.MaxFloat64), i(1024), i(308),
		py.Float(2.2250738585072014e-308), i(-1021), i(-307), i(15), i(53), py.Float(2.220446049250313e-16), i(2), i(1)))
	// int_info describes CPython's digits; gilpy's big ints are Go's, but
	// the limits on int/str conversion are CPython's.
	m.Set("int_info", NewStructSeq(sysIntInfoClass, i(30), i(4), i(4300), i(640)))
	m.Set("hash_info", NewStructSeq(sysHashInfoClass, i(64), i(1<<61-1), i(314159), i(0), i(1000003),
		py.String("siphash13"), i(64), i(128), i(0)))
	m.Set("thread_info", NewStructSeq(sysThreadInfoClass, py.String("pthread"), py.String("semaphore"), None))
	set := NewFrozenSet()
	for _, n := range strings.Fields(stdlibNames) {
		_ = set.Add(t, py.String(n))
	}
	m.Set("stdlib_module_names", set)
	m.Set("abiflags", py.String(""))
	m.Set("float_repr_style", py.String("short"))
	m.Set("pycache_prefix", None)
	fns := map[string]BuiltinFn{
		"getfilesystemencodeerrors": func(t *Thread, a []Object, k Tuple) (Object, error) {
			if err := checkArgs("getfilesystemencodeerrors", a, k, 0, 0); err != nil {
				return nil, err
			}
			return py.String("surrogateescape"), nil
		},
		"call_tracing":                        sysCallTracing,
		"get_coroutine_origin_tracking_depth": sysGetCoroDepth,
		"set_coroutine_origin_tracking_depth": sysSetCoroDepth,
		"unraisablehook":                      sysUnraisableHook,
	}
	for name, fn := range fns {
		m.Set(name, &BuiltinFunction{Name: name, Fn: fn, Self: m, Module: "sys"})
	}
	uh, _ := m.Get("unraisablehook")
	m.Set("__unraisablehook__", uh)
}

func sysCallTracing(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("call_tracing", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	a, ok := args[1].(Tuple)
	if !ok {
		return nil, NewError(py.TypeError, "call_tracing() argument 2 must be tuple, not "+TypeName(args[1]))
	}
	return Call(t, args[0], []Object(a), nil)
}

func sysGetCoroDepth(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("get_coroutine_origin_tracking_depth", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	return NewInt(int64(t.interp.coroOriginDepth)), nil
}

// sysSetCoroDepth records the depth; gilpy's coroutines do not record
// where they were created, so cr_origin stays None whatever it is.
func sysSetCoroDepth(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var d Object
	if _, err := ParseArgs(&Params{Func: "set_coroutine_origin_tracking_depth", Names: []string{"depth"}, KwOnly: -1, Required: 1}, args, kwnames, &d); err != nil {
		return nil, err
	}
	n, err := IndexInt(t, d)
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, NewError(py.ValueError, "depth must be >= 0")
	}
	t.interp.coroOriginDepth = n
	return None, nil
}

// sysUnraisableHook prints an exception that could not be raised (one in
// a __del__ or a callback), as CPython's default hook does (see
// unraisableReport), on stderr.
func sysUnraisableHook(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if len(kwnames) > 0 {
		return nil, NewError(py.TypeError, "sys.unraisablehook() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, NewError(py.TypeError, fmt.Sprintf("sys.unraisablehook() takes exactly one argument (%d given)", len(args)))
	}
	inst, ok := args[0].(*Instance)
	if !ok || inst.cls != unraisableArgsClass {
		return nil, NewError(py.TypeError, "sys.unraisablehook argument type must be UnraisableHookArgs")
	}
	v := StructSeqValues(inst)
	text, err := t.unraisableReport(v[0], v[1], v[2], v[3], v[4])
	if err != nil {
		return nil, err
	}
	errOut, _ := t.interp.sys.Get("stderr")
	if errOut == nil || errOut == None {
		return None, nil
	}
	if err := writeText(t, errOut, text); err != nil {
		return nil, err
	}
	return None, flushText(t, errOut)
}

// callUnraisableHook passes an unraisable exception to a sys.unraisablehook
// the program installed: false when the hook is the default one (or
// missing), which the caller then does itself.
func (t *Thread) callUnraisableHook(msg string, obj Object, exc *py.Exception) bool {
	in := t.interp
	hook, _ := in.sys.Get("unraisablehook")
	def, _ := in.sys.Get("__unraisablehook__")
	if hook == nil || hook == None || hook == def {
		return false
	}
	var tb Object = None
	if exc.Traceback != nil {
		tb = exc.Traceback
	}
	args := NewStructSeq(unraisableArgsClass, TypeOf(exc), exc, tb, unraisableMsg(msg), orNone(obj))
	if _, err := Call(t, hook, []Object{args}, nil); err != nil {
		if e, ok := err.(*py.Exception); ok {
			t.writeUnraisableDefault("in sys.unraisablehook", hook, e)
		}
	}
	return true
}

// sizeOf is object.__sizeof__: the size CPython 3.11 (64-bit) gives the
// same value, where gilpy can know it. Exact for int, bool, float,
// complex, str, bytes, tuple and None; lists, dicts and sets are sized as
// if built at once (CPython's over-allocation after appends is not
// modelled); anything else is CPython's size of a bare object.
func sizeOf(o Object) int64 {
	switch v := unwrap(o).(type) {
	case py.Bool:
		return 28
	case py.Int:
		return intSize(new(big.Int).SetInt64(int64(v)))
	case *py.BigInt:
		return intSize((*big.Int)(v))
	case py.Float:
		return 24
	case py.Complex:
		return 32
	case py.String:
		return strSize(string(v))
	case py.Bytes:
		return 33 + int64(len(v))
	case *ByteArray:
		if len(v.b) == 0 {
			return 56
		}
		return 56 + int64(len(v.b)) + 1
	case Tuple:
		return 24 + 8*int64(len(v))
	case *py.Range:
		return 48
	case *py.List:
		return 40 + 8*int64(len(v.Items))
	case *Dict:
		n := v.Len()
		if n == 0 {
			return 48
		}
		size := int64(8)
		for size*2/3 < int64(n) {
			size *= 2
		}
		index := int64(1)
		switch {
		case size > 1<<31:
			index = 8
		case size > 1<<15:
			index = 4
		case size > 1<<7:
			index = 2
		}
		entry := int64(24)
		allStr := true
		for _, k := range v.Keys() {
			if _, ok := k.(py.String); !ok {
				allStr = false
				break
			}
		}
		if allStr {
			entry = 16
		}
		return 48 + 32 + size*index + (size*2/3)*entry
	case *Set:
		size := int64(8)
		for size*3/5 < int64(v.Len()) {
			size *= 2
		}
		if size == 8 {
			return 200
		}
		return 200 + 16*size
	}
	return 16
}

// gcTracked reports whether CPython's getsizeof adds the garbage
// collector's 16-byte header for o.
func gcTracked(o Object) bool {
	switch unwrap(o).(type) {
	case py.Bool, py.Int, *py.BigInt, py.Float, py.Complex, py.String, py.Bytes, *ByteArray:
		return false
	case Tuple, *py.List, *Dict, *Set:
		return true
	}
	if inst, ok := o.(*Instance); ok {
		return inst.cls.flags&clsHeap != 0
	}
	return false
}

func intSize(v *big.Int) int64 {
	digits := (int64(v.BitLen()) + 29) / 30
	if digits == 0 {
		digits = 1
	}
	return 24 + 4*digits
}

func strSize(s string) int64 {
	var maxRune rune
	n := int64(0)
	for _, r := range s {
		n++
		if r > maxRune {
			maxRune = r
		}
	}
	switch {
	case maxRune < 0x80:
		return 49 + n
	case maxRune < 0x100:
		return 73 + n
	case maxRune < 0x10000:
		return 74 + 2*n
	}
	return 76 + 4*n
}
