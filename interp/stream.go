package interp

import "os"

// isTerminal reports whether w is a character device, which is how
// CPython decides that stdout is interactive and should be line-buffered.
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	if err != nil {
		return false
	}
	return st.Mode()&os.ModeCharDevice != 0
}
