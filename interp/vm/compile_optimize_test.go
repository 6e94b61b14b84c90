package vm

import (
	"testing"

	"github.com/gilpy/gilpy/interp/compile"
	"github.com/stretchr/testify/assert"
)

// compile() puts its optimize level where the compiler reads it.
func TestCompileOptimizeBits(t *testing.T) {
	for level := 1; level <= 2; level++ {
		assert.Equal(t, compile.OptimizeFlags(level), compile.Flags(level<<compileOptimizeShift))
		assert.Zero(t, (level<<compileOptimizeShift)&compileKnownFlags, "a caller's flag")
	}
	assert.Zero(t, compile.OptimizeFlags(0))
}
