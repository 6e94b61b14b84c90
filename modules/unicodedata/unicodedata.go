// Package unicodedata is Python's unicodedata module over package ucd
// (properties, numeric values, decompositions, normalization; Unicode
// 14.0.0 as in CPython 3.11) and package syntax/unidata (names).
package unicodedata

import (
	"fmt"

	"github.com/gilpy/gilpy/interp/pystr"
	"github.com/gilpy/gilpy/interp/syntax/unidata"
	"github.com/gilpy/gilpy/interp/ucd"
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

type (
	Object = vm.Object
	Tuple  = vm.Tuple
)

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "unicodedata", Builtin: true, Init: initModule})
}

// char reads the one-character str argument of fn; numbered says whether
// CPython's message numbers the argument (for functions taking more).
func char(fn string, numbered bool, o Object) (rune, error) {
	if s, ok := vm.Unwrap(o).(py.String); ok {
		if r, n := pystr.DecodeRune(string(s)); n == len(s) && n > 0 {
			return r, nil
		}
	}
	arg := "argument"
	if numbered {
		arg = "argument 1"
	}
	return 0, vm.Errorf(py.TypeError, "%s() %s must be a unicode character, not %s", fn, arg, vm.TypeName(o))
}

// oneChar makes a function of one character.
func oneChar(name, doc string, fn func(r rune) Object) *vm.BuiltinFunction {
	return vm.NewModuleFunction("unicodedata", name, func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckOneArg("unicodedata."+name, args, kwnames); err != nil {
			return nil, err
		}
		r, err := char(name, false, args[0])
		if err != nil {
			return nil, err
		}
		return fn(r), nil
	}, doc)
}

// withDefault makes a function of a character and an optional default,
// returned when the character has no value (else ValueError(missing)).
func withDefault(name, doc, missing string, fn func(r rune) (Object, bool)) *vm.BuiltinFunction {
	return vm.NewModuleFunction("unicodedata", name, func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("unicodedata."+name, name, args, kwnames, 1, 2); err != nil {
			return nil, err
		}
		r, err := char(name, true, args[0])
		if err != nil {
			return nil, err
		}
		if v, ok := fn(r); ok {
			return v, nil
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return nil, vm.NewError(py.ValueError, missing)
	}, doc)
}

// normArgs reads (form, unistr) of normalize and is_normalized.
func normArgs(name string, args []Object, kwnames Tuple) (string, string, error) {
	if err := vm.CheckPositional("unicodedata."+name, name, args, kwnames, 2, 2); err != nil {
		return "", "", err
	}
	var out [2]string
	for i, a := range args {
		s, ok := vm.Unwrap(a).(py.String)
		if !ok {
			return "", "", vm.Errorf(py.TypeError, "%s() argument %d must be str, not %s", name, i+1, vm.TypeName(a))
		}
		out[i] = string(s)
	}
	return out[0], out[1], nil
}

func initModule(t *vm.Thread, m *vm.Module) error {
	set := func(f *vm.BuiltinFunction) { m.Set(f.Name, f) }
	m.Set("unidata_version", py.String(ucd.Version))
	set(oneChar("category", "The general category of a character, as a two-letter str.", func(r rune) Object {
		return py.String(ucd.Lookup(r).Category)
	}))
	set(oneChar("bidirectional", "The bidirectional class of a character ('' if it has none).", func(r rune) Object {
		return py.String(ucd.Lookup(r).Bidirectional)
	}))
	set(oneChar("combining", "The canonical combining class of a character (0 if none).", func(r rune) Object {
		return vm.NewInt(int64(ucd.Lookup(r).Combining))
	}))
	set(oneChar("east_asian_width", "The East Asian width class of a character.", func(r rune) Object {
		return py.String(ucd.Lookup(r).EastAsian)
	}))
	set(oneChar("mirrored", "1 if the character is mirrored in bidirectional text, else 0.", func(r rune) Object {
		if ucd.Lookup(r).Mirrored {
			return vm.NewInt(1)
		}
		return vm.NewInt(0)
	}))
	set(oneChar("decomposition", "The decomposition mapping of a character, as a str ('' if none).", func(r rune) Object {
		return py.String(ucd.Decomposition(r))
	}))
	set(withDefault("decimal", "The decimal value of a character, or default.", "not a decimal", func(r rune) (Object, bool) {
		n := ucd.NumericOf(r)
		return vm.NewInt(int64(n.Decimal)), n.HasDecimal
	}))
	set(withDefault("digit", "The digit value of a character, or default.", "not a digit", func(r rune) (Object, bool) {
		n := ucd.NumericOf(r)
		return vm.NewInt(int64(n.Digit)), n.HasDigit
	}))
	set(withDefault("numeric", "The numeric value of a character as a float, or default.", "not a numeric character", func(r rune) (Object, bool) {
		n := ucd.NumericOf(r)
		return py.Float(n.Value), n.HasNN
	}))
	set(withDefault("name", "The name of a character, or default.", "no such name", func(r rune) (Object, bool) {
		s, ok := unidata.Name(r)
		return py.String(s), ok
	}))
	set(vm.NewModuleFunction("unicodedata", "lookup", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckOneArg("unicodedata.lookup", args, kwnames); err != nil {
			return nil, err
		}
		var name string
		if s, ok := vm.Unwrap(args[0]).(py.String); ok {
			name = string(s)
		} else {
			b, err := vm.BytesOf(t, args[0])
			if err != nil {
				return nil, err
			}
			name = string(b)
		}
		if len(name) > 256 {
			return nil, vm.NewException(py.KeyError, py.String("name too long"))
		}
		if r, ok := unidata.Lookup(name); ok {
			return py.String(pystr.EncodeRune(r)), nil
		}
		return nil, vm.NewException(py.KeyError, py.String(fmt.Sprintf("undefined character name '%s'", name)))
	}, "The character with the given name (case does not matter)."))
	set(vm.NewModuleFunction("unicodedata", "normalize", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		form, s, err := normArgs("normalize", args, kwnames)
		if err != nil {
			return nil, err
		}
		r, ok := ucd.Normalize(form, s)
		if !ok {
			return nil, vm.NewError(py.ValueError, "invalid normalization form")
		}
		if r == s {
			return args[1], nil
		}
		return py.String(r), nil
	}, "The text in normalization form 'NFC', 'NFD', 'NFKC' or 'NFKD'."))
	set(vm.NewModuleFunction("unicodedata", "is_normalized", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		form, s, err := normArgs("is_normalized", args, kwnames)
		if err != nil {
			return nil, err
		}
		r, ok := ucd.Normalize(form, s)
		if !ok {
			return nil, vm.NewError(py.ValueError, "invalid normalization form")
		}
		return vm.NewBool(r == s), nil
	}, "Whether the text is already in the given normalization form."))
	return nil
}
