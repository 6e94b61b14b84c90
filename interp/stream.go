package interp

import (
	"bufio"
	"io"
	"os"
	"strings"
	"sync"
)

// Buffering says when a textStream passes what it was given on to the
// underlying writer, following CPython's rules for sys.stdout/stderr.
type Buffering int

const (
	// BlockBuffered collects writes until the buffer fills or flush is
	// called: stdout when it is not a terminal.
	BlockBuffered Buffering = iota
	// LineBuffered passes output on at each newline: stdout on a
	// terminal, and stderr always.
	LineBuffered
	// Unbuffered passes every write on at once: python -u.
	Unbuffered
)

// outStream is the Go side of sys.stdout and sys.stderr: a writer with
// CPython's buffering policy. It is safe for concurrent use because
// threads print without holding any Python-level lock.
type outStream struct {
	mu   sync.Mutex
	w    *bufio.Writer
	mode Buffering
}

func newOutStream(w io.Writer, mode Buffering) *outStream {
	return &outStream{w: bufio.NewWriterSize(w, 8192), mode: mode}
}

// WriteString writes s under the stream's buffering policy.
func (s *outStream) WriteString(str string) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n, err := s.w.WriteString(str)
	if err != nil {
		return n, err
	}
	switch s.mode {
	case Unbuffered:
		err = s.w.Flush()
	case LineBuffered:
		if strings.IndexByte(str, '\n') >= 0 {
			err = s.w.Flush()
		}
	}
	return n, err
}

// Flush passes on whatever is buffered.
func (s *outStream) Flush() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Flush()
}

// isTerminal reports whether w is a character device, which is how
// CPython decides that stdout is interactive and should be line-buffered.
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	if err != nil {
		return false
	}
	return st.Mode()&os.ModeCharDevice != 0
}
