// Package copyreg provides the copyreg module, written in Python.
package copyreg

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/vm"
)

//go:embed copyreg.py
var source string

func init() { vm.RegisterModule(&vm.ModuleDef{Name: "copyreg", Source: source}) }
