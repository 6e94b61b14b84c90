package gilrt_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/gilpy/gilpy/gilrt"
)

// An interpreter's life: the main thread takes the GIL, starts a worker
// that shares a lock with it, joins it, and shuts down.
func Example() {
	rt := gilrt.New(gilrt.Options{Name: "MainProcess", Registry: gilrt.NewRegistry()})
	rt.SetDeadlockHandler(func(r *gilrt.DeadlockReport) {
		fmt.Print(r) // the interpreter prints each thread's stack, then exits 1
		rt.InterruptAll(errors.New("deadlock"))
	})

	main := rt.NewThread("MainThread")
	main.Acquire()

	lock := gilrt.NewLock()
	counter := 0
	worker := rt.Go("Thread-1", func(th *gilrt.Thread) {
		for i := 0; i < 1000; i++ {
			lock.Acquire(th, gilrt.NoTimeout)
			counter++
			lock.Release()
			if th.Runtime().Breaker().Load() != 0 { // the VM's check
				th.Yield()
			}
		}
	})
	for i := 0; i < 1000; i++ {
		lock.Acquire(main, gilrt.NoTimeout)
		counter++
		lock.Release()
		if rt.Breaker().Load() != 0 {
			main.Yield()
		}
	}
	worker.Join(main, gilrt.NoTimeout)
	fmt.Println("counter:", counter)

	rt.InterruptAll(errors.New("shutdown")) // wake any daemon thread still blocked
	main.Exit()
	// Output: counter: 2000
}

// A module wraps a blocking call in Thread.Block: the GIL is released
// while it waits, and an interrupt cuts the wait short.
func ExampleThread_Block() {
	rt := gilrt.New(gilrt.Options{Registry: gilrt.NewRegistry()})
	th := rt.NewThread("MainThread")
	th.Acquire()
	defer th.Exit()

	input := make(chan string, 1)
	input <- "hello"
	var line string
	err := th.Block(gilrt.BlockIO, "input()", func(stop <-chan struct{}) error {
		select {
		case line = <-input:
			return nil
		case <-stop:
			return errors.New("cancelled")
		}
	})
	fmt.Println(line, err)

	// A KeyboardInterrupt: the signal module sets its breaker bit and
	// interrupts the main thread, which wakes from its sleep.
	go func() {
		time.Sleep(10 * time.Millisecond)
		rt.Breaker().Set(gilrt.BitSignal)
		th.Interrupt(errors.New("KeyboardInterrupt"))
	}()
	err = th.Sleep(time.Hour)
	fmt.Println(errors.Is(err, gilrt.ErrInterrupted), th.ClearInterrupt())
	rt.Breaker().Clear(gilrt.BitSignal)
	// Output:
	// hello <nil>
	// true KeyboardInterrupt
}
