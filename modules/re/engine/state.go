package engine

// State is a program bound to a subject string, with the position where
// the next match attempt starts: what sre's SRE_STATE is to its callers.
// Match, FullMatch and Search make one attempt; Next prepares the
// following attempt of a findall/finditer/sub/split loop.
type State struct {
	b *machine[byte]
	r *machine[rune]
	// Groups is the number of groups of the program.
	Groups int
}

// NewBytesState binds prog to a subject of bytes (also a str subject
// whose characters are all below U+0100, one byte each).
func NewBytesState(prog *Program, s []byte, pos, endpos int, opts Options) *State {
	m := &machine[byte]{}
	m.init(prog.Code, s, prog.Marks, pos, endpos, opts)
	return &State{b: m, Groups: prog.Groups}
}

// NewRunesState binds prog to a subject of code points.
func NewRunesState(prog *Program, s []rune, pos, endpos int, opts Options) *State {
	m := &machine[rune]{}
	m.init(prog.Code, s, prog.Marks, pos, endpos, opts)
	return &State{r: m, Groups: prog.Groups}
}

// Pos and EndPos are the bounds of the subject after clamping.
func (s *State) Pos() int {
	if s.b != nil {
		return s.b.pos
	}
	return s.r.pos
}

func (s *State) EndPos() int {
	if s.b != nil {
		return s.b.endpos
	}
	return s.r.endpos
}

// Start is where the last match began (or the next attempt begins).
func (s *State) Start() int {
	if s.b != nil {
		return s.b.start
	}
	return s.r.start
}

// End is where the last match ended.
func (s *State) End() int {
	if s.b != nil {
		return s.b.ptr
	}
	return s.r.ptr
}

func (s *State) reset() {
	if s.b != nil {
		s.b.reset()
		s.b.ptr = s.b.start
		s.b.steps, s.b.nextPoll = 0, 0
	} else {
		s.r.reset()
		s.r.ptr = s.r.start
		s.r.steps, s.r.nextPoll = 0, 0
	}
}

// Match tries the program at the start position.
func (s *State) Match() (bool, error) {
	s.reset()
	if s.b != nil {
		s.b.matchAll = false
		return s.b.match(0, true)
	}
	s.r.matchAll = false
	return s.r.match(0, true)
}

// FullMatch tries the program at the start position, requiring the
// match to reach the end position.
func (s *State) FullMatch() (bool, error) {
	s.reset()
	if s.b != nil {
		s.b.matchAll = true
		ok, err := s.b.match(0, true)
		s.b.matchAll = false
		return ok, err
	}
	s.r.matchAll = true
	ok, err := s.r.match(0, true)
	s.r.matchAll = false
	return ok, err
}

// Search looks for the leftmost match from the start position on.
func (s *State) Search() (bool, error) {
	s.reset()
	if s.b != nil {
		return s.b.search()
	}
	return s.r.search()
}

// Next moves the start of the next attempt to the end of the last match;
// when that match was empty, the next one must not be empty at the same
// place (the rule findall, finditer, sub and split follow).
func (s *State) Next() {
	if s.b != nil {
		s.b.mustAdvance = s.b.ptr == s.b.start
		s.b.start = s.b.ptr
	} else {
		s.r.mustAdvance = s.r.ptr == s.r.start
		s.r.start = s.r.ptr
	}
}

// Done reports whether a findall/sub loop has passed the end position.
func (s *State) Done() bool {
	if s.b != nil {
		return s.b.start > s.b.end
	}
	return s.r.start > s.r.end
}

// Spans returns the spans of the last match: dst[0], dst[1] for the whole
// match, then a pair per group, -1, -1 for a group that did not take part.
func (s *State) Spans(dst []int) []int {
	var marks []int
	var lastmark, start, ptr int
	if s.b != nil {
		marks, lastmark, start, ptr = s.b.marks, s.b.lastmark, s.b.start, s.b.ptr
	} else {
		marks, lastmark, start, ptr = s.r.marks, s.r.lastmark, s.r.start, s.r.ptr
	}
	dst = append(dst[:0], start, ptr)
	for j := 0; j < 2*s.Groups; j += 2 {
		if j+1 <= lastmark && marks[j] >= 0 && marks[j+1] >= 0 {
			dst = append(dst, marks[j], marks[j+1])
		} else {
			dst = append(dst, -1, -1)
		}
	}
	return dst
}

// LastIndex is the group that closed last in the last match, or -1.
func (s *State) LastIndex() int {
	if s.b != nil {
		return s.b.lastindex
	}
	return s.r.lastindex
}
