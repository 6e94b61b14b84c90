// Package calendar provides the calendar module, written in Python
// (calendar.py, embedded): leap years, month layouts, and the text and
// HTML calendars of CPython 3.11 in the C locale.
package calendar

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/vm"
)

//go:embed calendar.py
var source string

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "calendar", Source: source})
}
