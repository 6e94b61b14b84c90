package interp

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
)

// NoModuleError reports that python -m found no module of that name.
type NoModuleError struct{ Name string }

func (e *NoModuleError) Error() string { return "No module named " + e.Name }

// RunModule runs the named module as __main__, as python -m does: the
// module is found on sys.path (the current directory first), sys.argv[0]
// becomes its file's full path and the rest of argv follows.
func (in *Interpreter) RunModule(ctx context.Context, name string, argv []string) error {
	if in.closed {
		return errors.New("interp: interpreter is closed")
	}
	cwd, err := os.Getwd()
	if err != nil {
		return err
	}
	file := findModuleFile(name, append([]string{cwd}, in.opts.Path...))
	if file == "" {
		return &NoModuleError{Name: name}
	}
	full := append([]string{file}, argv[1:]...)
	src, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	in.setSys(full, cwd)
	return in.run(ctx, src, file, file)
}

// findModuleFile returns the file python -m would run for name: the
// module's .py file, or a package's __main__.py.
func findModuleFile(name string, dirs []string) string {
	rel := filepath.Join(strings.Split(name, ".")...)
	for _, d := range dirs {
		for _, cand := range []string{
			filepath.Join(d, rel+".py"),
			filepath.Join(d, rel, "__main__.py"),
		} {
			if st, err := os.Stat(cand); err == nil && !st.IsDir() {
				return cand
			}
		}
	}
	return ""
}
