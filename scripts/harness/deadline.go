package harness

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// A program's timeout is there to catch a hang, not to judge speed: the
// golden tests compare output, and a script that needs 3 s of CPU at rest
// can need a minute of wall time on a machine whose two cores run forty
// other processes (CI runs on such a machine). So when a program reaches
// its timeout, the limit is stretched by how loaded the machine is (the
// 1-minute load average per CPU this process may use), up to maxStretch
// times the timeout; a program still running then has hung, or is far
// slower than the load explains. A quiet machine keeps the plain timeout.

// maxStretch bounds how far load may stretch a timeout.
const maxStretch = 10

// loadAvgFile is where Linux reports the load average.
const loadAvgFile = "/proc/loadavg"

// loadStretch says how many times its timeout a program may run now.
func loadStretch() float64 {
	data, err := os.ReadFile(loadAvgFile)
	if err != nil {
		return 1 // no load figures (not Linux): the plain timeout
	}
	return stretchFor(string(data), runtime.NumCPU())
}

// stretchFor computes loadStretch from the text of /proc/loadavg and the
// number of CPUs: the 1-minute load per CPU, kept between 1 and
// maxStretch.
func stretchFor(loadavg string, cpus int) float64 {
	fields := strings.Fields(loadavg)
	if len(fields) == 0 || cpus < 1 {
		return 1
	}
	load, err := strconv.ParseFloat(fields[0], 64)
	if err != nil {
		return 1
	}
	s := load / float64(cpus)
	switch {
	case s < 1:
		return 1
	case s > maxStretch:
		return maxStretch
	}
	return s
}

// watch calls kill once the program started at start has run longer than
// timeout stretched for the load at that moment (see loadStretch), unless
// done is closed first; it returns the limit applied. The load is read
// again each time a limit is reached, so a limit only grows while the
// machine stays busy, never past maxStretch times the timeout.
func watch(start time.Time, timeout time.Duration, done <-chan struct{}, kill func()) time.Duration {
	limit := timeout
	for {
		timer := time.NewTimer(time.Until(start.Add(limit)))
		select {
		case <-done:
			timer.Stop()
			return limit
		case <-timer.C:
		}
		grown := time.Duration(float64(timeout) * loadStretch())
		if grown <= limit {
			kill()
			return limit
		}
		limit = grown
	}
}
