// Package time is gilpy's time module, written in Go: clocks, sleep (which
// releases the GIL), struct_time and the conversions between seconds,
// broken-down times and text, with CPython 3.11's results and errors on
// Linux in the C locale.
//
// Two clocks differ from CPython's by necessity: thread_time() is the
// time the calling Python thread has held the GIL (goroutines have no CPU
// clock of their own, and holding the GIL is when a Python thread uses the
// CPU), and process_time() is the CPU time of the whole Go process, which
// includes every interpreter it runs (multiprocessing children are
// interpreters in the same process). See docs/deviations.md.
package time

import (
	"fmt"
	gotime "time"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "time", Builtin: true, Init: initModule})
}

const moduleDoc = `Time: clocks, sleeping, and conversions between seconds since the epoch,
broken-down times (struct_time: year, month, day, hour, minute, second,
weekday with Monday 0, day of the year, DST flag) and text.
`

// The monotonic clock: read from the system once, then advanced with Go's
// own monotonic clock, which is much cheaper to read than a system call.
var (
	monoBase  int64
	monoStart = gotime.Now()
)

func init() {
	if ns, e := sysClockGettime(clockMonotonic); e == 0 {
		monoBase = ns
	}
}

func monotonicNs() int64 { return monoBase + int64(gotime.Since(monoStart)) }

// threadTimeNs is the calling thread's CPU time as gilpy defines it: the
// time it has held the GIL.
func threadTimeNs(t *vm.Thread) int64 { return int64(t.GIL().Stats().Held) }

// arity checks a module function's arguments with the message CPython
// gives for that function: kind is "none", "one" (exactly one argument),
// "exactly" (exactly max arguments), "range" (min to max) or "clinic"
// (argument clinic's wording).
func arity(name, kwName, kind string, min, max int, args []vm.Object, kwnames vm.Tuple) error {
	if len(kwnames) > 0 {
		return vm.NewError(py.TypeError, kwName+"() takes no keyword arguments")
	}
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	var msg string
	switch kind {
	case "none":
		msg = fmt.Sprintf("%s() takes no arguments (%d given)", name, n)
	case "one":
		msg = fmt.Sprintf("%s() takes exactly one argument (%d given)", name, n)
	case "exactly":
		msg = fmt.Sprintf("%s() takes exactly %d argument%s (%d given)", name, max, plural(max), n)
	case "clinic":
		msg = fmt.Sprintf("%s expected at most %d argument%s, got %d", name, max, plural(max), n)
	default:
		if n < min {
			msg = fmt.Sprintf("%s() takes at least %d argument%s (%d given)", name, min, plural(min), n)
		} else {
			msg = fmt.Sprintf("%s() takes at most %d argument%s (%d given)", name, max, plural(max), n)
		}
	}
	return vm.NewError(py.TypeError, msg)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// clock defines a clock function and its _ns twin.
func clock(m *vm.Module, name string, read func(t *vm.Thread) int64, doc, docNs string) {
	m.Set(name, vm.NewBuiltin(name, func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if err := arity("time."+name, "time."+name, "none", 0, 0, args, kwnames); err != nil {
			return nil, err
		}
		return nsToFloat(read(t)), nil
	}, doc))
	m.Set(name+"_ns", vm.NewBuiltin(name+"_ns", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if err := arity("time."+name+"_ns", "time."+name+"_ns", "none", 0, 0, args, kwnames); err != nil {
			return nil, err
		}
		return nsToInt(read(t)), nil
	}, docNs))
}

func initModule(t *vm.Thread, m *vm.Module) error {
	m.Set("__doc__", py.String(moduleDoc))
	clock(m, "time", func(*vm.Thread) int64 { return gotime.Now().UnixNano() },
		"time() -> float\n\nSeconds since 1970-01-01 UTC, with a fraction.",
		"time_ns() -> int\n\nNanoseconds since 1970-01-01 UTC.")
	clock(m, "monotonic", func(*vm.Thread) int64 { return monotonicNs() },
		"monotonic() -> float\n\nA clock that never goes back, in seconds.",
		"monotonic_ns() -> int\n\nA clock that never goes back, in nanoseconds.")
	clock(m, "perf_counter", func(*vm.Thread) int64 { return monotonicNs() },
		"perf_counter() -> float\n\nThe clock to time code with, in seconds.",
		"perf_counter_ns() -> int\n\nThe clock to time code with, in nanoseconds.")
	clock(m, "process_time", func(*vm.Thread) int64 { return processCPU() },
		"process_time() -> float\n\nThe CPU time the process has used (user and system), in seconds.",
		"process_time_ns() -> int\n\nThe CPU time the process has used (user and system), in nanoseconds.")
	clock(m, "thread_time", threadTimeNs,
		"thread_time() -> float\n\nThe CPU time the calling thread has used, in seconds: in gilpy, the time\nit has held the GIL.",
		"thread_time_ns() -> int\n\nThe CPU time the calling thread has used, in nanoseconds: in gilpy, the\ntime it has held the GIL.")

	m.Set("sleep", vm.NewBuiltin("sleep", timeSleep, "sleep(seconds)\n\nWait the given number of seconds (a float for fractions) without holding\nthe GIL: other threads run meanwhile."))
	m.Set("get_clock_info", vm.NewBuiltin("get_clock_info", getClockInfo, "get_clock_info(name) -> namespace\n\nDescribe the clock name ('time', 'monotonic', 'perf_counter',\n'process_time' or 'thread_time')."))
	m.Set("gmtime", vm.NewBuiltin("gmtime", timeGmtime, "gmtime([seconds]) -> struct_time\n\nBreak seconds since the epoch (now when omitted or None) down into UTC\ndate and time."))
	m.Set("localtime", vm.NewBuiltin("localtime", timeLocaltime, "localtime([seconds]) -> struct_time\n\nBreak seconds since the epoch (now when omitted or None) down into local\ndate and time."))
	m.Set("mktime", vm.NewBuiltin("mktime", timeMktime, "mktime(tuple) -> float\n\nThe seconds since the epoch of a local time given as a struct_time or a\n9-tuple (out-of-range fields carry over, as 13th month to next January)."))
	m.Set("asctime", vm.NewBuiltin("asctime", timeAsctime, "asctime([tuple]) -> str\n\nFormat a time tuple (the local time now when omitted) as\n'Sat Jun  6 16:26:11 1998'."))
	m.Set("ctime", vm.NewBuiltin("ctime", timeCtime, "ctime([seconds]) -> str\n\nFormat seconds since the epoch as local time, as asctime(localtime(seconds))."))
	m.Set("strftime", vm.NewBuiltin("strftime", timeStrftime, "strftime(format[, tuple]) -> str\n\nFormat a time tuple (the local time now when omitted) with the C library's\n%-directives."))
	m.Set("strptime", vm.NewBuiltin("strptime", timeStrptime, "strptime(string, format) -> struct_time\n\nParse string as format says (the %-directives of strftime); the default\nformat is '%a %b %d %H:%M:%S %Y'."))
	m.Set("clock_gettime", vm.NewBuiltin("clock_gettime", clockGettime(false), "clock_gettime(clk_id) -> float\n\nRead the clock clk_id, in seconds."))
	m.Set("clock_gettime_ns", vm.NewBuiltin("clock_gettime_ns", clockGettime(true), "clock_gettime_ns(clk_id) -> int\n\nRead the clock clk_id, in nanoseconds."))
	m.Set("clock_getres", vm.NewBuiltin("clock_getres", clockGetres, "clock_getres(clk_id) -> float\n\nThe resolution of the clock clk_id, in seconds."))
	for name, id := range clockIDs {
		m.Set(name, vm.NewInt(int64(id)))
	}
	m.Set("struct_time", StructTime.T())
	m.Set("_STRUCT_TM_ITEMS", vm.NewInt(11))
	zi := localZoneInfo()
	m.Set("timezone", vm.NewInt(int64(zi.timezone)))
	m.Set("altzone", vm.NewInt(int64(zi.altzone)))
	daylight := 0
	if zi.daylight {
		daylight = 1
	}
	m.Set("daylight", vm.NewInt(int64(daylight)))
	m.Set("tzname", vm.Tuple{py.String(zi.tzname[0]), py.String(zi.tzname[1])})
	return nil
}

func timeSleep(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if err := arity("time.sleep", "time.sleep", "one", 1, 1, args, kwnames); err != nil {
		return nil, err
	}
	ns, err := Timeout(t, args[0])
	if err != nil {
		return nil, err
	}
	if ns < 0 {
		return nil, vm.NewError(py.ValueError, "sleep length must be non-negative")
	}
	return vm.None, t.Sleep(gotime.Duration(ns))
}

func getClockInfo(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if err := arity("get_clock_info", "get_clock_info", "exactly", 1, 1, args, kwnames); err != nil {
		return nil, err
	}
	name, ok := vm.Unwrap(args[0]).(py.String)
	if !ok {
		return nil, vm.NewError(py.TypeError, fmt.Sprintf("get_clock_info() argument 1 must be str, not %s", vm.TypeName(args[0])))
	}
	var impl string
	monotonic, adjustable := true, false
	switch name {
	case "time":
		impl, monotonic, adjustable = realtimeDescription, false, true
	case "monotonic", "perf_counter":
		impl = monotonicDescription
	case "process_time":
		impl = processDescription
	case "thread_time":
		impl = "time the thread has held the GIL"
	default:
		return nil, vm.NewError(py.ValueError, "unknown clock")
	}
	kw := vm.Tuple{py.String("implementation"), py.String("monotonic"), py.String("adjustable"), py.String("resolution")}
	return vm.Call(t, vm.SimpleNamespaceType.T(), []vm.Object{py.String(impl), vm.NewBool(monotonic), vm.NewBool(adjustable), py.Float(1e-09)}, kw)
}

// secondsArg reads the optional seconds argument of gmtime, localtime
// and ctime: None or absent means now.
func secondsArg(t *vm.Thread, args []vm.Object) (int64, error) {
	if len(args) == 0 || args[0] == vm.None {
		return gotime.Now().Unix(), nil
	}
	return toTimeT(t, args[0])
}

func timeGmtime(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if err := arity("gmtime", "gmtime", "range", 0, 1, args, kwnames); err != nil {
		return nil, err
	}
	secs, err := secondsArg(t, args)
	if err != nil {
		return nil, err
	}
	gt, err := unixTime(t, secs, gotime.UTC)
	if err != nil {
		return nil, err
	}
	b, err := tmFromTime(t, gt, true)
	if err != nil {
		return nil, err
	}
	return structTime(b), nil
}

func localTM(t *vm.Thread, secs int64) (tm, error) {
	gt, err := unixTime(t, secs, gotime.Local)
	if err != nil {
		return tm{}, err
	}
	return tmFromTime(t, gt, false)
}

func timeLocaltime(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if err := arity("localtime", "localtime", "range", 0, 1, args, kwnames); err != nil {
		return nil, err
	}
	secs, err := secondsArg(t, args)
	if err != nil {
		return nil, err
	}
	b, err := localTM(t, secs)
	if err != nil {
		return nil, err
	}
	return structTime(b), nil
}

func timeMktime(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if err := arity("time.mktime", "time.mktime", "one", 1, 1, args, kwnames); err != nil {
		return nil, err
	}
	b, err := tmArg(t, args[0], "mktime")
	if err != nil {
		return nil, err
	}
	return py.Float(mktimeTM(b, localZoneInfo())), nil
}

// tupleOrNow reads an optional time tuple argument, defaulting to the
// current local time.
func tupleOrNow(t *vm.Thread, args []vm.Object, name string) (tm, error) {
	if len(args) == 0 {
		return localTM(t, gotime.Now().Unix())
	}
	return tmArg(t, args[0], name)
}

func timeAsctime(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if err := arity("asctime", "asctime", "clinic", 0, 1, args, kwnames); err != nil {
		return nil, err
	}
	b, err := tupleOrNow(t, args, "asctime")
	if err != nil {
		return nil, err
	}
	if err := checkTM(&b); err != nil {
		return nil, err
	}
	return py.String(asctimeString(b)), nil
}

func timeCtime(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if err := arity("ctime", "ctime", "range", 0, 1, args, kwnames); err != nil {
		return nil, err
	}
	secs, err := secondsArg(t, args)
	if err != nil {
		return nil, err
	}
	b, err := localTM(t, secs)
	if err != nil {
		return nil, err
	}
	return py.String(asctimeString(b)), nil
}

func timeStrftime(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if err := arity("strftime", "strftime", "range", 1, 2, args, kwnames); err != nil {
		return nil, err
	}
	format, ok := vm.Unwrap(args[0]).(py.String)
	if !ok {
		return nil, vm.NewError(py.TypeError, fmt.Sprintf("strftime() argument 1 must be str, not %s", vm.TypeName(args[0])))
	}
	b, err := tupleOrNow(t, args[1:], "strftime")
	if err != nil {
		return nil, err
	}
	if err := checkTM(&b); err != nil {
		return nil, err
	}
	for i := 0; i < len(format); i++ {
		if format[i] == 0 {
			return nil, vm.NewError(py.ValueError, "embedded null character")
		}
	}
	switch {
	case b.isdst < -1:
		b.isdst = -1
	case b.isdst > 1:
		b.isdst = 1
	}
	return py.String(strftime(string(format), b, localZoneInfo().tzname)), nil
}

func timeStrptime(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if len(kwnames) > 0 {
		return nil, vm.NewError(py.TypeError, "strptime() takes no keyword arguments")
	}
	switch {
	case len(args) == 0:
		return nil, vm.NewError(py.TypeError, "_strptime_time() missing 1 required positional argument: 'data_string'")
	case len(args) > 2:
		return nil, vm.NewError(py.TypeError, fmt.Sprintf("_strptime_time() takes from 1 to 2 positional arguments but %d were given", len(args)))
	}
	str := func(i int) (string, error) {
		s, ok := vm.Unwrap(args[i]).(py.String)
		if !ok {
			r, _ := vm.ReprString(t, vm.TypeOf(args[i]))
			return "", vm.NewError(py.TypeError, fmt.Sprintf("strptime() argument %d must be str, not %s", i, r))
		}
		return string(s), nil
	}
	text, err := str(0)
	if err != nil {
		return nil, err
	}
	format := "%a %b %d %H:%M:%S %Y"
	if len(args) == 2 {
		if format, err = str(1); err != nil {
			return nil, err
		}
	}
	v, err := strptime(t, text, format)
	if err != nil {
		return nil, err
	}
	return vm.NewStructSeq(StructTime,
		vm.NewInt(int64(v.year)), vm.NewInt(int64(v.month)), vm.NewInt(int64(v.day)),
		vm.NewInt(int64(v.hour)), vm.NewInt(int64(v.minute)), vm.NewInt(int64(v.second)),
		vm.NewInt(int64(v.weekday)), vm.NewInt(int64(v.yday)), vm.NewInt(int64(v.isdst)),
		v.zone, v.gmtoff), nil
}

// clockID reads a clk_id argument.
func clockID(t *vm.Thread, o vm.Object) (int, error) {
	if _, ok := vm.Unwrap(o).(py.Float); ok {
		return 0, vm.NewError(py.TypeError, "'float' object cannot be interpreted as an integer")
	}
	return vm.IndexInt(t, o)
}

func readClock(t *vm.Thread, id int) (int64, error) {
	if id == clockThreadCPUTime {
		return threadTimeNs(t), nil
	}
	ns, e := sysClockGettime(id)
	if e != 0 {
		return 0, osError(t, int(e), errnoText(e))
	}
	if id == clockMonotonic {
		// The same clock as monotonic(), read the same way.
		ns = monotonicNs()
	}
	return ns, nil
}

func clockGettime(asNs bool) vm.BuiltinFn {
	kwName := "clock_gettime"
	if asNs {
		kwName = "clock_gettime_ns"
	}
	return func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if err := arity("clock_gettime", kwName, "exactly", 1, 1, args, kwnames); err != nil {
			return nil, err
		}
		id, err := clockID(t, args[0])
		if err != nil {
			return nil, err
		}
		ns, err := readClock(t, id)
		if err != nil {
			return nil, err
		}
		if asNs {
			return nsToInt(ns), nil
		}
		return nsToFloat(ns), nil
	}
}

func clockGetres(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if err := arity("clock_getres", "clock_getres", "exactly", 1, 1, args, kwnames); err != nil {
		return nil, err
	}
	id, err := clockID(t, args[0])
	if err != nil {
		return nil, err
	}
	ns, e := sysClockGetres(id)
	if e != 0 {
		return nil, osError(t, int(e), errnoText(e))
	}
	return nsToFloat(ns), nil
}

// errnoText is strerror's text, capitalised as Python prints it.
func errnoText(e interface{ Error() string }) string {
	s := e.Error()
	if s == "" {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
