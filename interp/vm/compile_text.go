package vm

import (
	"os"
	"path/filepath"
	"strings"
)

// programText returns line n of the file named filename, with its line
// ending, for a SyntaxError the compiler (not the parser) raised. Like
// CPython, which reads that line back from the file by name, it does not
// use the source being compiled: compile(src, "<string>", "exec") gives
// such errors no text, and a filename naming a real file gives that
// file's line even if the compiled source differs.
func (in *Interp) programText(filename string, n int) (string, bool) {
	if n < 1 || filename == "" {
		return "", false
	}
	var text string
	if src, ok := stdlibSource(filename); ok {
		text = src
	} else if !in.canRead(filepath.Dir(filename)) {
		return "", false
	} else if data, err := os.ReadFile(filename); err == nil {
		text = string(data)
	} else {
		return "", false
	}
	lines := strings.SplitAfter(text, "\n")
	if n > len(lines) || (n == len(lines) && lines[n-1] == "") {
		return "", false
	}
	return lines[n-1], true
}
