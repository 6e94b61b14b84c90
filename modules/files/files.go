// Package files provides the Python modules built on os for working with
// files and their names: fnmatch, glob, shutil, tempfile and pathlib.
// They are written in Python; every file-system access they make goes
// through os, hence through the interpreter's host.
package files

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/vm"
)

var (
	//go:embed fnmatch.py
	fnmatchSource string
	//go:embed glob.py
	globSource string
	//go:embed shutil.py
	shutilSource string
	//go:embed tempfile.py
	tempfileSource string
	//go:embed pathlib.py
	pathlibSource string
)

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "fnmatch", Source: fnmatchSource})
	vm.RegisterModule(&vm.ModuleDef{Name: "glob", Source: globSource})
	vm.RegisterModule(&vm.ModuleDef{Name: "shutil", Source: shutilSource})
	vm.RegisterModule(&vm.ModuleDef{Name: "tempfile", Source: tempfileSource})
	vm.RegisterModule(&vm.ModuleDef{Name: "pathlib", Source: pathlibSource})
}
