// Package codecs provides Python's codec machinery: the _codecs module
// (in Go, over package interp/codecs and the VM's codec registry), and
// the codecs module and encodings package written in Python on top of it.
package codecs

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"

	gocodecs "github.com/gilpy/gilpy/interp/codecs"
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

type (
	Object = vm.Object
	Tuple  = vm.Tuple
)

var (
	//go:embed codecs.py
	codecsSource string
	//go:embed encodings.py
	encodingsSource string
)

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "_codecs", Builtin: true, Init: initModule})
	vm.RegisterModule(&vm.ModuleDef{Name: "codecs", Source: codecsSource})
	vm.RegisterModule(&vm.ModuleDef{Name: "encodings", Source: encodingsSource, Package: true})
	vm.RegisterModule(&vm.ModuleDef{Name: "encodings.aliases", Source: aliasesSource()})
}

// aliasesSource is the encodings.aliases module: the aliases of the
// encodings gilpy implements.
func aliasesSource() string {
	var b strings.Builder
	b.WriteString("\"\"\"Encoding aliases: alias -> codec module name (normalized).\"\"\"\n\naliases = {\n")
	al := gocodecs.Aliases()
	keys := make([]string, 0, len(al))
	for k := range al {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "    %q: %q,\n", k, al[k])
	}
	b.WriteString("}\n")
	return b.String()
}

func newFunc(name string, fn vm.BuiltinFn, doc string) *vm.BuiltinFunction {
	return vm.NewModuleFunction("_codecs", name, fn, doc)
}

// strArg reads a str argument of one of the codec functions (i is its
// number, 0 for the only argument, which the message does not number).
func strArg(fn string, i int, o Object) (string, error) {
	if s, ok := vm.Unwrap(o).(py.String); ok {
		return string(s), nil
	}
	tn := vm.TypeName(o)
	if o == vm.None {
		tn = "None"
	}
	if i == 0 {
		return "", vm.Errorf(py.TypeError, "%s() argument must be str, not %s", fn, tn)
	}
	return "", vm.Errorf(py.TypeError, "%s() argument %d must be str, not %s", fn, i, tn)
}

// errorsArg reads an optional errors argument (None means strict).
func errorsArg(fn string, i int, o Object) (string, error) {
	if o == nil || o == vm.None {
		return "strict", nil
	}
	if s, ok := vm.Unwrap(o).(py.String); ok {
		return string(s), nil
	}
	return "", vm.Errorf(py.TypeError, "%s() argument %d must be str or None, not %s", fn, i, vm.TypeName(o))
}

func boolArg(t *vm.Thread, o Object) (bool, error) {
	if o == nil {
		return false, nil
	}
	n, err := vm.IndexInt(t, o)
	if err != nil {
		return false, err
	}
	return n != 0, nil
}

func intArg(t *vm.Thread, o Object, def int) (int, error) {
	if o == nil {
		return def, nil
	}
	return vm.IndexInt(t, o)
}

func pair(a Object, n int) Object { return Tuple{a, vm.NewInt(int64(n))} }

// encodeFunc makes the _codecs function NAME(str, errors=None) of a codec.
func encodeFunc(name string, encode func(t *vm.Thread, s, errors string) ([]byte, error)) *vm.BuiltinFunction {
	return newFunc(name, func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional(name, name, args, kwnames, 1, 2); err != nil {
			return nil, err
		}
		s, err := strArg(name, 1, args[0])
		if err != nil {
			return nil, err
		}
		errs, err := errorsArg(name, 2, optArg(args, 1))
		if err != nil {
			return nil, err
		}
		b, err := encode(t, s, errs)
		if err != nil {
			return nil, vm.CodecError(err)
		}
		return pair(py.Bytes(b), vm.StrLen(s)), nil
	}, "")
}

// decodeFunc makes the _codecs function NAME(data, errors=None,
// final=def) of a codec (withFinal false: no final argument).
func decodeFunc(name string, withFinal, def bool, decode func(t *vm.Thread, b []byte, errors string, final bool) (string, int, error)) *vm.BuiltinFunction {
	return newFunc(name, func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		max := 2
		if withFinal {
			max = 3
		}
		if err := vm.CheckPositional(name, name, args, kwnames, 1, max); err != nil {
			return nil, err
		}
		b, err := vm.BytesOf(t, args[0])
		if err != nil {
			return nil, err
		}
		errs, err := errorsArg(name, 2, optArg(args, 1))
		if err != nil {
			return nil, err
		}
		final := def
		if len(args) > 2 {
			if final, err = boolArg(t, args[2]); err != nil {
				return nil, err
			}
		}
		s, n, err := decode(t, b, errs, final)
		if err != nil {
			return nil, vm.CodecError(err)
		}
		return pair(py.String(s), n), nil
	}, "")
}

func mustLookup(name string) *gocodecs.Codec {
	c, err := gocodecs.Lookup(name)
	if err != nil {
		panic(err)
	}
	return c
}

func codecEncoder(c *gocodecs.Codec) func(t *vm.Thread, s, errors string) ([]byte, error) {
	return func(t *vm.Thread, s, errors string) ([]byte, error) { return c.Encode(s, errors, vm.CodecEnv(t)) }
}

func codecDecoder(c *gocodecs.Codec) func(t *vm.Thread, b []byte, errors string, final bool) (string, int, error) {
	return func(t *vm.Thread, b []byte, errors string, final bool) (string, int, error) {
		return c.DecodeChunk(b, errors, final, vm.CodecEnv(t))
	}
}

func initModule(t *vm.Thread, m *vm.Module) error {
	set := func(f *vm.BuiltinFunction) { m.Set(f.Name, f) }
	// The per-codec functions CPython's _codecs has.
	for _, c := range []struct{ prefix, codec string }{
		{"utf_8", "utf-8"}, {"latin_1", "latin-1"}, {"ascii", "ascii"},
		{"utf_16_le", "utf-16-le"}, {"utf_16_be", "utf-16-be"}, {"utf_32_le", "utf-32-le"}, {"utf_32_be", "utf-32-be"},
		{"unicode_escape", "unicode_escape"}, {"raw_unicode_escape", "raw_unicode_escape"},
	} {
		codec := mustLookup(c.codec)
		set(encodeFunc(c.prefix+"_encode", codecEncoder(codec)))
		switch c.prefix {
		case "latin_1", "ascii":
			set(decodeFunc(c.prefix+"_decode", false, true, codecDecoder(codec)))
		case "unicode_escape", "raw_unicode_escape":
			set(decodeFunc(c.prefix+"_decode", true, true, codecDecoder(codec)))
		default:
			set(decodeFunc(c.prefix+"_decode", true, false, codecDecoder(codec)))
		}
	}
	for _, u := range []struct {
		prefix string
		enc    func(s, errors string, order int, env gocodecs.Env) ([]byte, error)
		dec    func(b []byte, errors string, order int, final bool, env gocodecs.Env) (string, int, int, error)
	}{{"utf_16", gocodecs.EncodeUTF16, gocodecs.DecodeUTF16}, {"utf_32", gocodecs.EncodeUTF32, gocodecs.DecodeUTF32}} {
		u := u
		name := u.prefix + "_encode"
		set(newFunc(name, func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := vm.CheckPositional(name, name, args, kwnames, 1, 3); err != nil {
				return nil, err
			}
			s, err := strArg(name, 1, args[0])
			if err != nil {
				return nil, err
			}
			errs, err := errorsArg(name, 2, optArg(args, 1))
			if err != nil {
				return nil, err
			}
			order, err := intArg(t, optArg(args, 2), 0)
			if err != nil {
				return nil, err
			}
			order = max(-1, min(order, 1))
			b, err := u.enc(s, errs, order, vm.CodecEnv(t))
			if err != nil {
				return nil, vm.CodecError(err)
			}
			return pair(py.Bytes(b), vm.StrLen(s)), nil
		}, ""))
		set(decodeFunc(u.prefix+"_decode", true, false, func(t *vm.Thread, b []byte, errors string, final bool) (string, int, error) {
			s, n, _, err := u.dec(b, errors, 0, final, vm.CodecEnv(t))
			return s, n, err
		}))
		exName := u.prefix + "_ex_decode"
		set(newFunc(exName, func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := vm.CheckPositional(exName, exName, args, kwnames, 1, 4); err != nil {
				return nil, err
			}
			b, err := vm.BytesOf(t, args[0])
			if err != nil {
				return nil, err
			}
			errs, err := errorsArg(exName, 2, optArg(args, 1))
			if err != nil {
				return nil, err
			}
			order, err := intArg(t, optArg(args, 2), 0)
			if err != nil {
				return nil, err
			}
			final, err := boolArg(t, optArg(args, 3))
			if err != nil {
				return nil, err
			}
			s, n, got, err := u.dec(b, errs, max(-1, min(order, 1)), final, vm.CodecEnv(t))
			if err != nil {
				return nil, vm.CodecError(err)
			}
			if got == 0 {
				got = order
			}
			return Tuple{py.String(s), vm.NewInt(int64(n)), vm.NewInt(int64(got))}, nil
		}, ""))
	}
	set(newFunc("lookup", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("lookup", "lookup", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		name, err := strArg("lookup", 0, args[0])
		if err != nil {
			return nil, err
		}
		return vm.LookupCodec(t, name)
	}, "lookup(encoding): the CodecInfo the registered search functions give for encoding (cached); LookupError if none does."))
	set(newFunc("register", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckOneArg("register", args, kwnames); err != nil {
			return nil, err
		}
		return vm.None, vm.RegisterCodecSearch(t, args[0])
	}, "register(search_function): add a function that maps a normalized encoding name to a CodecInfo or None."))
	set(newFunc("unregister", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckOneArg("unregister", args, kwnames); err != nil {
			return nil, err
		}
		vm.UnregisterCodecSearch(t, args[0])
		return vm.None, nil
	}, "unregister(search_function): remove a search function and forget the encodings found so far."))
	set(newFunc("_forget_codec", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckOneArg("_forget_codec", args, kwnames); err != nil {
			return nil, err
		}
		name, err := strArg("_forget_codec", 0, args[0])
		if err != nil {
			return nil, err
		}
		vm.ForgetCodec(t, name)
		return vm.None, nil
	}, "Purge the named codec from the internal codec lookup cache"))
	for _, which := range []string{"encode", "decode"} {
		which := which
		set(newFunc(which, func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
			var obj, enc, errs Object
			if _, err := vm.ParseClinic(&vm.Params{Func: which, Names: []string{"obj", "encoding", "errors"}, KwOnly: -1, Required: 1}, args, kwnames, &obj, &enc, &errs); err != nil {
				return nil, err
			}
			e, er := "utf-8", "strict"
			if enc != nil {
				s, ok := vm.Unwrap(enc).(py.String)
				if !ok {
					return nil, vm.Errorf(py.TypeError, "%s() argument 'encoding' must be str, not %s", which, vm.TypeName(enc))
				}
				e = string(s)
			}
			if errs != nil {
				s, ok := vm.Unwrap(errs).(py.String)
				if !ok {
					return nil, vm.Errorf(py.TypeError, "%s() argument 'errors' must be str, not %s", which, vm.TypeName(errs))
				}
				er = string(s)
			}
			return vm.CodecCall(t, which, obj, e, er)
		}, ""))
	}
	set(newFunc("register_error", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("register_error", "register_error", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		name, err := strArg("register_error", 1, args[0])
		if err != nil {
			return nil, err
		}
		return vm.None, vm.RegisterErrorHandler(t, name, args[1])
	}, "register_error(name, handler): make handler the error handler that errors=name selects."))
	standard := map[string]*vm.BuiltinFunction{}
	for _, name := range gocodecs.StandardHandlerNames {
		h, _ := gocodecs.StandardHandler(name)
		fname := name + "_errors"
		if name == "surrogateescape" || name == "surrogatepass" {
			fname = name
		}
		standard[name] = newFunc(fname, func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := vm.CheckOneArg(fname, args, kwnames); err != nil {
				return nil, err
			}
			e, err := vm.UnicodeErrorOf(t, args[0])
			if err != nil {
				return nil, err
			}
			r, err := h(e)
			if err != nil {
				if err == error(e) {
					// strict, or a handler refusing the error: raise the
					// exception object given.
					if exc, ok := args[0].(*py.Exception); ok {
						return nil, exc
					}
				}
				return nil, vm.CodecError(err)
			}
			if r.IsBytes {
				return pair(py.Bytes(r.Bytes), r.Pos), nil
			}
			return pair(py.String(r.Str), r.Pos), nil
		}, "")
	}
	set(newFunc("lookup_error", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("lookup_error", "lookup_error", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		name, err := strArg("lookup_error", 0, args[0])
		if err != nil {
			return nil, err
		}
		if fn, ok := vm.RegisteredErrorHandler(t, name); ok {
			return fn, nil
		}
		if fn, ok := standard[name]; ok {
			return fn, nil
		}
		return nil, vm.Errorf(py.LookupError, "unknown error handler name '%s'", name)
	}, "lookup_error(errors) -> handler"))
	defCharmap(set)
	defEscape(set)
	defBuiltinCodecs(set)
	return nil
}
