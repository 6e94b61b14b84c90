package scripts

import (
	"fmt"
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
	build := exec.Command("go", "build", "-o", gilpyBin, "./cmd/gilpy")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building gilpy: %v\n%s", err, out)
		return 1
	}
	return m.Run()
}

// longTests reports whether the long programs should run too.
func longTests() bool { return os.Getenv("GILPY_LONG_TESTS") != "" }
