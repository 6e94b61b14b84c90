package pystr

import "strings"

// The Bytes* functions implement the methods of bytes and bytearray whose
// algorithm matches the str one, on a Go string holding the raw bytes.
// Indexes, widths and columns count bytes; whitespace is the ASCII set
// space \t \n \v \f \r (not \x1c-\x1f as for str); letters, digits and case
// are ASCII only. Functions that need no Bytes variant because they already
// work on bytes: Split, RSplit, Partition, RPartition, RemovePrefix,
// RemoveSuffix, Join, IsASCII and Contains. A bytearray held in a []byte
// can be passed as string(b); results that are substrings share the
// argument's memory.

// bytesWhitespace marks the bytes Python's bytes methods treat as
// whitespace.
var bytesWhitespace = [256]bool{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true}

func bytesWindow(s string, start, end int) (int, int, bool) {
	start, end = adjustIndices(start, end, len(s))
	return start, end, start <= end
}

// BytesFind implements bytes.find(sub, start, end) with byte indexes (and
// bytes.index, the caller raising ErrSubsectionNotFound on -1). An integer
// sub is passed as a one-byte string.
func BytesFind(s, sub string, start, end int) int {
	start, end, ok := bytesWindow(s, start, end)
	if !ok {
		return -1
	}
	var i int
	if len(sub) == 1 {
		i = strings.IndexByte(s[start:end], sub[0])
	} else {
		i = strings.Index(s[start:end], sub)
	}
	if i < 0 {
		return -1
	}
	return start + i
}

// BytesRFind implements bytes.rfind.
func BytesRFind(s, sub string, start, end int) int {
	start, end, ok := bytesWindow(s, start, end)
	if !ok {
		return -1
	}
	var i int
	if len(sub) == 1 {
		i = strings.LastIndexByte(s[start:end], sub[0])
	} else {
		i = strings.LastIndex(s[start:end], sub)
	}
	if i < 0 {
		return -1
	}
	return start + i
}

// BytesCount implements bytes.count.
func BytesCount(s, sub string, start, end int) int {
	start, end, ok := bytesWindow(s, start, end)
	if !ok {
		return 0
	}
	if len(sub) == 0 {
		return end - start + 1
	}
	return strings.Count(s[start:end], sub)
}

// BytesStartsWith implements bytes.startswith for one prefix.
func BytesStartsWith(s, prefix string, start, end int) bool {
	start, end, ok := bytesWindow(s, start, end)
	return ok && strings.HasPrefix(s[start:end], prefix)
}

// BytesEndsWith implements bytes.endswith for one suffix.
func BytesEndsWith(s, suffix string, start, end int) bool {
	start, end, ok := bytesWindow(s, start, end)
	return ok && strings.HasSuffix(s[start:end], suffix)
}

// BytesStartsWithAny implements bytes.startswith with a tuple of prefixes.
func BytesStartsWithAny(s string, prefixes []string, start, end int) bool {
	for _, p := range prefixes {
		if BytesStartsWith(s, p, start, end) {
			return true
		}
	}
	return false
}

// BytesEndsWithAny implements bytes.endswith with a tuple of suffixes.
func BytesEndsWithAny(s string, suffixes []string, start, end int) bool {
	for _, p := range suffixes {
		if BytesEndsWith(s, p, start, end) {
			return true
		}
	}
	return false
}

// BytesReplace implements bytes.replace; an empty old matches before every
// byte and at the end.
func BytesReplace(s, old, new string, count int) (string, error) {
	if len(old) > 0 || count == 0 || len(new) == 0 {
		return Replace(s, old, new, count)
	}
	n := len(s) + 1
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
		buf = append(buf, s[i])
		i++
	}
	buf = append(buf, s[i:]...)
	return bytesToString(buf), nil
}

// BytesSplitWhitespace implements bytes.split() / bytes.split(None, maxsplit).
func BytesSplitWhitespace(s string, maxsplit int) []string {
	return splitWhiteTable(s, maxsplit, &bytesWhitespace)
}

// BytesRSplitWhitespace implements bytes.rsplit() / bytes.rsplit(None, maxsplit).
func BytesRSplitWhitespace(s string, maxsplit int) []string {
	return rsplitWhiteTable(s, maxsplit, &bytesWhitespace)
}

// BytesSplitLines implements bytes.splitlines: lines end at \n, \r or \r\n
// only.
func BytesSplitLines(s string, keepends bool) []string {
	var out []string
	for i := 0; i < len(s); {
		j := i
		for i < len(s) && s[i] != '\n' && s[i] != '\r' {
			i++
		}
		eol := i
		if i < len(s) {
			if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				i += 2
			} else {
				i++
			}
			if keepends {
				eol = i
			}
		}
		out = append(out, s[j:eol])
	}
	return out
}

// BytesStrip implements bytes.strip() (ASCII whitespace).
func BytesStrip(s string) string { return BytesRStrip(BytesLStrip(s)) }

// BytesLStrip implements bytes.lstrip().
func BytesLStrip(s string) string {
	i := 0
	for i < len(s) && bytesWhitespace[s[i]] {
		i++
	}
	return s[i:]
}

// BytesRStrip implements bytes.rstrip().
func BytesRStrip(s string) string {
	j := len(s)
	for j > 0 && bytesWhitespace[s[j-1]] {
		j--
	}
	return s[:j]
}

// BytesStripChars implements bytes.strip(chars): bytes of chars removed
// from both ends.
func BytesStripChars(s, chars string) string {
	set := makeByteSet(chars)
	return rstripBytes(lstripBytes(s, &set), &set)
}

// BytesLStripChars implements bytes.lstrip(chars).
func BytesLStripChars(s, chars string) string {
	set := makeByteSet(chars)
	return lstripBytes(s, &set)
}

// BytesRStripChars implements bytes.rstrip(chars).
func BytesRStripChars(s, chars string) string {
	set := makeByteSet(chars)
	return rstripBytes(s, &set)
}

// BytesCenter implements bytes.center(width, fillbyte).
func BytesCenter(s string, width int, fill byte) (string, error) {
	if width <= len(s) {
		return s, nil
	}
	marg := width - len(s)
	left := marg/2 + (marg & width & 1)
	return padWith(s, left, marg-left, []byte{fill})
}

// BytesLJust implements bytes.ljust(width, fillbyte).
func BytesLJust(s string, width int, fill byte) (string, error) {
	if width <= len(s) {
		return s, nil
	}
	return padWith(s, 0, width-len(s), []byte{fill})
}

// BytesRJust implements bytes.rjust(width, fillbyte).
func BytesRJust(s string, width int, fill byte) (string, error) {
	if width <= len(s) {
		return s, nil
	}
	return padWith(s, width-len(s), 0, []byte{fill})
}

// BytesZFill implements bytes.zfill(width).
func BytesZFill(s string, width int) (string, error) { return zfill(s, width, len(s)) }

// BytesExpandTabs implements bytes.expandtabs(tabsize): columns count
// bytes.
func BytesExpandTabs(s string, tabsize int) (string, error) {
	return expandTabs(s, tabsize, true)
}

// mapBytes returns s with every byte mapped by f, or s itself if no byte
// changes.
func mapBytes(s string, f func(byte) byte) string {
	for i := 0; i < len(s); i++ {
		if f(s[i]) != s[i] {
			buf := make([]byte, len(s))
			copy(buf, s[:i])
			for ; i < len(s); i++ {
				buf[i] = f(s[i])
			}
			return bytesToString(buf)
		}
	}
	return s
}

func asciiSwap(b byte) byte {
	switch {
	case 'A' <= b && b <= 'Z':
		return b + ('a' - 'A')
	case 'a' <= b && b <= 'z':
		return b - ('a' - 'A')
	}
	return b
}

// BytesLower implements bytes.lower (ASCII letters only).
func BytesLower(s string) string { return mapBytes(s, asciiLower) }

// BytesUpper implements bytes.upper.
func BytesUpper(s string) string { return mapBytes(s, asciiUpper) }

// BytesSwapcase implements bytes.swapcase.
func BytesSwapcase(s string) string { return mapBytes(s, asciiSwap) }

// BytesCapitalize implements bytes.capitalize: first byte uppercased, the
// others lowercased.
func BytesCapitalize(s string) string {
	if len(s) == 0 {
		return s
	}
	buf := make([]byte, len(s))
	buf[0] = asciiUpper(s[0])
	for i := 1; i < len(s); i++ {
		buf[i] = asciiLower(s[i])
	}
	return bytesToString(buf)
}

// BytesTitle implements bytes.title.
func BytesTitle(s string) string {
	buf := make([]byte, len(s))
	prevCased := false
	for i := 0; i < len(s); i++ {
		b := s[i]
		switch {
		case 'a' <= b && b <= 'z':
			if !prevCased {
				b = asciiUpper(b)
			}
			prevCased = true
		case 'A' <= b && b <= 'Z':
			if prevCased {
				b = asciiLower(b)
			}
			prevCased = true
		default:
			prevCased = false
		}
		buf[i] = b
	}
	return bytesToString(buf)
}

func allBytes(s string, ok func(byte) bool) bool {
	if len(s) == 0 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !ok(s[i]) {
			return false
		}
	}
	return true
}

func isASCIILower(b byte) bool { return 'a' <= b && b <= 'z' }
func isASCIIUpper(b byte) bool { return 'A' <= b && b <= 'Z' }
func isASCIIDigit(b byte) bool { return '0' <= b && b <= '9' }
func isASCIIAlpha(b byte) bool { return isASCIILower(b) || isASCIIUpper(b) }
func isASCIIAlnum(b byte) bool { return isASCIIAlpha(b) || isASCIIDigit(b) }
func isBytesSpace(b byte) bool { return bytesWhitespace[b] }

// BytesIsAlnum implements bytes.isalnum.
func BytesIsAlnum(s string) bool { return allBytes(s, isASCIIAlnum) }

// BytesIsAlpha implements bytes.isalpha.
func BytesIsAlpha(s string) bool { return allBytes(s, isASCIIAlpha) }

// BytesIsDigit implements bytes.isdigit.
func BytesIsDigit(s string) bool { return allBytes(s, isASCIIDigit) }

// BytesIsSpace implements bytes.isspace.
func BytesIsSpace(s string) bool { return allBytes(s, isBytesSpace) }

// BytesIsLower implements bytes.islower: some lowercase letter and no
// uppercase one.
func BytesIsLower(s string) bool {
	cased := false
	for i := 0; i < len(s); i++ {
		if isASCIIUpper(s[i]) {
			return false
		}
		if isASCIILower(s[i]) {
			cased = true
		}
	}
	return cased
}

// BytesIsUpper implements bytes.isupper.
func BytesIsUpper(s string) bool {
	cased := false
	for i := 0; i < len(s); i++ {
		if isASCIILower(s[i]) {
			return false
		}
		if isASCIIUpper(s[i]) {
			cased = true
		}
	}
	return cased
}

// BytesIsTitle implements bytes.istitle.
func BytesIsTitle(s string) bool {
	cased, prevCased := false, false
	for i := 0; i < len(s); i++ {
		b := s[i]
		switch {
		case isASCIIUpper(b):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case isASCIILower(b):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

// BytesMakeTrans implements bytes.maketrans(from, to): a 256-byte table
// mapping every byte to itself except from[i] to to[i].
func BytesMakeTrans(from, to string) (string, error) {
	if len(from) != len(to) {
		return "", &Error{Type: "ValueError", Msg: "maketrans arguments must have same length"}
	}
	var t [256]byte
	for i := range t {
		t[i] = byte(i)
	}
	for i := 0; i < len(from); i++ {
		t[from[i]] = to[i]
	}
	return string(t[:]), nil
}

// BytesTranslate implements bytes.translate(table, delete) for a table of
// 256 bytes: bytes of deletechars are removed and the others mapped through
// table. For table None use BytesDelete.
func BytesTranslate(s, table, deletechars string) (string, error) {
	if len(table) != 256 {
		return "", &Error{Type: "ValueError", Msg: "translation table must be 256 characters long"}
	}
	del := makeByteSet(deletechars)
	buf := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if !del.has(s[i]) {
			buf = append(buf, table[s[i]])
		}
	}
	return bytesToString(buf), nil
}

// BytesDelete implements bytes.translate(None, delete): the bytes of
// deletechars removed.
func BytesDelete(s, deletechars string) string {
	del := makeByteSet(deletechars)
	for i := 0; i < len(s); i++ {
		if del.has(s[i]) {
			buf := []byte(s[:i])
			for ; i < len(s); i++ {
				if !del.has(s[i]) {
					buf = append(buf, s[i])
				}
			}
			return bytesToString(buf)
		}
	}
	return s
}
