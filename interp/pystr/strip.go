package pystr

import "unicode/utf8"

// The strip family returns substrings of s (no allocation).

// Strip implements str.strip() (chars None): leading and trailing
// whitespace (IsSpaceRune) removed.
func Strip(s string) string { return RStrip(LStrip(s)) }

// LStrip implements str.lstrip().
func LStrip(s string) string {
	i := 0
	for i < len(s) {
		b := s[i]
		if b < utf8.RuneSelf {
			if !pyWhitespace[b] {
				break
			}
			i++
			continue
		}
		sp, size := spaceAt(s, i)
		if !sp {
			break
		}
		i += size
	}
	return s[i:]
}

// RStrip implements str.rstrip().
func RStrip(s string) string {
	j := len(s)
	for j > 0 {
		b := s[j-1]
		if b < utf8.RuneSelf {
			if !pyWhitespace[b] {
				break
			}
			j--
			continue
		}
		sp, size := spaceBefore(s, j)
		if !sp {
			break
		}
		j -= size
	}
	return s[:j]
}

// byteSet is a set of bytes.
type byteSet [4]uint64

func (t *byteSet) add(b byte)      { t[b>>6] |= 1 << (b & 63) }
func (t *byteSet) has(b byte) bool { return t[b>>6]&(1<<(b&63)) != 0 }
func makeByteSet(chars string) (t byteSet) {
	for i := 0; i < len(chars); i++ {
		t.add(chars[i])
	}
	return t
}

// runeSet is the set of code points of a strip argument.
type runeSet struct {
	ascii byteSet       // ASCII members
	other []rune        // non-ASCII members, while few
	big   map[rune]bool // non-ASCII members, when many
}

func makeRuneSet(chars string) *runeSet {
	t := &runeSet{}
	for i := 0; i < len(chars); {
		r, size := DecodeRune(chars[i:])
		if r < utf8.RuneSelf {
			t.ascii.add(byte(r))
		} else {
			t.other = append(t.other, r)
		}
		i += size
	}
	if len(t.other) > 16 {
		t.big = make(map[rune]bool, len(t.other))
		for _, r := range t.other {
			t.big[r] = true
		}
	}
	return t
}

func (t *runeSet) has(r rune) bool {
	if r < utf8.RuneSelf {
		return t.ascii.has(byte(r))
	}
	if t.big != nil {
		return t.big[r]
	}
	for _, x := range t.other {
		if x == r {
			return true
		}
	}
	return false
}

// StripChars implements str.strip(chars) for a str chars: the longest
// prefix and suffix made of code points of chars are removed.
func StripChars(s, chars string) string {
	if IsASCII(chars) {
		set := makeByteSet(chars)
		return rstripBytes(lstripBytes(s, &set), &set)
	}
	set := makeRuneSet(chars)
	return rstripRunes(lstripRunes(s, set), set)
}

// LStripChars implements str.lstrip(chars).
func LStripChars(s, chars string) string {
	if IsASCII(chars) {
		set := makeByteSet(chars)
		return lstripBytes(s, &set)
	}
	return lstripRunes(s, makeRuneSet(chars))
}

// RStripChars implements str.rstrip(chars).
func RStripChars(s, chars string) string {
	if IsASCII(chars) {
		set := makeByteSet(chars)
		return rstripBytes(s, &set)
	}
	return rstripRunes(s, makeRuneSet(chars))
}

// lstripBytes and rstripBytes strip bytes of set. For a str and an ASCII
// set they are exact: bytes of multi-byte sequences are never in the set.
func lstripBytes(s string, set *byteSet) string {
	i := 0
	for i < len(s) && set.has(s[i]) {
		i++
	}
	return s[i:]
}

func rstripBytes(s string, set *byteSet) string {
	j := len(s)
	for j > 0 && set.has(s[j-1]) {
		j--
	}
	return s[:j]
}

func lstripRunes(s string, set *runeSet) string {
	i := 0
	for i < len(s) {
		r, size := DecodeRune(s[i:])
		if !set.has(r) {
			break
		}
		i += size
	}
	return s[i:]
}

func rstripRunes(s string, set *runeSet) string {
	j := len(s)
	for j > 0 {
		r, size := DecodeLastRune(s[:j])
		if !set.has(r) {
			break
		}
		j -= size
	}
	return s[:j]
}
