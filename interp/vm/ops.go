package vm

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/go-python/gpython/py"
)

// binaryFn implements one binary operator of a builtin type in Go:
// self op other, or other op self when reflected. It returns
// NotImplemented for operand types it does not handle.
type binaryFn func(t *Thread, op bytecode.BinaryOp, self, other Object, reflected bool) (Object, error)

// compareFn implements a builtin type's rich comparisons in Go.
type compareFn func(t *Thread, op bytecode.CompareOp, self, other Object) (Object, error)

// BinaryOp applies a binary operator (plain or in-place) as Python does:
// the left operand's method, then the right operand's reflected one, the
// reflected one first when the right operand's type is a subclass that
// overrides it; for in-place forms the left operand's __iop__ first.
func BinaryOp(t *Thread, op bytecode.BinaryOp, a, b Object) (Object, error) {
	if r, ok, err := binaryFast(t, op, a, b); ok || err != nil {
		return r, err
	}
	ca, cb := classOfObject(a), classOfObject(b)
	base := op.Base()
	if op.IsInplace() {
		if m := ca.special(spIBinary + specialID(base)); m != nil && !skipSeqRepeat(m, base, a, b) {
			r, err := callBinary(t, m, base, a, b, false)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	ma := ca.special(spBinary + specialID(base))
	var mb Object
	if cb != ca {
		mb = cb.special(spRBinary + specialID(base))
	}
	if mb != nil && cb.IsSubclass(ca) && mb != ca.special(spRBinary+specialID(base)) {
		r, err := callBinary(t, mb, base, b, a, true)
		if err != nil || r != NotImplemented {
			return r, err
		}
		mb = nil
	}
	if ma != nil {
		r, err := callBinary(t, ma, base, a, b, false)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if mb != nil {
		r, err := callBinary(t, mb, base, b, a, true)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	return nil, binaryTypeError(op, a, b)
}

// callBinary calls an operator method found on a type.
func callBinary(t *Thread, m Object, op bytecode.BinaryOp, self, other Object, reflected bool) (Object, error) {
	if md, ok := m.(*MethodDescr); ok && md.binary != nil {
		s := self
		if md.unwrap {
			s = unwrap(self)
		}
		if !md.rawOperand {
			other = unwrap(other)
		}
		return md.binary(t, op, s, other, reflected)
	}
	return callMethod(t, m, self, []Object{other}, nil)
}

func binaryTypeError(op bytecode.BinaryOp, a, b Object) error {
	base := op.Base()
	switch base {
	case bytecode.OpAdd:
		switch unwrap(a).(type) {
		case py.Bytes, *ByteArray:
			// bytes' concatenation names both types its own way.
			return NewError(py.TypeError, fmt.Sprintf("can't concat %s to %s", TypeName(b), TypeName(a)))
		case py.String, *py.List, py.Tuple:
			// Named by the builtin type, also for a subclass's
			// instance, as CPython's message names it.
			own := TypeName(unwrap(a))
			return NewError(py.TypeError, fmt.Sprintf("can only concatenate %s (not \"%s\") to %s", own, TypeName(b), own))
		}
	case bytecode.OpMultiply:
		if isSequenceForRepeat(a) && !hasIndex(b) {
			return NewError(py.TypeError, fmt.Sprintf("can't multiply sequence by non-int of type '%s'", TypeName(b)))
		}
		if isSequenceForRepeat(b) && !hasIndex(a) {
			return NewError(py.TypeError, fmt.Sprintf("can't multiply sequence by non-int of type '%s'", TypeName(a)))
		}
	case bytecode.OpRemainder:
	}
	if base == bytecode.OpPower && !op.IsInplace() {
		return NewError(py.TypeError, fmt.Sprintf("unsupported operand type(s) for ** or pow(): '%s' and '%s'", TypeName(a), TypeName(b)))
	}
	return NewError(py.TypeError, fmt.Sprintf("unsupported operand type(s) for %s: '%s' and '%s'", op.Symbol(), TypeName(a), TypeName(b)))
}

// skipSeqRepeat reports whether a builtin sequence's in-place repeat
// (list.__imul__) must be passed over: CPython only repeats a sequence
// by an operand with __index__, and otherwise reports the failed
// multiplication.
func skipSeqRepeat(m Object, base bytecode.BinaryOp, a, b Object) bool {
	if base != bytecode.OpMultiply {
		return false
	}
	_, builtin := m.(*MethodDescr)
	return builtin && isSequenceForRepeat(a) && !hasIndex(b)
}

func isSequenceForRepeat(o Object) bool {
	switch unwrap(o).(type) {
	case py.String, *py.List, py.Tuple, py.Bytes, *ByteArray:
		return true
	}
	return false
}

// binaryFast handles the common exact-type cases without method lookup.
func binaryFast(t *Thread, op bytecode.BinaryOp, a, b Object) (Object, bool, error) {
	switch x := a.(type) {
	case py.Int:
		switch y := b.(type) {
		case py.Int:
			if r, ok := intFast(op, x, y); ok {
				return r, true, nil
			}
			r, err := intBinary(op, x, y)
			return r, r != NotImplemented, err
		case py.Float:
			if op.Base() <= bytecode.OpPower {
				r, err := floatBinary(op, float64(x), float64(y))
				return r, r != NotImplemented, err
			}
		}
	case py.Float:
		switch y := b.(type) {
		case py.Float:
			r, err := floatBinary(op, float64(x), float64(y))
			return r, r != NotImplemented, err
		case py.Int:
			r, err := floatBinary(op, float64(x), float64(y))
			return r, r != NotImplemented, err
		}
	case py.String:
		switch op.Base() {
		case bytecode.OpAdd:
			if y, ok := b.(py.String); ok {
				return t.concat(x, y), true, nil
			}
		case bytecode.OpRemainder:
			if _, ok := b.(*Instance); !ok {
				r, err := t.percentFormat(x, b)
				return r, true, err
			}
		}
	case *py.List:
		if op == bytecode.OpAdd {
			if y, ok := b.(*py.List); ok {
				items := make([]Object, 0, len(x.Items)+len(y.Items))
				items = append(append(items, x.Items...), y.Items...)
				return &py.List{Items: items}, true, nil
			}
		}
		if op == bytecode.OpAdd+bytecode.InplaceOffset {
			if y, ok := b.(*py.List); ok {
				x.Items = append(x.Items, y.Items...)
				return x, true, nil
			}
		}
	case py.Tuple:
		if op.Base() == bytecode.OpAdd {
			if y, ok := b.(py.Tuple); ok {
				r := make(Tuple, 0, len(x)+len(y))
				return append(append(r, x...), y...), true, nil
			}
		}
	}
	return nil, false, nil
}

// UnaryOp applies -, + or ~.
func UnaryOp(t *Thread, op bytecode.Opcode, a Object) (Object, error) {
	switch x := a.(type) {
	case py.Int, py.Bool, *py.BigInt:
		switch op {
		case bytecode.UNARY_NEGATIVE:
			return intNeg(x), nil
		case bytecode.UNARY_POSITIVE:
			if b, ok := x.(py.Bool); ok {
				return NewInt(map[bool]int64{true: 1, false: 0}[bool(b)]), nil
			}
			return x, nil
		case bytecode.UNARY_INVERT:
			return intInvert(x), nil
		}
	case py.Float:
		switch op {
		case bytecode.UNARY_NEGATIVE:
			return -x, nil
		case bytecode.UNARY_POSITIVE:
			return x, nil
		}
	case py.Complex:
		switch op {
		case bytecode.UNARY_NEGATIVE:
			return -x, nil
		case bytecode.UNARY_POSITIVE:
			return x, nil
		}
	}
	var id specialID
	var sym string
	switch op {
	case bytecode.UNARY_NEGATIVE:
		id, sym = spNeg, "-"
	case bytecode.UNARY_POSITIVE:
		id, sym = spPos, "+"
	default:
		id, sym = spInvert, "~"
	}
	if m := classOfObject(a).special(id); m != nil {
		return callMethod(t, m, a, nil, nil)
	}
	return nil, NewError(py.TypeError, fmt.Sprintf("bad operand type for unary %s: '%s'", sym, TypeName(a)))
}

// Truth returns the truth value of o (bool(o)).
func Truth(t *Thread, o Object) (bool, error) {
	switch v := o.(type) {
	case py.Bool:
		return bool(v), nil
	case py.NoneType:
		return false, nil
	case py.Int:
		return v != 0, nil
	case py.Float:
		return v != 0, nil
	case py.String:
		return len(v) > 0, nil
	case *py.List:
		return len(v.Items) > 0, nil
	case py.Tuple:
		return len(v) > 0, nil
	case *Dict:
		return v.used > 0, nil
	case *Set:
		return v.used > 0, nil
	case *py.BigInt:
		return (*big.Int)(v).Sign() != 0, nil
	case py.Complex:
		return v != 0, nil
	case py.Bytes:
		return len(v) > 0, nil
	}
	c := classOfObject(o)
	if m := c.special(spBool); m != nil {
		r, err := callMethod(t, m, o, nil, nil)
		if err != nil {
			return false, err
		}
		b, ok := r.(py.Bool)
		if !ok {
			return false, NewError(py.TypeError, fmt.Sprintf("__bool__ should return bool, returned %s", TypeName(r)))
		}
		return bool(b), nil
	}
	if m := c.special(spLen); m != nil {
		n, err := lenViaMethod(t, m, o)
		return n > 0, err
	}
	return true, nil
}

// Len returns len(o).
func Len(t *Thread, o Object) (int, error) {
	switch v := o.(type) {
	case py.String:
		return strLen(string(v)), nil
	case *py.List:
		return len(v.Items), nil
	case py.Tuple:
		return len(v), nil
	case *Dict:
		return v.used, nil
	case *Set:
		return v.used, nil
	case py.Bytes:
		return len(v), nil
	}
	c := classOfObject(o)
	if m := c.special(spLen); m != nil {
		return lenViaMethod(t, m, o)
	}
	return 0, NewError(py.TypeError, fmt.Sprintf("object of type '%s' has no len()", TypeName(o)))
}

func lenViaMethod(t *Thread, m, o Object) (int, error) {
	r, err := callMethod(t, m, o, nil, nil)
	if err != nil {
		return 0, err
	}
	n, err := IndexValue(t, r)
	if err != nil {
		if isExceptionType(err, py.TypeError) {
			return 0, NewError(py.TypeError, fmt.Sprintf("'%s' object cannot be interpreted as an integer", TypeName(r)))
		}
		return 0, err
	}
	if n.Sign() < 0 {
		return 0, NewError(py.ValueError, "__len__() should return >= 0")
	}
	if !n.IsInt64() {
		return 0, NewError(py.OverflowError, "cannot fit 'int' into an index-sized integer")
	}
	return int(n.Int64()), nil
}

// hasIndex reports whether o can be used as an integer index.
func hasIndex(o Object) bool {
	if isIntLike(o) {
		return true
	}
	return classOfObject(o).special(spIndex) != nil
}

// IndexValue returns o.__index__() as a big.Int (a new one).
func IndexValue(t *Thread, o Object) (*big.Int, error) {
	if isIntLike(o) {
		return toBig(o), nil
	}
	if inst, ok := o.(*Instance); ok && isIntLike(inst.base) {
		return toBig(inst.base), nil
	}
	m := classOfObject(o).special(spIndex)
	if m == nil {
		return nil, NewError(py.TypeError, fmt.Sprintf("'%s' object cannot be interpreted as an integer", TypeName(o)))
	}
	r, err := callMethod(t, m, o, nil, nil)
	if err != nil {
		return nil, err
	}
	if !isIntLike(unwrap(r)) {
		return nil, NewError(py.TypeError, fmt.Sprintf("__index__ returned non-int (type %s)", TypeName(r)))
	}
	if _, ok := r.(*Instance); ok {
		// An int subclass: allowed with a warning.
		if err := warnStrictSubclass(t, "__index__", r, "int"); err != nil {
			return nil, err
		}
	}
	return toBig(unwrap(r)), nil
}

// IndexInt returns o.__index__() as an int, with OverflowError when it
// does not fit.
func IndexInt(t *Thread, o Object) (int, error) {
	if i, ok := o.(py.Int); ok {
		return int(i), nil
	}
	b, err := IndexValue(t, o)
	if err != nil {
		return 0, err
	}
	if !b.IsInt64() {
		return 0, NewError(py.OverflowError, fmt.Sprintf("Python int too large to convert to C ssize_t"))
	}
	return int(b.Int64()), nil
}

// RichCompare applies a comparison as Python does, returning its result
// object (which need not be a bool).
func RichCompare(t *Thread, a, b Object, op bytecode.CompareOp) (Object, error) {
	if r, ok := compareFast(a, b, op); ok {
		return NewBool(r), nil
	}
	if err := t.enterCall(whereCompare); err != nil {
		return nil, err
	}
	defer t.leaveRecursive()
	ca, cb := classOfObject(a), classOfObject(b)
	id := spLt + specialID(op)
	rid := spLt + specialID(reflectedCompare[op])
	checkedReverse := false
	if cb != ca && cb.IsSubclass(ca) {
		if m := cb.special(rid); m != nil && m != ca.special(rid) {
			checkedReverse = true
			r, err := callCompare(t, m, reflectedCompare[op], b, a)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	if m := ca.special(id); m != nil {
		r, err := callCompare(t, m, op, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if !checkedReverse {
		if m := cb.special(rid); m != nil {
			r, err := callCompare(t, m, reflectedCompare[op], b, a)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	switch op {
	case bytecode.CmpEq:
		return NewBool(Is(a, b)), nil
	case bytecode.CmpNe:
		return NewBool(!Is(a, b)), nil
	}
	return nil, NewError(py.TypeError, fmt.Sprintf("'%s' not supported between instances of '%s' and '%s'", op.Symbol(), TypeName(a), TypeName(b)))
}

var reflectedCompare = [...]bytecode.CompareOp{
	bytecode.CmpLt: bytecode.CmpGt, bytecode.CmpLe: bytecode.CmpGe,
	bytecode.CmpEq: bytecode.CmpEq, bytecode.CmpNe: bytecode.CmpNe,
	bytecode.CmpGt: bytecode.CmpLt, bytecode.CmpGe: bytecode.CmpLe,
}

func callCompare(t *Thread, m Object, op bytecode.CompareOp, self, other Object) (Object, error) {
	if md, ok := m.(*MethodDescr); ok && md.compare != nil {
		s := self
		if md.unwrap {
			s = unwrap(self)
		}
		return md.compare(t, op, s, unwrap(other))
	}
	return callMethod(t, m, self, []Object{other}, nil)
}

// compareFast compares common exact types directly.
func compareFast(a, b Object, op bytecode.CompareOp) (bool, bool) {
	switch x := a.(type) {
	case py.Int:
		switch y := b.(type) {
		case py.Int:
			return compareInt64(op, int64(x), int64(y)), true
		case py.Float:
			c, ok := compareIntFloat(x, float64(y))
			if !ok {
				return op == bytecode.CmpNe, true
			}
			return cmpResult(op, c), true
		}
	case py.Float:
		switch y := b.(type) {
		case py.Float:
			return compareFloat(op, float64(x), float64(y)), true
		case py.Int:
			c, ok := compareIntFloat(y, float64(x))
			if !ok {
				return op == bytecode.CmpNe, true
			}
			return cmpResult(op, -c), true
		}
	case py.String:
		if y, ok := b.(py.String); ok {
			return cmpResult(op, strings.Compare(string(x), string(y))), true
		}
	}
	return false, false
}

func compareFloat(op bytecode.CompareOp, a, b float64) bool {
	switch op {
	case bytecode.CmpLt:
		return a < b
	case bytecode.CmpLe:
		return a <= b
	case bytecode.CmpEq:
		return a == b
	case bytecode.CmpNe:
		return a != b
	case bytecode.CmpGt:
		return a > b
	}
	return a >= b
}

// cmpResult turns a three-way comparison into the operator's answer.
func cmpResult(op bytecode.CompareOp, c int) bool {
	switch op {
	case bytecode.CmpLt:
		return c < 0
	case bytecode.CmpLe:
		return c <= 0
	case bytecode.CmpEq:
		return c == 0
	case bytecode.CmpNe:
		return c != 0
	case bytecode.CmpGt:
		return c > 0
	}
	return c >= 0
}

// Equal reports a == b as containers compare items: identity first.
func Equal(t *Thread, a, b Object) (bool, error) {
	if Is(a, b) {
		return true, nil
	}
	if r, ok := compareFast(a, b, bytecode.CmpEq); ok {
		return r, nil
	}
	r, err := RichCompare(t, a, b, bytecode.CmpEq)
	if err != nil {
		return false, err
	}
	if bv, ok := r.(py.Bool); ok {
		return bool(bv), nil
	}
	return Truth(t, r)
}

// Less reports a < b (for sorting, min, max).
func Less(t *Thread, a, b Object) (bool, error) {
	if r, ok := compareFast(a, b, bytecode.CmpLt); ok {
		return r, nil
	}
	r, err := RichCompare(t, a, b, bytecode.CmpLt)
	if err != nil {
		return false, err
	}
	if bv, ok := r.(py.Bool); ok {
		return bool(bv), nil
	}
	return Truth(t, r)
}

// Hash returns hash(o).
func Hash(t *Thread, o Object) (int64, error) {
	switch v := o.(type) {
	case py.String:
		return int64(strHash(string(v))), nil
	case py.Int:
		return hashInt64(int64(v)), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case py.Float:
		return hashFloat(float64(v)), nil
	case py.Tuple:
		if err := t.enterCall(""); err != nil {
			return 0, err
		}
		defer t.leaveRecursive()
		return hashTuple(t, v)
	case *py.BigInt:
		return hashBigInt((*big.Int)(v)), nil
	case py.NoneType:
		return 0x10c0ffee, nil
	case py.Complex:
		return hashComplex(complex128(v)), nil
	case py.Bytes:
		return int64(bytesHash(v)), nil
	case *Function, *Module:
		return identityHash(o), nil
	case *BuiltinFunction:
		// Bound builtin methods hash by receiver and method, so that
		// equal ones (l.append twice) hash alike.
		return builtinMethodHash(v), nil
	case *py.Type:
		// A metaclass may define __hash__ (or __eq__ alone, which
		// makes its classes unhashable).
		if TypeOf(v) == py.TypeType {
			return identityHash(o), nil
		}
	}
	c := classOfObject(o)
	m := c.special(spHash)
	if m == nil || m == None {
		return 0, NewError(py.TypeError, fmt.Sprintf("unhashable type: '%s'", TypeName(o)))
	}
	if md, ok := m.(*MethodDescr); ok && md.hash != nil {
		return md.hash(t, o)
	}
	r, err := callMethod(t, m, o, nil, nil)
	if err != nil {
		return 0, err
	}
	r = unwrap(r)
	if !isIntLike(r) {
		return 0, NewError(py.TypeError, "__hash__ method should return an integer")
	}
	// A result that fits a machine word is the hash itself (-1 is
	// reserved for errors, so it becomes -2); a larger one is hashed as
	// an int, as CPython does.
	if i, ok := smallInt(r); ok {
		if i == -1 {
			return -2, nil
		}
		return i, nil
	}
	return hashBigInt(toBig(r)), nil
}

// Contains reports whether item is in container.
func Contains(t *Thread, container, item Object) (bool, error) {
	switch c := container.(type) {
	case *Dict:
		_, ok, err := c.Get(t, item)
		return ok, err
	case *Set:
		return c.Contains(t, item)
	case *py.List:
		for i := 0; i < len(c.Items); i++ {
			if eq, err := Equal(t, c.Items[i], item); eq || err != nil {
				return eq, err
			}
		}
		return false, nil
	case py.Tuple:
		for _, v := range c {
			if eq, err := Equal(t, v, item); eq || err != nil {
				return eq, err
			}
		}
		return false, nil
	case py.String:
		s, ok := item.(py.String)
		if !ok {
			if inst, ok2 := item.(*Instance); ok2 {
				s, ok = inst.base.(py.String)
			}
			if !ok {
				return false, NewError(py.TypeError, fmt.Sprintf("'in <string>' requires string as left operand, not %s", TypeName(item)))
			}
		}
		return strings.Contains(string(c), string(s)), nil
	}
	cls := classOfObject(container)
	if m := cls.special(spContains); m != nil {
		if m == None {
			return false, NewError(py.TypeError, fmt.Sprintf("'%s' object is not a container", TypeName(container)))
		}
		r, err := callMethod(t, m, container, []Object{item}, nil)
		if err != nil {
			return false, err
		}
		return Truth(t, r)
	}
	notIterable := func() error {
		return NewError(py.TypeError, fmt.Sprintf("argument of type '%s' is not iterable", TypeName(container)))
	}
	if cls.special(spIter) == nil && cls.special(spGetItem) == nil {
		return false, notIterable()
	}
	it, err := Iter(t, container)
	if err != nil {
		// Any TypeError from iter() becomes the containment test's own,
		// as in CPython.
		if e, ok := err.(*py.Exception); ok && IsSubtype(TypeOf(e), py.TypeError) {
			return false, notIterable()
		}
		return false, err
	}
	for {
		v, ok, err := Next(t, it)
		if err != nil || !ok {
			return false, err
		}
		if eq, err := Equal(t, v, item); eq || err != nil {
			return eq, err
		}
	}
}

// Where a C-level recursion check failed, as CPython's RecursionError
// messages say.
const (
	whereCall    = " while calling a Python object"
	whereCompare = " in comparison"
	whereRepr    = " while getting the repr of an object"
	whereStr     = " while getting the str of an object"
)

// enterCall counts one level of recursion that is not a Python frame,
// where CPython counts one (calling a class or an instance, repr, str,
// comparisons, isinstance hooks...): CPython 3.11 checks these against
// the same limit as frames, so the depth at which RecursionError strikes,
// and its message, depend on them. Pair with leaveRecursive.
func (t *Thread) enterCall(where string) error {
	if t.depth >= t.interp.recursionLimit {
		return NewError(RecursionError, "maximum recursion depth exceeded"+where)
	}
	t.depth++
	return nil
}

// enterRecursive guards Go-level recursion (repr, comparison and hashing
// of nested containers) with the same limit as Python calls, so no
// Python program can exhaust the Go stack.
func (t *Thread) enterRecursive() error {
	if t.depth >= t.interp.recursionLimit+50 {
		return NewError(RecursionError, "maximum recursion depth exceeded in comparison")
	}
	t.depth++
	return nil
}

func (t *Thread) leaveRecursive() { t.depth-- }
