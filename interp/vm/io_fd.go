package vm

import (
	"errors"
	"io"
	"os"
	"sync"
	"syscall"

	"github.com/gilpy/gilpy/interp/host"
)

// File descriptors. A program's file descriptors are numbers in a table
// of the interpreter's, not the process's: each names a host.File (a file
// the Host opened, or one end of a pipe it made). 0, 1 and 2 are the
// interpreter's standard streams; other numbers are handed out lowest
// first from 3, as POSIX does, so a program sees the numbers CPython's
// would in a fresh process. Keeping the table in the interpreter lets a
// Host that is not the real machine (an in-memory file system) have
// descriptors too, and keeps interpreters sharing a process apart.

type fdTable struct {
	mu    sync.Mutex
	files map[int]*fdEntry
}

// fdEntry is one open descriptor. Descriptors made by dup share their
// file (refs counts them): it is closed with the last of them.
type fdEntry struct {
	f    host.File
	refs *int
	// std marks the standard streams, which close() leaves to the
	// embedder: closing descriptor 1 stops the program's writes to it
	// without closing the embedder's writer.
	std bool
}

func newEntry(f host.File, std bool) *fdEntry {
	n := 1
	return &fdEntry{f: f, refs: &n, std: std}
}

func (ft *fdTable) init(stdin io.Reader, stdout, stderr io.Writer) {
	ft.files = map[int]*fdEntry{
		0: newEntry(interruptibleStdin(stdFile(stdin, nil)), true),
		1: newEntry(stdFile(nil, stdout), true),
		2: newEntry(stdFile(nil, stderr), true),
	}
}

// lowest returns the lowest free number; ft.mu is held.
func (ft *fdTable) lowest() int {
	fd := 0
	for {
		if _, used := ft.files[fd]; !used {
			return fd
		}
		fd++
	}
}

// add registers f under the lowest free number.
func (ft *fdTable) add(f host.File) int {
	ft.mu.Lock()
	defer ft.mu.Unlock()
	fd := ft.lowest()
	ft.files[fd] = newEntry(f, false)
	return fd
}

// get returns the file behind fd, or EBADF.
func (ft *fdTable) get(fd int) (host.File, error) {
	ft.mu.Lock()
	defer ft.mu.Unlock()
	e, ok := ft.files[fd]
	if !ok {
		return nil, syscall.EBADF
	}
	return e.f, nil
}

// release drops one descriptor's hold on its file, closing the file
// with the last; ft.mu is held.
func (e *fdEntry) release() error {
	*e.refs--
	if *e.refs > 0 || e.std {
		return nil
	}
	return e.f.Close()
}

// close closes fd.
func (ft *fdTable) close(fd int) error {
	ft.mu.Lock()
	defer ft.mu.Unlock()
	e, ok := ft.files[fd]
	if !ok {
		return syscall.EBADF
	}
	delete(ft.files, fd)
	return e.release()
}

// dup makes newfd (or, when newfd < 0, the lowest free number) name the
// same file as fd, closing what newfd named before.
func (ft *fdTable) dup(fd, newfd int) (int, error) {
	ft.mu.Lock()
	defer ft.mu.Unlock()
	e, ok := ft.files[fd]
	if !ok {
		return -1, syscall.EBADF
	}
	if newfd < 0 {
		newfd = ft.lowest()
	}
	if newfd == fd {
		return fd, nil
	}
	if old, ok := ft.files[newfd]; ok {
		_ = old.release()
	}
	*e.refs++
	ft.files[newfd] = &fdEntry{f: e.f, refs: e.refs, std: e.std}
	return newfd, nil
}

// closeAll closes every descriptor the program left open (at exit).
func (ft *fdTable) closeAll() {
	ft.mu.Lock()
	defer ft.mu.Unlock()
	for fd, e := range ft.files {
		_ = e.release()
		delete(ft.files, fd)
	}
}

// stdFile makes a host.File of a standard stream: the *os.File itself
// when it is one (so that isatty, seeking a redirected file and the
// terminal size work), else an adapter that reads r or writes w.
func stdFile(r io.Reader, w io.Writer) host.File {
	if f, ok := r.(*os.File); ok && r != nil {
		return host.WrapFile(f)
	}
	if f, ok := w.(*os.File); ok && w != nil {
		return host.WrapFile(f)
	}
	return &streamFile{r: r, w: w}
}

// streamFile is a standard stream the embedder gave as a plain reader or
// writer: it behaves as a pipe (not seekable, not a terminal).
type streamFile struct {
	r io.Reader
	w io.Writer
}

func (s *streamFile) Read(p []byte) (int, error) {
	if s.r == nil {
		return 0, syscall.EBADF
	}
	return s.r.Read(p)
}

func (s *streamFile) Write(p []byte) (int, error) {
	if s.w == nil {
		return 0, syscall.EBADF
	}
	return s.w.Write(p)
}

func (s *streamFile) Seek(int64, int) (int64, error) { return 0, syscall.ESPIPE }
func (s *streamFile) Close() error                   { return nil }
func (s *streamFile) Truncate(int64) error           { return syscall.EINVAL }
func (s *streamFile) Sync() error                    { return syscall.EINVAL }

func (s *streamFile) Stat() (*host.Stat, error) {
	return &host.Stat{Mode: host.S_IFIFO | 0o600, Nlink: 1, Blksize: 4096}, nil
}

// isTerminalFile reports whether f is a terminal.
func isTerminalFile(f host.File) bool {
	tt, ok := f.(host.Terminal)
	return ok && tt.IsTerminal()
}

// errnoOf extracts the errno from a host error, if any.
func errnoOf(err error) (syscall.Errno, bool) {
	var e syscall.Errno
	if errors.As(err, &e) {
		return e, true
	}
	return 0, false
}
