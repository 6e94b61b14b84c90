package pystr

// indexStride is the number of code points between two remembered offsets
// of an Index.
const indexStride = 64

// Index gives fast random access by code point index to a string that is
// not all ASCII: it remembers the byte offset of every 64th code point, so
// ByteOffset, RuneAt and CharAt cost O(64) instead of O(len). It uses about
// one int per 64 code points. Build one lazily for a str that is indexed
// repeatedly; for an ASCII string code point and byte indexes coincide and
// no Index is needed.
type Index struct {
	s     string
	n     int
	ascii bool
	marks []int // marks[k] is the byte offset of code point k*indexStride
}

// NewIndex scans s once and returns its Index.
func NewIndex(s string) *Index {
	x := &Index{s: s}
	if IsASCII(s) {
		x.ascii = true
		x.n = len(s)
		return x
	}
	marks := make([]int, 0, len(s)/(2*indexStride)+1)
	n := 0
	for off := 0; off < len(s); {
		if n%indexStride == 0 {
			marks = append(marks, off)
		}
		off += nextLen(s, off)
		n++
	}
	x.n = n
	x.marks = marks
	return x
}

// String returns the indexed string.
func (x *Index) String() string { return x.s }

// Len returns the number of code points of the indexed string.
func (x *Index) Len() int { return x.n }

// IsASCII reports whether the indexed string is all ASCII.
func (x *Index) IsASCII() bool { return x.ascii }

// ByteOffset returns the byte offset of code point i, clamped to
// 0..len(s) as the package-level ByteOffset does.
func (x *Index) ByteOffset(i int) int {
	if i <= 0 {
		return 0
	}
	if i >= x.n {
		return len(x.s)
	}
	if x.ascii {
		return i
	}
	k := i / indexStride
	off, _ := advance(x.s, x.marks[k], i-k*indexStride)
	return off
}

// CharAt returns s[i] as a substring; negative i counts from the end. ok is
// false when i is out of range.
func (x *Index) CharAt(i int) (string, bool) {
	if i < 0 {
		i += x.n
	}
	if i < 0 || i >= x.n {
		return "", false
	}
	if x.ascii {
		return x.s[i : i+1], true
	}
	off := x.ByteOffset(i)
	_, size := DecodeRune(x.s[off:])
	return x.s[off : off+size], true
}

// RuneAt returns the code point s[i]; negative i counts from the end. ok is
// false when i is out of range.
func (x *Index) RuneAt(i int) (rune, bool) {
	c, ok := x.CharAt(i)
	if !ok {
		return 0, false
	}
	r, _ := DecodeRune(c)
	return r, true
}

// Slice returns s[start:stop:step] with the contract of the package-level
// Slice, using the index to find the first code point.
func (x *Index) Slice(start, stop, step int) string {
	if x.ascii || step != 1 {
		return Slice(x.s, start, stop, step)
	}
	start = max(start, 0)
	stop = min(stop, x.n)
	if stop <= start {
		return ""
	}
	return x.s[x.ByteOffset(start):x.ByteOffset(stop)]
}
