package ast

import (
	"github.com/gilpy/gilpy/interp/syntax/unidata"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Dump returns the text that Python 3.11's ast.dump(node,
// include_attributes=True) returns for the same tree. The type_params
// fields that Python 3.12 added are left out while empty, as 3.11 has none.
func Dump(n Node) string {
	d := dumper{attrs: true}
	d.node(n)
	return d.b.String()
}

// DumpNoAttributes is Dump without the position attributes, like
// Python's ast.dump(node).
func DumpNoAttributes(n Node) string {
	d := dumper{}
	d.node(n)
	return d.b.String()
}

type dumper struct {
	b          strings.Builder
	attrs      bool
	typeParams bool
	first      []bool
}

func (d *dumper) node(n Node) {
	if n == nil {
		d.b.WriteString("None")
		return
	}
	n.dump(d)
}

func (d *dumper) open(name string) {
	d.b.WriteString(name)
	d.b.WriteByte('(')
	d.first = append(d.first, true)
}

func (d *dumper) name(field string) {
	top := len(d.first) - 1
	if !d.first[top] {
		d.b.WriteString(", ")
	}
	d.first[top] = false
	d.b.WriteString(field)
	d.b.WriteByte('=')
}

func (d *dumper) list(int) { d.b.WriteByte('[') }

func (d *dumper) item(i int) {
	if i > 0 {
		d.b.WriteString(", ")
	}
}

func (d *dumper) end(c byte) {
	if c == ')' {
		d.first = d.first[:len(d.first)-1]
	}
	d.b.WriteByte(c)
}

func (d *dumper) str(s string)  { d.b.WriteString(ReprString(s)) }
func (d *dumper) int(i int)     { d.b.WriteString(strconv.Itoa(i)) }
func (d *dumper) enum(s string) { d.b.WriteString(s); d.b.WriteString("()") }

func (d *dumper) stringList(l []string) {
	d.b.WriteByte('[')
	for i, s := range l {
		d.item(i)
		d.str(s)
	}
	d.b.WriteByte(']')
}

func (d *dumper) cmpOpList(l []CmpOp) {
	d.b.WriteByte('[')
	for i, o := range l {
		d.item(i)
		d.enum(o.String())
	}
	d.b.WriteByte(']')
}

func (d *dumper) typeParamList(l []TypeParam) {
	d.b.WriteByte('[')
	for i, x := range l {
		d.item(i)
		d.node(x)
	}
	d.b.WriteByte(']')
}

func (d *dumper) pos(p *Pos) {
	if !d.attrs {
		return
	}
	d.name("lineno")
	d.int(p.Lineno)
	d.name("col_offset")
	d.int(p.ColOffset)
	d.name("end_lineno")
	d.int(p.EndLineno)
	d.name("end_col_offset")
	d.int(p.EndColOffset)
}

func (d *dumper) constant(v any) { d.b.WriteString(ReprConstant(v)) }

// ReprConstant returns Python's repr() of a Constant value.
func ReprConstant(v any) string {
	switch v := v.(type) {
	case NoneType:
		return "None"
	case EllipsisType:
		return "Ellipsis"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(v, 10)
	case *big.Int:
		return v.String()
	case float64:
		return ReprFloat(v)
	case complex128:
		return reprComplex(v)
	case string:
		return ReprString(v)
	case Bytes:
		return ReprBytes(v)
	}
	return "<?>"
}

// ReprFloat formats f as Python's repr(float) does.
func ReprFloat(f float64) string { return formatFloat(f, true) }

func formatFloat(f float64, addDot0 bool) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64)
	neg := false
	if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	mant, exps, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(exps)
	digits := strings.Replace(mant, ".", "", 1)
	decpt := exp + 1
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	if decpt <= -4 || decpt > 16 {
		b.WriteByte(digits[0])
		if len(digits) > 1 {
			b.WriteByte('.')
			b.WriteString(digits[1:])
		}
		e := decpt - 1
		b.WriteByte('e')
		if e < 0 {
			b.WriteByte('-')
			e = -e
		} else {
			b.WriteByte('+')
		}
		if e < 10 {
			b.WriteByte('0')
		}
		b.WriteString(strconv.Itoa(e))
		return b.String()
	}
	switch {
	case decpt <= 0:
		b.WriteString("0.")
		b.WriteString(strings.Repeat("0", -decpt))
		b.WriteString(digits)
	case decpt >= len(digits):
		b.WriteString(digits)
		b.WriteString(strings.Repeat("0", decpt-len(digits)))
		if addDot0 {
			b.WriteString(".0")
		}
	default:
		b.WriteString(digits[:decpt])
		b.WriteByte('.')
		b.WriteString(digits[decpt:])
	}
	return b.String()
}

func reprComplex(c complex128) string {
	re, im := real(c), imag(c)
	if re == 0 && !math.Signbit(re) {
		return formatFloat(im, false) + "j"
	}
	ims := formatFloat(im, false)
	if ims[0] != '-' {
		ims = "+" + ims
	}
	return "(" + formatFloat(re, false) + ims + "j)"
}

// DecodeWTF8 decodes one code point from s, which is UTF-8 extended to
// allow encoded surrogates (U+D800..U+DFFF), as Constant strings may hold.
func DecodeWTF8(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2] >= 0x80 && s[2] <= 0xBF {
		return rune(0xD000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F)), 3
	}
	return utf8.DecodeRuneInString(s)
}

const hexDigits = "0123456789abcdef"

// ReprString returns Python's repr() of a str value held as WTF-8.
func ReprString(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == quote || c == '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case c == '\t':
				b.WriteString(`\t`)
			case c == '\n':
				b.WriteString(`\n`)
			case c == '\r':
				b.WriteString(`\r`)
			case c < ' ' || c == 0x7f:
				b.WriteString(`\x`)
				b.WriteByte(hexDigits[c>>4])
				b.WriteByte(hexDigits[c&15])
			default:
				b.WriteByte(c)
			}
			continue
		}
		r, size := DecodeWTF8(s[i:])
		if r >= 0xD800 && r <= 0xDFFF || !unidata.IsPrintable(r) || r == utf8.RuneError && size == 1 {
			switch {
			case r <= 0xff:
				b.WriteString(`\x`)
				writeHex(&b, uint32(r), 2)
			case r <= 0xffff:
				b.WriteString(`\u`)
				writeHex(&b, uint32(r), 4)
			default:
				b.WriteString(`\U`)
				writeHex(&b, uint32(r), 8)
			}
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	b.WriteByte(quote)
	return b.String()
}

func writeHex(b *strings.Builder, v uint32, n int) {
	for i := n - 1; i >= 0; i-- {
		b.WriteByte(hexDigits[(v>>(4*uint(i)))&15])
	}
}

// ReprBytes returns Python's repr() of a bytes value.
func ReprBytes(s []byte) string {
	quote := byte('\'')
	hasSingle, hasDouble := false, false
	for _, c := range s {
		if c == '\'' {
			hasSingle = true
		} else if c == '"' {
			hasDouble = true
		}
	}
	if hasSingle && !hasDouble {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte('b')
	b.WriteByte(quote)
	for _, c := range s {
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			b.WriteString(`\x`)
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&15])
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}
