package pystr

import "strings"

// NoStart and NoEnd are the start and end arguments to pass when Python's
// start or end argument is absent or None.
const (
	NoStart = 0
	NoEnd   = maxInt
)

// adjustIndices applies CPython's ADJUST_INDICES: end is clamped to
// 0..length and negative indices count from the end. start is not clamped
// above, so start > end signals an empty, out-of-range window.
func adjustIndices(start, end, length int) (int, int) {
	if end > length {
		end = length
	} else if end < 0 {
		end += length
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += length
		if start < 0 {
			start = 0
		}
	}
	return start, end
}

// window resolves the code point window [start, end) of s (Python argument
// values, see NoStart/NoEnd) and returns its byte bounds and its code point
// bounds. ok is false when the window is empty because start > end; a
// window with start == end is ok.
type window struct {
	bs, be int // byte offsets
	cs, ce int // code point indexes
	ascii  bool
}

func resolve(s string, start, end int) (w window, ok bool) {
	if start == 0 && end >= len(s) {
		// The whole string; no need to know its length yet.
		return window{bs: 0, be: len(s), cs: 0, ce: -1}, true
	}
	if IsASCII(s) {
		start, end = adjustIndices(start, end, len(s))
		if start > end {
			return w, false
		}
		return window{bs: start, be: end, cs: start, ce: end, ascii: true}, true
	}
	if start < 0 || end < 0 || end > len(s) {
		start, end = adjustIndices(start, end, Len(s))
		if start > end {
			return w, false
		}
	} else if start > end {
		return w, false
	}
	// 0 <= start <= end: walk to both, stopping at the end of s.
	bs, walked := advance(s, 0, start)
	if walked < start {
		return w, false // start > len(s), so start > end after clamping
	}
	be, walked2 := advance(s, bs, end-start)
	return window{bs: bs, be: be, cs: start, ce: start + walked2}, true
}

// index converts a byte offset inside the window to a code point index.
func (w *window) index(s string, off int) int {
	if w.ascii {
		return off
	}
	return w.cs + charsBefore(s[w.bs:], off-w.bs)
}

// charsBefore returns the index of the code point of s that contains byte
// offset off: the number of code points before off when off is a code
// point boundary, as it always is for a match of a valid needle. (A needle
// that is not valid UTF-8 can match from inside a code point; its match is
// reported at the code point it starts in.)
func charsBefore(s string, off int) int {
	p := asciiPrefixLen(s[:off])
	n := p
	for p < off {
		size := nextLen(s, p)
		if p+size > off {
			break
		}
		p += size
		n++
	}
	return n
}

// Find implements str.find: the lowest code point index at which sub occurs
// within s[start:end], or -1. start and end are Python's arguments (negative
// counts from the end; pass NoStart/NoEnd for None); as in CPython,
// "abc".find("", 3) is 3 but "abc".find("", 4) is -1. str.index is Find
// with the caller raising ValueError("substring not found") on -1.
func Find(s, sub string, start, end int) int {
	w, ok := resolve(s, start, end)
	if !ok {
		return -1
	}
	if len(sub) == 0 {
		return w.cs
	}
	var i int
	if len(sub) == 1 {
		i = strings.IndexByte(s[w.bs:w.be], sub[0])
	} else {
		i = strings.Index(s[w.bs:w.be], sub)
	}
	if i < 0 {
		return -1
	}
	return w.index(s, w.bs+i)
}

// RFind implements str.rfind (and str.rindex, the caller raising on -1):
// the highest index at which sub occurs within s[start:end], or -1.
func RFind(s, sub string, start, end int) int {
	w, ok := resolve(s, start, end)
	if !ok {
		return -1
	}
	if len(sub) == 0 {
		if w.ce < 0 {
			return Len(s)
		}
		return w.ce
	}
	var i int
	if len(sub) == 1 {
		i = strings.LastIndexByte(s[w.bs:w.be], sub[0])
	} else {
		i = strings.LastIndex(s[w.bs:w.be], sub)
	}
	if i < 0 {
		return -1
	}
	return w.index(s, w.bs+i)
}

// Count implements str.count: the number of non-overlapping occurrences of
// sub in s[start:end]. An empty sub occurs once per code point plus one, so
// "".count("") is 1.
func Count(s, sub string, start, end int) int {
	w, ok := resolve(s, start, end)
	if !ok {
		return 0
	}
	if len(sub) == 0 {
		if w.ce < 0 {
			return Len(s) + 1
		}
		return w.ce - w.cs + 1
	}
	return strings.Count(s[w.bs:w.be], sub)
}

// Contains implements the "in" operator for str (sub in s).
func Contains(s, sub string) bool { return strings.Contains(s, sub) }

// StartsWith implements str.startswith for one prefix; a tuple of prefixes
// is StartsWithAny. start and end follow Find's conventions; as in Python
// "abc".startswith("", 3) is true and "abc".startswith("", 4) false.
func StartsWith(s, prefix string, start, end int) bool {
	w, ok := resolve(s, start, end)
	return ok && strings.HasPrefix(s[w.bs:w.be], prefix)
}

// EndsWith implements str.endswith for one suffix (see StartsWith).
func EndsWith(s, suffix string, start, end int) bool {
	w, ok := resolve(s, start, end)
	return ok && strings.HasSuffix(s[w.bs:w.be], suffix)
}

// StartsWithAny implements str.startswith with a tuple of prefixes: true if
// any prefix matches. The window is resolved once.
func StartsWithAny(s string, prefixes []string, start, end int) bool {
	w, ok := resolve(s, start, end)
	if !ok {
		return false
	}
	for _, p := range prefixes {
		if strings.HasPrefix(s[w.bs:w.be], p) {
			return true
		}
	}
	return false
}

// EndsWithAny implements str.endswith with a tuple of suffixes.
func EndsWithAny(s string, suffixes []string, start, end int) bool {
	w, ok := resolve(s, start, end)
	if !ok {
		return false
	}
	for _, p := range suffixes {
		if strings.HasSuffix(s[w.bs:w.be], p) {
			return true
		}
	}
	return false
}

// Replace implements str.replace: the first count non-overlapping
// occurrences of old are replaced by new; count < 0 replaces all. An empty
// old matches before every code point and at the end, so
// "abc".replace("", "-") is "-a-b-c-" and "".replace("", "x") is "x". The
// error is a MemoryError when the result would exceed MaxResultBytes.
func Replace(s, old, new string, count int) (string, error) {
	if count == 0 || (len(old) == 0 && len(new) == 0) {
		return s, nil
	}
	if len(old) > 0 {
		n := strings.Count(s, old)
		if n == 0 {
			return s, nil
		}
		if count > 0 && n > count {
			n = count
		}
		if err := checkReplaceSize(len(s), n, len(old), len(new)); err != nil {
			return "", err
		}
		return strings.Replace(s, old, new, n), nil
	}
	// Empty old: insert new before each of the first count code points,
	// and at the end if count allows.
	n := Len(s) + 1
	if count > 0 && n > count {
		n = count
	}
	if err := checkReplaceSize(len(s), n, 0, len(new)); err != nil {
		return "", err
	}
	buf := make([]byte, 0, len(s)+n*len(new))
	i := 0
	for k := 0; k < n; k++ {
		buf = append(buf, new...)
		if i == len(s) {
			break
		}
		size := nextLen(s, i)
		buf = append(buf, s[i:i+size]...)
		i += size
	}
	buf = append(buf, s[i:]...)
	return bytesToString(buf), nil
}

// checkReplaceSize checks that replacing n occurrences of a pattern of
// oldLen bytes by newLen bytes in a string of length total fits.
func checkReplaceSize(total, n, oldLen, newLen int) error {
	if newLen <= oldLen {
		return nil
	}
	d := newLen - oldLen
	if n > (maxInt-total)/d {
		return &Error{Type: "OverflowError", Msg: "replace string is too long"}
	}
	return checkSize(total + n*d)
}

// RemovePrefix implements str.removeprefix (and bytes.removeprefix).
func RemovePrefix(s, prefix string) string {
	return strings.TrimPrefix(s, prefix)
}

// RemoveSuffix implements str.removesuffix (and bytes.removesuffix).
func RemoveSuffix(s, suffix string) string {
	return strings.TrimSuffix(s, suffix)
}
