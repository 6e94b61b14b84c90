package syntax

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestCorpus compares the parser with CPython on a whole tree of Python
// files. It runs only when GILPY_SYNTAX_CORPUS is set to SRC:OUT, where
// OUT holds the goldens that "python3 testdata/regen.py --corpus SRC OUT"
// wrote; it is a local check (for example on CPython's own library), not
// part of the committed test data.
func TestCorpus(t *testing.T) {
	spec := os.Getenv("GILPY_SYNTAX_CORPUS")
	if spec == "" {
		t.Skip("GILPY_SYNTAX_CORPUS not set")
	}
	srcRoot, outRoot, ok := strings.Cut(spec, ":")
	require.True(t, ok, "GILPY_SYNTAX_CORPUS must be SRC:OUT")
	total, match := 0, 0
	var bad []string
	err := filepath.WalkDir(outRoot, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".golden") {
			return err
		}
		rel, _ := filepath.Rel(outRoot, path)
		srcPath := filepath.Join(srcRoot, strings.TrimSuffix(rel, ".golden"))
		src, err := os.ReadFile(srcPath)
		if err != nil {
			return nil
		}
		want, _ := os.ReadFile(path)
		total++
		got := result(src, filepath.Base(srcPath), Exec)
		if got == strings.TrimSuffix(string(want), "\n") {
			match++
		} else {
			bad = append(bad, srcPath)
		}
		return nil
	})
	require.NoError(t, err)
	t.Logf("corpus: %d of %d files match", match, total)
	if out := os.Getenv("GILPY_SYNTAX_CORPUS_BAD"); out != "" {
		_ = os.WriteFile(out, []byte(strings.Join(bad, "\n")+"\n"), 0o644)
	}
	if len(bad) > 0 {
		t.Errorf("%d mismatches, first: %v", len(bad), bad[:min(len(bad), 20)])
	}
}

// TestDumpOne prints the result for one file (GILPY_SYNTAX_DUMP=path), a
// debugging aid.
func TestDumpOne(t *testing.T) {
	path := os.Getenv("GILPY_SYNTAX_DUMP")
	if path == "" {
		t.Skip("GILPY_SYNTAX_DUMP not set")
	}
	src, err := os.ReadFile(path)
	require.NoError(t, err)
	os.Stdout.WriteString(result(src, filepath.Base(path), Exec) + "\n")
}
