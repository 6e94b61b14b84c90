// Package logging provides the logging package, written in Python: the
// logger tree, handlers, formatters, filters and basicConfig, with
// logging.handlers and logging.config (dictConfig, fileConfig). It uses
// _gilpy_stdlib for the process id and for formatting exceptions as the
// traceback module does (in Go, so that logging an exception does not
// import traceback); stacks are formatted by the traceback module.
package logging

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/vm"
)

var (
	//go:embed logging.py
	source string
	//go:embed handlers.py
	handlersSource string
	//go:embed config.py
	configSource string
)

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "logging", Source: source, Package: true})
	vm.RegisterModule(&vm.ModuleDef{Name: "logging.handlers", Source: handlersSource})
	vm.RegisterModule(&vm.ModuleDef{Name: "logging.config", Source: configSource})
}
