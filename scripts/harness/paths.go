package harness

import (
	"errors"
	"os"
	"path/filepath"
)

// SkipDirs are the folders under scripts/ that hold no programs to run:
// this harness and the seed scripts' comparison rules.
var SkipDirs = []string{"harness", "seeds"}

// ModuleRoot finds the repository root (the folder holding go.mod) from
// the current directory upwards.
func ModuleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("go.mod not found above the current directory")
		}
		dir = parent
	}
}

// ScriptsRoot is the repository's scripts/ folder.
func ScriptsRoot() (string, error) {
	root, err := ModuleRoot()
	if err != nil {
		return "", err
	}
	return filepath.Join(root, "scripts"), nil
}

// SeedScriptsDir is ../shared/seed-scripts beside the repository, or ""
// when it is not there.
func SeedScriptsDir() string {
	root, err := ModuleRoot()
	if err != nil {
		return ""
	}
	dir := filepath.Join(filepath.Dir(root), "shared", "seed-scripts")
	if st, err := os.Stat(dir); err == nil && st.IsDir() {
		return dir
	}
	return ""
}
