package vm

import (
	"os"
	"runtime"
	"strconv"
	"strings"
)

// CPUCount is the number of CPUs online in the machine, which is what
// os.cpu_count() and multiprocessing.cpu_count() report in CPython 3.11:
// all of the machine's CPUs, not only those this process may run on (a
// process started under taskset still sees them all; Go's
// runtime.NumCPU counts only the allowed ones). It reads Linux's list of
// online CPUs and falls back to runtime.NumCPU where there is none.
func CPUCount() int {
	if data, err := os.ReadFile("/sys/devices/system/cpu/online"); err == nil {
		if n := countCPUList(strings.TrimSpace(string(data))); n > 0 {
			return n
		}
	}
	return runtime.NumCPU()
}

// countCPUList counts the CPUs in a Linux CPU list such as "0-3,6,8-9",
// or returns 0 when the text is not one.
func countCPUList(s string) int {
	if s == "" {
		return 0
	}
	n := 0
	for _, part := range strings.Split(s, ",") {
		lo, hi, isRange := strings.Cut(part, "-")
		a, err := strconv.Atoi(lo)
		if err != nil || a < 0 {
			return 0
		}
		b := a
		if isRange {
			if b, err = strconv.Atoi(hi); err != nil || b < a {
				return 0
			}
		}
		n += b - a + 1
	}
	return n
}
