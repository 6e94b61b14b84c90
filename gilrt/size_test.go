package gilrt

import (
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
)

// A program may have thousands of threads waiting at once, so a Thread
// stays within the Go allocator's 256-byte size class: a field added or
// moved carelessly (a bool between two pointers costs 8 bytes) would put
// it in the 288-byte class.
func TestThreadSize(t *testing.T) {
	assert.LessOrEqual(t, unsafe.Sizeof(Thread{}), uintptr(256))
}
