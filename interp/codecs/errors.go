package codecs

import "fmt"

// Error is a UnicodeEncodeError (Decode false) or UnicodeDecodeError
// (Decode true): the attributes of the Python exception.
type Error struct {
	Decode   bool
	Encoding string // the codec's name as error messages give it ("utf-8", "charmap", "unicodeescape")
	Str      string // Encode: the str being encoded
	Bytes    []byte // Decode: the bytes being decoded
	Start    int    // Encode: code point index; Decode: byte offset
	End      int
	Reason   string
}

// Error returns CPython's message for the exception.
func (e *Error) Error() string {
	if e.Decode {
		if e.Start >= 0 && e.Start < len(e.Bytes) && e.End == e.Start+1 {
			return fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", e.Encoding, e.Bytes[e.Start], e.Start, e.Reason)
		}
		return fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", e.Encoding, e.Start, e.End-1, e.Reason)
	}
	if e.End == e.Start+1 && e.Start >= 0 {
		if r, ok := runeAt(e.Str, e.Start); ok {
			return fmt.Sprintf("'%s' codec can't encode character '%s' in position %d: %s", e.Encoding, escapeRune(r), e.Start, e.Reason)
		}
	}
	return fmt.Sprintf("'%s' codec can't encode characters in position %d-%d: %s", e.Encoding, e.Start, e.End-1, e.Reason)
}

// PyError is any other exception a codec raises: Type is the Python
// exception class name ("LookupError", "TypeError", "UnicodeError",
// "ValueError", "IndexError") and Msg CPython's message.
type PyError struct {
	Type string
	Msg  string
}

func (e *PyError) Error() string { return e.Type + ": " + e.Msg }

func lookupError(format string, args ...any) error {
	return &PyError{"LookupError", fmt.Sprintf(format, args...)}
}

// escapeRune is how CPython's messages show a character: \xNN, \uNNNN or
// \UNNNNNNNN.
func escapeRune(r rune) string {
	switch {
	case r < 0x100:
		return fmt.Sprintf("\\x%02x", r)
	case r < 0x10000:
		return fmt.Sprintf("\\u%04x", r)
	}
	return fmt.Sprintf("\\U%08x", r)
}
