package vm

import (
	"fmt"
	"math/big"

	"github.com/go-python/gpython/py"
)

// Ranges whose bounds are small are *py.Range values (int64 fields, the
// representation the evaluation loop iterates without allocating). Any
// other range is a *bigRange with arbitrary-precision bounds, as CPython's
// ranges all are; both are instances of range and compare, hash and
// behave alike. rangeSmallLimit keeps every computation on a small
// range (its length, an item, a slice's bounds) inside int64.
const rangeSmallLimit = 1 << 60

// bigRange is a range whose start, stop or step is beyond
// ±rangeSmallLimit.
type bigRange struct {
	start, stop, step, length *big.Int
}

// Type implements py.Object.
func (r *bigRange) Type() *Type { return py.RangeType }

// longRangeIteratorType is the type of iterators of ranges whose items
// do not all fit a machine word, as CPython names it.
var longRangeIteratorType = newBuiltinType("longrange_iterator", "", nil)

// bigRangeIterator steps through a bigRange (either way).
type bigRangeIterator struct {
	next, step, remaining *big.Int
}

// Type implements py.Object.
func (it *bigRangeIterator) Type() *Type { return &longRangeIteratorType.Type }

// Next implements GoIterator.
func (it *bigRangeIterator) Next(t *Thread) (Object, bool, error) {
	if it.remaining.Sign() <= 0 {
		return nil, false, nil
	}
	r := NewBigInt(new(big.Int).Set(it.next))
	it.next.Add(it.next, it.step)
	it.remaining.Sub(it.remaining, bigOne)
	return r, true, nil
}

var bigOne = big.NewInt(1)

func init() {
	iterMethods(longRangeIteratorType)
	longRangeIteratorType.defMethod("__length_hint__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return NewBigInt(new(big.Int).Set(args[0].(*bigRangeIterator).remaining)), nil
	}, "")
}

// rangeLength is the number of items of range(start, stop, step).
func rangeLength(start, stop, step *big.Int) *big.Int {
	n := new(big.Int)
	switch step.Sign() {
	case 1:
		if start.Cmp(stop) < 0 {
			n.Sub(stop, start)
			n.Sub(n, bigOne)
			n.Quo(n, step)
			n.Add(n, bigOne)
		}
	case -1:
		if start.Cmp(stop) > 0 {
			n.Sub(start, stop)
			n.Sub(n, bigOne)
			n.Quo(n, new(big.Int).Neg(step))
			n.Add(n, bigOne)
		}
	}
	return n
}

// fitsSmallRange reports whether v is within ±rangeSmallLimit.
func fitsSmallRange(v *big.Int) bool {
	return v.IsInt64() && v.Int64() <= rangeSmallLimit && v.Int64() >= -rangeSmallLimit
}

// makeRange returns range(start, stop, step) (step not zero) in the
// representation its bounds call for.
func makeRange(start, stop, step *big.Int) Object {
	n := rangeLength(start, stop, step)
	if fitsSmallRange(start) && fitsSmallRange(stop) && fitsSmallRange(step) {
		return &py.Range{Start: py.Int(start.Int64()), Stop: py.Int(stop.Int64()), Step: py.Int(step.Int64()), Length: py.Int(n.Int64())}
	}
	return &bigRange{start: start, stop: stop, step: step, length: n}
}

// rangeParts returns a range's start, stop, step and length; the values
// must not be changed.
func rangeParts(o Object) (start, stop, step, length *big.Int) {
	switch r := o.(type) {
	case *py.Range:
		return big.NewInt(int64(r.Start)), big.NewInt(int64(r.Stop)), big.NewInt(int64(r.Step)), big.NewInt(int64(r.Length))
	case *bigRange:
		return r.start, r.stop, r.step, r.length
	}
	panic("rangeParts: not a range")
}

// bigRangeIter is iter() or, reversed, reversed() of a range: the
// machine-word iterator when every item fits one, as CPython chooses.
func bigRangeIter(o Object, reversed bool) Object {
	start, _, step, n := rangeParts(o)
	if reversed {
		// The last item, stepping back.
		last := new(big.Int).Sub(n, bigOne)
		last.Mul(last, step)
		last.Add(last, start)
		start, step = last, new(big.Int).Neg(step)
	}
	end := new(big.Int).Mul(n, step)
	end.Add(end, start)
	if start.IsInt64() && step.IsInt64() && n.IsInt64() && end.IsInt64() {
		return &rangeIterator{next: start.Int64(), step: step.Int64(), remaining: n.Int64(), total: n.Int64()}
	}
	return &bigRangeIterator{next: new(big.Int).Set(start), step: new(big.Int).Set(step), remaining: new(big.Int).Set(n)}
}

// bigRangeContains reports whether the integer v is an item of the range.
func bigRangeContains(o Object, v *big.Int) bool {
	start, stop, step, _ := rangeParts(o)
	if step.Sign() > 0 {
		if v.Cmp(start) < 0 || v.Cmp(stop) >= 0 {
			return false
		}
	} else if v.Cmp(start) > 0 || v.Cmp(stop) <= 0 {
		return false
	}
	d := new(big.Int).Sub(v, start)
	return d.Rem(d, step).Sign() == 0
}

// bigRangeItem is r[i] for an integer i (negative from the end).
func bigRangeItem(o Object, i *big.Int) (Object, error) {
	start, _, step, n := rangeParts(o)
	if i.Sign() < 0 {
		i = new(big.Int).Add(i, n)
	}
	if i.Sign() < 0 || i.Cmp(n) >= 0 {
		return nil, NewError(py.IndexError, "range object index out of range")
	}
	v := new(big.Int).Mul(i, step)
	return NewBigInt(v.Add(v, start)), nil
}

// bigSliceIndices is slice.indices for any length: the start, stop and
// step the slice selects, clamped as CPython clamps them.
func bigSliceIndices(t *Thread, s *py.Slice, n *big.Int) (start, stop, step *big.Int, err error) {
	step = big.NewInt(1)
	if s.Step != nil && s.Step != None {
		if step, err = sliceBound(t, s.Step); err != nil {
			return nil, nil, nil, err
		}
		if step.Sign() == 0 {
			return nil, nil, nil, NewError(py.ValueError, "slice step cannot be zero")
		}
	}
	lower, upper := big.NewInt(0), new(big.Int).Set(n)
	if step.Sign() < 0 {
		lower = big.NewInt(-1)
		upper.Sub(upper, bigOne)
	}
	bound := func(o Object, def *big.Int) (*big.Int, error) {
		if o == nil || o == None {
			return def, nil
		}
		v, err := sliceBound(t, o)
		if err != nil {
			return nil, err
		}
		if v.Sign() < 0 {
			v.Add(v, n)
			if v.Cmp(lower) < 0 {
				v.Set(lower)
			}
		} else if v.Cmp(upper) > 0 {
			v.Set(upper)
		}
		return v, nil
	}
	defStart, defStop := lower, upper
	if step.Sign() < 0 {
		defStart, defStop = upper, lower
	}
	if start, err = bound(s.Start, defStart); err != nil {
		return nil, nil, nil, err
	}
	if stop, err = bound(s.Stop, defStop); err != nil {
		return nil, nil, nil, err
	}
	return start, stop, step, nil
}

// sliceBound reads a slice bound as a (new) big.Int.
func sliceBound(t *Thread, o Object) (*big.Int, error) {
	if !hasIndex(o) {
		return nil, NewError(py.TypeError, "slice indices must be integers or None or have an __index__ method")
	}
	return IndexValue(t, o)
}

// rangeSlice is r[s]: the range of the selected items, its stop the
// item the slice's stop index names (CPython's choice, so that
// range(10)[1:9:3] is range(1, 9, 3)).
func rangeSlice(t *Thread, o Object, s *py.Slice) (Object, error) {
	rstart, _, rstep, n := rangeParts(o)
	start, stop, step, err := bigSliceIndices(t, s, n)
	if err != nil {
		return nil, err
	}
	nstart := new(big.Int).Mul(start, rstep)
	nstart.Add(nstart, rstart)
	nstop := new(big.Int).Mul(stop, rstep)
	nstop.Add(nstop, rstart)
	return makeRange(nstart, nstop, step.Mul(step, rstep)), nil
}

// rangesEqual is range == range: equal as sequences.
func rangesEqual(a, b Object) bool {
	as, _, astep, an := rangeParts(a)
	bs, _, bstep, bn := rangeParts(b)
	if an.Cmp(bn) != 0 {
		return false
	}
	if an.Sign() == 0 {
		return true
	}
	if as.Cmp(bs) != 0 {
		return false
	}
	return an.Cmp(bigOne) == 0 || astep.Cmp(bstep) == 0
}

// rangeReprOf is repr() of any range.
func rangeReprOf(o Object) string {
	start, stop, step, _ := rangeParts(o)
	if step.Cmp(bigOne) == 0 {
		return fmt.Sprintf("range(%s, %s)", start, stop)
	}
	return fmt.Sprintf("range(%s, %s, %s)", start, stop, step)
}
