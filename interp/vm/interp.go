package vm

import (
	"context"
	"errors"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gilpy/gilpy/gilrt"
	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/gilpy/gilpy/interp/host"
	"github.com/gilpy/gilpy/interp/syntax"
	"github.com/go-python/gpython/py"
)

// CompileFunc compiles source into a code object. mode is "exec", "eval"
// or "single"; flags are compile()'s flags. Errors are *syntax.SyntaxError
// for bad source. The compiler gives its warnings (SyntaxWarning,
// DeprecationWarning) to warn, in the order CPython issues them, and
// stops with the error warn returns (see syntax.ErrWarningIsError).
type CompileFunc func(src []byte, filename, mode string, flags int, warn syntax.WarnFunc) (*bytecode.Code, error)

// Config configures an interpreter instance.
type Config struct {
	// Argv is sys.argv.
	Argv []string
	// Path entries come first on sys.path (the script's directory).
	Path []string
	// Stdin, Stdout and Stderr back sys.stdin, sys.stdout, sys.stderr.
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// StdoutMode and StderrMode are their buffering.
	StdoutMode, StderrMode Buffering
	// Compile turns source into code; required.
	Compile CompileFunc
	// EveryInstruction makes the VM check the eval breaker before every
	// instruction instead of at function entry and backward jumps, so a
	// thread switch can fall between any two instructions (as before
	// CPython 3.10), which lets a lesson show `counter += 1` losing
	// updates.
	EveryInstruction bool
	// SwitchInterval is the GIL switch interval; zero means 5 ms.
	SwitchInterval int64 // nanoseconds
	// Name labels the interpreter (the process name).
	Name string
	// Registry is the deadlock registry; nil means the process-wide one.
	Registry *gilrt.Registry
	// XOptions are the -X options (sys._xoptions).
	XOptions map[string]string
	// WarnOptions are the -W options and PYTHONWARNINGS (sys.warnoptions).
	WarnOptions []string
	// GILStats prints the GIL statistics table to stderr at exit.
	GILStats bool
	// Host is the program's access to files, the environment and the
	// working directory (see package host); nil means the real machine,
	// with a working directory and environment of the interpreter's own.
	Host host.Host
}

// Interp is one interpreter instance: its modules, builtins, sys module,
// threads and GIL. Interpreters share nothing mutable with each other.
type Interp struct {
	// sys.set_coroutine_origin_tracking_depth (see sys_info.go).
	coroOriginDepth int
	cfg             Config
	rt              *gilrt.Runtime
	modules         *Dict                  // sys.modules
	loading         map[string]*moduleLoad // modules whose code is running (importlock.go)
	builtins        *Dict
	builtinsModule  *Module
	sys             *Module
	main            *Thread
	defaultImport   Object
	// recursionLimit is the depth the VM enforces: sys.setrecursionlimit's
	// value (requestedLimit), capped at maxRecursionLimit.
	recursionLimit int
	requestedLimit int
	maxStrDigits   int
	debugPanics    bool
	// builtinSubs lists, per builtin class, the classes this interpreter
	// derived from it, for __subclasses__() (builtin classes are shared
	// by interpreters and cannot record them).
	builtinSubs    map[*Class][]*Class
	stdout, stderr *TextStream
	stdin          *TextStream

	// host is Config.Host; fds the program's file descriptors (io_fd.go).
	host host.Host
	fds  fdTable
	ioState

	// ctx is the context of the current run; cancelling it stops the run.
	ctxMu    sync.Mutex
	ctx      context.Context
	stopping atomic.Bool

	threadsMu sync.Mutex
	// byIdent holds the live threads by identifier: the registry of the
	// interpreter's threads (one map, not two: a program may have
	// thousands of threads).
	byIdent   map[uint64]*Thread
	nextIdent atomic.Int64
	// scratch keeps what finished threads leave for new ones (see
	// threadreuse.go).
	scratch scratchPool
	// workers runs the goroutines of the threads StartThread starts.
	workers *workerPool

	// pending holds exceptions to raise asynchronously in threads (for
	// Ctrl-C and thread termination), guarded by pendingMu.
	pendingMu sync.Mutex
	pendingFn []func(t *Thread) error
	exiting   atomic.Bool
	atExit    []func(t *Thread) error
	closersMu sync.Mutex
	closers   []func() // see AtClose

	// Threads (see threads.go): started counts the threads StartThread
	// started that still run; sigPending is a SIGINT the main thread has
	// not raised yet; finalizing is set once no thread may start; abort*
	// say the program is being stopped (Abort).
	started    atomic.Int64
	sigPending atomic.Bool
	finalizing atomic.Bool
	aborting   atomic.Bool
	abortOnce  sync.Once
	abortErr   *AbortError
	// micros is the switch interval sys.setswitchinterval set, in
	// microseconds (noMicros until then).
	micros atomic.Uint64

	// pid is this instance's process id when it is a child (child.go);
	// parent is the interpreter that started it.
	pid    int
	parent *Interp

	// codecs holds the codec search functions and error handlers the
	// program registered (textcodec.go).
	codecs *codecRegistry
}

// New creates an interpreter and its main thread (which holds the GIL
// from here until the interpreter is closed).
func New(cfg Config) (*Interp, error) {
	if cfg.Compile == nil {
		return nil, errors.New("vm: Config.Compile is required")
	}
	readyIOClasses()
	readyBuiltinClasses()
	if cfg.Stdin == nil {
		cfg.Stdin = os.Stdin
	}
	if cfg.Stdout == nil {
		cfg.Stdout = os.Stdout
	}
	if cfg.Stderr == nil {
		cfg.Stderr = os.Stderr
	}
	if cfg.Argv == nil {
		cfg.Argv = []string{""}
	}
	// Child interpreters (processes) write to the same streams.
	cfg.Stdout = shareableWriter(cfg.Stdout)
	cfg.Stderr = shareableWriter(cfg.Stderr)
	name := cfg.Name
	if name == "" {
		name = "MainProcess"
	}
	in := &Interp{
		cfg:            cfg,
		modules:        NewDict(64),
		recursionLimit: 1000,
		requestedLimit: 1000,
		maxStrDigits:   defaultMaxStrDigits,
		byIdent:        map[uint64]*Thread{},
		workers:        newWorkerPool(),
		ctx:            context.Background(),
		debugPanics:    os.Getenv("GILPY_DEBUG_PANICS") != "",
	}
	opts := gilrt.Options{Name: name, Registry: cfg.Registry}
	if cfg.SwitchInterval > 0 {
		opts.SwitchInterval = time.Duration(cfg.SwitchInterval)
	}
	in.rt = gilrt.New(opts)
	in.micros.Store(noMicros)
	in.rt.SetDeadlockHandler(in.onDeadlock)
	in.host = cfg.Host
	if in.host == nil {
		in.host = host.NewOS()
	}
	in.fds.init(cfg.Stdin, cfg.Stdout, cfg.Stderr)
	in.stdout = newTextStream(cfg.Stdout, "<stdout>", "w", cfg.StdoutMode, 1)
	in.stderr = newTextStream(cfg.Stderr, "<stderr>", "w", cfg.StderrMode, 2)
	in.stdin = newInputStream(cfg.Stdin, "<stdin>", 0)
	t := in.newThread("MainThread", true)
	t.gil.Acquire()
	in.main = t
	if err := in.setupBuiltins(t); err != nil {
		return nil, err
	}
	if err := in.setupSys(t); err != nil {
		return nil, err
	}
	return in, nil
}

// MainThread returns the interpreter's main thread.
func (in *Interp) MainThread() *Thread { return in.main }

// Runtime returns the interpreter's GIL runtime.
func (in *Interp) Runtime() *gilrt.Runtime { return in.rt }

// Host returns the interpreter's access to the machine.
func (in *Interp) Host() host.Host { return in.host }

// Modules returns sys.modules.
func (in *Interp) Modules() *Dict { return in.modules }

// Builtins returns the builtins namespace.
func (in *Interp) Builtins() *Dict { return in.builtins }

// Sys returns the sys module.
func (in *Interp) Sys() *Module { return in.sys }

// Stdout and Stderr return the Go side of sys.stdout and sys.stderr.
func (in *Interp) Stdout() *TextStream { return in.stdout }

// Stderr returns the Go side of sys.stderr.
func (in *Interp) Stderr() *TextStream { return in.stderr }

// newThread registers a new Python thread with the interpreter and its
// GIL runtime. It does not take the GIL.
func (in *Interp) newThread(name string, main bool) *Thread {
	t := &Thread{interp: in, main: main, everyInstr: in.cfg.EveryInstruction, nativeID: newNativeID()}
	if !main {
		t.ds.first = threadDataStackChunk
		in.scratch.take(t)
	}
	t.exc = &t.excBase
	t.gil = in.rt.NewThread(name)
	t.breaker = in.rt.Breaker()
	in.threadsMu.Lock()
	in.byIdent[t.gil.ID()] = t
	in.threadsMu.Unlock()
	return t
}

// NewThread makes a thread for running Python code on another goroutine:
// the goroutine must take the GIL (t.GIL().Acquire()) before running
// anything and call ExitThread when done.
func (in *Interp) NewThread(name string) *Thread { return in.newThread(name, false) }

// ExitThread unregisters a finished thread and gives up its GIL.
func (in *Interp) ExitThread(t *Thread) {
	in.threadsMu.Lock()
	live := in.byIdent[t.gil.ID()] == t
	if live {
		delete(in.byIdent, t.gil.ID())
	}
	in.threadsMu.Unlock()
	if live && !t.main {
		in.started.Add(-1)
	}
	for i := len(t.atExit) - 1; i >= 0; i-- {
		t.atExit[i]()
	}
	t.atExit = nil
	t.dropLocals()
	if !t.main {
		in.scratch.give(t)
	}
	t.gil.Exit()
}

// builtinsFor returns the builtins namespace code running with these
// globals uses: globals["__builtins__"] when it is a module or dict, a
// stand-in for any other object there (see builtins_ns.go), and the
// interpreter's own when there is none.
func (in *Interp) builtinsFor(globals *Dict) *Dict {
	if b, ok := globals.GetStr("__builtins__"); ok {
		switch v := b.(type) {
		case *Module:
			return v.dict
		case *Dict:
			return v
		}
		return foreignBuiltinsDict(b)
	}
	return in.builtins
}

// CompileSource compiles src with the interpreter's compiler; a syntax
// error comes back as a Python SyntaxError exception.
// Its warnings are issued on the main thread.
func (in *Interp) CompileSource(src []byte, filename, mode string) (*bytecode.Code, error) {
	return in.compileFlags(in.main, src, filename, mode, 0)
}

// compileSource compiles with the configured compiler, turning syntax
// errors into Python SyntaxError exceptions and issuing its warnings on
// thread t.
func (in *Interp) compileSource(t *Thread, src []byte, filename, mode string) (*bytecode.Code, error) {
	return in.compileFlags(t, src, filename, mode, 0)
}

func (in *Interp) compileFlags(t *Thread, src []byte, filename, mode string, flags int) (*bytecode.Code, error) {
	code, err := in.cfg.Compile(src, filename, mode, flags, t.compileWarner())
	if err != nil {
		var se *syntax.SyntaxError
		if errors.As(err, &se) && !se.HasText && se.Lineno > 0 {
			// Errors the compiler finds carry no text; CPython reads the
			// line from the file the filename names, if there is one.
			se.Text, se.HasText = in.programText(filename, se.Lineno)
		}
		return nil, syntaxErrorToPython(err)
	}
	// CPython's compiler allows three levels of expression nesting per
	// level of recursion left to the caller (compile() itself counting
	// as one call).
	if code.Nesting+3*(t.depth+1) > 3*in.recursionLimit {
		return nil, NewError(RecursionError, "maximum recursion depth exceeded during compilation")
	}
	return code, nil
}

// syntaxErrorToPython converts the compiler's error into SyntaxError
// (or IndentationError, TabError) with CPython's attributes.
func syntaxErrorToPython(err error) error {
	var se *syntax.SyntaxError
	if !errors.As(err, &se) {
		return err
	}
	if se.Kind == syntax.KindMemoryError {
		return &py.Exception{Base: py.MemoryError, Args: Tuple{}}
	}
	typ := py.SyntaxError
	switch se.Kind {
	case syntax.KindIndentationError:
		typ = py.IndentationError
	case syntax.KindTabError:
		typ = py.TabError
	}
	var text Object = None
	if se.HasText {
		text = py.String(se.Text)
	}
	e := &py.Exception{Base: typ}
	details := Tuple{py.String(se.Filename), NewInt(int64(se.Lineno)), NewInt(int64(se.Offset)), text, NewInt(int64(se.EndLineno)), NewInt(int64(se.EndOffset))}
	e.Args = Tuple{py.String(se.Msg), details}
	var endOffset Object = NewInt(int64(se.EndOffset))
	if se.Located {
		e.Args, endOffset = Tuple{py.String(se.Msg)}, None
	}
	setExcAttr(e, "msg", py.String(se.Msg))
	setExcAttr(e, "filename", py.String(se.Filename))
	setExcAttr(e, "lineno", NewInt(int64(se.Lineno)))
	setExcAttr(e, "offset", NewInt(int64(se.Offset)))
	setExcAttr(e, "text", text)
	setExcAttr(e, "end_lineno", NewInt(int64(se.EndLineno)))
	setExcAttr(e, "end_offset", endOffset)
	setExcAttr(e, "print_file_and_line", None)
	return e
}

// RunCode runs a module-level code object with globals as its namespace
// (and locals, when not nil, as its locals mapping).
func (t *Thread) RunCode(code *bytecode.Code, globals *Dict, locals Object) (Object, error) {
	if _, ok := globals.GetStr("__builtins__"); !ok {
		globals.SetStr("__builtins__", t.interp.builtinsModule)
	}
	cd := dataFor(code)
	f := t.newFrame(code, cd, globals, t.interp.builtinsFor(globals), false)
	if locals == nil {
		f.locals = globals
	} else {
		f.locals = locals
	}
	if code.Flags&bytecode.CoOptimized != 0 {
		f.locals = nil
	}
	if cd.ncells > 0 {
		t.initCells(f, nil)
	}
	return t.runFrame(f)
}

// SetContext makes ctx the context of the current run: cancelling it
// stops the running code at its next check point, or in its blocking
// call, with a Terminated error no Python code can catch.
func (in *Interp) SetContext(ctx context.Context) {
	in.ctxMu.Lock()
	in.ctx = ctx
	in.ctxMu.Unlock()
	if ctx.Done() != nil {
		go func() {
			<-ctx.Done()
			in.rt.Breaker().Set(gilrt.BitCancel)
			in.rt.InterruptAll(ctx.Err())
		}()
	}
}

func (in *Interp) cancelled() bool {
	in.ctxMu.Lock()
	defer in.ctxMu.Unlock()
	return in.ctx.Err() != nil
}

// Terminated is the error a run ends with when it is stopped from
// outside: its context was cancelled, or its process terminated. Python
// code cannot catch it (no except clause matches and no finally block
// runs), so a program cannot refuse to stop.
type Terminated struct{ Cause error }

func (e *Terminated) Error() string {
	if e.Cause != nil {
		return "terminated: " + e.Cause.Error()
	}
	return "terminated"
}

func (e *Terminated) Unwrap() error { return e.Cause }

// cancelError is what a cancelled run stops with.
func (in *Interp) cancelError() error {
	in.ctxMu.Lock()
	defer in.ctxMu.Unlock()
	return &Terminated{Cause: in.ctx.Err()}
}

// QueuePending arranges for fn to run on the next thread that checks
// the eval breaker (the main thread for signals).
func (in *Interp) QueuePending(fn func(t *Thread) error) {
	in.pendingMu.Lock()
	in.pendingFn = append(in.pendingFn, fn)
	in.pendingMu.Unlock()
	in.rt.Breaker().Set(gilrt.BitPendingCall)
}

// handlePending runs queued calls and raises a pending asynchronous
// exception for t.
func (in *Interp) handlePending(t *Thread) error {
	if r := t.rare; r != nil && r.asyncExc != nil {
		e := r.asyncExc
		r.asyncExc = nil
		if x, ok := e.(*py.Exception); ok {
			return x
		}
		if typ, ok := e.(*py.Type); ok {
			return NewException(typ)
		}
	}
	if !t.main {
		return nil
	}
	if in.aborting.Load() {
		return in.abortError()
	}
	in.pendingMu.Lock()
	fns := in.pendingFn
	in.pendingFn = nil
	in.rt.Breaker().Clear(gilrt.BitPendingCall)
	in.pendingMu.Unlock()
	for _, fn := range fns {
		if err := fn(t); err != nil {
			return err
		}
	}
	return t.takeSignal()
}

// sysPath returns sys.path as strings.
func (in *Interp) sysPath(t *Thread) []string {
	p, ok := in.sys.Get("path")
	if !ok {
		return nil
	}
	l, ok := p.(*py.List)
	if !ok {
		return nil
	}
	out := make([]string, 0, len(l.Items))
	for _, it := range l.Items {
		if s, ok := it.(py.String); ok {
			out = append(out, string(s))
		}
	}
	return out
}

// canRead reports whether imports may look in dir (the sandbox policy
// hook; everything is readable for now).
func (in *Interp) canRead(dir string) bool { return true }

// initializing reports whether the module is still running its body.
func (in *Interp) initializing(name string) bool {
	m, ok := in.modules.GetStr(name)
	if !ok {
		return false
	}
	mod, ok := m.(*Module)
	if !ok {
		return false
	}
	spec, ok := mod.dict.GetStr("__spec__")
	if !ok {
		return false
	}
	if inst, ok := spec.(*Instance); ok && inst.dict != nil {
		if v, ok := inst.dict.GetStr("_initializing"); ok {
			return v == True
		}
	}
	return false
}

// PrintException writes exc's traceback to sys.stderr through
// sys.excepthook, as an uncaught exception is reported.
func (t *Thread) PrintException(exc *py.Exception) {
	in := t.interp
	_ = in.stdout.Flush()
	if hook, ok := in.sys.Get("excepthook"); ok && hook != in.defaultExcepthook() {
		var tb Object = None
		if exc.Traceback != nil {
			tb = exc.Traceback
		}
		if _, err := Call(t, hook, []Object{TypeOf(exc), exc, tb}, nil); err == nil {
			return
		} else {
			_, _ = in.stderr.WriteString("Error in sys.excepthook:\n")
			if e, ok := err.(*py.Exception); ok {
				_, _ = in.stderr.WriteString(t.FormatException(e))
			}
			_, _ = in.stderr.WriteString("\nOriginal exception was:\n")
		}
	}
	_, _ = in.stderr.WriteString(t.FormatException(exc))
	_ = in.stderr.Flush()
}

// ExitCode maps a SystemExit to the process status CPython exits with,
// and the text to print first (for a code that is not an int or None).
func (in *Interp) ExitCode(exc *py.Exception) (int, string) {
	code, ok := exc.Dict["code"]
	if !ok {
		switch a := excArgs(exc); len(a) {
		case 0:
			code = None
		case 1:
			code = a[0]
		default:
			code = a
		}
	}
	switch c := unwrap(code).(type) {
	case py.NoneType:
		return 0, ""
	case py.Int:
		return int(c), ""
	case py.Bool:
		if c {
			return 1, ""
		}
		return 0, ""
	case *py.BigInt:
		return -1, ""
	}
	s, err := StrString(in.main, code)
	if err != nil {
		return 1, ""
	}
	return 1, s
}

// AtClose registers fn to run once the interpreter is shutting down (its
// other threads ended, its streams flushed), as an operating system releases what
// a process held when it ends: the multiprocessing pipes a process holds
// close then, so that their readers see the end. fn runs no Python code.
// Safe from any goroutine.
func (in *Interp) AtClose(fn func()) {
	in.closersMu.Lock()
	in.closers = append(in.closers, fn)
	in.closersMu.Unlock()
}

func (in *Interp) runClosers() {
	in.closersMu.Lock()
	fns := in.closers
	in.closers = nil
	in.closersMu.Unlock()
	for _, fn := range fns {
		fn()
	}
}

// AtExit functions run when the interpreter shuts down, last registered
// first, after threading._shutdown() has waited for the non-daemon
// threads (as CPython runs atexit functions after it) and before the
// daemon threads are stopped and the streams flushed.
func (in *Interp) AtExit(fn func(t *Thread) error) {
	in.atExit = append(in.atExit, fn)
}

// Shutdown ends the interpreter as CPython's finalization does: wait for
// the non-daemon threads (threading._shutdown), run the exit hooks, stop
// the daemon threads, flush the standard streams and release the main
// thread's GIL. After Abort it only does the last two.
func (in *Interp) Shutdown() error {
	if in.exiting.Swap(true) {
		return nil
	}
	t := in.main
	var firstErr error
	if !in.aborting.Load() {
		in.waitForThreads(t)
	}
	for i := len(in.atExit) - 1; i >= 0 && !in.aborting.Load(); i-- {
		if err := in.atExit[i](t); err != nil && firstErr == nil {
			firstErr = err
		}
	}
	in.freezeDaemons()
	// os._exit leaves what is buffered unwritten, as the C library's
	// _exit does; otherwise every file still open is flushed (see
	// io_flush.go), then the standard streams.
	immediate := in.Aborted() != nil && in.Aborted().Immediate
	if !immediate {
		in.flushAllFiles(t)
		if err := in.stdout.Flush(); err != nil && firstErr == nil {
			firstErr = err
		}
	}
	// Before the main thread leaves the deadlock registry: a thread of
	// another interpreter waiting for what this one held (a pipe's end)
	// must be woken before the check could find every thread blocked.
	in.runClosers()
	in.ExitThread(t)
	if in.cfg.GILStats {
		_, _ = in.stderr.WriteString(in.GILStats())
	}
	if !immediate {
		if err := in.stderr.Flush(); err != nil && firstErr == nil {
			firstErr = err
		}
	}
	in.fds.closeAll()
	in.workers.close()
	if ab := in.Aborted(); ab != nil {
		// Stopped while waiting for the threads (a deadlock at exit).
		return ab
	}
	return firstErr
}
