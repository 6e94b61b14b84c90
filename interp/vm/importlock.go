package vm

import (
	"sync"

	"github.com/gilpy/gilpy/gilrt"
)

// A module runs its code with the GIL taken and given back like any
// other code, so another thread may import it while it is half made. As
// in CPython, each module being loaded has a lock: the loading thread
// owns it until the module's code has finished, and another thread that
// imports the module waits for that instead of seeing the module half
// made (or loading it a second time). The loading thread itself gets the
// half-made module (a circular import), and so does a thread whose wait
// would close a cycle of threads each waiting for a module another one
// is loading: CPython breaks such an import deadlock the same way.

// moduleLoad is the lock of a module being loaded.
type moduleLoad struct {
	owner *Thread
	// reload marks the lock importlib.reload holds while it runs a
	// complete module's code again. Other loads and reloads of the
	// module wait for it, but an import of the module does not: as in
	// CPython, whose import waits only for a module whose spec says it is
	// being initialised, which a reload's does not.
	reload bool
	mu     sync.Mutex // guards done against a lost wake-up (see wait)
	done   bool
	wq     gilrt.WaitQueue
}

// beginLoad records that t is loading name and returns the lock to give
// to endLoad, or, if another thread is loading it, waits for that thread
// and returns nil (the caller looks in sys.modules again). t holds the
// GIL, which guards in.loading and Thread.awaitingLoad.
func (t *Thread) beginLoad(name string) (*moduleLoad, error) {
	in := t.interp
	if l := in.loading[name]; l != nil && l.owner != t {
		waited, err := t.awaitLoad(l)
		if err != nil || waited {
			return nil, err
		}
		// Waiting would deadlock: load it alongside, as CPython does
		// when it cannot take the module's lock.
	}
	if in.loading == nil {
		in.loading = map[string]*moduleLoad{}
	}
	l := &moduleLoad{owner: t}
	if in.loading[name] == nil {
		in.loading[name] = l
	}
	return l, nil
}

// beginReload takes the module's lock for importlib.reload, as CPython's
// reload does while it runs the module's code again: it first waits for
// a thread still loading (or reloading) the module, unless that would
// deadlock. The caller releases the lock with endLoad.
func (t *Thread) beginReload(name string) (*moduleLoad, error) {
	for {
		l, err := t.beginLoad(name)
		if err != nil {
			return nil, err
		}
		if l != nil {
			l.reload = true
			return l, nil
		}
		// Waited for another thread: it may have handed the module to a
		// third, so look again.
	}
}

// endLoad releases the lock beginLoad took and wakes the threads
// waiting for the module.
func (t *Thread) endLoad(name string, l *moduleLoad) {
	if t.interp.loading[name] == l {
		delete(t.interp.loading, name)
	}
	l.mu.Lock()
	l.done = true
	l.mu.Unlock()
	l.wq.NotifyAll()
}

// awaitLoaded waits, if another thread is still loading the module name
// that t found in sys.modules, until it has finished.
func (t *Thread) awaitLoaded(name string) error {
	if l := t.interp.loading[name]; l != nil && l.owner != t && !l.reload {
		_, err := t.awaitLoad(l)
		return err
	}
	return nil
}

// awaitLoad waits for l's owner to finish loading its module and says
// whether it did: it does not when waiting would close a cycle of
// threads each waiting for a module another one is loading.
func (t *Thread) awaitLoad(l *moduleLoad) (bool, error) {
	for o := l.owner; o != nil; {
		if o == t {
			return false, nil // an import deadlock
		}
		next := o.awaitingLoad
		if next == nil {
			break
		}
		o = next.owner
	}
	t.awaitingLoad = l
	defer func() { t.awaitingLoad = nil }()
	for {
		l.mu.Lock()
		if l.done {
			l.mu.Unlock()
			return true, nil
		}
		// Wait queues t before it calls l.mu.Unlock, and endLoad sets
		// done under l.mu before it notifies: no wake-up is missed.
		if _, err := t.Wait(&l.wq, gilrt.BlockSync, "import", -1, l.mu.Unlock); err != nil {
			return true, err
		}
	}
}
