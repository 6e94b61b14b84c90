package format

// Error is the error value returned by every function of this package when
// the operation would raise a Python exception. Type is the name of the
// built-in exception class ("ValueError", "TypeError", "OverflowError",
// "MemoryError") and Msg is the exception's message, worded exactly as
// CPython 3.11 words it, so that str(exc) matches.
//
// The object layer turns it into a Python exception with something like:
//
//	var fe *format.Error
//	if errors.As(err, &fe) {
//		return raise(builtinExceptionByName(fe.Type), fe.Msg)
//	}
//
// Errors returned by caller-supplied callbacks (the % argument interface,
// the str.format field resolver) are passed back unchanged, never wrapped,
// so the caller's own exception values travel through this package intact.
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

// Exception type names used in Error.Type.
const (
	ValueError    = "ValueError"
	TypeError     = "TypeError"
	OverflowError = "OverflowError"
	MemoryError   = "MemoryError"
)

func valueError(msg string) error    { return &Error{ValueError, msg} }
func typeError(msg string) error     { return &Error{TypeError, msg} }
func overflowError(msg string) error { return &Error{OverflowError, msg} }

// errTooBig is returned when a width or precision would make a string larger
// than this package is willing to build (see MaxOutputLen).
var errTooBig = &Error{MemoryError, ""}

// MaxOutputLen bounds the width and precision this package accepts, so that
// a hostile format string cannot make it allocate without limit. CPython
// tries the allocation and raises MemoryError when it fails; this package
// raises MemoryError up front for anything larger.
const MaxOutputLen = 1 << 30
