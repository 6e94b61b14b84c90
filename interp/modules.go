package interp

// The Python modules gilpy provides register themselves with the VM when
// their package is linked in; this file links them all. Add a blank
// import here for each new module package.
import (
	_ "github.com/gilpy/gilpy/modules/abc"
	_ "github.com/gilpy/gilpy/modules/bisect"
	_ "github.com/gilpy/gilpy/modules/collections"
	_ "github.com/gilpy/gilpy/modules/concurrent"
	_ "github.com/gilpy/gilpy/modules/contextlib"
	_ "github.com/gilpy/gilpy/modules/contextvars"
	_ "github.com/gilpy/gilpy/modules/copy"
	_ "github.com/gilpy/gilpy/modules/copyreg"
	_ "github.com/gilpy/gilpy/modules/errno"
	_ "github.com/gilpy/gilpy/modules/functools"
	_ "github.com/gilpy/gilpy/modules/future"
	_ "github.com/gilpy/gilpy/modules/heapq"
	_ "github.com/gilpy/gilpy/modules/io"
	_ "github.com/gilpy/gilpy/modules/itertools"
	_ "github.com/gilpy/gilpy/modules/keyword"
	_ "github.com/gilpy/gilpy/modules/linecache"
	_ "github.com/gilpy/gilpy/modules/math"
	_ "github.com/gilpy/gilpy/modules/operator"
	_ "github.com/gilpy/gilpy/modules/pickle"
	_ "github.com/gilpy/gilpy/modules/posix"
	_ "github.com/gilpy/gilpy/modules/queue"
	_ "github.com/gilpy/gilpy/modules/random"
	_ "github.com/gilpy/gilpy/modules/re"
	_ "github.com/gilpy/gilpy/modules/reprlib"
	_ "github.com/gilpy/gilpy/modules/stdlibhooks"
	_ "github.com/gilpy/gilpy/modules/thread"
	_ "github.com/gilpy/gilpy/modules/threading"
	_ "github.com/gilpy/gilpy/modules/time"
	_ "github.com/gilpy/gilpy/modules/traceback"
	_ "github.com/gilpy/gilpy/modules/types"
	_ "github.com/gilpy/gilpy/modules/typing"
	_ "github.com/gilpy/gilpy/modules/warnings"
)
