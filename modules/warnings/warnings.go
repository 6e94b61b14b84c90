// Package warnings provides the warnings module, written in Python.
package warnings

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/vm"
)

//go:embed warnings.py
var source string

func init() { vm.RegisterModule(&vm.ModuleDef{Name: "warnings", Source: source}) }
