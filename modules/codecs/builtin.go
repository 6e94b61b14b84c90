package codecs

import (
	gocodecs "github.com/gilpy/gilpy/interp/codecs"
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

// What the encodings package needs to describe the encodings package
// interp/codecs implements: which module a name designates, the codec's
// encode and decode functions, and incremental encoder and decoder
// objects in Go that its Python classes wrap.

var (
	decoderType = vm.NewType("_codecs", "_Decoder", "An incremental decoder of a built-in codec.", nil, 0)
	encoderType = vm.NewType("_codecs", "_Encoder", "An incremental encoder of a built-in codec.", nil, 0)
)

type decoder struct{ d *gocodecs.Decoder }

func (d *decoder) Type() *py.Type { return decoderType.T() }

type encoder struct{ e *gocodecs.Encoder }

func (e *encoder) Type() *py.Type { return encoderType.T() }

func codecByModule(t *vm.Thread, o Object) (*gocodecs.Codec, error) {
	s, err := strArg("_codecs", 1, o)
	if err != nil {
		return nil, err
	}
	c, err := gocodecs.Lookup(s)
	if err != nil {
		return nil, vm.CodecError(err)
	}
	return c, nil
}

func init() {
	decoderType.DefMethod("decode", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		var input, final, errs Object
		if _, err := vm.ParseClinic(&vm.Params{Func: "decode", Names: []string{"input", "final", "errors"}, KwOnly: -1, Required: 1}, args[1:], kwnames, &input, &final, &errs); err != nil {
			return nil, err
		}
		d := args[0].(*decoder)
		b, err := vm.BytesOf(t, input)
		if err != nil {
			return nil, err
		}
		f, err := vm.Truth(t, orFalse(final))
		if err != nil {
			return nil, err
		}
		e, err := errorsArg("decode", 3, errs)
		if err != nil {
			return nil, err
		}
		d.d.SetErrors(e, vm.CodecEnv(t))
		s, err := d.d.Decode(b, f)
		if err != nil {
			return nil, vm.CodecError(err)
		}
		return py.String(s), nil
	}, "")
	decoderType.DefMethod("reset", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		args[0].(*decoder).d.Reset()
		return vm.None, nil
	}, "")
	decoderType.DefMethod("getstate", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		buf, flag := args[0].(*decoder).d.State()
		return Tuple{py.Bytes(buf), vm.NewInt(int64(flag))}, nil
	}, "")
	decoderType.DefMethod("setstate", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckMethodArgs("setstate", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		st, ok := vm.Unwrap(args[1]).(Tuple)
		if !ok || len(st) != 2 {
			return nil, vm.Errorf(py.TypeError, "state must be a tuple of (bytes, int)")
		}
		buf, err := vm.BytesOf(t, st[0])
		if err != nil {
			return nil, err
		}
		flag, err := vm.IndexInt(t, st[1])
		if err != nil {
			return nil, err
		}
		args[0].(*decoder).d.SetState(buf, flag)
		return vm.None, nil
	}, "")
	decoderType.Ready()

	encoderType.DefMethod("encode", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		var input, final, errs Object
		if _, err := vm.ParseClinic(&vm.Params{Func: "encode", Names: []string{"input", "final", "errors"}, KwOnly: -1, Required: 1}, args[1:], kwnames, &input, &final, &errs); err != nil {
			return nil, err
		}
		e := args[0].(*encoder)
		s, err := strArg("encode", 1, input)
		if err != nil {
			return nil, err
		}
		f, err := vm.Truth(t, orFalse(final))
		if err != nil {
			return nil, err
		}
		es, err := errorsArg("encode", 3, errs)
		if err != nil {
			return nil, err
		}
		e.e.SetErrors(es, vm.CodecEnv(t))
		b, err := e.e.Encode(s, f)
		if err != nil {
			return nil, vm.CodecError(err)
		}
		return py.Bytes(b), nil
	}, "")
	encoderType.DefMethod("reset", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		args[0].(*encoder).e.Reset()
		return vm.None, nil
	}, "")
	encoderType.DefMethod("getstate", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		return vm.NewInt(int64(args[0].(*encoder).e.State())), nil
	}, "")
	encoderType.DefMethod("setstate", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckMethodArgs("setstate", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		n, err := vm.IndexInt(t, args[1])
		if err != nil {
			return nil, err
		}
		args[0].(*encoder).e.SetState(n)
		return vm.None, nil
	}, "")
	encoderType.Ready()
}

func orFalse(o Object) Object {
	if o == nil {
		return vm.False
	}
	return o
}

func defBuiltinCodecs(set func(*vm.BuiltinFunction)) {
	set(newFunc("_builtin_codec", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckOneArg("_builtin_codec", args, kwnames); err != nil {
			return nil, err
		}
		name, err := strArg("_builtin_codec", 1, args[0])
		if err != nil {
			return nil, err
		}
		c, err := gocodecs.Lookup(name)
		if err != nil {
			return vm.None, nil
		}
		return Tuple{py.String(c.Module), py.String(c.Name)}, nil
	}, "Return (module, name) of the built-in codec an encoding name designates, or None."))
	set(newFunc("_codec_functions", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckOneArg("_codec_functions", args, kwnames); err != nil {
			return nil, err
		}
		c, err := codecByModule(t, args[0])
		if err != nil {
			return nil, err
		}
		encName, decName := codecFuncNames(c.Module)
		enc := vm.NewModuleFunction("encodings."+c.Module, encName, func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
			var input, errs Object
			if _, err := vm.ParseClinic(&vm.Params{Func: encName, Names: []string{"input", "errors"}, KwOnly: -1, Required: 1}, args, kwnames, &input, &errs); err != nil {
				return nil, err
			}
			s, err := strArg(encName, 1, input)
			if err != nil {
				return nil, err
			}
			e, err := errorsArg(encName, 2, errs)
			if err != nil {
				return nil, err
			}
			b, err := c.Encode(s, e, vm.CodecEnv(t))
			if err != nil {
				return nil, vm.CodecError(err)
			}
			return pair(py.Bytes(b), vm.StrLen(s)), nil
		}, "")
		dec := vm.NewModuleFunction("encodings."+c.Module, decName, func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
			var input, errs Object
			if _, err := vm.ParseClinic(&vm.Params{Func: decName, Names: []string{"input", "errors"}, KwOnly: -1, Required: 1}, args, kwnames, &input, &errs); err != nil {
				return nil, err
			}
			b, err := vm.BytesOf(t, input)
			if err != nil {
				return nil, err
			}
			e, err := errorsArg(decName, 2, errs)
			if err != nil {
				return nil, err
			}
			s, n, err := c.DecodeChunk(b, e, true, vm.CodecEnv(t))
			if err != nil {
				return nil, vm.CodecError(err)
			}
			return pair(py.String(s), n), nil
		}, "")
		return Tuple{enc, dec}, nil
	}, "Return the encode and decode functions of a built-in codec module."))
	set(newFunc("_incremental_decoder", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("_incremental_decoder", "_incremental_decoder", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		c, err := codecByModule(t, args[0])
		if err != nil {
			return nil, err
		}
		e, err := errorsArg("_incremental_decoder", 2, args[1])
		if err != nil {
			return nil, err
		}
		return &decoder{c.NewDecoder(e, nil)}, nil
	}, ""))
	set(newFunc("_incremental_encoder", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("_incremental_encoder", "_incremental_encoder", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		c, err := codecByModule(t, args[0])
		if err != nil {
			return nil, err
		}
		e, err := errorsArg("_incremental_encoder", 2, args[1])
		if err != nil {
			return nil, err
		}
		return &encoder{c.NewEncoder(e, nil)}, nil
	}, ""))
}

// codecFuncNames names a built-in codec's stateless functions after the
// _codecs functions CPython's encodings modules use for it, so that
// argument errors read the same: utf_8_encode for utf-8 (and utf-8-sig),
// charmap_encode for the single-byte code pages.
func codecFuncNames(module string) (string, string) {
	switch module {
	case "utf_8_sig":
		module = "utf_8"
	case "utf_8", "utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be",
		"ascii", "latin_1", "unicode_escape", "raw_unicode_escape":
	default:
		module = "charmap"
	}
	return module + "_encode", module + "_decode"
}
