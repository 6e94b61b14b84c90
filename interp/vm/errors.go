package vm

import (
	"errors"
	"fmt"
	"runtime/debug"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/go-python/gpython/py"
)

// Exceptions are *py.Exception values, which are also Go errors: a
// function that raises returns one as its error. Base is the exception's
// class (for instances of classes defined in Python, the class's
// py.Type), Args its args tuple, Traceback its *Traceback, Context and
// Cause the chained exceptions, and Dict any other attribute.

// The exception classes CPython 3.11 has and gpython lacks.
var (
	BaseExceptionGroup      = newExceptionType("BaseExceptionGroup", "Several exceptions raised together, of any kinds.", py.BaseException)
	ExceptionGroup          = newExceptionGroupType()
	ModuleNotFoundError     = newExceptionType("ModuleNotFoundError", "An import found no module of the name.", py.ImportError)
	RecursionError          = newExceptionType("RecursionError", "Raised when calls nest deeper than sys.getrecursionlimit() allows.", py.RuntimeError)
	StopAsyncIteration      = newExceptionType("StopAsyncIteration", "Raised by __anext__ when an async iterator has no more values.", py.ExceptionType)
	EncodingWarning         = newExceptionType("EncodingWarning", "Warnings about text encodings (e.g. an open() that relies on the locale's).", py.Warning)
	stopAsyncIterationClass = ClassOf(StopAsyncIteration)
)

// newExceptionGroupType makes ExceptionGroup, which derives from both
// BaseExceptionGroup and Exception.
func newExceptionGroupType() *py.Type {
	c := ClassOf(newExceptionType("ExceptionGroup", "", BaseExceptionGroup))
	exc := ClassOf(py.ExceptionType)
	mro, err := c3Linearize(c, []*Class{ClassOf(BaseExceptionGroup), exc})
	if err != nil {
		panic(err)
	}
	c.mro = mro
	c.Type.Bases = Tuple{BaseExceptionGroup, py.ExceptionType}
	c.Type.Mro = c.mroTuple()
	exc.subclasses = append(exc.subclasses, c)
	return c.T()
}

func newExceptionType(name, doc string, base *py.Type) *py.Type {
	c := newBuiltinType(name, doc, ClassOf(base))
	c.layout = layoutException
	c.flags |= clsBaseType | clsHasDict
	c.Type.Flags |= py.TPFLAGS_BASE_EXC_SUBCLASS | py.TPFLAGS_BASETYPE
	return c.T()
}

// NewError returns a new exception of type typ with msg as its argument.
func NewError(typ *py.Type, msg string) *py.Exception {
	return &py.Exception{Base: typ, Args: Tuple{py.String(msg)}}
}

// Errorf is NewError with a format.
func Errorf(typ *py.Type, format string, a ...any) *py.Exception {
	return NewError(typ, fmt.Sprintf(format, a...))
}

// NewException returns a new exception of type typ with the given args.
func NewException(typ *py.Type, args ...Object) *py.Exception {
	return &py.Exception{Base: typ, Args: Tuple(args)}
}

// An exception's fields (errno, msg, name...) live in its Dict map by
// name; the attributes a program sets live in an ordered *Dict stored in
// that map under excDictKey (a name no attribute can collide with, since
// field names come only from Go code), which is the instance __dict__.
const excDictKey = "\x00dict"

// excUserDict returns an exception's __dict__, or nil before any
// attribute is set.
func excUserDict(e *py.Exception) *Dict {
	d, _ := e.Dict[excDictKey].(*Dict)
	return d
}

// excUserDictCreate returns an exception's __dict__, creating it.
func excUserDictCreate(e *py.Exception) *Dict {
	if d := excUserDict(e); d != nil {
		return d
	}
	d := NewDict(0)
	setExcAttr(e, excDictKey, d)
	return d
}

// setExcAttr sets an attribute of an exception instance.
func setExcAttr(e *py.Exception, name string, v Object) {
	if e.Dict == nil {
		e.Dict = py.StringDict{}
	}
	e.Dict[name] = v
}

// excAttr returns an attribute of an exception instance, or nil.
func excAttr(e *py.Exception, name string) Object {
	return e.Dict[name]
}

// isInstanceOfClass reports whether o is an instance of c or a subclass.
func isInstanceOfClass(o Object, c *Class) bool {
	return classOfObject(o).IsSubclass(c)
}

// isExceptionType reports whether err is a Python exception of type typ
// or a subclass.
func isExceptionType(err error, typ *py.Type) bool {
	var e *py.Exception
	if !errors.As(err, &e) {
		return false
	}
	return IsSubtype(TypeOf(e), typ)
}

func isAttributeError(err error) bool { return isExceptionType(err, py.AttributeError) }

// IsStopIteration reports whether err is StopIteration.
func IsStopIteration(err error) bool { return isExceptionType(err, py.StopIteration) }

// nameError is the NameError for an unknown name; CPython adds "Did you
// mean" when it prints the traceback, from the name attribute.
func nameError(name string, global bool) *py.Exception {
	e := NewError(py.NameError, fmt.Sprintf("name '%s' is not defined", name))
	setExcAttr(e, "name", py.String(name))
	return e
}

func unboundLocal(name string) *py.Exception {
	e := NewError(py.UnboundLocalError, fmt.Sprintf("cannot access local variable '%s' where it is not associated with a value", name))
	setExcAttr(e, "name", py.String(name))
	return e
}

// unboundDeref is the error for an empty cell: UnboundLocalError for the
// function's own cell variable, NameError for a free variable.
func unboundDeref(code *bytecode.Code, i int) *py.Exception {
	if i < len(code.CellVars) {
		return unboundLocal(code.CellVars[i])
	}
	name := code.FreeVars[i-len(code.CellVars)]
	e := NewError(py.NameError, fmt.Sprintf("cannot access free variable '%s' where it is not associated with a value in enclosing scope", name))
	setExcAttr(e, "name", py.String(name))
	return e
}

// recursionError is raised when a call would exceed the recursion limit.
func recursionError() *py.Exception {
	return NewError(RecursionError, "maximum recursion depth exceeded")
}

// asException converts any error reaching the VM into a Python exception:
// Go errors that are not exceptions become SystemError, as they mean a
// bug below Python code.
func (t *Thread) asException(err error) *py.Exception {
	var e *py.Exception
	if errors.As(err, &e) {
		return e
	}
	var info py.ExceptionInfo
	if errors.As(err, &info) {
		if e, ok := info.Value.(*py.Exception); ok {
			return e
		}
	}
	return NewError(py.SystemError, err.Error())
}

// chainContext sets a newly raised exception's __context__ to the
// exception being handled, as raising inside an except block does,
// breaking any cycle this would create.
func (t *Thread) chainContext(exc *py.Exception) {
	h := t.handledException()
	if h == nil || h == Object(exc) {
		return
	}
	// Avoid a cycle: walk h's context chain and cut it where it reaches exc.
	o := h.(*py.Exception)
	for o != nil {
		next, _ := o.Context.(*py.Exception)
		if next == exc {
			o.Context = nil
			break
		}
		o = next
	}
	exc.Context = h
}

// recoverPanic turns a Go panic inside the VM into a SystemError raised
// at the frame's current instruction, so a bug below Python code never
// takes the host down.
func (t *Thread) recoverPanic(f *Frame, r any) error {
	if e, ok := r.(*py.Exception); ok {
		return e
	}
	msg := fmt.Sprintf("internal error: %v", r)
	if t.interp != nil && t.interp.debugPanics {
		msg += "\n" + string(debug.Stack())
	}
	return NewError(py.SystemError, msg)
}
