package vm

import (
	"math"
	"math/big"
	"syscall"

	"github.com/gilpy/gilpy/interp/host"
)

// What the os module and its friends (written in Go, in modules/) use of
// the VM's file machinery: the descriptor table, the blocking helper and
// errors with CPython's messages.

// OpenFD registers an open file in the program's descriptor table and
// returns its number.
func (in *Interp) OpenFD(f host.File) int { return in.fds.add(f) }

// FD returns the file a descriptor names (EBADF when none).
func (in *Interp) FD(fd int) (host.File, error) { return in.fds.get(fd) }

// CloseFD closes a descriptor.
func (in *Interp) CloseFD(fd int) error { return in.fds.close(fd) }

// DupFD makes newfd (the lowest free number when negative) another
// descriptor for fd's file.
func (in *Interp) DupFD(fd, newfd int) (int, error) { return in.fds.dup(fd, newfd) }

// Blocking runs fn, an operation that may block, with the GIL released,
// and returns fn's error (or the exception an interruption raises).
func (t *Thread) Blocking(what string, fn func() error) error { return ioBlock(t, what, fn) }

// FDError is the OSError for a failed operation on a descriptor: no
// file name in it.
func FDError(err error) error { return fdError(err) }

// Strerror is the C library's message for errno.
func Strerror(errno syscall.Errno) string { return strerror(errno) }

// NewOSErrorErrno makes the OSError (subclass) for errno with CPython's
// message, naming filename when not nil.
func NewOSErrorErrno(errno syscall.Errno, filename Object) error {
	return osErrorObj(errno, filename)
}

// ExitNow ends the program at once with status, without running
// finally blocks or exit handlers and without flushing buffered output,
// as os._exit does. It returns the error the calling thread unwinds with.
func (t *Thread) ExitNow(status int) error {
	in := t.interp
	in.Abort(&AbortError{Reason: "os._exit", Status: status & 0xff, Immediate: true})
	return in.abortError()
}

// BufferBytes returns the memory of a bytes-like object (bytes,
// bytearray, memoryview), or false.
func BufferBytes(o Object) ([]byte, bool) {
	b, err := readableBuffer(nil, o)
	return b, err == nil
}

// NewUint makes an int from an unsigned value (inode and device numbers).
func NewUint(v uint64) Object {
	if v <= math.MaxInt64 {
		return NewInt(int64(v))
	}
	return NewBigInt(new(big.Int).SetUint64(v))
}
