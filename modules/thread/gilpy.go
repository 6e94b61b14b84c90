package thread

import (
	"github.com/gilpy/gilpy/gilrt"
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

// initGilpy fills _gilpy, gilpy's private module: what the threading
// module needs from the GIL runtime beyond _thread, and the GIL's
// statistics for lessons and benchmarks. It does not exist in CPython;
// programs that use it check for ImportError.
func initGilpy(t *vm.Thread, m *vm.Module) error {
	m.Set("__doc__", py.String("gilpy's own interface to its GIL runtime (not part of CPython)."))
	m.Set("set_thread_name", vm.NewBuiltin("set_thread_name", setThreadName,
		"set_thread_name(ident, name)\n\nName the thread with this ident in GIL statistics, traces and deadlock reports."))
	m.Set("stats", vm.NewBuiltin("stats", gilStats,
		"stats() -> dict\n\nA snapshot of the GIL runtime's statistics: its counters and, in 'threads',\none dict per thread (live ones first) with the seconds it held the GIL,\nwaited for it and was blocked, and its counts of switches and forced drops."))
	m.Set("stats_table", vm.NewBuiltin("stats_table", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if err := noArgs("stats_table", args, kwnames); err != nil {
			return nil, err
		}
		return py.String(t.Interp().GILStats()), nil
	}, "stats_table() -> str\n\nThe table -X gilstats prints at exit, for the statistics so far."))
	m.Set("allocate_lock", vm.NewBuiltin("allocate_lock", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if len(kwnames) > 0 || len(args) != 1 {
			return nil, vm.NewError(py.TypeError, "allocate_lock() takes exactly one argument")
		}
		what, err := vm.StrString(t, args[0])
		if err != nil {
			return nil, err
		}
		l := newLock()
		l.what = what
		return l, nil
	}, "allocate_lock(what) -> lock\n\nA _thread lock whose waits statistics and deadlock reports describe as what\n(threading's Condition.wait uses one per wait)."))
	m.Set("generic_alias", vm.NewBuiltin("generic_alias", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if len(kwnames) > 0 || len(args) != 2 {
			return nil, vm.NewError(py.TypeError, "generic_alias() takes exactly 2 arguments")
		}
		return vm.NewGenericAlias(args[0], args[1]), nil
	}, "generic_alias(origin, args) -> types.GenericAlias\n\norigin[args], for the __class_getitem__ of classes written in Python."))
	m.Set("every_instruction", vm.NewBool(t.Interp().EveryInstruction()))
	m.Set("start_thread", vm.NewBuiltin("start_thread", startThread,
		"start_thread(thread, bootstrap, active, shutdown_locks, shutdown_locks_lock)\n\nStart a threading.Thread: record it, run bootstrap() in a new thread, and\nreturn once that thread has started (threading.Thread.start's work)."))
	m.Set("StartedFlag", FlagType.T())
	return nil
}

func setThreadName(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if len(kwnames) > 0 || len(args) != 2 {
		return nil, vm.NewError(py.TypeError, "set_thread_name() takes exactly 2 arguments")
	}
	id, err := vm.IndexValue(t, args[0])
	if err != nil {
		return nil, err
	}
	name, err := vm.StrString(t, args[1])
	if err != nil {
		return nil, err
	}
	if th := t.Interp().ThreadByIdent(id.Uint64()); th != nil {
		th.SetName(name)
	}
	return vm.None, nil
}

func seconds(d interface{ Seconds() float64 }) vm.Object { return py.Float(d.Seconds()) }

func gilStats(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if err := noArgs("stats", args, kwnames); err != nil {
		return nil, err
	}
	s := t.Interp().Runtime().Stats()
	d := vm.NewDict(8)
	d.SetStr("name", py.String(s.Name))
	d.SetStr("switch_interval", seconds(s.SwitchInterval))
	d.SetStr("uptime", seconds(s.Uptime))
	d.SetStr("switches", vm.NewInt(int64(s.Switches)))
	d.SetStr("drop_requests", vm.NewInt(int64(s.DropRequests)))
	d.SetStr("forced_drops", vm.NewInt(int64(s.ForcedDrops)))
	d.SetStr("forgotten", vm.NewInt(int64(s.Forgotten)))
	threads := make([]vm.Object, 0, len(s.Threads))
	for _, th := range s.Threads {
		td := vm.NewDict(12)
		td.SetStr("ident", vm.NewInt(int64(th.ID)))
		td.SetStr("name", py.String(th.Name))
		td.SetStr("state", py.String(th.State.String()))
		if th.State == gilrt.StateBlocked {
			td.SetStr("blocked_on", py.String(th.What))
		}
		td.SetStr("held", seconds(th.Held))
		td.SetStr("waiting", seconds(th.WaitedGIL))
		td.SetStr("blocked", seconds(th.Blocked))
		td.SetStr("acquisitions", vm.NewInt(int64(th.Acquisitions)))
		td.SetStr("switches", vm.NewInt(int64(th.Switches)))
		td.SetStr("drop_requests", vm.NewInt(int64(th.DropRequests)))
		td.SetStr("forced_drops", vm.NewInt(int64(th.ForcedDrops)))
		td.SetStr("blocks", vm.NewInt(int64(th.Blocks)))
		threads = append(threads, td)
	}
	d.SetStr("threads", &py.List{Items: threads})
	return d, nil
}
