// Package re is gilpy's regular expression module: re (re/__init__.py,
// embedded: the module functions, the compile cache, RegexFlag, Scanner,
// written in Python as CPython's are) and _sre, written in Go: the
// Pattern, Match and scanner types over gilpy's own backtracking engine
// (package engine), which has the syntax and semantics of CPython 3.11's
// sre.
//
// _sre here is gilpy's own interface, not CPython's: its compile takes a
// pattern and flags and does the parsing and compiling itself (CPython's
// takes code produced by re._compiler, which gilpy does not have).
//
// A match holds the GIL, as in CPython, but the engine checks the eval
// breaker every few thousand steps: a long match gives up the GIL when
// another thread asks for it, and a KeyboardInterrupt or a cancelled run
// ends it. CPython keeps the GIL for a whole match; gilpy's choice lets
// other threads run during a long match and costs one atomic load per
// poll. Matching only reads the subject (str and bytes are immutable, a
// bytearray is copied first), so no other thread can disturb it.
package re

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/gilpy/gilpy/modules/re/engine"
	"github.com/go-python/gpython/py"
)

//go:embed re.py
var source string

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "_sre", Builtin: true, Init: initSre})
	vm.RegisterModule(&vm.ModuleDef{Name: "re", Source: source, Package: true})
}

const copyright = " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "

func initSre(t *vm.Thread, m *vm.Module) error {
	m.Set("__doc__", py.String("The regular expression engine behind the re module (gilpy's own interface)."))
	m.Set("MAGIC", vm.NewInt(engine.Magic))
	m.Set("CODESIZE", vm.NewInt(engine.CodeSize))
	m.Set("MAXREPEAT", vm.NewInt(engine.MaxRepeat))
	m.Set("MAXGROUPS", vm.NewInt(engine.MaxGroups))
	m.Set("copyright", py.String(copyright))
	def := func(name, doc string, fn vm.BuiltinFn) {
		m.Set(name, vm.NewModuleFunction("_sre", name, fn, doc))
	}
	def("compile", "compile(pattern, flags)\n\nParse and compile a pattern (str or bytes) into a Pattern object.", sreCompile)
	def("compile_lexicon", "compile_lexicon(phrases, flags)\n\nCompile the combined pattern of re.Scanner.", sreCompileLexicon)
	def("getcodesize", "getcodesize()", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if err := vm.CheckArgs("getcodesize", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		return vm.NewInt(engine.CodeSize), nil
	})
	charFn := func(name string, f func(uint32) vm.Object) {
		def(name, name+"(character, /)", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
			if err := vm.CheckArgs(name, args, kwnames, 1, 1); err != nil {
				return nil, err
			}
			c, err := cInt(t, args[0])
			if err != nil {
				return nil, err
			}
			return f(uint32(c)), nil
		})
	}
	charFn("ascii_iscased", func(c uint32) vm.Object { return vm.NewBool(engine.AsciiIsCased(c)) })
	charFn("unicode_iscased", func(c uint32) vm.Object { return vm.NewBool(engine.UnicodeIsCased(c)) })
	charFn("ascii_tolower", func(c uint32) vm.Object { return vm.NewInt(int64(int32(engine.AsciiToLower(c)))) })
	charFn("unicode_tolower", func(c uint32) vm.Object { return vm.NewInt(int64(int32(engine.UnicodeToLower(c)))) })
	return nil
}

// cInt converts an argument as a C int parameter does.
func cInt(t *vm.Thread, o vm.Object) (int, error) {
	if !vm.HasIndex(o) {
		if _, isFloat := vm.Unwrap(o).(py.Float); isFloat {
			return 0, vm.NewError(py.TypeError, "'float' object cannot be interpreted as an integer")
		}
		return 0, vm.NewError(py.TypeError, fmt.Sprintf("'%s' object cannot be interpreted as an integer", vm.TypeName(o)))
	}
	b, err := vm.IndexValue(t, o)
	if err != nil {
		return 0, err
	}
	if !b.IsInt64() || b.Int64() > 1<<31-1 {
		if b.Sign() < 0 {
			return 0, vm.NewError(py.OverflowError, "signed integer is less than minimum")
		}
		return 0, vm.NewError(py.OverflowError, "signed integer is greater than maximum")
	}
	if b.Int64() < -1<<31 {
		return 0, vm.NewError(py.OverflowError, "signed integer is less than minimum")
	}
	return int(b.Int64()), nil
}

// ssize converts an argument as a Py_ssize_t parameter does.
func ssize(t *vm.Thread, o vm.Object) (int, error) {
	if !vm.HasIndex(o) {
		return 0, vm.NewError(py.TypeError, fmt.Sprintf("'%s' object cannot be interpreted as an integer", vm.TypeName(o)))
	}
	return vm.IndexInt(t, o)
}

// patternRunes returns the characters of a pattern (str or bytes).
func patternRunes(o vm.Object) ([]rune, bool, bool) {
	switch v := vm.Unwrap(o).(type) {
	case py.String:
		ascii, r := decodeStr(string(v))
		if ascii {
			r = make([]rune, len(v))
			for i := 0; i < len(v); i++ {
				r[i] = rune(v[i])
			}
		}
		return r, false, true
	case py.Bytes:
		r := make([]rune, len(v))
		for i, c := range v {
			r[i] = rune(c)
		}
		return r, true, true
	}
	return nil, false, false
}

// maxDepth bounds how deeply a pattern's groups may nest, where
// CPython's recursive parser would meet the recursion limit.
func maxDepth(t *vm.Thread) int {
	limit := 1000
	if sys, err := t.ImportModule("sys"); err == nil {
		if f, err := vm.GetAttr(t, sys, "getrecursionlimit"); err == nil {
			if r, err := vm.Call(t, f, nil, nil); err == nil {
				if n, err := vm.IndexInt(t, r); err == nil {
					limit = n
				}
			}
		}
	}
	depth := 0
	for f := t.Frame(); f != nil; f = f.Back() {
		depth++
	}
	// CPython's parser uses two frames per level of nesting, below
	// re.compile, re._compile, re._compiler.compile and _parser.parse.
	// The engine counts the outermost level too.
	return max((limit-depth-7)/2, 0) + 1
}

// sreCompile is _sre.compile(pattern, flags).
func sreCompile(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if err := vm.CheckArgs("compile", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	src, isBytes, ok := patternRunes(args[0])
	if !ok {
		return nil, vm.NewError(py.TypeError, "first argument must be string or compiled pattern")
	}
	flags, err := cInt(t, args[1])
	if err != nil {
		return nil, err
	}
	tree, warnings, perr := engine.Parse(src, isBytes, flags, engine.ParseOptions{MaxDepth: maxDepth(t)})
	if err := emitWarnings(t, warnings); err != nil {
		return nil, err
	}
	if perr != nil {
		return nil, convertError(t, perr, args[0])
	}
	debug := flags&engine.FlagDebug != 0
	if debug {
		if err := writeStdout(t, tree.Dump()); err != nil {
			return nil, err
		}
	}
	prog, cerr := tree.Compile(flags)
	if cerr != nil {
		return nil, convertError(t, cerr, args[0])
	}
	if debug {
		if err := writeStdout(t, "\n"+engine.Dis(prog.Code)); err != nil {
			return nil, err
		}
	}
	return newPattern(prog, args[0], isBytes), nil
}

// sreCompileLexicon is _sre.compile_lexicon(phrases, flags), for
// re.Scanner.
func sreCompileLexicon(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if err := vm.CheckArgs("compile_lexicon", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	items, err := vm.Collect(t, args[0])
	if err != nil {
		return nil, err
	}
	flags, err := cInt(t, args[1])
	if err != nil {
		return nil, err
	}
	phrases := make([][]rune, len(items))
	kinds := make([]bool, len(items))
	for i, it := range items {
		src, isBytes, ok := patternRunes(it)
		if !ok {
			return nil, vm.NewError(py.TypeError, "first argument must be string or compiled pattern")
		}
		phrases[i], kinds[i] = src, isBytes
	}
	prog, warnings, cerr := engine.CompileLexicon(phrases, kinds, flags, engine.ParseOptions{MaxDepth: maxDepth(t)})
	if err := emitWarnings(t, warnings); err != nil {
		return nil, err
	}
	if cerr != nil {
		// A phrase that does not parse is reported against that phrase
		// (with its position), as CPython parses each one on its own.
		var pat vm.Object = vm.None
		for i, src := range phrases {
			if _, _, perr := engine.Parse(src, kinds[i], flags, engine.ParseOptions{MaxDepth: maxDepth(t)}); perr != nil {
				pat, cerr = items[i], perr
				break
			}
		}
		return nil, convertError(t, cerr, pat)
	}
	p := newPattern(prog, vm.None, false)
	p.isBytes = -1
	return p, nil
}

// reModule returns the re module (imported already in every normal use:
// it is what calls _sre).
func reModule(t *vm.Thread) (vm.Object, error) { return t.ImportModule("re") }

// convertError turns an engine error into the Python exception CPython
// raises.
func convertError(t *vm.Thread, err error, pattern vm.Object) error {
	e, ok := err.(*engine.Error)
	if !ok {
		return err
	}
	switch e.Kind {
	case engine.KindOverflow:
		return vm.NewError(py.OverflowError, e.Msg)
	case engine.KindValue:
		return vm.NewError(py.ValueError, e.Msg)
	case engine.KindRecursion:
		return vm.NewError(vm.RecursionError, e.Msg)
	case engine.KindIndex:
		return vm.NewError(py.IndexError, e.Msg)
	case engine.KindType:
		return vm.NewError(py.TypeError, e.Msg)
	case engine.KindRuntime:
		return vm.NewError(py.RuntimeError, e.Msg)
	}
	return newReError(t, e.Msg, pattern, e.Pos)
}

// newReError makes re.error(msg, pattern, pos) (pos < 0: no position).
func newReError(t *vm.Thread, msg string, pattern vm.Object, pos int) error {
	mod, err := reModule(t)
	if err != nil {
		return err
	}
	cls, err := vm.GetAttr(t, mod, "error")
	if err != nil {
		return err
	}
	args := []vm.Object{py.String(msg)}
	if pos >= 0 {
		args = append(args, pattern, vm.NewInt(int64(pos)))
	}
	exc, err := vm.Call(t, cls, args, nil)
	if err != nil {
		return err
	}
	if e, ok := exc.(*py.Exception); ok {
		return e
	}
	return vm.NewError(py.SystemError, "re.error did not make an exception")
}

// engineError converts an error from a match.
func engineError(err error) error {
	switch err {
	case engine.ErrInternal:
		return vm.NewError(py.RuntimeError, "internal error in regular expression engine")
	case engine.ErrStepLimit:
		return vm.NewError(py.RuntimeError, err.Error())
	}
	return err
}

// emitWarnings issues the parser's warnings with warnings.warn, pointing
// at the first frame outside the re package (the caller of re.compile).
// Without a warnings module (an embedder that left it out) they are
// dropped.
func emitWarnings(t *vm.Thread, ws []engine.Warning) error {
	if len(ws) == 0 {
		return nil
	}
	mod, err := t.ImportModule("warnings")
	if err != nil {
		if vm.IsExceptionType(err, py.ImportError) {
			return nil
		}
		return err
	}
	warn, err := vm.GetAttr(t, mod, "warn")
	if err != nil {
		return err
	}
	level := 1
	for f := t.Frame(); f != nil && strings.HasSuffix(f.Code().Filename, "/re/__init__.py"); f = f.Back() {
		level++
	}
	for _, w := range ws {
		cat := py.FutureWarning
		if w.Category == "DeprecationWarning" {
			cat = py.DeprecationWarning
		}
		if _, err := vm.Call(t, warn, []vm.Object{py.String(w.Msg), cat, vm.NewInt(int64(level))}, nil); err != nil {
			return err
		}
	}
	return nil
}

// writeStdout writes text to sys.stdout (what re.DEBUG prints).
func writeStdout(t *vm.Thread, text string) error {
	sys, err := t.ImportModule("sys")
	if err != nil {
		return err
	}
	out, err := vm.GetAttr(t, sys, "stdout")
	if err != nil {
		return err
	}
	_, err = vm.CallMethod(t, out, "write", []vm.Object{py.String(text)}, nil)
	return err
}
