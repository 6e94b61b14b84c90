package format

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// pyObj is a tiny stand-in for Python objects, decoded from the goldens'
// encoding, implementing Arg the way the object layer is meant to.
type pyObj struct {
	kind   string // int bool float complex str none obj tuple list dict ns
	i      Int
	f, im  float64
	s      string
	items  []*pyObj
	keys   []string
	fields map[string]*pyObj
}

func decodeObj(t testing.TB, m json.RawMessage) *pyObj {
	t.Helper()
	var parts []json.RawMessage
	require.NoError(t, json.Unmarshal(m, &parts))
	o := &pyObj{kind: jstr(t, parts[0])}
	switch o.kind {
	case "int":
		o.i = goldenInt(t, jstr(t, parts[1]))
	case "bool":
		o.i = Int{Small: int64(jint(t, parts[1]))}
	case "float":
		o.f = jfloat(t, parts[1])
	case "complex":
		o.f, o.im = jfloat(t, parts[1]), jfloat(t, parts[2])
	case "str":
		o.s = jstr(t, parts[1])
	case "tuple", "list":
		var items []json.RawMessage
		require.NoError(t, json.Unmarshal(parts[1], &items))
		for _, it := range items {
			o.items = append(o.items, decodeObj(t, it))
		}
	case "dict", "ns":
		var items [][]json.RawMessage
		require.NoError(t, json.Unmarshal(parts[1], &items))
		o.fields = map[string]*pyObj{}
		for _, kv := range items {
			k := jstr(t, kv[0])
			o.keys = append(o.keys, k)
			o.fields[k] = decodeObj(t, kv[1])
		}
	}
	return o
}

func (o *pyObj) TypeName() string {
	switch o.kind {
	case "none":
		return "NoneType"
	case "obj":
		return "Obj"
	case "ns":
		return "NS"
	}
	return o.kind
}

func (o *pyObj) Str() (string, error) {
	switch o.kind {
	case "str":
		return o.s, nil
	case "obj":
		return "OBJ", nil
	}
	return o.Repr()
}

func (o *pyObj) repr(ascii bool) string {
	switch o.kind {
	case "int":
		return o.i.String()
	case "bool":
		if o.i.Small != 0 {
			return "True"
		}
		return "False"
	case "float":
		return FloatRepr(o.f)
	case "complex":
		s, _ := FormatComplex(o.f, o.im, "", "complex")
		return s
	case "str":
		return string(AppendStrRepr(nil, o.s, ascii))
	case "none":
		return "None"
	case "obj":
		return "Obj()"
	case "tuple", "list":
		var parts []string
		for _, it := range o.items {
			parts = append(parts, it.repr(ascii))
		}
		if o.kind == "list" {
			return "[" + strings.Join(parts, ", ") + "]"
		}
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case "dict":
		var parts []string
		for _, k := range o.keys {
			parts = append(parts, string(AppendStrRepr(nil, k, ascii))+": "+o.fields[k].repr(ascii))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	return "<" + o.kind + ">"
}

func (o *pyObj) Repr() (string, error)  { return o.repr(false), nil }
func (o *pyObj) ASCII() (string, error) { return o.repr(true), nil }

func (o *pyObj) AsInt() (Int, bool) {
	if o.kind == "int" || o.kind == "bool" {
		return o.i, true
	}
	return Int{}, false
}

func (o *pyObj) ToInt(index bool) (Int, bool, error) {
	if o.kind == "float" && !index {
		v, err := FloatToInt(o.f)
		return v, err == nil, err
	}
	return Int{}, false, nil
}

func (o *pyObj) ToFloat() (float64, bool, error) {
	switch o.kind {
	case "float":
		return o.f, true, nil
	case "int", "bool":
		v, err := IntToFloat(o.i)
		return v, err == nil, err
	}
	return 0, false, nil
}

func (o *pyObj) AsStr() (string, bool) { return o.s, o.kind == "str" }

// getItem mimics operand[key] for a str key.
func (o *pyObj) getItem(key string) (*pyObj, error) {
	switch o.kind {
	case "dict":
		if v, ok := o.fields[key]; ok {
			return v, nil
		}
		return nil, &Error{"KeyError", StrRepr(key)}
	case "list":
		return nil, typeError("list indices must be integers or slices, not str")
	}
	return nil, typeError("'" + o.TypeName() + "' object is not subscriptable")
}

// percentArgs builds the Args of str % o.
func percentArgs(o *pyObj) Args {
	if o.kind == "tuple" {
		items := make([]Arg, len(o.items))
		for k, it := range o.items {
			items[k] = it
		}
		return TupleArgs(items...)
	}
	a := Args{Single: o}
	if o.kind == "dict" || o.kind == "list" {
		a.Lookup = func(key string) (Arg, error) {
			v, err := o.getItem(key)
			if err != nil {
				return nil, err
			}
			return v, nil
		}
	}
	return a
}
