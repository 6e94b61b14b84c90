//go:build unix && !linux

package time

import "syscall"

// processCPU returns the CPU time (user and system) of the whole Go
// process in nanoseconds.
func processCPU() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
