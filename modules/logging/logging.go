// Package logging provides the logging package, written in Python: the
// logger tree, handlers, formatters, filters and basicConfig. It uses
// _gilpy_stdlib for the process id and for formatting exceptions as the
// traceback module does.
package logging

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/vm"
)

//go:embed logging.py
var source string

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "logging", Source: source, Package: true})
}
