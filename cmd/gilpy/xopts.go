package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/gilpy/gilpy/interp"
)

// applyXOptions reads the -X options into opts: all of them go to
// sys._xoptions, as in CPython, and gilpy's own teaching options also
// configure the interpreter:
//
//	-X gilstats              print each thread's GIL statistics at exit
//	-X everyinstruction      let threads switch between any two bytecode
//	                         instructions (as before CPython 3.10)
//	-X switchinterval=SECS   the initial switch interval (sys.setswitchinterval)
func applyXOptions(opts *interp.Options, xopts []string) error {
	if len(xopts) == 0 {
		return nil
	}
	opts.XOptions = map[string]string{}
	for _, x := range xopts {
		name, value, _ := strings.Cut(x, "=")
		opts.XOptions[name] = value
		switch name {
		case "gilstats":
			opts.GILStats = true
		case "everyinstruction":
			opts.EveryInstruction = true
		case "switchinterval":
			secs, err := strconv.ParseFloat(value, 64)
			if err != nil || !(secs > 0) || secs > 1e6 {
				return fmt.Errorf("-X switchinterval needs a positive number of seconds, not %q", value)
			}
			opts.SwitchInterval = time.Duration(secs * float64(time.Second))
		}
	}
	return nil
}
