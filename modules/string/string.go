// Package string provides the string module, _string (the format-string
// parsers string.Formatter uses) and textwrap, written in Python.
package string

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/vm"
)

var (
	//go:embed string.py
	stringSource string
	//go:embed underscore_string.py
	underscoreStringSource string
	//go:embed textwrap.py
	textwrapSource string
)

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "string", Source: stringSource})
	vm.RegisterModule(&vm.ModuleDef{Name: "_string", Source: underscoreStringSource})
	vm.RegisterModule(&vm.ModuleDef{Name: "textwrap", Source: textwrapSource})
}
