// Package dataclasses provides the dataclasses module, written in Python:
// the dataclass decorator writes methods as source text and compiles
// them, so they have real signatures and CPython's argument errors.
package dataclasses

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/vm"
)

//go:embed dataclasses.py
var source string

func init() { vm.RegisterModule(&vm.ModuleDef{Name: "dataclasses", Source: source}) }
