package vm

import (
	"github.com/go-python/gpython/py"
)

// shadowsReady is true once every gpython type gilpy uses has its shadow
// Class. ClassOf reads it, which makes Go initialize it before any
// package variable that needs a class.
var shadowsReady = makeShadows()

// Shadows of gpython's types.
var (
	intClass      = shadowOf(py.IntType)
	boolClass     = shadowOf(py.BoolType)
	floatClass    = shadowOf(py.FloatType)
	complexClass  = shadowOf(py.ComplexType)
	strClass      = shadowOf(py.StringType)
	bytesClass    = shadowOf(py.BytesType)
	tupleClass    = shadowOf(py.TupleType)
	listClass     = shadowOf(py.ListType)
	rangeClass    = shadowOf(py.RangeType)
	sliceClass    = shadowOf(py.SliceType)
	noneClass     = shadowOf(py.NoneTypeType)
	ellipsisClass = shadowOf(py.EllipsisTypeType)
	baseExcClass  = shadowOf(py.BaseException)
)

func shadowOf(t *py.Type) *Class {
	if !shadowsReady {
		panic("vm: shadows not ready")
	}
	return nativeClasses[t]
}

// makeShadows creates the shadow Classes of gpython's builtin types, each
// deriving from its real Python base, and fixes the names and bases that
// gpython gets wrong (bool derives from int; big ints and complex are
// int and complex).
func makeShadows() bool {
	obj := objectClass
	intC := newShadow(py.IntType, obj)
	newShadow(py.BoolType, intC).flags &^= clsBaseType
	newShadow(py.BigIntType, intC)
	newShadow(py.FloatType, obj)
	py.ComplexType.Name = "complex"
	newShadow(py.ComplexType, obj)
	newShadow(py.StringType, obj)
	newShadow(py.BytesType, obj)
	newShadow(py.TupleType, obj)
	newShadow(py.ListType, obj)
	newShadow(py.RangeType, obj).flags &^= clsBaseType
	newShadow(py.SliceType, obj).flags &^= clsBaseType
	newShadow(py.NoneTypeType, obj).flags &^= clsBaseType
	newShadow(py.EllipsisTypeType, obj).flags &^= clsBaseType
	// The exception hierarchy, parents before children, each with the
	// base gpython's MRO names.
	for _, e := range []*py.Type{
		py.BaseException, py.SystemExit, py.KeyboardInterrupt, py.GeneratorExit,
		py.ExceptionType, py.StopIteration, py.ArithmeticError, py.FloatingPointError,
		py.OverflowError, py.ZeroDivisionError, py.AssertionError, py.AttributeError,
		py.BufferError, py.EOFError, py.ImportError, py.LookupError, py.IndexError,
		py.KeyError, py.MemoryError, py.NameError, py.UnboundLocalError, py.OSError,
		py.BlockingIOError, py.ChildProcessError, py.ConnectionError, py.BrokenPipeError,
		py.ConnectionAbortedError, py.ConnectionRefusedError, py.ConnectionResetError,
		py.FileExistsError, py.FileNotFoundError, py.InterruptedError, py.IsADirectoryError,
		py.NotADirectoryError, py.PermissionError, py.ProcessLookupError, py.TimeoutError,
		py.ReferenceError, py.RuntimeError, py.NotImplementedError, py.SyntaxError,
		py.IndentationError, py.TabError, py.SystemError, py.TypeError, py.ValueError,
		py.UnicodeError, py.UnicodeDecodeError, py.UnicodeEncodeError, py.UnicodeTranslateError,
		py.Warning, py.DeprecationWarning, py.PendingDeprecationWarning, py.RuntimeWarning,
		py.SyntaxWarning, py.UserWarning, py.FutureWarning, py.ImportWarning,
		py.UnicodeWarning, py.BytesWarning, py.ResourceWarning,
	} {
		base := obj
		if len(e.Mro) > 1 {
			if b, ok := nativeClasses[e.Mro[1].(*py.Type)]; ok {
				base = b
			}
		}
		c := newShadow(e, base)
		c.layout = layoutException
		c.flags |= clsHasDict
		e.Flags |= py.TPFLAGS_BASE_EXC_SUBCLASS
	}
	return true
}
