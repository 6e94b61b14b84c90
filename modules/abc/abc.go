// Package abc provides the abc module, written in Python.
package abc

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/vm"
)

//go:embed abc.py
var abcSource string

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "abc", Source: abcSource})
}
