package format

import (
	"encoding/json"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"
)

// fmtResolver resolves str.format fields over decoded golden objects, the
// way the object layer would over real ones.
type fmtResolver struct {
	args   []*pyObj
	kwargs *pyObj
}

func (r *fmtResolver) Positional(i int) (any, bool, error) {
	if i >= len(r.args) {
		return nil, false, nil
	}
	return r.args[i], true, nil
}

func (r *fmtResolver) Keyword(name string) (any, error) {
	if v, ok := r.kwargs.fields[name]; ok {
		return v, nil
	}
	return nil, &Error{"KeyError", StrRepr(name)}
}

func (r *fmtResolver) Attr(v any, name string) (any, error) {
	o := v.(*pyObj)
	switch {
	case o.kind == "ns" && o.fields[name] != nil:
		return o.fields[name], nil
	case (o.kind == "int" || o.kind == "float") && name == "real":
		return o, nil
	}
	return nil, &Error{"AttributeError", "'" + o.TypeName() + "' object has no attribute " + StrRepr(name)}
}

func (r *fmtResolver) Item(v any, key string, index int) (any, error) {
	o := v.(*pyObj)
	switch o.kind {
	case "list":
		if index < 0 {
			return nil, typeError("list indices must be integers or slices, not str")
		}
		if index >= len(o.items) {
			return nil, &Error{IndexError, "list index out of range"}
		}
		return o.items[index], nil
	case "dict":
		if index >= 0 {
			return nil, &Error{"KeyError", strconv.Itoa(index)}
		}
		if x, ok := o.fields[key]; ok {
			return x, nil
		}
		return nil, &Error{"KeyError", StrRepr(key)}
	case "str":
		if index < 0 {
			return nil, typeError("string indices must be integers, not 'str'")
		}
		rs := []rune(o.s)
		if index >= len(rs) {
			return nil, &Error{IndexError, "string index out of range"}
		}
		return &pyObj{kind: "str", s: string(rs[index])}, nil
	}
	return nil, typeError("'" + o.TypeName() + "' object is not subscriptable")
}

func (r *fmtResolver) Convert(v any, conv rune) (any, error) {
	o := v.(*pyObj)
	var s string
	switch conv {
	case 'r':
		s, _ = o.Repr()
	case 's':
		s, _ = o.Str()
	case 'a':
		s, _ = o.ASCII()
	}
	return &pyObj{kind: "str", s: s}, nil
}

func (r *fmtResolver) Format(v any, spec string) (string, error) {
	o := v.(*pyObj)
	switch o.kind {
	case "int":
		return FormatInt(o.i, spec, "int", DefaultMaxStrDigits)
	case "float":
		return FormatFloat(o.f, spec, "float")
	case "str":
		return FormatStr(o.s, spec, "str")
	case "ns":
		return "NS(" + spec + ")", nil
	}
	if spec != "" {
		return "", typeError("unsupported format string passed to " + o.TypeName() + ".__format__")
	}
	return o.Str()
}

func TestGoldenStrFormat(t *testing.T) {
	rows := loadGolden(t, "str_format")
	args := decodeObj(t, rows[0][0])
	r := &fmtResolver{args: args.items, kwargs: decodeObj(t, rows[0][1])}
	require.NotEmpty(t, r.args)
	m := newMismatches(t, "str_format")
	for _, row := range rows[1:] {
		f := jstr(t, row[0])
		got, err := FormatString(f, r)
		m.check(StrRepr(f)+".format(...)", jresult(t, row[1]), got, err)
	}
	m.done()
}

// TestGoldenMarkup checks MarkupIter against _string.formatter_parser.
func TestGoldenMarkup(t *testing.T) {
	m := newMismatches(t, "markup")
	for _, row := range loadGolden(t, "markup") {
		f := jstr(t, row[0])
		it := NewMarkupIter(f)
		got := []any{}
		var err error
		for {
			c, ok, e := it.Next()
			if e != nil {
				err = e
				break
			}
			if !ok {
				break
			}
			if !c.HasField {
				got = append(got, []any{c.Literal, nil, nil, nil})
				continue
			}
			var conv any
			if c.Conversion != 0 {
				conv = string(c.Conversion)
			}
			got = append(got, []any{c.Literal, c.FieldName, c.Spec, conv})
		}
		b, jerr := json.Marshal(got)
		require.NoError(t, jerr)
		want := jresult(t, row[1])
		if want.ok {
			want.value = compactJSON(t, want.value)
		}
		m.check(StrRepr(f), want, string(b), err)
	}
	m.done()
}

// TestGoldenFieldName checks SplitFieldName and FieldName.Next against
// _string.formatter_field_name_split.
func TestGoldenFieldName(t *testing.T) {
	m := newMismatches(t, "field_name")
	for _, row := range loadGolden(t, "field_name") {
		name := jstr(t, row[0])
		var got []any
		fn, err := SplitFieldName(name, nil)
		if err == nil {
			var first any = fn.First
			if fn.Index >= 0 {
				first = fn.Index
			}
			rest := []any{}
			for {
				a, ok, e := fn.Next()
				if e != nil {
					err = e
					break
				}
				if !ok {
					break
				}
				var key any = a.Name
				if a.Index >= 0 {
					key = a.Index
				}
				rest = append(rest, []any{a.IsAttr, key})
			}
			got = []any{first, rest}
		}
		b, jerr := json.Marshal(got)
		require.NoError(t, jerr)
		want := jresult(t, row[1])
		if want.ok {
			want.value = compactJSON(t, want.value)
		}
		m.check(StrRepr(name), want, string(b), err)
	}
	m.done()
}

// compactJSON re-encodes a golden JSON value as a JSON string holding
// Go's compact encoding, for comparison with json.Marshal output.
func compactJSON(t testing.TB, v json.RawMessage) json.RawMessage {
	var x any
	require.NoError(t, json.Unmarshal(v, &x))
	b, err := json.Marshal(x)
	require.NoError(t, err)
	s, err := json.Marshal(string(b))
	require.NoError(t, err)
	return s
}
