// Package interptest helps Go tests run Python programs in-process.
package interptest

import (
	"context"
	"testing"
	"time"

	"github.com/gilpy/gilpy/interp"
	"github.com/gilpy/gilpy/interp/interptest/syncbuf"
	"github.com/stretchr/testify/require"
)

// Run runs src as a program with opts (its streams replaced by buffers)
// and returns its stdout, stderr and error. A program still running
// after two minutes fails the test.
func Run(t *testing.T, src string, opts interp.Options) (string, string, error) {
	t.Helper()
	out, errb := &syncbuf.Buffer{}, &syncbuf.Buffer{}
	opts.Stdout, opts.Stderr = out, errb
	in, err := interp.New(opts)
	require.NoError(t, err)
	done := make(chan error, 1)
	go func() {
		err := in.Exec(context.Background(), src, "<test>")
		if cerr := in.Close(); err == nil {
			err = cerr
		}
		done <- err
	}()
	select {
	case err = <-done:
	case <-time.After(120 * time.Second):
		require.FailNow(t, "the program did not finish", out.String()+errb.String())
	}
	return out.String(), errb.String(), err
}
