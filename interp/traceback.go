package interp

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/go-python/gpython/py"
)

// exception is an escaped Python exception with its traceback, in the
// engine's own representation.
type exception struct {
	value py.Object
	tb    *py.Traceback
}

// asException extracts the Python exception from an engine error, or nil
// when err is not one (a Go-level failure).
func asException(err error) *exception {
	var info py.ExceptionInfo
	if errors.As(err, &info) {
		return &exception{value: info.Value, tb: info.Traceback}
	}
	var pinfo *py.ExceptionInfo
	if errors.As(err, &pinfo) && pinfo != nil {
		return &exception{value: pinfo.Value, tb: pinfo.Traceback}
	}
	var exc *py.Exception
	if errors.As(err, &exc) {
		return &exception{value: exc}
	}
	return nil
}

// exitCode maps a SystemExit's code to a process status as CPython does:
// None is 0, an int is itself, anything else is printed and gives 1.
func exitCode(v py.Object) (int, string) {
	exc, ok := v.(*py.Exception)
	if !ok {
		return 1, ""
	}
	args, _ := exc.Args.(py.Tuple)
	var code py.Object = py.None
	switch len(args) {
	case 0:
	case 1:
		code = args[0]
	default:
		code = args
	}
	switch c := code.(type) {
	case py.NoneType:
		return 0, ""
	case py.Int:
		return int(c), ""
	case py.Bool:
		if c {
			return 1, ""
		}
		return 0, ""
	}
	s, err := py.StrAsString(code)
	if err != nil {
		return 1, ""
	}
	return 1, s
}

// frameLine is one "File ..., line N, in f" entry of a traceback.
type frameLine struct {
	filename string
	lineno   int
	name     string
}

// formatException renders exc as CPython's default excepthook prints it.
func formatException(exc *exception) *PyError {
	var frames []frameLine
	for tb := exc.tb; tb != nil; tb = tb.Next {
		frames = append(frames, frameLine{tb.Frame.Code.Filename, int(tb.Lineno), tb.Frame.Code.Name})
	}
	typeName := exc.value.Type().Name
	msg := exceptionMessage(exc.value)
	var b strings.Builder
	if len(frames) > 0 {
		b.WriteString("Traceback (most recent call last):\n")
		lines := sourceCache{}
		for _, f := range frames {
			fmt.Fprintf(&b, "  File \"%s\", line %d, in %s\n", f.filename, f.lineno, f.name)
			if src := lines.line(f.filename, f.lineno); src != "" {
				fmt.Fprintf(&b, "    %s\n", src)
			}
		}
	}
	b.WriteString(typeName)
	if msg != "" {
		b.WriteString(": ")
		b.WriteString(msg)
	}
	b.WriteString("\n")
	return &PyError{TypeName: typeName, Message: msg, Traceback: b.String()}
}

// exceptionMessage is str(exc) as BaseException defines it: empty for no
// args, the one arg's str, or the args tuple's str.
func exceptionMessage(v py.Object) string {
	exc, ok := v.(*py.Exception)
	if !ok {
		s, _ := py.StrAsString(v)
		return s
	}
	args, _ := exc.Args.(py.Tuple)
	var o py.Object
	switch len(args) {
	case 0:
		return ""
	case 1:
		o = args[0]
	default:
		o = args
	}
	s, err := py.StrAsString(o)
	if err != nil {
		return "<exception str() failed>"
	}
	return s
}

// sourceCache reads source files for traceback lines, each once.
type sourceCache map[string][]string

// line returns line n of file, stripped of surrounding whitespace as
// CPython shows it, or "" when the file cannot be read.
func (c sourceCache) line(file string, n int) string {
	lines, ok := c[file]
	if !ok {
		data, err := os.ReadFile(file)
		if err == nil {
			lines = strings.Split(string(data), "\n")
		}
		c[file] = lines
	}
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[n-1])
}
