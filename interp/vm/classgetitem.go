package vm

import "github.com/go-python/gpython/py"

// The builtin types that are generic in annotations (list[int],
// tuple[int, ...]) get __class_getitem__, which returns a
// types.GenericAlias, as in CPython 3.9+. (dict and set define theirs
// with their other methods.)
func init() {
	for _, c := range []*Class{ClassOf(py.ListType), ClassOf(py.TupleType), FrozenSetType, EnumerateType} {
		c.defMethod("__class_getitem__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := checkMethodArgs("__class_getitem__", args, kwnames, 1, 1); err != nil {
				return nil, err
			}
			return newGenericAlias(args[0], args[1]), nil
		}, "A generic alias of the class, such as C[int], for annotations.", "class")
	}
}
