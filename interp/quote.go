package interp

import "github.com/gilpy/gilpy/interp/pystr"

// QuoteString returns s as Python's repr() of a str shows it: single
// quotes unless s holds a single quote and no double quote, with
// non-printable characters escaped. Printability follows CPython 3.11's
// Unicode 14.0.0 tables (pystr's), not Go's newer unicode package, so a
// character assigned since then is escaped as CPython escapes it.
func QuoteString(s string) string { return pystr.Repr(s) }
