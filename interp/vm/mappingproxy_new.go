package vm

import (
	"fmt"

	"github.com/go-python/gpython/py"
)

// types.MappingProxyType(mapping): a read-only view of a mapping. Like
// CPython's, it takes anything subscriptable except lists and tuples.
func init() {
	MappingProxyType.def("__new__", &BuiltinFunction{Name: "__new__", Self: MappingProxyType.T(), Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		var m Object
		if _, err := ParseClinic(&Params{Func: "mappingproxy", Names: []string{"mapping"}, KwOnly: -1, Required: 1}, args[1:], kwnames, &m); err != nil {
			return nil, err
		}
		_, isList := asList(m)
		_, isTuple := unwrap(m).(Tuple)
		if isList || isTuple || classOfObject(m).special(spGetItem) == nil && !isSubscriptableBuiltin(m) {
			return nil, NewError(py.TypeError, fmt.Sprintf("mappingproxy() argument must be a mapping, not %s", TypeName(m)))
		}
		return &MappingProxy{m: m}, nil
	}})
}

// isSubscriptableBuiltin reports builtin values subscriptable without a
// __getitem__ in their class's namespace.
func isSubscriptableBuiltin(o Object) bool {
	switch o.(type) {
	case *Dict, py.String, py.Bytes, *py.Range, *bigRange:
		return true
	}
	return false
}
