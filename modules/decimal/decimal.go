// Package decimal provides the decimal module, written in Python over
// Python ints: every operation computes an exact result (or enough of
// it and a sticky digit) and rounds once, which is what the
// specification asks and gives the reference implementation's results.
// _gilpy_decimal is its one hook into the VM.
package decimal

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

//go:embed decimal.py
var source string

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "decimal", Source: source})
	vm.RegisterModule(&vm.ModuleDef{Name: "_gilpy_decimal", Init: initHooks})
}

func initHooks(t *vm.Thread, m *vm.Module) error {
	m.Set("__doc__", py.String("gilpy's hooks for decimal."))
	m.Set("set_c_type_name", vm.NewModuleFunction("_gilpy_decimal", "set_c_type_name",
		func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
			if err := vm.CheckPositional("set_c_type_name", "set_c_type_name", args, kwnames, 2, 2); err != nil {
				return nil, err
			}
			name, ok := args[1].(py.String)
			if !ok {
				return nil, vm.NewError(py.TypeError, "set_c_type_name() expects a str name, got "+vm.TypeName(args[1]))
			}
			return vm.None, vm.SetCTypeName(args[0], string(name))
		},
		"set_c_type_name(cls, name)\n\nName cls as CPython names the C type it stands in for (\"decimal.Decimal\")\nin messages, keeping its __name__."))
	return nil
}
