// Package future provides the __future__ module: the record of language
// features that were phased in, which `from __future__ import x` also
// names at compile time.
package future

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/vm"
)

//go:embed __future__.py
var source string

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "__future__", Source: source})
}
