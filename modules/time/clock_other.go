//go:build !linux

package time

import (
	"syscall"
	gotime "time"
)

// Other systems: only the clocks Go offers portably.
var clockIDs = map[string]int{
	"CLOCK_REALTIME":  0,
	"CLOCK_MONOTONIC": 1,
}

const (
	clockRealtime        = 0
	clockMonotonic       = 1
	clockProcessCPUTime  = -2
	clockThreadCPUTime   = -3
	monotonicDescription = "monotonic clock of the Go runtime"
	realtimeDescription  = "wall clock of the Go runtime"
	processDescription   = "getrusage(RUSAGE_SELF)"
)

func sysClockGettime(id int) (int64, syscall.Errno) {
	switch id {
	case clockRealtime:
		return gotime.Now().UnixNano(), 0
	case clockMonotonic:
		return monotonicNs(), 0
	}
	return 0, syscall.EINVAL
}

func sysClockGetres(id int) (int64, syscall.Errno) {
	if id == clockRealtime || id == clockMonotonic {
		return 1, 0
	}
	return 0, syscall.EINVAL
}
