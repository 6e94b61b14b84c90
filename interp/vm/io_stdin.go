package vm

import (
	"io"
	"sync"
	"syscall"

	"github.com/gilpy/gilpy/gilrt"
	"github.com/gilpy/gilpy/interp/host"
)

// Reads of standard input can be interrupted. A read from a terminal or
// a pipe may wait forever, and Go cannot cancel it, so the read runs on a
// goroutine of its own and the Python thread waits for it or for Ctrl-C,
// whichever comes first: input() raises KeyboardInterrupt at once, as in
// CPython (whose read(2) fails with EINTR). What the abandoned read
// brings later is kept for the next read of the descriptor.

// stopReader is a file whose reads can be abandoned: readStop returns
// gilrt.ErrInterrupted when stop closes before data comes.
type stopReader interface {
	readStop(p []byte, stop <-chan struct{}) (int, error)
}

// stdinFile wraps the standard input's host.File.
type stdinFile struct {
	host.File
	mu      sync.Mutex
	pending *pendingRead // a read under way, or finished and not consumed
	left    []byte       // data read and not consumed yet
	err     error        // the error that ended the last read, once left is empty
}

// pendingRead is one read of the underlying file.
type pendingRead struct {
	buf  []byte
	n    int
	err  error
	done chan struct{}
}

// interruptibleStdin wraps standard input unless it is a regular file
// (seekable, where a read never waits long and an abandoned read would
// put the offset out of step).
func interruptibleStdin(f host.File) host.File {
	if _, err := f.Seek(0, io.SeekCurrent); err == nil {
		return f
	}
	return &stdinFile{File: f}
}

// IsTerminal and TerminalSize pass host.Terminal through.
func (s *stdinFile) IsTerminal() bool { return isTerminalFile(s.File) }

func (s *stdinFile) TerminalSize() (int, int, error) {
	if tt, ok := s.File.(host.Terminal); ok {
		return tt.TerminalSize()
	}
	return 0, 0, syscall.ENOTTY
}

func (s *stdinFile) Read(p []byte) (int, error) { return s.readStop(p, nil) }

func (s *stdinFile) readStop(p []byte, stop <-chan struct{}) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	for {
		s.mu.Lock()
		if len(s.left) > 0 {
			n := copy(p, s.left)
			s.left = s.left[n:]
			s.mu.Unlock()
			return n, nil
		}
		if s.err != nil {
			err := s.err
			s.err = nil
			s.mu.Unlock()
			return 0, err
		}
		pr := s.pending
		if pr == nil {
			pr = &pendingRead{buf: make([]byte, len(p)), done: make(chan struct{})}
			s.pending = pr
			go func() {
				pr.n, pr.err = s.File.Read(pr.buf)
				close(pr.done)
			}()
		}
		s.mu.Unlock()
		select {
		case <-pr.done:
		case <-stop:
			return 0, gilrt.ErrInterrupted
		}
		s.mu.Lock()
		if s.pending == pr {
			// The first waiter to wake moves the result where every
			// reader finds it; the others loop and take it from there.
			s.pending = nil
			s.left = pr.buf[:pr.n]
			if pr.n == 0 {
				// End of file (or an error): a read that returns 0 with
				// no error says EOF.
				s.mu.Unlock()
				return 0, pr.err
			}
			s.err = pr.err
		}
		s.mu.Unlock()
	}
}

// ioBlockRead reads from h with the GIL released; a read of a
// stopReader ends with the interruption's exception when Ctrl-C (or the
// interpreter's cancellation) comes first.
func ioBlockRead(t *Thread, h host.File, p []byte) (int, error) {
	sr, ok := h.(stopReader)
	if !ok || t == nil || t.gil == nil {
		var n int
		err := ioBlock(t, "read", func() error {
			var e error
			n, e = h.Read(p)
			return e
		})
		return n, err
	}
	var n int
	var opErr error
	err := t.gil.Block(blockIO, "read", func(stop <-chan struct{}) error {
		var e error
		n, e = sr.readStop(p, stop)
		if e == gilrt.ErrInterrupted {
			return e
		}
		opErr = e
		return nil
	})
	if err != nil {
		return 0, t.interruptError(err)
	}
	return n, opErr
}
