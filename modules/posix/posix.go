// Package posix provides the posix module (the operating-system
// interface os builds on, written in Go over the interpreter's Host) and,
// written in Python, os, posixpath (os.path), genericpath and stat.
//
// Every file-system and environment operation goes through the
// interpreter's host.Host, so an embedder's restrictions apply to them,
// and the working directory and environment are the interpreter's own.
// Functions CPython offers only with dir_fd support take dir_fd=None and
// refuse anything else, as on platforms without it (os.supports_dir_fd
// is empty, so callers that check fall back).
package posix

import (
	"crypto/rand"
	_ "embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"
	"time"

	"github.com/gilpy/gilpy/interp/host"
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

type (
	Object = vm.Object
	Tuple  = vm.Tuple
	Thread = vm.Thread
)

var None = vm.None

//go:embed os.py
var osSource string

//go:embed posixpath.py
var posixpathSource string

//go:embed genericpath.py
var genericpathSource string

//go:embed stat.py
var statSource string

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "posix", Builtin: true, Init: initPosix})
	vm.RegisterModule(&vm.ModuleDef{Name: "os", Source: osSource})
	vm.RegisterModule(&vm.ModuleDef{Name: "posixpath", Source: posixpathSource})
	vm.RegisterModule(&vm.ModuleDef{Name: "genericpath", Source: genericpathSource})
	vm.RegisterModule(&vm.ModuleDef{Name: "stat", Source: statSource})
}

// pathArg is a path argument converted for the host.
type pathArg struct {
	name    string // for the host
	obj     Object // what error messages name: the str or bytes given
	isBytes bool
	fd      int // >= 0 when an integer descriptor was given
}

// kinds of path argument a function accepts.
const (
	allowFD = 1 << iota
	allowNone
)

// convertPath converts a path argument as CPython's path converter does.
func convertPath(t *Thread, fn, arg string, o Object, allow int) (pathArg, error) {
	if o == nil || o == None {
		if allow&allowNone != 0 {
			return pathArg{name: ".", obj: py.String("."), fd: -1}, nil
		}
	}
	if allow&allowFD != 0 && vm.IsInt(o) {
		n, err := vm.IndexInt(t, o)
		if err != nil {
			return pathArg{}, err
		}
		return pathArg{fd: n, obj: o}, nil
	}
	switch vm.Unwrap(o).(type) {
	case py.String, py.Bytes:
	default:
		if vm.ClassOfObject(o).Lookup("__fspath__") == nil {
			kinds := "string, bytes or os.PathLike"
			switch {
			case allow&allowFD != 0 && allow&allowNone != 0:
				kinds = "string, bytes, os.PathLike, integer or None"
			case allow&allowFD != 0:
				kinds = "string, bytes, os.PathLike or integer"
			case allow&allowNone != 0:
				kinds = "string, bytes, os.PathLike or None"
			}
			return pathArg{}, vm.NewError(py.TypeError, fmt.Sprintf("%s: %s should be %s, not %s", fn, arg, kinds, vm.TypeName(o)))
		}
	}
	p, err := vm.FSPath(t, o)
	if err != nil {
		return pathArg{}, err
	}
	name, isBytes, err := vm.FSEncode(t, p)
	if err != nil {
		if vm.IsExceptionType(err, py.ValueError) {
			return pathArg{}, vm.NewError(py.ValueError, fmt.Sprintf("%s: embedded null character in %s", fn, arg))
		}
		return pathArg{}, err
	}
	return pathArg{name: name, obj: p, isBytes: isBytes, fd: -1}, nil
}

// noDirFD refuses a dir_fd other than None.
func noDirFD(fn string, dirFD Object) error {
	if dirFD != nil && dirFD != None {
		return vm.NewError(py.NotImplementedError, "dir_fd unavailable on this platform")
	}
	return nil
}

// boolArg is a keyword flag's truth (def when not given).
func boolArg(t *Thread, o Object, def bool) (bool, error) {
	if o == nil {
		return def, nil
	}
	return vm.Truth(t, o)
}

func intArg(t *Thread, o Object) (int, error) {
	if _, ok := o.(py.Float); ok {
		return 0, vm.NewError(py.TypeError, "'float' object cannot be interpreted as an integer")
	}
	return vm.IndexInt(t, o)
}

// intArgs checks that name got exactly len(out) positional arguments and
// converts each, in order, as intArg does (floats refused).
func intArgs(t *Thread, name string, args []Object, kwnames Tuple, out ...*int) error {
	if err := vm.CheckArgs(name, args, kwnames, len(out), len(out)); err != nil {
		return err
	}
	for i, p := range out {
		n, err := intArg(t, args[i])
		if err != nil {
			return err
		}
		*p = n
	}
	return nil
}

// call runs a host operation with the GIL released.
func call(t *Thread, what string, fn func() error) error { return t.Blocking(what, fn) }

func hostOf(t *Thread) host.Host { return t.Interp().Host() }

// parse binds a function's arguments (CPython's argument clinic wording).
func parse(name string, names []string, kwOnly, required int, args []Object, kwnames Tuple, out ...*Object) error {
	_, err := vm.ParseClinic(&vm.Params{Func: name, Names: names, KwOnly: kwOnly, Required: required}, args, kwnames, out...)
	return err
}

func initPosix(t *Thread, m *vm.Module) error {
	funcs := map[string]vm.BuiltinFn{
		"getcwd":            posixGetcwd,
		"getcwdb":           posixGetcwdb,
		"chdir":             posixChdir,
		"listdir":           posixListdir,
		"scandir":           posixScandir,
		"stat":              posixStat,
		"lstat":             posixLstat,
		"fstat":             posixFstat,
		"mkdir":             posixMkdir,
		"rmdir":             posixRmdir,
		"unlink":            posixUnlink,
		"remove":            posixRemove,
		"rename":            posixRename,
		"replace":           posixReplace,
		"link":              posixLink,
		"symlink":           posixSymlink,
		"readlink":          posixReadlink,
		"chmod":             posixChmod,
		"utime":             posixUtime,
		"truncate":          posixTruncate,
		"ftruncate":         posixFtruncate,
		"access":            posixAccess,
		"open":              posixOpen,
		"read":              posixRead,
		"write":             posixWrite,
		"close":             posixClose,
		"closerange":        posixCloserange,
		"dup":               posixDup,
		"dup2":              posixDup2,
		"pipe":              posixPipe,
		"lseek":             posixLseek,
		"fsync":             posixFsync,
		"isatty":            posixIsatty,
		"get_terminal_size": posixTerminalSize,
		"device_encoding":   posixDeviceEncoding,
		"get_inheritable":   posixGetInheritable,
		"set_inheritable":   posixSetInheritable,
		"getpid":            posixGetpid,
		"getppid":           posixGetppid,
		"getuid": func(t *Thread, a []Object, k Tuple) (Object, error) {
			return noArgs("getuid", a, k, int64(os.Getuid()))
		},
		"geteuid": func(t *Thread, a []Object, k Tuple) (Object, error) {
			return noArgs("geteuid", a, k, int64(os.Geteuid()))
		},
		"getgid": func(t *Thread, a []Object, k Tuple) (Object, error) {
			return noArgs("getgid", a, k, int64(os.Getgid()))
		},
		"getegid": func(t *Thread, a []Object, k Tuple) (Object, error) {
			return noArgs("getegid", a, k, int64(os.Getegid()))
		},
		"strerror":  posixStrerror,
		"urandom":   posixUrandom,
		"cpu_count": posixCPUCount,
		"uname":     posixUname,
		"times":     posixTimes,
		"_exit":     posixExit,
		"putenv":    posixPutenv,
		"unsetenv":  posixUnsetenv,
		"fspath":    posixFspath,
		"umask":     posixUmask,
	}
	for name, f := range funcs {
		m.Set(name, vm.NewModuleFunction("posix", name, f, ""))
	}
	env := vm.NewDict(0)
	for _, kv := range hostOf(t).Environ() {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			continue
		}
		if err := env.Set(t, py.Bytes(k), py.Bytes(v)); err != nil {
			return err
		}
	}
	m.Set("environ", env)
	m.Set("error", py.OSError)
	m.Set("stat_result", statResultClass.T())
	m.Set("terminal_size", terminalSizeClass.T())
	m.Set("uname_result", unameResultClass.T())
	m.Set("times_result", timesResultClass.T())
	m.Set("DirEntry", dirEntryClass.T())
	for name, v := range constants {
		m.Set(name, vm.NewInt(v))
	}
	// What os.supports_fd and friends are built from: the functions
	// that take a descriptor for a path. No dir_fd support (see the
	// package documentation).
	m.Set("_have_functions", &py.List{Items: []Object{py.String("HAVE_FSTATAT"), py.String("HAVE_FTRUNCATE")}})
	return nil
}

func noArgs(name string, args []Object, kwnames Tuple, v int64) (Object, error) {
	if err := vm.CheckArgs(name, args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	return vm.NewInt(v), nil
}

// constants are the flags and values posix exports.
var constants = map[string]int64{
	"O_RDONLY": int64(os.O_RDONLY), "O_WRONLY": int64(os.O_WRONLY), "O_RDWR": int64(os.O_RDWR),
	"O_APPEND": int64(os.O_APPEND), "O_CREAT": int64(os.O_CREATE), "O_EXCL": int64(os.O_EXCL),
	"O_TRUNC": int64(os.O_TRUNC), "O_SYNC": int64(os.O_SYNC), "O_NONBLOCK": syscall.O_NONBLOCK,
	"O_NOCTTY": syscall.O_NOCTTY, "O_CLOEXEC": syscall.O_CLOEXEC, "O_DIRECTORY": syscall.O_DIRECTORY,
	"O_NOFOLLOW": syscall.O_NOFOLLOW, "O_ACCMODE": syscall.O_ACCMODE,
	"F_OK": host.F_OK, "R_OK": host.R_OK, "W_OK": host.W_OK, "X_OK": host.X_OK,
	"SEEK_SET": 0, "SEEK_CUR": 1, "SEEK_END": 2,
	"EX_OK": 0, "EX_USAGE": 64, "EX_DATAERR": 65, "EX_NOINPUT": 66, "EX_NOUSER": 67,
	"EX_NOHOST": 68, "EX_UNAVAILABLE": 69, "EX_SOFTWARE": 70, "EX_OSERR": 71, "EX_OSFILE": 72,
	"EX_CANTCREAT": 73, "EX_IOERR": 74, "EX_TEMPFAIL": 75, "EX_PROTOCOL": 76, "EX_NOPERM": 77,
	"EX_CONFIG": 78,
	// glibc's count of distinct names tmpnam can make (62**3); tempfile
	// uses it as its retry bound.
	"TMP_MAX": 238328,
}

// ---- process and environment

func posixGetcwd(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := vm.CheckArgs("getcwd", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	cwd, err := hostOf(t).Getwd()
	if err != nil {
		return nil, vm.OSErrorFor(err, nil, nil)
	}
	return vm.FSDecode(cwd, false), nil
}

func posixGetcwdb(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := vm.CheckArgs("getcwdb", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	cwd, err := hostOf(t).Getwd()
	if err != nil {
		return nil, vm.OSErrorFor(err, nil, nil)
	}
	return py.Bytes(cwd), nil
}

func posixChdir(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var path Object
	if err := parse("chdir", []string{"path"}, -1, 1, args, kwnames, &path); err != nil {
		return nil, err
	}
	p, err := convertPath(t, "chdir", "path", path, 0)
	if err != nil {
		return nil, err
	}
	if err := call(t, "chdir", func() error { return hostOf(t).Chdir(p.name) }); err != nil {
		return nil, vm.OSErrorFor(err, p.obj, nil)
	}
	return None, nil
}

func posixGetpid(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	return noArgs("getpid", args, kwnames, int64(t.Interp().Pid()))
}

func posixGetppid(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	return noArgs("getppid", args, kwnames, int64(t.Interp().ParentPid()))
}

func posixStrerror(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var n int
	if err := intArgs(t, "strerror", args, kwnames, &n); err != nil {
		return nil, err
	}
	if n < 0 || n > 4095 {
		return py.String(fmt.Sprintf("Unknown error %d", n)), nil
	}
	return py.String(vm.Strerror(syscall.Errno(n))), nil
}

func posixUrandom(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var n int
	if err := intArgs(t, "urandom", args, kwnames, &n); err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, vm.NewError(py.ValueError, "negative argument not allowed")
	}
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return nil, vm.OSErrorFor(err, nil, nil)
	}
	return py.Bytes(b), nil
}

func posixCPUCount(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	return noArgs("cpu_count", args, kwnames, int64(vm.CPUCount()))
}

func posixExit(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var status Object
	if err := parse("_exit", []string{"status"}, -1, 1, args, kwnames, &status); err != nil {
		return nil, err
	}
	n, err := intArg(t, status)
	if err != nil {
		return nil, err
	}
	return nil, t.ExitNow(n)
}

// envKey converts an environment variable's name or value (str or bytes).
func envString(t *Thread, fn string, o Object) (string, error) {
	switch v := vm.Unwrap(o).(type) {
	case py.String:
		s, _, err := vm.FSEncode(t, v)
		return s, err
	case py.Bytes:
		if strings.IndexByte(string(v), 0) >= 0 {
			return "", vm.NewError(py.ValueError, "embedded null byte")
		}
		return string(v), nil
	}
	return "", vm.NewError(py.TypeError, fmt.Sprintf("%s() argument must be str or bytes, not %s", fn, vm.TypeName(o)))
}

func posixPutenv(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := vm.CheckArgs("putenv", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	k, err := envString(t, "putenv", args[0])
	if err != nil {
		return nil, err
	}
	v, err := envString(t, "putenv", args[1])
	if err != nil {
		return nil, err
	}
	// As CPython: a name with "=" is refused here, an empty one by the
	// C library's setenv (EINVAL).
	if strings.IndexByte(k, '=') >= 0 {
		return nil, vm.NewError(py.ValueError, "illegal environment variable name")
	}
	if k == "" {
		return nil, vm.NewOSErrorErrno(syscall.EINVAL, nil)
	}
	if err := hostOf(t).Setenv(k, v); err != nil {
		return nil, vm.OSErrorFor(err, nil, nil)
	}
	return None, nil
}

func posixUnsetenv(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := vm.CheckArgs("unsetenv", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	k, err := envString(t, "unsetenv", args[0])
	if err != nil {
		return nil, err
	}
	if k == "" || strings.IndexByte(k, '=') >= 0 {
		return nil, vm.NewOSErrorErrno(syscall.EINVAL, nil)
	}
	if err := hostOf(t).Unsetenv(k); err != nil {
		return nil, vm.OSErrorFor(err, nil, nil)
	}
	return None, nil
}

func posixFspath(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var path Object
	if err := parse("fspath", []string{"path"}, -1, 1, args, kwnames, &path); err != nil {
		return nil, err
	}
	return vm.FSPath(t, path)
}

// posixUmask sets the process's umask. It is one value for the whole Go
// process, shared by every interpreter in it.
func posixUmask(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var n int
	if err := intArgs(t, "umask", args, kwnames, &n); err != nil {
		return nil, err
	}
	return vm.NewInt(int64(syscall.Umask(n))), nil
}

// ---- file descriptors

func fdArg(t *Thread, o Object) (int, error) { return intArg(t, o) }

func fdFile(t *Thread, fd int) (host.File, error) {
	f, err := t.Interp().FD(fd)
	if err != nil {
		return nil, vm.FDError(err)
	}
	return f, nil
}

func posixOpen(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var path, flags, mode, dirFD Object
	if err := parse("open", []string{"path", "flags", "mode", "dir_fd"}, 3, 2, args, kwnames, &path, &flags, &mode, &dirFD); err != nil {
		return nil, err
	}
	p, err := convertPath(t, "open", "path", path, 0)
	if err != nil {
		return nil, err
	}
	if err := noDirFD("open", dirFD); err != nil {
		return nil, err
	}
	fl, err := intArg(t, flags)
	if err != nil {
		return nil, err
	}
	perm := 0o777
	if mode != nil {
		if perm, err = intArg(t, mode); err != nil {
			return nil, err
		}
	}
	var f host.File
	err = call(t, "open", func() error {
		var e error
		f, e = hostOf(t).Open(p.name, fl, fs.FileMode(perm)&fs.ModePerm|modeExtra(perm))
		return e
	})
	if err != nil {
		return nil, vm.OSErrorFor(err, p.obj, nil)
	}
	return vm.NewInt(int64(t.Interp().OpenFD(f))), nil
}

// modeExtra carries the setuid, setgid and sticky bits into a FileMode.
func modeExtra(perm int) fs.FileMode {
	var m fs.FileMode
	if perm&0o4000 != 0 {
		m |= fs.ModeSetuid
	}
	if perm&0o2000 != 0 {
		m |= fs.ModeSetgid
	}
	if perm&0o1000 != 0 {
		m |= fs.ModeSticky
	}
	return m
}

func posixRead(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var fd, n int
	if err := intArgs(t, "read", args, kwnames, &fd, &n); err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, vm.NewOSErrorErrno(syscall.EINVAL, nil)
	}
	f, err := fdFile(t, fd)
	if err != nil {
		return nil, err
	}
	buf := make([]byte, n)
	var k int
	err = call(t, "os.read", func() error {
		var e error
		k, e = f.Read(buf)
		if e == io.EOF || (k > 0 && e != nil) {
			e = nil
		}
		return e
	})
	if err != nil {
		return nil, vm.FDError(err)
	}
	return py.Bytes(buf[:k]), nil
}

func posixWrite(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := vm.CheckArgs("write", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	fd, err := fdArg(t, args[0])
	if err != nil {
		return nil, err
	}
	data, err := bytesLike(args[1])
	if err != nil {
		return nil, err
	}
	f, err := fdFile(t, fd)
	if err != nil {
		return nil, err
	}
	var k int
	err = call(t, "os.write", func() error {
		var e error
		k, e = f.Write(data)
		return e
	})
	if err != nil && k == 0 {
		return nil, vm.FDError(err)
	}
	return vm.NewInt(int64(k)), nil
}

// bytesLike returns the bytes of a bytes-like object.
func bytesLike(o Object) ([]byte, error) {
	switch v := vm.Unwrap(o).(type) {
	case py.Bytes:
		return v, nil
	}
	if b, ok := vm.BufferBytes(o); ok {
		return b, nil
	}
	return nil, vm.NewError(py.TypeError, fmt.Sprintf("a bytes-like object is required, not '%s'", vm.TypeName(o)))
}

func posixClose(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var fdo Object
	if err := parse("close", []string{"fd"}, -1, 1, args, kwnames, &fdo); err != nil {
		return nil, err
	}
	fd, err := fdArg(t, fdo)
	if err != nil {
		return nil, err
	}
	if err := t.Interp().CloseFD(fd); err != nil {
		return nil, vm.FDError(err)
	}
	return None, nil
}

func posixCloserange(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var lo, hi int
	if err := intArgs(t, "closerange", args, kwnames, &lo, &hi); err != nil {
		return nil, err
	}
	for fd := max(lo, 0); fd < hi; fd++ {
		_ = t.Interp().CloseFD(fd)
	}
	return None, nil
}

func posixDup(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var fd int
	if err := intArgs(t, "dup", args, kwnames, &fd); err != nil {
		return nil, err
	}
	n, err := t.Interp().DupFD(fd, -1)
	if err != nil {
		return nil, vm.FDError(err)
	}
	return vm.NewInt(int64(n)), nil
}

func posixDup2(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var a, b, inh Object
	if err := parse("dup2", []string{"fd", "fd2", "inheritable"}, -1, 2, args, kwnames, &a, &b, &inh); err != nil {
		return nil, err
	}
	fd, err := fdArg(t, a)
	if err != nil {
		return nil, err
	}
	fd2, err := fdArg(t, b)
	if err != nil {
		return nil, err
	}
	if fd2 < 0 {
		return nil, vm.NewOSErrorErrno(syscall.EBADF, nil)
	}
	n, err := t.Interp().DupFD(fd, fd2)
	if err != nil {
		return nil, vm.FDError(err)
	}
	return vm.NewInt(int64(n)), nil
}

func posixPipe(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := vm.CheckArgs("pipe", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	r, w, err := hostOf(t).Pipe()
	if err != nil {
		return nil, vm.OSErrorFor(err, nil, nil)
	}
	in := t.Interp()
	return vm.Tuple{vm.NewInt(int64(in.OpenFD(r))), vm.NewInt(int64(in.OpenFD(w)))}, nil
}

func posixLseek(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var fd, pos, how int
	if err := intArgs(t, "lseek", args, kwnames, &fd, &pos, &how); err != nil {
		return nil, err
	}
	f, err := fdFile(t, fd)
	if err != nil {
		return nil, err
	}
	var r int64
	err = call(t, "os.lseek", func() error {
		var e error
		r, e = f.Seek(int64(pos), how)
		return e
	})
	if err != nil {
		return nil, vm.FDError(err)
	}
	return vm.NewInt(r), nil
}

func posixFsync(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var fdo Object
	if err := parse("fsync", []string{"fd"}, -1, 1, args, kwnames, &fdo); err != nil {
		return nil, err
	}
	fd, err := fileDescriptor(t, fdo)
	if err != nil {
		return nil, err
	}
	f, err := fdFile(t, fd)
	if err != nil {
		return nil, err
	}
	if err := call(t, "os.fsync", f.Sync); err != nil {
		return nil, vm.FDError(err)
	}
	return None, nil
}

// fileDescriptor accepts an int or an object with fileno().
func fileDescriptor(t *Thread, o Object) (int, error) {
	if vm.IsInt(o) {
		return vm.IndexInt(t, o)
	}
	r, err := vm.CallMethod(t, o, "fileno", nil, nil)
	if err != nil {
		if vm.IsExceptionType(err, py.AttributeError) {
			return 0, vm.NewError(py.TypeError, "argument must be an int, or have a fileno() method.")
		}
		return 0, err
	}
	return vm.IndexInt(t, r)
}

func posixIsatty(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var fd int
	if err := intArgs(t, "isatty", args, kwnames, &fd); err != nil {
		return nil, err
	}
	f, err := t.Interp().FD(fd)
	if err != nil {
		return vm.NewBool(false), nil
	}
	tt, ok := f.(host.Terminal)
	return vm.NewBool(ok && tt.IsTerminal()), nil
}

func posixDeviceEncoding(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var fdo Object
	if err := parse("device_encoding", []string{"fd"}, -1, 1, args, kwnames, &fdo); err != nil {
		return nil, err
	}
	fd, err := fdArg(t, fdo)
	if err != nil {
		return nil, err
	}
	if f, err := t.Interp().FD(fd); err == nil {
		if tt, ok := f.(host.Terminal); ok && tt.IsTerminal() {
			return py.String("UTF-8"), nil
		}
	}
	return None, nil
}

func posixGetInheritable(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var fd int
	if err := intArgs(t, "get_inheritable", args, kwnames, &fd); err != nil {
		return nil, err
	}
	if _, err := fdFile(t, fd); err != nil {
		return nil, err
	}
	return vm.NewBool(fd <= 2), nil
}

func posixSetInheritable(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := vm.CheckArgs("set_inheritable", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	fd, err := fdArg(t, args[0])
	if err != nil {
		return nil, err
	}
	if _, err := fdFile(t, fd); err != nil {
		return nil, err
	}
	return None, nil
}

func posixTerminalSize(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := vm.CheckArgs("get_terminal_size", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	fd := 1
	if len(args) > 0 {
		var err error
		if fd, err = fdArg(t, args[0]); err != nil {
			return nil, err
		}
	}
	f, err := fdFile(t, fd)
	if err != nil {
		return nil, err
	}
	tt, ok := f.(host.Terminal)
	if !ok {
		return nil, vm.NewOSErrorErrno(syscall.ENOTTY, nil)
	}
	cols, lines, err := tt.TerminalSize()
	if err != nil {
		return nil, vm.FDError(err)
	}
	return vm.NewStructSeq(terminalSizeClass, vm.NewInt(int64(cols)), vm.NewInt(int64(lines))), nil
}

// ---- files by name

func posixMkdir(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var path, mode, dirFD Object
	if err := parse("mkdir", []string{"path", "mode", "dir_fd"}, 2, 1, args, kwnames, &path, &mode, &dirFD); err != nil {
		return nil, err
	}
	p, err := convertPath(t, "mkdir", "path", path, 0)
	if err != nil {
		return nil, err
	}
	if err := noDirFD("mkdir", dirFD); err != nil {
		return nil, err
	}
	perm := 0o777
	if mode != nil {
		if perm, err = intArg(t, mode); err != nil {
			return nil, err
		}
	}
	if err := call(t, "mkdir", func() error { return hostOf(t).Mkdir(p.name, fs.FileMode(perm)&fs.ModePerm|modeExtra(perm)) }); err != nil {
		return nil, vm.OSErrorFor(err, p.obj, nil)
	}
	return None, nil
}

// simplePathOp defines unlink, remove and rmdir.
func simplePathOp(name string, op func(h host.Host, p string) error) vm.BuiltinFn {
	return func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		var path, dirFD Object
		if err := parse(name, []string{"path", "dir_fd"}, 1, 1, args, kwnames, &path, &dirFD); err != nil {
			return nil, err
		}
		p, err := convertPath(t, name, "path", path, 0)
		if err != nil {
			return nil, err
		}
		if err := noDirFD(name, dirFD); err != nil {
			return nil, err
		}
		if err := call(t, name, func() error { return op(hostOf(t), p.name) }); err != nil {
			return nil, vm.OSErrorFor(err, p.obj, nil)
		}
		return None, nil
	}
}

var (
	posixRmdir  = simplePathOp("rmdir", func(h host.Host, p string) error { return h.Rmdir(p) })
	posixUnlink = simplePathOp("unlink", func(h host.Host, p string) error { return h.Unlink(p) })
	posixRemove = simplePathOp("remove", func(h host.Host, p string) error { return h.Unlink(p) })
)

// twoPathOp defines rename, replace and link.
func twoPathOp(name string, op func(h host.Host, a, b string) error) vm.BuiltinFn {
	return func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		var src, dst, srcFD, dstFD, follow Object
		names := []string{"src", "dst", "src_dir_fd", "dst_dir_fd"}
		outs := []*Object{&src, &dst, &srcFD, &dstFD}
		if name == "link" {
			names = append(names, "follow_symlinks")
			outs = append(outs, &follow)
		}
		if err := parse(name, names, 2, 2, args, kwnames, outs...); err != nil {
			return nil, err
		}
		a, err := convertPath(t, name, "src", src, 0)
		if err != nil {
			return nil, err
		}
		b, err := convertPath(t, name, "dst", dst, 0)
		if err != nil {
			return nil, err
		}
		if err := noDirFD(name, srcFD); err != nil {
			return nil, err
		}
		if err := noDirFD(name, dstFD); err != nil {
			return nil, err
		}
		if a.isBytes != b.isBytes {
			return nil, vm.NewError(py.TypeError, fmt.Sprintf("%s: src and dst must be the same type", name))
		}
		if err := call(t, name, func() error { return op(hostOf(t), a.name, b.name) }); err != nil {
			return nil, vm.OSErrorFor(err, a.obj, b.obj)
		}
		return None, nil
	}
}

var (
	posixRename  = twoPathOp("rename", func(h host.Host, a, b string) error { return h.Rename(a, b) })
	posixReplace = twoPathOp("replace", func(h host.Host, a, b string) error { return h.Rename(a, b) })
	posixLink    = twoPathOp("link", func(h host.Host, a, b string) error { return h.Link(a, b) })
)

func posixSymlink(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var src, dst, isDir, dirFD Object
	if err := parse("symlink", []string{"src", "dst", "target_is_directory", "dir_fd"}, 3, 2, args, kwnames, &src, &dst, &isDir, &dirFD); err != nil {
		return nil, err
	}
	a, err := convertPath(t, "symlink", "src", src, 0)
	if err != nil {
		return nil, err
	}
	b, err := convertPath(t, "symlink", "dst", dst, 0)
	if err != nil {
		return nil, err
	}
	if err := noDirFD("symlink", dirFD); err != nil {
		return nil, err
	}
	if err := call(t, "symlink", func() error { return hostOf(t).Symlink(a.name, b.name) }); err != nil {
		return nil, vm.OSErrorFor(err, a.obj, b.obj)
	}
	return None, nil
}

func posixReadlink(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var path, dirFD Object
	if err := parse("readlink", []string{"path", "dir_fd"}, 1, 1, args, kwnames, &path, &dirFD); err != nil {
		return nil, err
	}
	p, err := convertPath(t, "readlink", "path", path, 0)
	if err != nil {
		return nil, err
	}
	if err := noDirFD("readlink", dirFD); err != nil {
		return nil, err
	}
	var target string
	if err := call(t, "readlink", func() error {
		var e error
		target, e = hostOf(t).Readlink(p.name)
		return e
	}); err != nil {
		return nil, vm.OSErrorFor(err, p.obj, nil)
	}
	return vm.FSDecode(target, p.isBytes), nil
}

func posixChmod(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var path, mode, dirFD, follow Object
	if err := parse("chmod", []string{"path", "mode", "dir_fd", "follow_symlinks"}, 2, 2, args, kwnames, &path, &mode, &dirFD, &follow); err != nil {
		return nil, err
	}
	p, err := convertPath(t, "chmod", "path", path, allowFD)
	if err != nil {
		return nil, err
	}
	if err := noDirFD("chmod", dirFD); err != nil {
		return nil, err
	}
	m, err := intArg(t, mode)
	if err != nil {
		return nil, err
	}
	fl, err := boolArg(t, follow, true)
	if err != nil {
		return nil, err
	}
	if p.fd >= 0 {
		return nil, vm.NewError(py.NotImplementedError, "chmod: fd unavailable on this platform")
	}
	h := hostOf(t)
	err = call(t, "chmod", func() error {
		if !fl {
			// A symbolic link has no mode of its own on Linux; for
			// anything else this is chmod, as fchmodat does it.
			st, e := h.Stat(p.name, false)
			if e != nil {
				return e
			}
			if st.Mode&host.S_IFMT == host.S_IFLNK {
				return syscall.EOPNOTSUPP
			}
		}
		return h.Chmod(p.name, fs.FileMode(m)&fs.ModePerm|modeExtra(m), true)
	})
	if err != nil {
		return nil, vm.OSErrorFor(err, p.obj, nil)
	}
	return None, nil
}

func posixUtime(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var path, times, ns, dirFD, follow Object
	if err := parse("utime", []string{"path", "times", "ns", "dir_fd", "follow_symlinks"}, 2, 1, args, kwnames, &path, &times, &ns, &dirFD, &follow); err != nil {
		return nil, err
	}
	p, err := convertPath(t, "utime", "path", path, allowFD)
	if err != nil {
		return nil, err
	}
	if err := noDirFD("utime", dirFD); err != nil {
		return nil, err
	}
	if times != nil && times != None && ns != nil {
		return nil, vm.NewError(py.ValueError, "utime: you may specify either 'times' or 'ns' but not both")
	}
	now := time.Now()
	atime, mtime := now, now
	switch {
	case times != nil && times != None:
		tup, ok := times.(vm.Tuple)
		if !ok || len(tup) != 2 {
			return nil, vm.NewError(py.TypeError, "utime: 'times' must be either a tuple of two ints or None")
		}
		a, err := secondsTime(t, tup[0])
		if err != nil {
			return nil, err
		}
		b, err := secondsTime(t, tup[1])
		if err != nil {
			return nil, err
		}
		atime, mtime = a, b
	case ns != nil:
		tup, ok := ns.(vm.Tuple)
		if !ok || len(tup) != 2 {
			return nil, vm.NewError(py.TypeError, "utime: 'ns' must be a tuple of two ints")
		}
		a, err := vm.IndexInt(t, tup[0])
		if err != nil {
			return nil, err
		}
		b, err := vm.IndexInt(t, tup[1])
		if err != nil {
			return nil, err
		}
		atime, mtime = time.Unix(0, int64(a)), time.Unix(0, int64(b))
	}
	fl, err := boolArg(t, follow, true)
	if err != nil {
		return nil, err
	}
	if p.fd >= 0 {
		return nil, vm.NewError(py.NotImplementedError, "utime: fd unavailable on this platform")
	}
	if err := call(t, "utime", func() error { return hostOf(t).Utime(p.name, atime, mtime, fl) }); err != nil {
		// CPython names no file in utime's errors.
		return nil, vm.OSErrorFor(err, nil, nil)
	}
	return None, nil
}

// secondsTime converts a time in seconds (int or float) as utime does.
func secondsTime(t *Thread, o Object) (time.Time, error) {
	if f, ok := o.(py.Float); ok {
		sec := float64(f)
		whole := float64(int64(sec))
		if whole > sec {
			whole--
		}
		return time.Unix(int64(whole), int64((sec-whole)*1e9)), nil
	}
	n, err := vm.IndexInt(t, o)
	if err != nil {
		return time.Time{}, vm.NewError(py.TypeError, "utime: 'times' must be either a tuple of two ints or None")
	}
	return time.Unix(int64(n), 0), nil
}

func posixTruncate(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var path, length Object
	if err := parse("truncate", []string{"path", "length"}, -1, 2, args, kwnames, &path, &length); err != nil {
		return nil, err
	}
	p, err := convertPath(t, "truncate", "path", path, allowFD)
	if err != nil {
		return nil, err
	}
	n, err := intArg(t, length)
	if err != nil {
		return nil, err
	}
	if p.fd >= 0 {
		return ftruncate(t, p.fd, n)
	}
	if err := call(t, "truncate", func() error { return hostOf(t).Truncate(p.name, int64(n)) }); err != nil {
		return nil, vm.OSErrorFor(err, p.obj, nil)
	}
	return None, nil
}

func ftruncate(t *Thread, fd, n int) (Object, error) {
	f, err := fdFile(t, fd)
	if err != nil {
		return nil, err
	}
	if err := call(t, "ftruncate", func() error { return f.Truncate(int64(n)) }); err != nil {
		return nil, vm.FDError(err)
	}
	return None, nil
}

func posixFtruncate(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var fd, n int
	if err := intArgs(t, "ftruncate", args, kwnames, &fd, &n); err != nil {
		return nil, err
	}
	return ftruncate(t, fd, n)
}

func posixAccess(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var path, mode, dirFD, eff, follow Object
	if err := parse("access", []string{"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"}, 2, 2, args, kwnames, &path, &mode, &dirFD, &eff, &follow); err != nil {
		return nil, err
	}
	p, err := convertPath(t, "access", "path", path, 0)
	if err != nil {
		return nil, err
	}
	if err := noDirFD("access", dirFD); err != nil {
		return nil, err
	}
	m, err := intArg(t, mode)
	if err != nil {
		return nil, err
	}
	if e, _ := boolArg(t, eff, false); e {
		return nil, vm.NewError(py.NotImplementedError, "access: effective_ids unavailable on this platform")
	}
	var ok bool
	_ = call(t, "access", func() error {
		ok, _ = hostOf(t).Access(p.name, uint32(m))
		return nil
	})
	return vm.NewBool(ok), nil
}
