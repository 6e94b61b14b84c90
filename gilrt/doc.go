// Package gilrt is gilpy's GIL runtime: the global interpreter lock of one
// interpreter instance, the eval breaker the VM polls, the blocking helper
// every blocking operation goes through, a lock primitive, per-thread
// statistics, an event record, and a deadlock check.
//
// # Model
//
// A Python thread is a goroutine that runs bytecode only while it holds its
// interpreter's GIL. Each interpreter instance has its own Runtime (its own
// GIL, breaker, threads and record); nothing in gilrt is global except the
// Registry the deadlock check uses, because a deadlock is a property of all
// the interpreters of a program at once (a thread of one process may be
// about to put into a queue that a thread of another waits on). Many
// Runtimes run in parallel in one Go process: each multiprocessing process
// is an interpreter instance, and their threads really run at the same
// time.
//
// The semantics are CPython's "new GIL" (3.2 and later):
//
//   - A thread that wants the GIL while another holds it queues and waits.
//     If the GIL has not changed hands within the switch interval (default
//     5 ms, Runtime.SetSwitchInterval), the holder is asked to drop it: the
//     BitGILDrop bit is set in the eval breaker.
//   - The holder sees the bit at its next breaker check and calls
//     Thread.Yield, which releases the GIL and queues again.
//   - A forced release (Yield) with threads waiting hands the GIL
//     directly to the one that has waited longest, without ever freeing
//     it. Hence a thread that dropped the GIL cannot take it back before
//     another thread has had it (CPython's "forced switching", which
//     CPython needs an extra condition variable for), and N CPU-bound
//     threads take turns in the order they queued, each getting about 1/N
//     of the GIL. A thread that ends hands the GIL over the same way.
//   - A release for a blocking call (Block, Sleep, a contended Lock or a
//     WaitQueue wait) frees the GIL and wakes the longest waiter, which
//     takes it unless the blocking thread, back from a very short call,
//     takes it first, as a CPython thread usually does after a quick
//     system call. That is what keeps two threads' prints from breaking
//     each other's lines every time their writes meet. A waiter passed
//     over keeps its place, and the drop request still reaches the holder
//     within one switch interval of its wait. A call made with
//     BlockBrief (a small console write) frees the GIL without waking
//     anyone: a waiter is woken only if the call lasts a whole switch
//     interval.
//
// FIFO hand-over was chosen over letting waiters race for a freed GIL (as
// CPython's condition variable does) for forced releases because it makes
// the guarantees easy to state and to test: no starvation, and a timeline
// that shows a regular rotation. The price is that the GIL stays assigned to a woken thread
// until its goroutine gets to run; that hand-over latency is visible in
// the event record as the gap between a release and the next acquire.
//
// One watchdog timer per Runtime, armed when a thread starts waiting and
// re-armed at each hand-over, sets the drop request; a waiting thread
// parks on a channel and costs nothing, however many threads wait.
//
// # The eval breaker
//
// The breaker (Runtime.Breaker) is one 32-bit word per interpreter, zero
// while nothing needs the VM's attention. The VM loads it at its check
// points: by default at function entry and backward jumps, as CPython 3.10+
// does, or before every instruction in the teaching mode that shows
// bytecode-level races. Its check is a single atomic load:
//
//	br := rt.Breaker() // once per evaluation loop
//	...
//	if br.Load() != 0 {
//		slowPath()
//	}
//
// and the slow path handles the bits one by one:
//
//	bits := br.Load()
//	if bits&gilrt.BitGILDrop != 0 {
//		th.Yield() // gilrt's bit: drop the GIL, let the waiter run, take it back
//	}
//	if bits&gilrt.BitSignal != 0 && isMainThread { ... run signal handlers ... }
//	...
//
// The bit layout (see Bit):
//
//	bit 0  BitGILDrop      drop the GIL (owner: gilrt)
//	bit 1  BitAsyncExc     an asynchronous exception is pending for some thread (threading)
//	bit 2  BitSignal       a signal / KeyboardInterrupt is pending (signal)
//	bit 3  BitCancel       the embedder's context was cancelled (interp)
//	bit 4  BitTerminate    the interpreter is being terminated (multiprocessing/interp)
//	bit 5  BitPendingCall  Go code queued a call to run on a Python thread (interp)
//	bits 16..31            free (BitUser and up); claim them in breaker.go
//
// Each bit has one owner, which sets it (Breaker.Set) and clears it
// (Breaker.Clear) without disturbing the others; gilrt only ever touches
// BitGILDrop.
//
// # Threads
//
// Runtime.NewThread registers a thread; register it on the goroutine that
// starts it, before starting the new goroutine (threading.Thread.start),
// so that there is never a moment when a thread exists that the deadlock
// check does not know. The new goroutine calls Thread.Acquire, runs, and
// ends with Thread.Exit, which releases the GIL, wakes the threads joining
// it and unregisters it. Runtime.Go does all of that around a function.
// Thread.Join waits for a thread to exit. An interpreter's life, in short
// (see the package example):
//
//	rt := gilrt.New(gilrt.Options{Name: "MainProcess"})
//	rt.SetDeadlockHandler(func(r *gilrt.DeadlockReport) { ... })
//	main := rt.NewThread("MainThread")
//	main.Acquire()
//	... run the program; threading.Thread.start is rt.Go(name, run) ...
//	... join the non-daemon threads ...
//	rt.InterruptAll(errShutdown) // daemon threads still blocked wake up
//	main.Exit()
//
// # Blocking
//
// Every operation that may block releases the GIL while it blocks, and all
// of them go through one helper, Thread.Block, so that the state, the
// statistics, the record and interruption are handled in one place:
//
//	err := th.Block(gilrt.BlockIO, "socket.recv", func(stop <-chan struct{}) error {
//		select { // or any call that can be cut short when stop closes
//		case data = <-conn:
//			return nil
//		case <-stop:
//			return errCancelled
//		}
//	})
//	if errors.Is(err, gilrt.ErrInterrupted) { ... handle the pending interrupt ... }
//
// Block records that the thread blocks and on what (a BlockKind and a
// short description), releases the GIL, runs the function, and takes the
// GIL back. Thread.Sleep is time.sleep built on it. Lock, WaitQueue and
// Thread.Join use the same path with their own queues.
//
// Every blocking call is interruptible. Thread.Interrupt (from any
// goroutine) closes the stop channel of the current call and makes it, and
// every later one, return an *InterruptedError carrying the cause, until
// the thread calls Thread.ClearInterrupt; an interrupt sent just before the
// thread blocks is therefore never lost. KeyboardInterrupt on the main
// thread, process termination and context cancellation all use it: the
// owner sets its breaker bit (so a running thread notices) and interrupts
// the thread (so a blocked one wakes). Runtime.InterruptAll does it for
// every thread of an interpreter.
//
// # Locks and other synchronisation
//
// Lock is _thread.lock: not reentrant, releasable by any thread, acquired
// with a timeout (NoTimeout or any negative value: forever; zero: try
// once):
//
//	ok, err := l.Acquire(th, gilrt.NoTimeout) // lock.acquire(); err only on interrupt
//	...
//	if err := l.Release(); err != nil { ... RuntimeError: release unlocked lock ... }
//
// An uncontended Acquire or Release is one compare-and-swap and touches
// neither the GIL nor anything else. A contended Acquire releases the GIL,
// waits without CPU, and takes the GIL back after. CPython builds RLock,
// Condition, Semaphore, Event, Barrier, Queue and Thread.join from this one
// lock, and they can be built the same way on Lock. WaitQueue is the
// cheaper building block for the ones that wait for a notification: a FIFO
// of threads with Wait (whose beforePark callback is where a condition
// variable releases its lock, so that no notification is missed) and
// Notify/NotifyAll.
//
// # Statistics and the event record
//
// Runtime.Stats returns a copy of the interpreter's counters (switches,
// drop requests, forced drops) and of each thread's: state, what it blocks
// on, time holding the GIL, waiting for it and blocked, acquisitions,
// switches, drop requests and forced drops. It is safe to call from any
// goroutine at any time.
//
// Runtime.StartRecording starts an event record: every acquire, release
// (marked forced when it answers a drop request), drop request, wait for
// the GIL, block start and end, thread start, end and name, with a
// monotonic timestamp from the start of the record. It is off by default,
// and costs one atomic load and a predictable branch per event site while
// off. It is bounded (RecordOptions.Capacity): by default it keeps the
// first events and counts the ones dropped after, so that timelines built
// from it are complete up to a known point; RecordOptions.KeepLast keeps
// the most recent instead. Runtime.Events returns a copy;
// WriteChromeTrace turns events into a Trace Event Format file for
// Perfetto or chrome://tracing, with one track per thread showing when it
// holds the GIL, waits for it and blocks.
//
// # Deadlocks
//
// When every registered thread of every interpreter sharing a Registry is
// blocked in a wait that only another Python thread could end (a Lock
// acquire, a WaitQueue wait of kind BlockSync, or a Join, each without
// timeout), no thread can ever move again, and gilrt reports it instead of
// letting the program hang: the handler installed with
// Runtime.SetDeadlockHandler receives a DeadlockReport listing each
// thread's interpreter, name, ident and what it waits on, on a goroutine
// of its own. The interpreter then prints each thread's Python stack and
// exits non-zero, after interrupting its threads. A thread running,
// waiting for the GIL, sleeping, doing I/O, or in any Thread.Block call
// prevents the report: gilrt cannot know who ends those waits.
//
// The check is exact, not a timeout: the Registry counts live threads and
// threads blocked for good, and every wake-up of such a wait is counted by
// the waker, under the registry's lock, before the waker can block in
// turn. So the two counts are equal exactly when nothing can move. What
// this asks of callers:
//
//   - register threads before starting them (see Threads);
//   - end BlockSync waits only through gilrt (Lock.Release,
//     WaitQueue.Notify, Thread.Exit), from a registered thread or while
//     one is not blocked; a wait that Go code ends (I/O completion, a
//     child process reported by the embedder) takes another BlockKind;
//   - at shutdown, interrupt the remaining (daemon) threads before the
//     main thread exits, and let every interrupted thread unwind and call
//     Exit.
//
// The process-wide Registry is used unless Options.Registry says
// otherwise; an embedder running unrelated programs in one Go process
// gives each program (with its child processes) a Registry of its own.
package gilrt
