// Package argparse provides the argparse module, written in Python: the
// parser is glue over str, re and textwrap, with nothing on a hot path.
package argparse

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/vm"
)

//go:embed argparse.py
var source string

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "argparse", Source: source})
}
