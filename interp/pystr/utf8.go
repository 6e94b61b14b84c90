package pystr

import (
	"iter"
	"unicode/utf8"
	"unsafe"
)

// MaxRune is the largest code point a Python str can hold.
const MaxRune = 0x10FFFF

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
	// invalidBase: a byte b that does not start a well-formed sequence
	// decodes as the lone surrogate invalidBase+b (U+DC80..U+DCFF), the
	// same convention as Python's "surrogateescape" error handler.
	invalidBase = 0xDC00
)

// DecodeRune decodes the first code point of s and returns it with its
// length in bytes.
//
// Well-formed UTF-8 decodes as usual; the three-byte encodings of the
// surrogates U+D800..U+DFFF (ED A0 80 .. ED BF BF) are accepted and decode
// to the surrogate. Any other byte b that does not begin a well-formed
// sequence is one code point of length 1 whose value is U+DC00+b (see the
// package documentation). DecodeRune("") returns (0, 0).
func DecodeRune(s string) (rune, int) {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	return decodeMulti(s)
}

// decodeMulti is DecodeRune for a string that does not start with ASCII.
func decodeMulti(s string) (rune, int) {
	if len(s) == 0 {
		return 0, 0
	}
	// The common two- and three-byte forms first.
	b := s[0]
	if b >= 0xC2 && b < 0xE0 && len(s) > 1 && s[1]&0xC0 == 0x80 {
		return rune(b&0x1F)<<6 | rune(s[1]&0x3F), 2
	}
	if b >= 0xE1 && b < 0xF0 && len(s) > 2 && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80 {
		return rune(b&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	switch seqLen(s, 0) {
	case 3:
		return rune(b&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	case 4:
		return rune(b&0x07)<<18 | rune(s[1]&0x3F)<<12 | rune(s[2]&0x3F)<<6 | rune(s[3]&0x3F), 4
	}
	return invalidBase + rune(b), 1
}

// nextLen returns the length in bytes of the code point at s[i], i < len(s).
func nextLen(s string, i int) int {
	if s[i] < 0x80 {
		return 1
	}
	return nextLenSlow(s, i)
}

func nextLenSlow(s string, i int) int {
	b := s[i]
	if b >= 0xC2 && b < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return 2
	}
	if b >= 0xE1 && b < 0xF0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		return 3
	}
	return seqLen(s, i)
}

// seqLen returns the length of the code point starting at s[i]: 1 for ASCII
// and invalid bytes, 2 to 4 for well-formed sequences (surrogates
// included), 0 when i is at the end.
func seqLen(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	b := s[i]
	switch {
	case b < 0xC2:
		// ASCII, a continuation byte or an overlong two-byte lead.
		return 1
	case b < 0xE0:
		if i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			return 2
		}
	case b < 0xF0:
		if i+2 < len(s) {
			c1 := s[i+1]
			if c1&0xC0 == 0x80 && (b != 0xE0 || c1 >= 0xA0) && s[i+2]&0xC0 == 0x80 {
				return 3
			}
		}
	case b < 0xF5:
		if i+3 < len(s) {
			c1 := s[i+1]
			if c1&0xC0 == 0x80 && (b != 0xF0 || c1 >= 0x90) && (b != 0xF4 || c1 < 0x90) &&
				s[i+2]&0xC0 == 0x80 && s[i+3]&0xC0 == 0x80 {
				return 4
			}
		}
	}
	return 1
}

// DecodeLastRune decodes the last code point of s, consistently with
// DecodeRune (decoding s backwards yields the same code points as decoding
// it forwards). DecodeLastRune("") returns (0, 0).
func DecodeLastRune(s string) (rune, int) {
	n := len(s)
	if n == 0 {
		return 0, 0
	}
	b := s[n-1]
	if b < utf8.RuneSelf {
		return rune(b), 1
	}
	start := n - 1
	lim := max(n-utf8.UTFMax, 0)
	for start > lim && s[start]&0xC0 == 0x80 {
		start--
	}
	r, size := DecodeRune(s[start:])
	if start+size == n {
		return r, size
	}
	return invalidBase + rune(b), 1
}

// RuneLen returns the number of bytes AppendRune writes for r.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return 3
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return 3
}

// AppendRune appends the encoding of r to dst. Surrogates are written in
// their three-byte generalized UTF-8 form; values outside 0..MaxRune are
// written as U+FFFD.
func AppendRune(dst []byte, r rune) []byte {
	if uint32(r) < utf8.RuneSelf {
		return append(dst, byte(r))
	}
	if r >= surrogateMin && r <= surrogateMax {
		return append(dst, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(dst, r)
}

// EncodeRune returns the encoding of r as a string (see AppendRune).
func EncodeRune(r rune) string {
	if uint32(r) < utf8.RuneSelf {
		return asciiStrings[r : r+1]
	}
	var buf [4]byte
	return string(AppendRune(buf[:0], r))
}

// asciiStrings lets EncodeRune and CharAt return one-byte strings without
// allocating.
const asciiStrings = "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f" +
	"\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f" +
	" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\x7f"

// load64 reads 8 bytes of s starting at i, little-endian; the compiler turns
// it into a single load.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

const hiBits = 0x8080808080808080

// IsASCII reports whether every byte of s is below 0x80 (Python's
// str.isascii and bytes.isascii; true for the empty string). It inspects
// eight bytes at a time.
func IsASCII(s string) bool {
	i := 0
	for ; i+32 <= len(s); i += 32 {
		if (load64(s, i)|load64(s, i+8)|load64(s, i+16)|load64(s, i+24))&hiBits != 0 {
			return false
		}
	}
	for ; i+8 <= len(s); i += 8 {
		if load64(s, i)&hiBits != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// asciiPrefixLen returns the length of the longest all-ASCII prefix of s.
func asciiPrefixLen(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if load64(s, i)&hiBits != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			break
		}
	}
	return i
}

// Len returns the number of code points in s: Python's len(s).
func Len(s string) int {
	i := asciiPrefixLen(s)
	n := i
	for i < len(s) {
		b := s[i]
		switch {
		case b < 0x80:
			i++
		case b >= 0xC2 && b < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			i += 2
		case b >= 0xE1 && b < 0xF0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			i += 3
		default:
			i += seqLen(s, i)
		}
		n++
	}
	return n
}

// ByteOffset returns the byte offset in s of the code point with index i
// (0 <= i). If s has at most i code points it returns len(s).
func ByteOffset(s string, i int) int {
	if i <= 0 {
		return 0
	}
	off, _ := advance(s, 0, i)
	return off
}

// advance walks n code points forward from byte offset off and returns the
// new offset and how many code points were actually walked (fewer than n
// only when the end of s is reached).
func advance(s string, off, n int) (int, int) {
	walked := 0
	for walked < n && off < len(s) {
		if s[off] < utf8.RuneSelf {
			// Skip a run of ASCII bytes at once.
			k := min(n-walked, len(s)-off)
			p := asciiPrefixLen(s[off : off+k])
			if p == 0 {
				p = 1
			}
			off += p
			walked += p
			continue
		}
		off += nextLenSlow(s, off)
		walked++
	}
	return off, walked
}

// retreat walks n code points backward from byte offset off and returns
// the new offset and how many code points were actually walked.
func retreat(s string, off, n int) (int, int) {
	walked := 0
	for walked < n && off > 0 {
		_, size := DecodeLastRune(s[:off])
		off -= size
		walked++
	}
	return off, walked
}

// CharIndex returns the number of code points in s[:off], that is the code
// point index corresponding to byte offset off. off is clamped to
// 0..len(s); an offset inside a multi-byte sequence counts the partial
// sequence's bytes as invalid bytes.
func CharIndex(s string, off int) int {
	if off <= 0 {
		return 0
	}
	if off > len(s) {
		off = len(s)
	}
	return Len(s[:off])
}

// RuneAt returns the code point at index i of s. A negative i counts from
// the end as in Python (-1 is the last code point). ok is false when the
// index is out of range (the caller raises IndexError "string index out of
// range").
func RuneAt(s string, i int) (r rune, ok bool) {
	off, size, ok := charBounds(s, i)
	if !ok {
		return 0, false
	}
	r, _ = DecodeRune(s[off : off+size])
	return r, true
}

// CharAt returns s[i] as a one-code-point string (a substring of s, so it
// does not allocate), with RuneAt's index rules.
func CharAt(s string, i int) (string, bool) {
	off, size, ok := charBounds(s, i)
	if !ok {
		return "", false
	}
	return s[off : off+size], true
}

func charBounds(s string, i int) (off, size int, ok bool) {
	if i >= 0 {
		if i < len(s) && s[i] < utf8.RuneSelf && asciiPrefixLen(s[:i]) == i {
			return i, 1, true
		}
		off, walked := advance(s, 0, i)
		if walked < i || off >= len(s) {
			return 0, 0, false
		}
		_, size = DecodeRune(s[off:])
		return off, size, true
	}
	if i == minInt {
		return 0, 0, false
	}
	off, walked := retreat(s, len(s), -i)
	if walked < -i {
		return 0, 0, false
	}
	_, size = DecodeRune(s[off:])
	return off, size, true
}

const (
	maxInt = int(^uint(0) >> 1)
	minInt = -maxInt - 1
)

// Runes iterates over the code points of s, yielding the byte offset and
// the value of each, as DecodeRune decodes them.
func Runes(s string) iter.Seq2[int, rune] {
	return func(yield func(int, rune) bool) {
		for off := 0; off < len(s); {
			r, size := rune(s[off]), 1
			if r >= utf8.RuneSelf {
				r, size = DecodeRune(s[off:])
			}
			if !yield(off, r) {
				return
			}
			off += size
		}
	}
}

// Chars iterates over the code points of s as one-code-point substrings of
// s (what iterating over a Python str yields); it does not allocate.
func Chars(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for off := 0; off < len(s); {
			size := nextLen(s, off)
			if !yield(s[off : off+size]) {
				return
			}
			off += size
		}
	}
}

// AdjustSlice turns the start, stop and step of a Python slice into concrete
// indices for a sequence of the given length, and returns them with the
// slice length, exactly as CPython's PySlice_AdjustIndices does. The caller
// has already replaced None (start: 0 if step > 0 else maxInt; stop: maxInt
// if step > 0 else minInt; step: 1), clamped integers outside the int
// range, and rejected step == 0 ("slice step cannot be zero").
func AdjustSlice(length, start, stop, step int) (int, int, int) {
	if step < -maxInt {
		step = -maxInt // as PySlice_Unpack does, so that -step cannot overflow
	}
	if start < 0 {
		start += length
		if start < 0 {
			if step < 0 {
				start = -1
			} else {
				start = 0
			}
		}
	} else if start >= length {
		if step < 0 {
			start = length - 1
		} else {
			start = length
		}
	}
	if stop < 0 {
		stop += length
		if stop < 0 {
			if step < 0 {
				stop = -1
			} else {
				stop = 0
			}
		}
	} else if stop >= length {
		if step < 0 {
			stop = length - 1
		} else {
			stop = length
		}
	}
	return start, stop, sliceLen(start, stop, step)
}

// sliceLen is the number of items of a slice with resolved indexes.
func sliceLen(start, stop, step int) int {
	if step < 0 {
		if stop < start {
			return (start-stop-1)/(-step) + 1
		}
	} else if start < stop {
		return (stop-start-1)/step + 1
	}
	return 0
}

// Slice returns s[start:stop:step] where start, stop and step are code
// point indices already resolved by AdjustSlice (or PySlice_AdjustIndices)
// against Len(s): for step > 0, 0 <= start, stop <= Len(s); for step < 0,
// -1 <= start, stop <= Len(s)-1. Out-of-contract values do not panic: they
// are clamped as AdjustSlice would. step == 0 returns "". With step == 1
// the result is a substring of s and does not allocate.
func Slice(s string, start, stop, step int) string {
	if step == 0 {
		return ""
	}
	if step < -maxInt {
		step = -maxInt
	}
	if step == 1 {
		if start < 0 {
			start = 0
		}
		if stop <= start {
			return ""
		}
		b, walked := advance(s, 0, start)
		if walked < start {
			return ""
		}
		e, _ := advance(s, b, stop-start)
		return s[b:e]
	}
	ascii := IsASCII(s)
	length := len(s)
	if !ascii {
		length = Len(s)
	}
	// Keep out-of-contract indexes in range.
	if step > 0 {
		start, stop = min(max(start, 0), length), min(max(stop, 0), length)
	} else {
		start, stop = min(max(start, -1), length-1), min(max(stop, -1), length-1)
	}
	n := sliceLen(start, stop, step)
	if n == 0 {
		return ""
	}
	if ascii {
		buf := make([]byte, n)
		for k, i := 0, start; k < n; k, i = k+1, i+step {
			buf[k] = s[i]
		}
		return unsafe.String(&buf[0], n)
	}
	var buf []byte
	off, _ := advance(s, 0, start)
	if step > 0 {
		for k := 0; ; k++ {
			_, size := DecodeRune(s[off:])
			buf = append(buf, s[off:off+size]...)
			if k+1 == n {
				break
			}
			off, _ = advance(s, off, step)
		}
	} else {
		for k := 0; ; k++ {
			_, size := DecodeRune(s[off:])
			buf = append(buf, s[off:off+size]...)
			if k+1 == n {
				break
			}
			off, _ = retreat(s, off, -step)
		}
	}
	return bytesToString(buf)
}

// bytesToString returns the bytes of b as a string without copying; b must
// not be modified afterwards.
func bytesToString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}
