package vm

import (
	"fmt"
	"strings"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/go-python/gpython/py"
)

// compile()'s flag for returning an AST instead of code; gilpy has no
// ast module objects yet, so compile refuses it by name.
const pyCFOnlyAST = 0x400

// compileKnownFlags are the flags compile() accepts: the __future__
// features' (0x20000 to 0x1000000, and the obsolete nested_scopes 0x10)
// and the PyCF_ ones a caller may pass (only AST, do not imply dedent,
// type comments, allow top-level await, allow incomplete input).
const compileKnownFlags = 0x1fe0000 | 0x10 | 0x400 | 0x200 | 0x1000 | 0x2000 | 0x4000

func builtinCompile(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var source, filename, mode, flags, dontInherit, optimize, featureVersion Object
	if _, err := ParseClinic(&Params{Func: "compile", Names: []string{"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"}, KwOnly: 6, Required: 3},
		args, kwnames, &source, &filename, &mode, &flags, &dontInherit, &optimize, &featureVersion); err != nil {
		return nil, err
	}
	// CPython's order: the filename and the mode's type are checked with
	// the arguments, then the flags, the optimize level, the mode's value
	// and last the source.
	fn, err := pathLike(t, filename)
	if err != nil {
		return nil, err
	}
	m, ok := mode.(py.String)
	if !ok {
		return nil, NewError(py.TypeError, fmt.Sprintf("compile() argument 'mode' must be str, not %s", TypeName(mode)))
	}
	fl := 0
	if flags != nil {
		n, err := IndexInt(t, flags)
		if err != nil {
			return nil, err
		}
		fl = n
	}
	if fl&^compileKnownFlags != 0 {
		return nil, NewError(py.ValueError, "compile(): unrecognised flags")
	}
	if optimize != nil {
		// -1 (the interpreter's level, sys.flags.optimize, which is 0)
		// and 0 to 2 are CPython's levels.
		o, err := IndexInt(t, optimize)
		if err != nil {
			return nil, err
		}
		if o < -1 || o > 2 {
			return nil, NewError(py.ValueError, "compile(): invalid optimize value")
		}
		if o > 0 {
			fl |= o << compileOptimizeShift
		}
	}
	if m != "exec" && m != "eval" && m != "single" {
		return nil, NewError(py.ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	if fl&pyCFOnlyAST != 0 {
		return nil, NewError(py.NotImplementedError, "compile(): returning an AST (PyCF_ONLY_AST) is not supported by gilpy yet")
	}
	src, err := sourceText(t, "compile", source)
	if err != nil {
		return nil, err
	}
	if strings.IndexByte(src, 0) >= 0 {
		if _, isStr := unwrap(source).(py.String); isStr {
			msg := py.String("source code string cannot contain null bytes")
			e := NewError(py.SyntaxError, string(msg))
			setExcAttr(e, "msg", msg)
			return nil, e
		}
	}
	fl |= textFlag(source)
	return t.interp.compileFlags(t, []byte(src), fn, string(m), fl)
}

// compileOptimizeShift places compile()'s optimize level in the flags
// given to Config.Compile: two bits no compile() flag uses (callers'
// flags are checked against compileKnownFlags first). The compiler reads
// them where interp/compile's OptimizeFlags puts them.
const compileOptimizeShift = 28

// pyCFTextSource tells the compiler the source was a str (CPython's
// PyCF_IGNORE_COOKIE): a coding declaration or byte order mark in it
// means nothing.
const pyCFTextSource = 0x0800

// textFlag is pyCFTextSource when source is a str.
func textFlag(source Object) int {
	if _, isStr := unwrap(source).(py.String); isStr {
		return pyCFTextSource
	}
	return 0
}

// sourceText accepts str, bytes or bytearray source for compile/exec/eval.
func sourceText(t *Thread, fn string, o Object) (string, error) {
	switch v := unwrap(o).(type) {
	case py.String:
		return string(v), nil
	case py.Bytes:
		return string(v), nil
	case *ByteArray:
		return string(v.b), nil
	}
	if fn == "compile" {
		return "", NewError(py.TypeError, "compile() arg 1 must be a string, bytes or AST object")
	}
	return "", NewError(py.TypeError, fmt.Sprintf("%s() arg 1 must be a string, bytes or code object", fn))
}

// pathLike accepts a str or os.PathLike filename.
func pathLike(t *Thread, o Object) (string, error) {
	switch v := unwrap(o).(type) {
	case py.String:
		return string(v), nil
	case py.Bytes:
		return string(v), nil
	}
	if m := classOfObject(o).Lookup("__fspath__"); m != nil {
		r, err := callMethod(t, m, o, nil, nil)
		if err != nil {
			return "", err
		}
		if s, ok := r.(py.String); ok {
			return string(s), nil
		}
	}
	return "", NewError(py.TypeError, fmt.Sprintf("expected str, bytes or os.PathLike object, not %s", TypeName(o)))
}

// execNamespaces resolves exec()/eval()'s globals and locals arguments.
func execNamespaces(t *Thread, fn string, globals, locals Object) (*Dict, Object, error) {
	if globals == nil || globals == None {
		f := t.frame
		if f == nil {
			return nil, nil, NewError(py.SystemError, fmt.Sprintf("%s(): no current frame", fn))
		}
		g := f.globals
		if locals == nil || locals == None {
			return g, frameLocals(f), nil
		}
		return g, locals, nil
	}
	g, ok := globals.(*Dict)
	if !ok {
		if fn == "exec" {
			return nil, nil, NewError(py.TypeError, fmt.Sprintf("exec() globals must be a dict, not %s", TypeName(globals)))
		}
		// eval checks its locals first.
		if locals != nil && locals != None && !isMapping(locals) && classOfObject(locals).special(spGetItem) == nil {
			return nil, nil, NewError(py.TypeError, "locals must be a mapping")
		}
		if isMapping(globals) || classOfObject(globals).special(spGetItem) != nil {
			return nil, nil, NewError(py.TypeError, "globals must be a real dict; try eval(expr, {}, mapping)")
		}
		return nil, nil, NewError(py.TypeError, "globals must be a dict")
	}
	if locals == nil || locals == None {
		locals = g
	} else if !isMapping(locals) && classOfObject(locals).special(spGetItem) == nil {
		if fn == "exec" {
			return nil, nil, NewError(py.TypeError, fmt.Sprintf("locals must be a mapping or None, not %s", TypeName(locals)))
		}
		return nil, nil, NewError(py.TypeError, "locals must be a mapping")
	}
	if _, ok := g.GetStr("__builtins__"); !ok {
		// The caller's builtins namespace, as a dict, as CPython puts it.
		b := t.interp.builtins
		if t.frame != nil {
			b = t.frame.builtins
		}
		g.SetStr("__builtins__", builtinsObject(b))
	}
	return g, locals, nil
}

func builtinExec(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var source, globals, locals, closure Object
	if _, err := ParseClinic(&Params{Func: "exec", Names: []string{"source", "globals", "locals", "closure"}, PosOnly: 3, KwOnly: 3, Required: 1}, args, kwnames, &source, &globals, &locals, &closure); err != nil {
		return nil, err
	}
	g, l, err := execNamespaces(t, "exec", globals, locals)
	if err != nil {
		return nil, err
	}
	code, ok := source.(*bytecode.Code)
	if !ok {
		src, err := sourceText(t, "exec", source)
		if err != nil {
			return nil, err
		}
		code, err = t.interp.compileFlags(t, []byte(src), "<string>", "exec", textFlag(source))
		if err != nil {
			return nil, err
		}
	}
	if len(code.FreeVars) > 0 {
		return nil, NewError(py.TypeError, "code object passed to exec() may not contain free variables")
	}
	_, err = t.RunCode(code, g, l)
	if err != nil {
		return nil, err
	}
	return None, nil
}

func builtinEval(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	// 3.11's eval takes its arguments by position only.
	if err := checkArgs("eval", args, kwnames, 1, 3); err != nil {
		return nil, err
	}
	source := args[0]
	var globals, locals Object
	if len(args) > 1 {
		globals = args[1]
	}
	if len(args) > 2 {
		locals = args[2]
	}
	g, l, err := execNamespaces(t, "eval", globals, locals)
	if err != nil {
		return nil, err
	}
	code, ok := source.(*bytecode.Code)
	if !ok {
		src, err := sourceText(t, "eval", source)
		if err != nil {
			return nil, err
		}
		// eval strips leading spaces and tabs.
		i := 0
		for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
			i++
		}
		code, err = t.interp.compileFlags(t, []byte(src[i:]), "<string>", "eval", textFlag(source))
		if err != nil {
			return nil, err
		}
	}
	return t.RunCode(code, g, l)
}
