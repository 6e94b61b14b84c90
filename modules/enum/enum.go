// Package enum provides the enum module, written in Python: Enum,
// IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify and the
// metaclass that makes members.
package enum

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/vm"
)

//go:embed enum.py
var source string

func init() { vm.RegisterModule(&vm.ModuleDef{Name: "enum", Source: source}) }
