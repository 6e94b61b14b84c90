package vm

import (
	"os"
	"path/filepath"
	"strings"
)

// SourceStat returns the size and modification time (in seconds) of a
// source file, what linecache compares to tell whether its cached lines
// are stale: a file of gilpy's embedded library has its text's length
// and time 0 (it never changes while the program runs). ok is false when
// there is no such file, it is a directory, or the interpreter may not
// read it.
func (t *Thread) SourceStat(filename string) (size int64, mtime float64, ok bool) {
	if src, found := stdlibSource(filename); found {
		return int64(len(src)), 0, true
	}
	if filename == "" || strings.HasPrefix(filename, "<") || !t.interp.canRead(filepath.Dir(filename)) {
		return 0, 0, false
	}
	st, err := os.Stat(filename)
	if err != nil || st.IsDir() {
		return 0, 0, false
	}
	return st.Size(), float64(st.ModTime().UnixNano()) / 1e9, true
}
