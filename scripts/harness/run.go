package harness

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"strings"
	"sync/atomic"
	"time"
)

// Result is what one run of a program produced.
type Result struct {
	Stdout, Stderr string
	// Combined is stdout and stderr as they arrived through one pipe,
	// set when the run asked for it instead of separate streams.
	Combined string
	Exit     int
	TimedOut bool
	Elapsed  time.Duration
	// Limit is how long the program was allowed: its timeout, stretched
	// when the machine was loaded (see watch).
	Limit time.Duration
}

// Run runs argv in dir with env added to the environment, killing it
// after timeout (stretched on a loaded machine: see watch). With combined set, stdout and stderr share one pipe
// (keeping their real interleaving) and only Result.Combined is filled.
// Standard input is empty (the null device).
func Run(argv []string, dir string, env []string, timeout time.Duration, combined bool) (*Result, error) {
	return RunStdin(argv, dir, env, timeout, combined, nil)
}

// RunStdin is Run with stdin as the program's standard input; nil means
// the null device, as for Run.
func RunStdin(argv []string, dir string, env []string, timeout time.Duration, combined bool, stdin []byte) (*Result, error) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Dir = dir
	cmd.Env = append(cleanEnv(), env...)
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	var out, errb bytes.Buffer
	if combined {
		cmd.Stdout, cmd.Stderr = &out, &out
	} else {
		cmd.Stdout, cmd.Stderr = &out, &errb
	}
	cmd.WaitDelay = 2 * time.Second
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	done := make(chan struct{})
	var timedOut atomic.Bool
	limit := make(chan time.Duration, 1)
	go func() {
		limit <- watch(start, timeout, done, func() {
			timedOut.Store(true)
			cancel()
		})
	}()
	err := cmd.Wait()
	close(done)
	res := &Result{Elapsed: time.Since(start), Limit: <-limit}
	if combined {
		res.Combined = out.String()
	} else {
		res.Stdout, res.Stderr = out.String(), errb.String()
	}
	var ee *exec.ExitError
	switch {
	case timedOut.Load():
		res.TimedOut = true
		res.Exit = 124
	case errors.As(err, &ee):
		res.Exit = ee.ExitCode()
	case err != nil:
		return nil, err
	}
	return res, nil
}

// cleanEnv is the process environment without the PYTHON* variables, so
// that a developer's settings (PYTHONUNBUFFERED, PYTHONHASHSEED...) change
// neither CPython's goldens nor gilpy's runs; callers add what they mean.
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PYTHON") {
			env = append(env, kv)
		}
	}
	return env
}

// ReadArgs reads a NAME.args file: one argument per line, blank lines
// and lines starting with '#' ignored. A missing file means no arguments.
func ReadArgs(text string) []string {
	var args []string
	for _, l := range strings.Split(text, "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		args = append(args, l)
	}
	return args
}
