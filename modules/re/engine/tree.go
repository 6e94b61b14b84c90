package engine

// The parse tree: what CPython's re._parser builds (a list of (opcode,
// argument) pairs per subpattern), as Go values. The compiler reads it,
// and so do the optimizations that CPython's parser makes (common prefixes
// of alternatives, alternatives of single characters as sets), which
// compare items for equality the way Python compares the tuples.

// node is one item of a subpattern.
type node struct {
	op int
	// arg: the character of LITERAL and NOT_LITERAL, the group of
	// GROUPREF and GROUPREF_EXISTS, the code of AT.
	arg uint32
	// set: the members of IN.
	set []setItem
	// min, max: the bounds of MIN_REPEAT, MAX_REPEAT, POSSESSIVE_REPEAT.
	min, max int64
	// sub: the repeated item, the body of SUBPATTERN, ATOMIC_GROUP and
	// ASSERT(_NOT), the "yes" branch of GROUPREF_EXISTS.
	sub *subPattern
	// no: the "no" branch of GROUPREF_EXISTS (nil when there is none).
	no *subPattern
	// group: the group number of SUBPATTERN, or -1 for none.
	group              int
	addFlags, delFlags int
	// dir: 1 for a lookahead, -1 for a lookbehind.
	dir int
	// branches: the alternatives of BRANCH.
	branches []*subPattern
}

// setItem is one member of a character set: LITERAL lo, RANGE lo-hi,
// RANGE_UNI_IGNORE lo-hi, CATEGORY lo, NEGATE, or (after optimization)
// CHARSET and BIGCHARSET with their code words.
type setItem struct {
	op     int
	lo, hi uint32
	words  []uint32
}

// subPattern is a sequence of nodes, with the parser state it belongs to
// (group widths are needed to compute widths).
type subPattern struct {
	state    *parseState
	data     []*node
	width    [2]int64
	hasWidth bool
}

// equalNodes reports whether two items compare equal as CPython's parser
// compares them: by value for single characters, sets, positions and
// group references; items holding subpatterns compare by identity.
func equalNodes(a, b *node) bool {
	if a == b {
		return true
	}
	if a.op != b.op {
		return false
	}
	switch a.op {
	case opLiteral, opNotLiteral, opAt, opGroupref:
		return a.arg == b.arg
	case opAny:
		return true
	case opIn:
		if len(a.set) != len(b.set) {
			return false
		}
		for i := range a.set {
			if !equalSetItems(a.set[i], b.set[i]) {
				return false
			}
		}
		return true
	}
	return false
}

func equalSetItems(a, b setItem) bool {
	return a.op == b.op && a.lo == b.lo && a.hi == b.hi
}

// uniqSet removes repeated members, keeping the first of each.
func uniqSet(items []setItem) []setItem {
	out := items[:0:0]
	for _, it := range items {
		dup := false
		for _, o := range out {
			if equalSetItems(o, it) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, it)
		}
	}
	return out
}

// widthCap bounds intermediate width computations; widths at or beyond
// MaxRepeat all mean "unbounded" in the end.
const widthCap = int64(1) << 40

func addWidth(a, b int64) int64 {
	if a+b > widthCap {
		return widthCap
	}
	return a + b
}

func mulWidth(a, b int64) int64 {
	if a == 0 || b == 0 {
		return 0
	}
	if a > widthCap/b {
		return widthCap
	}
	return a * b
}

// getWidth returns the smallest and largest number of characters the
// subpattern can match, as CPython's SubPattern.getwidth computes them.
func (p *subPattern) getWidth() (int64, int64) {
	if p.hasWidth {
		return p.width[0], p.width[1]
	}
	var lo, hi int64
loop:
	for _, n := range p.data {
		switch n.op {
		case opBranch:
			i, j := int64(MaxRepeat-1), int64(0)
			for _, b := range n.branches {
				l, h := b.getWidth()
				i = min(i, l)
				j = max(j, h)
			}
			lo, hi = addWidth(lo, i), addWidth(hi, j)
		case opAtomicGroup, opSubpattern:
			i, j := n.sub.getWidth()
			lo, hi = addWidth(lo, i), addWidth(hi, j)
		case opMinRepeat, opMaxRepeat, opPossessiveRepeat:
			i, j := n.sub.getWidth()
			lo, hi = addWidth(lo, mulWidth(i, n.min)), addWidth(hi, mulWidth(j, n.max))
		case opAny, opRange, opIn, opLiteral, opNotLiteral, opCategory:
			lo, hi = addWidth(lo, 1), addWidth(hi, 1)
		case opGroupref:
			w := p.state.groupWidths[n.arg]
			lo, hi = addWidth(lo, w[0]), addWidth(hi, w[1])
		case opGrouprefExists:
			i, j := n.sub.getWidth()
			if n.no != nil {
				l, h := n.no.getWidth()
				i = min(i, l)
				j = max(j, h)
			} else {
				i = 0
			}
			lo, hi = addWidth(lo, i), addWidth(hi, j)
		case opSuccess:
			break loop
		}
	}
	p.width = [2]int64{min(lo, MaxRepeat-1), min(hi, MaxRepeat)}
	p.hasWidth = true
	return p.width[0], p.width[1]
}
