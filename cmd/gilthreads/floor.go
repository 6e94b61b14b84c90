package main

import (
	"fmt"
	"os"
	"sync"
	"syscall"
	"time"
)

// The machine's floor for the sleeper rows: what starting N goroutines
// one by one costs in plain Go, each blocking 1 s on a timer, and what
// touching a fresh page of memory costs. Every thread a Python runtime
// starts needs at least a goroutine (or an OS thread) and a few fresh
// pages, so these bound from below what any interpreter can reach here;
// on virtual machines whose host backs memory lazily, a fresh page can
// cost tens of microseconds.
//
// Each figure is measured in a process of its own (gilthreads runs itself
// with -floor or -pagecost), so that memory the table's other runs left
// in this process's heap does not make it look cheaper.

// floorSleepers starts n goroutines one after the other, each signalling
// that it has started and then blocking on a 1 s timer (or a stop
// channel, as an interruptible sleep does), and prints the whole run's
// time as "elapsed: S".
func floorSleepers(n int) {
	stop := make(chan struct{})
	started := make(chan struct{})
	var wg sync.WaitGroup
	start := time.Now()
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			started <- struct{}{}
			t := time.NewTimer(time.Second)
			select {
			case <-t.C:
			case <-stop:
			}
		}()
		<-started
	}
	wg.Wait()
	fmt.Printf("elapsed: %.3f\n", time.Since(start).Seconds())
}

// pageCost maps 64 MB of fresh memory, writes one byte in each 4 KB page,
// and prints the mean cost of a page in microseconds as "page: US".
func pageCost() {
	const size = 64 << 20
	const page = 4096
	mem, err := syscall.Mmap(-1, 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	check(err)
	start := time.Now()
	for i := 0; i < size; i += page {
		mem[i] = 1
	}
	elapsed := time.Since(start)
	check(syscall.Munmap(mem))
	fmt.Printf("page: %.2f\n", float64(elapsed.Microseconds())/float64(size/page))
}

// runFloorMode runs the measurement a -floor or -pagecost flag asks for
// and reports whether there was one.
func runFloorMode(floor int, pages bool) bool {
	switch {
	case floor > 0:
		floorSleepers(floor)
	case pages:
		pageCost()
	default:
		return false
	}
	return true
}

// floorRows measures the floor in processes of this program, runs times
// each, and prints the medians under the table.
func floorRows(runs int, quick bool) {
	self, err := os.Executable()
	check(err)
	counts := []int{1000, 10000}
	if quick {
		counts = counts[:1]
	}
	fmt.Println("\nthe machine's floor (plain Go, no interpreter; medians):")
	for _, n := range counts {
		row(runs, fmt.Sprintf("%d goroutines started one by one, each blocking 1 s", n),
			[]string{self, "-floor", fmt.Sprint(n)}, field("elapsed"), "%.3f s")
	}
	row(runs, "first write to a fresh 4 KB page of memory", []string{self, "-pagecost"}, field("page"), "%.1f µs")
}

func row(runs int, label string, argv []string, read func(string) (float64, error), format string) {
	var vs []float64
	var last error
	for i := 0; i < runs; i++ {
		v, err := runAndRead(argv, read)
		if err != nil {
			last = err
			continue
		}
		vs = append(vs, v)
	}
	cell := "failed: " + fmt.Sprint(last)
	if len(vs) > 0 {
		cell = fmt.Sprintf(format, median(vs))
	}
	fmt.Printf("  %-60s %s\n", label, cell)
}
