// Package syncbuf is a buffer Go tests may read while interpreters
// write to it: a leaf package, so that package interp's own tests can
// use it too.
package syncbuf

import (
	"bytes"
	"sync"
)

// Buffer is a bytes.Buffer a test may read while an interpreter's
// threads (and child interpreters) write to it.
type Buffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *Buffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *Buffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
