// Package json provides the json package: the encoder (make_encoder) and
// the scanner (make_scanner, scanstring) in Go as the _json module, and
// the package's classes and functions in Python on top of them.
package json

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/pystr"
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

type (
	Object = vm.Object
	Tuple  = vm.Tuple
)

var (
	//go:embed py/__init__.py
	pkgSource string
	//go:embed py/encoder.py
	encoderSource string
	//go:embed py/decoder.py
	decoderSource string
	//go:embed py/scanner.py
	scannerSource string
	//go:embed py/tool.py
	toolSource string
)

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "json", Source: pkgSource, Package: true})
	vm.RegisterModule(&vm.ModuleDef{Name: "json.encoder", Source: encoderSource})
	vm.RegisterModule(&vm.ModuleDef{Name: "json.decoder", Source: decoderSource})
	vm.RegisterModule(&vm.ModuleDef{Name: "json.scanner", Source: scannerSource})
	vm.RegisterModule(&vm.ModuleDef{Name: "json.tool", Source: toolSource})
	vm.RegisterModule(&vm.ModuleDef{Name: "_json", Builtin: true, Init: initModule})
}

// The string quoting functions are stateless, so every interpreter's
// _json shares them, and make_encoder recognizes them by identity to
// quote in Go without a call.
var (
	encodeASCII = vm.NewModuleFunction("_json", "encode_basestring_ascii", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		s, err := strArg("encode_basestring_ascii", args, kwnames)
		if err != nil {
			return nil, err
		}
		return py.String(appendQuoted(nil, s, true)), nil
	}, "Return a JSON representation of a str, with only ASCII characters.")
	encodeUnicode = vm.NewModuleFunction("_json", "encode_basestring", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		s, err := strArg("encode_basestring", args, kwnames)
		if err != nil {
			return nil, err
		}
		return py.String(appendQuoted(nil, s, false)), nil
	}, "Return a JSON representation of a str.")
)

func initModule(t *vm.Thread, m *vm.Module) error {
	m.Set("encode_basestring_ascii", encodeASCII)
	m.Set("encode_basestring", encodeUnicode)
	m.Set("scanstring", vm.NewModuleFunction("_json", "scanstring", scanstringFn,
		"scanstring(string, end, strict=True) -> (str, end)\n\nDecode the JSON string literal whose opening quote is just before end."))
	m.Set("make_scanner", vm.NewModuleFunction("_json", "make_scanner", makeScanner,
		"make_scanner(context) -> scanner\n\nReturn a function scanning one JSON value with the options of context (a JSONDecoder)."))
	m.Set("make_encoder", vm.NewModuleFunction("_json", "make_encoder", makeEncoder,
		"make_encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan) -> encoder\n\nReturn a function encoding a value as a tuple of JSON text chunks."))
	return nil
}

func strArg(name string, args []Object, kwnames Tuple) (string, error) {
	if err := vm.CheckArgs(name, args, kwnames, 1, 1); err != nil {
		return "", err
	}
	if s, ok := vm.Unwrap(args[0]).(py.String); ok && vm.IsInstance(args[0], py.StringType) {
		return string(s), nil
	}
	return "", vm.Errorf(py.TypeError, "first argument must be a string, not %s", vm.TypeName(args[0]))
}

// scanstringFn is scanstring(string, end, strict=True).
func scanstringFn(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := vm.NoKeywords("scanstring", kwnames); err != nil {
		return nil, err
	}
	if err := vm.CheckArgs("scanstring", args, nil, 2, 3); err != nil {
		return nil, err
	}
	so, ok := vm.Unwrap(args[0]).(py.String)
	if !ok || !vm.IsInstance(args[0], py.StringType) {
		return nil, vm.Errorf(py.TypeError, "first argument must be a string, not %s", vm.TypeName(args[0]))
	}
	s := string(so)
	end, err := vm.IndexInt(t, args[1])
	if err != nil {
		return nil, err
	}
	strict := true
	if len(args) > 2 {
		if strict, err = vm.Truth(t, args[2]); err != nil {
			return nil, err
		}
	}
	n := pystr.Len(s)
	if end < 0 || end > n {
		return nil, vm.NewError(py.ValueError, "end is out of bounds")
	}
	fail := func(msg string, off int) error { return decodeError(t, msg, s, pystr.CharIndex(s, off)) }
	str, next, err := scanString(t, s, pystr.ByteOffset(s, end), strict, fail)
	if err != nil {
		return nil, err
	}
	return Tuple{py.String(str), vm.NewInt(int64(pystr.CharIndex(s, next)))}, nil
}

// makeScanner reads the options of a JSONDecoder and returns its
// scan_once: scanner(string, idx) -> (value, end), raising
// StopIteration(idx) when no JSON value starts at idx.
func makeScanner(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	var ctx Object
	if _, err := vm.ParseArgs(&vm.Params{Func: "make_scanner", Names: []string{"context"}, Required: 1, KwOnly: -1}, args, kwnames, &ctx); err != nil {
		return nil, err
	}
	sc := &scanner{}
	strict, err := vm.GetAttr(t, ctx, "strict")
	if err != nil {
		return nil, err
	}
	if sc.strict, err = vm.Truth(t, strict); err != nil {
		return nil, err
	}
	for _, f := range []struct {
		name string
		dst  *Object
	}{{"object_hook", &sc.objectHook}, {"object_pairs_hook", &sc.pairsHook}, {"parse_float", &sc.parseFloat}, {"parse_int", &sc.parseInt}, {"parse_constant", &sc.parseConstant}} {
		v, err := vm.GetAttr(t, ctx, f.name)
		if err != nil {
			return nil, err
		}
		if v == vm.None && (f.name == "object_hook" || f.name == "object_pairs_hook") {
			v = nil
		}
		*f.dst = v
	}
	sc.floatIsBuiltin = vm.Is(sc.parseFloat, py.FloatType)
	sc.intIsBuiltin = vm.Is(sc.parseInt, py.IntType)
	return vm.NewModuleFunction("_json", "scan_once", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		var so, idxO Object
		if _, err := vm.ParseArgs(&vm.Params{Func: "scan_once", Names: []string{"string", "idx"}, Required: 2, KwOnly: -1}, args, kwnames, &so, &idxO); err != nil {
			return nil, err
		}
		sv, ok := vm.Unwrap(so).(py.String)
		if !ok || !vm.IsInstance(so, py.StringType) {
			return nil, vm.Errorf(py.TypeError, "first argument must be a string, not %s", vm.TypeName(so))
		}
		idx, err := vm.IndexInt(t, idxO)
		if err != nil {
			return nil, err
		}
		if idx < 0 {
			return nil, vm.NewError(py.ValueError, "idx cannot be negative")
		}
		d := &decodeState{sc: sc, s: string(sv)}
		v, end, err := d.scan(t, pystr.ByteOffset(d.s, idx))
		if err != nil {
			if st, ok := err.(stopIteration); ok {
				// An index past the end stops at that index, as given.
				pos := idx
				if st.off < len(d.s) || idx <= pystr.Len(d.s) {
					pos = d.charIndex(st.off)
				}
				return nil, vm.NewStopIteration(vm.NewInt(int64(pos)))
			}
			return nil, err
		}
		return Tuple{v, vm.NewInt(int64(d.charIndex(end)))}, nil
	}, "Scan one JSON value."), nil
}

// makeEncoder is make_encoder(markers, default, encoder, indent,
// key_separator, item_separator, sort_keys, skipkeys, allow_nan): it
// returns a function encoding a value (with a starting indent level) as
// a one-item tuple holding the whole JSON text.
func makeEncoder(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	var markers, def, strFn, indent, keySep, itemSep, sortKeys, skipKeys, allowNaN Object
	if _, err := vm.ParseArgs(&vm.Params{Func: "make_encoder", Names: []string{"markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan"}, Required: 9, KwOnly: -1}, args, kwnames,
		&markers, &def, &strFn, &indent, &keySep, &itemSep, &sortKeys, &skipKeys, &allowNaN); err != nil {
		return nil, err
	}
	e := &encoder{defaultFn: def, checkCircular: markers != vm.None}
	if markers != vm.None {
		if _, ok := markers.(*vm.Dict); !ok {
			return nil, vm.Errorf(py.TypeError, "make_encoder() argument 1 must be dict or None, not %s", vm.TypeName(markers))
		}
	}
	switch {
	case vm.Is(strFn, encodeASCII):
		e.asciiOnly = true
	case vm.Is(strFn, encodeUnicode):
	default:
		e.strFn = strFn
	}
	if indent != vm.None {
		s, ok := vm.Unwrap(indent).(py.String)
		if !ok {
			return nil, vm.Errorf(py.TypeError, "make_encoder() argument 4 must be str or None, not %s", vm.TypeName(indent))
		}
		e.indent, e.hasIndent = string(s), true
	}
	for i, p := range []struct {
		o   Object
		dst *string
	}{{keySep, &e.keySep}, {itemSep, &e.itemSep}} {
		s, ok := vm.Unwrap(p.o).(py.String)
		if !ok {
			return nil, vm.Errorf(py.TypeError, "make_encoder() argument %d must be str, not %s", 5+i, vm.TypeName(p.o))
		}
		*p.dst = string(s)
	}
	var err error
	for _, f := range []struct {
		o   Object
		dst *bool
	}{{sortKeys, &e.sortKeys}, {skipKeys, &e.skipKeys}, {allowNaN, &e.allowNaN}} {
		if *f.dst, err = vm.Truth(t, f.o); err != nil {
			return nil, err
		}
	}
	return vm.NewModuleFunction("_json", "encoder", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		var obj, levelO Object
		if _, err := vm.ParseArgs(&vm.Params{Func: "encoder", Names: []string{"obj", "_current_indent_level"}, Required: 2, KwOnly: -1}, args, kwnames, &obj, &levelO); err != nil {
			return nil, err
		}
		level, err := vm.IndexInt(t, levelO)
		if err != nil {
			return nil, err
		}
		run := *e
		run.stack = nil
		out, err := run.encode(t, make([]byte, 0, 64), obj, level)
		if err != nil {
			return nil, err
		}
		return Tuple{py.String(out)}, nil
	}, "Encode a value as JSON text."), nil
}
