// Package keyword provides the keyword module, written in Python.
package keyword

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/vm"
)

//go:embed keyword.py
var source string

func init() { vm.RegisterModule(&vm.ModuleDef{Name: "keyword", Source: source}) }
