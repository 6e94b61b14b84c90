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

const moduleDoc = `This module provides various functions to manipulate time values.

There are two standard representations of time.  One is the number
of seconds since the Epoch, in UTC (a.k.a. GMT).  It may be an integer
or a floating point number (to represent fractions of seconds).
The Epoch is system-defined; on Unix, it is generally January 1st, 1970.
The actual value can be retrieved by calling gmtime(0).

The other representation is a tuple of 9 integers giving local time.
The tuple items are:
  year (including century, e.g. 1998)
  month (1-12)
  day (1-31)
  hours (0-23)
  minutes (0-59)
  seconds (0-59)
  weekday (0-6, Monday is 0)
  Julian day (day in the year, 1-366)
  DST (Daylight Savings Time) flag (-1, 0 or 1)
If the DST flag is 0, the time is given in the regular time zone;
if it is 1, the time is given in the DST time zone;
if it is -1, mktime() should guess based on the date and time.
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
		"time() -> floating point number\n\nReturn the current time in seconds since the Epoch.\nFractions of a second may be present if the system clock provides them.",
		"time_ns() -> int\n\nReturn the current time in nanoseconds since the Epoch.")
	clock(m, "monotonic", func(*vm.Thread) int64 { return monotonicNs() },
		"monotonic() -> float\n\nMonotonic clock, cannot go backward.",
		"monotonic_ns() -> int\n\nMonotonic clock, cannot go backward, as nanoseconds.")
	clock(m, "perf_counter", func(*vm.Thread) int64 { return monotonicNs() },
		"perf_counter() -> float\n\nPerformance counter for benchmarking.",
		"perf_counter_ns() -> int\n\nPerformance counter for benchmarking as nanoseconds.")
	clock(m, "process_time", func(*vm.Thread) int64 { return processCPU() },
		"process_time() -> float\n\nProcess time for profiling: sum of the kernel and user-space CPU time.",
		"process_time() -> int\n\nProcess time for profiling as nanoseconds:\nsum of the kernel and user-space CPU time.")
	clock(m, "thread_time", threadTimeNs,
		"thread_time() -> float\n\nThread time for profiling: sum of the kernel and user-space CPU time.",
		"thread_time() -> int\n\nThread time for profiling as nanoseconds:\nsum of the kernel and user-space CPU time.")

	m.Set("sleep", vm.NewBuiltin("sleep", timeSleep, "sleep(seconds)\n\nDelay execution for a given number of seconds.  The argument may be\na floating point number for subsecond precision."))
	m.Set("get_clock_info", vm.NewBuiltin("get_clock_info", getClockInfo, "get_clock_info(name: str) -> dict\n\nGet information of the specified clock."))
	m.Set("gmtime", vm.NewBuiltin("gmtime", timeGmtime, "gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,\n                       tm_sec, tm_wday, tm_yday, tm_isdst)\n\nConvert seconds since the Epoch to a time tuple expressing UTC (a.k.a.\nGMT).  When 'seconds' is not passed in, convert the current time instead.\n\nIf the platform supports the tm_gmtoff and tm_zone, they are available as\nattributes only."))
	m.Set("localtime", vm.NewBuiltin("localtime", timeLocaltime, "localtime([seconds]) -> (tm_year,tm_mon,tm_mday,tm_hour,tm_min,\n                          tm_sec,tm_wday,tm_yday,tm_isdst)\n\nConvert seconds since the Epoch to a time tuple expressing local time.\nWhen 'seconds' is not passed in, convert the current time instead."))
	m.Set("mktime", vm.NewBuiltin("mktime", timeMktime, "mktime(tuple) -> floating point number\n\nConvert a time tuple in local time to seconds since the Epoch.\nNote that mktime(gmtime(0)) will not generally return zero for most\ntime zones; instead the returned value will either be equal to that\nof the timezone or altzone attributes on the time module."))
	m.Set("asctime", vm.NewBuiltin("asctime", timeAsctime, "asctime([tuple]) -> string\n\nConvert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'.\nWhen the time tuple is not present, current time as returned by localtime()\nis used."))
	m.Set("ctime", vm.NewBuiltin("ctime", timeCtime, "ctime(seconds) -> string\n\nConvert a time in seconds since the Epoch to a string in local time.\nThis is equivalent to asctime(localtime(seconds)). When the time tuple is\nnot present, current time as returned by localtime() is used."))
	m.Set("strftime", vm.NewBuiltin("strftime", timeStrftime, "strftime(format[, tuple]) -> string\n\nConvert a time tuple to a string according to a format specification."))
	m.Set("strptime", vm.NewBuiltin("strptime", timeStrptime, "strptime(string, format) -> struct_time\n\nParse a string to a time tuple according to a format specification."))
	m.Set("clock_gettime", vm.NewBuiltin("clock_gettime", clockGettime(false), "clock_gettime(clk_id) -> float\n\nReturn the time of the specified clock clk_id."))
	m.Set("clock_gettime_ns", vm.NewBuiltin("clock_gettime_ns", clockGettime(true), "clock_gettime_ns(clk_id) -> int\n\nReturn the time of the specified clock clk_id as nanoseconds."))
	m.Set("clock_getres", vm.NewBuiltin("clock_getres", clockGetres, "clock_getres(clk_id) -> floating point number\n\nReturn the resolution (precision) of the specified clock clk_id."))
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
