// Package importlib provides the importlib module's import_module and
// invalidate_caches, written in Python over the VM's import statement.
package importlib

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/vm"
)

//go:embed importlib.py
var source string

func init() { vm.RegisterModule(&vm.ModuleDef{Name: "importlib", Source: source}) }
