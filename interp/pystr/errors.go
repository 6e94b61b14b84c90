package pystr

// Error is a Python exception decided by one of the algorithms: Type is the
// exception class name ("ValueError", "OverflowError", "MemoryError") and
// Msg is CPython's exact message (empty for a bare MemoryError). The object
// layer raises the corresponding exception.
type Error struct {
	Type string
	Msg  string
}

func (e *Error) Error() string {
	if e.Msg == "" {
		return e.Type
	}
	return e.Type + ": " + e.Msg
}

// Errors returned by the algorithms, and the messages of the errors the
// caller raises when Find or BytesFind return -1 for index/rindex.
var (
	ErrEmptySeparator = &Error{Type: "ValueError", Msg: "empty separator"}
	ErrMemory         = &Error{Type: "MemoryError"}

	// ErrSubstringNotFound is what str.index and str.rindex raise.
	ErrSubstringNotFound = &Error{Type: "ValueError", Msg: "substring not found"}
	// ErrSubsectionNotFound is what bytes.index and bytes.rindex raise.
	ErrSubsectionNotFound = &Error{Type: "ValueError", Msg: "subsection not found"}
)

// MaxResultBytes bounds the size in bytes of a string built by the
// functions that can grow their input without limit (Center, LJust, RJust,
// ZFill, ExpandTabs, Replace, Join, Translate and their bytes variants).
// A larger result is reported as ErrMemory (Python's MemoryError) instead of
// being allocated, since a failed allocation would abort the Go process.
// The object layer may change it at start-up.
var MaxResultBytes = 1 << 34

func checkSize(n int) error {
	if n < 0 || n > MaxResultBytes {
		return ErrMemory
	}
	return nil
}
