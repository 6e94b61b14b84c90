// Package linecache provides the linecache module, written in Python,
// and its helper _linecache, which tells the module when a file it read
// has changed.
package linecache

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

//go:embed linecache.py
var source string

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "linecache", Source: source})
	vm.RegisterModule(&vm.ModuleDef{Name: "_linecache", Builtin: true, Init: initHelper})
}

func initHelper(t *vm.Thread, m *vm.Module) error {
	m.Set("stat", vm.NewModuleFunction("_linecache", "stat", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if err := vm.CheckPositional("stat", "stat", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		name, ok := vm.Unwrap(args[0]).(py.String)
		if !ok {
			return vm.None, nil
		}
		size, mtime, ok := t.SourceStat(string(name))
		if !ok {
			return vm.None, nil
		}
		return vm.Tuple{vm.NewInt(size), py.Float(mtime)}, nil
	}, "stat(filename)\n\nThe (size, mtime) of a source file, or None when it cannot be read."))
	return nil
}
