package syntax

import (
	"fmt"
	"unicode/utf8"
)

// ErrorKind is the Python exception class of a SyntaxError.
type ErrorKind uint8

// The kinds of syntax error, as Python's exception classes.
const (
	KindSyntaxError ErrorKind = iota
	KindIndentationError
	KindTabError
	// KindMemoryError is the MemoryError (without arguments) CPython 3.11
	// raises when source nests too deeply for its parser's stack.
	KindMemoryError
)

func (k ErrorKind) String() string {
	switch k {
	case KindIndentationError:
		return "IndentationError"
	case KindTabError:
		return "TabError"
	case KindMemoryError:
		return "MemoryError"
	}
	return "SyntaxError"
}

// SyntaxError is the error returned for source that is not valid Python. Its
// fields are those of Python's SyntaxError, with Python's conventions:
// Lineno and EndLineno are 1-based, Offset and EndOffset are 1-based and
// counted in characters (code points) of Text. EndLineno and EndOffset may
// be 0 or -1 where CPython leaves them so. Text is the source line, with its
// trailing newline where CPython keeps it; HasText is false where CPython
// gives None.
type SyntaxError struct {
	Kind      ErrorKind
	Msg       string
	Filename  string
	Lineno    int
	Offset    int
	EndLineno int
	EndOffset int
	Text      string
	HasText   bool
	// Incomplete reports that the source ended while a statement was still
	// open (an open bracket or triple-quoted string, a backslash or a
	// block header at the end, or a statement cut short by the end of
	// input), so that more input could complete it. A REPL uses it to
	// ask for a continuation line, as CPython's codeop does.
	Incomplete bool
	// Located marks an error raised with only its message and given its
	// place afterwards, as CPython's __future__ checks do: its args are
	// just (msg,) and its end_offset is None (EndOffset is ignored).
	Located bool
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s: %s (%s, line %d)", e.Kind, e.Msg, e.Filename, e.Lineno)
}

// charCount returns the number of characters in the first n bytes of s, as
// CPython's byte-to-character offset conversion counts them: an incomplete
// character counts as one, and reading one byte past the end of s counts
// one more (CPython reads the terminating NUL).
func charCount(s string, n int) int {
	extra := 0
	if n > len(s) {
		if n > len(s)+1 {
			n = len(s) + 1
		}
		extra = 1
		n = len(s)
	}
	c := 0
	for i := 0; i < n; {
		_, size := utf8.DecodeRuneInString(s[i:])
		if i+size > n {
			size = n - i
		}
		i += size
		c++
	}
	return c + extra
}
