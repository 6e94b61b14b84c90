// Package typing provides the typing module, written in Python.
package typing

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/vm"
)

//go:embed typing.py
var source string

func init() { vm.RegisterModule(&vm.ModuleDef{Name: "typing", Source: source}) }
