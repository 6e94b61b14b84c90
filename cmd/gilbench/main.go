// Command gilbench measures gilpy's evaluation speed: it runs each
// benchmark kernel under CPython (python3), gilpy and gpython v0.2.0's own
// VM, alternating them, and reports the median CPU time of each and the
// ratios. CPU time (user+system of the whole process) is used rather than
// wall time because the machines this runs on are shared and often
// saturated; it also prints the median wall time.
//
//	go run ./cmd/gilbench [-n runs] [-python python3] [kernel.py ...]
//
// Kernels default to scripts/bench/*.py. Each kernel prints a result; the
// three interpreters' outputs are compared so that a fast wrong answer
// cannot pass for a speedup.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

type sample struct {
	cpu, wall time.Duration
	out       string
	err       error
}

func runOnce(argv []string) sample {
	cmd := exec.Command(argv[0], argv[1:]...)
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	start := time.Now()
	err := cmd.Run()
	s := sample{wall: time.Since(start), out: out.String(), err: err}
	if cmd.ProcessState != nil {
		s.cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	return s
}

func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}

type engine struct {
	name string
	argv []string
}

func main() {
	runs := flag.Int("n", 5, "runs of each kernel under each interpreter")
	python := flag.String("python", "python3", "the CPython 3.11 to compare with")
	flag.Parse()
	kernels := flag.Args()
	if len(kernels) == 0 {
		kernels, _ = filepath.Glob("scripts/bench/*.py")
	}
	dir, err := os.MkdirTemp("", "gilbench")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(dir)
	gilpy := filepath.Join(dir, "gilpy")
	gpyref := filepath.Join(dir, "gpyref")
	for _, b := range [][2]string{{gilpy, "./cmd/gilpy"}, {gpyref, "./cmd/gpyref"}} {
		if out, err := exec.Command("go", "build", "-o", b[0], b[1]).CombinedOutput(); err != nil {
			fail(fmt.Errorf("building %s: %v\n%s", b[1], err, out))
		}
	}
	engines := []engine{{"cpython", []string{*python}}, {"gilpy", []string{gilpy}}, {"gpython", []string{gpyref}}}
	fmt.Printf("%-12s %10s %10s %10s %12s %12s  %s\n", "kernel", "cpython", "gilpy", "gpython", "gilpy/cpy", "gilpy/gpy", "(median CPU seconds over runs; lower ratios are better)")
	for _, k := range kernels {
		cpu := map[string][]time.Duration{}
		outs := map[string]string{}
		failed := map[string]string{}
		for r := 0; r < *runs; r++ {
			for _, e := range engines {
				s := runOnce(append(append([]string{}, e.argv...), k))
				if s.err != nil {
					failed[e.name] = firstLine(s.out)
					continue
				}
				cpu[e.name] = append(cpu[e.name], s.cpu)
				outs[e.name] = s.out
			}
		}
		ref := outs["cpython"]
		cell := func(name string) string {
			if f, ok := failed[name]; ok && len(cpu[name]) == 0 {
				return "failed"
			} else if ok {
				_ = f
			}
			if outs[name] != ref {
				return "WRONG"
			}
			return fmt.Sprintf("%.3f", median(cpu[name]).Seconds())
		}
		ratio := func(a, b string) string {
			ma, mb := median(cpu[a]), median(cpu[b])
			if ma == 0 || mb == 0 || outs[a] != ref || outs[b] != ref {
				return "-"
			}
			return fmt.Sprintf("%.2f", ma.Seconds()/mb.Seconds())
		}
		name := strings.TrimSuffix(filepath.Base(k), ".py")
		fmt.Printf("%-12s %10s %10s %10s %12s %12s", name, cell("cpython"), cell("gilpy"), cell("gpython"), ratio("gilpy", "cpython"), ratio("gilpy", "gpython"))
		if f, ok := failed["gpython"]; ok {
			fmt.Printf("  gpython: %s", f)
		}
		if f, ok := failed["gilpy"]; ok {
			fmt.Printf("  gilpy: %s", f)
		}
		fmt.Println()
	}
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		s = s[i+1:]
	}
	if len(s) > 60 {
		s = s[:60]
	}
	return s
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gilbench:", err)
	os.Exit(1)
}
