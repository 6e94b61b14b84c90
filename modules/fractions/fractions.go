// Package fractions provides the numbers module (the numeric tower's
// abstract base classes) and the fractions module (Fraction), both
// written in Python: neither is on a hot path of the interpreter, and
// Fraction's arithmetic is big-int arithmetic the VM already does.
package fractions

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/vm"
)

//go:embed numbers.py
var numbersSource string

//go:embed fractions.py
var fractionsSource string

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "numbers", Source: numbersSource})
	vm.RegisterModule(&vm.ModuleDef{Name: "fractions", Source: fractionsSource})
}
