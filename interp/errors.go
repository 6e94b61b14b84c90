package interp

import (
	"fmt"

	"github.com/gilpy/gilpy/interp/vm"
)

// PyError is a Python exception that no Python code caught. By the time
// an embedder sees it, the interpreter has already printed it to its
// stderr the way CPython's default sys.excepthook does, so most callers
// only need to map it to exit status 1.
type PyError struct {
	// TypeName is the exception's class name as tracebacks print it,
	// qualified by its module unless that is builtins ("NameError",
	// "urllib.error.URLError").
	TypeName string
	// Message is str() of the exception ("name 'x' is not defined").
	Message string
	// Traceback is the whole text printed, from "Traceback (most recent
	// call last):" to the exception line, chained exceptions included.
	Traceback string
}

func (e *PyError) Error() string {
	if e.Message == "" {
		return e.TypeName
	}
	return e.TypeName + ": " + e.Message
}

// ExitError reports that the program raised SystemExit (sys.exit). Code
// is the process exit status CPython would use: 0 for sys.exit() or
// sys.exit(None), the number for an int, and 1 for any other value,
// whose str() the interpreter has already printed to its stderr.
type ExitError struct {
	Code int
}

func (e *ExitError) Error() string { return fmt.Sprintf("exit status %d", e.Code) }

// AbortError reports that the interpreter stopped the program itself
// rather than let it hang: after a deadlock (Reason "deadlock"), having
// printed what each thread waited on. Status is the exit status the
// gilpy command uses for it.
type AbortError = vm.AbortError
