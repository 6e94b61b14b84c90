package interp

import (
	"io"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Ctrl-C interrupts input() waiting on a pipe at once; the line that
// arrives afterwards is not lost but read by the next input().
func TestInterruptInputKeepsLaterLine(t *testing.T) {
	r, w := io.Pipe()
	out, errb := &syncBuffer{}, &syncBuffer{}
	in, err := New(Options{Stdin: r, Stdout: out, Stderr: errb})
	require.NoError(t, err)
	done := runAsync(in, `try:
    input('waiting\n')
except KeyboardInterrupt:
    print('interrupted', flush=True)
print('got', input())
`)
	go interruptWhen(t, in, out, "waiting")
	go func() {
		for !strings.Contains(out.String(), "interrupted") {
			time.Sleep(5 * time.Millisecond)
		}
		_, _ = w.Write([]byte("later\n"))
	}()
	require.NoError(t, waitResult(t, done), "stdout %q stderr %q", out.String(), errb.String())
	require.NoError(t, in.Close())
	assert.Equal(t, "waiting\ninterrupted\ngot later\n", out.String())
}
