// Package io provides the io module: the classes of _io (written in Go,
// in the VM, because open() and the standard streams need them) and, in
// Python, the abstract base classes IOBase, RawIOBase, BufferedIOBase
// and TextIOBase that the concrete classes are registered with.
package io

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/vm"
)

//go:embed io.py
var ioSource string

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "io", Source: ioSource})
}
