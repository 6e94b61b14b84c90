// Package stdlibhooks provides _gilpy_stdlib, the hooks into the VM that
// gilpy's standard library modules written in Python use where CPython's
// use C: the sequence and mapping marks that collections.abc gives
// classes for pattern matching, and the per-thread repr recursion guard
// of reprlib.recursive_repr, and the dotted names of classes standing in
// for C types.
package stdlibhooks

import (
	"os"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

type (
	Object = vm.Object
	Tuple  = vm.Tuple
)

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "_gilpy_stdlib", Builtin: true, Init: initModule})
}

func initModule(t *vm.Thread, m *vm.Module) error {
	m.Set("__doc__", py.String("gilpy's hooks for its standard library modules written in Python."))
	add := func(name string, fn vm.BuiltinFn, doc string) {
		m.Set(name, vm.NewModuleFunction("_gilpy_stdlib", name, fn, doc))
	}
	add("set_collection_flags", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("set_collection_flags", "set_collection_flags", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		flags, err := vm.IndexInt(t, args[1])
		if err != nil {
			return nil, err
		}
		if typ, ok := args[0].(*py.Type); ok {
			vm.SetCollectionFlags(typ, flags)
		}
		return vm.None, nil
	}, "set_collection_flags(cls, flags)\n\nMark cls and its subclasses as sequences (flags 32) or mappings (64) for match statements.")
	add("get_collection_flags", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("get_collection_flags", "get_collection_flags", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		if typ, ok := args[0].(*py.Type); ok {
			return vm.NewInt(int64(vm.CollectionFlags(typ))), nil
		}
		return vm.NewInt(0), nil
	}, "get_collection_flags(cls)\n\nThe match-statement marks of cls.")
	add("set_c_type_name", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("set_c_type_name", "set_c_type_name", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		name, ok := args[1].(py.String)
		if !ok {
			return nil, vm.NewError(py.TypeError, "set_c_type_name() expects a str name, got "+vm.TypeName(args[1]))
		}
		return vm.None, vm.SetCTypeName(args[0], string(name))
	}, "set_c_type_name(cls, name)\n\nName cls as CPython names the C type it stands in for (\"collections.OrderedDict\")\nin messages, keeping its __name__.")
	add("repr_enter", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("repr_enter", "repr_enter", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		return vm.NewBool(t.ReprEnter(args[0])), nil
	}, "repr_enter(obj)\n\nRecord that this thread is computing repr(obj); True if it already was.")
	add("repr_leave", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("repr_leave", "repr_leave", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		t.ReprLeave(args[0])
		return vm.None, nil
	}, "repr_leave(obj)\n\nEnd what a repr_enter(obj) that returned False began.")
	add("mark_iterable_coroutine", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("mark_iterable_coroutine", "mark_iterable_coroutine", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		return vm.NewBool(vm.MarkIterableCoroutine(args[0])), nil
	}, "mark_iterable_coroutine(func)\n\nLet the generators of a generator function be awaited; False if func is not one.")
	add("source_lines", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("source_lines", "source_lines", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		name, ok := args[0].(py.String)
		if !ok {
			return &py.List{}, nil
		}
		lines := t.SourceLines(string(name))
		items := make([]Object, len(lines))
		for i, l := range lines {
			items[i] = py.String(l)
		}
		return &py.List{Items: items}, nil
	}, "source_lines(filename)\n\nThe lines of a source file (gilpy's library or a file on disk), each ending in a newline; [] when unreadable.")
	add("format_exception", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("format_exception", "format_exception", args, kwnames, 1, 2); err != nil {
			return nil, err
		}
		exc, ok := args[0].(*py.Exception)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "format_exception() argument must be an exception, not %s", vm.TypeOf(args[0]).Name)
		}
		tb := exc.Traceback
		if len(args) == 2 {
			tb = args[1]
		}
		return py.String(t.FormatExceptionLikeModule(exc, tb)), nil
	}, "format_exception(exc, tb=exc.__traceback__)\n\nexc with its traceback and chained exceptions as the traceback module formats them.")
	add("getpid", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("getpid", "getpid", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		return vm.NewInt(int64(os.Getpid())), nil
	}, "getpid()\n\nThe id of the process (os.getpid), for modules that need it before there is an os module.")
	return nil
}
