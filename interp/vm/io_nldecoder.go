package vm

import (
	"fmt"

	"github.com/go-python/gpython/py"
)

// IncrementalNewlineDecoderClass is io.IncrementalNewlineDecoder: the
// newline handling of universal newlines mode, over a codec's
// incremental decoder (or over str input when the decoder is None).
var IncrementalNewlineDecoderClass = func() *Class {
	c := newBuiltinType("_io.IncrementalNewlineDecoder", "Decodes with another decoder and turns \\r and \\r\\n into \\n for universal newlines.", nil)
	c.Type.Qualname = "IncrementalNewlineDecoder"
	c.flags |= clsBaseType
	c.Type.Flags |= py.TPFLAGS_BASETYPE
	c.layout = layoutBuiltin
	c.ns.SetStr("__module__", py.String("_io"))
	return c
}()

type nlDecoder struct {
	decoder     Object
	w           TextIOWrapper // its newline state
	initialized bool
}

func (d *nlDecoder) Type() *Type { return IncrementalNewlineDecoderClass.T() }

func nlSelf(o Object) (*nlDecoder, error) {
	d := unwrap(o).(*nlDecoder)
	if !d.initialized {
		return nil, NewError(py.ValueError, "IncrementalNewlineDecoder.__init__() not called")
	}
	return d, nil
}

func init() {
	c := IncrementalNewlineDecoderClass
	c.def("__new__", &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		typ, err := newCheck(args, c, "IncrementalNewlineDecoder")
		if err != nil {
			return nil, err
		}
		return newInstanceOf(typ, c.T(), &nlDecoder{}), nil
	}})
	c.defMethod("__init__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		var decoder, translate, errors Object
		if _, err := ParseClinic(&Params{Func: "IncrementalNewlineDecoder", Names: []string{"decoder", "translate", "errors"}, KwOnly: -1, Required: 2}, args[1:], kwnames, &decoder, &translate, &errors); err != nil {
			return nil, err
		}
		tr, err := Truth(t, translate)
		if err != nil {
			return nil, err
		}
		d := unwrap(args[0]).(*nlDecoder)
		d.decoder = decoder
		d.w = TextIOWrapper{readUniversal: true, readTranslate: tr, decoder: &byteDecoder{}}
		d.initialized = true
		return None, nil
	}, "")
	c.defMethod("decode", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		var input, final Object
		if _, err := ParseClinic(&Params{Func: "decode", Names: []string{"input", "final"}, KwOnly: -1, Required: 1}, args[1:], kwnames, &input, &final); err != nil {
			return nil, err
		}
		d, err := nlSelf(args[0])
		if err != nil {
			return nil, err
		}
		fin := false
		if final != nil {
			if fin, err = Truth(t, final); err != nil {
				return nil, err
			}
		}
		out := input
		if d.decoder != None {
			if out, err = CallMethod(t, d.decoder, "decode", []Object{input, NewBool(fin)}, nil); err != nil {
				return nil, err
			}
		}
		s, ok := unwrap(out).(py.String)
		if !ok {
			return nil, NewError(py.TypeError, fmt.Sprintf("decoder should return a string result, not '%s'", TypeName(out)))
		}
		return py.String(d.w.nlDecode(string(s), fin)), nil
	}, "")
	c.defMethod("getstate", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		d, err := nlSelf(args[0])
		if err != nil {
			return nil, err
		}
		var buf Object = py.Bytes{}
		flag := 0
		if d.decoder != None {
			st, err := CallMethod(t, d.decoder, "getstate", nil, nil)
			if err != nil {
				return nil, err
			}
			tup, ok := st.(Tuple)
			if !ok || len(tup) != 2 {
				return nil, NewError(py.TypeError, "illegal decoder state")
			}
			buf = tup[0]
			if flag, err = IndexInt(t, tup[1]); err != nil {
				return nil, err
			}
		}
		flag <<= 1
		if d.w.pendingCR {
			flag |= 1
		}
		return Tuple{buf, NewInt(int64(flag))}, nil
	}, "")
	c.defMethod("setstate", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("setstate", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		d, err := nlSelf(args[0])
		if err != nil {
			return nil, err
		}
		tup, ok := args[1].(Tuple)
		if !ok || len(tup) != 2 {
			return nil, NewError(py.TypeError, "state argument must be a tuple")
		}
		flag, err := IndexInt(t, tup[1])
		if err != nil {
			return nil, err
		}
		d.w.pendingCR = flag&1 != 0
		if d.decoder != None {
			if _, err := CallMethod(t, d.decoder, "setstate", []Object{Tuple{tup[0], NewInt(int64(flag >> 1))}}, nil); err != nil {
				return nil, err
			}
		}
		return None, nil
	}, "")
	c.defMethod("reset", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		d, err := nlSelf(args[0])
		if err != nil {
			return nil, err
		}
		d.w.pendingCR, d.w.seenNL = false, 0
		if d.decoder != None {
			if _, err := CallMethod(t, d.decoder, "reset", nil, nil); err != nil {
				return nil, err
			}
		}
		return None, nil
	}, "")
	c.defGetSet("newlines", func(t *Thread, o Object) (Object, error) {
		d, err := nlSelf(o)
		if err != nil {
			return nil, err
		}
		return d.w.newlinesValue(), nil
	}, nil)
	readyLater(IncrementalNewlineDecoderClass)
}
