package vm

import (
	"github.com/go-python/gpython/py"
)

// Instance is an instance of a class made by Python code (other than
// exception classes, whose instances are *py.Exception, and metaclasses,
// whose instances are Classes).
type Instance struct {
	cls   *Class
	dict  *Dict    // instance attributes; nil until the first is set
	slots []Object // __slots__ values, in cls.slotNames order
	// base holds the builtin value of an instance of a subclass of a
	// builtin type: a *py.List for a list subclass, a py.Int for an int
	// subclass, a *Dict for a dict subclass, and so on.
	base Object
}

// Type implements py.Object.
func (i *Instance) Type() *py.Type {
	if i.cls.native != nil {
		// object(): an instance of a builtin type's shadow class is of
		// the builtin type itself.
		return i.cls.native
	}
	return &i.cls.Type
}

// Class returns the instance's class.
func (i *Instance) Class() *Class { return i.cls }

// Dict returns the instance's __dict__, creating it if the class gives
// its instances one, or nil.
func (i *Instance) Dict() *Dict {
	if i.dict == nil && i.cls.flags&clsHasDict != 0 {
		i.dict = NewDict(i.cls.dictHint)
	}
	return i.dict
}

// Base returns the builtin value inside an instance of a builtin
// subclass, or nil.
func (i *Instance) Base() Object { return i.base }

// unwrap returns the builtin value behind o when o is an instance of a
// subclass of a builtin type, else o itself.
func unwrap(o Object) Object {
	if i, ok := o.(*Instance); ok && i.base != nil {
		return i.base
	}
	return o
}

// asDict returns o's dict: o itself, or the dict inside an instance of a
// dict subclass.
func asDict(o Object) (*Dict, bool) {
	switch v := o.(type) {
	case *Dict:
		return v, true
	case *Instance:
		d, ok := v.base.(*Dict)
		return d, ok
	}
	return nil, false
}

// asList returns o's list: o itself, or the list inside an instance of a
// list subclass.
func asList(o Object) (*py.List, bool) {
	switch v := o.(type) {
	case *py.List:
		return v, true
	case *Instance:
		l, ok := v.base.(*py.List)
		return l, ok
	}
	return nil, false
}
