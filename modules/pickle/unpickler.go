package pickle

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

// source is where an unpickler reads: a bytes object, or a file whose
// read and readline methods it calls. A frame is read whole and served
// from memory.
type source struct {
	t        *vm.Thread
	data     []byte // the bytes being read (all of a loads, or a frame)
	pos      int
	read     vm.Object // file.read, for load
	readline vm.Object
	inFrame  bool
}

var errTruncated = func() error { return vm.NewError(unpicklingErrorType, "pickle data was truncated") }

func (s *source) readN(n int) ([]byte, error) {
	if s.pos+n <= len(s.data) {
		b := s.data[s.pos : s.pos+n]
		s.pos += n
		return b, nil
	}
	if s.read == nil || s.inFrame && s.pos < len(s.data) {
		return nil, errTruncated()
	}
	s.inFrame = false
	rest := s.data[s.pos:]
	s.data, s.pos = nil, 0
	r, err := vm.Call(s.t, s.read, []vm.Object{vm.NewInt(int64(n - len(rest)))}, nil)
	if err != nil {
		return nil, err
	}
	got, err := vm.BytesOf(s.t, r)
	if err != nil {
		return nil, err
	}
	b := append(append([]byte{}, rest...), got...)
	if len(b) < n {
		return nil, errTruncated()
	}
	return b, nil
}

// readLine reads to a newline, which it returns without.
func (s *source) readLine() ([]byte, error) {
	if i := bytes.IndexByte(s.data[s.pos:], '\n'); i >= 0 {
		b := s.data[s.pos : s.pos+i]
		s.pos += i + 1
		return b, nil
	}
	if s.read == nil || s.inFrame && s.pos < len(s.data) {
		return nil, errTruncated()
	}
	s.inFrame = false
	rest := s.data[s.pos:]
	s.data, s.pos = nil, 0
	r, err := vm.Call(s.t, s.readline, nil, nil)
	if err != nil {
		return nil, err
	}
	got, err := vm.BytesOf(s.t, r)
	if err != nil {
		return nil, err
	}
	b := append(append([]byte{}, rest...), got...)
	if len(b) == 0 || b[len(b)-1] != '\n' {
		return nil, errTruncated()
	}
	return b[:len(b)-1], nil
}

// unpickler rebuilds objects from pickle bytes.
type unpickler struct {
	t          *vm.Thread
	src        *source
	stack      []vm.Object
	marks      []int
	memo       map[int]vm.Object
	proto      int
	fixImports bool
	encoding   string
	errors     string

	// self is the Unpickler object (for find_class and
	// persistent_load overrides), or nil for loads.
	self           vm.Object
	findClass      vm.Object
	persistentLoad vm.Object
	buffers        vm.Object
}

func (u *unpickler) fail(format string, a ...any) error {
	return vm.NewError(unpicklingErrorType, fmt.Sprintf(format, a...))
}

func (u *unpickler) push(o vm.Object) { u.stack = append(u.stack, o) }

func (u *unpickler) pop() (vm.Object, error) {
	if len(u.stack) <= u.markBase() {
		return nil, u.fail("unpickling stack underflow")
	}
	o := u.stack[len(u.stack)-1]
	u.stack = u.stack[:len(u.stack)-1]
	return o, nil
}

// popInto pops len(dst) items from above the current mark into dst: the
// last of dst gets the top of the stack, the first the deepest item.
func (u *unpickler) popInto(dst ...*vm.Object) error {
	n := len(u.stack) - len(dst)
	if n < u.markBase() {
		return u.fail("unpickling stack underflow")
	}
	for i, p := range dst {
		*p = u.stack[n+i]
	}
	u.stack = u.stack[:n]
	return nil
}

// readGlobalName reads the module and qualified name lines that follow
// GLOBAL and INST.
func (u *unpickler) readGlobalName() (mod, name string, err error) {
	m, err := u.src.readLine()
	if err != nil {
		return "", "", err
	}
	n, err := u.src.readLine()
	if err != nil {
		return "", "", err
	}
	return string(m), string(n), nil
}

func (u *unpickler) top() (vm.Object, error) {
	if len(u.stack) <= u.markBase() {
		return nil, u.fail("unpickling stack underflow")
	}
	return u.stack[len(u.stack)-1], nil
}

func (u *unpickler) markBase() int {
	if len(u.marks) == 0 {
		return 0
	}
	return u.marks[len(u.marks)-1]
}

// popMark takes the items pushed since the last MARK.
func (u *unpickler) popMark() ([]vm.Object, error) {
	if len(u.marks) == 0 {
		return nil, u.fail("could not find MARK")
	}
	m := u.marks[len(u.marks)-1]
	u.marks = u.marks[:len(u.marks)-1]
	items := append([]vm.Object{}, u.stack[m:]...)
	u.stack = u.stack[:m]
	return items, nil
}

func (u *unpickler) load() (vm.Object, error) {
	u.stack, u.marks = u.stack[:0], u.marks[:0]
	for {
		op, err := u.src.readN(1)
		if err != nil {
			// Running out where an opcode should start is an EOFError;
			// inside an opcode's argument, truncated data.
			if vm.IsExceptionType(err, unpicklingErrorType) {
				return nil, vm.NewError(py.EOFError, "Ran out of input")
			}
			return nil, err
		}
		if op[0] == opStop {
			if len(u.stack) == 0 {
				return nil, u.fail("unpickling stack underflow")
			}
			return u.stack[len(u.stack)-1], nil
		}
		if err := u.dispatch(op[0]); err != nil {
			return nil, err
		}
	}
}

func (u *unpickler) readUint(n int) (uint64, error) {
	b, err := u.src.readN(n)
	if err != nil {
		return 0, err
	}
	var v uint64
	for i := n - 1; i >= 0; i-- {
		v = v<<8 | uint64(b[i])
	}
	return v, nil
}

// readSized reads a length of lenBytes bytes, then that many bytes.
func (u *unpickler) readSized(lenBytes int) ([]byte, error) {
	n, err := u.readUint(lenBytes)
	if err != nil {
		return nil, err
	}
	if n > math.MaxInt32*4 {
		return nil, vm.NewError(py.OverflowError, "pickle data too large")
	}
	return u.src.readN(int(n))
}

// readCounted is readSized for the opcodes whose 4-byte count is signed
// (LONG4, BINSTRING): a negative one is an error naming the opcode.
func (u *unpickler) readCounted(lenBytes int, what string) ([]byte, error) {
	n, err := u.readUint(lenBytes)
	if err != nil {
		return nil, err
	}
	if lenBytes == 4 && int32(uint32(n)) < 0 {
		return nil, u.fail("%s pickle has negative byte count", what)
	}
	return u.src.readN(int(n))
}

func (u *unpickler) dispatch(op byte) error {
	t := u.t
	switch op {
	case opMark:
		u.marks = append(u.marks, len(u.stack))
	case opPop:
		if len(u.stack) > u.markBase() {
			u.stack = u.stack[:len(u.stack)-1]
		} else if len(u.marks) > 0 {
			// POP of an empty mark drops the mark, as CPython allows.
			u.marks = u.marks[:len(u.marks)-1]
		} else {
			return u.fail("unpickling stack underflow")
		}
	case opPopMark:
		_, err := u.popMark()
		return err
	case opDup:
		o, err := u.top()
		if err != nil {
			return err
		}
		u.push(o)
	case opNone:
		u.push(vm.None)
	case opNewTrue:
		u.push(vm.True)
	case opNewFalse:
		u.push(vm.False)
	case opInt:
		line, err := u.src.readLine()
		if err != nil {
			return err
		}
		s := string(line)
		switch s {
		case "01":
			u.push(vm.True)
			return nil
		case "00":
			u.push(vm.False)
			return nil
		}
		if err := u.pushIntText(s); err != nil {
			return vm.NewError(py.ValueError, "could not convert string to int")
		}
		return nil
	case opLong:
		line, err := u.src.readLine()
		if err != nil {
			return err
		}
		return u.pushIntText(strings.TrimSuffix(string(line), "L"))
	case opBinInt:
		v, err := u.readUint(4)
		if err != nil {
			return err
		}
		u.push(vm.NewInt(int64(int32(uint32(v)))))
	case opBinInt1:
		v, err := u.readUint(1)
		if err != nil {
			return err
		}
		u.push(vm.NewInt(int64(v)))
	case opBinInt2:
		v, err := u.readUint(2)
		if err != nil {
			return err
		}
		u.push(vm.NewInt(int64(v)))
	case opLong1, opLong4:
		b, err := u.readCounted(map[byte]int{opLong1: 1, opLong4: 4}[op], "LONG")
		if err != nil {
			return err
		}
		u.push(vm.NewBigInt(decodeLong(b)))
	case opFloat:
		line, err := u.src.readLine()
		if err != nil {
			return err
		}
		f, err := strconv.ParseFloat(strings.TrimSpace(string(line)), 64)
		if err != nil && !strings.Contains(err.Error(), "range") {
			return vm.NewError(py.ValueError, "could not convert string to float")
		}
		u.push(py.Float(f))
	case opBinFloat:
		v, err := u.src.readN(8)
		if err != nil {
			return err
		}
		u.push(py.Float(math.Float64frombits(binary.BigEndian.Uint64(v))))
	case opString:
		line, err := u.src.readLine()
		if err != nil {
			return err
		}
		s := string(line)
		if len(s) < 2 || s[0] != s[len(s)-1] || (s[0] != '\'' && s[0] != '"') {
			return u.fail("the STRING opcode argument must be quoted")
		}
		dec, err := importAttr(t, "_codecs", "escape_decode")
		if err != nil {
			return err
		}
		r, err := vm.Call(t, dec, []vm.Object{py.Bytes(s[1 : len(s)-1])}, nil)
		if err != nil {
			return err
		}
		b, err := vm.BytesOf(t, r.(py.Tuple)[0])
		if err != nil {
			return err
		}
		return u.pushPy2String(b)
	case opBinString, opShortBinString:
		b, err := u.readCounted(map[byte]int{opBinString: 4, opShortBinString: 1}[op], "BINSTRING")
		if err != nil {
			return err
		}
		return u.pushPy2String(b)
	case opBinBytes, opShortBinBytes, opBinBytes8:
		size := map[byte]int{opBinBytes: 4, opShortBinBytes: 1, opBinBytes8: 8}[op]
		b, err := u.readSized(size)
		if err != nil {
			return err
		}
		u.push(py.Bytes(append([]byte{}, b...)))
	case opByteArray8:
		b, err := u.readSized(8)
		if err != nil {
			return err
		}
		u.push(vm.NewByteArray(append([]byte{}, b...)))
	case opUnicode:
		line, err := u.src.readLine()
		if err != nil {
			return err
		}
		s, err := vm.DecodeText(t, line, "raw_unicode_escape", "strict")
		if err != nil {
			return err
		}
		u.push(s)
	case opBinUnicode, opShortBinUnicode, opBinUnicode8:
		size := map[byte]int{opBinUnicode: 4, opShortBinUnicode: 1, opBinUnicode8: 8}[op]
		b, err := u.readSized(size)
		if err != nil {
			return err
		}
		if utf8.Valid(b) {
			u.push(py.String(string(b)))
			return nil
		}
		s, err := vm.DecodeText(t, b, "utf-8", "surrogatepass")
		if err != nil {
			return err
		}
		u.push(s)
	case opTuple:
		items, err := u.popMark()
		if err != nil {
			return err
		}
		u.push(py.Tuple(items))
	case opEmptyTuple:
		u.push(py.Tuple{})
	case opTuple1, opTuple2, opTuple3:
		n := int(op-opTuple1) + 1
		if len(u.stack)-u.markBase() < n {
			return u.fail("unpickling stack underflow")
		}
		items := append(py.Tuple{}, u.stack[len(u.stack)-n:]...)
		u.stack = u.stack[:len(u.stack)-n]
		u.push(items)
	case opEmptyList:
		u.push(py.NewList())
	case opList:
		items, err := u.popMark()
		if err != nil {
			return err
		}
		u.push(py.NewListFromItems(items))
	case opEmptyDict:
		u.push(vm.NewDict(0))
	case opDict:
		items, err := u.popMark()
		if err != nil {
			return err
		}
		if len(items)%2 != 0 {
			return u.fail("odd number of items for DICT")
		}
		d := vm.NewDict(len(items) / 2)
		for i := 0; i < len(items); i += 2 {
			if err := d.Set(t, items[i], items[i+1]); err != nil {
				return err
			}
		}
		u.push(d)
	case opEmptySet:
		u.push(vm.NewSet())
	case opFrozenSet:
		items, err := u.popMark()
		if err != nil {
			return err
		}
		s := vm.NewFrozenSet()
		for _, x := range items {
			if err := s.Add(t, x); err != nil {
				return err
			}
		}
		u.push(s)
	case opAppend:
		v, err := u.pop()
		if err != nil {
			return err
		}
		return u.appendTo([]vm.Object{v})
	case opAppends:
		items, err := u.popMark()
		if err != nil {
			return err
		}
		return u.appendTo(items)
	case opSetItem:
		if len(u.stack)-u.markBase() < 3 {
			return u.fail("unpickling stack underflow")
		}
		n := len(u.stack)
		k, v, d := u.stack[n-2], u.stack[n-1], u.stack[n-3]
		u.stack = u.stack[:n-2]
		return vm.SetItem(t, d, k, v)
	case opSetItems:
		items, err := u.popMark()
		if err != nil {
			return err
		}
		d, err := u.top()
		if err != nil {
			return err
		}
		if len(items)%2 != 0 {
			return u.fail("odd number of items for SETITEMS")
		}
		for i := 0; i < len(items); i += 2 {
			if err := vm.SetItem(t, d, items[i], items[i+1]); err != nil {
				return err
			}
		}
	case opAddItems:
		items, err := u.popMark()
		if err != nil {
			return err
		}
		s, err := u.top()
		if err != nil {
			return err
		}
		if set, ok := s.(*vm.Set); ok && vm.TypeOf(set) == vm.SetType.T() {
			for _, x := range items {
				if err := set.Add(t, x); err != nil {
					return err
				}
			}
			return nil
		}
		add, err := vm.GetAttr(t, s, "add")
		if err != nil {
			return err
		}
		for _, x := range items {
			if _, err := vm.Call(t, add, []vm.Object{x}, nil); err != nil {
				return err
			}
		}
	case opGlobal:
		mod, name, err := u.readGlobalName()
		if err != nil {
			return err
		}
		cls, err := u.findClassCall(mod, name)
		if err != nil {
			return err
		}
		u.push(cls)
	case opStackGlobal:
		var mod, name vm.Object
		if err := u.popInto(&mod, &name); err != nil {
			return err
		}
		ms, ok1 := mod.(py.String)
		ns, ok2 := name.(py.String)
		if !ok1 || !ok2 {
			return u.fail("STACK_GLOBAL requires str")
		}
		cls, err := u.findClassCall(string(ms), string(ns))
		if err != nil {
			return err
		}
		u.push(cls)
	case opExt1, opExt2, opExt4:
		size := map[byte]int{opExt1: 1, opExt2: 2, opExt4: 4}[op]
		code, err := u.readUint(size)
		if err != nil {
			return err
		}
		return u.loadExtension(int64(int32(uint32(code))))
	case opReduce:
		var fn, args vm.Object
		if err := u.popInto(&fn, &args); err != nil {
			return err
		}
		tup, ok := args.(py.Tuple)
		if !ok {
			return vm.NewError(py.TypeError, "argument list must be a tuple")
		}
		r, err := vm.Call(t, fn, tup, nil)
		if err != nil {
			return err
		}
		u.push(r)
	case opNewObj, opNewObjEx:
		var cls, args, kwargs vm.Object
		popped := []*vm.Object{&cls, &args, &kwargs}
		if op == opNewObj {
			popped = popped[:2]
		}
		if err := u.popInto(popped...); err != nil {
			return err
		}
		return u.newObj(cls, args, kwargs)
	case opInst:
		mod, name, err := u.readGlobalName()
		if err != nil {
			return err
		}
		args, err := u.popMark()
		if err != nil {
			return err
		}
		cls, err := u.findClassCall(mod, name)
		if err != nil {
			return err
		}
		r, err := vm.Call(t, cls, args, nil)
		if err != nil {
			return err
		}
		u.push(r)
	case opObj:
		items, err := u.popMark()
		if err != nil {
			return err
		}
		if len(items) == 0 {
			return u.fail("unpickling stack underflow")
		}
		r, err := vm.Call(t, items[0], items[1:], nil)
		if err != nil {
			return err
		}
		u.push(r)
	case opBuild:
		state, err := u.pop()
		if err != nil {
			return err
		}
		inst, err := u.top()
		if err != nil {
			return err
		}
		return u.build(inst, state)
	case opPut:
		line, err := u.src.readLine()
		if err != nil {
			return err
		}
		i, err := strconv.Atoi(string(line))
		if err != nil || i < 0 {
			return vm.NewError(py.ValueError, "negative PUT argument")
		}
		return u.memoPut(i)
	case opBinPut:
		i, err := u.readUint(1)
		if err != nil {
			return err
		}
		return u.memoPut(int(i))
	case opLongBinPut:
		i, err := u.readUint(4)
		if err != nil {
			return err
		}
		if int32(uint32(i)) < 0 {
			return vm.NewError(py.ValueError, "negative LONG_BINPUT argument")
		}
		return u.memoPut(int(i))
	case opMemoize:
		return u.memoPut(len(u.memo))
	case opGet:
		line, err := u.src.readLine()
		if err != nil {
			return err
		}
		i, err := strconv.Atoi(string(line))
		if err != nil {
			return vm.NewError(py.ValueError, fmt.Sprintf("invalid literal for int() with base 10: %s", reprStr(t, py.Bytes(line))))
		}
		return u.memoGet(i)
	case opBinGet:
		i, err := u.readUint(1)
		if err != nil {
			return err
		}
		return u.memoGet(int(i))
	case opLongBinGet:
		i, err := u.readUint(4)
		if err != nil {
			return err
		}
		return u.memoGet(int(i))
	case opPersID:
		line, err := u.src.readLine()
		if err != nil {
			return err
		}
		return u.persistent(py.String(string(line)))
	case opBinPersID:
		if u.persistentLoad == nil {
			return u.persistent(nil)
		}
		pid, err := u.pop()
		if err != nil {
			return err
		}
		return u.persistent(pid)
	case opProto:
		v, err := u.readUint(1)
		if err != nil {
			return err
		}
		if v > highestProtocol {
			return vm.NewError(py.ValueError, fmt.Sprintf("unsupported pickle protocol: %d", v))
		}
		u.proto = int(v)
	case opFrame:
		n, err := u.readUint(8)
		if err != nil {
			return err
		}
		if n > math.MaxInt32*4 {
			return vm.NewError(py.OverflowError, "frame size > sys.maxsize")
		}
		if u.src.read != nil {
			b, err := u.src.readN(int(n))
			if err != nil {
				return err
			}
			u.src.data, u.src.pos, u.src.inFrame = append([]byte{}, b...), 0, true
		} else if u.src.pos+int(n) > len(u.src.data) {
			return errTruncated()
		}
	case opNextBuffer:
		if u.buffers == nil {
			return u.fail("pickle stream refers to out-of-band data but no *buffers* argument was given")
		}
		b, ok, err := vm.Next(t, u.buffers)
		if err != nil {
			return err
		}
		if !ok {
			return u.fail("not enough out-of-band buffers")
		}
		u.push(b)
	case opReadonlyBuffer:
		if _, err := u.top(); err != nil {
			return err
		}
	default:
		return u.fail("invalid load key, '%s'.", loadKey(op))
	}
	return nil
}

// loadKey shows an unknown opcode byte as CPython's message does.
func loadKey(op byte) string {
	if op >= 0x20 && op < 0x7f {
		return string(rune(op))
	}
	return fmt.Sprintf("\\x%02x", op)
}

func (u *unpickler) pushIntText(s string) error {
	v, ok := new(big.Int).SetString(strings.TrimSpace(s), 0)
	if !ok || strings.HasPrefix(strings.TrimLeft(strings.TrimSpace(s), "+-"), "0x") {
		if v2, ok2 := new(big.Int).SetString(strings.TrimSpace(s), 10); ok2 {
			v, ok = v2, true
		}
	}
	if !ok {
		return vm.NewError(py.ValueError, fmt.Sprintf("invalid literal for int() with base 10: %s", reprStr(u.t, py.String(s))))
	}
	u.push(vm.NewBigInt(v))
	return nil
}

// pushPy2String turns a Python 2 str into bytes or str as the encoding
// argument says.
func (u *unpickler) pushPy2String(b []byte) error {
	if u.encoding == "bytes" {
		u.push(py.Bytes(append([]byte{}, b...)))
		return nil
	}
	s, err := vm.DecodeText(u.t, b, u.encoding, u.errors)
	if err != nil {
		return err
	}
	u.push(s)
	return nil
}

func (u *unpickler) appendTo(items []vm.Object) error {
	t := u.t
	target, err := u.top()
	if err != nil {
		return err
	}
	if l, ok := target.(*py.List); ok {
		l.Items = append(l.Items, items...)
		return nil
	}
	if ext, err := vm.GetAttrOr(t, target, "extend", nil); err != nil {
		return err
	} else if ext != nil && len(items) > 1 {
		_, err := vm.Call(t, ext, []vm.Object{py.NewListFromItems(items)}, nil)
		return err
	}
	add, err := vm.GetAttr(t, target, "append")
	if err != nil {
		return err
	}
	for _, x := range items {
		if _, err := vm.Call(t, add, []vm.Object{x}, nil); err != nil {
			return err
		}
	}
	return nil
}

func (u *unpickler) newObj(cls, args, kwargs vm.Object) error {
	t := u.t
	typ, ok := cls.(*py.Type)
	if !ok {
		return u.fail("%s class argument must be a type, not %s", map[bool]string{true: "NEWOBJ_EX", false: "NEWOBJ"}[kwargs != nil], vm.TypeName(cls))
	}
	tup, ok := args.(py.Tuple)
	if !ok {
		return u.fail("%s args argument must be a tuple, not %s", map[bool]string{true: "NEWOBJ_EX", false: "NEWOBJ"}[kwargs != nil], vm.TypeName(args))
	}
	newFn, err := vm.GetAttr(t, typ, "__new__")
	if err != nil {
		return err
	}
	callArgs := append([]vm.Object{typ}, tup...)
	var kwnames py.Tuple
	if kwargs != nil {
		d, ok := kwargs.(*vm.Dict)
		if !ok {
			return u.fail("NEWOBJ_EX kwargs argument must be a dict, not %s", vm.TypeName(kwargs))
		}
		d.Items(func(k, v vm.Object) bool {
			kwnames = append(kwnames, k)
			callArgs = append(callArgs, v)
			return true
		})
	}
	r, err := vm.Call(t, newFn, callArgs, kwnames)
	if err != nil {
		return err
	}
	u.push(r)
	return nil
}

// build applies BUILD's state: __setstate__ when the object has one,
// else the instance dict and slot values.
func (u *unpickler) build(inst, state vm.Object) error {
	t := u.t
	setstate, err := vm.GetAttrOr(t, inst, "__setstate__", nil)
	if err != nil {
		return err
	}
	if setstate != nil {
		_, err := vm.Call(t, setstate, []vm.Object{state}, nil)
		return err
	}
	var slots vm.Object
	if tup, ok := state.(py.Tuple); ok && len(tup) == 2 {
		state, slots = tup[0], tup[1]
	}
	if state != vm.None {
		sd, ok := state.(*vm.Dict)
		if !ok {
			return u.fail("state is not a dictionary")
		}
		dict, err := vm.GetAttr(t, inst, "__dict__")
		if err != nil {
			return err
		}
		var serr error
		sd.Items(func(k, v vm.Object) bool {
			serr = vm.SetItem(t, dict, k, v)
			return serr == nil
		})
		if serr != nil {
			return serr
		}
	}
	if slots != nil && slots != vm.None {
		sd, ok := slots.(*vm.Dict)
		if !ok {
			return u.fail("slot state is not a dictionary")
		}
		var serr error
		sd.Items(func(k, v vm.Object) bool {
			name, ok := k.(py.String)
			if !ok {
				serr = vm.NewError(py.TypeError, fmt.Sprintf("attribute name must be string, not '%s'", vm.TypeName(k)))
				return false
			}
			serr = vm.SetAttr(t, inst, string(name), v)
			return serr == nil
		})
		return serr
	}
	return nil
}

func (u *unpickler) memoPut(i int) error {
	o, err := u.top()
	if err != nil {
		return err
	}
	u.memo[i] = o
	return nil
}

func (u *unpickler) memoGet(i int) error {
	o, ok := u.memo[i]
	if !ok {
		return u.fail("Memo value not found at index %d", i)
	}
	u.push(o)
	return nil
}

func (u *unpickler) persistent(pid vm.Object) error {
	if u.persistentLoad == nil {
		return u.fail("A load persistent id instruction was encountered,\nbut no persistent_load function was specified.")
	}
	r, err := vm.Call(u.t, u.persistentLoad, []vm.Object{pid}, nil)
	if err != nil {
		return err
	}
	u.push(r)
	return nil
}

func (u *unpickler) loadExtension(code int64) error {
	t := u.t
	if code <= 0 {
		return u.fail("EXT specifies code <= 0")
	}
	cache, err := importAttr(t, "copyreg", "_extension_cache")
	if err != nil {
		return err
	}
	key := vm.NewInt(code)
	if d, ok := cache.(*vm.Dict); ok {
		if v, found, err := d.Get(t, key); err != nil {
			return err
		} else if found {
			u.push(v)
			return nil
		}
	}
	inv, err := importAttr(t, "copyreg", "_inverted_registry")
	if err != nil {
		return err
	}
	pair, err := vm.GetItem(t, inv, key)
	if err != nil {
		if vm.IsExceptionType(err, py.KeyError) {
			return vm.NewError(py.ValueError, fmt.Sprintf("unregistered extension code %d", code))
		}
		return err
	}
	tup, ok := pair.(py.Tuple)
	if !ok || len(tup) != 2 {
		return vm.NewError(py.ValueError, fmt.Sprintf("_inverted_registry[%d] isn't a 2-tuple of strings", code))
	}
	m, ok1 := tup[0].(py.String)
	n, ok2 := tup[1].(py.String)
	if !ok1 || !ok2 {
		return vm.NewError(py.ValueError, fmt.Sprintf("_inverted_registry[%d] isn't a 2-tuple of strings", code))
	}
	obj, err := u.findClassCall(string(m), string(n))
	if err != nil {
		return err
	}
	if err := vm.SetItem(t, cache, key, obj); err != nil {
		return err
	}
	u.push(obj)
	return nil
}

// findClassCall asks the Unpickler's find_class (which a subclass may
// override) for module.name.
func (u *unpickler) findClassCall(module, name string) (vm.Object, error) {
	if u.findClass != nil {
		return vm.Call(u.t, u.findClass, []vm.Object{py.String(module), py.String(name)}, nil)
	}
	return findClass(u.t, u.proto, u.fixImports, module, name)
}

// findClass imports module and fetches name from it, mapping Python 2
// names for old protocols.
func findClass(t *vm.Thread, proto int, fixImports bool, module, name string) (vm.Object, error) {
	if proto < 3 && fixImports {
		if r, ok := nameMapping[[2]string{module, name}]; ok {
			module, name = r[0], r[1]
		} else if r, ok := importMapping[module]; ok {
			module = r
		}
	}
	m, err := t.ImportModule(module)
	if err != nil {
		return nil, err
	}
	if proto >= 4 {
		path := strings.Split(name, ".")
		for _, part := range path {
			if part == "<locals>" {
				return nil, vm.NewError(py.AttributeError, fmt.Sprintf("Can't get local attribute %s on %s", reprStr(t, py.String(name)), reprStr(t, m)))
			}
		}
		_, o, err := deepAttr(t, m, path)
		if err != nil {
			return nil, err
		}
		if o == nil {
			return nil, vm.NewError(py.AttributeError, fmt.Sprintf("Can't get attribute %s on %s", reprStr(t, py.String(name)), reprStr(t, m)))
		}
		return o, nil
	}
	o, err := vm.GetAttr(t, m, name)
	if err != nil && vm.IsExceptionType(err, py.AttributeError) {
		return nil, vm.NewError(py.AttributeError, fmt.Sprintf("Can't get attribute %s on %s", reprStr(t, py.String(name)), reprStr(t, m)))
	}
	return o, err
}
