package vm

import (
	"fmt"
	"github.com/gilpy/gilpy/interp/bytecode"
	"strings"

	"github.com/go-python/gpython/py"
)

// Params describes a builtin's parameters so ParseArgs can bind a call's
// arguments with CPython's error messages. Names lists every parameter in
// order; the first PosOnly of them are positional-only, the ones from
// KwOnly on are keyword-only (KwOnly < 0: none are), and the first
// Required of the positional ones must be given.
type Params struct {
	Func     string // name in messages, "sorted" or "str.split"
	Names    []string
	PosOnly  int
	KwOnly   int
	Required int
	// Star collects extra positional arguments instead of refusing them.
	Star bool
}

// ParseArgs binds args/kwnames to p's parameters, storing each value
// (or leaving nil when not given) through out. With p.Star, the extra
// positional arguments are returned.
func ParseArgs(p *Params, args []Object, kwnames Tuple, out ...*Object) ([]Object, error) {
	npos := len(args) - len(kwnames)
	nparams := len(p.Names)
	maxPos := nparams
	if p.KwOnly >= 0 && p.KwOnly < maxPos {
		maxPos = p.KwOnly
	}
	var extra []Object
	if npos > maxPos {
		if !p.Star {
			return nil, tooManyArgs(p, npos, maxPos)
		}
		extra = args[maxPos:npos]
		npos = maxPos
	}
	for i := 0; i < npos; i++ {
		*out[i] = args[i]
	}
	for i, k := range kwnames {
		name := string(k.(py.String))
		j := -1
		for pi := p.PosOnly; pi < nparams; pi++ {
			if p.Names[pi] == name {
				j = pi
				break
			}
		}
		if j < 0 {
			for pi := 0; pi < p.PosOnly; pi++ {
				if p.Names[pi] == name {
					return nil, NewError(py.TypeError, fmt.Sprintf("%s() got some positional-only arguments passed as keyword arguments: '%s'", p.Func, name))
				}
			}
			if nparams == 0 || p.KwOnly == 0 && p.PosOnly == nparams {
				return nil, NewError(py.TypeError, fmt.Sprintf("%s() takes no keyword arguments", p.Func))
			}
			return nil, NewError(py.TypeError, fmt.Sprintf("%s() got an unexpected keyword argument '%s'", p.Func, name))
		}
		if *out[j] != nil {
			if j < npos {
				return nil, NewError(py.TypeError, fmt.Sprintf("argument for %s() given by name ('%s') and position (%d)", p.Func, name, j+1))
			}
			return nil, NewError(py.TypeError, fmt.Sprintf("%s() got multiple values for argument '%s'", p.Func, name))
		}
		*out[j] = args[npos+len(extra)+i]
	}
	for i := 0; i < p.Required; i++ {
		if *out[i] == nil {
			if i < p.PosOnly || (p.PosOnly == nparams) {
				if p.Required == 1 && nparams == 1 {
					return nil, NewError(py.TypeError, fmt.Sprintf("%s() takes exactly one argument (0 given)", p.Func))
				}
				return nil, NewError(py.TypeError, fmt.Sprintf("%s() missing required argument '%s' (pos %d)", p.Func, p.Names[i], i+1))
			}
			return nil, NewError(py.TypeError, fmt.Sprintf("%s() missing required argument '%s' (pos %d)", p.Func, p.Names[i], i+1))
		}
	}
	return extra, nil
}

func tooManyArgs(p *Params, given, max int) error {
	switch {
	case max == 0:
		return NewError(py.TypeError, fmt.Sprintf("%s() takes no arguments (%d given)", p.Func, given))
	case p.Required == max:
		if max == 1 {
			return NewError(py.TypeError, fmt.Sprintf("%s() takes exactly one argument (%d given)", p.Func, given))
		}
		return NewError(py.TypeError, fmt.Sprintf("%s() takes exactly %d arguments (%d given)", p.Func, max, given))
	}
	return NewError(py.TypeError, fmt.Sprintf("%s() takes at most %d %s (%d given)", p.Func, max, plural(max, "argument", "arguments"), given))
}

// noKeywords refuses keyword arguments for builtins that take none.
func noKeywords(name string, kwnames Tuple) error {
	if len(kwnames) > 0 {
		return NewError(py.TypeError, fmt.Sprintf("%s() takes no keyword arguments", name))
	}
	return nil
}

// checkArgs checks a positional-only builtin's argument count, with the
// argument-clinic wording CPython uses ("expected at most 2 arguments,
// got 3").
func checkArgs(name string, args []Object, kwnames Tuple, min, max int) error {
	if err := noKeywords(name, kwnames); err != nil {
		return err
	}
	n := len(args)
	switch {
	case min == max && n != min:
		if min == 0 {
			return NewError(py.TypeError, fmt.Sprintf("%s() takes no arguments (%d given)", name, n))
		}
		if min == 1 {
			return NewError(py.TypeError, fmt.Sprintf("%s() takes exactly one argument (%d given)", name, n))
		}
		return NewError(py.TypeError, fmt.Sprintf("%s expected %d arguments, got %d", name, min, n))
	case n < min:
		return NewError(py.TypeError, fmt.Sprintf("%s expected at least %d %s, got %d", name, min, plural(min, "argument", "arguments"), n))
	case max >= 0 && n > max:
		return NewError(py.TypeError, fmt.Sprintf("%s expected at most %d %s, got %d", name, max, plural(max, "argument", "arguments"), n))
	}
	return nil
}

// checkMethodArgs is checkArgs for a method: args[0] is self and is not
// counted.
func checkMethodArgs(name string, args []Object, kwnames Tuple, min, max int) error {
	return checkArgs(name, args[1:], kwnames, min, max)
}

// argString requires a str argument.
func argString(fn string, i int, o Object) (string, error) {
	switch v := o.(type) {
	case py.String:
		return string(v), nil
	case *Instance:
		if s, ok := v.base.(py.String); ok {
			return string(s), nil
		}
	}
	return "", NewError(py.TypeError, fmt.Sprintf("%s() argument %d must be str, not %s", fn, i, TypeName(o)))
}

// argInt requires an integer argument (anything with __index__).
func argInt(t *Thread, fn string, o Object) (int, error) {
	if i, ok := o.(py.Int); ok {
		return int(i), nil
	}
	if _, ok := o.(py.Float); ok {
		return 0, NewError(py.TypeError, "'float' object cannot be interpreted as an integer")
	}
	return IndexInt(t, o)
}

// methodName makes "type.name" for messages.
func methodName(c *Class, name string) string {
	return c.Name() + "." + name
}

// def registers a Go method on a builtin class. Options in flags:
// "unwrap" passes the builtin value of subclass instances, "class" and
// "static" change how it binds.
func (c *Class) defMethod(name string, fn BuiltinFn, doc string, opts ...string) *MethodDescr {
	md := &MethodDescr{Name: name, Owner: c, Fn: fn, Doc: doc, unwrap: c.native != nil || c.layout == layoutBuiltin, slot: isSlotMethod(c, name)}
	for _, o := range opts {
		switch o {
		case "class":
			md.kind = descrClass
		case "static":
			md.kind = descrStatic
		case "nounwrap":
			md.unwrap = false
		}
	}
	c.def(name, md)
	return md
}

// defBinary registers a builtin type's operator methods (__add__,
// __radd__, and __iadd__ when inplace) for the given operators.
func (c *Class) defBinary(fn binaryFn, inplace bool, ops ...int) {
	names := []string{"add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "xor", "or"}
	for _, op := range ops {
		op := op
		c.defBinaryMethod("__"+names[op]+"__", fn, op, false)
		c.defBinaryMethod("__r"+names[op]+"__", fn, op, true)
		if inplace {
			c.defBinaryMethod("__i"+names[op]+"__", fn, op, false)
		}
	}
}

func (c *Class) defBinaryMethod(name string, fn binaryFn, op int, reflected bool) {
	maxArgs := 1
	if binaryOpOf(op).Base() == bytecode.OpPower && !strings.HasPrefix(name, "__i") {
		maxArgs = 2 // __pow__(other, mod=None), __rpow__ likewise
	}
	var md *MethodDescr
	md = c.defMethod(name, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs(name, args, kwnames, 1, maxArgs); err != nil {
			return nil, err
		}
		if len(args) == 3 && args[2] != None {
			if reflected {
				return builtinTernaryPow(c, args[1], args[0], args[2])
			}
			return builtinTernaryPow(c, args[0], args[1], args[2])
		}
		other := args[1]
		if !md.rawOperand {
			other = unwrap(other)
		}
		return fn(t, binaryOpOf(op), args[0], other, reflected)
	}, "")
	md.binary = fn
}

// keepPercentOperand makes the type's % (__mod__ and __rmod__) receive
// both operands as they are (see MethodDescr.rawOperand); its binaryFn
// unwraps self itself.
func (c *Class) keepPercentOperand() {
	for _, n := range []string{"__mod__", "__rmod__"} {
		if v, ok := c.ns.GetStr(n); ok {
			if md, ok := v.(*MethodDescr); ok {
				md.rawOperand, md.unwrap = true, false
			}
		}
	}
}

// defCompare registers a builtin type's six rich comparison methods.
func (c *Class) defCompare(fn compareFn) {
	names := []string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}
	for i, n := range names {
		op := compareOpOf(i)
		md := c.defMethod(n, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := checkMethodArgs(n, args, kwnames, 1, 1); err != nil {
				return nil, err
			}
			return fn(t, op, args[0], unwrap(args[1]))
		}, "")
		md.compare = fn
	}
}

// docFirstLine trims a docstring to what help() shows first.
func docFirstLine(doc string) string {
	if i := strings.IndexByte(doc, '\n'); i >= 0 {
		return doc[:i]
	}
	return doc
}
