//go:build unix

package main

import (
	"os"
	"os/signal"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// A process started with SIGINT ignored keeps ignoring it, as CPython
// does: no KeyboardInterrupt however many SIGINTs arrive.
func TestIgnoredSIGINTStaysIgnored(t *testing.T) {
	signal.Ignore(os.Interrupt)
	defer signal.Reset(os.Interrupt)
	stop := make(chan struct{})
	go func() {
		// Keep sending, so that some arrive while the program runs.
		for {
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
				_ = syscall.Kill(os.Getpid(), syscall.SIGINT)
			}
		}
	}()
	code, out, errs := gilpy(t, "", "-c", `import time
try:
    for i in range(25):
        time.sleep(0.02)
    print('done')
except KeyboardInterrupt:
    print('interrupted')
`)
	close(stop)
	assert.Equal(t, 0, code, errs)
	assert.Equal(t, "done\n", out)
}
