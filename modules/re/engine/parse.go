package engine

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gilpy/gilpy/interp/format"
	"github.com/gilpy/gilpy/interp/pystr"
	"github.com/gilpy/gilpy/interp/syntax/unidata"
)

// The parser reads CPython's pattern syntax and produces the tree in
// tree.go, with CPython 3.11's error messages and positions, its warnings,
// and the small rewrites its parser makes (so that compiled programs are
// the same word for word).

// lookupName finds a character by its Unicode name, for \N{...}: the
// database the tokenizer uses for "\N{...}" in string literals.
var lookupName = unidata.Lookup

// tok is one token of the pattern: a character, or a backslash and the
// character after it.
type tok struct {
	c   rune
	esc bool
	eof bool
}

func (t tok) len() int {
	switch {
	case t.eof:
		return 0
	case t.esc:
		return 2
	}
	return 1
}

func (t tok) String() string {
	if t.esc {
		return "\\" + string(t.c)
	}
	return string(t.c)
}

// is reports whether t is the plain (unescaped) character c.
func (t tok) is(c rune) bool { return !t.eof && !t.esc && t.c == c }

// isDigit reports whether t is a plain ASCII digit.
func (t tok) isDigit() bool { return !t.eof && !t.esc && '0' <= t.c && t.c <= '9' }

func (t tok) isOctal() bool { return !t.eof && !t.esc && '0' <= t.c && t.c <= '7' }

func (t tok) isHex() bool {
	return !t.eof && !t.esc && ('0' <= t.c && t.c <= '9' || 'a' <= t.c && t.c <= 'f' || 'A' <= t.c && t.c <= 'F')
}

// tokenizer walks the pattern token by token.
type tokenizer struct {
	src    []rune
	istext bool
	index  int
	next   tok
}

func newTokenizer(src []rune, istext bool) *tokenizer {
	t := &tokenizer{src: src, istext: istext}
	t.advance()
	return t
}

func (t *tokenizer) advance() {
	i := t.index
	if i >= len(t.src) {
		t.next = tok{eof: true}
		return
	}
	c := t.src[i]
	if c == '\\' {
		i++
		if i >= len(t.src) {
			bail(KindError, "bad escape (end of pattern)", len(t.src)-1)
		}
		t.next = tok{c: t.src[i], esc: true}
	} else {
		t.next = tok{c: c}
	}
	t.index = i + 1
}

func (t *tokenizer) match(c rune) bool {
	if t.next.is(c) {
		t.advance()
		return true
	}
	return false
}

func (t *tokenizer) get() tok {
	this := t.next
	t.advance()
	return this
}

func (t *tokenizer) tell() int { return t.index - t.next.len() }

func (t *tokenizer) seek(i int) {
	t.index = i
	t.advance()
}

// getWhile gets up to n tokens that are plain characters satisfying ok.
func (t *tokenizer) getWhile(n int, ok func(tok) bool) []rune {
	var out []rune
	for range n {
		if !ok(t.next) {
			break
		}
		out = append(out, t.next.c)
		t.advance()
	}
	return out
}

// getUntil reads a name up to terminator, the way group names are read:
// escapes are kept as two characters.
func (t *tokenizer) getUntil(terminator rune, name string) []rune {
	var result []rune
	for {
		c := t.next
		t.advance()
		if c.eof {
			if len(result) == 0 {
				t.fail("missing "+name, 0)
			}
			t.fail(fmt.Sprintf("missing %c, unterminated name", terminator), len(result))
		}
		if c.is(terminator) {
			if len(result) == 0 {
				t.fail("missing "+name, 1)
			}
			break
		}
		if c.esc {
			result = append(result, '\\')
		}
		result = append(result, c.c)
	}
	return result
}

// fail raises re.error at the current position minus offset; for bytes
// patterns the message is made ASCII with backslash escapes.
func (t *tokenizer) fail(msg string, offset int) {
	if !t.istext {
		msg = asciiBackslash(msg)
	}
	bail(KindError, msg, t.tell()-offset)
}

// asciiBackslash encodes msg as CPython's 'backslashreplace' error
// handler does when encoding to ASCII.
func asciiBackslash(msg string) string {
	var b strings.Builder
	for _, r := range msg {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, "\\x%02x", r)
		case r < 0x10000:
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			fmt.Fprintf(&b, "\\U%08x", r)
		}
	}
	return b.String()
}

// parseState is what CPython's parser keeps in its State object.
type parseState struct {
	flags int
	// groupNames and groupIndex: the named groups, in order of definition.
	groupNames  []string
	groupIndex  map[string]int
	groupWidths [][2]int64
	groupClosed []bool
	// lookbehindGroups is the number of groups when the outermost
	// lookbehind began, -1 outside lookbehinds.
	lookbehindGroups int
	// grouprefPos: where conditionals name groups by number, in order.
	grouprefOrder []int
	grouprefPos   map[int]int
	warnings      []Warning
	// depth and maxDepth bound the nesting of groups.
	depth, maxDepth int
}

func (s *parseState) groups() int { return len(s.groupWidths) }

func (s *parseState) openGroup(name string, named bool) (int, string) {
	gid := s.groups()
	s.groupWidths = append(s.groupWidths, [2]int64{})
	s.groupClosed = append(s.groupClosed, false)
	if s.groups() > MaxGroups {
		return gid, "too many groups"
	}
	if named {
		if ogid, ok := s.groupIndex[name]; ok {
			return gid, fmt.Sprintf("redefinition of group name %s as group %d; was group %d", pystr.Repr(name), gid, ogid)
		}
		s.groupIndex[name] = gid
		s.groupNames = append(s.groupNames, name)
	}
	return gid, ""
}

func (s *parseState) closeGroup(gid int, p *subPattern) {
	lo, hi := p.getWidth()
	s.groupWidths[gid] = [2]int64{lo, hi}
	s.groupClosed[gid] = true
}

func (s *parseState) checkGroup(gid int) bool {
	return gid < s.groups() && s.groupClosed[gid]
}

func (s *parseState) checkLookbehindGroup(gid int, src *tokenizer) {
	if s.lookbehindGroups >= 0 {
		if !s.checkGroup(gid) {
			src.fail("cannot refer to an open group", 0)
		}
		if gid >= s.lookbehindGroups {
			src.fail("cannot refer to group defined in the same lookbehind subpattern", 0)
		}
	}
}

func (s *parseState) warn(category, msg string) {
	s.warnings = append(s.warnings, Warning{Category: category, Msg: msg})
}

// Tree is a parsed pattern.
type Tree struct {
	p       *subPattern
	Flags   int
	Groups  int
	Names   []string
	Index   map[string]int
	IsBytes bool
}

// ParseOptions tune Parse.
type ParseOptions struct {
	// MaxDepth bounds how deeply groups may nest (RecursionError past
	// it); 0 means no bound. CPython's parser is recursive and meets its
	// recursion limit at about half the limit's depth.
	MaxDepth int
}

// Parse parses a pattern: src holds its characters (for bytes, one rune
// per byte). It returns the tree and the warnings to issue (in order,
// before the error when there is one).
func Parse(src []rune, isBytes bool, flags int, opts ParseOptions) (tree *Tree, warnings []Warning, err error) {
	state := &parseState{
		flags:            flags,
		groupIndex:       map[string]int{},
		groupWidths:      [][2]int64{{}},
		groupClosed:      []bool{false},
		lookbehindGroups: -1,
		grouprefPos:      map[int]int{},
		maxDepth:         opts.MaxDepth,
	}
	defer func() { warnings = state.warnings }()
	defer catch(&err)
	source := newTokenizer(src, !isBytes)
	p := parseSub(source, state, flags&FlagVerbose != 0, 0)
	f, ferr := fixFlags(isBytes, state.flags)
	if ferr != nil {
		return nil, nil, ferr
	}
	state.flags = f
	if !source.next.eof {
		source.fail("unbalanced parenthesis", 0)
	}
	for _, g := range state.grouprefOrder {
		if g >= state.groups() {
			return nil, nil, &Error{Kind: KindError, Msg: fmt.Sprintf("invalid group reference %d", g), Pos: state.grouprefPos[g]}
		}
	}
	return &Tree{p: p, Flags: state.flags, Groups: state.groups() - 1, Names: state.groupNames, Index: state.groupIndex, IsBytes: isBytes}, nil, nil
}

// fixFlags checks the flags against the kind of pattern and adds UNICODE
// to str patterns that do not ask for ASCII.
func fixFlags(isBytes bool, flags int) (int, error) {
	if !isBytes {
		if flags&FlagLocale != 0 {
			return 0, &Error{Kind: KindValue, Msg: "cannot use LOCALE flag with a str pattern", Pos: -1}
		}
		if flags&FlagASCII == 0 {
			flags |= FlagUnicode
		} else if flags&FlagUnicode != 0 {
			return 0, &Error{Kind: KindValue, Msg: "ASCII and UNICODE flags are incompatible", Pos: -1}
		}
	} else {
		if flags&FlagUnicode != 0 {
			return 0, &Error{Kind: KindValue, Msg: "cannot use UNICODE flag with a bytes pattern", Pos: -1}
		}
		if flags&FlagLocale != 0 && flags&FlagASCII != 0 {
			return 0, &Error{Kind: KindValue, Msg: "ASCII and LOCALE flags are incompatible", Pos: -1}
		}
	}
	return flags, nil
}

// parseSub parses alternatives: a|b|c.
func parseSub(source *tokenizer, state *parseState, verbose bool, nested int) *subPattern {
	state.depth++
	if state.maxDepth > 0 && state.depth > state.maxDepth {
		bail(KindRecursion, "maximum recursion depth exceeded", -1)
	}
	defer func() { state.depth-- }()
	var items []*subPattern
	for {
		items = append(items, parseSeq(source, state, verbose, nested+1, nested == 0 && len(items) == 0))
		if !source.match('|') {
			break
		}
		if nested == 0 {
			verbose = state.flags&FlagVerbose != 0
		}
	}
	if len(items) == 1 {
		return items[0]
	}
	sub := &subPattern{state: state}
	// Move a prefix common to all alternatives out of the branch.
	for {
		var prefix *node
		common := true
		for _, item := range items {
			if len(item.data) == 0 {
				common = false
				break
			}
			if prefix == nil {
				prefix = item.data[0]
			} else if !equalNodes(item.data[0], prefix) {
				common = false
				break
			}
		}
		if !common {
			break
		}
		for _, item := range items {
			item.data = item.data[1:]
		}
		sub.data = append(sub.data, prefix)
	}
	// Alternatives that are all single characters or sets make a set.
	var set []setItem
	allChars := true
	for _, item := range items {
		if len(item.data) != 1 {
			allChars = false
			break
		}
		n := item.data[0]
		if n.op == opLiteral {
			set = append(set, setItem{op: opLiteral, lo: n.arg})
		} else if n.op == opIn && n.set[0].op != opNegate {
			set = append(set, n.set...)
		} else {
			allChars = false
			break
		}
	}
	if allChars {
		sub.data = append(sub.data, &node{op: opIn, set: uniqSet(set)})
		return sub
	}
	sub.data = append(sub.data, &node{op: opBranch, branches: items})
	return sub
}

// parseSeq parses a sequence of items, up to '|', ')' or the end.
func parseSeq(source *tokenizer, state *parseState, verbose bool, nested int, first bool) *subPattern {
	sub := &subPattern{state: state}
	add := func(n *node) { sub.data = append(sub.data, n) }
	for {
		this := source.next
		if this.eof || this.is('|') || this.is(')') {
			break
		}
		source.get()
		if verbose {
			if !this.esc && isVerboseSpace(this.c) {
				continue
			}
			if this.is('#') {
				for {
					t := source.get()
					if t.eof || t.is('\n') {
						break
					}
				}
				continue
			}
		}
		if this.esc {
			add(parseEscape(source, this.c, state))
			continue
		}
		switch this.c {
		default:
			add(&node{op: opLiteral, arg: uint32(this.c)})
		case '[':
			add(parseSet(source, state))
		case '?', '*', '+', '{':
			parseRepeat(source, sub, this)
		case '.':
			add(&node{op: opAny})
		case '(':
			if n := parseGroup(source, state, sub, verbose, nested, first, &verbose); n != nil {
				add(n)
			}
		case '^':
			add(&node{op: opAt, arg: atBeginning})
		case '$':
			add(&node{op: opAt, arg: atEnd})
		}
	}
	// Unpack non-capturing groups without flags.
	for i := len(sub.data) - 1; i >= 0; i-- {
		n := sub.data[i]
		if n.op == opSubpattern && n.group < 0 && n.addFlags == 0 && n.delFlags == 0 {
			rest := append([]*node{}, sub.data[i+1:]...)
			sub.data = append(append(sub.data[:i], n.sub.data...), rest...)
		}
	}
	return sub
}

func isVerboseSpace(c rune) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '\v', '\f':
		return true
	}
	return false
}

// parseSet parses a character set; '[' has been read.
func parseSet(source *tokenizer, state *parseState) *node {
	here := source.tell() - 1
	if source.next.is('[') {
		state.warn("FutureWarning", fmt.Sprintf("Possible nested set at position %d", source.tell()))
	}
	negate := source.match('^')
	var set []setItem
	for {
		this := source.get()
		if this.eof {
			source.fail("unterminated character set", source.tell()-here)
		}
		if this.is(']') && len(set) > 0 {
			break
		}
		var code1 setItem
		if this.esc {
			code1 = classEscape(source, this.c)
		} else {
			if len(set) > 0 && strings.ContainsRune("-&~|", this.c) && source.next.is(this.c) {
				kind := map[rune]string{'-': "difference", '&': "intersection", '~': "symmetric difference", '|': "union"}[this.c]
				state.warn("FutureWarning", fmt.Sprintf("Possible set %s at position %d", kind, source.tell()-1))
			}
			code1 = setItem{op: opLiteral, lo: uint32(this.c)}
		}
		if source.match('-') {
			that := source.get()
			if that.eof {
				source.fail("unterminated character set", source.tell()-here)
			}
			if that.is(']') {
				set = append(set, code1, setItem{op: opLiteral, lo: '-'})
				break
			}
			var code2 setItem
			if that.esc {
				code2 = classEscape(source, that.c)
			} else {
				if that.is('-') {
					state.warn("FutureWarning", fmt.Sprintf("Possible set difference at position %d", source.tell()-2))
				}
				code2 = setItem{op: opLiteral, lo: uint32(that.c)}
			}
			if code1.op != opLiteral || code2.op != opLiteral || code2.lo < code1.lo {
				msg := fmt.Sprintf("bad character range %s-%s", this, that)
				source.fail(msg, this.len()+1+that.len())
			}
			set = append(set, setItem{op: opRange, lo: code1.lo, hi: code2.lo})
		} else {
			set = append(set, code1)
		}
	}
	set = uniqSet(set)
	if len(set) == 1 && set[0].op == opLiteral {
		if negate {
			return &node{op: opNotLiteral, arg: set[0].lo}
		}
		return &node{op: opLiteral, arg: set[0].lo}
	}
	if negate {
		set = append([]setItem{{op: opNegate}}, set...)
	}
	return &node{op: opIn, set: set}
}

// parseDecimal parses ASCII digits, saturating far above MaxRepeat.
func parseDecimal(digits []rune) int64 {
	var v int64
	for _, d := range digits {
		v = v*10 + int64(d-'0')
		if v > widthCap {
			v = widthCap
		}
	}
	return v
}

// parseRepeat applies a repeat to the last item of sub; this is the
// repeat character, already read.
func parseRepeat(source *tokenizer, sub *subPattern, this tok) {
	here := source.tell()
	var lo, hi int64
	switch this.c {
	case '?':
		lo, hi = 0, 1
	case '*':
		lo, hi = 0, MaxRepeat
	case '+':
		lo, hi = 1, MaxRepeat
	case '{':
		if source.next.is('}') {
			sub.data = append(sub.data, &node{op: opLiteral, arg: '{'})
			return
		}
		lo, hi = 0, MaxRepeat
		var los, his []rune
		for source.next.isDigit() {
			los = append(los, source.get().c)
		}
		if source.match(',') {
			for source.next.isDigit() {
				his = append(his, source.get().c)
			}
		} else {
			his = los
		}
		if !source.match('}') {
			sub.data = append(sub.data, &node{op: opLiteral, arg: '{'})
			source.seek(here)
			return
		}
		if len(los) > 0 {
			lo = parseDecimal(los)
			if lo >= MaxRepeat {
				bail(KindOverflow, "the repetition number is too large", -1)
			}
		}
		if len(his) > 0 {
			hi = parseDecimal(his)
			if hi >= MaxRepeat {
				bail(KindOverflow, "the repetition number is too large", -1)
			}
			if hi < lo {
				source.fail("min repeat greater than max repeat", source.tell()-here)
			}
		}
	}
	if len(sub.data) == 0 || sub.data[len(sub.data)-1].op == opAt {
		source.fail("nothing to repeat", source.tell()-here+this.len())
	}
	last := sub.data[len(sub.data)-1]
	switch last.op {
	case opMinRepeat, opMaxRepeat, opPossessiveRepeat:
		source.fail("multiple repeat", source.tell()-here+this.len())
	}
	item := &subPattern{state: sub.state, data: []*node{last}}
	if last.op == opSubpattern && last.group < 0 && last.addFlags == 0 && last.delFlags == 0 {
		item = last.sub
	}
	op := opMaxRepeat
	if source.match('?') {
		op = opMinRepeat
	} else if source.match('+') {
		op = opPossessiveRepeat
	}
	sub.data[len(sub.data)-1] = &node{op: op, min: lo, max: hi, sub: item}
}

// checkGroupName checks a group name read by getUntil.
func checkGroupName(source *tokenizer, state *parseState, name []rune, offset int) {
	s := string(name)
	if !pystr.IsIdentifier(s) {
		source.fail("bad character in group name "+pystr.Repr(s), len(name)+offset)
	}
	if !source.istext && !isASCIIRunes(name) {
		state.warn("DeprecationWarning", fmt.Sprintf("bad character in group name %s at position %d", pystr.ASCII(s), source.tell()-len(name)-offset))
	}
}

func isASCIIRunes(rs []rune) bool {
	for _, r := range rs {
		if r >= 0x80 {
			return false
		}
	}
	return true
}

// parseGroup parses what follows '('. It returns the item to add, or nil
// when the group added nothing (a comment, global flags) or added its item
// itself. verbosep is the enclosing sequence's verbose setting, which
// global flags may turn on.
func parseGroup(source *tokenizer, state *parseState, sub *subPattern, verbose bool, nested int, first bool, verbosep *bool) *node {
	start := source.tell() - 1
	capture := true
	atomic := false
	var name []rune
	named := false
	addFlags, delFlags := 0, 0
	if source.match('?') {
		char := source.get()
		if char.eof {
			source.fail("unexpected end of pattern", 0)
		}
		switch {
		case char.is('P'):
			if source.match('<') {
				name = source.getUntil('>', "group name")
				checkGroupName(source, state, name, 1)
				named = true
			} else if source.match('=') {
				name = source.getUntil(')', "group name")
				checkGroupName(source, state, name, 1)
				gid, ok := state.groupIndex[string(name)]
				if !ok {
					source.fail("unknown group name "+pystr.Repr(string(name)), len(name)+1)
				}
				if !state.checkGroup(gid) {
					source.fail("cannot refer to an open group", len(name)+1)
				}
				state.checkLookbehindGroup(gid, source)
				return &node{op: opGroupref, arg: uint32(gid)}
			} else {
				char = source.get()
				if char.eof {
					source.fail("unexpected end of pattern", 0)
				}
				source.fail("unknown extension ?P"+char.String(), char.len()+2)
			}
		case char.is(':'):
			capture = false
		case char.is('#'):
			for {
				if source.next.eof {
					source.fail("missing ), unterminated comment", source.tell()-start)
				}
				if source.get().is(')') {
					break
				}
			}
			return nil
		case char.is('=') || char.is('!') || char.is('<'):
			dir := 1
			lookbehindGroups := -2
			if char.is('<') {
				char = source.get()
				if char.eof {
					source.fail("unexpected end of pattern", 0)
				}
				if !char.is('=') && !char.is('!') {
					source.fail("unknown extension ?<"+char.String(), char.len()+2)
				}
				dir = -1
				lookbehindGroups = state.lookbehindGroups
				if lookbehindGroups < 0 {
					state.lookbehindGroups = state.groups()
				}
			}
			p := parseSub(source, state, verbose, nested+1)
			if dir < 0 && lookbehindGroups < 0 {
				state.lookbehindGroups = -1
			}
			if !source.match(')') {
				source.fail("missing ), unterminated subpattern", source.tell()-start)
			}
			op := opAssert
			if char.is('!') {
				op = opAssertNot
			}
			return &node{op: op, dir: dir, sub: p}
		case char.is('('):
			return parseConditional(source, state, verbose, nested, start)
		case char.is('>'):
			capture = false
			atomic = true
		case !char.esc && (flagOf(char.c) != 0 || char.c == '-'):
			add, del, global := parseFlags(source, state, char)
			if global {
				if !first || len(sub.data) > 0 {
					source.fail("global flags not at the start of the expression", source.tell()-start)
				}
				*verbosep = state.flags&FlagVerbose != 0
				return nil
			}
			addFlags, delFlags = add, del
			capture = false
		default:
			source.fail("unknown extension ?"+char.String(), char.len()+1)
		}
	}
	group := -1
	if capture {
		gid, msg := state.openGroup(string(name), named)
		if msg != "" {
			source.fail(msg, len(name)+1)
		}
		group = gid
	}
	subVerbose := (verbose || addFlags&FlagVerbose != 0) && delFlags&FlagVerbose == 0
	p := parseSub(source, state, subVerbose, nested+1)
	if !source.match(')') {
		source.fail("missing ), unterminated subpattern", source.tell()-start)
	}
	if group >= 0 {
		state.closeGroup(group, p)
	}
	if atomic {
		return &node{op: opAtomicGroup, sub: p}
	}
	return &node{op: opSubpattern, group: group, addFlags: addFlags, delFlags: delFlags, sub: p}
}

// parseConditional parses (?(group)yes|no); "(?(" has been read.
func parseConditional(source *tokenizer, state *parseState, verbose bool, nested int, start int) *node {
	condname := source.getUntil(')', "group name")
	name := string(condname)
	var condgroup int
	if pystr.IsIdentifier(name) {
		checkGroupName(source, state, condname, 1)
		g, ok := state.groupIndex[name]
		if !ok {
			source.fail("unknown group name "+pystr.Repr(name), len(condname)+1)
		}
		condgroup = g
	} else {
		v, err := format.ParseInt(name, 10, 4300)
		if err != nil || v.IsBig() || v.Small < 0 {
			if err == nil && v.IsBig() && v.Big.Sign() > 0 {
				// A huge number: CPython reports it as too large.
				source.fail("invalid group reference "+v.Big.String(), len(condname)+1)
			}
			source.fail("bad character in group name "+pystr.Repr(name), len(condname)+1)
		}
		if v.Small == 0 {
			source.fail("bad group number", len(condname)+1)
		}
		if v.Small >= MaxGroups {
			source.fail("invalid group reference "+strconv.FormatInt(v.Small, 10), len(condname)+1)
		}
		condgroup = int(v.Small)
		if _, ok := state.grouprefPos[condgroup]; !ok {
			state.grouprefPos[condgroup] = source.tell() - len(condname) - 1
			state.grouprefOrder = append(state.grouprefOrder, condgroup)
		}
		if !(pystr.IsDecimal(name) && isASCIIRunes(condname)) {
			shown := pystr.Repr(name)
			if !source.istext {
				shown = pystr.ASCII(name)
			}
			state.warn("DeprecationWarning", fmt.Sprintf("bad character in group name %s at position %d", shown, source.tell()-len(condname)-1))
		}
	}
	state.checkLookbehindGroup(condgroup, source)
	yes := parseSeq(source, state, verbose, nested+1, false)
	var no *subPattern
	if source.match('|') {
		no = parseSeq(source, state, verbose, nested+1, false)
		if source.next.is('|') {
			source.fail("conditional backref with more than two branches", 0)
		}
	}
	if !source.match(')') {
		source.fail("missing ), unterminated subpattern", source.tell()-start)
	}
	return &node{op: opGrouprefExists, arg: uint32(condgroup), sub: yes, no: no}
}

// flagOf returns the flag an inline flag letter stands for, or 0.
func flagOf(c rune) int {
	switch c {
	case 'i':
		return FlagIgnoreCase
	case 'L':
		return FlagLocale
	case 'm':
		return FlagMultiline
	case 's':
		return FlagDotAll
	case 'x':
		return FlagVerbose
	case 'a':
		return FlagASCII
	case 't':
		return FlagTemplate
	case 'u':
		return FlagUnicode
	}
	return 0
}

func tokFlag(t tok) int {
	if t.eof || t.esc {
		return 0
	}
	return flagOf(t.c)
}

func tokIsAlpha(t tok) bool { return !t.eof && !t.esc && pystr.IsAlphaRune(t.c) }

// parseFlags parses inline flags; char is the first flag letter or '-'.
// It reports global flags ("(?i)", which it applies to the state) or the
// flags a scoped group "(?i-m:...)" turns on and off.
func parseFlags(source *tokenizer, state *parseState, char tok) (add, del int, global bool) {
	if !char.is('-') {
		for {
			flag := tokFlag(char)
			if source.istext {
				if char.is('L') {
					source.fail("bad inline flags: cannot use 'L' flag with a str pattern", 0)
				}
			} else if char.is('u') {
				source.fail("bad inline flags: cannot use 'u' flag with a bytes pattern", 0)
			}
			add |= flag
			if flag&typeFlags != 0 && add&typeFlags != flag {
				source.fail("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0)
			}
			char = source.get()
			if char.eof {
				source.fail("missing -, : or )", 0)
			}
			if char.is(')') || char.is('-') || char.is(':') {
				break
			}
			if tokFlag(char) == 0 {
				msg := "missing -, : or )"
				if tokIsAlpha(char) {
					msg = "unknown flag"
				}
				source.fail(msg, char.len())
			}
		}
	}
	if char.is(')') {
		state.flags |= add
		return 0, 0, true
	}
	if add&globalFlags != 0 {
		source.fail("bad inline flags: cannot turn on global flag", 1)
	}
	if char.is('-') {
		char = source.get()
		if char.eof {
			source.fail("missing flag", 0)
		}
		if tokFlag(char) == 0 {
			msg := "missing flag"
			if tokIsAlpha(char) {
				msg = "unknown flag"
			}
			source.fail(msg, char.len())
		}
		for {
			flag := tokFlag(char)
			if flag&typeFlags != 0 {
				source.fail("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0)
			}
			del |= flag
			char = source.get()
			if char.eof {
				source.fail("missing :", 0)
			}
			if char.is(':') {
				break
			}
			if tokFlag(char) == 0 {
				msg := "missing :"
				if tokIsAlpha(char) {
					msg = "unknown flag"
				}
				source.fail(msg, char.len())
			}
		}
	}
	if del&globalFlags != 0 {
		source.fail("bad inline flags: cannot turn off global flag", 1)
	}
	if add&del != 0 {
		source.fail("bad inline flags: flag turned on and off", 1)
	}
	return add, del, false
}

// escapes maps the escapes that stand for one character.
func simpleEscape(c rune) (uint32, bool) {
	switch c {
	case 'a':
		return '\a', true
	case 'b':
		return '\b', true
	case 'f':
		return '\f', true
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 't':
		return '\t', true
	case 'v':
		return '\v', true
	case '\\':
		return '\\', true
	}
	return 0, false
}

// categoryEscape maps \d \D \s \S \w \W to their category.
func categoryEscape(c rune) (uint32, bool) {
	switch c {
	case 'd':
		return catDigit, true
	case 'D':
		return catNotDigit, true
	case 's':
		return catSpace, true
	case 'S':
		return catNotSpace, true
	case 'w':
		return catWord, true
	case 'W':
		return catNotWord, true
	}
	return 0, false
}

func isASCIILetter(c rune) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func hexValue(digits []rune) uint32 {
	v, _ := strconv.ParseUint(string(digits), 16, 64)
	return uint32(v)
}

func octValue(digits []rune) uint32 {
	v, _ := strconv.ParseUint(string(digits), 8, 64)
	return uint32(v)
}

// escapeCommon handles the escapes both contexts share: \x, \u, \U, \N.
// It reports whether c was one of them.
func escapeCommon(source *tokenizer, c rune) (uint32, bool) {
	escape := []rune{'\\', c}
	switch {
	case c == 'x':
		escape = append(escape, source.getWhile(2, tok.isHex)...)
		if len(escape) != 4 {
			source.fail("incomplete escape "+string(escape), len(escape))
		}
		return hexValue(escape[2:]), true
	case c == 'u' && source.istext:
		escape = append(escape, source.getWhile(4, tok.isHex)...)
		if len(escape) != 6 {
			source.fail("incomplete escape "+string(escape), len(escape))
		}
		return hexValue(escape[2:]), true
	case c == 'U' && source.istext:
		escape = append(escape, source.getWhile(8, tok.isHex)...)
		if len(escape) != 10 {
			source.fail("incomplete escape "+string(escape), len(escape))
		}
		v := hexValue(escape[2:])
		if v > 0x10ffff {
			source.fail("bad escape "+string(escape), len(escape))
		}
		return v, true
	case c == 'N' && source.istext:
		if !source.match('{') {
			source.fail("missing {", 0)
		}
		charname := source.getUntil('}', "character name")
		r, ok := lookupName(string(charname))
		if !ok {
			source.fail("undefined character name "+pystr.Repr(string(charname)), len(charname)+4)
		}
		return uint32(r), true
	}
	return 0, false
}

// classEscape handles an escape inside a character set.
func classEscape(source *tokenizer, c rune) setItem {
	if v, ok := simpleEscape(c); ok {
		return setItem{op: opLiteral, lo: v}
	}
	if cat, ok := categoryEscape(c); ok {
		return setItem{op: opCategory, lo: cat}
	}
	if v, ok := escapeCommon(source, c); ok {
		return setItem{op: opLiteral, lo: v}
	}
	escape := []rune{'\\', c}
	switch {
	case '0' <= c && c <= '7':
		escape = append(escape, source.getWhile(2, tok.isOctal)...)
		v := octValue(escape[1:])
		if v > 0o377 {
			source.fail(fmt.Sprintf("octal escape value %s outside of range 0-0o377", string(escape)), len(escape))
		}
		return setItem{op: opLiteral, lo: v}
	case c == '8' || c == '9':
	case isASCIILetter(c):
	default:
		return setItem{op: opLiteral, lo: uint32(c)}
	}
	source.fail("bad escape "+string(escape), len(escape))
	return setItem{}
}

// parseEscape handles an escape outside character sets.
func parseEscape(source *tokenizer, c rune, state *parseState) *node {
	switch c {
	case 'A':
		return &node{op: opAt, arg: atBeginningString}
	case 'b':
		return &node{op: opAt, arg: atBoundary}
	case 'B':
		return &node{op: opAt, arg: atNonBoundary}
	case 'Z':
		return &node{op: opAt, arg: atEndString}
	}
	if cat, ok := categoryEscape(c); ok {
		return &node{op: opIn, set: []setItem{{op: opCategory, lo: cat}}}
	}
	if v, ok := simpleEscape(c); ok {
		return &node{op: opLiteral, arg: v}
	}
	if v, ok := escapeCommon(source, c); ok {
		return &node{op: opLiteral, arg: v}
	}
	escape := []rune{'\\', c}
	switch {
	case c == '0':
		escape = append(escape, source.getWhile(2, tok.isOctal)...)
		return &node{op: opLiteral, arg: octValue(escape[1:])}
	case '1' <= c && c <= '9':
		if source.next.isDigit() {
			escape = append(escape, source.get().c)
			if escape[1] <= '7' && escape[2] <= '7' && source.next.isOctal() {
				escape = append(escape, source.get().c)
				v := octValue(escape[1:])
				if v > 0o377 {
					source.fail(fmt.Sprintf("octal escape value %s outside of range 0-0o377", string(escape)), len(escape))
				}
				return &node{op: opLiteral, arg: v}
			}
		}
		group := int(parseDecimal(escape[1:]))
		if group < state.groups() {
			if !state.checkGroup(group) {
				source.fail("cannot refer to an open group", len(escape))
			}
			state.checkLookbehindGroup(group, source)
			return &node{op: opGroupref, arg: uint32(group)}
		}
		source.fail(fmt.Sprintf("invalid group reference %d", group), len(escape)-1)
	case isASCIILetter(c):
		source.fail("bad escape "+string(escape), len(escape))
	}
	return &node{op: opLiteral, arg: uint32(c)}
}
