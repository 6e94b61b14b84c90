package vm

import (
	"fmt"
	"math"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/gilpy/gilpy/interp/bytecode"

	"github.com/go-python/gpython/py"
)

// setupSys makes the sys module.
func (in *Interp) setupSys(t *Thread) error {
	m := NewModule("sys")
	in.sys = m
	// Built into the interpreter, as CPython's is: a spec of origin
	// "built-in" and no package.
	m.Set("__package__", py.String(""))
	m.Set("__spec__", newModuleSpec("sys", "built-in", false))
	m.Set("__doc__", py.String(sysDoc))
	in.modules.SetStr("sys", m)
	argv := make([]Object, len(in.cfg.Argv))
	for i, a := range in.cfg.Argv {
		argv[i] = py.String(a)
	}
	m.Set("argv", &py.List{Items: argv})
	orig := append([]Object{py.String("gilpy")}, argv...)
	m.Set("orig_argv", &py.List{Items: orig})
	path := make([]Object, 0, len(in.cfg.Path)+1)
	for _, p := range in.cfg.Path {
		path = append(path, py.String(p))
	}
	path = append(path, py.String(StdlibDir))
	m.Set("path", &py.List{Items: path})
	m.Set("modules", in.modules)
	in.attachStdio()
	m.Set("stdout", in.stdout.Obj())
	m.Set("stderr", in.stderr.Obj())
	m.Set("stdin", in.stdin.Obj())
	m.Set("__stdout__", in.stdout.Obj())
	m.Set("__stderr__", in.stderr.Obj())
	m.Set("__stdin__", in.stdin.Obj())
	m.Set("version", py.String(fmt.Sprintf("%s (gilpy %s, %s) [Go %s]", PythonVersion, GilpyVersion, runtime.GOARCH, runtime.Version())))
	m.Set("version_info", newVersionInfo())
	m.Set("hexversion", NewInt(0x030b07f0))
	m.Set("api_version", NewInt(1013))
	m.Set("implementation", newSimpleNamespace(map[string]Object{
		"name": py.String("gilpy"), "cache_tag": None, "version": newVersionInfo(), "hexversion": NewInt(0x030b07f0),
	}))
	m.Set("platform", py.String(runtime.GOOS))
	m.Set("byteorder", py.String("little"))
	m.Set("maxsize", NewInt(math.MaxInt64))
	m.Set("maxunicode", NewInt(0x10ffff))
	exe, _ := os.Executable()
	m.Set("executable", py.String(exe))
	m.Set("_base_executable", py.String(exe))
	m.Set("prefix", py.String("/gilpy"))
	m.Set("exec_prefix", py.String("/gilpy"))
	m.Set("base_prefix", py.String("/gilpy"))
	m.Set("base_exec_prefix", py.String("/gilpy"))
	m.Set("platlibdir", py.String("lib"))
	m.Set("copyright", py.String("Copyright (c) the gilpy authors."))
	m.Set("dont_write_bytecode", True)
	m.Set("meta_path", &py.List{})
	m.Set("path_hooks", &py.List{})
	m.Set("path_importer_cache", NewDict(0))
	warnopts := make([]Object, len(in.cfg.WarnOptions))
	for i, w := range in.cfg.WarnOptions {
		warnopts[i] = py.String(w)
	}
	m.Set("warnoptions", py.NewListFromItems(warnopts))
	xo := NewDict(0)
	for k, v := range in.cfg.XOptions {
		if v == "" {
			xo.SetStr(k, True)
		} else {
			xo.SetStr(k, py.String(v))
		}
	}
	m.Set("_xoptions", xo)
	names := RegisteredModules()
	var builtinNames []Object
	for _, n := range append([]string{"builtins", "sys"}, names...) {
		if d := lookupRegistry(n); n == "builtins" || n == "sys" || (d != nil && d.Builtin) {
			builtinNames = append(builtinNames, py.String(n))
		}
	}
	m.Set("builtin_module_names", Tuple(builtinNames))
	setNumberInfo(m)
	m.Set("flags", newSimpleNamespace(map[string]Object{
		"debug": NewInt(0), "inspect": NewInt(0), "interactive": NewInt(0), "optimize": NewInt(0),
		"dont_write_bytecode": NewInt(1), "no_user_site": NewInt(1), "no_site": NewInt(1),
		"ignore_environment": NewInt(0), "verbose": NewInt(0), "bytes_warning": NewInt(0),
		"quiet": NewInt(0), "hash_randomization": NewInt(1), "isolated": NewInt(0),
		"dev_mode": False, "utf8_mode": NewInt(1), "safe_path": False, "int_max_str_digits": NewInt(-1),
	}))
	fns := map[string]BuiltinFn{
		"exit":                   sysExit,
		"getrecursionlimit":      sysGetRecursionLimit,
		"setrecursionlimit":      sysSetRecursionLimit,
		"getswitchinterval":      sysGetSwitchInterval,
		"setswitchinterval":      sysSetSwitchInterval,
		"exc_info":               sysExcInfo,
		"exception":              sysException,
		"_getframe":              sysGetFrame,
		"intern":                 sysIntern,
		"getsizeof":              sysGetSizeof,
		"getdefaultencoding":     func(t *Thread, a []Object, k Tuple) (Object, error) { return py.String("utf-8"), nil },
		"getfilesystemencoding":  func(t *Thread, a []Object, k Tuple) (Object, error) { return py.String("utf-8"), nil },
		"get_int_max_str_digits": sysGetIntMaxStrDigits,
		"set_int_max_str_digits": sysSetIntMaxStrDigits,
		"is_finalizing":          func(t *Thread, a []Object, k Tuple) (Object, error) { return NewBool(t.interp.exiting.Load()), nil },
		"displayhook":            sysDisplayHook,
		"excepthook":             sysExceptHook,
		"breakpointhook":         sysBreakpointHook,
		"gettrace":               func(t *Thread, a []Object, k Tuple) (Object, error) { return None, nil },
		"getprofile":             func(t *Thread, a []Object, k Tuple) (Object, error) { return None, nil },
		"settrace":               sysSetTrace,
		"setprofile":             sysSetTrace,
		"audit":                  sysAudit,
		"addaudithook":           sysAddAuditHook,
		"getrefcount":            func(t *Thread, a []Object, k Tuple) (Object, error) { return NewInt(2), nil },
		"get_asyncgen_hooks":     sysGetAsyncgenHooks,
		"set_asyncgen_hooks":     sysSetAsyncgenHooks,
	}
	for name, fn := range fns {
		m.Set(name, &BuiltinFunction{Name: name, Fn: fn, Self: m, Module: "sys"})
	}
	dh, _ := m.Get("displayhook")
	eh, _ := m.Get("excepthook")
	bh, _ := m.Get("breakpointhook")
	m.Set("__displayhook__", dh)
	m.Set("__excepthook__", eh)
	m.Set("__breakpointhook__", bh)
	in.sysInfo(t, m)
	return nil
}

// Versions gilpy reports.
const (
	PythonVersion = "3.11.7"
	GilpyVersion  = "0.1.0"
)

func (in *Interp) defaultExcepthook() Object {
	v, _ := in.sys.Get("__excepthook__")
	return v
}

func sysExit(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("exit", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	e := &py.Exception{Base: py.SystemExit, Args: Tuple(append([]Object(nil), args...))}
	code := Object(None)
	if len(args) == 1 {
		code = args[0]
	}
	setExcAttr(e, "code", code)
	return nil, e
}

func sysGetRecursionLimit(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	return NewInt(int64(t.interp.requestedLimit)), nil
}

// maxRecursionLimit bounds the depth the VM allows whatever limit a
// program sets, so that no program can exhaust the Go stack: a call
// from Python to Python takes none of it (see inline.go), but one made
// through Go (a special method, a callback from a builtin) takes about
// 1.5 KB, and Go allows 1 GB. Where CPython would crash on such a deep
// recursion, gilpy raises RecursionError.
const maxRecursionLimit = 200000

func sysSetRecursionLimit(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("setrecursionlimit", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	if _, ok := args[0].(py.Float); ok {
		return nil, NewError(py.TypeError, "'float' object cannot be interpreted as an integer")
	}
	n, err := IndexInt(t, args[0])
	if err != nil {
		return nil, err
	}
	if n < 1 {
		return nil, NewError(py.ValueError, "recursion limit must be greater or equal than 1")
	}
	if n <= t.depth {
		return nil, NewError(RecursionError, fmt.Sprintf("cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, t.depth))
	}
	t.interp.requestedLimit = n
	t.interp.recursionLimit = min(n, maxRecursionLimit)
	return None, nil
}

func sysGetSwitchInterval(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("sys.getswitchinterval", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	return py.Float(float64(t.interp.switchMicros()) / 1e6), nil
}

// sysSetSwitchInterval keeps the interval in whole microseconds, as
// CPython does (so 1e-7 reads back as 0.0); the GIL runtime gets at least
// a nanosecond, which makes a waiting thread ask for the GIL at once, as
// CPython's zero interval does.
func sysSetSwitchInterval(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("sys.setswitchinterval", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	f, err := realNumber(t, args[0])
	if err != nil {
		return nil, err
	}
	if f <= 0 {
		return nil, NewError(py.ValueError, "switch interval must be strictly positive")
	}
	us := f * 1e6
	var micros uint64
	if us < 18446744073709551616.0 {
		micros = uint64(us)
	}
	t.interp.micros.Store(micros)
	d := time.Duration(1)
	if micros > 0 && micros < uint64(math.MaxInt64/1000) {
		d = time.Duration(micros) * time.Microsecond
	}
	if err := t.interp.rt.SetSwitchInterval(d); err != nil {
		return nil, NewError(py.ValueError, err.Error())
	}
	return None, nil
}

func sysExcInfo(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	h := t.handledException()
	if h == nil {
		return Tuple{None, None, None}, nil
	}
	e := h.(*py.Exception)
	var tb Object = None
	if e.Traceback != nil {
		tb = e.Traceback
	}
	return Tuple{TypeOf(e), e, tb}, nil
}

func sysException(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	h := t.handledException()
	if h == nil {
		return None, nil
	}
	return h, nil
}

func sysGetFrame(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("_getframe", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	depth := 0
	if len(args) == 1 {
		var err error
		if depth, err = IndexInt(t, args[0]); err != nil {
			return nil, err
		}
	}
	f := t.frame.visible()
	for ; depth > 0 && f != nil; depth-- {
		f = f.visibleBack()
	}
	if f == nil {
		return nil, NewError(py.ValueError, "call stack is not deep enough")
	}
	for g := f; g != nil; g = g.back {
		g.markEscaped()
	}
	return f, nil
}

func sysIntern(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("intern", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	s, ok := args[0].(py.String)
	if !ok {
		return nil, NewError(py.TypeError, fmt.Sprintf("intern() argument must be str, not %s", TypeName(args[0])))
	}
	return s, nil
}

func sysGetSizeof(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("getsizeof", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	m := classOfObject(args[0]).Lookup("__sizeof__")
	r, err := callMethod(t, m, args[0], nil, nil)
	if err != nil {
		return nil, err
	}
	n, err := IndexInt(t, r)
	if err != nil {
		return nil, err
	}
	if gcTracked(args[0]) {
		n += 16 // the garbage collector's header, as in CPython
	}
	return NewInt(int64(n)), nil
}

func sysGetIntMaxStrDigits(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	return NewInt(int64(t.interp.maxStrDigits)), nil
}

func sysSetIntMaxStrDigits(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var v Object
	if _, err := ParseArgs(&Params{Func: "set_int_max_str_digits", Names: []string{"maxdigits"}, KwOnly: -1, Required: 1}, args, kwnames, &v); err != nil {
		return nil, err
	}
	n, err := IndexInt(t, v)
	if err != nil {
		return nil, err
	}
	if n != 0 && n < 640 {
		return nil, NewError(py.ValueError, "maxdigits must be 0 or larger than 640")
	}
	t.interp.maxStrDigits = n
	return None, nil
}

// sysDisplayHook prints an interactive expression's value and stores it
// in builtins._.
func sysDisplayHook(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("displayhook", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	v := args[0]
	if v == None {
		return None, nil
	}
	t.interp.builtins.SetStr("_", None)
	r, err := ReprString(t, v)
	if err != nil {
		return nil, err
	}
	out, _ := t.interp.sys.Get("stdout")
	if out == nil || out == None {
		return nil, NewError(py.RuntimeError, "lost sys.stdout")
	}
	if err := writeText(t, out, r+"\n"); err != nil {
		return nil, err
	}
	t.interp.builtins.SetStr("_", v)
	return None, nil
}

// sysExceptHook prints an exception the way an uncaught one is reported.
func sysExceptHook(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("excepthook", args, kwnames, 3, 3); err != nil {
		return nil, err
	}
	e, ok := args[1].(*py.Exception)
	if !ok {
		s := fmt.Sprintf("TypeError: print_exception(): Exception expected for value, %s found\n", TypeName(args[1]))
		_, _ = t.interp.stderr.WriteString(s)
		return None, nil
	}
	if tb, ok := args[2].(*Traceback); ok {
		e.Traceback = tb
	}
	text := t.FormatException(e)
	errOut, _ := t.interp.sys.Get("stderr")
	if errOut == nil || errOut == None {
		return None, nil
	}
	if err := writeText(t, errOut, text); err != nil {
		return nil, err
	}
	return None, flushText(t, errOut)
}

// sysBreakpointHook is sys.breakpointhook: it calls the function
// $PYTHONBREAKPOINT names ("module.attr", or a builtin's name; pdb.set_trace
// when unset or empty; nothing when "0"), read at each call. A name that
// cannot be imported gives a RuntimeWarning and None. gilpy has no pdb, so
// the default hook ends up warning too (a deviation).
func sysBreakpointHook(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	// The program's environment, as os.environ and putenv change it.
	name := ""
	for _, kv := range t.interp.Host().Environ() {
		if v, ok := strings.CutPrefix(kv, "PYTHONBREAKPOINT="); ok {
			name = v
		}
	}
	if name == "" {
		name = "pdb.set_trace"
	} else if name == "0" {
		return None, nil
	}
	modName, attr := "builtins", name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		modName, attr = name[:i], name[i+1:]
	}
	unimportable := func() (Object, error) {
		if err := t.Warn(py.RuntimeWarning, fmt.Sprintf("Ignoring unimportable $PYTHONBREAKPOINT: \"%s\"", name), 1); err != nil {
			return nil, err
		}
		return None, nil
	}
	m, err := t.ImportModule(modName)
	if err != nil {
		if isExceptionType(err, py.ImportError) {
			return unimportable()
		}
		return nil, err
	}
	hook, err := GetAttr(t, m, attr)
	if err != nil {
		if isAttributeError(err) {
			return unimportable()
		}
		return nil, err
	}
	return Call(t, hook, args, kwnames)
}

func sysSetTrace(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if len(args) == 1 && args[0] == None {
		return None, nil
	}
	return nil, NewError(py.NotImplementedError, "gilpy does not support tracing or profiling functions (sys.settrace, sys.setprofile)")
}

var auditHooksKey = "__gilpy_audit_hooks__"

func sysAddAuditHook(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := checkArgs("addaudithook", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	hooks, ok := t.interp.sys.dict.GetStr(auditHooksKey)
	if !ok {
		hooks = &py.List{}
		t.interp.sys.dict.SetStr(auditHooksKey, hooks)
	}
	l := hooks.(*py.List)
	l.Items = append(l.Items, args[0])
	return None, nil
}

func sysAudit(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if len(args) == 0 {
		return nil, NewError(py.TypeError, "audit() missing 1 required positional argument: 'event'")
	}
	hooks, ok := t.interp.sys.dict.GetStr(auditHooksKey)
	if !ok {
		return None, nil
	}
	rest := Tuple(append([]Object(nil), args[1:]...))
	for _, h := range hooks.(*py.List).Items {
		if _, err := Call(t, h, []Object{args[0], rest}, nil); err != nil {
			return nil, err
		}
	}
	return None, nil
}

// SimpleNamespaceType is types.SimpleNamespace.
var SimpleNamespaceType = newBuiltinType("types.SimpleNamespace", "An object whose attributes are given as keyword arguments.", nil)

func init() {
	// Its full name is what error messages show; __name__ is the part
	// after the module, as for NewType's types.
	SimpleNamespaceType.Type.Qualname = "SimpleNamespace"
	SimpleNamespaceType.flags |= clsHasDict | clsBaseType
	SimpleNamespaceType.ns.SetStr("__module__", py.String("types"))
	// __dict__ is a read-only member, as in CPython: the namespace's dict
	// can be changed but not replaced.
	SimpleNamespaceType.defMember("__dict__", instanceDictGet, readonlyMember)
	SimpleNamespaceType.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		inst := args[0].(*Instance)
		name := "namespace"
		if inst.cls != SimpleNamespaceType {
			name = inst.cls.Name()
		}
		if t.reprEnter(inst) {
			return py.String(name + "(...)"), nil
		}
		defer t.reprLeave(inst)
		var parts []string
		var err error
		inst.Dict().Items(func(k, v Object) bool {
			var r string
			r, err = ReprString(t, v)
			if err != nil {
				return false
			}
			parts = append(parts, fmt.Sprintf("%s=%s", string(k.(py.String)), r))
			return true
		})
		if err != nil {
			return nil, err
		}
		return py.String(name + "(" + strings.Join(parts, ", ") + ")"), nil
	}, "", "nounwrap")
	SimpleNamespaceType.defMethod("__init__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if len(args)-len(kwnames) > 1 {
			return nil, NewError(py.TypeError, "no positional arguments expected")
		}
		inst := args[0].(*Instance)
		npos := len(args) - len(kwnames)
		for i, k := range kwnames {
			inst.Dict().SetStr(string(k.(py.String)), args[npos+i])
		}
		return None, nil
	}, "", "nounwrap")
	SimpleNamespaceType.def("__new__", &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		typ := args[0].(*py.Type)
		return newInstance(ClassOf(typ), nil), nil
	}})
	SimpleNamespaceType.defCompare(func(t *Thread, op bytecode.CompareOp, a, b Object) (Object, error) {
		return namespaceCompare(t, op, a, b)
	})
}

// newSimpleNamespace makes a types.SimpleNamespace with the given
// attributes (in sorted order of names).
func newSimpleNamespace(attrs map[string]Object) *Instance {
	inst := &Instance{cls: SimpleNamespaceType, dict: NewDict(len(attrs))}
	keys := make([]string, 0, len(attrs))
	for k := range attrs {
		keys = append(keys, k)
	}
	sortStrings(keys)
	for _, k := range keys {
		inst.dict.SetStr(k, attrs[k])
	}
	return inst
}

// VersionInfoType is the type of sys.version_info.
var VersionInfoType = newBuiltinType("version_info", "sys.version_info", tupleClass)

func newVersionInfo() Object {
	return &Instance{cls: VersionInfoType, base: Tuple{NewInt(3), NewInt(11), NewInt(7), py.String("final"), NewInt(0)}}
}

func init() {
	c := VersionInfoType
	c.layout = layoutBuiltin
	c.ns.SetStr("__module__", py.String("sys"))
	c.def("__new__", &BuiltinFunction{Name: "__new__", Self: c.T(), Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return nil, NewError(py.TypeError, "cannot create 'sys.version_info' instances")
	}})
	for i, n := range []string{"major", "minor", "micro", "releaselevel", "serial"} {
		i := i
		c.defGetSet(n, func(t *Thread, o Object) (Object, error) { return o.(*Instance).base.(Tuple)[i], nil }, nil)
	}
	c.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		v := args[0].(*Instance).base.(Tuple)
		return py.String(fmt.Sprintf("sys.version_info(major=%d, minor=%d, micro=%d, releaselevel='%s', serial=%d)", v[0], v[1], v[2], v[3], v[4])), nil
	}, "", "nounwrap")
}

// sysDoc is the sys module's docstring.
const sysDoc = `The interpreter's own state and the objects it shares with programs.

Among them: argv (the command line), path (where imports look), modules
(every module imported so far), the standard streams stdin, stdout and
stderr (and their originals __stdin__, __stdout__, __stderr__),
exc_info() and exception() for the exception being handled, exit() to
leave the program, getrecursionlimit()/setrecursionlimit(),
getswitchinterval()/setswitchinterval() for how often threads take
turns on the global interpreter lock, and version_info, platform,
maxsize, byteorder and the like describing the interpreter.
`
