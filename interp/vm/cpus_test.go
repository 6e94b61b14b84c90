package vm

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCountCPUList(t *testing.T) {
	for s, want := range map[string]int{
		"0": 1, "0-1": 2, "0-3,6,8-9": 7, "1,3": 2,
		"": 0, "x": 0, "3-1": 0, "0-": 0, "-1": 0, "0,,1": 0,
	} {
		assert.Equal(t, want, countCPUList(s), "%q", s)
	}
}

func TestCPUCount(t *testing.T) {
	assert.GreaterOrEqual(t, CPUCount(), 1)
}
