// Package queue provides gilpy's queue module (queue.py, embedded: Queue,
// LifoQueue, PriorityQueue on threading's Condition) and _queue, written
// in Go: SimpleQueue, whose getters wait on a gilrt WaitQueue, and the
// Empty exception.
package queue

import (
	_ "embed"
	"fmt"
	"time"

	"github.com/gilpy/gilpy/gilrt"
	"github.com/gilpy/gilpy/interp/vm"
	_ "github.com/gilpy/gilpy/modules/threading"
	gtime "github.com/gilpy/gilpy/modules/time"
	"github.com/go-python/gpython/py"
)

//go:embed queue.py
var source string

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "_queue", Builtin: true, Init: initQueue})
	vm.RegisterModule(&vm.ModuleDef{Name: "queue", Source: source})
}

// Empty is _queue.Empty (queue.Empty).
var Empty = vm.NewExceptionType("_queue", "Empty", "Raised by a non-blocking or timed get() that finds no item.", py.ExceptionType)

// SimpleQueueType is _queue.SimpleQueue: an unbounded FIFO queue.
var SimpleQueueType = vm.NewType("_queue", "SimpleQueue", "An unbounded first-in first-out queue without task tracking.", nil, vm.TypeBaseType)

// SimpleQueue is a _queue.SimpleQueue. Its items are only touched with
// the GIL held; getters wait without it on getters.
type SimpleQueue struct {
	items   []vm.Object
	head    int
	getters gilrt.WaitQueue
}

// Type implements py.Object.
func (q *SimpleQueue) Type() *vm.Type { return SimpleQueueType.T() }

func (q *SimpleQueue) len() int { return len(q.items) - q.head }

func (q *SimpleQueue) push(v vm.Object) {
	q.items = append(q.items, v)
}

func (q *SimpleQueue) pop() vm.Object {
	v := q.items[q.head]
	q.items[q.head] = nil
	q.head++
	if q.head == len(q.items) {
		q.items, q.head = q.items[:0], 0
	} else if q.head >= 32 && q.head*2 >= len(q.items) {
		n := copy(q.items, q.items[q.head:])
		clear(q.items[n:])
		q.items, q.head = q.items[:n], 0
	}
	return v
}

func initQueue(t *vm.Thread, m *vm.Module) error {
	m.Set("__doc__", py.String("SimpleQueue and Empty, the parts of the queue module written in Go."))
	m.Set("Empty", Empty)
	m.Set("SimpleQueue", SimpleQueueType.T())
	return nil
}

// queueArgs binds (block=True, timeout=None) after the leading required
// ones of put or get, with argument clinic's messages.
func queueArgs(t *vm.Thread, name string, required []string, args []vm.Object, kwnames vm.Tuple) ([]vm.Object, bool, time.Duration, error) {
	names := append(append([]string(nil), required...), "block", "timeout")
	for _, k := range kwnames {
		known := false
		for _, n := range names {
			known = known || string(k.(py.String)) == n
		}
		if !known {
			return nil, false, 0, vm.NewError(py.TypeError, fmt.Sprintf("'%s' is an invalid keyword argument for %s()", string(k.(py.String)), name))
		}
	}
	vals := make([]vm.Object, len(names))
	ptrs := make([]*vm.Object, len(names))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	if _, err := vm.ParseArgs(&vm.Params{Func: name, Names: names, Required: len(required), KwOnly: -1}, args, kwnames, ptrs...); err != nil {
		return nil, false, 0, err
	}
	block := true
	if b := vals[len(required)]; b != nil {
		tr, err := vm.Truth(t, b)
		if err != nil {
			return nil, false, 0, err
		}
		block = tr
	}
	timeout := gilrt.NoTimeout
	if to := vals[len(required)+1]; to != nil && to != vm.None {
		ns, err := gtime.Timeout(t, to)
		if err != nil {
			return nil, false, 0, err
		}
		if ns < 0 {
			return nil, false, 0, vm.NewError(py.ValueError, "'timeout' must be a non-negative number")
		}
		timeout = time.Duration(ns)
	}
	return vals[:len(required)], block, timeout, nil
}

func (q *SimpleQueue) get(t *vm.Thread, block bool, timeout time.Duration) (vm.Object, error) {
	if q.len() > 0 {
		return q.pop(), nil
	}
	if !block {
		return nil, vm.NewException(Empty)
	}
	var deadline time.Time
	if timeout >= 0 {
		deadline = time.Now().Add(timeout)
	}
	for q.len() == 0 {
		wait := gilrt.NoTimeout
		if timeout >= 0 {
			wait = time.Until(deadline)
			if wait <= 0 {
				return nil, vm.NewException(Empty)
			}
		}
		if _, err := t.Wait(&q.getters, gilrt.BlockSync, "SimpleQueue.get", wait, nil); err != nil {
			return nil, err
		}
	}
	return q.pop(), nil
}

func sq(args []vm.Object) *SimpleQueue { return args[0].(*SimpleQueue) }

func init() {
	c := SimpleQueueType
	c.DefNew(func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if len(args) > 1 {
			return nil, vm.NewError(py.TypeError, "SimpleQueue() takes no positional arguments")
		}
		if len(kwnames) > 0 {
			return nil, vm.NewError(py.TypeError, "SimpleQueue() takes no keyword arguments")
		}
		return SimpleQueueType.Wrap(args[0].(*vm.Type), &SimpleQueue{}), nil
	})
	c.DefMethod("put", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		vals, _, _, err := queueArgs(t, "put", []string{"item"}, args[1:], kwnames)
		if err != nil {
			return nil, err
		}
		q := sq(args)
		q.push(vals[0])
		q.getters.Notify(1)
		return vm.None, nil
	}, "put(item, block=True, timeout=None)\n\nAdd item at the end of the queue; never waits (block and timeout exist for\nQueue compatibility).")
	c.DefMethod("put_nowait", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		var item vm.Object
		if _, err := vm.ParseArgs(&vm.Params{Func: "put_nowait", Names: []string{"item"}, Required: 1, KwOnly: -1}, args[1:], kwnames, &item); err != nil {
			return nil, err
		}
		q := sq(args)
		q.push(item)
		q.getters.Notify(1)
		return vm.None, nil
	}, "put_nowait(item)\n\nThe same as put(item).")
	c.DefMethod("get", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		_, block, timeout, err := queueArgs(t, "get", nil, args[1:], kwnames)
		if err != nil {
			return nil, err
		}
		return sq(args).get(t, block, timeout)
	}, "get(block=True, timeout=None)\n\nTake the first item off the queue. If there is none, wait for one: without\nlimit, at most timeout seconds, or not at all when block is false; raise\nEmpty when none comes.")
	c.DefMethod("get_nowait", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if len(args) > 1 || len(kwnames) > 0 {
			return nil, vm.NewError(py.TypeError, fmt.Sprintf("SimpleQueue.get_nowait() takes no arguments (%d given)", len(args)-1))
		}
		return sq(args).get(t, false, 0)
	}, "get_nowait()\n\nThe same as get(False).")
	c.DefMethod("empty", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		return vm.NewBool(sq(args).len() == 0), nil
	}, "Whether the queue is empty now (another thread may change that at once).")
	c.DefMethod("qsize", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		return vm.NewInt(int64(sq(args).len())), nil
	}, "The number of items now (another thread may change that at once).")
	c.DefMethod("__class_getitem__", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if len(args) != 2 {
			return nil, vm.NewError(py.TypeError, "__class_getitem__() takes exactly one argument")
		}
		return vm.NewGenericAlias(args[0], args[1]), nil
	}, "Return the generic alias SimpleQueue[item].", "class")
}
