//go:build unix

package main

import (
	"os/signal"
	"syscall"
	"time"
)

// dieBySIGINT ends the process by SIGINT with its default action, and
// returns only if that did not happen.
func dieBySIGINT() {
	signal.Reset(syscall.SIGINT)
	_ = syscall.Kill(syscall.Getpid(), syscall.SIGINT)
	time.Sleep(100 * time.Millisecond)
}
