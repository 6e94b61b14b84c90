package vm

import (
	"github.com/go-python/gpython/py"
)

// list.sort is CPython's adaptive merge sort ("timsort", with 3.11's
// powersort merge policy), implemented here so that a program sees the
// same sequence of __lt__ calls CPython makes: the order of comparisons
// is observable (through side effects, through which pair an error names,
// and through the state an exception leaves the list in), so a different
// stable sort would not do.
//
// Outline: the list is cut into natural runs (a strictly descending run is
// reversed in place), each short run is extended to a minimum length by
// binary insertion, and runs are merged pairwise, galloping when one run
// keeps winning.
//
// The algorithm permutes an array of indices rather than the items: moving
// integers costs no garbage-collector write barriers, and applying the
// final (or, after an exception, the partial) permutation leaves the list
// exactly as CPython's in-place moves would.

// minGallop is the initial number of consecutive wins by one run after
// which a merge switches to galloping.
const minGallop = 7

// sortRun is a pending run on the merge stack: start, length and its
// powersort "power" (the depth of its boundary in a binary division of
// the list).
type sortRun struct {
	base, n int
	power   int
}

type sorter struct {
	t    *Thread
	keys []Object // compared, never moved
	// idx is the permutation being sorted: position i holds the key
	// keys[idx[i]].
	idx       []int32
	less      func(a, b Object) (bool, error)
	minGallop int
	runs      []sortRun
	tmp       []int32
}

// lt compares two keys with the sorter's comparison.
func (s *sorter) lt(a, b Object) (bool, error) { return s.less(a, b) }

// at is the key at position i.
func (s *sorter) at(i int) Object { return s.keys[s.idx[i]] }

// move copies n positions from src to dst (overlap handled as memmove).
func (s *sorter) move(dst, src, n int) { copy(s.idx[dst:dst+n], s.idx[src:src+n]) }

func (s *sorter) reverse(lo, hi int) {
	for hi--; lo < hi; lo, hi = lo+1, hi-1 {
		s.idx[lo], s.idx[hi] = s.idx[hi], s.idx[lo]
	}
}

// minRun is the length short runs are extended to: between 32 and 64,
// chosen so that n/minRun is a power of two or slightly less.
func minRun(n int) int {
	odd := 0
	for n >= 64 {
		odd |= n & 1
		n >>= 1
	}
	return n + odd
}

// countRun returns the length of the run starting at lo (ending before
// hi) and whether it is strictly descending.
func (s *sorter) countRun(lo, hi int) (int, bool, error) {
	if lo+1 == hi {
		return 1, false, nil
	}
	n := 2
	desc, err := s.lt(s.at(lo+1), s.at(lo))
	if err != nil {
		return 0, false, err
	}
	for i := lo + 2; i < hi; i++ {
		below, err := s.lt(s.at(i), s.at(i-1))
		if err != nil {
			return 0, false, err
		}
		if below != desc {
			break
		}
		n++
	}
	return n, desc, nil
}

// binaryInsert sorts [lo, hi) given that [lo, start) is sorted, placing
// each further item after the last one not greater than it.
func (s *sorter) binaryInsert(lo, hi, start int) error {
	if start == lo {
		start++
	}
	for ; start < hi; start++ {
		pivot, pi := s.at(start), s.idx[start]
		l, r := lo, start
		for l < r {
			mid := l + (r-l)>>1
			below, err := s.lt(pivot, s.at(mid))
			if err != nil {
				return err
			}
			if below {
				r = mid
			} else {
				l = mid + 1
			}
		}
		s.move(l+1, l, start-l)
		s.idx[l] = pi
	}
	return nil
}

// gallopLeft finds where key belongs in the sorted a (before any equal
// items), starting the search at hint.
func (s *sorter) gallopLeft(key Object, a []int32, hint int) (int, error) {
	n := len(a)
	last, ofs := 0, 1
	below, err := s.lt(s.keys[a[hint]], key)
	if err != nil {
		return 0, err
	}
	if below {
		// a[hint] < key: probe right at hint+1, hint+3, hint+7...
		limit := n - hint
		for ofs < limit {
			b, err := s.lt(s.keys[a[hint+ofs]], key)
			if err != nil {
				return 0, err
			}
			if !b {
				break
			}
			last, ofs = ofs, ofs<<1+1
		}
		ofs = min(ofs, limit)
		last, ofs = last+hint, ofs+hint
	} else {
		// key <= a[hint]: probe left.
		limit := hint + 1
		for ofs < limit {
			b, err := s.lt(s.keys[a[hint-ofs]], key)
			if err != nil {
				return 0, err
			}
			if b {
				break
			}
			last, ofs = ofs, ofs<<1+1
		}
		ofs = min(ofs, limit)
		last, ofs = hint-ofs, hint-last
	}
	// a[last] < key <= a[ofs]: binary search between.
	for last++; last < ofs; {
		mid := last + (ofs-last)>>1
		b, err := s.lt(s.keys[a[mid]], key)
		if err != nil {
			return 0, err
		}
		if b {
			last = mid + 1
		} else {
			ofs = mid
		}
	}
	return ofs, nil
}

// gallopRight finds where key belongs in the sorted a (after any equal
// items), starting the search at hint.
func (s *sorter) gallopRight(key Object, a []int32, hint int) (int, error) {
	n := len(a)
	last, ofs := 0, 1
	below, err := s.lt(key, s.keys[a[hint]])
	if err != nil {
		return 0, err
	}
	if below {
		// key < a[hint]: probe left.
		limit := hint + 1
		for ofs < limit {
			b, err := s.lt(key, s.keys[a[hint-ofs]])
			if err != nil {
				return 0, err
			}
			if !b {
				break
			}
			last, ofs = ofs, ofs<<1+1
		}
		ofs = min(ofs, limit)
		last, ofs = hint-ofs, hint-last
	} else {
		// a[hint] <= key: probe right.
		limit := n - hint
		for ofs < limit {
			b, err := s.lt(key, s.keys[a[hint+ofs]])
			if err != nil {
				return 0, err
			}
			if b {
				break
			}
			last, ofs = ofs, ofs<<1+1
		}
		ofs = min(ofs, limit)
		last, ofs = last+hint, ofs+hint
	}
	for last++; last < ofs; {
		mid := last + (ofs-last)>>1
		b, err := s.lt(key, s.keys[a[mid]])
		if err != nil {
			return 0, err
		}
		if b {
			ofs = mid
		} else {
			last = mid + 1
		}
	}
	return ofs, nil
}

// runPower is the powersort priority of the boundary between the run
// [s1, s1+n1) and the one of length n2 after it, in a list of length n:
// the first bit at which the binary expansions of the two runs'
// midpoints (as fractions of n) differ.
func runPower(s1, n1, n2, n int) int {
	a := 2*s1 + n1 // twice the first midpoint
	b := a + n1 + n2
	p := 0
	for {
		p++
		if a >= n {
			a -= n
			b -= n
		} else if b >= n {
			return p
		}
		a <<= 1
		b <<= 1
	}
}

// pushRun records a new run, first merging pending runs whose boundary
// power exceeds the new boundary's.
func (s *sorter) pushRun(base, n int) error {
	if k := len(s.runs); k > 0 {
		prev := s.runs[k-1]
		p := runPower(prev.base, prev.n, n, len(s.keys))
		for len(s.runs) > 1 && s.runs[len(s.runs)-2].power > p {
			if err := s.mergeAt(len(s.runs) - 2); err != nil {
				return err
			}
		}
		s.runs[len(s.runs)-1].power = p
	}
	s.runs = append(s.runs, sortRun{base: base, n: n})
	return nil
}

// mergeAll merges the remaining runs, from the top of the stack.
func (s *sorter) mergeAll() error {
	for len(s.runs) > 1 {
		i := len(s.runs) - 2
		if i > 0 && s.runs[i-1].n < s.runs[i+1].n {
			i--
		}
		if err := s.mergeAt(i); err != nil {
			return err
		}
	}
	return nil
}

// mergeAt merges runs i and i+1 of the stack.
func (s *sorter) mergeAt(i int) error {
	a, b := s.runs[i], s.runs[i+1]
	s.runs[i].n = a.n + b.n
	s.runs = append(s.runs[:i+1], s.runs[i+2:]...)
	// Items of a already below b's first item stay where they are.
	k, err := s.gallopRight(s.at(b.base), s.idx[a.base:a.base+a.n], 0)
	if err != nil {
		return err
	}
	pa, na := a.base+k, a.n-k
	if na == 0 {
		return nil
	}
	// Items of b above a's last item stay too.
	nb, err := s.gallopLeft(s.at(pa+na-1), s.idx[b.base:b.base+b.n], b.n-1)
	if err != nil || nb == 0 {
		return err
	}
	if na <= nb {
		return s.mergeLo(pa, na, b.base, nb)
	}
	return s.mergeHi(pa, na, b.base, nb)
}

// saveTmp copies n positions at pos into the temporary array.
func (s *sorter) saveTmp(pos, n int) { s.tmp = append(s.tmp[:0], s.idx[pos:pos+n]...) }

// fromTmp copies n temporary positions from index i to position dst.
func (s *sorter) fromTmp(dst, i, n int) { copy(s.idx[dst:dst+n], s.tmp[i:i+n]) }

// tk is the key of temporary position i.
func (s *sorter) tk(i int) Object { return s.keys[s.tmp[i]] }

// mergeLo merges the adjacent runs [pa, pa+na) and [pb, pb+nb), na <= nb,
// working from the left with a copied to the temporary arrays. Whatever
// happens, every item ends up back in the list.
func (s *sorter) mergeLo(pa, na, pb, nb int) (err error) {
	s.saveTmp(pa, na)
	ia := 0        // next item of a, in tmp
	dest := pa     // next position written
	defer func() { // on success or failure, a's leftovers go back
		if na > 0 {
			s.fromTmp(dest, ia, na)
		}
	}()
	s.move(dest, pb, 1)
	dest, pb, nb = dest+1, pb+1, nb-1
	if nb == 0 {
		return nil
	}
	if na == 1 {
		goto copyB
	}
	for {
		acount, bcount := 0, 0
		// One item at a time until a run wins minGallop times in a row.
		for {
			below, err := s.lt(s.at(pb), s.tk(ia))
			if err != nil {
				return err
			}
			if below {
				s.move(dest, pb, 1)
				dest, pb, nb = dest+1, pb+1, nb-1
				bcount++
				acount = 0
				if nb == 0 {
					return nil
				}
				if bcount >= s.minGallop {
					break
				}
			} else {
				s.fromTmp(dest, ia, 1)
				dest, ia, na = dest+1, ia+1, na-1
				acount++
				bcount = 0
				if na == 1 {
					goto copyB
				}
				if acount >= s.minGallop {
					break
				}
			}
		}
		// Galloping: copy whole stretches while that keeps paying.
		s.minGallop++
		for {
			if s.minGallop > 1 {
				s.minGallop--
			}
			k, err := s.gallopRight(s.at(pb), s.tmp[ia:ia+na], 0)
			if err != nil {
				return err
			}
			acount = k
			if k > 0 {
				s.fromTmp(dest, ia, k)
				dest, ia, na = dest+k, ia+k, na-k
				if na == 1 {
					goto copyB
				}
				if na == 0 {
					return nil
				}
			}
			s.move(dest, pb, 1)
			dest, pb, nb = dest+1, pb+1, nb-1
			if nb == 0 {
				return nil
			}
			k, err = s.gallopLeft(s.tk(ia), s.idx[pb:pb+nb], 0)
			if err != nil {
				return err
			}
			bcount = k
			if k > 0 {
				s.move(dest, pb, k)
				dest, pb, nb = dest+k, pb+k, nb-k
				if nb == 0 {
					return nil
				}
			}
			s.fromTmp(dest, ia, 1)
			dest, ia, na = dest+1, ia+1, na-1
			if na == 1 {
				goto copyB
			}
			if acount < minGallop && bcount < minGallop {
				break
			}
		}
		s.minGallop++ // leaving gallop mode costs
	}
copyB:
	// a's last item belongs after the rest of b.
	s.move(dest, pb, nb)
	s.fromTmp(dest+nb, ia, 1)
	na = 0
	return nil
}

// mergeHi is mergeLo from the right, for na > nb, with b copied out.
func (s *sorter) mergeHi(pa, na, pb, nb int) (err error) {
	s.saveTmp(pb, nb)
	ib := nb - 1        // last unmerged item of b, in tmp
	ia := pa + na - 1   // last unmerged item of a, in the list
	dest := pb + nb - 1 // next position written, moving left
	defer func() {      // b's leftovers (tmp[0:nb]) go back
		if nb > 0 {
			s.fromTmp(dest-nb+1, 0, nb)
		}
	}()
	s.move(dest, ia, 1)
	dest, ia, na = dest-1, ia-1, na-1
	if na == 0 {
		return nil
	}
	if nb == 1 {
		goto copyA
	}
	for {
		acount, bcount := 0, 0
		for {
			below, err := s.lt(s.tk(ib), s.at(ia))
			if err != nil {
				return err
			}
			if below {
				s.move(dest, ia, 1)
				dest, ia, na = dest-1, ia-1, na-1
				acount++
				bcount = 0
				if na == 0 {
					return nil
				}
				if acount >= s.minGallop {
					break
				}
			} else {
				s.fromTmp(dest, ib, 1)
				dest, ib, nb = dest-1, ib-1, nb-1
				bcount++
				acount = 0
				if nb == 1 {
					goto copyA
				}
				if bcount >= s.minGallop {
					break
				}
			}
		}
		s.minGallop++
		for {
			if s.minGallop > 1 {
				s.minGallop--
			}
			k, err := s.gallopRight(s.tk(ib), s.idx[pa:pa+na], na-1)
			if err != nil {
				return err
			}
			k = na - k
			acount = k
			if k > 0 {
				dest, ia = dest-k, ia-k
				s.move(dest+1, ia+1, k)
				na -= k
				if na == 0 {
					return nil
				}
			}
			s.fromTmp(dest, ib, 1)
			dest, ib, nb = dest-1, ib-1, nb-1
			if nb == 1 {
				goto copyA
			}
			k, err = s.gallopLeft(s.at(ia), s.tmp[:nb], nb-1)
			if err != nil {
				return err
			}
			k = nb - k
			bcount = k
			if k > 0 {
				dest, ib = dest-k, ib-k
				s.fromTmp(dest+1, ib+1, k)
				nb -= k
				if nb == 1 {
					goto copyA
				}
				if nb == 0 {
					return nil
				}
			}
			s.move(dest, ia, 1)
			dest, ia, na = dest-1, ia-1, na-1
			if na == 0 {
				return nil
			}
			if acount < minGallop && bcount < minGallop {
				break
			}
		}
		s.minGallop++
	}
copyA:
	// b's first item belongs before the rest of a.
	dest, ia = dest-na, ia-na
	s.move(dest+1, ia+1, na)
	s.fromTmp(dest, 0, 1)
	nb = 0
	return nil
}

// sortSlices sorts keys, applying the same permutation to vals (nil
// without a key function). After an error both hold the partial result.
func sortSlices(t *Thread, keys, vals []Object) error {
	n := len(keys)
	if n < 2 {
		return nil
	}
	s := &sorter{t: t, keys: keys, idx: make([]int32, n), minGallop: minGallop, less: pickLess(t, keys)}
	for i := range s.idx {
		s.idx[i] = int32(i)
	}
	err := s.sort()
	identity := true
	for i, j := range s.idx {
		if int(j) != i {
			identity = false
			break
		}
	}
	if identity {
		return err
	}
	permute := func(a []Object) {
		out := make([]Object, n)
		for i, j := range s.idx {
			out[i] = a[j]
		}
		copy(a, out)
	}
	if vals != nil {
		permute(vals)
	}
	permute(keys)
	return err
}

func (s *sorter) sort() error {
	n := len(s.keys)
	mr := minRun(n)
	for lo := 0; lo < n; {
		rn, desc, err := s.countRun(lo, n)
		if err != nil {
			return err
		}
		if desc {
			s.reverse(lo, lo+rn)
		}
		if rn < mr {
			force := min(n-lo, mr)
			if err := s.binaryInsert(lo, lo+force, lo+rn); err != nil {
				return err
			}
			rn = force
		}
		if err := s.pushRun(lo, rn); err != nil {
			return err
		}
		lo += rn
	}
	return s.mergeAll()
}

// pickLess chooses the comparison: when every key has the same class
// defined in Python, its __lt__ is called directly first, and only a
// NotImplemented result goes through the full protocol (so such a
// __lt__ runs twice), as in CPython.
func pickLess(t *Thread, keys []Object) func(a, b Object) (bool, error) {
	generic := func(a, b Object) (bool, error) { return Less(t, a, b) }
	first, ok := keys[0].(*Instance)
	if !ok {
		return generic
	}
	for _, k := range keys[1:] {
		if inst, ok := k.(*Instance); !ok || inst.cls != first.cls {
			return generic
		}
	}
	ltm := first.cls.special(spLt)
	if _, builtin := ltm.(*MethodDescr); ltm == nil || builtin {
		return generic
	}
	return func(a, b Object) (bool, error) {
		r, err := callMethod(t, ltm, a, []Object{b}, nil)
		if err != nil {
			return false, err
		}
		if r == NotImplemented {
			return Less(t, a, b)
		}
		if bv, ok := r.(py.Bool); ok {
			return bool(bv), nil
		}
		return Truth(t, r)
	}
}
