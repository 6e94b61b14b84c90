package vm

// classmethod and staticmethod objects show the attributes of the
// function they wrap (__name__, __qualname__, __module__,
// __annotations__, __doc__), as CPython's do since 3.10: decorators and
// get_type_hints read them there.
func init() {
	for _, c := range []*Class{ClassMethodType, StaticMethodType} {
		c := c
		wrapped := func(o Object) Object {
			switch v := o.(type) {
			case *ClassMethod:
				return v.Fn
			case *StaticMethod:
				return v.Fn
			}
			return nil
		}
		for _, name := range []string{"__name__", "__qualname__", "__module__", "__annotations__", "__doc__"} {
			name := name
			// The type's own documentation stays readable on the type
			// (see type.__doc__); on instances __doc__ is the function's.
			if _, ok := c.ns.GetStr(name); ok && name != "__doc__" {
				continue
			}
			c.defGetSet(name, func(t *Thread, o Object) (Object, error) {
				fn := wrapped(o)
				if fn == nil {
					return nil, attributeError(o, name)
				}
				return GetAttr(t, fn, name)
			}, nil)
		}
	}
}
