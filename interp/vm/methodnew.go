package vm

import "github.com/go-python/gpython/py"

// types.MethodType(function, instance) makes a bound method, as CPython's
// method type does when called.
func init() {
	BoundMethodType.def("__new__", &BuiltinFunction{Name: "__new__", Self: BoundMethodType.T(), Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if len(kwnames) > 0 {
			return nil, NewError(py.TypeError, "method() takes no keyword arguments")
		}
		if err := checkArgs("method", args[1:], nil, 2, 2); err != nil {
			return nil, err
		}
		if !IsCallable(args[1]) {
			return nil, NewError(py.TypeError, "first argument must be callable")
		}
		if args[2] == None {
			return nil, NewError(py.TypeError, "instance must not be None")
		}
		return &BoundMethod{Fn: args[1], Self: args[2]}, nil
	}})
}
