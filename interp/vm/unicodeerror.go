package vm

import (
	"fmt"

	"github.com/gilpy/gilpy/interp/pystr"
	"github.com/go-python/gpython/py"
)

// initUnicodeError checks and stores the arguments of UnicodeEncodeError
// (encoding, object, start, end, reason), UnicodeDecodeError (the same,
// with a bytes-like object, kept as bytes) and UnicodeTranslateError
// (object, start, end, reason), with CPython's argument errors. Other
// subclasses of UnicodeError take any arguments. e.args keeps the values
// as given; the attributes hold the converted ones.
func initUnicodeError(t *Thread, e *py.Exception, pos Tuple) error {
	typ := TypeOf(e)
	var names []string
	decode := false
	switch {
	case IsSubtype(typ, py.UnicodeEncodeError):
		names = []string{"encoding", "object", "start", "end", "reason"}
	case IsSubtype(typ, py.UnicodeDecodeError):
		names = []string{"encoding", "object", "start", "end", "reason"}
		decode = true
	case IsSubtype(typ, py.UnicodeTranslateError):
		names = []string{"object", "start", "end", "reason"}
	default:
		return nil
	}
	if len(pos) != len(names) {
		return Errorf(py.TypeError, "function takes exactly %d arguments (%d given)", len(names), len(pos))
	}
	vals := make([]Object, len(names))
	for i, n := range names {
		v := pos[i]
		switch n {
		case "start", "end":
			k, err := IndexInt(t, v)
			if err != nil {
				return err
			}
			vals[i] = py.Int(k)
			continue
		case "object":
			if decode {
				continue // converted once the others have been checked
			}
		}
		if _, ok := unwrap(v).(py.String); !ok {
			return Errorf(py.TypeError, "argument %d must be str, not %s", i+1, TypeName(v))
		}
		vals[i] = v
	}
	if decode {
		b, err := bytesOf(t, pos[1])
		if err != nil {
			return err
		}
		if _, ok := unwrap(pos[1]).(py.Bytes); !ok {
			b = append([]byte{}, b...)
		}
		vals[1] = py.Bytes(b)
	}
	for i, n := range names {
		setExcAttr(e, n, vals[i])
	}
	return nil
}

// unicodeErrorStr is str() of a UnicodeEncodeError ("encode"),
// UnicodeDecodeError ("decode") or UnicodeTranslateError ("translate"):
// the one offending character or byte when the range holds exactly one,
// else the range. Start and end are reported as stored, even out of
// range. An error whose object was never set prints as "".
func unicodeErrorStr(t *Thread, e *py.Exception, verb string) (Object, error) {
	obj, ok := e.Dict["object"]
	if !ok || obj == None {
		return py.String(""), nil
	}
	start, _ := e.Dict["start"].(py.Int)
	end, _ := e.Dict["end"].(py.Int)
	reason, err := Str(t, excDictOr(e, "reason"))
	if err != nil {
		return nil, err
	}
	codec := ""
	if verb != "translate" {
		enc, err := Str(t, excDictOr(e, "encoding"))
		if err != nil {
			return nil, err
		}
		codec = fmt.Sprintf("'%s' codec ", enc)
	}
	if verb == "decode" {
		if b, ok := unwrap(obj).(py.Bytes); ok && start >= 0 && int(start) < len(b) && end == start+1 {
			return py.String(fmt.Sprintf("%scan't decode byte 0x%02x in position %d: %s", codec, b[start], start, reason)), nil
		}
		return py.String(fmt.Sprintf("%scan't decode bytes in position %d-%d: %s", codec, start, end-1, reason)), nil
	}
	if s, ok := unwrap(obj).(py.String); ok && start >= 0 && end == start+1 {
		// Code point indexes; lone surrogates count as themselves.
		if r, ok := pystr.RuneAt(string(s), int(start)); ok {
			var cs string
			switch {
			case r < 0x100:
				cs = fmt.Sprintf("\\x%02x", r)
			case r < 0x10000:
				cs = fmt.Sprintf("\\u%04x", r)
			default:
				cs = fmt.Sprintf("\\U%08x", r)
			}
			return py.String(fmt.Sprintf("%scan't %s character '%s' in position %d: %s", codec, verb, cs, start, reason)), nil
		}
	}
	return py.String(fmt.Sprintf("%scan't %s characters in position %d-%d: %s", codec, verb, start, end-1, reason)), nil
}

// excDictOr is an exception attribute kept in its dict, or None.
func excDictOr(e *py.Exception, name string) Object {
	if v, ok := e.Dict[name]; ok {
		return v
	}
	return None
}
