package time

import (
	"syscall"
	"unsafe"
)

// The clock ids time.clock_gettime takes (Linux's).
var clockIDs = map[string]int{
	"CLOCK_REALTIME":           0,
	"CLOCK_MONOTONIC":          1,
	"CLOCK_PROCESS_CPUTIME_ID": 2,
	"CLOCK_THREAD_CPUTIME_ID":  3,
	"CLOCK_MONOTONIC_RAW":      4,
	"CLOCK_BOOTTIME":           7,
	"CLOCK_TAI":                11,
}

const (
	clockRealtime        = 0
	clockMonotonic       = 1
	clockProcessCPUTime  = 2
	clockThreadCPUTime   = 3
	monotonicDescription = "clock_gettime(CLOCK_MONOTONIC)"
	realtimeDescription  = "clock_gettime(CLOCK_REALTIME)"
	processDescription   = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)"
)

// sysClockGettime reads a clock with the clock_gettime system call. It
// returns nanoseconds and the errno.
func sysClockGettime(id int) (int64, syscall.Errno) {
	var ts syscall.Timespec
	_, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, uintptr(id), uintptr(unsafe.Pointer(&ts)), 0)
	if e != 0 {
		return 0, e
	}
	return ts.Nano(), 0
}

// sysClockGetres reads a clock's resolution in nanoseconds.
func sysClockGetres(id int) (int64, syscall.Errno) {
	var ts syscall.Timespec
	_, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETRES, uintptr(id), uintptr(unsafe.Pointer(&ts)), 0)
	if e != 0 {
		return 0, e
	}
	return ts.Nano(), 0
}

// processCPU returns the CPU time (user and system) of the whole Go
// process in nanoseconds.
func processCPU() int64 {
	ns, e := sysClockGettime(clockProcessCPUTime)
	if e != 0 {
		return 0
	}
	return ns
}
