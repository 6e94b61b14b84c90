// Package types provides the types module, written in Python.
package types

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/vm"
)

//go:embed types.py
var source string

func init() { vm.RegisterModule(&vm.ModuleDef{Name: "types", Source: source}) }
