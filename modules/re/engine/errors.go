package engine

import "fmt"

// ErrorKind says which Python exception an Error stands for.
type ErrorKind uint8

const (
	// KindError is re.error: Msg, and the position in the pattern when
	// Pos >= 0.
	KindError ErrorKind = iota
	// KindOverflow is OverflowError (a repeat count too large).
	KindOverflow
	// KindValue is ValueError (incompatible flags).
	KindValue
	// KindRecursion is RecursionError (groups nested too deeply).
	KindRecursion
	// KindIndex is IndexError (a template naming an unknown group).
	KindIndex
	// KindType is TypeError.
	KindType
	// KindRuntime is RuntimeError (a lexicon whose phrases refer to
	// groups the combined pattern does not have: "invalid SRE code").
	KindRuntime
)

// Error is a failure to compile a pattern or a replacement template.
type Error struct {
	Kind ErrorKind
	Msg  string
	// Pos is the index in the pattern (code points for str, bytes for
	// bytes) where the error was found, or -1 when there is none.
	Pos int
}

func (e *Error) Error() string {
	if e.Pos >= 0 {
		return fmt.Sprintf("%s at position %d", e.Msg, e.Pos)
	}
	return e.Msg
}

// Warning is a warning the parser issues (CPython's re module issues it
// with warnings.warn): Category is "FutureWarning" or
// "DeprecationWarning".
type Warning struct {
	Category string
	Msg      string
}

// errBail carries an *Error through panics inside the parser, which is
// recursive: any step of it may find an error, and the first one found
// must stop everything, as an exception does in CPython's parser.
type errBail struct{ err *Error }

func bail(kind ErrorKind, msg string, pos int) {
	panic(errBail{&Error{Kind: kind, Msg: msg, Pos: pos}})
}

// catch turns a bail into an error return; other panics go on.
func catch(err *error) {
	if r := recover(); r != nil {
		if b, ok := r.(errBail); ok {
			*err = b.err
			return
		}
		panic(r)
	}
}
