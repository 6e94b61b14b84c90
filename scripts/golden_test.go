package scripts

import (
	"path/filepath"
	"testing"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/gilpy/gilpy/scripts/harness"
	"github.com/stretchr/testify/require"
)

// TestScripts runs every program under scripts/ with gilpy and compares
// its stdout, stderr and exit status with CPython's goldens.
func TestScripts(t *testing.T) {
	dependOnSources(t)
	root, err := harness.ScriptsRoot()
	require.NoError(t, err)
	progs, err := harness.FindPrograms(root, harness.SkipDirs...)
	require.NoError(t, err)
	require.NotEmpty(t, progs)
	pending, err := harness.LoadPending(filepath.Join(root, "PENDING"))
	require.NoError(t, err)
	for name := range pending {
		found := false
		for _, p := range progs {
			found = found || p.Rel == name
		}
		require.True(t, found, "PENDING names %s, which does not exist", name)
	}
	// gilpy's own library is <stdlib> as CPython's is in the goldens.
	norm := harness.Normalizer{Dirs: map[string]string{root: "<scripts>", vm.StdlibDir: harness.StdlibMarker}}

	for _, p := range progs {
		t.Run(p.Rel, func(t *testing.T) {
			if p.Rules.Long && !longTests() {
				t.Skip("long: runs when GILPY_LONG_TESTS is set")
			}
			if !p.Rules.Serial {
				t.Parallel()
			}
			want, err := p.Golden()
			require.NoError(t, err)
			argv := append([]string{gilpyBin, filepath.Base(p.Path)}, p.Args...)
			var env []string
			if p.Rules.HashSeed {
				env = []string{"PYTHONHASHSEED=0"}
			}
			got, err := harness.RunStdin(argv, p.Dir(), env, p.Rules.Timeout, false, p.Stdin)
			require.NoError(t, err)
			diff := describe(want, got, norm, p.Rules)
			reason, isPending := pending[p.Rel]
			switch {
			case isPending && diff == "":
				t.Errorf("passes now: remove %s from scripts/PENDING", p.Rel)
			case isPending:
				t.Skipf("pending (%s): %s", reason, firstLine(diff))
			case diff != "":
				t.Error(diff)
			}
		})
	}
}

// describe compares one run with its golden and says how they differ,
// or returns "".
func describe(want, got *harness.Result, norm harness.Normalizer, r *harness.Rules) string {
	if got.TimedOut {
		return "timed out after " + got.Limit.String()
	}
	if d := harness.Compare(norm.Normalize(want.Stdout, r), norm.Normalize(got.Stdout, r), r); d != "" {
		return "stdout: " + d
	}
	if d := harness.Compare(norm.Normalize(want.Stderr, r), norm.Normalize(got.Stderr, r), r); d != "" {
		return "stderr: " + d
	}
	if want.Exit != got.Exit {
		return "exit status: want " + itoa(want.Exit) + ", got " + itoa(got.Exit)
	}
	return ""
}
