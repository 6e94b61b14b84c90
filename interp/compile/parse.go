package compile

import (
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
