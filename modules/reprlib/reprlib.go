// Package reprlib provides the reprlib module, written in Python.
package reprlib

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/vm"
)

//go:embed reprlib.py
var source string

func init() { vm.RegisterModule(&vm.ModuleDef{Name: "reprlib", Source: source}) }
