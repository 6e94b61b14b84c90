// Package asyncio provides the asyncio package, written in Python (the
// files under lib/, one per submodule, embedded), and _gilpy_asyncio, the
// VM hooks it needs where CPython's asyncio uses its C accelerator.
//
// See docs/asyncio.md for how the event loop waits and how it shares the
// GIL with executor threads.
package asyncio

import (
	"embed"
	"io/fs"
	"strings"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

//go:embed lib/*.py
var lib embed.FS

func init() {
	files, err := fs.Glob(lib, "lib/*.py")
	if err != nil {
		panic(err)
	}
	for _, f := range files {
		src, err := lib.ReadFile(f)
		if err != nil {
			panic(err)
		}
		base := strings.TrimSuffix(strings.TrimPrefix(f, "lib/"), ".py")
		def := &vm.ModuleDef{Name: "asyncio." + base, Source: string(src)}
		if base == "__init__" {
			def.Name, def.Package = "asyncio", true
		}
		vm.RegisterModule(def)
	}
	vm.RegisterModule(&vm.ModuleDef{Name: "_gilpy_asyncio", Builtin: true, Init: initHooks})
}

func initHooks(t *vm.Thread, m *vm.Module) error {
	m.Set("__doc__", py.String("gilpy's hooks for asyncio."))
	m.Set("hide_from_tracebacks", vm.NewModuleFunction("_gilpy_asyncio", "hide_from_tracebacks",
		func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
			if err := vm.CheckPositional("hide_from_tracebacks", "hide_from_tracebacks", args, kwnames, 1, 1); err != nil {
				return nil, err
			}
			if !vm.HideFromTracebacks(args[0]) {
				return nil, vm.NewError(py.TypeError, "hide_from_tracebacks() expects a Python function, got "+vm.TypeName(args[0]))
			}
			return args[0], nil
		},
		"hide_from_tracebacks(func) -> func\n\nLeave the frames of func's calls out of tracebacks, as CPython's\nasyncio functions written in C leave none."))
	m.Set("set_c_type_name", vm.NewModuleFunction("_gilpy_asyncio", "set_c_type_name",
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
		"set_c_type_name(cls, name)\n\nName cls as CPython names the C type it stands in for (\"_asyncio.Future\")\nin messages, keeping its __name__."))
	return nil
}
