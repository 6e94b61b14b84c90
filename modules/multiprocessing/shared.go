package multiprocessing

import (
	"sync"
	"sync/atomic"
	"time"

	"github.com/gilpy/gilpy/gilrt"
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

// Objects several interpreters hold (queues, semaphores) live in Go,
// outside every interpreter; each interpreter sees them through a
// Python object of its own that names them by a number. Pickling that
// object writes the number, so passing it to a child (as CPython passes
// a pipe or a semaphore's handle) gives the child the same Go object.
// They live as long as the program.
var (
	sharedMu   sync.Mutex
	sharedObjs = map[int64]any{}
	lastShared atomic.Int64
)

func share(o any) int64 {
	id := lastShared.Add(1)
	sharedMu.Lock()
	sharedObjs[id] = o
	sharedMu.Unlock()
	return id
}

func lookupShared(id int64) any {
	sharedMu.Lock()
	defer sharedMu.Unlock()
	return sharedObjs[id]
}

// channel is a FIFO of pickles with an optional bound; its waits
// release the GIL and count for the deadlock check.
type channel struct {
	mu       sync.Mutex
	items    [][]byte
	maxsize  int
	notEmpty gilrt.WaitQueue
	notFull  gilrt.WaitQueue
}

// channelObj is an interpreter's view of a channel.
type channelObj struct {
	id int64
	ch *channel
}

var channelClass = vm.NewType("_gilpy_mp", "Channel", "Channel(maxsize=0)\n\nA queue of bytes objects that processes share.", nil, 0)

func (c *channelObj) Type() *py.Type { return channelClass.T() }

// errEmpty and errFull are reported to Python as queue.Empty/Full by the
// methods' callers.
func queueError(t *vm.Thread, name string) error {
	m, err := t.ImportModule("queue")
	if err != nil {
		return err
	}
	cls, err := vm.GetAttr(t, m, name)
	if err != nil {
		return err
	}
	exc, err := vm.Call(t, cls, nil, nil)
	if err != nil {
		return err
	}
	if e, ok := exc.(*py.Exception); ok {
		return e
	}
	return vm.NewError(py.RuntimeError, "queue."+name)
}

// deadline turns a timeout into an absolute time (zero: none).
func deadline(d time.Duration) time.Time {
	if d < 0 {
		return time.Time{}
	}
	return time.Now().Add(d)
}

func remaining(dl time.Time) time.Duration {
	if dl.IsZero() {
		return -1
	}
	r := time.Until(dl)
	if r < 0 {
		return 0
	}
	return r
}

func (c *channel) put(t *vm.Thread, b []byte, block bool, timeout time.Duration) error {
	dl := deadline(timeout)
	for {
		c.mu.Lock()
		if c.maxsize <= 0 || len(c.items) < c.maxsize {
			c.items = append(c.items, b)
			c.mu.Unlock()
			c.notEmpty.Notify(1)
			return nil
		}
		if !block {
			c.mu.Unlock()
			return queueError(t, "Full")
		}
		left := remaining(dl)
		if left == 0 {
			c.mu.Unlock()
			return queueError(t, "Full")
		}
		if _, err := t.Wait(&c.notFull, gilrt.BlockSync, "Queue.put", left, c.mu.Unlock); err != nil {
			return err
		}
	}
}

func (c *channel) get(t *vm.Thread, block bool, timeout time.Duration) ([]byte, error) {
	dl := deadline(timeout)
	for {
		c.mu.Lock()
		if len(c.items) > 0 {
			b := c.items[0]
			c.items[0] = nil
			c.items = c.items[1:]
			c.mu.Unlock()
			c.notFull.Notify(1)
			return b, nil
		}
		if !block {
			c.mu.Unlock()
			return nil, queueError(t, "Empty")
		}
		left := remaining(dl)
		if left == 0 {
			c.mu.Unlock()
			return nil, queueError(t, "Empty")
		}
		if _, err := t.Wait(&c.notEmpty, gilrt.BlockSync, "Queue.get", left, c.mu.Unlock); err != nil {
			return nil, err
		}
	}
}

func (c *channel) size() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.items)
}

func blockArgs(t *vm.Thread, name string, args []Object, kwnames Tuple, names []string) ([]Object, bool, time.Duration, error) {
	outs := make([]Object, len(names))
	ptrs := make([]*Object, len(names))
	for i := range outs {
		ptrs[i] = &outs[i]
	}
	if _, err := vm.ParseClinic(&vm.Params{Func: name, Names: names, KwOnly: -1, Required: len(names) - 2}, args, kwnames, ptrs...); err != nil {
		return nil, false, 0, err
	}
	n := len(names)
	block := true
	if o := outs[n-2]; o != nil {
		b, err := vm.Truth(t, o)
		if err != nil {
			return nil, false, 0, err
		}
		block = b
	}
	timeout, err := timeoutArg(t, outs[n-1])
	if err != nil {
		return nil, false, 0, err
	}
	if outs[n-1] != nil && outs[n-1] != vm.None && timeout < 0 {
		return nil, false, 0, vm.NewError(py.ValueError, "'timeout' must be a non-negative number")
	}
	return outs[:n-2], block, timeout, nil
}

func defChannel() {
	c := channelClass
	c.DefMethod("__new__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		var maxsize Object
		if _, err := vm.ParseClinic(&vm.Params{Func: "Channel", Names: []string{"maxsize"}, KwOnly: -1}, args[1:], kwnames, &maxsize); err != nil {
			return nil, err
		}
		ch := &channel{}
		if maxsize != nil {
			n, err := vm.IndexInt(t, maxsize)
			if err != nil {
				return nil, err
			}
			ch.maxsize = n
		}
		return &channelObj{id: share(ch), ch: ch}, nil
	}, "Make a new instance of the type.", "static")
	c.DefMethod("put", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		rest, block, timeout, err := blockArgs(t, "put", args[1:], kwnames, []string{"data", "block", "timeout"})
		if err != nil {
			return nil, err
		}
		b, err := vm.BytesOf(t, rest[0])
		if err != nil {
			return nil, err
		}
		if err := args[0].(*channelObj).ch.put(t, append([]byte{}, b...), block, timeout); err != nil {
			return nil, err
		}
		return vm.None, nil
	}, "Append a bytes object, waiting for room in a bounded channel.")
	c.DefMethod("get", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		_, block, timeout, err := blockArgs(t, "get", args[1:], kwnames, []string{"block", "timeout"})
		if err != nil {
			return nil, err
		}
		b, err := args[0].(*channelObj).ch.get(t, block, timeout)
		if err != nil {
			return nil, err
		}
		return py.Bytes(b), nil
	}, "Take the oldest bytes object, waiting for one.")
	c.DefMethod("qsize", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		return vm.NewInt(int64(args[0].(*channelObj).ch.size())), nil
	}, "How many items wait.")
	c.DefGetSet("maxsize", func(t *vm.Thread, o Object) (Object, error) {
		return vm.NewInt(int64(o.(*channelObj).ch.maxsize)), nil
	}, nil)
	c.DefGetSet("id", func(t *vm.Thread, o Object) (Object, error) {
		return vm.NewInt(o.(*channelObj).id), nil
	}, nil)
	c.DefMethod("__reduce__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		return reduceShared(t, "_channel", args[0].(*channelObj).id)
	}, "")
	c.Ready()
}

// rebuildShared finds the shared object a pickle names.
func rebuildShared(t *vm.Thread, args []Object, kwnames Tuple, what string) (int64, any, error) {
	if err := vm.CheckArgs("_"+what, args, kwnames, 1, 1); err != nil {
		return 0, nil, err
	}
	id, err := vm.IndexInt(t, args[0])
	if err != nil {
		return 0, nil, err
	}
	o := lookupShared(int64(id))
	if o == nil {
		return 0, nil, vm.NewError(py.ValueError, "no shared "+what+" with that id")
	}
	return int64(id), o, nil
}

// reduceShared is the pickle of an interpreter's view of a shared
// object: the _gilpy_mp function that rebuilds it, and its id.
func reduceShared(t *vm.Thread, rebuild string, id int64) (Object, error) {
	m, err := t.ImportModule("_gilpy_mp")
	if err != nil {
		return nil, err
	}
	fn, err := vm.GetAttr(t, m, rebuild)
	if err != nil {
		return nil, err
	}
	return Tuple{fn, Tuple{vm.NewInt(id)}}, nil
}
