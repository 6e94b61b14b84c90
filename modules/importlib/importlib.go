// Package importlib provides the importlib module's import_module,
// invalidate_caches and reload, written in Python over the VM's import
// statement, with _gilpy_importlib, the VM hook reload needs.
package importlib

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

//go:embed importlib.py
var source string

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "importlib", Source: source})
	vm.RegisterModule(&vm.ModuleDef{Name: "_gilpy_importlib", Builtin: true, Init: initHooks})
}

func initHooks(t *vm.Thread, m *vm.Module) error {
	m.Set("__doc__", py.String("gilpy's import hooks for importlib."))
	m.Set("rerun", vm.NewModuleFunction("_gilpy_importlib", "rerun", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if err := vm.CheckPositional("rerun", "rerun", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		mod, ok := args[0].(*vm.Module)
		if !ok {
			return nil, vm.NewError(py.TypeError, "reload() argument must be a module")
		}
		name, ok := args[1].(py.String)
		if !ok {
			return nil, vm.NewError(py.TypeError, "rerun() expects a str name, got "+vm.TypeName(args[1]))
		}
		return t.ReloadModule(mod, string(name))
	}, "rerun(module, name)\n\nFind the module called name again and run its code in module, which\nmust be sys.modules[name]; return sys.modules[name] afterwards."))
	return nil
}
