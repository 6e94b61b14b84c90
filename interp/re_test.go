package interp

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A pattern whose match takes exponential time on a run of a's with no b:
// years for 60 characters.
const catastrophicRegex = "import re\nprint('matching', flush=True)\nre.match('(a*)*b', 'a' * 60)\n"

// Ctrl-C interrupts a regular expression match that would never end, as
// CPython's matcher checks for signals as it goes.
func TestInterruptStopsRegexMatch(t *testing.T) {
	in, out, errb := newAsyncTest(t)
	done := runAsync(in, catastrophicRegex)
	go interruptWhen(t, in, out, "matching")
	err := waitResult(t, done)
	var pe *PyError
	require.True(t, errors.As(err, &pe), "got %v", err)
	assert.Equal(t, "KeyboardInterrupt", pe.TypeName)
	assert.Contains(t, errb.String(), "KeyboardInterrupt\n")
	require.NoError(t, in.Close())
}

// Cancelling the context of Exec ends a match that would never end.
func TestCancelStopsRegexMatch(t *testing.T) {
	in, out, _ := newAsyncTest(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- in.Exec(ctx, catastrophicRegex, "<test>") }()
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(out.String(), "matching") && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	require.Error(t, waitResult(t, done))
	require.NoError(t, in.Close())
}

// A long match gives the GIL to a waiting thread at its checks, as the
// eval loop does between instructions: here the other thread ends the
// match by interrupting the main thread, which it can only do if it runs.
func TestRegexMatchSharesTheGIL(t *testing.T) {
	in, out, _ := newAsyncTest(t)
	done := runAsync(in, `import re, threading, _thread
matching = threading.Event()
def interrupter():
    matching.wait()
    _thread.interrupt_main()
threading.Thread(target=interrupter).start()
try:
    matching.set()
    re.match('(a*)*b', 'a' * 60)
except KeyboardInterrupt:
    print('interrupted by the other thread')
`)
	require.NoError(t, waitResult(t, done))
	require.NoError(t, in.Close())
	assert.Equal(t, "interrupted by the other thread\n", out.String())
}
