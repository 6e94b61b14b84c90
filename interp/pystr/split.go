package pystr

import (
	"strings"
	"unicode/utf8"
)

// All results of the split family are substrings of s (they share its
// memory). maxsplit < 0 means no limit, as in Python.

// Split implements str.split(sep, maxsplit) for a given separator; sep ==
// "" is ErrEmptySeparator. For sep=None use SplitWhitespace.
func Split(s, sep string, maxsplit int) ([]string, error) {
	if len(sep) == 0 {
		return nil, ErrEmptySeparator
	}
	return splitSep(s, sep, maxsplit), nil
}

func splitSep(s, sep string, maxsplit int) []string {
	n := strings.Count(s, sep)
	if maxsplit >= 0 && n > maxsplit {
		n = maxsplit
	}
	out := make([]string, 0, n+1)
	for ; n > 0; n-- {
		i := strings.Index(s, sep)
		out = append(out, s[:i])
		s = s[i+len(sep):]
	}
	return append(out, s)
}

// RSplit implements str.rsplit(sep, maxsplit) for a given separator: like
// Split but the splits are made from the right.
func RSplit(s, sep string, maxsplit int) ([]string, error) {
	if len(sep) == 0 {
		return nil, ErrEmptySeparator
	}
	return rsplitSep(s, sep, maxsplit), nil
}

func rsplitSep(s, sep string, maxsplit int) []string {
	if maxsplit < 0 {
		maxsplit = maxInt
	}
	// Matches are taken from the right, which differs from splitting from
	// the left when sep overlaps itself: "aaa".rsplit("aa") is ["a", ""].
	var out []string
	for ; maxsplit > 0; maxsplit-- {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		out = append(out, s[i+len(sep):])
		s = s[:i]
	}
	out = append(out, s)
	reverse(out)
	return out
}

// spaceAt reports whether a whitespace code point starts at s[i] and
// returns its length.
func spaceAt(s string, i int) (bool, int) {
	b := s[i]
	if b < utf8.RuneSelf {
		return pyWhitespace[b], 1
	}
	// Non-ASCII whitespace is encoded with a lead byte C2, E1, E2 or E3.
	if b != 0xC2 && (b < 0xE1 || b > 0xE3) {
		return false, nextLenSlow(s, i)
	}
	r, size := decodeMulti(s[i:])
	return lookup(r).flags&fSpace != 0, size
}

// spaceBefore reports whether a whitespace code point ends just before
// offset j of s and returns its length.
func spaceBefore(s string, j int) (bool, int) {
	b := s[j-1]
	if b < utf8.RuneSelf {
		return pyWhitespace[b], 1
	}
	r, size := DecodeLastRune(s[:j])
	return lookup(r).flags&fSpace != 0, size
}

// SplitWhitespace implements str.split() and str.split(None, maxsplit):
// runs of whitespace (IsSpaceRune) separate the pieces and leading and
// trailing whitespace produces no empty piece. When maxsplit is reached the
// rest of the string, without its leading whitespace, is the last piece.
func SplitWhitespace(s string, maxsplit int) []string {
	if IsASCII(s) {
		return splitWhiteTable(s, maxsplit, &pyWhitespace)
	}
	if maxsplit < 0 {
		maxsplit = maxInt
	}
	// Count the pieces first so that the result is allocated once.
	n := 0
	in := false
	for i := 0; i < len(s); {
		sp, size := spaceAt(s, i)
		if !sp && !in {
			n++
		}
		in = !sp
		i += size
	}
	if n-1 > maxsplit {
		n = maxsplit + 1
	}
	out := make([]string, 0, n)
	i := 0
	for ; maxsplit > 0; maxsplit-- {
		for i < len(s) {
			sp, size := spaceAt(s, i)
			if !sp {
				break
			}
			i += size
		}
		if i == len(s) {
			return out
		}
		j := i
		for i < len(s) {
			sp, size := spaceAt(s, i)
			if sp {
				break
			}
			i += size
		}
		out = append(out, s[j:i])
	}
	for i < len(s) {
		sp, size := spaceAt(s, i)
		if !sp {
			out = append(out, s[i:])
			break
		}
		i += size
	}
	return out
}

// splitWhiteTable is SplitWhitespace for byte strings (and ASCII str),
// where space tells which bytes are whitespace.
func splitWhiteTable(s string, maxsplit int, space *[256]bool) []string {
	if maxsplit < 0 {
		maxsplit = maxInt
	}
	// Count the pieces first so that the result is allocated once.
	n := 0
	in := false
	for i := 0; i < len(s); i++ {
		sp := space[s[i]]
		if !sp && !in {
			n++
		}
		in = !sp
	}
	if n-1 > maxsplit {
		n = maxsplit + 1
	}
	out := make([]string, 0, n)
	i := 0
	for ; maxsplit > 0; maxsplit-- {
		for i < len(s) && space[s[i]] {
			i++
		}
		if i == len(s) {
			return out
		}
		j := i
		for i < len(s) && !space[s[i]] {
			i++
		}
		out = append(out, s[j:i])
	}
	for i < len(s) && space[s[i]] {
		i++
	}
	if i < len(s) {
		out = append(out, s[i:])
	}
	return out
}

// RSplitWhitespace implements str.rsplit() and str.rsplit(None, maxsplit):
// like SplitWhitespace but splitting from the right, so that the rest of the
// string, without its trailing whitespace, is the first piece.
func RSplitWhitespace(s string, maxsplit int) []string {
	if maxsplit < 0 {
		return SplitWhitespace(s, -1)
	}
	if IsASCII(s) {
		return rsplitWhiteTable(s, maxsplit, &pyWhitespace)
	}
	var out []string
	j := len(s)
	for ; maxsplit > 0; maxsplit-- {
		for j > 0 {
			sp, size := spaceBefore(s, j)
			if !sp {
				break
			}
			j -= size
		}
		if j == 0 {
			break
		}
		i := j
		for j > 0 {
			sp, size := spaceBefore(s, j)
			if sp {
				break
			}
			j -= size
		}
		out = append(out, s[j:i])
	}
	for j > 0 {
		sp, size := spaceBefore(s, j)
		if !sp {
			out = append(out, s[:j])
			break
		}
		j -= size
	}
	reverse(out)
	return out
}

func rsplitWhiteTable(s string, maxsplit int, space *[256]bool) []string {
	if maxsplit < 0 {
		return splitWhiteTable(s, -1, space)
	}
	var out []string
	j := len(s)
	for ; maxsplit > 0; maxsplit-- {
		for j > 0 && space[s[j-1]] {
			j--
		}
		if j == 0 {
			break
		}
		i := j
		for j > 0 && !space[s[j-1]] {
			j--
		}
		out = append(out, s[j:i])
	}
	for j > 0 && space[s[j-1]] {
		j--
	}
	if j > 0 {
		out = append(out, s[:j])
	}
	reverse(out)
	return out
}

func reverse(a []string) {
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
}

// SplitLines implements str.splitlines: lines end at \n, \r, \r\n, \v, \f,
// \x1c, \x1d, \x1e, \x85, U+2028 and U+2029; keepends keeps the line
// boundaries in the pieces. A final line boundary does not start an empty
// line, and "".splitlines() is empty.
func SplitLines(s string, keepends bool) []string {
	var out []string
	for i := 0; i < len(s); {
		j := i
		eol, next := len(s), len(s)
		for i < len(s) {
			b := s[i]
			if b < utf8.RuneSelf {
				if b <= '\r' && b >= '\n' || b >= 0x1C && b <= 0x1E {
					eol, next = i, i+1
					if b == '\r' && i+1 < len(s) && s[i+1] == '\n' {
						next = i + 2
					}
					break
				}
				i++
				continue
			}
			r, size := DecodeRune(s[i:])
			if r == 0x85 || r == 0x2028 || r == 0x2029 {
				eol, next = i, i+size
				break
			}
			i += size
		}
		if keepends {
			eol = next
		}
		out = append(out, s[j:eol])
		i = next
	}
	return out
}

// Partition implements str.partition: the part before the first sep, sep,
// and the part after; (s, "", "") when sep does not occur. sep == "" is
// ErrEmptySeparator. It works on bytes as well (bytes.partition).
func Partition(s, sep string) (before, sepOut, after string, err error) {
	if len(sep) == 0 {
		return "", "", "", ErrEmptySeparator
	}
	i := strings.Index(s, sep)
	if i < 0 {
		return s, "", "", nil
	}
	return s[:i], s[i : i+len(sep)], s[i+len(sep):], nil
}

// RPartition implements str.rpartition: split at the last sep; ("", "", s)
// when sep does not occur.
func RPartition(s, sep string) (before, sepOut, after string, err error) {
	if len(sep) == 0 {
		return "", "", "", ErrEmptySeparator
	}
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return "", "", s, nil
	}
	return s[:i], s[i : i+len(sep)], s[i+len(sep):], nil
}
