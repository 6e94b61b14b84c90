// Package host is the interpreter's only way to the machine it runs on:
// the file system, the process environment (variables, working
// directory, process ids) and the pipes a program makes. Every Python
// operation that touches them (open(), the os and io modules, imports of
// a script's own modules) goes through the Host an interpreter was given,
// so that an embedder can restrict what a program may reach (deny paths,
// make the file system read-only, serve files from memory) without
// touching the modules that use it.
//
// Names are POSIX paths as the program gave them. A relative name is
// resolved against the host's working directory (Getwd), which belongs to
// the host, not to the Go process: several interpreters in one process
// each have their own, and os.chdir in one does not move the others.
//
// Errors are the operating system's: implementations return errors that
// wrap a syscall.Errno (an *fs.PathError, or the Errno itself), which the
// interpreter turns into the OSError subclass CPython raises for that
// errno (FileNotFoundError for ENOENT, PermissionError for EACCES...).
// A host that refuses an operation by policy returns a *PolicyError.
package host

import (
	"fmt"
	"io"
	"io/fs"
	"syscall"
	"time"
)

// Host is what an interpreter may do to the machine. Implementations must
// be safe for concurrent use: Python threads call them with the GIL
// released.
type Host interface {
	// Open opens a file with os.OpenFile's flags (os.O_RDONLY,
	// os.O_WRONLY, os.O_RDWR, os.O_CREATE, os.O_EXCL, os.O_TRUNC,
	// os.O_APPEND) and, when it creates the file, permission bits perm
	// (before the umask). Directories open read-only.
	Open(name string, flag int, perm fs.FileMode) (File, error)
	// Stat describes a file; with follow false a symbolic link itself
	// (lstat).
	Stat(name string, follow bool) (*Stat, error)
	// ReadDir lists a directory in the order the file system gives,
	// without "." and "..".
	ReadDir(name string) ([]DirEntry, error)
	Mkdir(name string, perm fs.FileMode) error
	// Unlink removes a file (not a directory); Rmdir an empty directory.
	Unlink(name string) error
	Rmdir(name string) error
	// Rename moves from to to, replacing to if it exists (POSIX rename).
	Rename(from, to string) error
	Symlink(target, link string) error
	Link(oldname, newname string) error
	Readlink(name string) (string, error)
	// Chmod sets permission bits; with follow false those of a symbolic
	// link itself, where the system allows it.
	Chmod(name string, mode fs.FileMode, follow bool) error
	// Utime sets access and modification times.
	Utime(name string, atime, mtime time.Time, follow bool) error
	Truncate(name string, size int64) error
	// Access reports whether the calling process may access name in the
	// way mode asks (R_OK, W_OK, X_OK bits, or F_OK for existence).
	Access(name string, mode uint32) (bool, error)

	// Getwd is the working directory relative names are resolved against.
	Getwd() (string, error)
	// Chdir changes it.
	Chdir(dir string) error

	// Environ is the environment as "KEY=value" strings: the program's
	// os.environ starts from it, and child processes get it.
	Environ() []string
	Setenv(key, value string) error
	Unsetenv(key string) error

	// Getpid and Getppid are the ids os.getpid and os.getppid report.
	Getpid() int
	Getppid() int

	// Pipe makes a pipe: what is written to w can be read from r.
	Pipe() (r, w File, err error)
}

// File is an open file of a Host.
type File interface {
	io.Reader
	io.Writer
	io.Seeker
	io.Closer
	Stat() (*Stat, error)
	Truncate(size int64) error
	Sync() error
}

// Terminal is implemented by files that may be terminals (the standard
// streams of a command-line interpreter).
type Terminal interface {
	// IsTerminal reports whether the file is a terminal (isatty).
	IsTerminal() bool
	// TerminalSize is the terminal's size in columns and lines; an error
	// (ENOTTY) when the file is not a terminal.
	TerminalSize() (columns, lines int, err error)
}

// Stat is what stat(2) says about a file, as os.stat_result shows it.
type Stat struct {
	// Mode holds the file type and permission bits, as st_mode
	// (S_IFDIR, S_IFREG... and 0o7777).
	Mode    uint32
	Ino     uint64
	Dev     uint64
	Nlink   uint64
	Uid     uint32
	Gid     uint32
	Size    int64
	Rdev    uint64
	Blksize int64
	Blocks  int64
	// Atime, Mtime and Ctime are in nanoseconds since the epoch.
	Atime, Mtime, Ctime int64
}

// File type bits of Stat.Mode and DirEntry.Type, as in <sys/stat.h>.
const (
	S_IFMT   = 0o170000
	S_IFSOCK = 0o140000
	S_IFLNK  = 0o120000
	S_IFREG  = 0o100000
	S_IFBLK  = 0o060000
	S_IFDIR  = 0o040000
	S_IFCHR  = 0o020000
	S_IFIFO  = 0o010000
)

// IsDir reports whether the Stat describes a directory.
func (s *Stat) IsDir() bool { return s.Mode&S_IFMT == S_IFDIR }

// DirEntry is one name in a directory listing.
type DirEntry struct {
	Name string
	// Type is the entry's file type bits (S_IFDIR, S_IFREG, S_IFLNK...),
	// or 0 when the file system did not say.
	Type uint32
	Ino  uint64
}

// Access modes of Host.Access.
const (
	F_OK = 0
	X_OK = 1
	W_OK = 2
	R_OK = 4
)

// PolicyError is the error a host returns for an operation its policy
// forbids. The interpreter raises it as the OSError for Errno (usually
// PermissionError, or OSError with EROFS for a read-only host), with a
// strerror that names the policy.
type PolicyError struct {
	Op, Path string
	Errno    syscall.Errno
	Policy   string
}

func (e *PolicyError) Error() string {
	return fmt.Sprintf("%s %s: %s (%s)", e.Op, e.Path, e.Errno.Error(), e.Policy)
}

// Unwrap makes errors.Is(err, syscall.EACCES) and friends work.
func (e *PolicyError) Unwrap() error { return e.Errno }
