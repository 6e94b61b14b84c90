// Package contextlib provides the contextlib module, written in Python.
package contextlib

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/vm"
)

//go:embed contextlib.py
var source string

func init() { vm.RegisterModule(&vm.ModuleDef{Name: "contextlib", Source: source}) }
