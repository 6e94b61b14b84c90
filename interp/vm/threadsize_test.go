package vm

import (
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
)

// A program may have thousands of threads waiting at once, so a Thread
// stays within the Go allocator's 256-byte size class: what only some
// threads use belongs in threadRare.
func TestThreadSize(t *testing.T) {
	assert.LessOrEqual(t, unsafe.Sizeof(Thread{}), uintptr(256))
}
