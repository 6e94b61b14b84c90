package vm

import (
	"sync"

	"github.com/go-python/gpython/py"
)

var builtinDocsOnce sync.Once

// readyBuiltinDocs gives every builtin type that has no __doc__ entry of
// its own one holding its documentation, or None. CPython puts __doc__ in
// every static type's dictionary; without it, reading __doc__ on a
// builtin object (a bound method, a generator...) would find object's
// documentation further along the MRO. It runs once, before the first
// interpreter runs any code, when every builtin type exists.
func readyBuiltinDocs() {
	builtinDocsOnce.Do(func() {
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
			}
			for _, sub := range c.subclasses {
				visit(sub)
			}
		}
		visit(objectClass)
	})
}
