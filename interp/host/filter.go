package host

import (
	"io/fs"
	"os"
	"path"
	"syscall"
	"time"
)

// Op names a file-system operation a Filter is asked about.
type Op string

// The operations a Filter checks. Open is split by what the flags allow.
const (
	OpRead    Op = "read"    // open for reading, stat, list, readlink, access, chdir
	OpWrite   Op = "write"   // open for writing, create, truncate
	OpMkdir   Op = "mkdir"   //
	OpRemove  Op = "remove"  // unlink, rmdir
	OpRename  Op = "rename"  // both names are checked
	OpLink    Op = "link"    // symlink and link: the new name is checked
	OpChmod   Op = "chmod"   // chmod, utime
	OpSetenv  Op = "setenv"  // setenv, unsetenv (path is the variable's name)
	OpProcess Op = "process" // reserved for process creation
)

// Writes reports whether the operation changes the file system.
func (op Op) Writes() bool {
	switch op {
	case OpRead, OpSetenv, OpProcess:
		return false
	}
	return true
}

// Check decides whether an operation may go ahead: nil allows it, an
// error (a *PolicyError) refuses it. path is absolute and clean,
// resolved against the host's working directory (symbolic links are not
// resolved).
type Check func(op Op, path string) error

// Filter returns a Host that asks check before every file-system
// operation (and environment change) of inner, and refuses the ones it
// refuses. It is the building block of sandboxes: see ReadOnly.
func Filter(inner Host, check Check) Host { return &filtered{Host: inner, check: check} }

// ReadOnly returns a Host that lets a program read inner's files but not
// change them: every change fails as on a read-only file system (OSError
// with errno EROFS), naming the policy.
func ReadOnly(inner Host) Host {
	return Filter(inner, func(op Op, p string) error {
		if op.Writes() {
			return &PolicyError{Op: string(op), Path: p, Errno: syscall.EROFS, Policy: "read-only sandbox"}
		}
		return nil
	})
}

type filtered struct {
	Host
	check Check
}

func (h *filtered) abs(name string) string {
	if name == "" {
		return ""
	}
	if !path.IsAbs(name) {
		cwd, err := h.Host.Getwd()
		if err != nil {
			return path.Clean(name)
		}
		name = cwd + "/" + name
	}
	return path.Clean(name)
}

// ask checks an operation and gives a refusal the name the program used.
func (h *filtered) ask(op Op, name string) error {
	if err := h.check(op, h.abs(name)); err != nil {
		if pe, ok := err.(*PolicyError); ok {
			c := *pe
			c.Path = name
			return &c
		}
		return err
	}
	return nil
}

func (h *filtered) Open(name string, flag int, perm fs.FileMode) (File, error) {
	op := OpRead
	if flag&(os.O_WRONLY|os.O_RDWR|os.O_CREATE|os.O_TRUNC|os.O_APPEND) != 0 {
		op = OpWrite
	}
	if err := h.ask(op, name); err != nil {
		return nil, err
	}
	return h.Host.Open(name, flag, perm)
}

func (h *filtered) Stat(name string, follow bool) (*Stat, error) {
	if err := h.ask(OpRead, name); err != nil {
		return nil, err
	}
	return h.Host.Stat(name, follow)
}

func (h *filtered) ReadDir(name string) ([]DirEntry, error) {
	if err := h.ask(OpRead, name); err != nil {
		return nil, err
	}
	return h.Host.ReadDir(name)
}

func (h *filtered) Mkdir(name string, perm fs.FileMode) error {
	if err := h.ask(OpMkdir, name); err != nil {
		return err
	}
	return h.Host.Mkdir(name, perm)
}

func (h *filtered) Unlink(name string) error {
	if err := h.ask(OpRemove, name); err != nil {
		return err
	}
	return h.Host.Unlink(name)
}

func (h *filtered) Rmdir(name string) error {
	if err := h.ask(OpRemove, name); err != nil {
		return err
	}
	return h.Host.Rmdir(name)
}

func (h *filtered) Rename(from, to string) error {
	if err := h.ask(OpRename, from); err != nil {
		return err
	}
	if err := h.ask(OpRename, to); err != nil {
		return err
	}
	return h.Host.Rename(from, to)
}

func (h *filtered) Symlink(target, link string) error {
	if err := h.ask(OpLink, link); err != nil {
		return err
	}
	return h.Host.Symlink(target, link)
}

func (h *filtered) Link(oldname, newname string) error {
	if err := h.ask(OpRead, oldname); err != nil {
		return err
	}
	if err := h.ask(OpLink, newname); err != nil {
		return err
	}
	return h.Host.Link(oldname, newname)
}

func (h *filtered) Readlink(name string) (string, error) {
	if err := h.ask(OpRead, name); err != nil {
		return "", err
	}
	return h.Host.Readlink(name)
}

func (h *filtered) Chmod(name string, mode fs.FileMode, follow bool) error {
	if err := h.ask(OpChmod, name); err != nil {
		return err
	}
	return h.Host.Chmod(name, mode, follow)
}

func (h *filtered) Utime(name string, atime, mtime time.Time, follow bool) error {
	if err := h.ask(OpChmod, name); err != nil {
		return err
	}
	return h.Host.Utime(name, atime, mtime, follow)
}

func (h *filtered) Truncate(name string, size int64) error {
	if err := h.ask(OpWrite, name); err != nil {
		return err
	}
	return h.Host.Truncate(name, size)
}

func (h *filtered) Access(name string, mode uint32) (bool, error) {
	if err := h.ask(OpRead, name); err != nil {
		return false, nil
	}
	if mode&W_OK != 0 {
		if err := h.check(OpWrite, h.abs(name)); err != nil {
			return false, nil
		}
	}
	return h.Host.Access(name, mode)
}

func (h *filtered) Chdir(dir string) error {
	if err := h.ask(OpRead, dir); err != nil {
		return err
	}
	return h.Host.Chdir(dir)
}

func (h *filtered) Setenv(key, value string) error {
	if err := h.check(OpSetenv, key); err != nil {
		return err
	}
	return h.Host.Setenv(key, value)
}

func (h *filtered) Unsetenv(key string) error {
	if err := h.check(OpSetenv, key); err != nil {
		return err
	}
	return h.Host.Unsetenv(key)
}
