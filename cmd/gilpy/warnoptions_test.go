package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWarnOptions runs testdata/warnoptions/w.py with each line of
// cases.txt (PYTHONWARNINGS and -W options) and compares the output with
// CPython 3.11's, which testdata/warnoptions/regen.sh wrote.
func TestWarnOptions(t *testing.T) {
	dir := filepath.Join("testdata", "warnoptions")
	abs, err := filepath.Abs(dir)
	require.NoError(t, err)
	cases, err := os.ReadFile(filepath.Join(dir, "cases.txt"))
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSpace(string(cases)), "\n")
	require.NotEmpty(t, lines)
	for _, line := range lines {
		name, words, ok := strings.Cut(line, "\t")
		require.True(t, ok, "a case is a name, a tab and words: %q", line)
		t.Run(name, func(t *testing.T) {
			t.Setenv("PYTHONWARNINGS", "")
			var flags []string
			for _, w := range strings.Fields(words) {
				if k, v, isEnv := strings.Cut(w, "="); isEnv && !strings.HasPrefix(w, "-") {
					t.Setenv(k, v)
				} else {
					flags = append(flags, w)
				}
			}
			_, out, errs := gilpy(t, "", append(flags, filepath.Join(abs, "w.py"))...)
			wantOut, err := os.ReadFile(filepath.Join(dir, name+".out"))
			require.NoError(t, err)
			wantErr, err := os.ReadFile(filepath.Join(dir, name+".err"))
			require.NoError(t, err)
			assert.Equal(t, string(wantOut), strings.ReplaceAll(out, abs+"/", "DIR/"))
			assert.Equal(t, string(wantErr), strings.ReplaceAll(errs, abs+"/", "DIR/"))
		})
	}
}
