// Package statistics provides the statistics module, written in Python
// on top of fractions: its means and variances are exact sums of
// integer ratios, rounded once, which gives CPython's digits.
package statistics

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/vm"
)

//go:embed statistics.py
var source string

func init() { vm.RegisterModule(&vm.ModuleDef{Name: "statistics", Source: source}) }
