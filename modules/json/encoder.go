package json

import (
	"math"
	"strconv"

	"github.com/gilpy/gilpy/interp/format"
	"github.com/gilpy/gilpy/interp/pystr"
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

const hexDigits = "0123456789abcdef"

// appendQuoted appends s as a JSON string literal. With asciiOnly every
// code point above U+007F becomes a \uXXXX escape (a surrogate pair above
// U+FFFF); otherwise only the quote, the backslash and the control
// characters are escaped, the rest is copied as it is.
func appendQuoted(dst []byte, s string, asciiOnly bool) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && (c < 0x7f || c == 0x7f && !asciiOnly) {
			i++
			continue
		}
		if c >= 0x80 && !asciiOnly {
			i++
			continue
		}
		dst = append(dst, s[start:i]...)
		size := 1
		switch c {
		case '"':
			dst = append(dst, '\\', '"')
		case '\\':
			dst = append(dst, '\\', '\\')
		case '\n':
			dst = append(dst, '\\', 'n')
		case '\r':
			dst = append(dst, '\\', 'r')
		case '\t':
			dst = append(dst, '\\', 't')
		case '\b':
			dst = append(dst, '\\', 'b')
		case '\f':
			dst = append(dst, '\\', 'f')
		default:
			var r rune
			if c < 0x80 {
				r = rune(c)
			} else {
				r, size = pystr.DecodeRune(s[i:])
			}
			if r > 0xFFFF {
				r -= 0x10000
				dst = appendU(dst, 0xD800|(r>>10)&0x3FF)
				dst = appendU(dst, 0xDC00|r&0x3FF)
			} else {
				dst = appendU(dst, r)
			}
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

func appendU(dst []byte, r rune) []byte {
	return append(dst, '\\', 'u', hexDigits[r>>12&0xF], hexDigits[r>>8&0xF], hexDigits[r>>4&0xF], hexDigits[r&0xF])
}

// encoder holds what JSONEncoder.iterencode passes to make_encoder.
type encoder struct {
	checkCircular bool
	stack         []Object // containers being encoded, for the circular check
	defaultFn     Object
	strFn         Object // the string encoder when it is not one of ours
	asciiOnly     bool
	indent        string
	hasIndent     bool
	keySep        string
	itemSep       string
	sortKeys      bool
	skipKeys      bool
	allowNaN      bool
}

// encodeFloat appends a float as JSON: its repr, or NaN/Infinity/-Infinity
// when allowed.
func (e *encoder) encodeFloat(dst []byte, f float64) ([]byte, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		if !e.allowNaN {
			return dst, vm.NewError(py.ValueError, "Out of range float values are not JSON compliant")
		}
		switch {
		case math.IsNaN(f):
			return append(dst, "NaN"...), nil
		case f > 0:
			return append(dst, "Infinity"...), nil
		}
		return append(dst, "-Infinity"...), nil
	}
	return format.AppendFloatRepr(dst, f), nil
}

// encodeInt appends int.__repr__ of an int or int subclass (so IntEnum
// members encode as their values).
func encodeInt(t *vm.Thread, dst []byte, o Object) ([]byte, error) {
	switch v := vm.Unwrap(o).(type) {
	case py.Int:
		return strconv.AppendInt(dst, int64(v), 10), nil
	case py.Bool:
		if v {
			return append(dst, '1'), nil
		}
		return append(dst, '0'), nil
	default:
		r, err := vm.Repr(t, v)
		if err != nil {
			return dst, err
		}
		return append(dst, string(r.(py.String))...), nil
	}
}

func (e *encoder) encodeStr(t *vm.Thread, dst []byte, s Object) ([]byte, error) {
	if e.strFn == nil {
		return appendQuoted(dst, string(vm.Unwrap(s).(py.String)), e.asciiOnly), nil
	}
	r, err := vm.Call1(t, e.strFn, s)
	if err != nil {
		return dst, err
	}
	rs, ok := r.(py.String)
	if !ok {
		if rs2, ok2 := vm.Unwrap(r).(py.String); ok2 && vm.IsInstance(r, py.StringType) {
			rs = rs2
		} else {
			return dst, vm.Errorf(py.TypeError, "encoder() must return a string, not %s", vm.TypeName(r))
		}
	}
	return append(dst, string(rs)...), nil
}

func (e *encoder) newline(dst []byte, level int) []byte {
	dst = append(dst, '\n')
	for i := 0; i < level; i++ {
		dst = append(dst, e.indent...)
	}
	return dst
}

// enter records a container on the circular-reference stack.
func (e *encoder) enter(o Object) error {
	if !e.checkCircular {
		return nil
	}
	for _, m := range e.stack {
		if vm.Is(m, o) {
			return vm.NewError(py.ValueError, "Circular reference detected")
		}
	}
	e.stack = append(e.stack, o)
	return nil
}

func (e *encoder) leave() {
	if e.checkCircular {
		e.stack = e.stack[:len(e.stack)-1]
	}
}

// encode appends the JSON text of o, checking the kinds in the order
// CPython's encoder does: None, True, False, str, int, float, list or
// tuple, dict, then default().
func (e *encoder) encode(t *vm.Thread, dst []byte, o Object, level int) ([]byte, error) {
	switch v := o.(type) {
	case py.NoneType:
		return append(dst, "null"...), nil
	case py.Bool:
		if v {
			return append(dst, "true"...), nil
		}
		return append(dst, "false"...), nil
	case py.String:
		return e.encodeStr(t, dst, o)
	case py.Int:
		return strconv.AppendInt(dst, int64(v), 10), nil
	case py.Float:
		return e.encodeFloat(dst, float64(v))
	case *py.List:
		return e.encodeList(t, dst, o, v.Items, level)
	case py.Tuple:
		return e.encodeList(t, dst, o, v, level)
	case *vm.Dict:
		return e.encodeDict(t, dst, o, level)
	}
	typ := vm.TypeOf(o)
	switch {
	case vm.IsSubtype(typ, py.StringType):
		return e.encodeStr(t, dst, o)
	case vm.IsSubtype(typ, py.IntType) || vm.IsSubtype(typ, py.BigIntType):
		return encodeInt(t, dst, o)
	case vm.IsSubtype(typ, py.FloatType):
		return e.encodeFloat(dst, float64(vm.Unwrap(o).(py.Float)))
	case vm.IsSubtype(typ, py.ListType):
		return e.encodeList(t, dst, o, vm.Unwrap(o).(*py.List).Items, level)
	case vm.IsSubtype(typ, py.TupleType):
		return e.encodeList(t, dst, o, vm.Unwrap(o).(py.Tuple), level)
	case vm.IsSubtype(typ, &vm.DictClass().Type):
		return e.encodeDict(t, dst, o, level)
	}
	if err := e.enter(o); err != nil {
		return dst, err
	}
	nv, err := vm.Call1(t, e.defaultFn, o)
	if err != nil {
		return dst, err
	}
	if err := t.EnterCall(" while encoding a JSON object"); err != nil {
		return dst, err
	}
	dst, err = e.encode(t, dst, nv, level)
	t.LeaveRecursive()
	if err != nil {
		return dst, err
	}
	e.leave()
	return dst, nil
}

func (e *encoder) encodeList(t *vm.Thread, dst []byte, o Object, items []Object, level int) ([]byte, error) {
	if len(items) == 0 {
		return append(dst, "[]"...), nil
	}
	if err := e.enter(o); err != nil {
		return dst, err
	}
	if err := t.EnterCall(" while encoding a JSON object"); err != nil {
		return dst, err
	}
	defer t.LeaveRecursive()
	dst = append(dst, '[')
	if e.hasIndent {
		level++
		dst = e.newline(dst, level)
	}
	var err error
	// A list may change while default() runs: index it afresh each time.
	for i := 0; i < len(items); i++ {
		if i > 0 {
			dst = append(dst, e.itemSep...)
			if e.hasIndent {
				dst = e.newline(dst, level)
			}
		}
		if dst, err = e.encode(t, dst, items[i], level); err != nil {
			return dst, err
		}
		if l, ok := vm.Unwrap(o).(*py.List); ok {
			items = l.Items
		}
	}
	if e.hasIndent {
		dst = e.newline(dst, level-1)
	}
	e.leave()
	return append(dst, ']'), nil
}

// dictItems returns a dict's items as CPython's encoder sees them: the
// dict's own for a dict, items() for a subclass, sorted when sort_keys
// is set (as a list of pairs, by list.sort, so the comparisons made and
// the errors raised are CPython's).
func (e *encoder) dictItems(t *vm.Thread, o Object) ([]Object, error) {
	var pairs []Object
	if d, ok := o.(*vm.Dict); ok {
		pairs = make([]Object, 0, d.Len())
		d.Items(func(k, v Object) bool {
			pairs = append(pairs, py.Tuple{k, v})
			return true
		})
	} else {
		items, err := vm.CallMethod(t, o, "items", nil, nil)
		if err != nil {
			return nil, err
		}
		if pairs, err = vm.Collect(t, items); err != nil {
			return nil, err
		}
	}
	if e.sortKeys {
		l := &py.List{Items: pairs}
		if _, err := vm.CallMethod(t, l, "sort", nil, nil); err != nil {
			return nil, err
		}
		pairs = l.Items
	}
	return pairs, nil
}

func (e *encoder) encodeDict(t *vm.Thread, dst []byte, o Object, level int) ([]byte, error) {
	n, err := vm.Len(t, o)
	if err != nil {
		return dst, err
	}
	if n == 0 {
		return append(dst, "{}"...), nil
	}
	if err := e.enter(o); err != nil {
		return dst, err
	}
	if err := t.EnterCall(" while encoding a JSON object"); err != nil {
		return dst, err
	}
	defer t.LeaveRecursive()
	pairs, err := e.dictItems(t, o)
	if err != nil {
		return dst, err
	}
	dst = append(dst, '{')
	if e.hasIndent {
		level++
		dst = e.newline(dst, level)
	}
	first := true
	for _, p := range pairs {
		kv, ok := vm.Unwrap(p).(py.Tuple)
		if !ok || len(kv) != 2 {
			return dst, vm.NewError(py.ValueError, "items must return 2-tuples")
		}
		key, value := kv[0], kv[1]
		var keyStr Object
		switch k := key.(type) {
		case py.String:
			keyStr = k
		case py.Float:
			b, err := e.encodeFloat(nil, float64(k))
			if err != nil {
				return dst, err
			}
			keyStr = py.String(b)
		case py.Bool:
			if k {
				keyStr = py.String("true")
			} else {
				keyStr = py.String("false")
			}
		case py.NoneType:
			keyStr = py.String("null")
		case py.Int:
			keyStr = py.String(strconv.FormatInt(int64(k), 10))
		default:
			typ := vm.TypeOf(key)
			switch {
			case vm.IsSubtype(typ, py.StringType):
				keyStr = key
			case vm.IsSubtype(typ, py.FloatType):
				b, err := e.encodeFloat(nil, float64(vm.Unwrap(key).(py.Float)))
				if err != nil {
					return dst, err
				}
				keyStr = py.String(b)
			case vm.IsSubtype(typ, py.IntType) || vm.IsSubtype(typ, py.BigIntType):
				b, err := encodeInt(t, nil, key)
				if err != nil {
					return dst, err
				}
				keyStr = py.String(b)
			case e.skipKeys:
				continue
			default:
				return dst, vm.Errorf(py.TypeError, "keys must be str, int, float, bool or None, not %s", typ.Name)
			}
		}
		if first {
			first = false
		} else {
			dst = append(dst, e.itemSep...)
			if e.hasIndent {
				dst = e.newline(dst, level)
			}
		}
		if dst, err = e.encodeStr(t, dst, keyStr); err != nil {
			return dst, err
		}
		dst = append(dst, e.keySep...)
		if dst, err = e.encode(t, dst, value, level); err != nil {
			return dst, err
		}
	}
	if e.hasIndent {
		dst = e.newline(dst, level-1)
	}
	e.leave()
	return append(dst, '}'), nil
}
