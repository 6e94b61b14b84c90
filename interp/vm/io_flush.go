package vm

import (
	"runtime"
	"sync"
	"sync/atomic"
	"weak"
)

// Files a program forgets to close. CPython closes a file object the
// moment its last reference goes, flushing what was written; gilpy's
// objects are collected by Go's garbage collector, later and at no
// predictable moment. So, like PyPy:
//
//   - at exit, every writer still open is flushed (text layer first, then
//     the buffers), so no output is ever lost;
//   - when a file object is collected, its buffered bytes are written and
//     its descriptor closed (for files gilpy opened itself, whose raw
//     layer is a FileIO: nothing else can be done without running Python
//     code on the collector's goroutine);
//   - when opening a file fails because the process has too many open,
//     the collector runs and the open is tried once more.
//
// What stays different from CPython is when the bytes of an unclosed
// file reach the file system before exit: a program that writes through
// open(p, 'w').write(s) and reads p back without closing it first sees
// them only once the object has been collected. docs/deviations.md
// says so.

// writeState is the part of a buffered writer that outlives it: its lock
// and unflushed bytes.
type writeState struct {
	mu    sync.Mutex
	owner atomic.Pointer[Thread]
	wbuf  []byte
	// fraw is the FileIO the bytes go to, when the raw layer is one.
	fraw *FileIO
}

// flushOrphan writes what a collected writer left, straight to its file.
func (ws *writeState) flushOrphan() {
	ws.mu.Lock()
	defer ws.mu.Unlock()
	ws.writeOut()
}

// writeOut writes wbuf to fraw's descriptor; ws.mu is held.
func (ws *writeState) writeOut() {
	f := ws.fraw
	if f == nil || f.fd < 0 || len(ws.wbuf) == 0 {
		return
	}
	if h, err := f.in.fds.get(f.fd); err == nil {
		_, _ = h.Write(ws.wbuf)
	}
	ws.wbuf = nil
}

// fdCloser closes a collected FileIO's descriptor.
type fdCloser struct {
	in *Interp
	fd int
}

// trackFileIO arranges for f's descriptor to be closed if f is collected
// while open.
func (in *Interp) trackFileIO(f *FileIO) {
	f.cleanup.Stop()
	if !f.closefd {
		return
	}
	f.cleanup = runtime.AddCleanup(f, func(c fdCloser) { _ = c.in.fds.close(c.fd) }, fdCloser{in: in, fd: f.fd})
}

// ioRegistry lists the writers to flush at exit.
type ioRegistry struct {
	mu    sync.Mutex
	bufs  []weak.Pointer[Buffered]
	texts []weak.Pointer[TextIOWrapper]
}

// trackBuffered registers a buffered writer for the flush at exit and,
// over a FileIO, for a flush when it is collected.
func (in *Interp) trackBuffered(b *Buffered) {
	b.ws.fraw = b.fraw
	b.cleanup.Stop()
	if b.fraw != nil {
		b.cleanup = runtime.AddCleanup(b, func(ws *writeState) { ws.flushOrphan() }, b.ws)
	}
	r := &in.ioReg
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.bufs) == cap(r.bufs) {
		r.bufs = compactWeak(r.bufs)
	}
	r.bufs = append(r.bufs, weak.Make(b))
}

// trackText registers a text writer for the flush at exit.
func (in *Interp) trackText(w *TextIOWrapper) {
	r := &in.ioReg
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.texts) == cap(r.texts) {
		r.texts = compactWeak(r.texts)
	}
	r.texts = append(r.texts, weak.Make(w))
}

// compactWeak drops the entries whose object is gone.
func compactWeak[T any](ps []weak.Pointer[T]) []weak.Pointer[T] {
	out := ps[:0]
	for _, p := range ps {
		if p.Value() != nil {
			out = append(out, p)
		}
	}
	return out
}

// flushAllFiles flushes every writer still open, text layers first (at
// exit, on the main thread).
func (in *Interp) flushAllFiles(t *Thread) {
	r := &in.ioReg
	r.mu.Lock()
	texts := append([]weak.Pointer[TextIOWrapper](nil), r.texts...)
	bufs := append([]weak.Pointer[Buffered](nil), r.bufs...)
	r.mu.Unlock()
	// Layers written in Go are flushed without the thread, so that an
	// interrupt pending at exit cannot stop them.
	for _, p := range texts {
		if w := p.Value(); w != nil && w.initialized && !w.detached {
			if w.gbuf != nil || w.gfio != nil {
				_ = w.flushPending(nil)
			} else {
				_ = w.flushPending(t)
			}
		}
	}
	for _, p := range bufs {
		if b := p.Value(); b != nil {
			if b.fraw != nil {
				_ = b.Flush(nil)
			} else {
				_ = b.Flush(t)
			}
		}
	}
}
