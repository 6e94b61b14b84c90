// Package pprint provides the pprint module, written in Python: it is
// glue over repr and the containers' own methods, with nothing hot.
package pprint

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/vm"
)

//go:embed pprint.py
var source string

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "pprint", Source: source})
}
