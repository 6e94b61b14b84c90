package vm

import (
	"fmt"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/go-python/gpython/py"
)

// codeData is what the VM derives once from a code object and keeps with
// it: the inline caches and the hashes of its names.
type codeData struct {
	caches     []cache
	nameHashes []uint64
	nlocals    int
	ncells     int
	size       int // fast locals + cells + stack
}

func dataFor(c *bytecode.Code) *codeData {
	if cd, ok := c.VM.(*codeData); ok {
		return cd
	}
	cd := &codeData{
		caches:     make([]cache, c.NumCaches+1),
		nameHashes: make([]uint64, len(c.Names)),
		nlocals:    len(c.VarNames),
		ncells:     c.NumCells(),
	}
	for i, n := range c.Names {
		cd.nameHashes[i] = strHash(n)
	}
	cd.size = cd.nlocals + cd.ncells + int(c.StackSize)
	c.VM = cd
	return cd
}

// run executes f until it returns, yields or raises out, including after
// a Go panic inside it (which becomes a SystemError the frame may catch).
// The panic may have happened in a frame the loop entered inline above f:
// the loop starts again in that frame, and comes back down to f as the
// frames above it return.
func (t *Thread) run(f *Frame) (Object, error) {
	res, err := t.execute(f)
	for t.retry != nil {
		g := t.retry
		t.retry = nil
		res, err = t.execute(g)
	}
	return res, err
}

// execute runs f from f.pc until it returns, yields or raises out.
// A yield is reported by setting f.yielded; the value is the result.
func (t *Thread) execute(f *Frame) (result Object, err error) {
	// The running frame's state, loaded from f at the top of the outer
	// loop whenever reload is set: on entry, and when the loop goes on in
	// another frame (a call entered, returned or raised out of inline).
	var (
		code      *bytecode.Code
		instrs    []bytecode.Instr
		consts    []Object
		names     []string
		cd        *codeData
		fast      []Object
		sp        int
		pc        int
		stackBase int
		cellBase  int
		reload    = true
		in        bytecode.Instr
		reraise   bool
		every     = t.everyInstr
		callee    *Frame // a frame entered inline
	)
	if f.pending != nil {
		// Raise at the frame's last instruction (a generator's yield, or
		// the instruction that panicked).
		err = f.pending
		f.pending = nil
		f.pc = f.lasti + 1
	}
	defer func() {
		if r := recover(); r != nil {
			// Raise a SystemError at the failing instruction: run
			// again from the error path (see run). The stack depth at the
			// panic is unknown, so clear up to the frame's end.
			f.sp = len(f.fast)
			f.pending = t.recoverPanic(f, r)
			t.retry = f
			result, err = nil, nil
		}
	}()
	for {
		if reload {
			reload = false
			code = f.code
			instrs = code.Instrs
			consts = code.Consts
			names = code.Names
			cd = f.cd
			fast = f.fast
			sp = f.sp
			pc = f.pc
			stackBase = f.stackBase
			cellBase = f.cellBase
		}
		if err != nil {
			goto fail
		}
		for {
			in = instrs[pc]
			f.lasti = pc
			pc++
			if every && t.breaker.Load() != 0 {
				f.sp = sp
				if err = t.handleBreaker(); err != nil {
					goto fail
				}
			}
			switch in.Op {
			case bytecode.NOP:

			case bytecode.POP_TOP:
				sp--
				fast[sp] = nil

			case bytecode.COPY:
				fast[sp] = fast[sp-int(in.Arg)]
				sp++

			case bytecode.SWAP:
				i := sp - int(in.Arg)
				fast[sp-1], fast[i] = fast[i], fast[sp-1]

			case bytecode.LOAD_CONST:
				fast[sp] = consts[in.Arg]
				sp++

			case bytecode.LOAD_FAST:
				v := fast[in.Arg]
				if v == nil {
					err = unboundLocal(code.VarNames[in.Arg])
					goto fail
				}
				fast[sp] = v
				sp++

			case bytecode.STORE_FAST:
				sp--
				fast[in.Arg] = fast[sp]
				fast[sp] = nil

			case bytecode.DELETE_FAST:
				if fast[in.Arg] == nil {
					err = unboundLocal(code.VarNames[in.Arg])
					goto fail
				}
				fast[in.Arg] = nil

			case bytecode.LOAD_DEREF:
				c := fast[cellBase+int(in.Arg)].(*Cell)
				if c.V == nil {
					err = unboundDeref(code, int(in.Arg))
					goto fail
				}
				fast[sp] = c.V
				sp++

			case bytecode.STORE_DEREF:
				sp--
				fast[cellBase+int(in.Arg)].(*Cell).V = fast[sp]
				fast[sp] = nil

			case bytecode.DELETE_DEREF:
				c := fast[cellBase+int(in.Arg)].(*Cell)
				if c.V == nil {
					err = unboundDeref(code, int(in.Arg))
					goto fail
				}
				c.V = nil

			case bytecode.LOAD_CLOSURE:
				fast[sp] = fast[cellBase+int(in.Arg)]
				sp++

			case bytecode.LOAD_CLASSDEREF:
				var v Object
				v, err = t.loadClassDeref(f, int(in.Arg))
				if err != nil {
					goto fail
				}
				fast[sp] = v
				sp++

			case bytecode.LOAD_GLOBAL:
				c := &cd.caches[in.Cache]
				g, b := f.globals, f.builtins
				if c.kind == cacheGlobal && c.ver == g.layout {
					if v := g.entries[c.index].value; v != nil {
						fast[sp] = v
						sp++
						break
					}
				} else if c.kind == cacheBuiltin && c.ver == g.layout && c.ver2 == b.layout {
					if v := b.entries[c.index].value; v != nil {
						fast[sp] = v
						sp++
						break
					}
				}
				var v Object
				v, err = t.loadGlobal(f, c, names[in.Arg], cd.nameHashes[in.Arg])
				if err != nil {
					goto fail
				}
				fast[sp] = v
				sp++

			case bytecode.STORE_GLOBAL:
				sp--
				f.globals.SetStr(names[in.Arg], fast[sp])
				fast[sp] = nil

			case bytecode.DELETE_GLOBAL:
				if !f.globals.DeleteStr(names[in.Arg]) {
					err = nameError(names[in.Arg], true)
					goto fail
				}

			case bytecode.LOAD_NAME:
				var v Object
				v, err = t.loadName(f, names[in.Arg])
				if err != nil {
					goto fail
				}
				fast[sp] = v
				sp++

			case bytecode.STORE_NAME:
				sp--
				err = t.storeName(f, names[in.Arg], fast[sp])
				fast[sp] = nil
				if err != nil {
					goto fail
				}

			case bytecode.DELETE_NAME:
				if err = t.deleteName(f, names[in.Arg]); err != nil {
					goto fail
				}

			case bytecode.LOAD_ATTR:
				var v Object
				v, err = t.loadAttrCached(fast[sp-1], &cd.caches[in.Cache], names[in.Arg], cd.nameHashes[in.Arg])
				if err != nil {
					attributeErrorContext(err, fast[sp-1], names[in.Arg])
					goto fail
				}
				fast[sp-1] = v

			case bytecode.STORE_ATTR:
				err = t.storeAttrCached(fast[sp-1], fast[sp-2], &cd.caches[in.Cache], names[in.Arg], cd.nameHashes[in.Arg])
				sp -= 2
				fast[sp], fast[sp+1] = nil, nil
				if err != nil {
					goto fail
				}

			case bytecode.DELETE_ATTR:
				sp--
				err = DelAttr(t, fast[sp], names[in.Arg])
				fast[sp] = nil
				if err != nil {
					goto fail
				}

			case bytecode.LOAD_METHOD:
				var m, self Object
				m, self, err = t.loadMethodCached(fast[sp-1], &cd.caches[in.Cache], names[in.Arg], cd.nameHashes[in.Arg])
				if err != nil {
					attributeErrorContext(err, fast[sp-1], names[in.Arg])
					goto fail
				}
				fast[sp-1] = m
				fast[sp] = self
				sp++

			case bytecode.UNARY_POSITIVE, bytecode.UNARY_NEGATIVE, bytecode.UNARY_INVERT:
				var v Object
				v, err = UnaryOp(t, in.Op, fast[sp-1])
				if err != nil {
					goto fail
				}
				fast[sp-1] = v

			case bytecode.UNARY_NOT:
				var b bool
				b, err = Truth(t, fast[sp-1])
				if err != nil {
					goto fail
				}
				fast[sp-1] = NewBool(!b)

			case bytecode.BINARY_OP:
				a, b := fast[sp-2], fast[sp-1]
				var v Object
				// Fast path: small ints.
				if x, ok := a.(py.Int); ok {
					if y, ok := b.(py.Int); ok {
						if r, ok := intFast(bytecode.BinaryOp(in.Arg), x, y); ok {
							sp--
							fast[sp] = nil
							fast[sp-1] = r
							break
						}
					}
				}
				v, err = BinaryOp(t, bytecode.BinaryOp(in.Arg), a, b)
				if err != nil {
					goto fail
				}
				sp--
				fast[sp] = nil
				fast[sp-1] = v

			case bytecode.COMPARE_OP:
				a, b := fast[sp-2], fast[sp-1]
				if x, ok := a.(py.Int); ok {
					if y, ok := b.(py.Int); ok {
						sp--
						fast[sp] = nil
						fast[sp-1] = NewBool(compareInt64(bytecode.CompareOp(in.Arg), int64(x), int64(y)))
						break
					}
				}
				var v Object
				v, err = RichCompare(t, a, b, bytecode.CompareOp(in.Arg))
				if err != nil {
					goto fail
				}
				sp--
				fast[sp] = nil
				fast[sp-1] = v

			case bytecode.IS_OP:
				r := Is(fast[sp-2], fast[sp-1])
				sp--
				fast[sp] = nil
				fast[sp-1] = NewBool(r != (in.Arg == 1))

			case bytecode.CONTAINS_OP:
				var r bool
				r, err = Contains(t, fast[sp-1], fast[sp-2])
				if err != nil {
					goto fail
				}
				sp--
				fast[sp] = nil
				fast[sp-1] = NewBool(r != (in.Arg == 1))

			case bytecode.BINARY_SUBSCR:
				var v Object
				v, err = t.subscr(fast[sp-2], fast[sp-1])
				if err != nil {
					goto fail
				}
				sp--
				fast[sp] = nil
				fast[sp-1] = v

			case bytecode.STORE_SUBSCR:
				err = SetItem(t, fast[sp-2], fast[sp-1], fast[sp-3])
				sp -= 3
				fast[sp], fast[sp+1], fast[sp+2] = nil, nil, nil
				if err != nil {
					goto fail
				}

			case bytecode.DELETE_SUBSCR:
				err = DelItem(t, fast[sp-2], fast[sp-1])
				sp -= 2
				fast[sp], fast[sp+1] = nil, nil
				if err != nil {
					goto fail
				}

			case bytecode.BUILD_SLICE:
				n := int(in.Arg)
				s := &py.Slice{Start: None, Stop: None, Step: None}
				if n == 3 {
					s.Step = fast[sp-1]
				}
				s.Start, s.Stop = fast[sp-n], fast[sp-n+1]
				clear(fast[sp-n+1 : sp])
				sp -= n - 1
				fast[sp-1] = s

			case bytecode.BUILD_TUPLE:
				n := int(in.Arg)
				tup := make(Tuple, n)
				copy(tup, fast[sp-n:sp])
				clear(fast[sp-n : sp])
				sp -= n
				fast[sp] = tup
				sp++

			case bytecode.BUILD_LIST:
				n := int(in.Arg)
				items := make([]Object, n)
				copy(items, fast[sp-n:sp])
				clear(fast[sp-n : sp])
				sp -= n
				fast[sp] = &py.List{Items: items}
				sp++

			case bytecode.BUILD_SET:
				n := int(in.Arg)
				s := NewSet()
				for i := sp - n; i < sp; i++ {
					if err = s.Add(t, fast[i]); err != nil {
						goto fail
					}
				}
				clear(fast[sp-n : sp])
				sp -= n
				fast[sp] = s
				sp++

			case bytecode.BUILD_MAP:
				n := int(in.Arg)
				d := NewDict(n)
				for i := sp - 2*n; i < sp; i += 2 {
					if err = d.Set(t, fast[i], fast[i+1]); err != nil {
						goto fail
					}
				}
				clear(fast[sp-2*n : sp])
				sp -= 2 * n
				fast[sp] = d
				sp++

			case bytecode.BUILD_CONST_KEY_MAP:
				n := int(in.Arg)
				keys := fast[sp-1].(Tuple)
				d := NewDict(n)
				for i := 0; i < n; i++ {
					if err = d.Set(t, keys[i], fast[sp-1-n+i]); err != nil {
						goto fail
					}
				}
				clear(fast[sp-1-n : sp])
				sp -= n + 1
				fast[sp] = d
				sp++

			case bytecode.BUILD_STRING:
				n := int(in.Arg)
				if n == 0 {
					fast[sp] = py.String("")
					sp++
					break
				}
				fast[sp-n] = buildString(fast[sp-n : sp])
				clear(fast[sp-n+1 : sp])
				sp -= n - 1

			case bytecode.LIST_APPEND:
				sp--
				l := fast[sp-int(in.Arg)].(*py.List)
				l.Items = append(l.Items, fast[sp])
				fast[sp] = nil

			case bytecode.SET_ADD:
				sp--
				err = fast[sp-int(in.Arg)].(*Set).Add(t, fast[sp])
				fast[sp] = nil
				if err != nil {
					goto fail
				}

			case bytecode.MAP_ADD:
				sp -= 2
				err = fast[sp-int(in.Arg)].(*Dict).Set(t, fast[sp], fast[sp+1])
				fast[sp], fast[sp+1] = nil, nil
				if err != nil {
					goto fail
				}

			case bytecode.LIST_EXTEND:
				sp--
				err = listExtend(t, fast[sp-int(in.Arg)].(*py.List), fast[sp])
				fast[sp] = nil
				if err != nil {
					goto fail
				}

			case bytecode.SET_UPDATE:
				sp--
				err = fast[sp-int(in.Arg)].(*Set).Update(t, fast[sp])
				fast[sp] = nil
				if err != nil {
					goto fail
				}

			case bytecode.DICT_UPDATE:
				sp--
				err = dictUpdateFrom(t, fast[sp-int(in.Arg)].(*Dict), fast[sp], nil)
				fast[sp] = nil
				if err != nil {
					goto fail
				}

			case bytecode.DICT_MERGE:
				sp--
				d := fast[sp-int(in.Arg)].(*Dict)
				fn := fast[sp-int(in.Arg)-2]
				err = dictMergeKwargs(t, d, fast[sp], fn)
				fast[sp] = nil
				if err != nil {
					goto fail
				}

			case bytecode.LIST_TO_TUPLE:
				l := fast[sp-1].(*py.List)
				fast[sp-1] = Tuple(l.Items)

			case bytecode.FORMAT_VALUE:
				var v Object
				if in.Arg&bytecode.FormatWithSpec != 0 {
					v, err = t.formatValue(fast[sp-2], in.Arg, fast[sp-1])
					sp--
					fast[sp] = nil
				} else {
					v, err = t.formatValue(fast[sp-1], in.Arg, nil)
				}
				if err != nil {
					goto fail
				}
				fast[sp-1] = v

			case bytecode.UNPACK_SEQUENCE:
				n := int(in.Arg)
				seq := fast[sp-1]
				if tup, ok := seq.(Tuple); ok && len(tup) == n {
					for i := 0; i < n; i++ {
						fast[sp-1+i] = tup[n-1-i]
					}
					sp += n - 1
					break
				}
				if l, ok := seq.(*py.List); ok && len(l.Items) == n {
					for i := 0; i < n; i++ {
						fast[sp-1+i] = l.Items[n-1-i]
					}
					sp += n - 1
					break
				}
				var items []Object
				items, err = unpackIterable(t, seq, n, -1)
				if err != nil {
					goto fail
				}
				for i := 0; i < n; i++ {
					fast[sp-1+i] = items[n-1-i]
				}
				sp += n - 1

			case bytecode.UNPACK_EX:
				before, after := int(in.Arg&0xff), int(in.Arg>>8)
				var items []Object
				items, err = unpackIterable(t, fast[sp-1], before, after)
				if err != nil {
					goto fail
				}
				n := len(items)
				for i := 0; i < n; i++ {
					fast[sp-1+i] = items[n-1-i]
				}
				sp += n - 1

			case bytecode.JUMP_FORWARD:
				pc = int(in.Arg)

			case bytecode.JUMP_BACKWARD:
				// The breaker is checked before jumping, so that an
				// exception it raises (KeyboardInterrupt) is raised at the
				// jump, inside the loop and its try blocks, not at the
				// instruction before the loop's start.
				if t.breaker.Load() != 0 {
					f.sp = sp
					if err = t.handleBreaker(); err != nil {
						goto fail
					}
				}
				pc = int(in.Arg)

			case bytecode.JUMP_BACKWARD_NO_INTERRUPT:
				pc = int(in.Arg)

			case bytecode.POP_JUMP_IF_FALSE, bytecode.POP_JUMP_IF_TRUE:
				v := fast[sp-1]
				sp--
				fast[sp] = nil
				var b bool
				switch v {
				case True:
					b = true
				case False, None:
					b = false
				default:
					b, err = Truth(t, v)
					if err != nil {
						goto fail
					}
				}
				if b == (in.Op == bytecode.POP_JUMP_IF_TRUE) {
					target := int(in.Arg)
					if target < pc && t.breaker.Load() != 0 {
						// Before jumping, as for JUMP_BACKWARD.
						f.sp = sp
						if err = t.handleBreaker(); err != nil {
							goto fail
						}
					}
					pc = target
				}

			case bytecode.POP_JUMP_IF_NONE, bytecode.POP_JUMP_IF_NOT_NONE:
				v := fast[sp-1]
				sp--
				fast[sp] = nil
				if (v == None) == (in.Op == bytecode.POP_JUMP_IF_NONE) {
					pc = int(in.Arg)
				}

			case bytecode.JUMP_IF_FALSE_OR_POP, bytecode.JUMP_IF_TRUE_OR_POP:
				var b bool
				b, err = Truth(t, fast[sp-1])
				if err != nil {
					goto fail
				}
				if b == (in.Op == bytecode.JUMP_IF_TRUE_OR_POP) {
					pc = int(in.Arg)
				} else {
					sp--
					fast[sp] = nil
				}

			case bytecode.GET_ITER:
				var it Object
				it, err = Iter(t, fast[sp-1])
				if err != nil {
					goto fail
				}
				fast[sp-1] = it

			case bytecode.FOR_ITER:
				var v Object
				var ok bool
				switch it := fast[sp-1].(type) {
				case *rangeIterator:
					if it.remaining > 0 {
						v, ok = NewInt(it.next), true
						it.next += it.step
						it.remaining--
					}
				case *listIterator:
					if it.i < len(it.l.Items) {
						v, ok = it.l.Items[it.i], true
						it.i++
					} else {
						it.l = emptyList
					}
				default:
					v, ok, err = Next(t, it)
					if err != nil {
						goto fail
					}
				}
				if ok {
					fast[sp] = v
					sp++
				} else {
					sp--
					fast[sp] = nil
					pc = int(in.Arg)
				}

			case bytecode.CALL, bytecode.CALL_KW, bytecode.CALL_METHOD, bytecode.CALL_METHOD_KW:
				n := int(in.Arg)
				var kwnames Tuple
				top := sp
				if in.Op == bytecode.CALL_KW || in.Op == bytecode.CALL_METHOD_KW {
					kwnames = fast[sp-1].(Tuple)
					top--
				}
				argStart := top - n
				var fn Object
				calleeSlot := argStart - 1
				if in.Op == bytecode.CALL_METHOD || in.Op == bytecode.CALL_METHOD_KW {
					calleeSlot = argStart - 2
					if fast[argStart-1] != nil {
						argStart--
					}
				}
				fn = fast[calleeSlot]
				f.sp = sp
				f.pc = pc
				var v Object
				v, callee, err = t.callInLoop(fn, fast[argStart:top], kwnames)
				clear(fast[calleeSlot:sp])
				sp = calleeSlot
				if err != nil {
					goto fail
				}
				if callee != nil {
					// A Python function: go on in its frame.
					f.sp = sp
					f = callee
					goto load
				}
				fast[sp] = v
				sp++

			case bytecode.CALL_FUNCTION_EX:
				var kw Object
				if in.Arg&1 != 0 {
					kw = fast[sp-1]
					sp--
				}
				args := fast[sp-1]
				fn := fast[sp-2]
				f.sp = sp
				f.pc = pc
				var v Object
				v, callee, err = t.callExInLoop(fn, args, kw)
				if in.Arg&1 != 0 {
					fast[sp] = nil // the popped mapping
				}
				sp -= 2
				fast[sp], fast[sp+1] = nil, nil
				if err != nil {
					goto fail
				}
				if callee != nil {
					f.sp = sp
					f = callee
					goto load
				}
				fast[sp] = v
				sp++

			case bytecode.MAKE_FUNCTION:
				var v Object
				v, sp, err = t.makeFunction(f, fast, sp, in.Arg)
				if err != nil {
					goto fail
				}
				fast[sp] = v
				sp++

			case bytecode.RETURN_VALUE:
				sp--
				result = fast[sp]
				fast[sp] = nil
				f.sp = sp
				f.pc = pc
				if f.inline {
					// Back to the caller's frame, with the result
					// pushed where its CALL left the callee.
					f = t.popInline(f)
					f.fast[f.sp] = result
					f.sp++
					result = nil
					goto load
				}
				return result, nil

			case bytecode.YIELD_VALUE:
				sp--
				result = fast[sp]
				fast[sp] = nil
				f.sp = sp
				f.pc = pc
				f.yielded = true
				return result, nil

			case bytecode.GET_YIELD_FROM_ITER:
				var v Object
				v, err = t.getYieldFromIter(f, fast[sp-1])
				if err != nil {
					goto fail
				}
				fast[sp-1] = v

			case bytecode.GET_AWAITABLE:
				var v Object
				v, err = t.getAwaitable(fast[sp-1], int(in.Arg))
				if err != nil {
					goto fail
				}
				fast[sp-1] = v

			case bytecode.GET_AITER:
				var v Object
				v, err = t.getAIter(fast[sp-1])
				if err != nil {
					goto fail
				}
				fast[sp-1] = v

			case bytecode.GET_ANEXT:
				var v Object
				v, err = t.getANext(fast[sp-1])
				if err != nil {
					goto fail
				}
				fast[sp] = v
				sp++

			case bytecode.END_ASYNC_FOR:
				exc := fast[sp-1]
				if isInstanceOfClass(exc, stopAsyncIterationClass) {
					sp -= 2
					fast[sp], fast[sp+1] = nil, nil
					break
				}
				err = exc.(*py.Exception)
				reraise = true
				goto fail

			case bytecode.BEFORE_ASYNC_WITH:
				var exit, res Object
				exit, res, err = t.beforeAsyncWith(fast[sp-1])
				if err != nil {
					goto fail
				}
				fast[sp-1] = exit
				fast[sp] = res
				sp++

			case bytecode.SEND:
				var v Object
				var done bool
				v, done, err = t.send(fast[sp-2], fast[sp-1])
				if err != nil {
					goto fail
				}
				if done {
					sp--
					fast[sp] = nil
					fast[sp-1] = v
					pc = int(in.Arg)
				} else {
					fast[sp-1] = v
				}

			case bytecode.RAISE_VARARGS:
				var exc *py.Exception
				switch in.Arg {
				case 0:
					h := t.handledException()
					if h == nil {
						err = NewError(py.RuntimeError, "No active exception to reraise")
						goto fail
					}
					err = h.(*py.Exception)
					reraise = true
					goto fail
				case 1:
					exc, err = t.makeRaisable(fast[sp-1], nil, false)
					sp--
					fast[sp] = nil
				case 2:
					exc, err = t.makeRaisable(fast[sp-2], fast[sp-1], true)
					sp -= 2
					fast[sp], fast[sp+1] = nil, nil
				}
				if err == nil {
					t.chainContext(exc)
					err = exc
				}
				goto fail

			case bytecode.RERAISE:
				exc := fast[sp-1]
				if in.Arg > 0 {
					if li, ok := fast[sp-1-int(in.Arg)].(py.Int); ok {
						f.lasti = int(li)
					}
				}
				if e, ok := exc.(*py.Exception); ok {
					err = e
				} else {
					err = NewError(py.SystemError, "RERAISE of a non-exception")
				}
				reraise = true
				goto fail

			case bytecode.PUSH_EXC_INFO:
				exc := fast[sp-1]
				prev := t.exc.value
				if prev == nil {
					prev = None
				}
				fast[sp-1] = prev
				fast[sp] = exc
				sp++
				t.exc.value = exc

			case bytecode.POP_EXCEPT:
				sp--
				t.exc.value = fast[sp]
				fast[sp] = nil

			case bytecode.CHECK_EXC_MATCH:
				var ok bool
				ok, err = exceptionMatches(t, fast[sp-2], fast[sp-1])
				if err != nil {
					goto fail
				}
				fast[sp-1] = NewBool(ok)

			case bytecode.CHECK_EG_MATCH:
				err = t.checkEGMatch(fast, sp)
				if err != nil {
					goto fail
				}

			case bytecode.PREP_RERAISE_STAR:
				var v Object
				v, err = t.prepReraiseStar(fast[sp-2], fast[sp-1])
				if err != nil {
					goto fail
				}
				sp--
				fast[sp] = nil
				fast[sp-1] = v

			case bytecode.BEFORE_WITH:
				var exit, res Object
				f.pc = pc
				exit, res, callee, err = t.beforeWith(fast[sp-1])
				if err != nil {
					goto fail
				}
				fast[sp-1] = exit
				if callee != nil {
					// __enter__ is Python: its result is pushed when
					// it returns.
					f.sp = sp
					f = callee
					goto load
				}
				fast[sp] = res
				sp++

			case bytecode.WITH_EXCEPT_START:
				exc := fast[sp-1]
				exit := fast[sp-4]
				var tb Object = None
				if e, ok := exc.(*py.Exception); ok && e.Traceback != nil {
					tb = e.Traceback
				}
				f.sp = sp
				var v Object
				v, err = Call(t, exit, []Object{TypeOf(exc), exc, tb}, nil)
				if err != nil {
					goto fail
				}
				fast[sp] = v
				sp++

			case bytecode.LOAD_ASSERTION_ERROR:
				fast[sp] = py.AssertionError
				sp++

			case bytecode.IMPORT_NAME:
				f.sp = sp
				var v Object
				v, err = t.importName(f, names[in.Arg], fast[sp-1], fast[sp-2])
				if err != nil {
					goto fail
				}
				sp--
				fast[sp] = nil
				fast[sp-1] = v

			case bytecode.IMPORT_FROM:
				var v Object
				v, err = t.importFrom(fast[sp-1], names[in.Arg])
				if err != nil {
					goto fail
				}
				fast[sp] = v
				sp++

			case bytecode.IMPORT_STAR:
				err = t.importStar(f, fast[sp-1])
				sp--
				fast[sp] = nil
				if err != nil {
					goto fail
				}

			case bytecode.LOAD_BUILD_CLASS:
				v, ok := f.builtins.GetStr("__build_class__")
				if !ok {
					if v, ok, err = lookupForeignBuiltin(t, f.builtins, "__build_class__"); err != nil {
						goto fail
					}
					if !ok {
						err = NewError(py.NameError, "__build_class__ not found")
						goto fail
					}
				}
				fast[sp] = v
				sp++

			case bytecode.SETUP_ANNOTATIONS:
				if err = t.setupAnnotations(f); err != nil {
					goto fail
				}

			case bytecode.PRINT_EXPR:
				sp--
				err = t.printExpr(fast[sp])
				fast[sp] = nil
				if err != nil {
					goto fail
				}

			case bytecode.GET_LEN:
				var n int
				n, err = Len(t, fast[sp-1])
				if err != nil {
					goto fail
				}
				fast[sp] = NewInt(int64(n))
				sp++

			case bytecode.MATCH_MAPPING:
				fast[sp] = NewBool(isMappingForMatch(fast[sp-1]))
				sp++

			case bytecode.MATCH_SEQUENCE:
				fast[sp] = NewBool(isSequenceForMatch(fast[sp-1]))
				sp++

			case bytecode.MATCH_KEYS:
				var v Object
				v, err = t.matchKeys(fast[sp-2], fast[sp-1])
				if err != nil {
					goto fail
				}
				fast[sp] = v
				sp++

			case bytecode.MATCH_CLASS:
				var v Object
				v, err = t.matchClass(fast[sp-3], fast[sp-2], int(in.Arg), fast[sp-1].(Tuple))
				if err != nil {
					goto fail
				}
				sp -= 2
				fast[sp], fast[sp+1] = nil, nil
				fast[sp-1] = v

			default:
				err = NewError(py.SystemError, fmt.Sprintf("unknown opcode %v", in.Op))
				goto fail
			}
		}
	fail:
		// An exception is being raised by instruction pc-1. Record this
		// frame in its traceback (unless it is being re-raised from within
		// this frame), then unwind to the handler covering the instruction,
		// if any. f.lasti is what the traceback shows, which RERAISE may
		// have set to an earlier instruction; the handler is found from the
		// instruction that actually raised.
		{
			if term, ok := err.(*Terminated); ok {
				// Stopped from outside: unwind without running handlers.
				clear(fast[stackBase:sp])
				f.sp = stackBase
				f.pc = pc
				if f.inline {
					f = t.popInline(f)
					goto load
				}
				return nil, term
			}
			exc := t.asException(err)
			if !reraise {
				if exc.Traceback == nil || exc.Traceback == None {
					t.chainContext(exc)
				}
				t.addTraceback(exc, f)
			}
			reraise = false
			entry, ok := code.Handler(pc - 1)
			if !ok {
				clear(fast[stackBase:sp])
				f.sp = stackBase
				f.pc = pc
				if f.inline {
					// Raised out of a frame entered inline: the
					// exception goes on in the caller, from its CALL.
					f = t.popInline(f)
					err = exc
					goto load
				}
				return nil, exc
			}
			depth := stackBase + int(entry.Depth)
			clear(fast[depth:sp])
			sp = depth
			if entry.Lasti {
				fast[sp] = NewInt(int64(f.lasti))
				sp++
			}
			fast[sp] = exc
			sp++
			pc = int(entry.Target)
			err = nil
		}
		continue
	load:
		// f is another frame now: run on from where it stands.
		reload = true
	}
}
