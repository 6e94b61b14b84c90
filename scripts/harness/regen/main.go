// Command regen writes the goldens of gilpy's own Python programs by
// running them under CPython 3.11:
//
//	go run ./scripts/harness/regen              every program under scripts/
//	go run ./scripts/harness/regen FILE.py ...  just these
//
// It needs python3 (3.11) on PATH; the tests that read the goldens do not.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/gilpy/gilpy/scripts/harness"
)

func main() {
	python := flag.String("python", "python3", "the CPython 3.11 to run")
	flag.Parse()
	if err := regen(*python, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "regen:", err)
		os.Exit(1)
	}
}

func regen(python string, only []string) error {
	version, err := exec.Command(python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])").Output()
	if err != nil {
		return fmt.Errorf("cannot run %s: %w", python, err)
	}
	if v := strings.TrimSpace(string(version)); v != "3.11" {
		return fmt.Errorf("%s is Python %s; goldens come from CPython 3.11", python, v)
	}
	stdlib, err := exec.Command(python, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		return err
	}
	root, err := harness.ScriptsRoot()
	if err != nil {
		return err
	}
	var progs []*harness.Program
	if len(only) == 0 {
		progs, err = harness.FindPrograms(root, harness.SkipDirs...)
		if err != nil {
			return err
		}
	} else {
		for _, path := range only {
			p, err := harness.LoadProgram(root, path)
			if err != nil {
				return err
			}
			progs = append(progs, p)
		}
	}
	norm := harness.Normalizer{Dirs: map[string]string{
		root:                              "<scripts>",
		strings.TrimSpace(string(stdlib)): harness.StdlibMarker,
	}}
	for _, p := range progs {
		argv := append([]string{python, filepath.Base(p.Path)}, p.Args...)
		res, err := harness.RunStdin(argv, p.Dir(), []string{"PYTHONDONTWRITEBYTECODE=1", "PYTHONHASHSEED=0"}, p.Rules.Timeout, false, p.Stdin)
		if err != nil {
			return fmt.Errorf("%s: %w", p.Rel, err)
		}
		if res.TimedOut {
			return fmt.Errorf("%s: timed out under CPython after %v", p.Rel, res.Limit)
		}
		res.Stdout = norm.Paths(res.Stdout)
		res.Stderr = norm.Paths(res.Stderr)
		if err := p.WriteGolden(res); err != nil {
			return err
		}
		fmt.Printf("%-50s exit %d, %d bytes out, %d bytes err\n", p.Rel, res.Exit, len(res.Stdout), len(res.Stderr))
	}
	return nil
}
