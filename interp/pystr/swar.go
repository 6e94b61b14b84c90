package pystr

// Helpers that look at eight ASCII bytes at once.

const ones = 0x0101010101010101

// rangeMask has the high bit set in each byte of x within lo..hi (x all
// ASCII, 0 < lo <= hi < 0x80).
func rangeMask(x uint64, lo, hi byte) uint64 {
	return (x + ones*uint64(0x80-lo)) &^ (x + ones*uint64(0x7F-hi)) & hiBits
}

// unchangedPrefix returns the length of the longest prefix of s made of
// ASCII bytes outside lo..hi.
func unchangedPrefix(s string, lo, hi byte) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load64(s, i)
		if x&hiBits != 0 || rangeMask(x, lo, hi) != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if b := s[i]; b >= 0x80 || (lo <= b && b <= hi) {
			break
		}
	}
	return i
}

func store64(dst []byte, x uint64) {
	_ = dst[7]
	dst[0], dst[1], dst[2], dst[3] = byte(x), byte(x>>8), byte(x>>16), byte(x>>24)
	dst[4], dst[5], dst[6], dst[7] = byte(x>>32), byte(x>>40), byte(x>>48), byte(x>>56)
}

// asciiLowerInto writes the ASCII string s lowercased to dst[:len(s)].
func asciiLowerInto(dst []byte, s string) {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load64(s, i)
		store64(dst[i:], x|rangeMask(x, 'A', 'Z')>>2) // 'A'..'Z' + 0x20
	}
	for ; i < len(s); i++ {
		dst[i] = asciiLower(s[i])
	}
}

// asciiUpperInto writes the ASCII string s uppercased to dst[:len(s)].
func asciiUpperInto(dst []byte, s string) {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load64(s, i)
		store64(dst[i:], x&^(rangeMask(x, 'a', 'z')>>2))
	}
	for ; i < len(s); i++ {
		dst[i] = asciiUpper(s[i])
	}
}
