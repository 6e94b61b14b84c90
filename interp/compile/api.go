package compile

import (
	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/gilpy/gilpy/interp/syntax/ast"
)

// Mode is what kind of source is compiled, as compile()'s mode argument.
type Mode uint8

// The compile modes.
const (
	ModeExec   Mode = iota // a module: statements, returns None
	ModeEval               // one expression, returns its value
	ModeSingle             // one interactive statement: expression values are printed
)

// Flags are compile()'s flags. The compile() builtin passes
// FutureAnnotations when its caller's code has bytecode.CoFutureAnnotations
// and DontInherit is not set; a module's own `from __future__ import
// annotations` turns it on regardless.
type Flags uint32

// The compile flags, with CPython's values.
const (
	// FutureAnnotations is `from __future__ import annotations`: annotations
	// are stored as strings and never evaluated.
	FutureAnnotations Flags = bytecode.CoFutureAnnotations
	// DontInherit is compile()'s dont_inherit: the caller's future features
	// are not added to Flags.
	DontInherit Flags = 0x2000
	// TextSource says the source was a str, not bytes (CPython's
	// PyCF_IGNORE_COOKIE): no byte order mark or coding declaration is
	// looked for.
	TextSource Flags = 0x0800
)

// futureFlags returns the features a module's `from __future__` imports
// turn on.
func futureFlags(mod ast.Mod) Flags {
	m, ok := mod.(*ast.Module)
	if !ok {
		return 0
	}
	var f Flags
	for i, s := range m.Body {
		if i == 0 {
			if e, ok := s.(*ast.ExprStmt); ok {
				if c, ok := e.Value.(*ast.Constant); ok {
					if _, ok := c.Value.(string); ok {
						continue
					}
				}
			}
		}
		imp, ok := s.(*ast.ImportFrom)
		if !ok || imp.Module != "__future__" || imp.Level != 0 {
			break
		}
		for _, a := range imp.Names {
			if a.Name == "annotations" {
				f |= FutureAnnotations
			}
		}
	}
	return f
}
