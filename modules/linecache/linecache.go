// Package linecache provides the linecache module, written in Python.
package linecache

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/vm"
)

//go:embed linecache.py
var source string

func init() { vm.RegisterModule(&vm.ModuleDef{Name: "linecache", Source: source}) }
