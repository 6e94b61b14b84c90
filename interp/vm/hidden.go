package vm

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// Hidden code (bytecode.Code.Hidden) belongs to Python functions of
// gilpy's library that stand in for functions CPython writes in C, such
// as asyncio's Future and Task methods. A C function has no frame, so it
// leaves no traceback entry and is not on the stack frames' f_back chain;
// the frames of hidden code are skipped in both places, so that
// tracebacks, traceback.print_stack() and Task.get_stack() show what
// CPython's show.

// HideFromTracebacks makes the frames of a Python function (and of the
// generators or coroutines it makes) invisible to tracebacks and stack
// walks. False if fn is not a Python function.
func HideFromTracebacks(fn Object) bool {
	f, ok := fn.(*Function)
	if !ok {
		return false
	}
	c := *f.code
	c.Hidden = true
	f.code = &c
	return true
}

// visible returns f, or the first frame below it that is not hidden.
func (f *Frame) visible() *Frame {
	for f != nil && f.code.Hidden {
		f = f.back
	}
	return f
}

// visibleBack is f.f_back: the frame below f that Python code sees.
func (f *Frame) visibleBack() *Frame { return f.back.visible() }

// SetCTypeName names a class of gilpy's library that stands in for a C
// type of CPython's as that type is named: "_asyncio.Future" in error
// messages ("'_asyncio.Future' object has no attribute 'x'") and in
// object.__repr__, while __name__ stays "Future". The class must be one
// made by Python code and name must end in "." and its __name__.
func SetCTypeName(cls Object, name string) error {
	typ, ok := cls.(*py.Type)
	if !ok {
		return NewError(py.TypeError, "set_c_type_name() expects a class, got "+TypeName(cls))
	}
	c := ClassOf(typ)
	if c.flags&clsHeap == 0 || !strings.HasSuffix(name, "."+typ.Name) {
		return NewError(py.ValueError, "set_c_type_name() needs a class made by Python code and a dotted name ending in its __name__")
	}
	typ.Name = name
	c.flags |= clsDottedName
	return nil
}
