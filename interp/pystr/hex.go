package pystr

// HexDigit returns the value of c as a hexadecimal digit (either case), or
// -1 when c is not one. Escape decoding (string literals, the escape
// codecs) and bytes.fromhex share it.
func HexDigit(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}
