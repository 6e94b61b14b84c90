package format

import (
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
