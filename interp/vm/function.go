package vm

import (
	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/go-python/gpython/py"
)

// FunctionType is the type of functions defined in Python.
var FunctionType = newBuiltinType("function", "A Python function: code with its globals, defaults and closure.", nil)

// CellType is the type of closure cells.
var CellType = newBuiltinType("cell", "A cell: one variable shared by a function and the functions nested in it.", nil)

// Cell holds a variable shared between a function and the functions
// nested in it. A nil value means the variable is unbound.
type Cell struct {
	V Object
}

// Type implements py.Object.
func (c *Cell) Type() *Type { return &CellType.Type }

// Function is a function defined in Python.
type Function struct {
	code     *bytecode.Code
	globals  *Dict
	builtins *Dict
	name     string
	qualname string
	module   Object
	doc      Object
	defaults Tuple
	kwdefs   *Dict
	closure  []*Cell
	annots   *Dict
	dict     *Dict
	// fast is set when a call with exactly ArgCount positional arguments
	// and no keywords can fill the frame directly: no *args, **kwargs,
	// keyword-only parameters or generator flags.
	fast bool
	// plain is set for functions whose calls run a frame to its end (not
	// generators or coroutines): the eval loop runs such calls in its own
	// loop instead of recursing (see inline.go).
	plain bool
}

// Type implements py.Object.
func (f *Function) Type() *Type { return &FunctionType.Type }

// Code returns the function's code object.
func (f *Function) Code() *bytecode.Code { return f.code }

// Globals returns the function's module namespace.
func (f *Function) Globals() *Dict { return f.globals }

// Name returns the function's __name__.
func (f *Function) Name() string { return f.name }

// QualName returns the function's __qualname__.
func (f *Function) QualName() string { return f.qualname }

// NewFunction makes a function from a code object, as MAKE_FUNCTION does.
func NewFunction(interp *Interp, code *bytecode.Code, globals *Dict, qualname string) *Function {
	f := &Function{
		code:     code,
		globals:  globals,
		builtins: interp.builtinsFor(globals),
		name:     code.Name,
		qualname: qualname,
		doc:      None,
	}
	if code.Docstring != nil {
		f.doc = code.Docstring
	}
	if m, ok := globals.GetStr("__name__"); ok {
		f.module = m
	} else {
		f.module = None
	}
	f.updateFast()
	return f
}

func (f *Function) updateFast() {
	c := f.code
	f.fast = c.Flags&(bytecode.CoVarArgs|bytecode.CoVarKeywords) == 0 &&
		c.KwOnly == 0 && !c.IsGeneratorLike()
	f.plain = !c.IsGeneratorLike()
}

// BoundMethodType is the type of methods bound to an instance.
var BoundMethodType = newBuiltinType("method", "A function bound to an object, which it passes as the first argument.", nil)

// BoundMethod is a function bound to the object it was looked up on.
type BoundMethod struct {
	Fn   Object
	Self Object
}

// Type implements py.Object.
func (m *BoundMethod) Type() *Type { return &BoundMethodType.Type }

// StaticMethodType, ClassMethodType and PropertyType are the builtin
// descriptor types.
var (
	StaticMethodType = newBuiltinType("staticmethod", "Wrap a function so that looking it up on a class or instance gives the plain function.", nil)
	ClassMethodType  = newBuiltinType("classmethod", "Wrap a function so that it receives the class as its first argument.", nil)
	PropertyType     = newBuiltinType("property", "Property attribute.", nil)
)

// StaticMethod wraps a function so that looking it up on a class or an
// instance returns the function itself.
type StaticMethod struct {
	Fn   Object
	dict *Dict
	inst *Instance // set for instances of staticmethod subclasses
}

// Type implements py.Object.
func (s *StaticMethod) Type() *Type {
	if s.inst != nil {
		return s.inst.Type()
	}
	return &StaticMethodType.Type
}

// ClassMethod wraps a function so that looking it up binds it to the
// class.
type ClassMethod struct {
	Fn   Object
	dict *Dict
	inst *Instance // set for instances of classmethod subclasses
}

// Type implements py.Object.
func (c *ClassMethod) Type() *Type {
	if c.inst != nil {
		return c.inst.Type()
	}
	return &ClassMethodType.Type
}

// Property is the property descriptor.
type Property struct {
	Get, Set, Del Object // nil when not given
	Doc           Object
	// getterDoc says Doc came from the getter's docstring, so that
	// getter(), setter() and deleter() take it from the new getter.
	getterDoc bool
	name      Object
	inst      *Instance // set for instances of property subclasses
}

// Type implements py.Object.
func (p *Property) Type() *Type {
	if p.inst != nil {
		return p.inst.Type()
	}
	return &PropertyType.Type
}

var _ = py.None
