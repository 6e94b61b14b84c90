package vm

import (
	"fmt"
	"strings"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/go-python/gpython/py"
)

// BuiltinFn is the Go implementation of a builtin function or method:
// positional arguments then keyword values in args, the keywords' names in
// kwnames (nil when there are none). A method receives self as args[0].
// args belongs to the caller: copy what must outlive the call.
type BuiltinFn func(t *Thread, args []Object, kwnames Tuple) (Object, error)

// BuiltinFunctionType is the type of functions and bound methods
// implemented in Go.
var BuiltinFunctionType = newBuiltinType("builtin_function_or_method", "", nil)

// BuiltinFunction is a function implemented in Go: a builtin, a module
// function, or a builtin method bound to its receiver.
type BuiltinFunction struct {
	Name string
	Fn   BuiltinFn
	// Self is the receiver of a bound method (prepended to the arguments
	// of every call), or the module of a module function (not passed).
	Self   Object
	bound  bool
	Doc    string
	Module string
	// slot marks a builtin special method bound to its object, which
	// CPython calls a method-wrapper.
	slot bool
	// countsDepth marks the builtins whose calls CPython 3.11 checks
	// against the recursion limit even once the call site is
	// specialized (its one-argument functions: repr, hash...).
	countsDepth bool
}

// Type implements py.Object.
func (b *BuiltinFunction) Type() *Type {
	if b.slot {
		return &MethodWrapperType.Type
	}
	return &BuiltinFunctionType.Type
}

// WrapperDescrType and MethodWrapperType are the types CPython gives the
// special methods builtin types implement through type slots (int.__add__
// is a slot wrapper, (1).__add__ a method-wrapper); other methods of
// builtin types are method descriptors and builtin methods.
var (
	WrapperDescrType  = newBuiltinType("wrapper_descriptor", "", nil)
	MethodWrapperType = newBuiltinType("method-wrapper", "", nil)
)

// isSlotMethod reports whether CPython implements the special method
// name of builtin type owner through a type slot: every special method
// with a slot, except the few that some types also define as ordinary
// methods (list.__getitem__, dict.__contains__...).
func isSlotMethod(owner *Class, name string) bool {
	if !slotMethodNames[name] {
		return false
	}
	switch name {
	case "__getitem__":
		return owner != listClass && owner != DictType
	case "__contains__":
		return owner != DictType && owner != SetType && owner != FrozenSetType
	}
	return true
}

var slotMethodNames = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(`__repr__ __str__ __hash__ __call__ __getattribute__ __getattr__
		__setattr__ __delattr__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ __iter__ __next__
		__get__ __set__ __delete__ __init__ __del__ __await__ __aiter__ __anext__ __len__
		__getitem__ __setitem__ __delitem__ __contains__ __neg__ __pos__ __abs__ __bool__
		__invert__ __int__ __float__ __index__ __divmod__ __rdivmod__ __ipow__`) {
		m[n] = true
	}
	for _, op := range []string{"add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "xor", "or"} {
		m["__"+op+"__"], m["__r"+op+"__"], m["__i"+op+"__"] = true, true, true
	}
	return m
}()

// NewBuiltin makes a module-level builtin function.
func NewBuiltin(name string, fn BuiltinFn, doc string) *BuiltinFunction {
	return &BuiltinFunction{Name: name, Fn: fn, Doc: doc}
}

func (b *BuiltinFunction) call(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if b.countsDepth {
		return b.callCounted(t, args, kwnames)
	}
	if !b.bound {
		return b.Fn(t, args, kwnames)
	}
	return b.callBound(t, args, kwnames)
}

// callBound calls the Go function of a builtin bound to a self, which
// goes first in its arguments.
func (b *BuiltinFunction) callBound(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	full, mark, chunk := t.prepend(b.Self, args)
	r, err := b.Fn(t, full, kwnames)
	t.ds.free(full, mark, chunk)
	return r, err
}

// callCounted is call for the builtins that count as a level of
// recursion. Its deferred bookkeeping stays out of call's frame, which
// every call of a builtin puts on the goroutine's stack (see callOther).
//
//go:noinline
func (b *BuiltinFunction) callCounted(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := t.enterCall(whereCall); err != nil {
		return nil, err
	}
	defer t.leaveRecursive()
	if !b.bound {
		return b.Fn(t, args, kwnames)
	}
	return b.callBound(t, args, kwnames)
}

// prepend lays out first followed by args in scratch space taken from the
// thread's data stack, so that calls adding a self argument do not
// allocate. The caller gives the space back with t.ds.free once the call
// returns; callees never keep their argument slice.
func (t *Thread) prepend(first Object, args []Object) ([]Object, int, bool) {
	full, mark, chunk := t.ds.alloc(len(args) + 1)
	full[0] = first
	copy(full[1:], args)
	return full, mark, chunk
}

// MethodDescrType is the type of methods of builtin types as found on
// the type (list.append).
var MethodDescrType = newBuiltinType("method_descriptor", "", nil)

// descrKind says how a MethodDescr binds.
type descrKind uint8

const (
	descrMethod descrKind = iota // bound to the instance
	descrClass                   // bound to the class (dict.fromkeys)
	descrStatic                  // not bound (str.maketrans)
)

// MethodDescr is a method of a builtin type, implemented in Go.
type MethodDescr struct {
	Name  string
	Owner *Class
	Fn    BuiltinFn
	Doc   string
	kind  descrKind
	// unwrap passes the builtin value inside an instance of a subclass
	// instead of the instance itself.
	unwrap bool
	// Optional direct implementations the operators use without building
	// an argument list: set for the operator and hash methods of builtin
	// types.
	binary  binaryFn
	compare compareFn
	// rawOperand passes binary's other operand as is, not unwrapped:
	// str % x formats an instance of a subclass through its own
	// __str__, __repr__ or __getitem__.
	rawOperand bool
	hash       func(t *Thread, o Object) (int64, error)
	// slot: a special method CPython implements as a type slot.
	slot bool
}

// Type implements py.Object.
func (m *MethodDescr) Type() *Type {
	if m.kind == descrClass {
		return &ClassMethodDescrType.Type
	}
	if m.slot {
		return &WrapperDescrType.Type
	}
	return &MethodDescrType.Type
}

// ClassMethodDescrType is the type of builtin class methods (dict.fromkeys).
var ClassMethodDescrType = newBuiltinType("classmethod_descriptor", "", nil)

func (m *MethodDescr) call(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := m.checkSelf(args, kwnames); err != nil {
		return nil, err
	}
	var r Object
	var err error
	if m.kind != descrMethod {
		r, err = m.Fn(t, args, kwnames)
	} else if inst, ok := args[0].(*Instance); ok && m.unwrap && inst.base != nil {
		args[0] = inst.base
		r, err = m.Fn(t, args, kwnames)
		args[0] = inst
	} else {
		r, err = m.Fn(t, args, kwnames)
	}
	if err != nil {
		err = m.argError(err)
	}
	return r, err
}

// checkSelf is call's check of the first argument: a class method needs
// one, and a method one of its owner's instances, with CPython's errors.
// Its error formatting stays out of call's frame, which is on the stack
// of every thread blocked in a method such as lock.acquire.
//
//go:noinline
func (m *MethodDescr) checkSelf(args []Object, kwnames Tuple) error {
	switch m.kind {
	case descrStatic:
		return nil
	case descrClass:
		if len(args)-len(kwnames) < 1 {
			return NewError(py.TypeError, fmt.Sprintf("descriptor '%s' of '%s' object needs an argument", m.Name, m.Owner.Name()))
		}
		return nil
	}
	if len(args)-len(kwnames) < 1 {
		if m.slot {
			return NewError(py.TypeError, fmt.Sprintf("descriptor '%s' of '%s' object needs an argument", m.Name, m.Owner.Name()))
		}
		return NewError(py.TypeError, fmt.Sprintf("unbound method %s.%s() needs an argument", m.Owner.Name(), m.Name))
	}
	self := args[0]
	if !classOfObject(self).IsSubclass(m.Owner) {
		if m.slot {
			// A slot wrapper words it its own way.
			return NewError(py.TypeError, fmt.Sprintf("descriptor '%s' requires a '%s' object but received a '%s'", m.Name, m.Owner.Name(), TypeName(self)))
		}
		return NewError(py.TypeError, fmt.Sprintf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.Name, m.Owner.Name(), TypeName(self)))
	}
	return nil
}

// argError rewords the argument-count errors of the shared checkers for
// a method: CPython names a one-argument or argument-less method with its
// type ("list.append() takes exactly one argument (0 given)"), and a
// slot wrapper not at all ("expected 1 argument, got 0"; "wrapper
// __len__() takes no keyword arguments").
func (m *MethodDescr) argError(err error) error {
	e, ok := err.(*py.Exception)
	if !ok || e.Base != py.TypeError {
		return err
	}
	a := excArgs(e)
	if len(a) != 1 {
		return err
	}
	msg, ok := a[0].(py.String)
	if !ok {
		return err
	}
	if plain := m.Name + "() takes no keyword arguments"; string(msg) == plain || string(msg) == m.Owner.Name()+"."+plain {
		msg = py.String(plain)
		if m.slot {
			return NewError(py.TypeError, "wrapper "+string(msg))
		}
		return NewError(py.TypeError, m.Owner.Name()+"."+string(msg))
	}
	var n int
	for _, form := range []struct {
		format string
		want   int
	}{{"() takes no arguments (%d given)", 0}, {"() takes exactly one argument (%d given)", 1}} {
		rest, found := strings.CutPrefix(string(msg), m.Name)
		if !found {
			continue
		}
		if _, serr := fmt.Sscanf(rest, form.format, &n); serr != nil || fmt.Sprintf(form.format, n) != rest {
			continue
		}
		if m.slot {
			return NewError(py.TypeError, fmt.Sprintf("expected %d argument%s, got %d", form.want, plural(form.want, "", "s"), n))
		}
		return NewError(py.TypeError, m.Owner.Name()+"."+string(msg))
	}
	return err
}

// Call calls fn: args holds the positional arguments then the values of
// the keyword arguments named by kwnames.
func Call(t *Thread, fn Object, args []Object, kwnames Tuple) (Object, error) {
	switch f := fn.(type) {
	case *Function:
		return t.callFunction(f, nil, args, kwnames)
	case *BuiltinFunction:
		return f.call(t, args, kwnames)
	case *BoundMethod:
		if pf, ok := f.Fn.(*Function); ok {
			return t.callFunction(pf, f.Self, args, kwnames)
		}
		full, mark, chunk := t.prepend(f.Self, args)
		r, err := Call(t, f.Fn, full, kwnames)
		t.ds.free(full, mark, chunk)
		return r, err
	case *MethodDescr:
		return f.call(t, args, kwnames)
	}
	return callOther(t, fn, args, kwnames)
}

// callOther is Call for classes and instances with __call__. It is kept
// out of Call so that Call's frame stays small: every Python thread's
// goroutine stack holds a few of them, and a stack that outgrows its
// first size is copied.
//
//go:noinline
func callOther(t *Thread, fn Object, args []Object, kwnames Tuple) (Object, error) {
	if f, ok := fn.(*py.Type); ok {
		if ClassOf(f).flags&clsHeap != 0 {
			// A class defined in Python is called through its type's
			// generic call slot, which CPython counts as a level.
			if err := t.enterCall(whereCall); err != nil {
				return nil, err
			}
			defer t.leaveRecursive()
		}
		return callType(t, f, args, kwnames)
	}
	c := classOfObject(fn)
	call := c.special(spCall)
	if call == nil {
		if gc, ok := fn.(py.I__call__); ok {
			return callGpython(gc, args, kwnames)
		}
		return nil, NewError(py.TypeError, fmt.Sprintf("'%s' object is not callable", TypeName(fn)))
	}
	// Calling an instance goes through its type's generic call slot,
	// which CPython counts as a level of recursion.
	if err := t.enterCall(whereCall); err != nil {
		return nil, err
	}
	r, err := callMethod(t, call, fn, args, kwnames)
	t.leaveRecursive()
	return r, err
}

// callMethod calls an unbound method found on a type with self first.
func callMethod(t *Thread, meth, self Object, args []Object, kwnames Tuple) (Object, error) {
	switch m := meth.(type) {
	case *Function:
		return t.callFunction(m, self, args, kwnames)
	case *MethodDescr:
		if m.kind == descrMethod {
			full, mark, chunk := t.prepend(self, args)
			r, err := m.call(t, full, kwnames)
			t.ds.free(full, mark, chunk)
			return r, err
		}
	}
	bound, err := bindDescriptor(t, meth, self)
	if err != nil {
		return nil, err
	}
	if bound != meth {
		return Call(t, bound, args, kwnames)
	}
	full, mark, chunk := t.prepend(self, args)
	r, err := Call(t, meth, full, kwnames)
	t.ds.free(full, mark, chunk)
	return r, err
}

// Call0, Call1 and Call2 call fn with that many positional arguments.
func Call0(t *Thread, fn Object) (Object, error) { return Call(t, fn, nil, nil) }

// Call1 calls fn(a).
func Call1(t *Thread, fn, a Object) (Object, error) { return Call(t, fn, []Object{a}, nil) }

// Call2 calls fn(a, b).
func Call2(t *Thread, fn, a, b Object) (Object, error) { return Call(t, fn, []Object{a, b}, nil) }

// callGpython calls a gpython callable with gpython's convention.
func callGpython(fn py.I__call__, args []Object, kwnames Tuple) (Object, error) {
	npos := len(args) - len(kwnames)
	pos := make(Tuple, npos)
	copy(pos, args[:npos])
	var kw py.StringDict
	if len(kwnames) > 0 {
		kw = py.StringDict{}
		for i, k := range kwnames {
			kw[string(k.(py.String))] = args[npos+i]
		}
	}
	return fn.M__call__(pos, kw)
}

// newFrame prepares a frame for code. Frames of generators and
// coroutines own their storage; the others borrow the thread's data
// stack until they return.
func (t *Thread) newFrame(code *bytecode.Code, cd *codeData, globals, builtins *Dict, owned bool) *Frame {
	var f *Frame
	if owned {
		f = &Frame{fast: make([]Object, cd.size), owned: true}
	} else {
		f = t.getFrame()
		f.fast, f.dsMark, f.dsNew = t.ds.alloc(cd.size)
	}
	f.code = code
	f.cd = cd
	f.globals = globals
	f.builtins = builtins
	f.cellBase = cd.nlocals
	f.stackBase = cd.nlocals + cd.ncells
	f.sp = f.stackBase
	f.thread = t
	return f
}

// initCells creates the frame's cells and fills the captured ones.
func (t *Thread) initCells(f *Frame, fn *Function) {
	code := f.code
	base := f.cellBase
	for i := range code.CellVars {
		c := &Cell{}
		if i < len(code.Cell2Arg) && code.Cell2Arg[i] >= 0 {
			c.V = f.fast[code.Cell2Arg[i]]
		}
		f.fast[base+i] = c
	}
	base += len(code.CellVars)
	if fn != nil {
		for i, c := range fn.closure {
			f.fast[base+i] = c
		}
	}
}

// runFrame runs a prepared frame to completion on this thread.
func (t *Thread) runFrame(f *Frame) (Object, error) {
	if t.depth >= t.interp.recursionLimit {
		t.putFrame(f)
		return nil, recursionError()
	}
	f.back = t.frame
	t.frame = f
	t.depth++
	var res Object
	var err error
	if t.breaker.Load() != 0 {
		err = t.handleBreaker()
	}
	if err == nil {
		res, err = t.run(f)
	} else if _, term := err.(*Terminated); !term {
		err = t.asException(err)
		t.addTraceback(err.(*py.Exception), f)
	}
	t.frame = f.back
	t.depth--
	t.putFrame(f)
	return res, err
}

// callFunction calls a Python function with self (unless nil) and args
// as its arguments: it binds them to the parameters as CPython does, then
// runs the frame, or returns the generator or coroutine it makes.
func (t *Thread) callFunction(fn *Function, self Object, args []Object, kwnames Tuple) (Object, error) {
	f, err := t.callFrame(fn, self, args, kwnames)
	if err != nil {
		return nil, err
	}
	if !fn.plain {
		return newGenerator(t, f, fn), nil
	}
	return t.runFrame(f)
}

// bindArguments fills a new frame's parameters from a call's arguments,
// with CPython's error messages for every mismatch.
func bindArguments(t *Thread, fn *Function, fast []Object, args []Object, kwnames Tuple) error {
	code := fn.code
	nparams := int(code.ArgCount)
	nkwonly := int(code.KwOnly)
	nargs := len(args) - len(kwnames)
	varargs := code.Flags&bytecode.CoVarArgs != 0
	varkw := code.Flags&bytecode.CoVarKeywords != 0
	slot := nparams + nkwonly
	var kwdict *Dict
	if varkw {
		kwdict = NewDict(0)
		kwslot := slot
		if varargs {
			kwslot++
		}
		fast[kwslot] = kwdict
	}
	n := min(nargs, nparams)
	copy(fast[:n], args[:n])
	if varargs {
		rest := make(Tuple, nargs-n)
		copy(rest, args[n:nargs])
		fast[slot] = rest
	} else if nargs > nparams {
		return tooManyPositional(fn, nargs, fast, kwnames)
	}
	var posAsKw []string
	for i, k := range kwnames {
		name := string(k.(py.String))
		val := args[nargs+i]
		j := -1
		for p := int(code.PosOnly); p < nparams+nkwonly; p++ {
			if code.VarNames[p] == name {
				j = p
				break
			}
		}
		if j < 0 {
			if kwdict != nil {
				kwdict.SetStr(name, val)
				continue
			}
			for p := 0; p < int(code.PosOnly); p++ {
				if code.VarNames[p] == name {
					posAsKw = append(posAsKw, name)
					j = p
					break
				}
			}
			if j >= 0 {
				continue
			}
			return NewError(py.TypeError, fmt.Sprintf("%s() got an unexpected keyword argument '%s'", fn.qualname, name))
		}
		if fast[j] != nil {
			return NewError(py.TypeError, fmt.Sprintf("%s() got multiple values for argument '%s'", fn.qualname, name))
		}
		fast[j] = val
	}
	if len(posAsKw) > 0 {
		return NewError(py.TypeError, fmt.Sprintf("%s() got some positional-only arguments passed as keyword arguments: '%s'", fn.qualname, strings.Join(posAsKw, ", ")))
	}
	if nargs < nparams {
		ndef := len(fn.defaults)
		var missing []string
		for j := nargs; j < nparams; j++ {
			if fast[j] != nil {
				continue
			}
			if d := j - (nparams - ndef); d >= 0 {
				fast[j] = fn.defaults[d]
				continue
			}
			missing = append(missing, code.VarNames[j])
		}
		if len(missing) > 0 {
			return missingArguments(fn, missing, "positional")
		}
	}
	if nkwonly > 0 {
		var missing []string
		for j := nparams; j < nparams+nkwonly; j++ {
			if fast[j] != nil {
				continue
			}
			if fn.kwdefs != nil {
				if v, ok := fn.kwdefs.GetStr(code.VarNames[j]); ok {
					fast[j] = v
					continue
				}
			}
			missing = append(missing, code.VarNames[j])
		}
		if len(missing) > 0 {
			return missingArguments(fn, missing, "keyword-only")
		}
	}
	return nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func tooManyPositional(fn *Function, given int, fast []Object, kwnames Tuple) error {
	code := fn.code
	nparams := int(code.ArgCount)
	ndef := len(fn.defaults)
	var takes string
	if ndef > 0 && ndef <= nparams {
		takes = fmt.Sprintf("from %d to %d positional arguments", nparams-ndef, nparams)
	} else {
		takes = fmt.Sprintf("%d positional %s", nparams, plural(nparams, "argument", "arguments"))
	}
	kwonlyGiven := 0
	for j := nparams; j < nparams+int(code.KwOnly); j++ {
		for _, k := range kwnames {
			if string(k.(py.String)) == code.VarNames[j] {
				kwonlyGiven++
			}
		}
	}
	given_ := fmt.Sprintf("%d %s", given, plural(given, "was", "were"))
	if kwonlyGiven > 0 {
		given_ = fmt.Sprintf("%d positional %s (and %d keyword-only %s) were given", given, plural(given, "argument", "arguments"), kwonlyGiven, plural(kwonlyGiven, "argument", "arguments"))
		return NewError(py.TypeError, fmt.Sprintf("%s() takes %s but %s", fn.qualname, takes, given_))
	}
	return NewError(py.TypeError, fmt.Sprintf("%s() takes %s but %s given", fn.qualname, takes, given_))
}

func missingArguments(fn *Function, names []string, kind string) error {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	return NewError(py.TypeError, fmt.Sprintf("%s() missing %d required %s %s: %s", fn.qualname, len(names), kind, plural(len(names), "argument", "arguments"), list))
}

// callEx implements f(*args, **kwargs) (CALL_FUNCTION_EX).
func callEx(t *Thread, fn, args, kw Object) (Object, error) {
	pos, ok := args.(Tuple)
	if !ok {
		items, err := iterateForStar(t, fn, args)
		if err != nil {
			return nil, err
		}
		pos = items
	}
	if kw == nil {
		return Call(t, fn, pos, nil)
	}
	d, ok := kw.(*Dict)
	if !ok {
		return nil, NewError(py.SystemError, "CALL_FUNCTION_EX kwargs is not a dict")
	}
	if d.Len() == 0 {
		return Call(t, fn, pos, nil)
	}
	return callExKeywords(t, fn, pos, d)
}

// callExKeywords is callEx with a non-empty ** dict, kept apart so that
// the common f(*args) path has a small frame (see callOther).
//
//go:noinline
func callExKeywords(t *Thread, fn Object, pos Tuple, d *Dict) (Object, error) {
	all := make([]Object, len(pos), len(pos)+d.Len())
	copy(all, pos)
	names := make(Tuple, 0, d.Len())
	var err error
	d.Items(func(k, v Object) bool {
		if _, ok := k.(py.String); !ok {
			err = NewError(py.TypeError, "keywords must be strings")
			return false
		}
		names = append(names, k)
		all = append(all, v)
		return true
	})
	if err != nil {
		return nil, err
	}
	return Call(t, fn, all, names)
}

// iterateForStar turns the object after * in a call into a tuple.
func iterateForStar(t *Thread, fn, args Object) (Tuple, error) {
	items, err := Collect(t, args)
	if err != nil {
		if isInstanceOfClass(err.(*py.Exception), ClassOf(py.TypeError)) && !hasIter(args) {
			return nil, NewError(py.TypeError, fmt.Sprintf("%s argument after * must be an iterable, not %s", funcDescription(fn), TypeName(args)))
		}
		return nil, err
	}
	return Tuple(items), nil
}

// funcDescription names a callable in argument errors as CPython's
// _PyObject_FunctionStr does: "module.qualname()", or "qualname()" for
// builtins.
func funcDescription(fn Object) string {
	var qual, mod string
	switch f := fn.(type) {
	case *Function:
		qual = f.qualname
		if m, ok := f.module.(py.String); ok {
			mod = string(m)
		}
	case *BoundMethod:
		return funcDescription(f.Fn)
	case *BuiltinFunction:
		qual = f.Name
		if f.bound {
			if typ, ok := f.Self.(*py.Type); ok {
				qual = typ.Name + "." + f.Name
			} else {
				qual = TypeName(f.Self) + "." + f.Name
			}
		}
		mod = f.Module
	case *MethodDescr:
		qual = f.Owner.Name() + "." + f.Name
	case *py.Type:
		c := ClassOf(f)
		qual = f.Name
		if c.Type.Qualname != "" && c.native == nil {
			qual = c.Type.Qualname
		}
		if m, ok := c.ns.GetStr("__module__"); ok {
			if s, ok := m.(py.String); ok {
				mod = string(s)
			}
		}
	default:
		return TypeName(fn) + " object"
	}
	if mod != "" && mod != "builtins" {
		return mod + "." + qual + "()"
	}
	return qual + "()"
}
