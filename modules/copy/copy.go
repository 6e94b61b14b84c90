// Package copy provides the copy module, written in Python.
package copy

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/vm"
)

//go:embed copy.py
var source string

func init() { vm.RegisterModule(&vm.ModuleDef{Name: "copy", Source: source}) }
