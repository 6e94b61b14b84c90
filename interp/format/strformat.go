package format

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// IndexError is the exception name used for a positional replacement field
// past the end of the arguments.
const IndexError = "IndexError"

// Chunk is one step of a str.format template: literal text, optionally
// followed by a replacement field.
type Chunk struct {
	Literal  string
	HasField bool
	// FieldName is the raw text before '!' or ':' ("" for "{}"); parse it
	// with SplitFieldName.
	FieldName string
	// Conversion is 'r', 's', 'a' (or any other character the template
	// had, which is an error when the field is evaluated), or 0.
	Conversion rune
	// Spec is the raw format spec after ':', possibly holding nested
	// replacement fields; SpecNeedsExpanding says it contains a '{'.
	Spec               string
	SpecNeedsExpanding bool
}

// MarkupIter walks a str.format template. Errors are reported when the
// iteration reaches them, as CPython's parser does, so that output and
// side effects of earlier fields happen first.
type MarkupIter struct {
	s   string
	pos int
}

// NewMarkupIter starts iterating over the template s.
func NewMarkupIter(s string) *MarkupIter { return &MarkupIter{s: s} }

// Next returns the next chunk; ok is false at the end of the template.
// Errors (ValueError): "Single '}' encountered in format string", "Single
// '{' encountered in format string", "expected '}' before end of string",
// "unexpected '{' in field name", "end of string while looking for
// conversion specifier", "expected ':' after conversion specifier",
// "unmatched '{' in format spec".
func (it *MarkupIter) Next() (c Chunk, ok bool, err error) {
	s := it.s
	if it.pos >= len(s) {
		return c, false, nil
	}
	start := it.pos
	i := start
	var br byte
	for i < len(s) {
		b := s[i]
		i++
		if b == '{' || b == '}' {
			br = b
			break
		}
	}
	if br == 0 {
		it.pos = i
		return Chunk{Literal: s[start:]}, true, nil
	}
	atEnd := i >= len(s)
	if br == '}' && (atEnd || s[i] != '}') {
		return c, false, valueError("Single '}' encountered in format string")
	}
	if atEnd && br == '{' {
		return c, false, valueError("Single '{' encountered in format string")
	}
	if s[i] == br {
		// An escaped brace: the literal keeps one of the two.
		it.pos = i + 1
		return Chunk{Literal: s[start:i]}, true, nil
	}
	c.Literal = s[start : i-1]
	c.HasField = true
	// Field name: up to '!', ':' or '}', skipping over [...] items.
	nameStart := i
	var last byte
	for i < len(s) {
		last = s[i]
		i++
		if last == '{' {
			return c, false, valueError("unexpected '{' in field name")
		}
		if last == '[' {
			for i < len(s) && s[i] != ']' {
				i++
			}
			continue
		}
		if last == '}' || last == ':' || last == '!' {
			break
		}
	}
	if last != '}' && last != ':' && last != '!' {
		return c, false, valueError("expected '}' before end of string")
	}
	c.FieldName = s[nameStart : i-1]
	if last == '}' {
		it.pos = i
		return c, true, nil
	}
	if last == '!' {
		if i >= len(s) {
			return c, false, valueError("end of string while looking for conversion specifier")
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		c.Conversion = r
		i += size
		if i < len(s) {
			b := s[i]
			i++
			if b == '}' {
				it.pos = i
				return c, true, nil
			}
			if b != ':' {
				return c, false, valueError("expected ':' after conversion specifier")
			}
		}
	}
	specStart := i
	depth := 1
	for i < len(s) {
		b := s[i]
		i++
		switch b {
		case '{':
			c.SpecNeedsExpanding = true
			depth++
		case '}':
			depth--
			if depth == 0 {
				c.Spec = s[specStart : i-1]
				it.pos = i
				return c, true, nil
			}
		}
	}
	return c, false, valueError("unmatched '{' in format spec")
}

// FieldName is a parsed replacement-field name: the first part, then a
// chain of accessors parsed lazily by Next (CPython reports a malformed
// accessor only when the lookup reaches it).
type FieldName struct {
	// First is the text of the first part; Index is its value when it is
	// made of decimal digits (or the automatic number for an empty name),
	// else -1 and the part is a keyword.
	First string
	Index int
	rest  string
}

// Accessor is one ".attr" or "[key]" step of a field name. For an item,
// Index is the key's value when the key is all decimal digits, else -1.
type Accessor struct {
	IsAttr bool
	Name   string
	Index  int
}

// AutoNumber is the state of automatic field numbering for one call of
// str.format, shared with the nested fields of format specs.
type AutoNumber struct {
	state int // 0 init, 1 auto, 2 manual
	next  int
}

// fieldIndex parses s as a decimal index: -1 when s is empty or not all
// decimal digits, an error when it overflows.
func fieldIndex(s string) (int, error) {
	if s == "" {
		return -1, nil
	}
	acc := 0
	for _, r := range s {
		d := pyDecimal(r)
		if d < 0 {
			return -1, nil
		}
		if acc > (1<<63-1-d)/10 {
			return -1, errTooManyDigits
		}
		acc = acc*10 + d
	}
	return acc, nil
}

// SplitFieldName parses the first part of a field name and applies
// automatic numbering (auto may be nil, as for
// _string.formatter_field_name_split, which does no numbering).
func SplitFieldName(name string, auto *AutoNumber) (FieldName, error) {
	i := strings.IndexAny(name, ".[")
	if i < 0 {
		i = len(name)
	}
	f := FieldName{First: name[:i], rest: name[i:]}
	idx, err := fieldIndex(f.First)
	if err != nil {
		return f, err
	}
	f.Index = idx
	empty := f.First == ""
	if auto != nil {
		numeric := empty || idx != -1
		if auto.state == 0 && numeric {
			if empty {
				auto.state = 1
			} else {
				auto.state = 2
			}
		}
		if numeric {
			if auto.state == 2 && empty {
				return f, valueError("cannot switch from manual field specification to automatic field numbering")
			}
			if auto.state == 1 && !empty {
				return f, valueError("cannot switch from automatic field numbering to manual field specification")
			}
		}
		if empty {
			f.Index = auto.next
			auto.next++
		}
	}
	return f, nil
}

// Next returns the next accessor; ok is false at the end. Errors
// (ValueError): "Only '.' or '[' may follow ']' in format field
// specifier", "Missing ']' in format string", "Empty attribute in format
// string", "Too many decimal digits in format string".
func (f *FieldName) Next() (a Accessor, ok bool, err error) {
	if f.rest == "" {
		return a, false, nil
	}
	r := f.rest
	switch r[0] {
	case '.':
		j := 1
		for j < len(r) && r[j] != '.' && r[j] != '[' {
			j++
		}
		a = Accessor{IsAttr: true, Name: r[1:j], Index: -1}
		f.rest = r[j:]
	case '[':
		j := strings.IndexByte(r, ']')
		if j < 0 {
			return a, false, valueError("Missing ']' in format string")
		}
		a = Accessor{Name: r[1:j]}
		f.rest = r[j+1:]
		if a.Index, err = fieldIndex(a.Name); err != nil {
			return a, false, err
		}
	default:
		return a, false, valueError("Only '.' or '[' may follow ']' in format field specifier")
	}
	if a.Name == "" {
		return a, false, valueError("Empty attribute in format string")
	}
	return a, true, nil
}

// Resolver is what str.format needs from the object layer. Values are
// opaque to this package.
type Resolver interface {
	// Positional returns args[i]. ok is false when i is out of range;
	// this package then raises IndexError "Replacement index i out of
	// range for positional args tuple". For str.format_map, which has no
	// positional arguments, return an error ValueError "Format string
	// contains positional fields" (see ErrPositionalInFormatMap).
	Positional(i int) (v any, ok bool, err error)
	// Keyword returns kwargs[name] (or mapping[name] for format_map),
	// raising KeyError(name) itself when missing.
	Keyword(name string) (any, error)
	// Attr returns getattr(v, name).
	Attr(v any, name string) (any, error)
	// Item returns v[key]. index is the key's integer value when the key
	// is all digits, else -1 and the key is the str key. CPython indexes a
	// sequence (PySequence_Check) with index, anything else with
	// int(index), and uses the str key when index is -1.
	Item(v any, key string, index int) (any, error)
	// Convert applies !r, !s or !a (conv is 'r', 's' or 'a').
	Convert(v any, conv rune) (any, error)
	// Format returns format(v, spec).
	Format(v any, spec string) (string, error)
}

// ErrPositionalInFormatMap is the error a format_map Resolver returns
// from Positional.
var ErrPositionalInFormatMap error = valueError("Format string contains positional fields")

// FormatString implements str.format (and format_map) on the template s,
// resolving fields through r in one left-to-right pass, with CPython's
// order of evaluation and errors (including "Max string recursion
// exceeded" for specs nested more than one level deep and the automatic
// numbering errors).
func FormatString(s string, r Resolver) (string, error) {
	var auto AutoNumber
	var out []byte
	out, err := buildString(out, s, r, 2, &auto)
	if err != nil {
		return "", err
	}
	return string(out), nil
}

func buildString(out []byte, s string, r Resolver, depth int, auto *AutoNumber) ([]byte, error) {
	if depth <= 0 {
		return out, valueError("Max string recursion exceeded")
	}
	it := NewMarkupIter(s)
	for {
		c, ok, err := it.Next()
		if err != nil {
			return out, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, c.Literal...)
		if !c.HasField {
			continue
		}
		v, err := resolveField(c.FieldName, r, auto)
		if err != nil {
			return out, err
		}
		if c.Conversion != 0 {
			switch c.Conversion {
			case 'r', 's', 'a':
				if v, err = r.Convert(v, c.Conversion); err != nil {
					return out, err
				}
			default:
				return out, valueError("Unknown conversion specifier " + convCode(c.Conversion))
			}
		}
		spec := c.Spec
		if c.SpecNeedsExpanding {
			b, err := buildString(nil, c.Spec, r, depth-1, auto)
			if err != nil {
				return out, err
			}
			spec = string(b)
		}
		text, err := r.Format(v, spec)
		if err != nil {
			return out, err
		}
		out = append(out, text...)
	}
}

func convCode(r rune) string {
	if r > 32 && r < 127 {
		return string(r)
	}
	return `\x` + strconv.FormatInt(int64(r), 16)
}

// resolveField evaluates a field name: the first part, then each accessor.
func resolveField(name string, r Resolver, auto *AutoNumber) (any, error) {
	f, err := SplitFieldName(name, auto)
	if err != nil {
		return nil, err
	}
	var v any
	if f.Index == -1 {
		if v, err = r.Keyword(f.First); err != nil {
			return nil, err
		}
	} else {
		var ok bool
		v, ok, err = r.Positional(f.Index)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, &Error{IndexError, "Replacement index " + strconv.Itoa(f.Index) + " out of range for positional args tuple"}
		}
	}
	for {
		a, ok, err := f.Next()
		if err != nil {
			return nil, err
		}
		if !ok {
			return v, nil
		}
		if a.IsAttr {
			v, err = r.Attr(v, a.Name)
		} else {
			v, err = r.Item(v, a.Name, a.Index)
		}
		if err != nil {
			return nil, err
		}
	}
}
