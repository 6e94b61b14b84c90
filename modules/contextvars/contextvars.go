// Package contextvars provides _contextvars (ContextVar, Token, Context
// and copy_context, written in Go) and contextvars, which re-exports it.
//
// A Context maps ContextVars to values. Its mapping is never changed in
// place: setting a variable makes a new mapping, so copy_context (which
// asyncio calls for every task and callback) is a pointer copy and a
// copied context never sees later changes, as with CPython's immutable
// mappings. Each Python thread has its own current context, kept on the
// vm.Thread; a new thread starts with an empty one, as in CPython 3.11.
package contextvars

import (
	"fmt"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

type (
	Object = vm.Object
	Tuple  = vm.Tuple
)

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "_contextvars", Builtin: true, Init: initModule})
	vm.RegisterModule(&vm.ModuleDef{Name: "contextvars", Source: source})
}

const source = `"""Context variables: values that follow the flow of control through
threads and asyncio tasks."""

from _contextvars import Context, ContextVar, Token, copy_context

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')
`

// varMap is an immutable mapping from variables to values, in the order
// the variables were first set. with and without return new maps.
type varMap struct {
	vars  []*ContextVar
	vals  []Object
	index map[*ContextVar]int
}

var emptyMap = &varMap{}

func (m *varMap) get(v *ContextVar) (Object, bool) {
	if i, ok := m.index[v]; ok {
		return m.vals[i], true
	}
	return nil, false
}

func (m *varMap) with(v *ContextVar, val Object) *varMap {
	n := &varMap{index: make(map[*ContextVar]int, len(m.vars)+1)}
	n.vars = append(make([]*ContextVar, 0, len(m.vars)+1), m.vars...)
	n.vals = append(make([]Object, 0, len(m.vals)+1), m.vals...)
	for k, i := range m.index {
		n.index[k] = i
	}
	if i, ok := n.index[v]; ok {
		n.vals[i] = val
		return n
	}
	n.index[v] = len(n.vars)
	n.vars = append(n.vars, v)
	n.vals = append(n.vals, val)
	return n
}

func (m *varMap) without(v *ContextVar) *varMap {
	i, ok := m.index[v]
	if !ok {
		return m
	}
	n := &varMap{index: make(map[*ContextVar]int, len(m.vars)-1)}
	for j, k := range m.vars {
		if j == i {
			continue
		}
		n.index[k] = len(n.vars)
		n.vars = append(n.vars, k)
		n.vals = append(n.vals, m.vals[j])
	}
	return n
}

// Types. None of them can be subclassed, as in CPython.
var (
	ContextType    = vm.NewType("_contextvars", "Context", "", nil, 0)
	ContextVarType = vm.NewType("_contextvars", "ContextVar", "", nil, 0)
	TokenType      = vm.NewType("_contextvars", "Token", "", nil, 0)
	missingType    = vm.NewType("_contextvars", "Token.MISSING", "", nil, 0)
	keysType       = vm.NewType("builtins", "keys", "", nil, 0)
	valuesType     = vm.NewType("builtins", "values", "", nil, 0)
	itemsType      = vm.NewType("builtins", "items", "", nil, 0)
)

// Context is a contextvars.Context.
type Context struct {
	m *varMap
	// entered is set while Context.run runs code in this context; prev
	// is the context that was current before it.
	entered bool
	prev    Object
}

// Type implements py.Object.
func (c *Context) Type() *vm.Type { return ContextType.T() }

// ContextVar is a contextvars.ContextVar.
type ContextVar struct {
	name string
	def  Object // nil: no default
}

// Type implements py.Object.
func (v *ContextVar) Type() *vm.Type { return ContextVarType.T() }

// Token is what ContextVar.set returns, for ContextVar.reset.
type Token struct {
	ctx  *Context
	v    *ContextVar
	old  Object // nil: the variable had no value
	used bool
}

// Type implements py.Object.
func (k *Token) Type() *vm.Type { return TokenType.T() }

type missing struct{}

func (missing) Type() *vm.Type { return missingType.T() }

// Missing is Token.MISSING: the old value of a variable that had none.
var Missing Object = missing{}

// current returns t's current context, making an empty one first if t
// has none yet.
func current(t *vm.Thread) *Context {
	if c, ok := t.PyContext().(*Context); ok {
		return c
	}
	c := &Context{m: emptyMap}
	t.SetPyContext(c)
	return c
}

// Copy returns a new context holding the same values as t's current one
// (copy_context()).
func Copy(t *vm.Thread) *Context { return &Context{m: current(t).m} }

// Run calls fn in ctx: fn's changes to variables land in ctx, and the
// caller's context is current again afterwards.
func (c *Context) Run(t *vm.Thread, fn Object, args []Object, kwnames Tuple) (Object, error) {
	if c.entered {
		r, err := vm.ReprString(t, c)
		if err != nil {
			return nil, err
		}
		return nil, vm.NewError(py.RuntimeError, "cannot enter context: "+r+" is already entered")
	}
	c.entered = true
	c.prev = t.PyContext()
	t.SetPyContext(c)
	defer func() {
		t.SetPyContext(c.prev)
		c.prev = nil
		c.entered = false
	}()
	return vm.Call(t, fn, args, kwnames)
}

func (v *ContextVar) repr(t *vm.Thread) (string, error) {
	name, err := vm.ReprString(t, py.String(v.name))
	if err != nil {
		return "", err
	}
	s := "<ContextVar name=" + name
	if v.def != nil {
		d, err := vm.ReprString(t, v.def)
		if err != nil {
			return "", err
		}
		s += " default=" + d
	}
	return s + fmt.Sprintf(" at %#x>", vm.ObjectAddress(v)), nil
}

// get returns the variable's value in t's current context, or def, or
// its default; ok is false when there is none of these.
func (v *ContextVar) get(t *vm.Thread, def Object) (Object, bool) {
	if val, ok := current(t).m.get(v); ok {
		return val, true
	}
	if def != nil {
		return def, true
	}
	if v.def != nil {
		return v.def, true
	}
	return nil, false
}

// Set gives v the value val in t's current context.
func (v *ContextVar) Set(t *vm.Thread, val Object) *Token {
	c := current(t)
	old, _ := c.m.get(v)
	c.m = c.m.with(v, val)
	return &Token{ctx: c, v: v, old: old}
}

func argError(t *vm.Thread, format string, o Object) error {
	r, err := vm.ReprString(t, o)
	if err != nil {
		return err
	}
	return vm.NewError(py.TypeError, fmt.Sprintf(format, r))
}

// varKey checks that a Context's key is a ContextVar.
func varKey(t *vm.Thread, o Object) (*ContextVar, error) {
	if v, ok := o.(*ContextVar); ok {
		return v, nil
	}
	return nil, argError(t, "a ContextVar key was expected, got %s", o)
}

func ctxSelf(args []Object) *Context { return args[0].(*Context) }

// mapIter iterates over a snapshot of a context's mapping: the keys, the
// values or (key, value) pairs. CPython's are iterators with a length.
type mapIter struct {
	typ  *vm.Class
	m    *varMap
	i    int
	kind int // 0 keys, 1 values, 2 items
}

func (it *mapIter) Type() *vm.Type { return it.typ.T() }

// Next implements vm.GoIterator.
func (it *mapIter) Next(t *vm.Thread) (Object, bool, error) {
	if it.i >= len(it.m.vars) {
		return nil, false, nil
	}
	i := it.i
	it.i++
	switch it.kind {
	case 0:
		return it.m.vars[i], true, nil
	case 1:
		return it.m.vals[i], true, nil
	}
	return Tuple{it.m.vars[i], it.m.vals[i]}, true, nil
}

func newMapIter(m *varMap, kind int) *mapIter {
	return &mapIter{typ: []*vm.Class{keysType, valuesType, itemsType}[kind], m: m, kind: kind}
}

func init() {
	defineContext()
	defineContextVar()
	defineToken()
	for _, c := range []*vm.Class{keysType, valuesType, itemsType} {
		c.DefIterator()
		c.DefMethod("__len__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
			it := args[0].(*mapIter)
			return vm.NewInt(int64(len(it.m.vars))), nil
		}, "Return len(self).")
		c.Ready()
	}
	missingType.DefMethod("__repr__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		return py.String("<Token.MISSING>"), nil
	}, "Return repr(self).")
	missingType.Ready()
}

func noArgs(name string, args []Object, kwnames Tuple) error {
	return vm.CheckMethodArgs(name, args, kwnames, 0, 0)
}

func defineContext() {
	c := ContextType
	c.DefNew(func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if len(args) > 1 || len(kwnames) > 0 {
			return nil, vm.NewError(py.TypeError, "Context() does not accept any arguments")
		}
		return &Context{m: emptyMap}, nil
	})
	c.DefMethod("run", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if len(args)-len(kwnames) < 2 {
			return nil, vm.NewError(py.TypeError, "run() missing 1 required positional argument")
		}
		return ctxSelf(args).Run(t, args[1], args[2:], kwnames)
	}, "")
	c.DefMethod("copy", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := noArgs("copy", args, kwnames); err != nil {
			return nil, err
		}
		return &Context{m: ctxSelf(args).m}, nil
	}, "A new Context with the same variables and values.")
	c.DefMethod("__getitem__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		v, err := varKey(t, args[1])
		if err != nil {
			return nil, err
		}
		if val, ok := ctxSelf(args).m.get(v); ok {
			return val, nil
		}
		return nil, vm.NewException(py.KeyError, v)
	}, "Return self[key].")
	c.DefMethod("__contains__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		v, err := varKey(t, args[1])
		if err != nil {
			return nil, err
		}
		_, ok := ctxSelf(args).m.get(v)
		return vm.NewBool(ok), nil
	}, "Return key in self.")
	c.DefMethod("__len__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		return vm.NewInt(int64(len(ctxSelf(args).m.vars))), nil
	}, "Return len(self).")
	c.DefMethod("__iter__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		return newMapIter(ctxSelf(args).m, 0), nil
	}, "Implement iter(self).")
	c.DefMethod("get", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.NoKeywords("get", kwnames); err != nil {
			return nil, err
		}
		if err := vm.CheckMethodArgs("get", args, kwnames, 1, 2); err != nil {
			return nil, err
		}
		v, err := varKey(t, args[1])
		if err != nil {
			return nil, err
		}
		if val, ok := ctxSelf(args).m.get(v); ok {
			return val, nil
		}
		if len(args) > 2 {
			return args[2], nil
		}
		return vm.None, nil
	}, "get(var, default=None): the value var has in this context, or default when it has none.")
	for kind, name := range []string{"keys", "values", "items"} {
		kind := kind
		c.DefMethod(name, func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := noArgs(name, args, kwnames); err != nil {
				return nil, err
			}
			return newMapIter(ctxSelf(args).m, kind), nil
		}, "")
	}
	c.DefMethod("__eq__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		a := ctxSelf(args)
		b, ok := args[1].(*Context)
		if !ok {
			return vm.NotImplemented, nil
		}
		return eqMaps(t, a.m, b.m)
	}, "Return self==value.")
	c.DefAttr("__hash__", vm.None)
	c.Ready()
}

// eqMaps compares two mappings as CPython compares contexts: the same
// variables, with equal values.
func eqMaps(t *vm.Thread, a, b *varMap) (Object, error) {
	if a == b {
		return vm.True, nil
	}
	if len(a.vars) != len(b.vars) {
		return vm.False, nil
	}
	for i, v := range a.vars {
		bv, ok := b.get(v)
		if !ok {
			return vm.False, nil
		}
		eq, err := vm.Equal(t, a.vals[i], bv)
		if err != nil || !eq {
			return vm.False, err
		}
	}
	return vm.True, nil
}

func varSelf(args []Object) *ContextVar { return args[0].(*ContextVar) }

var varParams = &vm.Params{Func: "ContextVar", Names: []string{"name", "default"}, KwOnly: 1, Required: 1}

func defineContextVar() {
	c := ContextVarType
	c.DefNew(func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		// The messages of CPython's "O|$O" argument parsing.
		if n := len(args) - 1 - len(kwnames); n != 1 && len(kwnames) == 0 {
			if n == 0 {
				return nil, vm.NewError(py.TypeError, "ContextVar() takes exactly 1 positional argument (0 given)")
			}
			return nil, vm.NewError(py.TypeError, fmt.Sprintf("ContextVar() takes at most 1 positional argument (%d given)", n))
		}
		var name, def Object
		if _, err := vm.ParseArgs(varParams, args[1:], kwnames, &name, &def); err != nil {
			return nil, err
		}
		s, ok := name.(py.String)
		if !ok {
			return nil, vm.NewError(py.TypeError, "context variable name must be a str")
		}
		return &ContextVar{name: string(s), def: def}, nil
	})
	c.DefGetSet("name", func(t *vm.Thread, o Object) (Object, error) {
		return py.String(o.(*ContextVar).name), nil
	}, func(t *vm.Thread, o, v Object) error {
		// A read-only member in CPython, with a member's message.
		return vm.NewError(py.AttributeError, "readonly attribute")
	})
	c.DefMethod("get", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.NoKeywords("ContextVar.get", kwnames); err != nil {
			return nil, err
		}
		if err := vm.CheckMethodArgs("get", args, kwnames, 0, 1); err != nil {
			return nil, err
		}
		var def Object
		if len(args) > 1 {
			def = args[1]
		}
		v := varSelf(args)
		if val, ok := v.get(t, def); ok {
			return val, nil
		}
		return nil, vm.NewException(py.LookupError, v)
	}, "get([default]): the variable's value in the current context; when it has none there, the default given here, else the variable's own default, else LookupError.")
	c.DefMethod("set", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.NoKeywords("ContextVar.set", kwnames); err != nil {
			return nil, err
		}
		if err := vm.CheckMethodArgs("set", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		return varSelf(args).Set(t, args[1]), nil
	}, "set(value): give the variable value in the current context. The Token returned lets reset() put back what was there before.")
	c.DefMethod("reset", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.NoKeywords("ContextVar.reset", kwnames); err != nil {
			return nil, err
		}
		if err := vm.CheckMethodArgs("reset", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		v := varSelf(args)
		tok, ok := args[1].(*Token)
		if !ok {
			return nil, argError(t, "expected an instance of Token, got %s", args[1])
		}
		problem := func(typ *py.Type, what string) error {
			r, err := vm.ReprString(t, tok)
			if err != nil {
				return err
			}
			return vm.NewError(typ, r+what)
		}
		switch {
		case tok.used:
			return nil, problem(py.RuntimeError, " has already been used once")
		case tok.v != v:
			return nil, problem(py.ValueError, " was created by a different ContextVar")
		case tok.ctx != current(t):
			return nil, problem(py.ValueError, " was created in a different Context")
		}
		tok.used = true
		if tok.old == nil {
			tok.ctx.m = tok.ctx.m.without(v)
		} else {
			tok.ctx.m = tok.ctx.m.with(v, tok.old)
		}
		return vm.None, nil
	}, "reset(token): undo the set() that made token, restoring the earlier value (or absence of one).")
	c.DefMethod("__repr__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		s, err := varSelf(args).repr(t)
		return py.String(s), err
	}, "Return repr(self).")
	c.DefMethod("__class_getitem__", classGetItem, "A generic alias of the class, such as C[int], for annotations.", "class")
	c.Ready()
}

func classGetItem(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	if len(args) != 2 || len(kwnames) > 0 {
		return nil, vm.NewError(py.TypeError, "__class_getitem__() takes exactly one argument")
	}
	return vm.NewGenericAlias(args[0], args[1]), nil
}

func defineToken() {
	c := TokenType
	c.DefNew(func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		return nil, vm.NewError(py.RuntimeError, "Tokens can only be created by ContextVars")
	})
	c.DefAttr("MISSING", Missing)
	c.DefGetSet("var", func(t *vm.Thread, o Object) (Object, error) {
		return o.(*Token).v, nil
	}, nil)
	c.DefGetSet("old_value", func(t *vm.Thread, o Object) (Object, error) {
		if old := o.(*Token).old; old != nil {
			return old, nil
		}
		return Missing, nil
	}, nil)
	c.DefMethod("__repr__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		tok := args[0].(*Token)
		v, err := tok.v.repr(t)
		if err != nil {
			return nil, err
		}
		used := ""
		if tok.used {
			used = " used"
		}
		return py.String(fmt.Sprintf("<Token%s var=%s at %#x>", used, v, vm.ObjectAddress(tok))), nil
	}, "Return repr(self).")
	c.DefMethod("__class_getitem__", classGetItem, "A generic alias of the class, such as C[int], for annotations.", "class")
	c.Ready()
}

func initModule(t *vm.Thread, m *vm.Module) error {
	m.Set("__doc__", py.String("Context Variables"))
	m.Set("Context", ContextType.T())
	m.Set("ContextVar", ContextVarType.T())
	m.Set("Token", TokenType.T())
	m.Set("copy_context", vm.NewModuleFunction("_contextvars", "copy_context", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckArgs("copy_context", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		return Copy(t), nil
	}, ""))
	return nil
}
