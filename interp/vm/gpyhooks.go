package vm

import (
	"github.com/go-python/gpython/py"
)

// gpython exposes hooks through which its own code compiles and runs
// Python (py.Compile, py.VmEvalCode, py.VmRunFrame). gilpy never runs
// gpython's compiler or VM: code is compiled by interp/compile into
// gilpy's bytecode and run by this package, whose code objects gpython's
// hooks cannot carry (their types are gpython's). So that no gpython code
// path can silently fall back to the engine gilpy replaced, the hooks
// raise SystemError naming what happened.
func init() {
	py.Compile = func(src, srcDesc string, mode py.CompileMode, flags int, dontInherit bool) (*py.Code, error) {
		return nil, NewError(py.SystemError, "gpython's compiler was called; gilpy compiles with interp/compile")
	}
	py.VmEvalCode = func(ctx py.Context, code *py.Code, globals, locals py.StringDict, args []py.Object, kws py.StringDict, defs []py.Object, kwdefs py.StringDict, closure py.Tuple) (py.Object, error) {
		return nil, NewError(py.SystemError, "gpython's VM was called; gilpy runs code with interp/vm")
	}
	py.VmRunFrame = func(frame *py.Frame) (py.Object, error) {
		return nil, NewError(py.SystemError, "gpython's VM was called; gilpy runs code with interp/vm")
	}
}
