package codecs

import (
	"fmt"
	"strings"

	gocodecs "github.com/gilpy/gilpy/interp/codecs"
	"github.com/gilpy/gilpy/interp/pystr"
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

// The charmap codec with tables and mappings given from Python
// (charmap_encode, charmap_decode, charmap_build), and the bytes escape
// codec (escape_encode, escape_decode).

var encodingMapType = vm.NewType("builtins", "EncodingMap", "", nil, 0)

// encodingMap is what charmap_build makes of a decoding table: the
// reverse mapping, code point to byte.
type encodingMap struct{ m map[rune]byte }

func (e *encodingMap) Type() *py.Type { return encodingMapType.T() }

func init() {
	encodingMapType.DefMethod("size", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		return vm.NewInt(int64(len(args[0].(*encodingMap).m))), nil
	}, "Return the size (in bytes) of this object")
	encodingMapType.Ready()
}

const undefined = "character maps to <undefined>"

func optArg(args []Object, i int) Object {
	if i < len(args) {
		return args[i]
	}
	return nil
}

func defCharmap(set func(*vm.BuiltinFunction)) {
	set(newFunc("charmap_build", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("charmap_build", "charmap_build", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		s, err := strArg("charmap_build", 1, args[0])
		if err != nil {
			return nil, err
		}
		m := map[rune]byte{}
		i := 0
		for off := 0; off < len(s) && i < 256; i++ {
			r, n := pystr.DecodeRune(s[off:])
			off += n
			if r != 0xFFFE {
				m[r] = byte(i)
			}
		}
		return &encodingMap{m}, nil
	}, ""))
	set(newFunc("charmap_decode", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("charmap_decode", "charmap_decode", args, kwnames, 1, 3); err != nil {
			return nil, err
		}
		b, err := vm.BytesOf(t, args[0])
		if err != nil {
			return nil, err
		}
		errs, err := errorsArg("charmap_decode", 2, optArg(args, 1))
		if err != nil {
			return nil, err
		}
		mapping := optArg(args, 2)
		env := vm.CodecEnv(t)
		var get gocodecs.GetFunc
		switch m := vm.Unwrap(mapping).(type) {
		case nil, py.NoneType:
			s, err := mustLookup("latin-1").Decode(b, errs, env)
			if err != nil {
				return nil, vm.CodecError(err)
			}
			return pair(py.String(s), len(b)), nil
		case py.String:
			table := []rune{}
			for off := 0; off < len(m); {
				r, n := pystr.DecodeRune(string(m[off:]))
				table = append(table, r)
				off += n
			}
			get = func(c byte) (string, bool, error) {
				if int(c) >= len(table) || table[c] == 0xFFFE {
					return "", false, nil
				}
				return pystr.EncodeRune(table[c]), true, nil
			}
		default:
			get = func(c byte) (string, bool, error) {
				v, err := vm.GetItem(t, mapping, vm.NewInt(int64(c)))
				if err != nil {
					if vm.IsExceptionType(err, py.LookupError) {
						return "", false, nil
					}
					return "", false, err
				}
				switch x := vm.Unwrap(v).(type) {
				case py.NoneType:
					return "", false, nil
				case py.String:
					if x == "\ufffe" {
						return "", false, nil
					}
					return string(x), true, nil
				}
				if vm.IsInt(v) {
					n, err := vm.IndexValue(t, v)
					if err != nil {
						return "", false, err
					}
					if !n.IsInt64() || n.Int64() < 0 || n.Int64() > pystr.MaxRune {
						return "", false, vm.Errorf(py.TypeError, "character mapping must be in range(0x110000)")
					}
					if n.Int64() == 0xFFFE {
						return "", false, nil
					}
					return pystr.EncodeRune(rune(n.Int64())), true, nil
				}
				return "", false, vm.Errorf(py.TypeError, "character mapping must return integer, None or str")
			}
		}
		s, err := gocodecs.DecodeFunc(b, errs, env, "charmap", undefined, get)
		if err != nil {
			return nil, vm.CodecError(err)
		}
		return pair(py.String(s), len(b)), nil
	}, ""))
	set(newFunc("charmap_encode", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("charmap_encode", "charmap_encode", args, kwnames, 1, 3); err != nil {
			return nil, err
		}
		s, err := strArg("charmap_encode", 1, args[0])
		if err != nil {
			return nil, err
		}
		errs, err := errorsArg("charmap_encode", 2, optArg(args, 1))
		if err != nil {
			return nil, err
		}
		mapping := optArg(args, 2)
		env := vm.CodecEnv(t)
		var put gocodecs.PutFunc
		switch m := vm.Unwrap(mapping).(type) {
		case nil, py.NoneType:
			b, err := mustLookup("latin-1").Encode(s, errs, env)
			if err != nil {
				return nil, vm.CodecError(err)
			}
			return pair(py.Bytes(b), vm.StrLen(s)), nil
		case *encodingMap:
			put = func(out []byte, r rune) ([]byte, bool, error) {
				c, ok := m.m[r]
				if !ok {
					return out, false, nil
				}
				return append(out, c), true, nil
			}
		default:
			put = func(out []byte, r rune) ([]byte, bool, error) {
				v, err := vm.GetItem(t, mapping, vm.NewInt(int64(r)))
				if err != nil {
					if vm.IsExceptionType(err, py.LookupError) {
						return out, false, nil
					}
					return out, false, err
				}
				switch x := vm.Unwrap(v).(type) {
				case py.NoneType:
					return out, false, nil
				case py.Bytes:
					return append(out, x...), true, nil
				}
				if vm.IsInt(v) {
					n, err := vm.IndexValue(t, v)
					if err != nil {
						return out, false, err
					}
					if !n.IsInt64() || n.Int64() < 0 || n.Int64() > 255 {
						return out, false, vm.Errorf(py.TypeError, "character mapping must be in range(256)")
					}
					return append(out, byte(n.Int64())), true, nil
				}
				return out, false, vm.Errorf(py.TypeError, "character mapping must return integer, bytes or None, not %s", vm.TypeName(v))
			}
		}
		b, err := gocodecs.EncodeFunc(s, errs, env, "charmap", undefined, put)
		if err != nil {
			return nil, vm.CodecError(err)
		}
		return pair(py.Bytes(b), vm.StrLen(s)), nil
	}, ""))
}

func defEscape(set func(*vm.BuiltinFunction)) {
	set(newFunc("escape_encode", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("escape_encode", "escape_encode", args, kwnames, 1, 2); err != nil {
			return nil, err
		}
		b, ok := vm.Unwrap(args[0]).(py.Bytes)
		if !ok {
			return nil, vm.Errorf(py.TypeError, "escape_encode() argument 1 must be bytes, not %s", vm.TypeName(args[0]))
		}
		if _, err := errorsArg("escape_encode", 2, optArg(args, 1)); err != nil {
			return nil, err
		}
		var out strings.Builder
		for _, c := range b {
			switch {
			case c == '\\' || c == '\'':
				out.WriteByte('\\')
				out.WriteByte(c)
			case c == '\t':
				out.WriteString("\\t")
			case c == '\n':
				out.WriteString("\\n")
			case c == '\r':
				out.WriteString("\\r")
			case c < ' ' || c >= 0x7F:
				fmt.Fprintf(&out, "\\x%02x", c)
			default:
				out.WriteByte(c)
			}
		}
		return pair(py.Bytes(out.String()), len(b)), nil
	}, ""))
	set(newFunc("escape_decode", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("escape_decode", "escape_decode", args, kwnames, 1, 2); err != nil {
			return nil, err
		}
		var data []byte
		if s, ok := vm.Unwrap(args[0]).(py.String); ok {
			data = []byte(s)
		} else {
			b, err := vm.BytesOf(t, args[0])
			if err != nil {
				return nil, err
			}
			data = b
		}
		errs, err := errorsArg("escape_decode", 2, optArg(args, 1))
		if err != nil {
			return nil, err
		}
		out, invalid, err := escapeDecode(data, errs)
		if err != nil {
			return nil, err
		}
		if invalid >= 0 {
			c := data[invalid]
			var msg string
			if '4' <= c && c <= '7' {
				msg = fmt.Sprintf("invalid octal escape sequence '\\%s'", data[invalid:min(invalid+3, len(data))])
			} else {
				msg = fmt.Sprintf("invalid escape sequence '\\%c'", rune(c))
			}
			if err := vm.CodecEnv(t).Warn("DeprecationWarning", msg); err != nil {
				return nil, err
			}
		}
		return pair(py.Bytes(out), len(data)), nil
	}, ""))
}

// escapeDecode processes the escapes of a bytes literal. It returns the
// offset of the first invalid escape's character (-1 if none), for the
// warning.
func escapeDecode(data []byte, errs string) ([]byte, int, error) {
	out := make([]byte, 0, len(data))
	invalid := -1
	for i := 0; i < len(data); {
		c := data[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		start := i
		i++
		if i >= len(data) {
			return nil, -1, vm.NewError(py.ValueError, "Trailing \\ in string")
		}
		c = data[i]
		i++
		switch c {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, c)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 't':
			out = append(out, '\t')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 'v':
			out = append(out, '\v')
		case 'a':
			out = append(out, '\a')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for k := 0; k < 2 && i < len(data) && data[i] >= '0' && data[i] <= '7'; k++ {
				v = v<<3 | int(data[i]-'0')
				i++
			}
			if v > 0o377 && invalid < 0 {
				invalid = start + 1
			}
			out = append(out, byte(v))
		case 'x':
			if i+1 < len(data) && pystr.HexDigit(data[i]) >= 0 && pystr.HexDigit(data[i+1]) >= 0 {
				out = append(out, byte(pystr.HexDigit(data[i])<<4|pystr.HexDigit(data[i+1])))
				i += 2
				continue
			}
			switch errs {
			case "strict":
				return nil, -1, vm.Errorf(py.ValueError, "invalid \\x escape at position %d", start)
			case "replace":
				out = append(out, '?')
			case "ignore":
			default:
				return nil, -1, vm.Errorf(py.ValueError, "decoding error; unknown error handling code: %s", errs)
			}
			// Skip the hex digits there are.
			for k := 0; k < 2 && i < len(data) && pystr.HexDigit(data[i]) >= 0; k++ {
				i++
			}
		default:
			if invalid < 0 {
				invalid = start + 1
			}
			out = append(out, '\\', c)
		}
	}
	return out, invalid, nil
}
