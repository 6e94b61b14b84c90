package compile

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gilpy/gilpy/interp/syntax/ast"
)

// TestCorpus runs the golden comparisons over a directory of records that
// gen_goldens.py --corpus wrote (for example for every file of CPython's
// standard library). It is a local check, skipped unless
// GILPY_COMPILE_CORPUS names the directory.
func TestCorpus(t *testing.T) {
	dir := os.Getenv("GILPY_COMPILE_CORPUS")
	if dir == "" {
		t.Skip("GILPY_COMPILE_CORPUS not set")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	kinds := map[string]int{}
	examples := map[string][]string{}
	compiled, failed, ncode := 0, 0, 0
	var total time.Duration
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		g := &goldenProgram{Name: filepath.Base(f)}
		if err := json.Unmarshal(data, g); err != nil {
			t.Fatal(err)
		}
		n, err := astFromJSON(g.AST)
		if err != nil {
			t.Fatal(f, err)
		}
		start := time.Now()
		code, err := Compile(n.(ast.Mod), g.Name, g.mode(), DontInherit)
		total += time.Since(start)
		note := func(kind, detail string) {
			kinds[kind]++
			if len(examples[kind]) < exampleCount() {
				examples[kind] = append(examples[kind], g.Name+": "+detail)
			}
		}
		if err != nil {
			failed++
			note("compile error", err.Error())
			continue
		}
		compiled++
		if err := Verify(code); err != nil {
			note("verify", err.Error())
		}
		got := allCodes(code)
		byKey := map[string][]int{}
		for i, c := range got {
			k := codeKey(c.QualName, int(c.FirstLine))
			byKey[k] = append(byKey[k], i)
		}
		if len(got) != len(g.Code) {
			seen := map[string]int{}
			for _, w := range g.Code {
				seen[codeKey(w.QualName, w.FirstLine)]++
			}
			for _, c := range got {
				seen[codeKey(c.QualName, int(c.FirstLine))]--
			}
			var diff []string
			for k, v := range seen {
				if v != 0 {
					diff = append(diff, fmt.Sprintf("%s:%d", k, v))
				}
			}
			note("code object count", fmt.Sprintf("%d != %d %v", len(g.Code), len(got), diff))
		}
		for _, w := range g.Code {
			k := codeKey(w.QualName, w.FirstLine)
			l := byKey[k]
			if len(l) == 0 {
				note("missing code", k)
				continue
			}
			c := got[l[0]]
			byKey[k] = l[1:]
			ncode++
			if w.Flags != c.Flags {
				note("flags", fmt.Sprintf("%s %#x != %#x", k, w.Flags, c.Flags))
			}
			if strings.Join(w.VarNames, ",") != strings.Join(c.VarNames, ",") {
				note("varnames", fmt.Sprintf("%s %v != %v", k, w.VarNames, c.VarNames))
			}
			if strings.Join(w.CellVars, ",") != strings.Join(c.CellVars, ",") || strings.Join(w.FreeVars, ",") != strings.Join(c.FreeVars, ",") {
				note("cells", fmt.Sprintf("%s %v/%v != %v/%v", k, w.CellVars, w.FreeVars, c.CellVars, c.FreeVars))
			}
			wp, gp := wantPositions(w), gotPositions(c)
			if a, b := rowsText(wp), rowsText(gp); a != b {
				note("positions", k+"\n"+firstDiff(a, b))
			}
			wi, wx := cpythonStreamIdx(w)
			gi, gx := ourStreamIdx(c)
			if a, b := strings.Join(wi, "\n"), strings.Join(gi, "\n"); a != b {
				note("instructions", k+"\n"+firstDiff(a, b))
			} else if w.Exc != nil {
				want := handlerText(wi, wx, func(j int) (int, int, bool, bool) {
					for _, e := range w.Exc {
						if int(e[0].(float64)) <= j && j < int(e[1].(float64)) {
							return int(e[2].(float64)), int(e[3].(float64)), e[4].(bool), true
						}
					}
					return 0, 0, false, false
				})
				got := handlerText(gi, gx, func(j int) (int, int, bool, bool) {
					e, ok := c.Handler(j)
					return int(e.Target), int(e.Depth), e.Lasti, ok
				})
				if want != got {
					note("exception table", k+"\n"+firstDiff(want, got))
				}
			}
		}
	}
	var names []string
	for k := range kinds {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		t.Errorf("%s: %d\n  %s", k, kinds[k], strings.Join(examples[k], "\n  "))
	}
	t.Logf("%d files: %d compiled, %d failed; %d code objects compared; compile time %v", len(files), compiled, failed, ncode, total)
}

// exampleCount is how many examples of each kind of difference to show
// (GILPY_CORPUS_EXAMPLES, default 3).
func exampleCount() int {
	if n, err := strconv.Atoi(os.Getenv("GILPY_CORPUS_EXAMPLES")); err == nil {
		return n
	}
	return 3
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			ctx := ""
			for k := i - 4; k < i; k++ {
				if k >= 0 && k < len(al) {
					ctx += "      " + al[k] + "\n"
				}
			}
			return fmt.Sprintf("%s    line %d: want %q got %q", ctx, i, x, y)
		}
	}
	return ""
}

// TestStdlibCompiles parses and compiles every .py file under
// GILPY_STDLIB_DIR (a local check, for example over CPython's Lib
// directory), reporting the files that fail. Files CPython rejects too
// (the test suite's deliberately bad ones) are listed in
// GILPY_STDLIB_BAD, one path a line, when given.
func TestStdlibCompiles(t *testing.T) {
	dir := os.Getenv("GILPY_STDLIB_DIR")
	if dir == "" {
		t.Skip("GILPY_STDLIB_DIR not set")
	}
	bad := map[string]bool{}
	if f := os.Getenv("GILPY_STDLIB_BAD"); f != "" {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			bad[strings.TrimSpace(l)] = true
		}
	}
	var files []string
	_ = filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && strings.HasSuffix(p, ".py") && !strings.Contains(p, "site-packages") {
			files = append(files, p)
		}
		return nil
	})
	ok, failed, expected := 0, 0, 0
	var lines int
	var total time.Duration
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines += strings.Count(string(src), "\n")
		start := time.Now()
		code, err := CompileSource(src, f, ModeExec)
		total += time.Since(start)
		switch {
		case err == nil:
			ok++
			if verr := Verify(code); verr != nil {
				t.Errorf("%s: %v", f, verr)
			}
			if bad[f] {
				t.Errorf("%s: compiles, CPython rejects it", f)
			}
		case bad[f]:
			expected++
		default:
			failed++
			t.Errorf("%s: %v", f, err)
		}
	}
	t.Logf("%d files (%d lines): %d compile, %d fail as under CPython, %d fail; parse+compile time %v", len(files), lines, ok, expected, failed, total)
}
