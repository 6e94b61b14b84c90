// Package concurrent provides the concurrent.futures package: Future,
// wait, as_completed, Executor and ThreadPoolExecutor, written in Python
// on top of threading (whose waits release the GIL), and the
// ProcessPoolExecutor entry point.
package concurrent

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/vm"
)

var (
	//go:embed concurrent_init.py
	pkgSource string
	//go:embed futures_init.py
	futuresSource string
	//go:embed futures_base.py
	baseSource string
	//go:embed futures_thread.py
	threadSource string
	//go:embed futures_process.py
	processSource string
)

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "concurrent", Source: pkgSource, Package: true})
	vm.RegisterModule(&vm.ModuleDef{Name: "concurrent.futures", Source: futuresSource, Package: true})
	vm.RegisterModule(&vm.ModuleDef{Name: "concurrent.futures._base", Source: baseSource})
	vm.RegisterModule(&vm.ModuleDef{Name: "concurrent.futures.thread", Source: threadSource})
	vm.RegisterModule(&vm.ModuleDef{Name: "concurrent.futures.process", Source: processSource})
}
