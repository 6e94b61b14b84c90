// Package threading is gilpy's threading module: threading.py, written in
// Python on top of _thread and embedded here. Python is the right
// language for it: programs subclass Thread and override run(), read and
// set its attributes and monkeypatch the module, and all of that must
// behave as in CPython, whose threading module is Python too; the parts
// that must be fast or must block (locks, starting threads) are Go, in
// _thread.
package threading

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/vm"
	_ "github.com/gilpy/gilpy/modules/thread" // _thread and _gilpy
	_ "github.com/gilpy/gilpy/modules/time"
)

//go:embed threading.py
var source string

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "threading", Source: source})
}
