package scripts

import (
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/gilpy/gilpy/scripts/harness"
)

// gilpyBin is the gilpy command built once for all the tests here.
var gilpyBin string

func TestMain(m *testing.M) {
	os.Exit(buildAndRun(m))
}

func buildAndRun(m *testing.M) int {
	dir, err := os.MkdirTemp("", "gilpy-scripts-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	root, err := harness.ModuleRoot()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	gilpyBin = filepath.Join(dir, "gilpy")
	args := []string{"build", "-o", gilpyBin}
	if raceBuild {
		// go test -race ./scripts/ checks gilpy itself for data races
		// while it runs the goldens, not only this test's own code.
		args = append(args, "-race")
	}
	build := exec.Command("go", append(args, "./cmd/gilpy")...)
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building gilpy: %v\n%s", err, out)
		return 1
	}
	return m.Run()
}

// longTests reports whether the long programs should run too.
func longTests() bool { return os.Getenv("GILPY_LONG_TESTS") != "" }

// dependOnSources makes gilpy's source files inputs of the test in go
// test's cache (it records the files a test opens): the tests run a
// gilpy built apart, so without this a change to gilpy (its embedded
// Python library included) could be answered with a cached pass.
func dependOnSources(t *testing.T) {
	root, err := harness.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{"cmd", "gilrt", "interp", "modules"} {
		_ = filepath.WalkDir(filepath.Join(root, dir), func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			if f, err := os.Open(path); err == nil {
				f.Close()
			}
			return nil
		})
	}
}
