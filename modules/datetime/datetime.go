// Package datetime provides the datetime module, written in Python
// (datetime.py, embedded), and _gilpy_datetime, the few hooks it needs
// from Go: the parsing half of strptime shared with the time module,
// the local zone's offset and wall time at an instant, naming its
// classes as CPython names the C types they stand in for
// ("datetime.date"), and hiding its frames from tracebacks as CPython's
// C functions leave none.
package datetime

import (
	_ "embed"
	"fmt"
	"math"
	gotime "time"

	"github.com/gilpy/gilpy/interp/vm"
	gtime "github.com/gilpy/gilpy/modules/time"
	"github.com/go-python/gpython/py"
)

//go:embed datetime.py
var source string

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "datetime", Source: source})
	vm.RegisterModule(&vm.ModuleDef{Name: "_gilpy_datetime", Builtin: true, Init: initHooks})
}

func initHooks(t *vm.Thread, m *vm.Module) error {
	m.Set("__doc__", py.String("gilpy's hooks for the datetime module."))
	def := func(name string, fn vm.BuiltinFn, doc string) {
		m.Set(name, vm.NewModuleFunction("_gilpy_datetime", name, fn, doc))
	}
	def("strptime_parts", strptimeParts,
		"strptime_parts(text, format) -> (year, month, day, hour, minute, second,\n"+
			"microsecond, gmtoff, gmtoff_microseconds, zone)\n\n"+
			"Parse text as time.strptime does, keeping %f and the fraction of %z.")
	def("local_offset", localOffset,
		"local_offset(seconds) -> (gmtoff, zone)\n\n"+
			"The local zone's offset from UTC in seconds at a Unix time, and its name then.")
	def("local_fields", localFields,
		"local_fields(seconds) -> (year, month, day, hour, minute, second, fold)\n\n"+
			"The local wall time at a Unix time, fold 1 when the zone shows that wall\n"+
			"time twice and this is the second.")
	def("hide_from_tracebacks", hide,
		"hide_from_tracebacks(func) -> func\n\n"+
			"Leave func's frames out of tracebacks, as CPython's C datetime has none.")
	def("set_c_type_name", setCTypeName,
		"set_c_type_name(cls, name)\n\n"+
			"Name cls in messages as CPython names the C type it stands in for,\n"+
			"keeping its __name__.")
	return nil
}

func strptimeParts(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if err := vm.CheckPositional("strptime_parts", "strptime_parts", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	var s [2]string
	for i := range s {
		v, ok := vm.Unwrap(args[i]).(py.String)
		if !ok {
			return nil, vm.NewError(py.TypeError, fmt.Sprintf("strptime() argument %d must be str, not %s", i+1, vm.TypeName(args[i])))
		}
		s[i] = string(v)
	}
	return gtime.StrptimeParts(t, s[0], s[1])
}

func localOffset(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if err := vm.CheckPositional("local_offset", "local_offset", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	var secs int64
	switch v := vm.Unwrap(args[0]).(type) {
	case py.Int:
		secs = int64(v)
	case py.Float:
		if math.IsNaN(float64(v)) || math.Abs(float64(v)) > 1<<62 {
			return nil, vm.NewError(py.OverflowError, "timestamp out of range for platform time_t")
		}
		secs = int64(math.Floor(float64(v)))
	default:
		return nil, vm.NewError(py.OverflowError, "timestamp out of range for platform time_t")
	}
	off, zone, err := gtime.LocalOffset(t, secs)
	if err != nil {
		return nil, err
	}
	return vm.Tuple{vm.NewInt(int64(off)), py.String(zone)}, nil
}

// localFields breaks a Unix time down in the local zone. The wall time
// is the second of two equal ones (fold 1) when the clock went back
// within the day before and the instant that much earlier showed it too.
func localFields(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if err := vm.CheckPositional("local_fields", "local_fields", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	secs, ok := vm.Unwrap(args[0]).(py.Int)
	if !ok {
		return nil, vm.NewError(py.TypeError, "local_fields() expects an int, got "+vm.TypeName(args[0]))
	}
	u := int64(secs)
	wall := gotime.Unix(u, 0).In(gotime.Local)
	_, now := wall.Zone()
	fold := 0
	if _, before := gotime.Unix(u-86400, 0).In(gotime.Local).Zone(); before > now {
		if _, then := gotime.Unix(u-int64(before-now), 0).In(gotime.Local).Zone(); then == before {
			fold = 1
		}
	}
	n := func(i int) vm.Object { return vm.NewInt(int64(i)) }
	return vm.Tuple{n(wall.Year()), n(int(wall.Month())), n(wall.Day()), n(wall.Hour()),
		n(wall.Minute()), n(wall.Second()), n(fold)}, nil
}

func setCTypeName(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if err := vm.CheckPositional("set_c_type_name", "set_c_type_name", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	name, ok := args[1].(py.String)
	if !ok {
		return nil, vm.NewError(py.TypeError, "set_c_type_name() expects a str name, got "+vm.TypeName(args[1]))
	}
	return vm.None, vm.SetCTypeName(args[0], string(name))
}

func hide(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if err := vm.CheckPositional("hide_from_tracebacks", "hide_from_tracebacks", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	if !vm.HideFromTracebacks(args[0]) {
		return nil, vm.NewError(py.TypeError, "hide_from_tracebacks() expects a Python function, got "+vm.TypeName(args[0]))
	}
	return args[0], nil
}
