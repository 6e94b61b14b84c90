package interp

import (
	"io"
	"os"
	"time"

	"github.com/gilpy/gilpy/interp/host"
)

// Options configure one interpreter instance. The zero value is usable:
// the standard streams default to the process's own, argv to [""] as in
// an embedded CPython.
type Options struct {
	// Stdin, Stdout and Stderr are the streams behind sys.stdin,
	// sys.stdout and sys.stderr. Nil means the process's own.
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer

	// Argv becomes sys.argv when code runs through Exec. RunFile
	// takes its own argv.
	Argv []string

	// Unbuffered makes sys.stdout and sys.stderr write through on every
	// write, as python -u or PYTHONUNBUFFERED do. Otherwise stdout is
	// line-buffered when it is a terminal and block-buffered when not,
	// as in CPython; stderr is always line-buffered.
	Unbuffered bool

	// Path is prepended to sys.path, after the script's directory.
	Path []string

	// EveryInstruction lets a thread switch happen between any two
	// bytecode instructions (as before CPython 3.10) instead of only at
	// function entry and backward jumps; it shows races such as a lost
	// counter += 1 update.
	EveryInstruction bool

	// SwitchInterval is the GIL's initial switch interval (what
	// sys.getswitchinterval returns); zero means CPython's 5 ms.
	SwitchInterval time.Duration

	// GILStats prints a table of each thread's GIL statistics (time
	// holding the GIL, waiting for it and blocked; switches, forced drops)
	// to stderr when the interpreter closes, as -X gilstats does.
	GILStats bool

	// XOptions are the -X options, as sys._xoptions shows them.
	XOptions map[string]string

	// WarnOptions are the warning filters of PYTHONWARNINGS and -W, in
	// that order, as sys.warnoptions shows them. The warnings module
	// applies them; it is imported before the program runs when there
	// are any, so that a bad one is reported at start-up as in CPython.
	WarnOptions []string

	// Host is the program's only way to the machine: every file, the
	// working directory, the environment and the process ids it sees
	// (open(), os, io, pathlib... all go through it). Nil means the real
	// machine, with a working directory and environment of the
	// interpreter's own (host.NewOS). host.ReadOnly and host.Filter
	// restrict a host; see package host.
	Host host.Host
}

func (o *Options) withDefaults() Options {
	out := *o
	if out.Stdin == nil {
		out.Stdin = os.Stdin
	}
	if out.Stdout == nil {
		out.Stdout = os.Stdout
	}
	if out.Stderr == nil {
		out.Stderr = os.Stderr
	}
	if out.Argv == nil {
		out.Argv = []string{""}
	}
	return out
}
