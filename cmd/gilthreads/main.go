// Command gilthreads measures what the GIL does to threaded Python
// programs, under gilpy and CPython (python3) in the same run, with the
// scripts in scripts/bench/threads:
//
//   - CPU-bound work in 2 threads against the same work twice in one
//     thread: the ratio of the two times (about 1: the GIL lets one
//     thread run at a time);
//   - 1,000 and 10,000 threads that each sleep 1 s: the whole run's time
//     (about 1 s: sleeping releases the GIL);
//   - the shares of 4 CPU-bound threads: under gilpy of the time each held
//     the GIL (from the GIL runtime's statistics), under CPython, which
//     has none, of the work each did;
//   - 4 threads adding 1 to a counter 100,000 times each, with a lock
//     (400,000, always) and without one in gilpy's every-instruction mode
//     (updates lost; CPython 3.11 is given the unlocked program in its
//     normal mode).
//
// Each measurement runs -n times under each interpreter, alternating, and
// the table shows medians:
//
//	go run ./cmd/gilthreads [-n 5] [-python python3] [-quick]
//
// -quick skips the 10,000-thread run, which takes CPython a while.
//
// Under the table it prints the machine's floor for the sleeper rows
// (see floor.go): plain Go goroutines started the same way, and the cost
// of a fresh page of memory.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"
)

func main() {
	runs := flag.Int("n", 5, "runs of each measurement under each interpreter")
	python := flag.String("python", "python3", "the CPython 3.11 to compare with")
	quick := flag.Bool("quick", false, "skip the 10,000-thread run")
	floor := flag.Int("floor", 0, "(internal) measure the floor: start this many goroutines that block 1 s")
	pages := flag.Bool("pagecost", false, "(internal) measure the cost of a fresh page of memory")
	flag.Parse()
	if runFloorMode(*floor, *pages) {
		return
	}

	dir, err := os.MkdirTemp("", "gilthreads")
	check(err)
	defer os.RemoveAll(dir)
	gilpy := filepath.Join(dir, "gilpy")
	if out, err := exec.Command("go", "build", "-o", gilpy, "./cmd/gilpy").CombinedOutput(); err != nil {
		check(fmt.Errorf("building gilpy: %v\n%s", err, out))
	}
	bench := filepath.Join("scripts", "bench", "threads")
	script := func(name string) string { return filepath.Join(bench, name) }

	type measure struct {
		label  string
		target string // gilpy's target, as the table states it
		cpy    string // what CPython gives, for reference
		gilpy  []string
		py     []string
		read   func(out string) (float64, error)
		format func(v float64) string
	}
	secs := func(v float64) string { return fmt.Sprintf("%.3f s", v) }
	ratio := func(v float64) string { return fmt.Sprintf("%.3f", v) }
	count := func(v float64) string { return strconv.FormatFloat(v, 'f', 0, 64) }
	measures := []measure{
		{"CPU-bound: 2 threads / 2x sequential", "0.90-1.15", "0.8-1.5",
			[]string{gilpy, script("cpu_threads.py")}, []string{*python, script("cpu_threads.py")},
			field("ratio"), ratio},
		{"1,000 threads sleeping 1 s: wall time", "<= 1.05 s", "~1.5 s",
			[]string{gilpy, script("sleepers.py"), "1000"}, []string{*python, script("sleepers.py"), "1000"},
			field("elapsed"), secs},
	}
	if !*quick {
		measures = append(measures, measure{"10,000 threads sleeping 1 s: wall time", "<= 1.2 s", "~12.7 s",
			[]string{gilpy, script("sleepers.py"), "10000"}, []string{*python, script("sleepers.py"), "10000"},
			field("elapsed"), secs})
	}
	measures = append(measures,
		measure{"4 CPU-bound threads: smallest share", "20-30% each", "",
			[]string{gilpy, script("gil_shares.py")}, []string{*python, script("gil_shares.py")},
			shares(math.Min), percent},
		measure{"4 CPU-bound threads: largest share", "20-30% each", "",
			[]string{gilpy, script("gil_shares.py")}, []string{*python, script("gil_shares.py")},
			shares(math.Max), percent},
		measure{"4x100,000 `with lock: counter += 1`", "400000", "400000",
			[]string{gilpy, script("counter.py"), "locked"}, []string{*python, script("counter.py"), "locked"},
			field("counter"), count},
		measure{"same without the lock (gilpy: -X everyinstruction)", "< 400000", "400000 (3.11)",
			[]string{gilpy, "-X", "everyinstruction", script("counter.py"), "unlocked"}, []string{*python, script("counter.py"), "unlocked"},
			field("counter"), count},
	)

	fmt.Printf("%-52s %14s %14s   %-12s %s\n", "measure (median of "+strconv.Itoa(*runs)+" runs)", "gilpy", "cpython", "gilpy target", "cpython typical")
	for _, m := range measures {
		var g, c []float64
		var gerr, cerr string
		for i := 0; i < *runs; i++ {
			if v, err := runAndRead(m.gilpy, m.read); err != nil {
				gerr = err.Error()
			} else {
				g = append(g, v)
			}
			if v, err := runAndRead(m.py, m.read); err != nil {
				cerr = err.Error()
			} else {
				c = append(c, v)
			}
		}
		cell := func(vs []float64, e string) string {
			if len(vs) == 0 {
				return "failed: " + e
			}
			return m.format(median(vs))
		}
		fmt.Printf("%-52s %14s %14s   %-12s %s\n", m.label, cell(g, gerr), cell(c, cerr), m.target, m.cpy)
	}
	floorRows(*runs, *quick)
	fmt.Printf("\n(machine: %d logical CPUs; load average %s)\n", numCPU(), loadAverage())
}

// field reads "name: value" from a script's output.
func field(name string) func(string) (float64, error) {
	re := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(name) + `: ([\d.]+)`)
	return func(out string) (float64, error) {
		m := re.FindStringSubmatch(out)
		if m == nil {
			return 0, fmt.Errorf("no %q line in %q", name, firstLine(out))
		}
		return strconv.ParseFloat(m[1], 64)
	}
}

// shares reads gil_shares.py's shares (the GIL's under gilpy, the work's
// under CPython) and reduces them with pick.
func shares(pick func(a, b float64) float64) func(string) (float64, error) {
	gil := regexp.MustCompile(`(?m)^gil shares: ([\d. ]+)$`)
	work := regexp.MustCompile(`(?m)^work shares: ([\d. ]+)$`)
	return func(out string) (float64, error) {
		m := gil.FindStringSubmatch(out)
		if m == nil {
			m = work.FindStringSubmatch(out)
		}
		if m == nil {
			return 0, fmt.Errorf("no shares in %q", firstLine(out))
		}
		var r float64
		for i, f := range strings.Fields(m[1]) {
			v, err := strconv.ParseFloat(f, 64)
			if err != nil {
				return 0, err
			}
			if i == 0 {
				r = v
			} else {
				r = pick(r, v)
			}
		}
		return r, nil
	}
}

func percent(v float64) string { return fmt.Sprintf("%.1f%%", 100*v) }

func runAndRead(argv []string, read func(string) (float64, error)) (float64, error) {
	cmd := exec.Command(argv[0], argv[1:]...)
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	done := make(chan error, 1)
	if err := cmd.Start(); err != nil {
		return 0, err
	}
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			return 0, fmt.Errorf("%v: %s", err, firstLine(out.String()))
		}
	case <-time.After(10 * time.Minute):
		_ = cmd.Process.Kill()
		return 0, fmt.Errorf("timed out")
	}
	return read(out.String())
}

func median(vs []float64) float64 {
	s := append([]float64(nil), vs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(data))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "gilthreads:", err)
		os.Exit(1)
	}
}

func numCPU() int { return runtime.NumCPU() }
