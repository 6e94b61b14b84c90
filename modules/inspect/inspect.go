// Package inspect provides the inspect module, written in Python over the
// attributes the VM gives functions, code objects, frames and
// generators.
package inspect

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/vm"
)

//go:embed inspect.py
var source string

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "inspect", Source: source})
}
