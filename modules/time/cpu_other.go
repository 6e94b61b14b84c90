//go:build !unix

package time

import gotime "time"

var processStart = gotime.Now()

// processCPU has no CPU clock to read on this system: it returns the
// time since the process started (see docs/deviations.md).
func processCPU() int64 { return int64(gotime.Since(processStart)) }
