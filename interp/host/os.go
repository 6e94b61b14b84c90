package host

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"
)

// OS is the Host of the real machine, with a working directory and an
// environment of its own: NewOS copies the process's, and Chdir and
// Setenv change only the copies, so interpreters sharing a Go process do
// not disturb each other (or the embedding program).
type OS struct {
	mu  sync.Mutex
	cwd string
	env []string
}

// NewOS returns a Host for the real machine whose working directory and
// environment start as the process's.
func NewOS() *OS {
	cwd, err := syscall.Getwd()
	if err != nil {
		cwd, _ = os.Getwd()
	}
	return &OS{cwd: cwd, env: os.Environ()}
}

// NewOSWith returns a Host for the real machine with the given working
// directory (absolute) and environment.
func NewOSWith(cwd string, env []string) *OS {
	return &OS{cwd: cwd, env: append([]string(nil), env...)}
}

// path resolves name against the host's working directory. The empty
// name stays empty (so the system reports ENOENT for it, as CPython
// shows), and the result is not cleaned: "link/.." must go through the
// link as the system would.
func (h *OS) path(name string) string {
	if name == "" || strings.HasPrefix(name, "/") {
		return name
	}
	h.mu.Lock()
	cwd := h.cwd
	h.mu.Unlock()
	if strings.HasSuffix(cwd, "/") {
		return cwd + name
	}
	return cwd + "/" + name
}

// pathErr gives errors the name the program used, not the resolved one.
func pathErr(op, name string, err error) error {
	if err == nil {
		return nil
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return &fs.PathError{Op: op, Path: name, Err: pe.Err}
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return &fs.PathError{Op: op, Path: name, Err: le.Err}
	}
	return &fs.PathError{Op: op, Path: name, Err: err}
}

// retry repeats a system call interrupted by a signal, as CPython does.
func retry(fn func() error) error {
	for {
		err := fn()
		if err != syscall.EINTR {
			return err
		}
	}
}

// Open implements Host.
func (h *OS) Open(name string, flag int, perm fs.FileMode) (File, error) {
	f, err := os.OpenFile(h.path(name), flag|syscall.O_CLOEXEC, perm)
	if err != nil {
		return nil, pathErr("open", name, err)
	}
	return &osFile{f: f}, nil
}

// Stat implements Host.
func (h *OS) Stat(name string, follow bool) (*Stat, error) {
	var st syscall.Stat_t
	p := h.path(name)
	err := retry(func() error {
		if follow {
			return syscall.Stat(p, &st)
		}
		return syscall.Lstat(p, &st)
	})
	if err != nil {
		return nil, pathErr("stat", name, err)
	}
	return fromSys(&st), nil
}

// ReadDir implements Host.
func (h *OS) ReadDir(name string) ([]DirEntry, error) {
	f, err := os.Open(h.path(name))
	if err != nil {
		return nil, pathErr("scandir", name, err)
	}
	defer f.Close()
	ents, err := f.ReadDir(-1)
	if err != nil {
		return nil, pathErr("scandir", name, err)
	}
	out := make([]DirEntry, len(ents))
	for i, e := range ents {
		out[i] = DirEntry{Name: e.Name(), Type: typeBits(e.Type())}
	}
	return out, nil
}

// typeBits converts Go's file type bits to st_mode's.
func typeBits(m fs.FileMode) uint32 {
	switch {
	case m&fs.ModeDir != 0:
		return S_IFDIR
	case m&fs.ModeSymlink != 0:
		return S_IFLNK
	case m&fs.ModeNamedPipe != 0:
		return S_IFIFO
	case m&fs.ModeSocket != 0:
		return S_IFSOCK
	case m&fs.ModeCharDevice != 0:
		return S_IFCHR
	case m&fs.ModeDevice != 0:
		return S_IFBLK
	case m&fs.ModeIrregular != 0:
		return 0
	}
	return S_IFREG
}

// Mkdir implements Host.
func (h *OS) Mkdir(name string, perm fs.FileMode) error {
	p := h.path(name)
	return pathErr("mkdir", name, retry(func() error { return syscall.Mkdir(p, uint32(perm)) }))
}

// Unlink implements Host.
func (h *OS) Unlink(name string) error {
	p := h.path(name)
	return pathErr("unlink", name, retry(func() error { return syscall.Unlink(p) }))
}

// Rmdir implements Host.
func (h *OS) Rmdir(name string) error {
	p := h.path(name)
	return pathErr("rmdir", name, retry(func() error { return syscall.Rmdir(p) }))
}

// Rename implements Host.
func (h *OS) Rename(from, to string) error {
	a, b := h.path(from), h.path(to)
	return pathErr("rename", from, retry(func() error { return syscall.Rename(a, b) }))
}

// Symlink implements Host.
func (h *OS) Symlink(target, link string) error {
	p := h.path(link)
	return pathErr("symlink", target, retry(func() error { return syscall.Symlink(target, p) }))
}

// Link implements Host.
func (h *OS) Link(oldname, newname string) error {
	a, b := h.path(oldname), h.path(newname)
	return pathErr("link", oldname, retry(func() error { return syscall.Link(a, b) }))
}

// Readlink implements Host.
func (h *OS) Readlink(name string) (string, error) {
	s, err := os.Readlink(h.path(name))
	return s, pathErr("readlink", name, err)
}

// Chmod implements Host. Linux cannot change a symbolic link's own mode,
// so with follow false it reports errors.ErrUnsupported.
func (h *OS) Chmod(name string, mode fs.FileMode, follow bool) error {
	if !follow {
		return errors.ErrUnsupported
	}
	p := h.path(name)
	return pathErr("chmod", name, retry(func() error { return syscall.Chmod(p, uint32(mode)) }))
}

// Utime implements Host; with follow false it reports
// errors.ErrUnsupported.
func (h *OS) Utime(name string, atime, mtime time.Time, follow bool) error {
	if !follow {
		return errors.ErrUnsupported
	}
	p := h.path(name)
	ts := []syscall.Timespec{syscall.NsecToTimespec(atime.UnixNano()), syscall.NsecToTimespec(mtime.UnixNano())}
	return pathErr("utime", name, retry(func() error { return syscall.UtimesNano(p, ts) }))
}

// Truncate implements Host.
func (h *OS) Truncate(name string, size int64) error {
	p := h.path(name)
	return pathErr("truncate", name, retry(func() error { return syscall.Truncate(p, size) }))
}

// Access implements Host.
func (h *OS) Access(name string, mode uint32) (bool, error) {
	p := h.path(name)
	return retry(func() error { return syscall.Access(p, mode) }) == nil, nil
}

// Getwd implements Host. Like the system's getcwd, it fails once the
// directory has been removed.
func (h *OS) Getwd() (string, error) {
	h.mu.Lock()
	cwd := h.cwd
	h.mu.Unlock()
	var st syscall.Stat_t
	if err := syscall.Stat(cwd, &st); err != nil {
		return "", &fs.PathError{Op: "getcwd", Path: "", Err: err}
	}
	return cwd, nil
}

// Chdir implements Host. The new directory is kept as the system's
// getcwd would report it: absolute, clean and with symbolic links
// resolved.
func (h *OS) Chdir(dir string) error {
	p := h.path(dir)
	var st syscall.Stat_t
	if err := retry(func() error { return syscall.Stat(p, &st) }); err != nil {
		return pathErr("chdir", dir, err)
	}
	if st.Mode&syscall.S_IFMT != syscall.S_IFDIR {
		return pathErr("chdir", dir, syscall.ENOTDIR)
	}
	if err := syscall.Access(p, X_OK); err != nil {
		return pathErr("chdir", dir, err)
	}
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		return pathErr("chdir", dir, err)
	}
	real, err = filepath.Abs(real)
	if err != nil {
		return pathErr("chdir", dir, err)
	}
	h.mu.Lock()
	h.cwd = real
	h.mu.Unlock()
	return nil
}

// Environ implements Host.
func (h *OS) Environ() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]string(nil), h.env...)
}

// Setenv implements Host.
func (h *OS) Setenv(key, value string) error {
	if key == "" || strings.ContainsAny(key, "=\x00") || strings.ContainsRune(value, 0) {
		return syscall.EINVAL
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	kv := key + "=" + value
	for i, e := range h.env {
		if strings.HasPrefix(e, key+"=") {
			h.env[i] = kv
			return nil
		}
	}
	h.env = append(h.env, kv)
	return nil
}

// Unsetenv implements Host.
func (h *OS) Unsetenv(key string) error {
	if key == "" || strings.ContainsAny(key, "=\x00") {
		return syscall.EINVAL
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	out := h.env[:0]
	for _, e := range h.env {
		if !strings.HasPrefix(e, key+"=") {
			out = append(out, e)
		}
	}
	h.env = out
	return nil
}

// Getpid implements Host.
func (h *OS) Getpid() int { return os.Getpid() }

// Getppid implements Host.
func (h *OS) Getppid() int { return os.Getppid() }

// Pipe implements Host.
func (h *OS) Pipe() (File, File, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return nil, nil, err
	}
	return &osFile{f: r}, &osFile{f: w}, nil
}

// osFile is an open file of the real machine.
type osFile struct{ f *os.File }

// WrapFile makes a File of an open *os.File (the process's standard
// streams, for instance).
func WrapFile(f *os.File) File { return &osFile{f: f} }

func (o *osFile) Read(p []byte) (int, error)  { return o.f.Read(p) }
func (o *osFile) Write(p []byte) (int, error) { return o.f.Write(p) }
func (o *osFile) Close() error                { return o.f.Close() }
func (o *osFile) Sync() error                 { return o.f.Sync() }
func (o *osFile) Truncate(size int64) error   { return o.f.Truncate(size) }

func (o *osFile) Seek(offset int64, whence int) (int64, error) {
	return o.f.Seek(offset, whence)
}

// control runs fn on the file's descriptor without making the file
// blocking (as Fd would).
func (o *osFile) control(fn func(fd int) error) error {
	rc, err := o.f.SyscallConn()
	if err != nil {
		return err
	}
	var ferr error
	if err := rc.Control(func(fd uintptr) { ferr = fn(int(fd)) }); err != nil {
		return err
	}
	return ferr
}

func (o *osFile) Stat() (*Stat, error) {
	var st syscall.Stat_t
	err := o.control(func(fd int) error {
		return retry(func() error { return syscall.Fstat(fd, &st) })
	})
	if err != nil {
		return nil, err
	}
	return fromSys(&st), nil
}

func (o *osFile) IsTerminal() bool {
	return o.control(func(fd int) error { return isTerminal(fd) }) == nil
}

func (o *osFile) TerminalSize() (int, int, error) {
	var cols, rows int
	err := o.control(func(fd int) error {
		var err error
		cols, rows, err = terminalSize(fd)
		return err
	})
	return cols, rows, err
}
