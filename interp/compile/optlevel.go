package compile

import "github.com/gilpy/gilpy/interp/syntax/ast"

// compile()'s optimize argument. Level 1 (python -O) compiles no assert
// statements and makes __debug__ the constant False; level 2 (-OO) also
// leaves out docstrings: a function's first constant is then None and a
// module or class body stores no __doc__. Level 0, the default, keeps
// everything.
//
// The level travels in two bits of Flags that CPython's compile() flags
// never use (the compile builtin refuses those bits from its caller), so
// that it reaches the compiler through the same hook as the flags.

const (
	optimizeShift = 28
	optimizeMask  = Flags(3) << optimizeShift
)

// OptimizeFlags returns the Flags bits that ask for optimize level
// level (0, 1 or 2; anything else is 0).
func OptimizeFlags(level int) Flags {
	if level < 1 || level > 2 {
		return 0
	}
	return Flags(level) << optimizeShift
}

// optimize returns the optimize level f carries.
func (f Flags) optimize() int { return int(f&optimizeMask) >> optimizeShift }

// debugOffName replaces the name of every __debug__ read when optimizing:
// constOf folds it to False as it folds __debug__ to True (CPython's AST
// optimizer replaces such a read by the constant). No identifier can be
// spelled this way in source, so nothing else can mean it.
const debugOffName = "__debug__ (optimized)"

// debugOff renames the __debug__ reads of a tree to debugOffName.
type debugOff struct{}

func (d debugOff) Visit(n ast.Node) ast.Visitor {
	if name, ok := n.(*ast.Name); ok && name.Id == "__debug__" && name.Ctx == ast.Load {
		name.Id = debugOffName
	}
	return d
}
