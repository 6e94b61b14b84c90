package main

import (
	"fmt"
	"runtime"

	"github.com/gilpy/gilpy/interp"
)

const helpText = `usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...
gilpy runs Python programs on Go with a real global interpreter lock.

Options:
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONUNBUFFERED)
-h     : print this help message and exit (also -? or --help)
-I     : isolate from the environment (implies -E)
-m mod : run library module as a script (terminates option list)
-q     : don't print version and copyright messages on interactive startup
-u     : force the stdout and stderr streams to be unbuffered
-B, -s, -S : accepted for compatibility; gilpy writes no bytecode files
         and has no site module, so they change nothing
-V     : print the gilpy and Python language versions and exit (also --version)
-W arg : add a warning filter, action:message:category:module:lineno
         (as warnings.filterwarnings takes them); may be repeated
-X opt : set an implementation-specific option; gilpy's own are:
         -X gilstats: print each thread's GIL statistics at exit
         -X everyinstruction: let threads switch between any two bytecode
            instructions (as before Python 3.10), which shows races
         -X switchinterval=SECONDS: the initial GIL switch interval
--     : end of options

Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

Environment variables:
PYTHONUNBUFFERED : same as -u
PYTHONWARNINGS   : warning filters separated by commas, before any -W
`

func versionText() string {
	return fmt.Sprintf("gilpy %s (Python %s, %s, %s/%s)", interp.Version, interp.PythonVersion, runtime.Version(), runtime.GOOS, runtime.GOARCH)
}
