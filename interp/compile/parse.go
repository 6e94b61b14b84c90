package compile

import (
	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/gilpy/gilpy/interp/syntax"
	"github.com/gilpy/gilpy/interp/syntax/ast"
)

func parse(src []byte, filename string, mode Mode) (ast.Mod, error) {
	m := syntax.Exec
	switch mode {
	case ModeEval:
		m = syntax.Eval
	case ModeSingle:
		m = syntax.Single
	}
	return syntax.Parse(src, filename, m)
}

// SourceForVM parses and compiles src as the VM's compile hook does
// (vm.CompileFunc): mode is compile()'s mode string ("exec", "eval" or
// "single"). The parser's warnings, then the compiler's SyntaxWarnings,
// go to warn (which may be nil), in the order CPython issues them.
func SourceForVM(src []byte, filename, mode string, flags int, warn syntax.WarnFunc) (*bytecode.Code, error) {
	m, sm := ModeExec, syntax.Exec
	switch mode {
	case "eval":
		m, sm = ModeEval, syntax.Eval
	case "single":
		m, sm = ModeSingle, syntax.Single
	}
	if Flags(flags)&TextSource != 0 {
		sm |= syntax.Text
		flags &^= int(TextSource)
	}
	mod, err := syntax.ParseWarn(src, filename, sm, warn)
	if err != nil {
		return nil, err
	}
	if warn == nil {
		return Compile(mod, filename, m, Flags(flags))
	}
	return CompileWithWarnings(mod, filename, m, Flags(flags), func(w Warning) error {
		return warn(syntax.Warning{Category: "SyntaxWarning", Msg: w.Msg, Filename: w.Filename, Lineno: w.Lineno})
	})
}
