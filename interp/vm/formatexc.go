package vm

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// FormatExceptionLikeModule renders exc as CPython 3.11's traceback module
// formats it (traceback.format_exception(type(exc), exc, tb)): with tb as
// its traceback (nil for none), the chained exceptions after their own
// tracebacks, and no "Did you mean" hints, which 3.11's traceback module
// does not compute (only its C printer does). Library modules written in
// Python (logging's formatException) use it where CPython's use traceback.
func (t *Thread) FormatExceptionLikeModule(exc *py.Exception, tb Object) string {
	tbo, _ := tb.(*Traceback)
	lines, err := FormatTBTree(t.exceptionTree(exc, tbo, false), true, TBMaxGroupWidth, TBMaxGroupDepth)
	if err != nil {
		return ""
	}
	return strings.Join(lines, "")
}
