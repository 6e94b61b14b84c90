package posix

import (
	"fmt"
	"syscall"
	"time"

	"github.com/gilpy/gilpy/interp/host"
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

// os.stat_result and the other struct sequences, stat, listdir and
// scandir.

var (
	statResultClass = vm.NewStructSeqType(vm.StructSeqDef{
		Module: "os", Name: "stat_result",
		Doc: "stat_result: what stat(), fstat() and lstat() report about a file.",
		Fields: []string{"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
			"st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
			"st_blksize", "st_blocks", "st_rdev"},
		Visible: 10,
		Unnamed: 3,
	})
	terminalSizeClass = vm.NewStructSeqType(vm.StructSeqDef{
		Module: "os", Name: "terminal_size",
		Doc:    "The size of a terminal window as (columns, lines).",
		Fields: []string{"columns", "lines"},
	})
	unameResultClass = vm.NewStructSeqType(vm.StructSeqDef{
		Module: "posix", Name: "uname_result",
		Doc:    "uname_result: Result from os.uname().",
		Fields: []string{"sysname", "nodename", "release", "version", "machine"},
	})
	timesResultClass = vm.NewStructSeqType(vm.StructSeqDef{
		Module: "posix", Name: "times_result",
		Doc:    "times_result: Result from os.times().",
		Fields: []string{"user", "system", "children_user", "children_system", "elapsed"},
	})
)

func init() {
	// stat_result(seq) fills the float times from the integer ones when
	// it is not given them, as CPython's does.
	statResultClass.DefNew(func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		var seq, dict Object
		if _, err := vm.ParseArgs(&vm.Params{Func: "stat_result", Names: []string{"sequence", "dict"}, Required: 1, KwOnly: -1}, args[1:], kwnames, &seq, &dict); err != nil {
			return nil, err
		}
		items, err := vm.Collect(t, seq)
		if err != nil {
			return nil, vm.NewError(py.TypeError, "constructor requires a sequence")
		}
		if len(items) < 10 {
			return nil, vm.NewError(py.TypeError, fmt.Sprintf("os.stat_result() takes an at least 10-sequence (%d-sequence given)", len(items)))
		}
		if len(items) > 19 {
			return nil, vm.NewError(py.TypeError, fmt.Sprintf("os.stat_result() takes an at most 19-sequence (%d-sequence given)", len(items)))
		}
		values := make([]Object, 19)
		copy(values, items)
		names := []string{"st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"}
		for i := len(items); i < 19; i++ {
			values[i] = None
			if d, ok := dict.(*vm.Dict); ok {
				if v, ok := d.GetStr(names[i-10]); ok {
					values[i] = v
				}
			}
		}
		for i := 10; i < 13; i++ {
			if values[i] == None {
				values[i] = values[i-3]
			}
		}
		return vm.NewStructSeq(statResultClass, values...), nil
	})
}

// statResult makes an os.stat_result.
func statResult(st *host.Stat) Object {
	ts := func(ns int64) (Object, Object, Object) {
		sec, nsec := ns/1e9, ns%1e9
		if nsec < 0 {
			sec--
			nsec += 1e9
		}
		return vm.NewInt(sec), py.Float(float64(sec) + float64(nsec)*1e-9), vm.NewInt(ns)
	}
	ai, af, an := ts(st.Atime)
	mi, mf, mn := ts(st.Mtime)
	ci, cf, cn := ts(st.Ctime)
	return vm.NewStructSeq(statResultClass,
		vm.NewInt(int64(st.Mode)), uintObj(st.Ino), uintObj(st.Dev), uintObj(st.Nlink),
		vm.NewInt(int64(st.Uid)), vm.NewInt(int64(st.Gid)), vm.NewInt(st.Size),
		ai, mi, ci, af, mf, cf, an, mn, cn,
		vm.NewInt(st.Blksize), vm.NewInt(st.Blocks), uintObj(st.Rdev))
}

func uintObj(v uint64) Object { return vm.NewUint(v) }

func doStat(t *Thread, fn string, args []Object, kwnames Tuple, lstat bool) (Object, error) {
	var path, dirFD, follow Object
	names := []string{"path", "dir_fd", "follow_symlinks"}
	outs := []*Object{&path, &dirFD, &follow}
	allow := allowFD
	if lstat {
		names, outs, allow = names[:2], outs[:2], 0
	}
	if err := parse(fn, names, 1, 1, args, kwnames, outs...); err != nil {
		return nil, err
	}
	p, err := convertPath(t, fn, "path", path, allow)
	if err != nil {
		return nil, err
	}
	if err := noDirFD(fn, dirFD); err != nil {
		return nil, err
	}
	fl, err := boolArg(t, follow, !lstat)
	if err != nil {
		return nil, err
	}
	var st *host.Stat
	if p.fd >= 0 {
		f, err := t.Interp().FD(p.fd)
		if err != nil {
			return nil, vm.NewOSErrorErrno(syscall.EBADF, p.obj)
		}
		if err := call(t, "fstat", func() error {
			var e error
			st, e = f.Stat()
			return e
		}); err != nil {
			return nil, vm.FDError(err)
		}
		return statResult(st), nil
	}
	if err := call(t, fn, func() error {
		var e error
		st, e = hostOf(t).Stat(p.name, fl)
		return e
	}); err != nil {
		return nil, vm.OSErrorFor(err, p.obj, nil)
	}
	return statResult(st), nil
}

func posixStat(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	return doStat(t, "stat", args, kwnames, false)
}

func posixLstat(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	return doStat(t, "lstat", args, kwnames, true)
}

func posixFstat(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var fdo Object
	if err := parse("fstat", []string{"fd"}, -1, 1, args, kwnames, &fdo); err != nil {
		return nil, err
	}
	fd, err := fdArg(t, fdo)
	if err != nil {
		return nil, err
	}
	f, err := fdFile(t, fd)
	if err != nil {
		return nil, err
	}
	var st *host.Stat
	if err := call(t, "fstat", func() error {
		var e error
		st, e = f.Stat()
		return e
	}); err != nil {
		return nil, vm.FDError(err)
	}
	return statResult(st), nil
}

func posixUname(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := vm.CheckArgs("uname", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	var u syscall.Utsname
	if err := syscall.Uname(&u); err != nil {
		return nil, vm.OSErrorFor(err, nil, nil)
	}
	field := func(a [65]int8) Object {
		b := make([]byte, 0, len(a))
		for _, c := range a {
			if c == 0 {
				break
			}
			b = append(b, byte(c))
		}
		return vm.FSDecode(string(b), false)
	}
	return vm.NewStructSeq(unameResultClass, field(u.Sysname), field(u.Nodename), field(u.Release), field(u.Version), field(u.Machine)), nil
}

// clockTicks is sysconf(_SC_CLK_TCK), which is 100 on Linux.
const clockTicks = 100

func posixTimes(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := vm.CheckArgs("times", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	var tms syscall.Tms
	elapsed, err := syscall.Times(&tms)
	if err != nil {
		return nil, vm.OSErrorFor(err, nil, nil)
	}
	f := func(v int64) Object { return py.Float(float64(v) / clockTicks) }
	return vm.NewStructSeq(timesResultClass, f(int64(tms.Utime)), f(int64(tms.Stime)), f(int64(tms.Cutime)), f(int64(tms.Cstime)), f(int64(elapsed))), nil
}

// ---- directories

func posixListdir(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var path Object
	if err := parse("listdir", []string{"path"}, -1, 0, args, kwnames, &path); err != nil {
		return nil, err
	}
	p, err := convertPath(t, "listdir", "path", path, allowNone)
	if err != nil {
		return nil, err
	}
	var ents []host.DirEntry
	if err := call(t, "listdir", func() error {
		var e error
		ents, e = hostOf(t).ReadDir(p.name)
		return e
	}); err != nil {
		return nil, vm.OSErrorFor(err, p.obj, nil)
	}
	items := make([]Object, len(ents))
	for i, e := range ents {
		items[i] = vm.FSDecode(e.Name, p.isBytes)
	}
	return &py.List{Items: items}, nil
}

var (
	scandirIterClass = vm.NewType("posix", "ScandirIterator", "", nil, 0)
	dirEntryClass    = vm.NewType("posix", "DirEntry", "", nil, 0)
)

type scandirIter struct {
	dir     string // as given, for the entries' paths
	isBytes bool
	ents    []host.DirEntry
	pos     int
	closed  bool
}

func (s *scandirIter) Type() *vm.Type { return scandirIterClass.T() }

// Next implements vm.GoIterator.
func (s *scandirIter) Next(t *Thread) (Object, bool, error) {
	if s.closed || s.pos >= len(s.ents) {
		s.closed = true
		return nil, false, nil
	}
	e := s.ents[s.pos]
	s.pos++
	path := e.Name
	switch {
	case s.dir == "":
	case s.dir[len(s.dir)-1] == '/':
		path = s.dir + e.Name
	default:
		path = s.dir + "/" + e.Name
	}
	return &dirEntry{name: e.Name, path: path, typ: e.Type, ino: e.Ino, isBytes: s.isBytes}, true, nil
}

type dirEntry struct {
	name, path  string
	typ         uint32
	ino         uint64
	isBytes     bool
	stat, lstat *host.Stat
}

func (d *dirEntry) Type() *vm.Type { return dirEntryClass.T() }

func posixScandir(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var path Object
	if err := parse("scandir", []string{"path"}, -1, 0, args, kwnames, &path); err != nil {
		return nil, err
	}
	p, err := convertPath(t, "scandir", "path", path, allowNone)
	if err != nil {
		return nil, err
	}
	var ents []host.DirEntry
	if err := call(t, "scandir", func() error {
		var e error
		ents, e = hostOf(t).ReadDir(p.name)
		return e
	}); err != nil {
		return nil, vm.OSErrorFor(err, p.obj, nil)
	}
	return &scandirIter{dir: p.name, isBytes: p.isBytes, ents: ents}, nil
}

// getStat is the entry's stat (follow) or lstat, cached.
func (d *dirEntry) getStat(t *Thread, follow bool) (*host.Stat, error) {
	if !follow || d.typ != 0 && d.typ != host.S_IFLNK {
		if d.lstat == nil {
			var st *host.Stat
			if err := call(t, "lstat", func() error {
				var e error
				st, e = hostOf(t).Stat(d.path, false)
				return e
			}); err != nil {
				return nil, vm.OSErrorFor(err, vm.FSDecode(d.path, d.isBytes), nil)
			}
			d.lstat = st
		}
		if !follow || d.lstat.Mode&host.S_IFMT != host.S_IFLNK {
			return d.lstat, nil
		}
	}
	if d.stat == nil {
		var st *host.Stat
		if err := call(t, "stat", func() error {
			var e error
			st, e = hostOf(t).Stat(d.path, true)
			return e
		}); err != nil {
			return nil, vm.OSErrorFor(err, vm.FSDecode(d.path, d.isBytes), nil)
		}
		d.stat = st
	}
	return d.stat, nil
}

// isType answers is_dir/is_file without a system call when the listing
// said what the entry is.
func (d *dirEntry) isType(t *Thread, want uint32, follow bool) (bool, error) {
	if d.typ != 0 && (d.typ != host.S_IFLNK || !follow) {
		return d.typ == want, nil
	}
	st, err := d.getStat(t, follow)
	if err != nil {
		if vm.IsExceptionType(err, py.FileNotFoundError) {
			return false, nil
		}
		return false, err
	}
	return st.Mode&host.S_IFMT == want, nil
}

func followArg(t *Thread, name string, args []Object, kwnames Tuple) (bool, error) {
	var follow Object
	if _, err := vm.ParseClinic(&vm.Params{Func: name, Names: []string{"follow_symlinks"}, KwOnly: 0}, args[1:], kwnames, &follow); err != nil {
		return false, err
	}
	return boolArg(t, follow, true)
}

func init() {
	s := scandirIterClass
	s.DefIterator()
	closeIt := func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		it := args[0].(*scandirIter)
		it.closed = true
		it.ents = nil
		return None, nil
	}
	s.DefMethod("close", closeIt, "")
	s.DefMethod("__enter__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) { return args[0], nil }, "")
	s.DefMethod("__exit__", closeIt, "")
	s.DefMethod("__del__", closeIt, "")
	s.Ready()

	c := dirEntryClass
	c.DefGetSet("name", func(t *Thread, o Object) (Object, error) {
		d := o.(*dirEntry)
		return vm.FSDecode(d.name, d.isBytes), nil
	}, nil)
	c.DefGetSet("path", func(t *Thread, o Object) (Object, error) {
		d := o.(*dirEntry)
		return vm.FSDecode(d.path, d.isBytes), nil
	}, nil)
	c.DefMethod("__fspath__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		d := args[0].(*dirEntry)
		return vm.FSDecode(d.path, d.isBytes), nil
	}, "")
	c.DefMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		d := args[0].(*dirEntry)
		r, err := vm.ReprString(t, vm.FSDecode(d.name, d.isBytes))
		if err != nil {
			return nil, err
		}
		return py.String("<DirEntry " + r + ">"), nil
	}, "")
	c.DefMethod("inode", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		d := args[0].(*dirEntry)
		if d.ino == 0 {
			st, err := d.getStat(t, false)
			if err != nil {
				return nil, err
			}
			d.ino = st.Ino
		}
		return uintObj(d.ino), nil
	}, "")
	c.DefMethod("is_dir", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		follow, err := followArg(t, "is_dir", args, kwnames)
		if err != nil {
			return nil, err
		}
		ok, err := args[0].(*dirEntry).isType(t, host.S_IFDIR, follow)
		return vm.NewBool(ok), err
	}, "")
	c.DefMethod("is_file", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		follow, err := followArg(t, "is_file", args, kwnames)
		if err != nil {
			return nil, err
		}
		ok, err := args[0].(*dirEntry).isType(t, host.S_IFREG, follow)
		return vm.NewBool(ok), err
	}, "")
	c.DefMethod("is_symlink", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckMethodArgs("is_symlink", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		ok, err := args[0].(*dirEntry).isType(t, host.S_IFLNK, false)
		return vm.NewBool(ok), err
	}, "")
	c.DefMethod("stat", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		follow, err := followArg(t, "stat", args, kwnames)
		if err != nil {
			return nil, err
		}
		st, err := args[0].(*dirEntry).getStat(t, follow)
		if err != nil {
			return nil, err
		}
		return statResult(st), nil
	}, "")
	c.DefMethod("__class_getitem__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return vm.NewGenericAlias(args[0], args[1]), nil
	}, "", "class")
	c.Ready()
	_ = time.Now
}
