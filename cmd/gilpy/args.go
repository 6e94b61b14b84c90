package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/gilpy/gilpy/interp"
)

// commandLine is what python-style arguments ask for.
type commandLine struct {
	command    *string // -c CODE
	module     string  // -m MODULE
	script     string  // a file, or "-" for stdin
	argv       []string
	unbuffered bool
	ignoreEnv  bool
	quiet      bool
	help       bool
	version    bool
	xopts      []string // -X name[=value], in order
	warnopts   []string // -W filter, in order
}

type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// parseArgs reads options the way python does: single-letter options may
// be clustered (-uc CODE), -c and -m end the options and take the rest of
// their word or the next word, and the first non-option is the script.
// sys.argv is what follows, with argv[0] set as python sets it.
func parseArgs(args []string) (*commandLine, error) {
	cl := &commandLine{}
	i := 0
	for i < len(args) {
		a := args[i]
		switch {
		case a == "--":
			i++
			return cl.finishScript(args[i:])
		case a == "--help":
			cl.help = true
			return cl, nil
		case a == "--version":
			cl.version = true
			return cl, nil
		case strings.HasPrefix(a, "--"):
			return nil, &usageError{"unknown option " + a}
		case a == "-" || !strings.HasPrefix(a, "-"):
			return cl.finishScript(args[i:])
		}
		i++
		for j := 1; j < len(a); j++ {
			c := a[j]
			switch c {
			case 'c', 'm', 'X', 'W':
				var val string
				if j+1 < len(a) {
					val = a[j+1:]
				} else if i < len(args) {
					val = args[i]
					i++
				} else {
					return nil, &usageError{"Argument expected for the -" + string(c) + " option"}
				}
				switch c {
				case 'c':
					cl.command = &val
					cl.argv = append([]string{"-c"}, args[i:]...)
					return cl, nil
				case 'm':
					cl.module = val
					cl.argv = append([]string{val}, args[i:]...)
					return cl, nil
				}
				if c == 'W' {
					cl.warnopts = append(cl.warnopts, val)
				} else {
					cl.xopts = append(cl.xopts, val)
				}
				j = len(a)
			case 'u':
				cl.unbuffered = true
			case 'E':
				cl.ignoreEnv = true
			case 'I':
				cl.ignoreEnv = true
			case 'q':
				cl.quiet = true
			case 'B', 's', 'S':
				// No bytecode files are ever written, and there is no
				// site module or user site directory: nothing to turn off.
			case 'h', '?':
				cl.help = true
				return cl, nil
			case 'V':
				cl.version = true
				return cl, nil
			default:
				return nil, &usageError{"Unknown option: -" + string(c)}
			}
		}
	}
	cl.argv = []string{""}
	return cl, nil
}

func (cl *commandLine) finishScript(rest []string) (*commandLine, error) {
	if len(rest) == 0 {
		cl.argv = []string{""}
		return cl, nil
	}
	cl.script = rest[0]
	cl.argv = append([]string{}, rest...)
	return cl, nil
}

// quotePath renders a script path as python's "can't open file" message
// does: made absolute, in repr quotes.
func quotePath(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		p = abs
	}
	return interp.QuoteString(p)
}

// errnoOf returns the errno of a failed open, 2 (ENOENT) when unknown.
func errnoOf(pe *os.PathError) int {
	var errno syscall.Errno
	if errors.As(pe.Err, &errno) {
		return int(errno)
	}
	return int(syscall.ENOENT)
}

// strerror is the C library's text for the error, capitalised as Python
// prints it in OSError messages.
func strerror(pe *os.PathError) string {
	msg := pe.Err.Error()
	if msg == "" {
		return msg
	}
	return strings.ToUpper(msg[:1]) + msg[1:]
}
