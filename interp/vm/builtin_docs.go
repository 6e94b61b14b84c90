package vm

import (
	"sync"

	"github.com/go-python/gpython/py"
)

var builtinClassesOnce sync.Once

// readyBuiltinClasses finishes every builtin type once, before the first
// interpreter runs any code, when every builtin type exists:
//
//   - A type with no __doc__ entry of its own gets one holding its
//     documentation, or None. CPython puts __doc__ in every static type's
//     dictionary; without it, reading __doc__ on a builtin object (a bound
//     method, a generator...) would find object's documentation further
//     along the MRO.
//   - Its special-method cache is filled (freezeSpecials). Builtin types
//     are shared by all the interpreters of the process, which run in
//     parallel (processes), so nothing may write to them later.
func readyBuiltinClasses() {
	builtinClassesOnce.Do(func() {
		seen := map[*Class]bool{}
		var visit func(c *Class)
		visit = func(c *Class) {
			if seen[c] {
				return
			}
			seen[c] = true
			if c.flags&clsImmutable != 0 {
				if _, ok := c.ns.GetStr("__doc__"); !ok {
					if doc := c.T().Doc; doc != "" {
						c.def("__doc__", py.String(doc))
					} else {
						c.def("__doc__", None)
					}
				}
				c.freezeSpecials()
			}
			for _, sub := range c.subclasses {
				visit(sub)
			}
		}
		visit(objectClass)
	})
}
