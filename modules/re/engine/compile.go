package engine

import (
	"bytes"
	"fmt"
)

// The compiler turns a parse tree into a program: a slice of 32-bit code
// words laid out exactly as CPython 3.11's sre lays them out, with the same
// optimizations (an INFO block with the pattern's width and a literal
// prefix or a set of first characters, single-character repeats, sets as
// bitmaps), so that the program for a pattern is identical to CPython's.

// Program is a compiled pattern.
type Program struct {
	Code []uint32
	// Flags: the pattern's flags, including inline global flags and the
	// UNICODE flag str patterns get by default.
	Flags int
	// Groups is the number of capturing groups.
	Groups int
	// Names lists the named groups in order of definition; Index maps
	// them to their numbers.
	Names   []string
	Index   map[string]int
	IsBytes bool
	// GroupNames[i] is the name of group i, or "" (index 0 unused).
	GroupNames []string
	// Marks is the number of group marks the code sets (2*Groups, more
	// for a lexicon whose phrases have groups of their own).
	Marks int
}

// Compile parses and compiles a pattern; see Parse.
func Compile(src []rune, isBytes bool, flags int, opts ParseOptions) (*Program, []Warning, error) {
	tree, warnings, err := Parse(src, isBytes, flags, opts)
	if err != nil {
		return nil, warnings, err
	}
	prog, err := tree.Compile(flags)
	return prog, warnings, err
}

// Compile compiles a parsed pattern; flags are the flags it was parsed
// with.
func (t *Tree) Compile(flags int) (prog *Program, err error) {
	return t.compile(flags, false)
}

// compileChecked compiles and checks that every group the code refers to
// exists, as CPython's validation of compiled code does.
func (t *Tree) compileChecked(flags int) (prog *Program, err error) {
	return t.compile(flags, true)
}

func (t *Tree) compile(flags int, check bool) (prog *Program, err error) {
	defer catch(&err)
	flags |= t.Flags
	c := &compiler{}
	c.info(t.p, flags)
	c.compile(t.p.data, flags)
	c.emit(opSuccess)
	if check && (c.marks > 2*t.Groups+2 || c.maxRef > t.Groups) {
		return nil, &Error{Kind: KindRuntime, Msg: "invalid SRE code", Pos: -1}
	}
	names := make([]string, t.Groups+1)
	for name, i := range t.Index {
		names[i] = name
	}
	return &Program{Code: c.code, Flags: flags, Groups: t.Groups, Names: t.Names, Index: t.Index, IsBytes: t.IsBytes, GroupNames: names, Marks: max(c.marks, 2*t.Groups)}, nil
}

type compiler struct {
	code  []uint32
	marks int
	// maxRef is the largest group number a reference names.
	maxRef int
}

func (c *compiler) emit(words ...uint32) { c.code = append(c.code, words...) }

// hole emits a placeholder for a skip and returns its position.
func (c *compiler) hole() int {
	c.code = append(c.code, 0)
	return len(c.code) - 1
}

// fill sets the skip at pos to reach the current end.
func (c *compiler) fill(pos int) { c.code[pos] = uint32(len(c.code) - pos) }

func combineFlags(flags, add, del int) int {
	if add&typeFlags != 0 {
		flags &^= typeFlags
	}
	return (flags | add) &^ del
}

// caseFuncs returns the case functions for ignoring case under flags:
// nil when case matters or the locale decides it.
func caseFuncs(flags int) (iscased func(uint32) bool, tolower func(uint32) uint32, fixes map[uint32][]uint32) {
	if flags&FlagIgnoreCase != 0 && flags&FlagLocale == 0 {
		if flags&FlagUnicode != 0 {
			return isCasedUnicode, lowerUnicode, extraCases
		}
		return isCasedASCII, lowerASCII, nil
	}
	return nil, nil, nil
}

func (c *compiler) compile(pattern []*node, flags int) {
	iscased, tolower, fixes := caseFuncs(flags)
	for _, n := range pattern {
		switch n.op {
		case opLiteral, opNotLiteral:
			switch {
			case flags&FlagIgnoreCase == 0:
				c.emit(uint32(n.op), n.arg)
			case flags&FlagLocale != 0:
				op := opLiteralLocIgnore
				if n.op == opNotLiteral {
					op = opNotLiteralLocIgnore
				}
				c.emit(uint32(op), n.arg)
			case !iscased(n.arg):
				c.emit(uint32(n.op), n.arg)
			default:
				lo := tolower(n.arg)
				if fixes == nil {
					op := opLiteralIgnore
					if n.op == opNotLiteral {
						op = opNotLiteralIgnore
					}
					c.emit(uint32(op), lo)
				} else if extra, ok := fixes[lo]; !ok {
					op := opLiteralUniIgnore
					if n.op == opNotLiteral {
						op = opNotLiteralUniIgnore
					}
					c.emit(uint32(op), lo)
				} else {
					c.emit(opInUniIgnore)
					skip := c.hole()
					if n.op == opNotLiteral {
						c.emit(opNegate)
					}
					c.emit(opLiteral, lo)
					for _, k := range extra {
						c.emit(opLiteral, k)
					}
					c.emit(opFailure)
					c.fill(skip)
				}
			}
		case opIn:
			charset, hascased := optimizeCharset(n.set, iscased, tolower, fixes)
			switch {
			case flags&FlagIgnoreCase != 0 && flags&FlagLocale != 0:
				c.emit(opInLocIgnore)
			case !hascased:
				c.emit(opIn)
			case fixes == nil:
				c.emit(opInIgnore)
			default:
				c.emit(opInUniIgnore)
			}
			skip := c.hole()
			c.charset(charset, flags)
			c.fill(skip)
		case opAny:
			if flags&FlagDotAll != 0 {
				c.emit(opAnyAll)
			} else {
				c.emit(opAny)
			}
		case opMinRepeat, opMaxRepeat, opPossessiveRepeat:
			if flags&FlagTemplate != 0 {
				bail(KindError, "internal: unsupported template operator "+opNames[n.op], -1)
			}
			var repeat, until, one uint32
			switch n.op {
			case opMinRepeat:
				repeat, until, one = opRepeat, opMinUntil, opMinRepeatOne
			case opMaxRepeat:
				repeat, until, one = opRepeat, opMaxUntil, opRepeatOne
			default:
				repeat, until, one = opPossessiveRepeat, opSuccess, opPossessiveRepeatOne
			}
			if simple(n.sub) {
				c.emit(one)
				skip := c.hole()
				c.emit(uint32(n.min), uint32(n.max))
				c.compile(n.sub.data, flags)
				c.emit(opSuccess)
				c.fill(skip)
			} else {
				c.emit(repeat)
				skip := c.hole()
				c.emit(uint32(n.min), uint32(n.max))
				c.compile(n.sub.data, flags)
				c.fill(skip)
				c.emit(until)
			}
		case opSubpattern:
			if n.group > 0 {
				c.emit(opMark, uint32((n.group-1)*2))
				c.marks = max(c.marks, n.group*2)
			}
			c.compile(n.sub.data, combineFlags(flags, n.addFlags, n.delFlags))
			if n.group > 0 {
				c.emit(opMark, uint32((n.group-1)*2+1))
			}
		case opAtomicGroup:
			c.emit(opAtomicGroup)
			skip := c.hole()
			c.compile(n.sub.data, flags)
			c.emit(opSuccess)
			c.fill(skip)
		case opSuccess, opFailure:
			c.emit(uint32(n.op))
		case opAssert, opAssertNot:
			c.emit(uint32(n.op))
			skip := c.hole()
			if n.dir >= 0 {
				c.emit(0)
			} else {
				lo, hi := n.sub.getWidth()
				if lo != hi {
					bail(KindError, "look-behind requires fixed-width pattern", -1)
				}
				c.emit(uint32(lo))
			}
			c.compile(n.sub.data, flags)
			c.emit(opSuccess)
			c.fill(skip)
		case opAt:
			at := n.arg
			if flags&FlagMultiline != 0 {
				switch at {
				case atBeginning:
					at = atBeginningLine
				case atEnd:
					at = atEndLine
				}
			}
			if flags&FlagLocale != 0 {
				switch at {
				case atBoundary:
					at = atLocBoundary
				case atNonBoundary:
					at = atLocNonBoundary
				}
			} else if flags&FlagUnicode != 0 {
				switch at {
				case atBoundary:
					at = atUniBoundary
				case atNonBoundary:
					at = atUniNonBoundary
				}
			}
			c.emit(opAt, at)
		case opBranch:
			c.emit(opBranch)
			var tails []int
			for _, b := range n.branches {
				skip := c.hole()
				c.compile(b.data, flags)
				c.emit(opJump)
				tails = append(tails, c.hole())
				c.fill(skip)
			}
			c.emit(opFailure)
			for _, t := range tails {
				c.fill(t)
			}
		case opGroupref:
			switch {
			case flags&FlagIgnoreCase == 0:
				c.emit(opGroupref)
			case flags&FlagLocale != 0:
				c.emit(opGrouprefLocIgnore)
			case fixes == nil:
				c.emit(opGrouprefIgnore)
			default:
				c.emit(opGrouprefUniIgnore)
			}
			c.emit(n.arg - 1)
			c.maxRef = max(c.maxRef, int(n.arg))
		case opGrouprefExists:
			c.emit(opGrouprefExists, n.arg-1)
			c.maxRef = max(c.maxRef, int(n.arg))
			skipYes := c.hole()
			c.compile(n.sub.data, flags)
			if n.no != nil && len(n.no.data) > 0 {
				c.emit(opJump)
				skipNo := c.hole()
				c.code[skipYes] = uint32(len(c.code) - skipYes + 1)
				c.compile(n.no.data, flags)
				c.fill(skipNo)
			} else {
				c.code[skipYes] = uint32(len(c.code) - skipYes + 1)
			}
		default:
			bail(KindError, fmt.Sprintf("internal: unsupported operand type %s", opNames[n.op]), -1)
		}
	}
}

// categoryFor maps a category to its locale or Unicode variant.
func categoryFor(cat uint32, flags int) uint32 {
	if flags&FlagLocale != 0 {
		switch cat {
		case catWord:
			return catLocWord
		case catNotWord:
			return catLocNotWord
		}
		return cat
	}
	if flags&FlagUnicode != 0 {
		switch cat {
		case catDigit:
			return catUniDigit
		case catNotDigit:
			return catUniNotDigit
		case catSpace:
			return catUniSpace
		case catNotSpace:
			return catUniNotSpace
		case catWord:
			return catUniWord
		case catNotWord:
			return catUniNotWord
		case catLinebreak:
			return catUniLinebreak
		case catNotLinebreak:
			return catUniNotLinebreak
		}
	}
	return cat
}

func (c *compiler) charset(set []setItem, flags int) {
	for _, it := range set {
		c.emit(uint32(it.op))
		switch it.op {
		case opNegate:
		case opLiteral:
			c.emit(it.lo)
		case opRange, opRangeUniIgnore:
			c.emit(it.lo, it.hi)
		case opCharset, opBigCharset:
			c.emit(it.words...)
		case opCategory:
			c.emit(categoryFor(it.lo, flags))
		default:
			bail(KindError, "internal: unsupported set operator "+opNames[it.op], -1)
		}
	}
	c.emit(opFailure)
}

// optimizeCharset rewrites a set as CPython's compiler does: with the
// case mapping applied when case is ignored, as at most two
// literals/ranges when possible, else as a bitmap; members beyond the
// bitmap (categories, characters past U+FFFF) follow it. It also reports
// whether any member has case.
func optimizeCharset(set []setItem, iscased func(uint32) bool, fixup func(uint32) uint32, fixes map[uint32][]uint32) ([]setItem, bool) {
	var out, tail []setItem
	charmap := make([]byte, 256)
	hascased := false
	// mark adds c to the map, or reports that the map is too small.
	mark := func(c uint32) bool {
		if int(c) >= len(charmap) {
			return false
		}
		charmap[c] = 1
		return true
	}
	markFixes := func(c uint32) bool {
		for _, k := range fixes[c] {
			if !mark(k) {
				return false
			}
		}
		return true
	}
	for _, it := range set {
		op := it.op
		for {
			overflow := false
			switch op {
			case opLiteral:
				if fixup != nil {
					lo := fixup(it.lo)
					if !mark(lo) {
						overflow = true
						break
					}
					if !markFixes(lo) {
						overflow = true
						break
					}
					if !hascased && iscased(it.lo) {
						hascased = true
					}
				} else {
					if int(it.lo) >= len(charmap) {
						overflow = true
						break
					}
					charmap[it.lo] = 1
				}
			case opRange:
				if fixup != nil {
					for r := it.lo; r <= it.hi; r++ {
						i := fixup(r)
						if !mark(i) || !markFixes(i) {
							overflow = true
							break
						}
					}
					if !overflow && !hascased {
						for r := it.lo; r <= it.hi; r++ {
							if iscased(r) {
								hascased = true
								break
							}
						}
					}
				} else {
					for r := it.lo; r <= it.hi; r++ {
						if int(r) >= len(charmap) {
							overflow = true
							break
						}
						charmap[r] = 1
					}
				}
			case opNegate:
				out = append(out, it)
			default:
				tail = append(tail, it)
			}
			if !overflow {
				break
			}
			if len(charmap) == 256 {
				// The set has characters past U+00FF: widen to the BMP
				// and start this member again.
				charmap = append(charmap, make([]byte, 0xff00)...)
				continue
			}
			// Characters past U+FFFF: keep the member as it is (the BMP
			// part of a range is in the map already).
			t := it
			if fixup != nil {
				hascased = true
				if op == opRange {
					t.op = opRangeUniIgnore
				}
			}
			tail = append(tail, t)
			break
		}
	}
	// Runs of members in the map.
	type run struct{ p, q int }
	var runs []run
	q := 0
	tooMany := false
	for {
		p := bytes.IndexByte(charmap[q:], 1)
		if p < 0 {
			break
		}
		p += q
		if len(runs) >= 2 {
			tooMany = true
			break
		}
		e := bytes.IndexByte(charmap[p:], 0)
		if e < 0 {
			runs = append(runs, run{p, len(charmap)})
			break
		}
		q = p + e
		runs = append(runs, run{p, q})
	}
	if !tooMany {
		for _, r := range runs {
			if r.q-r.p == 1 {
				out = append(out, setItem{op: opLiteral, lo: uint32(r.p)})
			} else {
				out = append(out, setItem{op: opRange, lo: uint32(r.p), hi: uint32(r.q - 1)})
			}
		}
		out = append(out, tail...)
		if hascased || len(out) < len(set) {
			return out, hascased
		}
		return set, hascased
	}
	if len(charmap) == 256 {
		out = append(out, setItem{op: opCharset, words: bitmap(charmap)})
		return append(out, tail...), hascased
	}
	// A big set: the BMP map cut into chunks of 256, identical chunks
	// shared; one word of chunk count, 256 bytes of chunk numbers (packed
	// four to a word, little-endian), then the chunks' bitmaps.
	var mapping [256]byte
	var data []byte
	blocks := map[string]int{}
	for i := 0; i < 65536; i += 256 {
		chunk := string(charmap[i : i+256])
		b, ok := blocks[chunk]
		if !ok {
			b = len(blocks)
			blocks[chunk] = b
			data = append(data, chunk...)
		}
		mapping[i/256] = byte(b)
	}
	words := []uint32{uint32(len(blocks))}
	for i := 0; i < 256; i += 4 {
		words = append(words, uint32(mapping[i])|uint32(mapping[i+1])<<8|uint32(mapping[i+2])<<16|uint32(mapping[i+3])<<24)
	}
	words = append(words, bitmap(data)...)
	out = append(out, setItem{op: opBigCharset, words: words})
	return append(out, tail...), hascased
}

// bitmap packs a map of 0/1 bytes into words, bit i of the map in bit
// i%32 of word i/32.
func bitmap(bits []byte) []uint32 {
	words := make([]uint32, (len(bits)+31)/32)
	for i, b := range bits {
		if b != 0 {
			words[i/32] |= 1 << (i % 32)
		}
	}
	return words
}

// simple reports whether a repeated item matches exactly one character,
// so that the repeat can count characters instead of backtracking.
func simple(p *subPattern) bool {
	if len(p.data) != 1 {
		return false
	}
	n := p.data[0]
	if n.op == opSubpattern {
		return n.group < 0 && simple(n.sub)
	}
	switch n.op {
	case opLiteral, opNotLiteral, opAny, opIn:
		return true
	}
	return false
}

// overlapTable is the table of the Knuth-Morris-Pratt search for prefix.
func overlapTable(prefix []uint32) []uint32 {
	table := make([]uint32, len(prefix))
	for i := 1; i < len(prefix); i++ {
		idx := table[i-1]
		for {
			if prefix[i] == prefix[idx] {
				table[i] = idx + 1
				break
			}
			if idx == 0 {
				table[i] = 0
				break
			}
			idx = table[idx-1]
		}
	}
	return table
}

func isCasedFor(flags int) func(uint32) bool {
	if flags&FlagIgnoreCase == 0 {
		return nil
	}
	if flags&FlagUnicode != 0 {
		return isCasedUnicode
	}
	return isCasedASCII
}

// literalPrefix finds the literal characters every match starts with.
// skip is where the first group begins within them (-1: none), all
// whether the whole pattern is that literal.
func literalPrefix(p *subPattern, flags int) (prefix []uint32, skip int, all bool) {
	skip = -1
	iscased := isCasedFor(flags)
	for _, n := range p.data {
		switch n.op {
		case opLiteral:
			if iscased != nil && iscased(n.arg) {
				return prefix, skip, false
			}
			prefix = append(prefix, n.arg)
		case opSubpattern:
			flags1 := combineFlags(flags, n.addFlags, n.delFlags)
			if flags1&FlagIgnoreCase != 0 && flags1&FlagLocale != 0 {
				return prefix, skip, false
			}
			prefix1, skip1, all1 := literalPrefix(n.sub, flags1)
			if skip < 0 {
				if n.group >= 0 {
					skip = len(prefix)
				} else if skip1 >= 0 {
					skip = len(prefix) + skip1
				}
			}
			prefix = append(prefix, prefix1...)
			if !all1 {
				return prefix, skip, false
			}
		default:
			return prefix, skip, false
		}
	}
	return prefix, skip, true
}

// charsetPrefix finds the set the first character of every match is in;
// ok is false when there is none.
func charsetPrefix(p *subPattern, flags int) ([]setItem, bool) {
	var n *node
	for {
		if len(p.data) == 0 {
			return nil, false
		}
		n = p.data[0]
		if n.op != opSubpattern {
			break
		}
		flags = combineFlags(flags, n.addFlags, n.delFlags)
		p = n.sub
		if flags&FlagIgnoreCase != 0 && flags&FlagLocale != 0 {
			return nil, false
		}
	}
	iscased := isCasedFor(flags)
	switch n.op {
	case opLiteral:
		if iscased != nil && iscased(n.arg) {
			return nil, false
		}
		return []setItem{{op: opLiteral, lo: n.arg}}, true
	case opBranch:
		var set []setItem
		for _, b := range n.branches {
			if len(b.data) == 0 {
				return nil, false
			}
			m := b.data[0]
			if m.op == opLiteral && !(iscased != nil && iscased(m.arg)) {
				set = append(set, setItem{op: opLiteral, lo: m.arg})
			} else {
				return nil, false
			}
		}
		return set, true
	case opIn:
		if iscased != nil {
			for _, it := range n.set {
				switch it.op {
				case opLiteral:
					if iscased(it.lo) {
						return nil, false
					}
				case opRange:
					if it.hi > 0xffff {
						return nil, false
					}
					for r := it.lo; r <= it.hi; r++ {
						if iscased(r) {
							return nil, false
						}
					}
				}
			}
		}
		return n.set, true
	}
	return nil, false
}

// info emits the INFO block: the width of the pattern and, when the
// pattern has a positive minimum width, what its matches start with.
func (c *compiler) info(p *subPattern, flags int) {
	lo, hi := p.getWidth()
	if hi > MaxRepeat {
		hi = MaxRepeat
	}
	if lo == 0 {
		c.emit(opInfo, 4, 0, uint32(lo), uint32(hi))
		return
	}
	var prefix []uint32
	skip := -1
	all := false
	var charset []setItem
	hasCharset := false
	if !(flags&FlagIgnoreCase != 0 && flags&FlagLocale != 0) {
		prefix, skip, all = literalPrefix(p, flags)
		if len(prefix) == 0 {
			charset, hasCharset = charsetPrefix(p, flags)
		}
	}
	c.emit(opInfo)
	pos := c.hole()
	mask := uint32(0)
	if len(prefix) > 0 {
		mask = infoPrefix
		if skip < 0 && all {
			mask |= infoLiteral
		}
	} else if hasCharset && len(charset) > 0 {
		mask |= infoCharset
	}
	c.emit(mask)
	if lo < MaxRepeat {
		c.emit(uint32(lo))
	} else {
		c.emit(MaxRepeat)
		if len(prefix) > MaxRepeat {
			prefix = prefix[:MaxRepeat]
		}
	}
	c.emit(uint32(min(hi, MaxRepeat)))
	if len(prefix) > 0 {
		c.emit(uint32(len(prefix)))
		if skip < 0 {
			skip = len(prefix)
		}
		c.emit(uint32(skip))
		c.emit(prefix...)
		c.emit(overlapTable(prefix)...)
	} else if hasCharset && len(charset) > 0 {
		cs, _ := optimizeCharset(charset, nil, nil, nil)
		c.charset(cs, flags)
	}
	c.fill(pos)
}
