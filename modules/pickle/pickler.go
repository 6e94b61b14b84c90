package pickle

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

// pickler turns one object graph into pickle bytes. Its choices of
// opcodes, batches, memo entries and frames are CPython's, so that the
// same objects give the same bytes.
type pickler struct {
	t          *vm.Thread
	proto      int
	bin        bool
	fixImports bool

	out []byte
	// framing is on for protocol 4 and up while an object is saved;
	// frameStart is where the open frame's header space begins, or -1.
	framing    bool
	frameStart int
	// flush, when set, receives the bytes of each closed frame (a
	// Pickler writing to a file); otherwise they stay in out.
	flush func([]byte) error

	memo map[any]int
	// keep holds the memoized objects so that their identities stay
	// unique while the memo refers to them.
	keep []vm.Object

	// The hooks a Pickler subclass or instance may give.
	persistentID    vm.Object
	dispatchTable   vm.Object
	reducerOverride vm.Object
	bufferCallback  vm.Object
}

func newPickler(t *vm.Thread, proto int, fixImports bool) *pickler {
	return &pickler{t: t, proto: proto, bin: proto >= 1, fixImports: fixImports && proto < 3, frameStart: -1, memo: map[any]int{}}
}

// checkProtocol maps a protocol argument to the protocol used: None is
// the default, a negative number the highest.
func checkProtocol(t *vm.Thread, o vm.Object) (int, error) {
	if o == nil || o == vm.None {
		return defaultProtocol, nil
	}
	p, err := vm.IndexInt(t, o)
	if err != nil {
		return 0, err
	}
	if p < 0 {
		return highestProtocol, nil
	}
	if p > highestProtocol {
		return 0, vm.NewError(py.ValueError, fmt.Sprintf("pickle protocol must be <= %d", highestProtocol))
	}
	return p, nil
}

// dump writes the whole pickle of obj.
func (p *pickler) dump(obj vm.Object) error {
	if p.proto >= 2 {
		p.write(opProto, byte(p.proto))
	}
	if p.proto >= 4 {
		p.framing = true
	}
	err := p.save(obj, false)
	if err == nil {
		p.write(opStop)
		err = p.commitFrame()
	}
	p.framing = false
	return err
}

// write appends opcode bytes, opening a frame first when one is due.
func (p *pickler) write(b ...byte) { p.writeBytes(b) }

func (p *pickler) writeBytes(b []byte) {
	if p.framing && p.frameStart < 0 {
		p.frameStart = len(p.out)
		p.out = append(p.out, make([]byte, frameHeader)...)
	}
	p.out = append(p.out, b...)
}

func (p *pickler) writeString(s string) {
	if p.framing && p.frameStart < 0 {
		p.frameStart = len(p.out)
		p.out = append(p.out, make([]byte, frameHeader)...)
	}
	p.out = append(p.out, s...)
}

// commitFrame closes the open frame: it gets its FRAME header when it is
// big enough, or loses the space kept for one.
func (p *pickler) commitFrame() error {
	if !p.framing || p.frameStart < 0 {
		return nil
	}
	start := p.frameStart
	n := len(p.out) - start - frameHeader
	if n >= frameMin {
		p.out[start] = opFrame
		binary.LittleEndian.PutUint64(p.out[start+1:], uint64(n))
	} else {
		copy(p.out[start:], p.out[start+frameHeader:])
		p.out = p.out[:len(p.out)-frameHeader]
	}
	p.frameStart = -1
	return p.flushOut()
}

// flushOut hands what is complete to the file being written.
func (p *pickler) flushOut() error {
	if p.flush == nil || len(p.out) == 0 || p.frameStart >= 0 {
		return nil
	}
	err := p.flush(p.out)
	p.out = p.out[:0]
	return err
}

// opcodeBoundary closes a frame that has reached its target size.
func (p *pickler) opcodeBoundary() error {
	if p.framing && p.frameStart >= 0 && len(p.out)-p.frameStart-frameHeader >= frameTarget {
		return p.commitFrame()
	}
	return nil
}

// writeLarge writes a payload after its header. Protocol 4 sends a
// big one outside any frame: the open frame is closed first.
func (p *pickler) writeLarge(header, payload []byte) error {
	if p.framing && len(payload) >= frameTarget {
		if err := p.commitFrame(); err != nil {
			return err
		}
		p.out = append(p.out, header...)
		p.out = append(p.out, payload...)
		return p.flushOut()
	}
	p.writeBytes(header)
	p.writeBytes(payload)
	return nil
}

// memoKey identifies an object for the memo: by identity, with str
// keyed by value (gilpy's strings are values; CPython would memoize
// two equal strings made apart twice, a difference of bytes only).
type sliceKey struct {
	p unsafe.Pointer
	n int
	k byte
}

type strKey string

func memoKey(o vm.Object) (any, bool) {
	switch v := o.(type) {
	case py.String:
		return strKey(v), true
	case py.Tuple:
		if len(v) == 0 {
			return sliceKey{k: 't'}, true
		}
		return sliceKey{unsafe.Pointer(&v[0]), len(v), 't'}, true
	case py.Bytes:
		if len(v) == 0 {
			return sliceKey{k: 'b'}, true
		}
		return sliceKey{unsafe.Pointer(&v[0]), len(v), 'b'}, true
	case py.Int, py.Float, py.Bool, py.Complex:
		// Values without identity: equal ones are the same object.
		return o, true
	case *py.BigInt:
		return o, true
	}
	// A Go value that cannot be a map key (a struct holding a slice) has
	// no identity to memoize.
	if !reflect.TypeOf(o).Comparable() {
		return nil, false
	}
	return o, true
}

func (p *pickler) memoized(o vm.Object) (int, bool) {
	k, ok := memoKey(o)
	if !ok {
		return 0, false
	}
	i, ok := p.memo[k]
	return i, ok
}

// memoize records o as the next memo entry and writes the opcode that
// stores it.
func (p *pickler) memoize(o vm.Object) {
	k, ok := memoKey(o)
	if !ok {
		return
	}
	if _, dup := p.memo[k]; dup {
		return
	}
	i := len(p.memo)
	p.memo[k] = i
	p.keep = append(p.keep, o)
	switch {
	case p.proto >= 4:
		p.write(opMemoize)
	case p.bin && i < 256:
		p.write(opBinPut, byte(i))
	case p.bin:
		var b [5]byte
		b[0] = opLongBinPut
		binary.LittleEndian.PutUint32(b[1:], uint32(i))
		p.writeBytes(b[:])
	default:
		p.writeString("p" + strconv.Itoa(i) + "\n")
	}
}

func (p *pickler) memoGet(i int) {
	switch {
	case p.bin && i < 256:
		p.write(opBinGet, byte(i))
	case p.bin:
		var b [5]byte
		b[0] = opLongBinGet
		binary.LittleEndian.PutUint32(b[1:], uint32(i))
		p.writeBytes(b[:])
	default:
		p.writeString("g" + strconv.Itoa(i) + "\n")
	}
}

func (p *pickler) picklingError(msg string) error {
	return vm.NewError(picklingErrorType, msg)
}

// save writes one object. persistent is set while saving a persistent
// id, which is not itself looked up again.
func (p *pickler) save(obj vm.Object, persistent bool) error {
	t := p.t
	if err := t.EnterRecursive(); err != nil {
		return withWhile(err)
	}
	defer t.LeaveRecursive()
	if !persistent && p.persistentID != nil {
		done, err := p.savePersistent(obj)
		if done || err != nil {
			return err
		}
	}
	var err error
	switch v := obj.(type) {
	case py.NoneType:
		p.write(opNone)
		return p.opcodeBoundary()
	case py.Bool:
		p.saveBool(bool(v))
		return p.opcodeBoundary()
	case py.Int:
		p.saveInt(big.NewInt(int64(v)))
		return p.opcodeBoundary()
	case *py.BigInt:
		p.saveInt((*big.Int)(v))
		return p.opcodeBoundary()
	case py.Float:
		p.saveFloat(t, float64(v))
		return p.opcodeBoundary()
	}
	if i, ok := p.memoized(obj); ok {
		p.memoGet(i)
		return p.opcodeBoundary()
	}
	switch v := obj.(type) {
	case py.Bytes:
		err = p.saveBytes(v)
	case py.String:
		err = p.saveStr(string(v))
	case *vm.Dict:
		err = p.saveDict(v)
	case *vm.Set:
		if vm.TypeOf(v) == vm.SetType.T() {
			err = p.saveSet(v)
		} else {
			err = p.saveFrozenSet(v)
		}
	case *py.List:
		err = p.saveList(v)
	case py.Tuple:
		err = p.saveTuple(v)
	case *vm.ByteArray:
		if p.proto >= 5 {
			err = p.saveByteArray(v)
		} else {
			// Older protocols rebuild it from bytes, as bytearray(b).
			args := py.Tuple{}
			if len(v.Bytes()) > 0 {
				args = py.Tuple{py.Bytes(append([]byte{}, v.Bytes()...))}
			}
			err = p.saveReduce(py.Tuple{vm.TypeOf(v), args}, obj)
		}
	default:
		err = p.saveByReduce(obj)
	}
	if err != nil {
		return err
	}
	return p.opcodeBoundary()
}

// withWhile gives a RecursionError the words CPython uses while
// pickling.
func withWhile(err error) error {
	if vm.IsExceptionType(err, vm.RecursionError) {
		return vm.NewError(vm.RecursionError, "maximum recursion depth exceeded while pickling an object")
	}
	return err
}

func (p *pickler) savePersistent(obj vm.Object) (bool, error) {
	pid, err := vm.Call(p.t, p.persistentID, []vm.Object{obj}, nil)
	if err != nil {
		return false, err
	}
	if pid == vm.None {
		return false, nil
	}
	if p.bin {
		if err := p.save(pid, true); err != nil {
			return true, err
		}
		p.write(opBinPersID)
		return true, nil
	}
	s, ok := pid.(py.String)
	if ok {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				ok = false
			}
		}
	}
	if !ok {
		return true, p.picklingError("persistent IDs in protocol 0 must be ASCII strings")
	}
	p.writeString("P" + string(s) + "\n")
	return true, nil
}

func (p *pickler) saveBool(b bool) {
	switch {
	case p.proto >= 2 && b:
		p.write(opNewTrue)
	case p.proto >= 2:
		p.write(opNewFalse)
	case b:
		p.writeString("I01\n")
	default:
		p.writeString("I00\n")
	}
}

func (p *pickler) saveInt(x *big.Int) {
	if x.IsInt64() && x.Int64() >= math.MinInt32 && x.Int64() <= math.MaxInt32 {
		v := x.Int64()
		switch {
		case !p.bin:
			p.writeString("I" + strconv.FormatInt(v, 10) + "\n")
		case v >= 0 && v <= 0xff:
			p.write(opBinInt1, byte(v))
		case v >= 0 && v <= 0xffff:
			p.write(opBinInt2, byte(v), byte(v>>8))
		default:
			var b [5]byte
			b[0] = opBinInt
			binary.LittleEndian.PutUint32(b[1:], uint32(int32(v)))
			p.writeBytes(b[:])
		}
		return
	}
	if p.proto < 2 {
		p.writeString("L" + x.String() + "L\n")
		return
	}
	data := twosComplement(x)
	if len(data) < 256 {
		p.write(opLong1, byte(len(data)))
	} else {
		var b [5]byte
		b[0] = opLong4
		binary.LittleEndian.PutUint32(b[1:], uint32(len(data)))
		p.writeBytes(b[:])
	}
	p.writeBytes(data)
}

// twosComplement is x in the fewest little-endian two's-complement
// bytes (none for zero), as LONG1 and LONG4 carry it.
func twosComplement(x *big.Int) []byte {
	if x.Sign() == 0 {
		return nil
	}
	n := x.BitLen()/8 + 1
	v := new(big.Int).Set(x)
	if x.Sign() < 0 {
		v.Add(v, new(big.Int).Lsh(big.NewInt(1), uint(n*8)))
	}
	be := v.FillBytes(make([]byte, n))
	le := make([]byte, n)
	for i := range be {
		le[i] = be[n-1-i]
	}
	// A negative number may need one byte less: 0xff on top of a byte
	// whose sign bit is set.
	if x.Sign() < 0 && n > 1 && le[n-1] == 0xff && le[n-2]&0x80 != 0 {
		le = le[:n-1]
	}
	return le
}

// decodeLong reads LONG1/LONG4 data.
func decodeLong(le []byte) *big.Int {
	n := len(le)
	if n == 0 {
		return new(big.Int)
	}
	be := make([]byte, n)
	for i := range le {
		be[i] = le[n-1-i]
	}
	v := new(big.Int).SetBytes(be)
	if le[n-1]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(n*8)))
	}
	return v
}

func (p *pickler) saveFloat(t *vm.Thread, f float64) {
	if p.bin {
		var b [9]byte
		b[0] = opBinFloat
		binary.BigEndian.PutUint64(b[1:], math.Float64bits(f))
		p.writeBytes(b[:])
		return
	}
	r, _ := vm.ReprString(t, py.Float(f))
	p.writeString("F" + r + "\n")
}

func (p *pickler) saveBytes(b py.Bytes) error {
	if p.proto < 3 {
		// Protocols 0 to 2 know only str: bytes are rebuilt by
		// bytes() or by encoding their latin-1 text.
		var rv vm.Object
		if len(b) == 0 {
			rv = vm.Tuple{vm.TypeOf(b), vm.Tuple{}}
		} else {
			enc, err := importAttr(p.t, "_codecs", "encode")
			if err != nil {
				return err
			}
			runes := make([]rune, len(b))
			for i, c := range b {
				runes[i] = rune(c)
			}
			rv = vm.Tuple{enc, vm.Tuple{py.String(string(runes)), py.String("latin1")}}
		}
		return p.saveReduce(rv.(vm.Tuple), b)
	}
	n := len(b)
	var header []byte
	switch {
	case n < 256:
		header = []byte{opShortBinBytes, byte(n)}
	case uint64(n) <= math.MaxUint32:
		header = binary.LittleEndian.AppendUint32([]byte{opBinBytes}, uint32(n))
	default:
		header = binary.LittleEndian.AppendUint64([]byte{opBinBytes8}, uint64(n))
	}
	if err := p.writeLarge(header, b); err != nil {
		return err
	}
	p.memoize(b)
	return nil
}

func (p *pickler) saveByteArray(b *vm.ByteArray) error {
	data := b.Bytes()
	header := binary.LittleEndian.AppendUint64([]byte{opByteArray8}, uint64(len(data)))
	if err := p.writeLarge(header, data); err != nil {
		return err
	}
	p.memoize(b)
	return nil
}

func (p *pickler) saveStr(s string) error {
	if !p.bin {
		p.writeString("V" + rawUnicodeEscape(s) + "\n")
		p.memoize(py.String(s))
		return nil
	}
	// gilpy's strings hold lone surrogates as their three UTF-8-style
	// bytes, which is what surrogatepass writes.
	n := len(s)
	var header []byte
	switch {
	case n < 256 && p.proto >= 4:
		header = []byte{opShortBinUnicode, byte(n)}
	case uint64(n) <= math.MaxUint32:
		header = binary.LittleEndian.AppendUint32([]byte{opBinUnicode}, uint32(n))
	default:
		header = binary.LittleEndian.AppendUint64([]byte{opBinUnicode8}, uint64(n))
	}
	if err := p.writeLarge(header, []byte(s)); err != nil {
		return err
	}
	p.memoize(py.String(s))
	return nil
}

// rawUnicodeEscape is protocol 0's text for a str: Latin-1 characters
// as bytes, the rest and the characters that would break the line
// format as \u escapes.
func rawUnicodeEscape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 || r == utf8.RuneError && size == 3 && s[i] == 0xed {
			// A lone surrogate stored as three bytes.
			if i+3 <= len(s) && s[i] == 0xed {
				r = rune(s[i]&0x0f)<<12 | rune(s[i+1]&0x3f)<<6 | rune(s[i+2]&0x3f)
				size = 3
			}
		}
		i += size
		switch {
		case r >= 0x10000:
			fmt.Fprintf(&b, "\\U%08x", r)
		case r >= 0x100 || r == '\\' || r == 0 || r == '\n' || r == '\r' || r == 0x1a:
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			b.WriteByte(byte(r))
		}
	}
	return b.String()
}

func (p *pickler) saveTuple(tup py.Tuple) error {
	n := len(tup)
	if n == 0 {
		if p.proto >= 1 {
			p.write(opEmptyTuple)
		} else {
			p.write(opMark, opTuple)
		}
		return nil
	}
	if n <= 3 && p.proto >= 2 {
		for _, x := range tup {
			if err := p.save(x, false); err != nil {
				return err
			}
		}
		// Saving the items may have saved the tuple itself (through a
		// list holding it): use that copy.
		if i, ok := p.memoized(tup); ok {
			for range tup {
				p.write(opPop)
			}
			p.memoGet(i)
			return nil
		}
		p.write(opTuple1 + byte(n-1))
		p.memoize(tup)
		return nil
	}
	p.write(opMark)
	for _, x := range tup {
		if err := p.save(x, false); err != nil {
			return err
		}
	}
	if i, ok := p.memoized(tup); ok {
		if p.bin {
			p.write(opPopMark)
		} else {
			for i := 0; i <= n; i++ {
				p.write(opPop)
			}
		}
		p.memoGet(i)
		return nil
	}
	p.write(opTuple)
	p.memoize(tup)
	return nil
}

func (p *pickler) saveList(l *py.List) error {
	if p.bin {
		p.write(opEmptyList)
	} else {
		p.write(opMark, opList)
	}
	p.memoize(l)
	if !p.bin {
		for i := 0; i < len(l.Items); i++ {
			if err := p.save(l.Items[i], false); err != nil {
				return err
			}
			p.write(opAppend)
		}
		return nil
	}
	if len(l.Items) == 1 {
		if err := p.save(l.Items[0], false); err != nil {
			return err
		}
		p.write(opAppend)
		return nil
	}
	// The list may change while its items are saved: go by its length
	// at each step, as CPython does.
	for i := 0; i < len(l.Items); {
		p.write(opMark)
		for n := 0; i < len(l.Items) && n < batchSize; n++ {
			if err := p.save(l.Items[i], false); err != nil {
				return err
			}
			i++
		}
		p.write(opAppends)
	}
	return nil
}

func (p *pickler) saveDict(d *vm.Dict) error {
	if p.bin {
		p.write(opEmptyDict)
	} else {
		p.write(opMark, opDict)
	}
	p.memoize(d)
	type kv struct{ k, v vm.Object }
	var items []kv
	d.Items(func(k, v vm.Object) bool {
		items = append(items, kv{k, v})
		return true
	})
	size := d.Len()
	saveItem := func(it kv) error {
		if err := p.save(it.k, false); err != nil {
			return err
		}
		return p.save(it.v, false)
	}
	changed := func() error {
		if d.Len() != size {
			return vm.NewError(py.RuntimeError, "dictionary changed size during iteration")
		}
		return nil
	}
	if !p.bin {
		for _, it := range items {
			if err := saveItem(it); err != nil {
				return err
			}
			p.write(opSetItem)
			if err := changed(); err != nil {
				return err
			}
		}
		return nil
	}
	if len(items) == 1 {
		if err := saveItem(items[0]); err != nil {
			return err
		}
		p.write(opSetItem)
		return changed()
	}
	for i := 0; i < len(items); {
		p.write(opMark)
		for n := 0; i < len(items) && n < batchSize; n++ {
			if err := saveItem(items[i]); err != nil {
				return err
			}
			i++
			if err := changed(); err != nil {
				return err
			}
		}
		p.write(opSetItems)
	}
	return nil
}

func (p *pickler) saveSet(s *vm.Set) error {
	if p.proto < 4 {
		return p.saveByReduce(s)
	}
	p.write(opEmptySet)
	p.memoize(s)
	items := s.Items()
	size := s.Len()
	for i := 0; i < len(items); {
		p.write(opMark)
		for n := 0; i < len(items) && n < batchSize; n++ {
			if err := p.save(items[i], false); err != nil {
				return err
			}
			i++
		}
		p.write(opAddItems)
		if s.Len() != size {
			return vm.NewError(py.RuntimeError, "set changed size during iteration")
		}
	}
	return nil
}

func (p *pickler) saveFrozenSet(s *vm.Set) error {
	if p.proto < 4 {
		return p.saveByReduce(s)
	}
	p.write(opMark)
	for _, x := range s.Items() {
		if err := p.save(x, false); err != nil {
			return err
		}
	}
	if i, ok := p.memoized(s); ok {
		p.write(opPopMark)
		p.memoGet(i)
		return nil
	}
	p.write(opFrozenSet)
	p.memoize(s)
	return nil
}

// saveByReduce saves what has no opcode of its own: classes and
// functions by name, everything else by what its reducer returns.
func (p *pickler) saveByReduce(obj vm.Object) error {
	t := p.t
	var rv vm.Object
	var err error
	if p.reducerOverride != nil {
		if rv, err = vm.Call(t, p.reducerOverride, []vm.Object{obj}, nil); err != nil {
			return err
		}
		if rv == vm.NotImplemented {
			rv = nil
		}
	}
	typ := vm.TypeOf(obj)
	if rv == nil {
		switch obj.(type) {
		case *vm.Function:
			return p.saveGlobal(obj, nil)
		}
		if typ == py.TypeType {
			return p.saveType(obj.(*py.Type))
		}
		var reducer vm.Object
		if p.dispatchTable != nil {
			reducer, err = vm.GetItem(t, p.dispatchTable, typ)
			if err != nil {
				if !vm.IsExceptionType(err, py.KeyError) {
					return err
				}
				reducer = nil
			}
		} else {
			table, err := importAttr(t, "copyreg", "dispatch_table")
			if err != nil {
				return err
			}
			if d, ok := table.(*vm.Dict); ok {
				if r, found, err := d.Get(t, typ); err != nil {
					return err
				} else if found {
					reducer = r
				}
			}
		}
		switch {
		case reducer != nil:
			if rv, err = vm.Call(t, reducer, []vm.Object{obj}, nil); err != nil {
				return err
			}
		case vm.IsSubtype(typ, py.TypeType):
			return p.saveGlobal(obj, nil)
		default:
			if rv, err = vm.CallMethod(t, obj, "__reduce_ex__", []vm.Object{vm.NewInt(int64(p.proto))}, nil); err != nil {
				return err
			}
		}
	}
	if s, ok := rv.(py.String); ok {
		return p.saveGlobal(obj, s)
	}
	tup, ok := rv.(py.Tuple)
	if !ok {
		return p.picklingError("__reduce__ must return a string or tuple")
	}
	return p.saveReduce(tup, obj)
}

func (p *pickler) saveType(typ *py.Type) error {
	var single vm.Object
	switch typ {
	case vm.TypeOf(vm.None):
		single = vm.None
	case vm.TypeOf(vm.NotImplemented):
		single = vm.NotImplemented
	case vm.TypeOf(py.Ellipsis):
		single = py.Ellipsis
	default:
		return p.saveGlobal(typ, nil)
	}
	return p.saveReduce(py.Tuple{py.TypeType, py.Tuple{single}}, typ)
}

// saveReduce saves obj as the call its reduce value describes, then
// its items and state. obj is nil for a reduction that stands for no
// object of its own.
func (p *pickler) saveReduce(rv py.Tuple, obj vm.Object) error {
	t := p.t
	if len(rv) < 2 || len(rv) > 6 {
		return p.picklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
	}
	at := func(i int) vm.Object {
		if i < len(rv) {
			return rv[i]
		}
		return vm.None
	}
	callable, argtup := rv[0], rv[1]
	state, listItems, dictItems, stateSetter := at(2), at(3), at(4), at(5)
	if !vm.IsCallable(callable) {
		return p.picklingError("first item of the tuple returned by __reduce__ must be callable")
	}
	args, ok := argtup.(py.Tuple)
	if !ok {
		return p.picklingError("second item of the tuple returned by __reduce__ must be a tuple")
	}
	isIter := func(o vm.Object) bool {
		ok, _ := vm.HasAttr(t, o, "__next__")
		return ok
	}
	if listItems != vm.None && !isIter(listItems) {
		return p.picklingError(fmt.Sprintf("fourth element of the tuple returned by __reduce__ must be an iterator, not %s", vm.TypeName(listItems)))
	}
	if dictItems != vm.None && !isIter(dictItems) {
		return p.picklingError(fmt.Sprintf("fifth element of the tuple returned by __reduce__ must be an iterator, not %s", vm.TypeName(dictItems)))
	}
	if stateSetter != vm.None && !vm.IsCallable(stateSetter) {
		return p.picklingError(fmt.Sprintf("sixth element of the tuple returned by __reduce__ must be a function, not %s", vm.TypeName(stateSetter)))
	}
	var name string
	if p.proto >= 2 {
		if n, err := vm.GetAttrOr(t, callable, "__name__", vm.None); err != nil {
			return err
		} else if s, ok := n.(py.String); ok {
			name = string(s)
		}
	}
	switch {
	case name == "__newobj_ex__":
		if len(args) != 3 {
			return p.picklingError(fmt.Sprintf("length of the NEWOBJ_EX argument tuple must be exactly 3, not %d", len(args)))
		}
		cls, ok := args[0].(*py.Type)
		if !ok {
			return p.picklingError(fmt.Sprintf("first item from NEWOBJ_EX argument tuple must be a class, not %s", vm.TypeName(args[0])))
		}
		if _, ok := args[1].(py.Tuple); !ok {
			return p.picklingError(fmt.Sprintf("second item from NEWOBJ_EX argument tuple must be a tuple, not %s", vm.TypeName(args[1])))
		}
		if _, ok := args[2].(*vm.Dict); !ok {
			return p.picklingError(fmt.Sprintf("third item from NEWOBJ_EX argument tuple must be a dict, not %s", vm.TypeName(args[2])))
		}
		if p.proto >= 4 {
			for _, x := range args {
				if err := p.save(x, false); err != nil {
					return err
				}
			}
			p.write(opNewObjEx)
		} else {
			// Older protocols call functools.partial(cls.__new__, cls,
			// *args, **kwargs)().
			partial, err := importAttr(t, "functools", "partial")
			if err != nil {
				return err
			}
			newFn, err := vm.GetAttr(t, cls, "__new__")
			if err != nil {
				return err
			}
			pargs := append([]vm.Object{newFn, cls}, args[1].(py.Tuple)...)
			var kwnames py.Tuple
			args[2].(*vm.Dict).Items(func(k, v vm.Object) bool {
				kwnames = append(kwnames, k)
				pargs = append(pargs, v)
				return true
			})
			fn, err := vm.Call(t, partial, pargs, kwnames)
			if err != nil {
				return err
			}
			if err := p.save(fn, false); err != nil {
				return err
			}
			if err := p.save(py.Tuple{}, false); err != nil {
				return err
			}
			p.write(opReduce)
		}
	case name == "__newobj__":
		if len(args) < 1 {
			return p.picklingError("__newobj__ arglist is empty")
		}
		cls, ok := args[0].(*py.Type)
		if !ok {
			return p.picklingError("args[0] from __newobj__ args is not a type")
		}
		if obj != nil {
			oc, err := vm.GetAttr(t, obj, "__class__")
			if err != nil {
				return err
			}
			if !vm.Is(oc, cls) {
				return p.picklingError("args[0] from __newobj__ args has the wrong class")
			}
		}
		if err := p.save(cls, false); err != nil {
			return err
		}
		if err := p.save(args[1:], false); err != nil {
			return err
		}
		p.write(opNewObj)
	default:
		if err := p.save(callable, false); err != nil {
			return err
		}
		if err := p.save(args, false); err != nil {
			return err
		}
		p.write(opReduce)
	}
	if obj != nil {
		// The arguments may have saved obj already (a reference cycle):
		// use that one.
		if i, ok := p.memoized(obj); ok {
			p.write(opPop)
			p.memoGet(i)
		} else {
			p.memoize(obj)
		}
	}
	if listItems != vm.None {
		if err := p.batchAppends(listItems); err != nil {
			return err
		}
	}
	if dictItems != vm.None {
		if err := p.batchSetItems(dictItems); err != nil {
			return err
		}
	}
	if state != vm.None {
		if stateSetter != vm.None {
			// state_setter(obj, state), its result dropped.
			if err := p.save(stateSetter, false); err != nil {
				return err
			}
			if err := p.save(obj, false); err != nil {
				return err
			}
			if err := p.save(state, false); err != nil {
				return err
			}
			p.write(opTuple2, opReduce, opPop)
		} else {
			if err := p.save(state, false); err != nil {
				return err
			}
			p.write(opBuild)
		}
	}
	return nil
}

// batchItems saves what an iterator yields in batches: one item alone
// gets a plain opcode, more get MARK ... many.
func (p *pickler) batchItems(it vm.Object, saveOne func(vm.Object) error, one, many byte) error {
	t := p.t
	if !p.bin {
		for {
			x, ok, err := vm.Next(t, it)
			if err != nil || !ok {
				return err
			}
			if err := saveOne(x); err != nil {
				return err
			}
			p.write(one)
		}
	}
	next, more, err := vm.Next(t, it)
	for err == nil && more {
		first := next
		next, more, err = vm.Next(t, it)
		if err != nil {
			return err
		}
		if !more {
			if err := saveOne(first); err != nil {
				return err
			}
			p.write(one)
			return nil
		}
		p.write(opMark)
		if err := saveOne(first); err != nil {
			return err
		}
		for n := 1; more && n < batchSize; n++ {
			if err := saveOne(next); err != nil {
				return err
			}
			if next, more, err = vm.Next(t, it); err != nil {
				return err
			}
		}
		p.write(many)
	}
	return err
}

func (p *pickler) batchAppends(it vm.Object) error {
	return p.batchItems(it, func(x vm.Object) error { return p.save(x, false) }, opAppend, opAppends)
}

func (p *pickler) batchSetItems(it vm.Object) error {
	return p.batchItems(it, func(x vm.Object) error {
		kv, ok := x.(py.Tuple)
		if !ok || len(kv) != 2 {
			return vm.NewError(py.TypeError, "dict items iterator must return 2-tuples")
		}
		if err := p.save(kv[0], false); err != nil {
			return err
		}
		return p.save(kv[1], false)
	}, opSetItem, opSetItems)
}

// saveGlobal saves a class or function by its module and qualified
// name, after checking that importing them gives this very object.
func (p *pickler) saveGlobal(obj vm.Object, name vm.Object) error {
	t := p.t
	var err error
	if name == nil {
		if name, err = vm.GetAttr(t, obj, "__qualname__"); err != nil {
			return err
		}
	}
	gname, ok := name.(py.String)
	if !ok {
		return vm.NewError(py.TypeError, fmt.Sprintf("attribute name must be string, not '%s'", vm.TypeName(name)))
	}
	path := strings.Split(string(gname), ".")
	for _, part := range path {
		if part == "<locals>" {
			return vm.NewError(py.AttributeError, fmt.Sprintf("Can't pickle local object %s", reprStr(t, gname)))
		}
	}
	modName, err := whichModule(t, obj, path)
	if err != nil {
		return err
	}
	mod, err := t.ImportModule(modName)
	if err != nil {
		return p.picklingError(fmt.Sprintf("Can't pickle %s: import of module %s failed", reprStr(t, obj), reprStr(t, py.String(modName))))
	}
	parent, found, err := deepAttr(t, mod, path)
	if err != nil {
		return err
	}
	if found == nil {
		return p.picklingError(fmt.Sprintf("Can't pickle %s: attribute lookup %s on %s failed", reprStr(t, obj), gname, modName))
	}
	if !vm.Is(found, obj) {
		return p.picklingError(fmt.Sprintf("Can't pickle %s: it's not the same object as %s.%s", reprStr(t, obj), modName, gname))
	}
	last := path[len(path)-1]
	if p.proto >= 2 {
		code, err := extensionCode(t, modName, string(gname))
		if err != nil {
			return err
		}
		if code > 0 {
			switch {
			case code <= 0xff:
				p.write(opExt1, byte(code))
			case code <= 0xffff:
				p.write(opExt2, byte(code), byte(code>>8))
			default:
				p.writeBytes(binary.LittleEndian.AppendUint32([]byte{opExt4}, uint32(code)))
			}
			return nil
		}
	}
	switch {
	case p.proto >= 4:
		if err := p.save(py.String(modName), false); err != nil {
			return err
		}
		if err := p.save(gname, false); err != nil {
			return err
		}
		p.write(opStackGlobal)
	case !vm.Is(parent, mod):
		getattr, err := importAttr(t, "builtins", "getattr")
		if err != nil {
			return err
		}
		return p.saveReduce(py.Tuple{getattr, py.Tuple{parent, py.String(last)}}, nil)
	default:
		m, n := modName, string(gname)
		if p.fixImports {
			if r, ok := reverseNameMapping[[2]string{m, n}]; ok {
				m, n = r[0], r[1]
			} else if r, ok := reverseImportMapping[m]; ok {
				m = r
			}
		}
		if p.proto < 3 {
			for _, s := range []string{m, n} {
				for i := 0; i < len(s); i++ {
					if s[i] >= 0x80 {
						return p.picklingError(fmt.Sprintf("can't pickle module identifier '%s' using pickle protocol %d", s, p.proto))
					}
				}
			}
		}
		p.writeString("c" + m + "\n" + n + "\n")
	}
	p.memoize(obj)
	return nil
}

// whichModule is the module obj belongs to: its __module__, else the
// loaded module where its name finds it, else __main__.
func whichModule(t *vm.Thread, obj vm.Object, path []string) (string, error) {
	m, err := vm.GetAttrOr(t, obj, "__module__", vm.None)
	if err != nil {
		return "", err
	}
	if s, ok := m.(py.String); ok {
		return string(s), nil
	}
	mods := t.Interp().Modules()
	var found string
	mods.Items(func(k, v vm.Object) bool {
		name, ok := k.(py.String)
		if !ok || name == "__main__" || name == "__mp_main__" {
			return true
		}
		if _, ok := v.(*vm.Module); !ok {
			return true
		}
		if _, o, err := deepAttr(t, v, path); err == nil && o != nil && vm.Is(o, obj) {
			found = string(name)
			return false
		}
		return true
	})
	if found != "" {
		return found, nil
	}
	return "__main__", nil
}

// deepAttr follows a dotted path from o, giving the last object and its
// parent; found is nil when an attribute is missing.
func deepAttr(t *vm.Thread, o vm.Object, path []string) (parent, found vm.Object, err error) {
	cur := o
	for _, name := range path {
		parent = cur
		cur, err = vm.GetAttr(t, cur, name)
		if err != nil {
			if vm.IsExceptionType(err, py.AttributeError) {
				return parent, nil, nil
			}
			return nil, nil, err
		}
	}
	return parent, cur, nil
}

// extensionCode is the code copyreg's extension registry gives
// (module, name), or 0.
func extensionCode(t *vm.Thread, module, name string) (int, error) {
	reg, err := importAttr(t, "copyreg", "_extension_registry")
	if err != nil {
		return 0, err
	}
	d, ok := reg.(*vm.Dict)
	if !ok || d.Len() == 0 {
		return 0, nil
	}
	v, found, err := d.Get(t, py.Tuple{py.String(module), py.String(name)})
	if err != nil || !found {
		return 0, err
	}
	code, err := vm.IndexInt(t, v)
	if err != nil {
		return 0, err
	}
	if code <= 0 || code > 0x7fffffff {
		return 0, vm.NewError(picklingErrorType, fmt.Sprintf("Can't pickle %s.%s: extension code %d is out of range", module, name, code))
	}
	return code, nil
}

func importAttr(t *vm.Thread, module, name string) (vm.Object, error) {
	m, err := t.ImportModule(module)
	if err != nil {
		return nil, err
	}
	return vm.GetAttr(t, m, name)
}

func reprStr(t *vm.Thread, o vm.Object) string {
	s, err := vm.ReprString(t, o)
	if err != nil {
		return "<unrepresentable>"
	}
	return s
}
