package harness

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Program is one Python program with its goldens.
type Program struct {
	Path  string // absolute path of NAME.py
	Rel   string // path relative to the root it was found under
	Rules *Rules
	Args  []string
	// Stdin is what the program reads from standard input (NAME.stdin),
	// nil when it has no such file and reads the null device.
	Stdin []byte
}

// Base is the program's path without ".py": the stem of its goldens.
func (p *Program) Base() string { return strings.TrimSuffix(p.Path, ".py") }

// Dir is the directory the program runs in.
func (p *Program) Dir() string { return filepath.Dir(p.Path) }

// LoadProgram reads the rules and arguments that sit beside path.
func LoadProgram(root, path string) (*Program, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	rel, err := filepath.Rel(root, abs)
	if err != nil {
		return nil, err
	}
	p := &Program{Path: abs, Rel: filepath.ToSlash(rel)}
	if p.Rules, err = LoadRules(p.Base() + ".rules"); err != nil {
		return nil, fmt.Errorf("%s: %w", p.Rel, err)
	}
	if data, err := os.ReadFile(p.Base() + ".args"); err == nil {
		p.Args = ReadArgs(string(data))
	}
	if data, err := os.ReadFile(p.Base() + ".stdin"); err == nil {
		p.Stdin = data
	}
	return p, nil
}

// FindPrograms returns every .py file below root, skipping the folders
// named in skip (relative to root), in path order. A folder holding an
// __init__.py is a package the programs beside it import, not programs,
// and is skipped with everything below it.
func FindPrograms(root string, skip ...string) ([]*Program, error) {
	root, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	var progs []*Program
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			rel, _ := filepath.Rel(root, path)
			for _, s := range skip {
				if rel == s {
					return filepath.SkipDir
				}
			}
			if _, err := os.Stat(filepath.Join(path, "__init__.py")); err == nil && path != root {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".py") {
			return nil
		}
		p, err := LoadProgram(root, path)
		if err != nil {
			return err
		}
		progs = append(progs, p)
		return nil
	})
	return progs, err
}

// Golden reads the program's committed CPython result.
func (p *Program) Golden() (*Result, error) {
	out, err := os.ReadFile(p.Base() + ".out")
	if err != nil {
		return nil, fmt.Errorf("%s: no golden (run the regen command): %w", p.Rel, err)
	}
	res := &Result{Stdout: string(out)}
	if data, err := os.ReadFile(p.Base() + ".err"); err == nil {
		res.Stderr = string(data)
	}
	if data, err := os.ReadFile(p.Base() + ".exit"); err == nil {
		res.Exit, err = strconv.Atoi(strings.TrimSpace(string(data)))
		if err != nil {
			return nil, fmt.Errorf("%s.exit: %w", p.Rel, err)
		}
	}
	return res, nil
}

// WriteGolden commits res as the program's golden, removing the .err and
// .exit files when they would be empty or 0.
func (p *Program) WriteGolden(res *Result) error {
	if err := os.WriteFile(p.Base()+".out", []byte(res.Stdout), 0o644); err != nil {
		return err
	}
	if err := writeOrRemove(p.Base()+".err", res.Stderr); err != nil {
		return err
	}
	exit := ""
	if res.Exit != 0 {
		exit = strconv.Itoa(res.Exit) + "\n"
	}
	return writeOrRemove(p.Base()+".exit", exit)
}

func writeOrRemove(path, content string) error {
	if content == "" {
		err := os.Remove(path)
		if os.IsNotExist(err) {
			return nil
		}
		return err
	}
	return os.WriteFile(path, []byte(content), 0o644)
}

// Pending lists programs not expected to pass yet, each with the reason
// (usually the issue that will bring what it needs).
type Pending map[string]string

// LoadPending reads a pending list: "path  # reason" per line.
func LoadPending(path string) (Pending, error) {
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return Pending{}, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	p := Pending{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, _ := strings.Cut(line, "#")
		p[strings.TrimSpace(name)] = strings.TrimSpace(reason)
	}
	return p, sc.Err()
}
