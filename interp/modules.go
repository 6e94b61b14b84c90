package interp

// The Python modules gilpy provides register themselves with the VM when
// their package is linked in; this file links them all. Add a blank
// import here for each new module package.
import (
	_ "github.com/gilpy/gilpy/modules/future"
	_ "github.com/gilpy/gilpy/modules/itertools"
	_ "github.com/gilpy/gilpy/modules/math"
	_ "github.com/gilpy/gilpy/modules/operator"
	_ "github.com/gilpy/gilpy/modules/queue"
	_ "github.com/gilpy/gilpy/modules/thread"
	_ "github.com/gilpy/gilpy/modules/threading"
	_ "github.com/gilpy/gilpy/modules/time"
)
