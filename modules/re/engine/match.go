package engine

import (
	"bytes"
	"errors"
)

// The matcher runs a program over a string with sre's semantics: the same
// backtracking order, the same bookkeeping of group marks (which decides
// what groups hold after backtracking and what lastindex is), the same
// rules for empty iterations of repeats and for empty matches in
// findall/sub/split. It keeps its own stack of frames instead of
// recursing, so that no input can exhaust the Go stack, and it calls a
// poll function every few thousand steps, so that a run of a catastrophic
// pattern can be interrupted.

// ErrStepLimit is returned when a match takes more steps than
// Options.StepLimit allows.
var ErrStepLimit = errors.New("regular expression step limit exceeded")

// ErrInternal is returned when the program is inconsistent (which the
// compiler never produces).
var ErrInternal = errors.New("internal error in regular expression engine")

// Options tune a State.
type Options struct {
	// Poll, when not nil, is called every PollInterval steps of the
	// matcher; an error it returns ends the match with that error.
	Poll func() error
	// StepLimit, when positive, bounds the number of steps of one call
	// (Match, Search...): ErrStepLimit past it.
	StepLimit int64
}

// PollInterval is how many steps the matcher takes between two polls.
const PollInterval = 4096

// char is the type of one character of the subject: a byte for bytes and
// for str made only of ASCII, a rune for other str.
type char interface{ ~uint8 | ~int32 }

// Resume points: where a frame's parent continues when the frame returns.
const (
	jNone = iota
	jMaxUntil1
	jMaxUntil2
	jMaxUntil3
	jMinUntil1
	jMinUntil2
	jMinUntil3
	jRepeat
	jRepeatOne1
	jRepeatOne2
	jMinRepeatOne
	jBranch
	jAssert
	jAssertNot
	jPossRepeat1
	jPossRepeat2
	jAtomicGroup
)

// frame is one activation of the matcher: sre's match context.
type frame struct {
	jump      uint8
	toplevel  bool
	pc        int
	ptr       int
	count     int
	lastmark  int
	lastindex int
	rep       *repeatCtx
	chr       uint32
}

// repeatCtx is the state of a REPEAT being matched.
type repeatCtx struct {
	count   int
	pc      int // the REPEAT instruction's skip word
	prev    *repeatCtx
	lastPtr int
}

// machine holds the state of matching one program over one string.
type machine[T char] struct {
	code []uint32
	str  []T
	// start: where the current attempt starts; end: the end position
	// (endpos); ptr: the current position, as sre's state.
	start, end, ptr int
	pos, endpos     int
	marks           []int
	lastmark        int
	lastindex       int
	repeat          *repeatCtx
	matchAll        bool
	mustAdvance     bool

	frames []frame
	data   []int
	reps   []*repeatCtx
	nreps  int

	steps     int64
	nextPoll  int64
	opts      Options
	stepLimit int64
}

func (m *machine[T]) init(code []uint32, str []T, marks, pos, endpos int, opts Options) {
	m.code = code
	m.str = str
	n := len(str)
	pos = min(max(pos, 0), n)
	endpos = min(max(endpos, 0), n)
	m.start, m.end, m.ptr = pos, endpos, pos
	m.pos, m.endpos = pos, endpos
	m.marks = make([]int, marks)
	m.lastmark, m.lastindex = -1, -1
	m.opts = opts
}

func (m *machine[T]) reset() {
	m.lastmark, m.lastindex = -1, -1
	m.repeat = nil
	m.frames = m.frames[:0]
	m.data = m.data[:0]
	m.nreps = 0
}

func (m *machine[T]) newRepeat() *repeatCtx {
	if m.nreps == len(m.reps) {
		m.reps = append(m.reps, new(repeatCtx))
	}
	r := m.reps[m.nreps]
	m.nreps++
	return r
}

func (m *machine[T]) freeRepeat() { m.nreps-- }

// poll runs every PollInterval steps.
func (m *machine[T]) poll() error {
	if m.opts.StepLimit > 0 && m.steps > m.opts.StepLimit {
		return ErrStepLimit
	}
	if m.opts.Poll != nil {
		return m.opts.Poll()
	}
	return nil
}

// markPush saves marks 0..lastmark on the data stack.
func (m *machine[T]) markPush(lastmark int) {
	if lastmark >= 0 {
		m.data = append(m.data, m.marks[:lastmark+1]...)
	}
}

// markPop restores the marks markPush saved and drops them.
func (m *machine[T]) markPop(lastmark int) {
	if lastmark >= 0 {
		n := len(m.data) - (lastmark + 1)
		copy(m.marks, m.data[n:])
		m.data = m.data[:n]
	}
}

// markPopKeep restores the marks markPush saved and keeps them saved.
func (m *machine[T]) markPopKeep(lastmark int) {
	if lastmark >= 0 {
		n := len(m.data) - (lastmark + 1)
		copy(m.marks, m.data[n:])
	}
}

// childReturned settles the marks a branch or a single-item repeat saved
// before trying its child (only when inside a repeat, which is when they
// were saved): dropped when the child matched (the result is then true),
// restored, with lastmark and lastindex, when it failed.
func (m *machine[T]) childReturned(f *frame, matched bool) bool {
	if matched {
		if m.repeat != nil {
			m.markPopDiscard(f.lastmark)
		}
		return true
	}
	if m.repeat != nil {
		m.markPopKeep(f.lastmark)
	}
	m.lastmark, m.lastindex = f.lastmark, f.lastindex
	return false
}

// markPopDiscard drops the marks markPush saved.
func (m *machine[T]) markPopDiscard(lastmark int) {
	if lastmark >= 0 {
		m.data = m.data[:len(m.data)-(lastmark+1)]
	}
}

func (m *machine[T]) isWordAt(i int, kind int) bool {
	c := uint32(m.str[i])
	switch kind {
	case 1:
		return isLocaleWord(c)
	case 2:
		return isUniWord(c)
	}
	return isASCIIWord(c)
}

// at reports whether position ptr satisfies the position code at.
func (m *machine[T]) at(ptr int, at uint32) bool {
	switch at {
	case atBeginning, atBeginningString:
		return ptr == 0
	case atBeginningLine:
		return ptr == 0 || m.str[ptr-1] == '\n'
	case atEnd:
		return (m.end-ptr == 1 && m.str[ptr] == '\n') || ptr == m.end
	case atEndLine:
		return ptr == m.end || (ptr >= 0 && ptr < len(m.str) && m.str[ptr] == '\n')
	case atEndString:
		return ptr == m.end
	case atBoundary, atNonBoundary, atLocBoundary, atLocNonBoundary, atUniBoundary, atUniNonBoundary:
		if m.end == 0 {
			return false
		}
		kind := 0
		switch at {
		case atLocBoundary, atLocNonBoundary:
			kind = 1
		case atUniBoundary, atUniNonBoundary:
			kind = 2
		}
		that := ptr > 0 && m.isWordAt(ptr-1, kind)
		this := ptr < m.end && m.isWordAt(ptr, kind)
		switch at {
		case atBoundary, atLocBoundary, atUniBoundary:
			return this != that
		}
		return this == that
	}
	return false
}

// charset reports whether ch is in the set whose code starts at pc.
func (m *machine[T]) charset(pc int, ch uint32) bool {
	code := m.code
	ok := true
	for {
		switch code[pc] {
		case opFailure:
			return !ok
		case opLiteral:
			if ch == code[pc+1] {
				return ok
			}
			pc += 2
		case opCategory:
			if category(code[pc+1], ch) {
				return ok
			}
			pc += 2
		case opCharset:
			if ch < 256 && code[pc+1+int(ch/32)]&(1<<(ch&31)) != 0 {
				return ok
			}
			pc += 1 + 8
		case opRange:
			if code[pc+1] <= ch && ch <= code[pc+2] {
				return ok
			}
			pc += 3
		case opRangeUniIgnore:
			if code[pc+1] <= ch && ch <= code[pc+2] {
				return ok
			}
			u := upperUnicode(ch)
			if code[pc+1] <= u && u <= code[pc+2] {
				return ok
			}
			pc += 3
		case opNegate:
			ok = !ok
			pc++
		case opBigCharset:
			count := int(code[pc+1])
			pc += 2
			if ch < 0x10000 {
				hi := ch >> 8
				block := int(code[pc+int(hi/4)]>>(8*(hi%4))) & 0xff
				bit := uint32(block*256) + ch&255
				if code[pc+64+int(bit/32)]&(1<<(bit&31)) != 0 {
					return ok
				}
			}
			pc += 64 + count*8
		default:
			return false
		}
	}
}

func (m *machine[T]) charsetLocIgnore(pc int, ch uint32) bool {
	lo := lowerLocale(ch)
	if m.charset(pc, lo) {
		return true
	}
	up := upperLocale(ch)
	return up != lo && m.charset(pc, up)
}

func charLocIgnore(pattern, ch uint32) bool {
	return ch == pattern || lowerLocale(ch) == pattern || upperLocale(ch) == pattern
}

// one reports whether the single-character instruction at pc matches ch.
func (m *machine[T]) one(pc int, ch uint32) bool {
	code := m.code
	switch code[pc] {
	case opAny:
		return ch != '\n'
	case opAnyAll:
		return true
	case opLiteral:
		return ch == code[pc+1]
	case opNotLiteral:
		return ch != code[pc+1]
	case opLiteralIgnore:
		return lowerASCII(ch) == code[pc+1]
	case opNotLiteralIgnore:
		return lowerASCII(ch) != code[pc+1]
	case opLiteralUniIgnore:
		return lowerUnicode(ch) == code[pc+1]
	case opNotLiteralUniIgnore:
		return lowerUnicode(ch) != code[pc+1]
	case opLiteralLocIgnore:
		return charLocIgnore(code[pc+1], ch)
	case opNotLiteralLocIgnore:
		return !charLocIgnore(code[pc+1], ch)
	case opIn:
		return m.charset(pc+2, ch)
	case opInIgnore:
		return m.charset(pc+2, lowerASCII(ch))
	case opInUniIgnore:
		return m.charset(pc+2, lowerUnicode(ch))
	case opInLocIgnore:
		return m.charsetLocIgnore(pc+2, ch)
	case opCategory:
		return category(code[pc+1], ch)
	}
	return false
}

// count returns how many times (up to maxcount) the single-character
// item at pc matches from m.ptr on.
func (m *machine[T]) count(pc int, maxcount uint32) int {
	ptr := m.ptr
	end := m.end
	if int64(maxcount) < int64(end-ptr) && maxcount != MaxRepeat {
		end = ptr + int(maxcount)
	}
	str := m.str
	code := m.code
	switch code[pc] {
	case opAnyAll:
		ptr = end
	case opAny:
		if b, ok := any(str).([]byte); ok && ptr < end {
			if i := bytes.IndexByte(b[ptr:end], '\n'); i >= 0 {
				ptr += i
			} else {
				ptr = end
			}
		} else {
			for ptr < end && str[ptr] != '\n' {
				ptr++
			}
		}
	case opLiteral:
		c := code[pc+1]
		for ptr < end && uint32(str[ptr]) == c {
			ptr++
		}
	case opNotLiteral:
		c := code[pc+1]
		for ptr < end && uint32(str[ptr]) != c {
			ptr++
		}
	default:
		for ptr < end && m.one(pc, uint32(str[ptr])) {
			ptr++
		}
	}
	if ptr < m.ptr {
		return 0
	}
	return ptr - m.ptr
}

// match runs the program from pc at m.ptr; toplevel says whether this is
// the outermost level of a match attempt (where the must-advance and
// match-all rules apply). On success m.ptr is the end of the match.
func (m *machine[T]) match(pc int, toplevel bool) (bool, error) {
	var (
		code = m.code
		str  = m.str
		end  = m.end
		ptr  int
		ret  bool
		ctx  int
		jump uint8
		f    *frame
		rep  *repeatCtx
		c    uint32
		n    int
	)
	m.frames = append(m.frames[:0], frame{jump: jNone, toplevel: toplevel})
	ctx = 0

	// call starts a child frame at pc (the parent's pc and ptr are saved
	// by the caller); see the "goto entrance" sites.
entrance:
	ptr = m.ptr
	if code[pc] == opInfo {
		if min := int(code[pc+3]); min != 0 && end-ptr >= 0 && end-ptr < min {
			goto failure
		}
		pc += int(code[pc+1]) + 1
	}

dispatch:
	for {
		m.steps++
		if m.steps >= m.nextPoll {
			m.nextPoll = m.steps + PollInterval
			if err := m.poll(); err != nil {
				return false, err
			}
		}
		op := code[pc]
		pc++
		switch op {
		case opMark:
			i := int(code[pc])
			if i&1 != 0 {
				m.lastindex = i/2 + 1
			}
			if i > m.lastmark {
				for j := m.lastmark + 1; j < i; j++ {
					m.marks[j] = -1
				}
				m.lastmark = i
			}
			m.marks[i] = ptr
			pc++
		case opLiteral:
			if ptr >= end || uint32(str[ptr]) != code[pc] {
				goto failure
			}
			pc++
			ptr++
		case opNotLiteral:
			if ptr >= end || uint32(str[ptr]) == code[pc] {
				goto failure
			}
			pc++
			ptr++
		case opSuccess:
			if m.frames[ctx].toplevel && ((m.matchAll && ptr != end) || (m.mustAdvance && ptr == m.start)) {
				goto failure
			}
			m.ptr = ptr
			goto success
		case opAt:
			if !m.at(ptr, code[pc]) {
				goto failure
			}
			pc++
		case opCategory:
			if ptr >= end || !category(code[pc], uint32(str[ptr])) {
				goto failure
			}
			pc++
			ptr++
		case opAny:
			if ptr >= end || str[ptr] == '\n' {
				goto failure
			}
			ptr++
		case opAnyAll:
			if ptr >= end {
				goto failure
			}
			ptr++
		case opIn:
			if ptr >= end || !m.charset(pc+1, uint32(str[ptr])) {
				goto failure
			}
			pc += int(code[pc])
			ptr++
		case opLiteralIgnore:
			if ptr >= end || lowerASCII(uint32(str[ptr])) != code[pc] {
				goto failure
			}
			pc++
			ptr++
		case opLiteralUniIgnore:
			if ptr >= end || lowerUnicode(uint32(str[ptr])) != code[pc] {
				goto failure
			}
			pc++
			ptr++
		case opLiteralLocIgnore:
			if ptr >= end || !charLocIgnore(code[pc], uint32(str[ptr])) {
				goto failure
			}
			pc++
			ptr++
		case opNotLiteralIgnore:
			if ptr >= end || lowerASCII(uint32(str[ptr])) == code[pc] {
				goto failure
			}
			pc++
			ptr++
		case opNotLiteralUniIgnore:
			if ptr >= end || lowerUnicode(uint32(str[ptr])) == code[pc] {
				goto failure
			}
			pc++
			ptr++
		case opNotLiteralLocIgnore:
			if ptr >= end || charLocIgnore(code[pc], uint32(str[ptr])) {
				goto failure
			}
			pc++
			ptr++
		case opInIgnore:
			if ptr >= end || !m.charset(pc+1, lowerASCII(uint32(str[ptr]))) {
				goto failure
			}
			pc += int(code[pc])
			ptr++
		case opInUniIgnore:
			if ptr >= end || !m.charset(pc+1, lowerUnicode(uint32(str[ptr]))) {
				goto failure
			}
			pc += int(code[pc])
			ptr++
		case opInLocIgnore:
			if ptr >= end || !m.charsetLocIgnore(pc+1, uint32(str[ptr])) {
				goto failure
			}
			pc += int(code[pc])
			ptr++
		case opJump, opInfo:
			pc += int(code[pc])

		case opBranch:
			// <BRANCH> <skip> code <JUMP> ... <0>
			f = &m.frames[ctx]
			f.lastmark, f.lastindex = m.lastmark, m.lastindex
			if m.repeat != nil {
				m.markPush(f.lastmark)
			}
			goto branchNext

		case opRepeatOne:
			// <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
			if int(code[pc+1]) > end-ptr {
				goto failure
			}
			m.ptr = ptr
			n = m.count(pc+3, code[pc+2])
			ptr += n
			f = &m.frames[ctx]
			f.count = n
			if n < int(code[pc+1]) {
				goto failure
			}
			if next := pc + int(code[pc]); code[next] == opSuccess && ptr == m.end && !(f.toplevel && m.mustAdvance && ptr == m.start) {
				m.ptr = ptr
				goto success
			}
			f.lastmark, f.lastindex = m.lastmark, m.lastindex
			if m.repeat != nil {
				m.markPush(f.lastmark)
			}
			if next := pc + int(code[pc]); code[next] == opLiteral {
				f.chr = code[next+1]
				goto repeatOneLiteral
			}
			goto repeatOneGeneral

		case opMinRepeatOne:
			// <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
			if int(code[pc+1]) > end-ptr {
				goto failure
			}
			m.ptr = ptr
			f = &m.frames[ctx]
			if code[pc+1] == 0 {
				f.count = 0
			} else {
				n = m.count(pc+3, code[pc+1])
				if n < int(code[pc+1]) {
					goto failure
				}
				f.count = n
				ptr += n
			}
			if code[pc+int(code[pc])] == opSuccess && !(f.toplevel && ((m.matchAll && ptr != m.end) || (m.mustAdvance && ptr == m.start))) {
				m.ptr = ptr
				goto success
			}
			f.lastmark, f.lastindex = m.lastmark, m.lastindex
			if m.repeat != nil {
				m.markPush(f.lastmark)
			}
			goto minRepeatOne

		case opPossessiveRepeatOne:
			// <POSSESSIVE_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
			if ptr+int(code[pc+1]) > end {
				goto failure
			}
			m.ptr = ptr
			n = m.count(pc+3, code[pc+2])
			ptr += n
			if n < int(code[pc+1]) {
				goto failure
			}
			pc += int(code[pc])
			if code[pc] == opSuccess && ptr == m.end && !(m.frames[ctx].toplevel && m.mustAdvance && ptr == m.start) {
				m.ptr = ptr
				goto success
			}

		case opRepeat:
			// <REPEAT> <skip> <min> <max> item <UNTIL> tail
			rep = m.newRepeat()
			*rep = repeatCtx{count: -1, pc: pc, prev: m.repeat, lastPtr: -1}
			m.frames[ctx].rep = rep
			m.repeat = rep
			m.ptr = ptr
			n = pc + int(code[pc])
			m.frames[ctx].pc, m.frames[ctx].ptr = pc, ptr
			m.frames = append(m.frames, frame{jump: jRepeat, toplevel: m.frames[ctx].toplevel})
			ctx++
			pc = n
			goto entrance

		case opMaxUntil:
			rep = m.repeat
			if rep == nil {
				return false, ErrInternal
			}
			m.ptr = ptr
			f = &m.frames[ctx]
			f.rep = rep
			f.count = rep.count + 1
			if f.count < int(code[rep.pc+1]) {
				rep.count = f.count
				f.pc, f.ptr = pc, ptr
				m.frames = append(m.frames, frame{jump: jMaxUntil1, toplevel: f.toplevel})
				ctx++
				pc = rep.pc + 3
				goto entrance
			}
			goto maxUntilMore

		case opMinUntil:
			rep = m.repeat
			if rep == nil {
				return false, ErrInternal
			}
			m.ptr = ptr
			f = &m.frames[ctx]
			f.rep = rep
			f.count = rep.count + 1
			if f.count < int(code[rep.pc+1]) {
				rep.count = f.count
				f.pc, f.ptr = pc, ptr
				m.frames = append(m.frames, frame{jump: jMinUntil1, toplevel: f.toplevel})
				ctx++
				pc = rep.pc + 3
				goto entrance
			}
			// Try the tail first.
			m.repeat = rep.prev
			f.lastmark, f.lastindex = m.lastmark, m.lastindex
			if m.repeat != nil {
				m.markPush(f.lastmark)
			}
			f.pc, f.ptr = pc, ptr
			m.frames = append(m.frames, frame{jump: jMinUntil2, toplevel: f.toplevel})
			ctx++
			goto entrance

		case opPossessiveRepeat:
			// <POSSESSIVE_REPEAT> <skip> <min> <max> pattern <SUCCESS> tail
			m.ptr = ptr
			m.frames[ctx].count = 0
			goto possessiveMin

		case opAtomicGroup:
			// <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
			m.ptr = ptr
			f = &m.frames[ctx]
			f.pc, f.ptr = pc, ptr
			m.frames = append(m.frames, frame{jump: jAtomicGroup})
			ctx++
			pc++
			goto entrance

		case opGroupref, opGrouprefIgnore, opGrouprefUniIgnore, opGrouprefLocIgnore:
			g := int(code[pc]) * 2
			if g >= m.lastmark {
				goto failure
			}
			p, e := m.marks[g], m.marks[g+1]
			if p < 0 || e < 0 || e < p {
				goto failure
			}
			for ; p < e; p++ {
				if ptr >= end {
					goto failure
				}
				a, b := uint32(str[ptr]), uint32(str[p])
				switch op {
				case opGrouprefIgnore:
					a, b = lowerASCII(a), lowerASCII(b)
				case opGrouprefUniIgnore:
					a, b = lowerUnicode(a), lowerUnicode(b)
				case opGrouprefLocIgnore:
					a, b = lowerLocale(a), lowerLocale(b)
				}
				if a != b {
					goto failure
				}
				ptr++
			}
			pc++

		case opGrouprefExists:
			// <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno
			g := int(code[pc]) * 2
			if g >= m.lastmark || m.marks[g] < 0 || m.marks[g+1] < 0 || m.marks[g+1] < m.marks[g] {
				pc += int(code[pc+1])
				continue dispatch
			}
			pc += 2

		case opAssert:
			// <ASSERT> <skip> <back> <pattern>
			back := int(code[pc+1])
			if ptr < back {
				goto failure
			}
			m.ptr = ptr - back
			f = &m.frames[ctx]
			f.pc, f.ptr = pc, ptr
			m.frames = append(m.frames, frame{jump: jAssert})
			ctx++
			pc += 2
			goto entrance

		case opAssertNot:
			back := int(code[pc+1])
			if ptr >= back {
				m.ptr = ptr - back
				f = &m.frames[ctx]
				f.lastmark, f.lastindex = m.lastmark, m.lastindex
				if m.repeat != nil {
					m.markPush(f.lastmark)
				}
				f.pc, f.ptr = pc, ptr
				m.frames = append(m.frames, frame{jump: jAssertNot})
				ctx++
				pc += 2
				goto entrance
			}
			pc += int(code[pc])

		case opFailure:
			goto failure

		default:
			return false, ErrInternal
		}
	}

branchNext:
	// pc is at the skip of the next alternative.
	for code[pc] != 0 {
		if code[pc+1] == opLiteral && (ptr >= end || uint32(str[ptr]) != code[pc+2]) {
			pc += int(code[pc])
			continue
		}
		if code[pc+1] == opIn && (ptr >= end || !m.charset(pc+3, uint32(str[ptr]))) {
			pc += int(code[pc])
			continue
		}
		m.ptr = ptr
		f = &m.frames[ctx]
		f.pc, f.ptr = pc, ptr
		m.frames = append(m.frames, frame{jump: jBranch, toplevel: f.toplevel})
		ctx++
		pc++
		goto entrance
	}
	if m.repeat != nil {
		m.markPopDiscard(m.frames[ctx].lastmark)
	}
	goto failure

repeatOneLiteral:
	f = &m.frames[ctx]
	c = f.chr
	for {
		for f.count >= int(code[pc+1]) && (ptr >= end || uint32(str[ptr]) != c) {
			ptr--
			f.count--
		}
		if f.count < int(code[pc+1]) {
			break
		}
		m.ptr = ptr
		f.pc, f.ptr = pc, ptr
		m.frames = append(m.frames, frame{jump: jRepeatOne1, toplevel: f.toplevel})
		ctx++
		pc += int(code[pc])
		goto entrance
	}
	if m.repeat != nil {
		m.markPopDiscard(f.lastmark)
	}
	goto failure

repeatOneGeneral:
	f = &m.frames[ctx]
	if f.count >= int(code[pc+1]) {
		m.ptr = ptr
		f.pc, f.ptr = pc, ptr
		m.frames = append(m.frames, frame{jump: jRepeatOne2, toplevel: f.toplevel})
		ctx++
		pc += int(code[pc])
		goto entrance
	}
	if m.repeat != nil {
		m.markPopDiscard(f.lastmark)
	}
	goto failure

minRepeatOne:
	f = &m.frames[ctx]
	if code[pc+2] == MaxRepeat || f.count <= int(code[pc+2]) {
		m.ptr = ptr
		f.pc, f.ptr = pc, ptr
		m.frames = append(m.frames, frame{jump: jMinRepeatOne, toplevel: f.toplevel})
		ctx++
		pc += int(code[pc])
		goto entrance
	}
	if m.repeat != nil {
		m.markPopDiscard(f.lastmark)
	}
	goto failure

maxUntilMore:
	// The repeat has its minimum: try one more iteration, unless the
	// maximum is reached or the last iteration matched the empty string.
	f = &m.frames[ctx]
	rep = f.rep
	if (f.count < int(code[rep.pc+2]) || code[rep.pc+2] == MaxRepeat) && m.ptr != rep.lastPtr {
		rep.count = f.count
		f.lastmark, f.lastindex = m.lastmark, m.lastindex
		m.markPush(f.lastmark)
		m.data = append(m.data, rep.lastPtr)
		rep.lastPtr = m.ptr
		f.pc, f.ptr = pc, ptr
		m.frames = append(m.frames, frame{jump: jMaxUntil2, toplevel: f.toplevel})
		ctx++
		pc = rep.pc + 3
		goto entrance
	}
	goto maxUntilTail

maxUntilTail:
	// No more iterations: match the tail.
	f = &m.frames[ctx]
	m.repeat = f.rep.prev
	f.pc, f.ptr = pc, ptr
	m.frames = append(m.frames, frame{jump: jMaxUntil3, toplevel: f.toplevel})
	ctx++
	goto entrance

possessiveMin:
	f = &m.frames[ctx]
	if f.count < int(code[pc+1]) {
		f.pc, f.ptr = pc, ptr
		m.frames = append(m.frames, frame{jump: jPossRepeat1})
		ctx++
		pc += 3
		goto entrance
	}
	ptr = -1
	goto possessiveMore

possessiveMore:
	f = &m.frames[ctx]
	if (f.count < int(code[pc+2]) || code[pc+2] == MaxRepeat) && m.ptr != ptr {
		f.lastmark, f.lastindex = m.lastmark, m.lastindex
		m.markPush(f.lastmark)
		ptr = m.ptr
		f.pc, f.ptr = pc, ptr
		m.frames = append(m.frames, frame{jump: jPossRepeat2})
		ctx++
		pc += 3
		goto entrance
	}
	goto possessiveTail

possessiveTail:
	pc += int(code[pc]) + 1
	ptr = m.ptr
	goto dispatch

failure:
	ret = false
	goto exit

success:
	ret = true
	goto exit

exit:
	// Return ret from the current frame to its parent.
	jump = m.frames[ctx].jump
	m.frames = m.frames[:ctx]
	if ctx == 0 {
		return ret, nil
	}
	ctx--
	f = &m.frames[ctx]
	pc, ptr = f.pc, f.ptr
	switch jump {
	case jBranch:
		if m.childReturned(f, ret) {
			goto success
		}
		pc += int(code[pc])
		goto branchNext

	case jRepeatOne1:
		if m.childReturned(f, ret) {
			goto success
		}
		ptr--
		f.count--
		goto repeatOneLiteral

	case jRepeatOne2:
		if m.childReturned(f, ret) {
			goto success
		}
		ptr--
		f.count--
		goto repeatOneGeneral

	case jMinRepeatOne:
		if m.childReturned(f, ret) {
			goto success
		}
		m.ptr = ptr
		if m.count(pc+3, 1) == 0 {
			if m.repeat != nil {
				m.markPopDiscard(f.lastmark)
			}
			goto failure
		}
		ptr++
		f.count++
		goto minRepeatOne

	case jRepeat:
		m.repeat = f.rep.prev
		m.freeRepeat()
		if ret {
			goto success
		}
		goto failure

	case jMaxUntil1, jMinUntil1:
		if ret {
			goto success
		}
		f.rep.count = f.count - 1
		m.ptr = ptr
		goto failure

	case jMaxUntil2:
		rep = f.rep
		rep.lastPtr = m.data[len(m.data)-1]
		m.data = m.data[:len(m.data)-1]
		if ret {
			m.markPopDiscard(f.lastmark)
			goto success
		}
		m.markPop(f.lastmark)
		m.lastmark, m.lastindex = f.lastmark, f.lastindex
		rep.count = f.count - 1
		m.ptr = ptr
		goto maxUntilTail

	case jMaxUntil3:
		m.repeat = f.rep
		if ret {
			goto success
		}
		m.ptr = ptr
		goto failure

	case jMinUntil2:
		{
			tailRepeat := m.repeat
			m.repeat = f.rep
			if ret {
				if tailRepeat != nil {
					m.markPopDiscard(f.lastmark)
				}
				goto success
			}
			if tailRepeat != nil {
				m.markPop(f.lastmark)
			}
		}
		m.lastmark, m.lastindex = f.lastmark, f.lastindex
		m.ptr = ptr
		rep = f.rep
		if (f.count >= int(code[rep.pc+2]) && code[rep.pc+2] != MaxRepeat) || m.ptr == rep.lastPtr {
			goto failure
		}
		rep.count = f.count
		m.data = append(m.data, rep.lastPtr)
		rep.lastPtr = m.ptr
		m.frames = append(m.frames, frame{jump: jMinUntil3, toplevel: f.toplevel})
		ctx++
		pc = rep.pc + 3
		goto entrance

	case jMinUntil3:
		rep = f.rep
		rep.lastPtr = m.data[len(m.data)-1]
		m.data = m.data[:len(m.data)-1]
		if ret {
			goto success
		}
		rep.count = f.count - 1
		m.ptr = ptr
		goto failure

	case jPossRepeat1:
		if ret {
			f.count++
			goto possessiveMin
		}
		m.ptr = ptr
		goto failure

	case jPossRepeat2:
		if ret {
			m.markPopDiscard(f.lastmark)
			f.count++
			goto possessiveMore
		}
		m.markPop(f.lastmark)
		m.lastmark, m.lastindex = f.lastmark, f.lastindex
		m.ptr = ptr
		goto possessiveTail

	case jAtomicGroup:
		if !ret {
			m.ptr = ptr
			goto failure
		}
		pc += int(code[pc])
		ptr = m.ptr
		goto dispatch

	case jAssert:
		if !ret {
			goto failure
		}
		pc += int(code[pc])
		goto dispatch

	case jAssertNot:
		if ret {
			if m.repeat != nil {
				m.markPopDiscard(f.lastmark)
			}
			goto failure
		}
		if m.repeat != nil {
			m.markPop(f.lastmark)
		}
		m.lastmark, m.lastindex = f.lastmark, f.lastindex
		pc += int(code[pc])
		goto dispatch
	}
	return false, ErrInternal
}
