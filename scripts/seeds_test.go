package scripts

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/gilpy/gilpy/scripts/harness"
	"github.com/stretchr/testify/require"
)

// seedCount is how many seed scripts the shared folder holds.
const seedCount = 26

// TestSeedScripts runs the seed scripts from ../shared/seed-scripts with
// gilpy, as their CPython outputs were made (in their folder, with
// PYTHONUNBUFFERED=1, stdout and stderr through one pipe, then a line
// "exit=N"), and prints a scoreboard. It fails only when a script listed
// in scripts/seeds/must-pass.txt does not behave as under CPython.
func TestSeedScripts(t *testing.T) {
	dependOnSources(t)
	dir := harness.SeedScriptsDir()
	if dir == "" {
		t.Skip("SKIPPED: ../shared/seed-scripts is not there, so the seed scripts were not run")
	}
	root, err := harness.ScriptsRoot()
	require.NoError(t, err)
	rulesDir := filepath.Join(root, "seeds")
	mustPass, err := harness.LoadPending(filepath.Join(rulesDir, "must-pass.txt"))
	require.NoError(t, err)
	manifest, err := os.ReadFile(filepath.Join(dir, "MANIFEST.md"))
	require.NoError(t, err)
	args := manifestArgs(string(manifest))

	files, err := filepath.Glob(filepath.Join(dir, "*.py"))
	require.NoError(t, err)
	require.Len(t, files, seedCount, "seed scripts in %s", dir)
	norm := harness.Normalizer{Dirs: map[string]string{dir: "<seed-scripts>", vm.StdlibDir: harness.StdlibMarker}}
	if real, err := filepath.EvalSymlinks(dir); err == nil && real != dir {
		// From a worktree, ../shared is a symlink, and the programs see
		// the real directory as their working directory.
		norm.Dirs[real] = "<seed-scripts>"
	}

	type outcome struct{ name, status, detail string }
	var (
		mu       sync.Mutex
		outcomes []outcome
	)
	record := func(name, status, detail string) {
		mu.Lock()
		defer mu.Unlock()
		outcomes = append(outcomes, outcome{name, status, detail})
	}
	t.Run("run", func(t *testing.T) {
		for _, f := range files {
			name := filepath.Base(f)
			t.Run(strings.TrimSuffix(name, ".py"), func(t *testing.T) {
				rules, err := harness.LoadRules(filepath.Join(rulesDir, strings.TrimSuffix(name, ".py")+".rules"))
				require.NoError(t, err)
				switch {
				case rules.Network:
					record(name, "skip", "needs the network: compared once the sandbox brings a simulated network")
					t.Skip("network")
				case rules.Long && !longTests():
					record(name, "skip", "long: runs when GILPY_LONG_TESTS is set")
					t.Skip("long")
				}
				if !rules.Serial {
					t.Parallel()
				}
				want, err := os.ReadFile(filepath.Join(dir, "cpython", strings.TrimSuffix(name, ".py")+".out"))
				require.NoError(t, err)
				argv := append([]string{gilpyBin, name}, args[name]...)
				res, err := harness.Run(argv, dir, []string{"PYTHONUNBUFFERED=1"}, rules.Timeout, true)
				require.NoError(t, err)
				got := res.Combined
				if got != "" && !strings.HasSuffix(got, "\n") {
					got += "\n"
				}
				got += fmt.Sprintf("exit=%d\n", res.Exit)
				diff := harness.Compare(norm.Normalize(string(want), rules), norm.Normalize(got, rules), rules)
				if res.TimedOut {
					diff = "timed out after " + res.Limit.String() + "; " + diff
				}
				if diff == "" {
					record(name, "pass", "")
					return
				}
				record(name, "FAIL", diff)
				if _, must := mustPass[name]; must {
					t.Errorf("%s is on the must-pass list but differs from CPython: %s", name, diff)
					return
				}
				t.Skipf("differs from CPython (not on the must-pass list): %s", firstLine(diff))
			})
		}
	})

	sort.Slice(outcomes, func(i, j int) bool { return outcomes[i].name < outcomes[j].name })
	passed := 0
	var b strings.Builder
	for _, o := range outcomes {
		if o.status == "pass" {
			passed++
			continue
		}
		fmt.Fprintf(&b, "  %-4s %s: %s\n", o.status, o.name, firstLine(o.detail))
	}
	t.Logf("seed scripts: %d/%d behave as CPython\n%s", passed, seedCount, b.String())
	for name := range mustPass {
		require.FileExists(t, filepath.Join(dir, name), "must-pass.txt names a seed script that does not exist")
	}
}

// manifestArgs reads the Args column of the seed MANIFEST's table: the
// first code span in the cell, split on spaces, or none for "–".
func manifestArgs(manifest string) map[string][]string {
	out := map[string][]string{}
	code := regexp.MustCompile("`([^`]*)`")
	for _, line := range strings.Split(manifest, "\n") {
		cells := strings.Split(line, "|")
		if len(cells) < 8 {
			continue
		}
		name := strings.TrimSpace(cells[1])
		if !strings.HasSuffix(name, ".py") {
			continue
		}
		if m := code.FindStringSubmatch(cells[6]); m != nil {
			out[name] = strings.Fields(m[1])
		}
	}
	return out
}
