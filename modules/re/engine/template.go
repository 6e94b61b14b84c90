package engine

import (
	"fmt"
	"strconv"

	"github.com/gilpy/gilpy/interp/format"
	"github.com/gilpy/gilpy/interp/pystr"
)

// TemplateItem is one piece of a replacement template: literal text, or
// (when Group >= 0) the text of a group.
type TemplateItem struct {
	Literal []rune
	Group   int
}

// Template is a parsed replacement string (the repl of sub, the argument
// of Match.expand). Items follow the order and grouping of CPython's
// parse_template: consecutive literal characters make one item.
type Template struct {
	Items []TemplateItem
}

// IsLiteral reports whether the template has no group references; then
// it is the single literal Items[0] (or empty).
func (t *Template) IsLiteral() bool {
	for _, it := range t.Items {
		if it.Group >= 0 {
			return false
		}
	}
	return len(t.Items) <= 1
}

// ParseTemplate parses a replacement template for a pattern with groups
// groups and named groups index. src holds the template's characters
// (one rune per byte for bytes).
func ParseTemplate(src []rune, isBytes bool, groups int, index map[string]int) (tpl *Template, warnings []Warning, err error) {
	state := &parseState{}
	defer func() { warnings = state.warnings }()
	defer catch(&err)
	s := newTokenizer(src, !isBytes)
	tpl = &Template{}
	var literal []rune
	flush := func() {
		if len(literal) > 0 {
			tpl.Items = append(tpl.Items, TemplateItem{Literal: literal, Group: -1})
			literal = nil
		}
	}
	addGroup := func(idx int, pos int) {
		if idx > groups {
			s.fail(fmt.Sprintf("invalid group reference %d", idx), pos)
		}
		flush()
		tpl.Items = append(tpl.Items, TemplateItem{Group: idx})
	}
	for {
		this := s.get()
		if this.eof {
			break
		}
		if !this.esc {
			literal = append(literal, this.c)
			continue
		}
		c := this.c
		switch {
		case c == 'g':
			if !s.match('<') {
				s.fail("missing <", 0)
			}
			name := s.getUntil('>', "group name")
			sname := string(name)
			var idx int
			if pystr.IsIdentifier(sname) {
				checkGroupName(s, state, name, 1)
				g, ok := index[sname]
				if !ok {
					bail(KindIndex, "unknown group name "+pystr.Repr(sname), -1)
				}
				idx = g
			} else {
				v, perr := format.ParseInt(sname, 10, 4300)
				if perr != nil || (v.IsBig() && v.Big.Sign() < 0) || (!v.IsBig() && v.Small < 0) {
					s.fail("bad character in group name "+pystr.Repr(sname), len(name)+1)
				}
				if v.IsBig() || v.Small >= MaxGroups {
					s.fail("invalid group reference "+v.BigInt().String(), len(name)+1)
				}
				idx = int(v.Small)
				if !(pystr.IsDecimal(sname) && isASCIIRunes(name)) {
					shown := pystr.Repr(sname)
					if isBytes {
						shown = pystr.ASCII(sname)
					}
					state.warn("DeprecationWarning", fmt.Sprintf("bad character in group name %s at position %d", shown, s.tell()-len(name)-1))
				}
			}
			addGroup(idx, len(name)+1)
		case c == '0':
			digits := []rune{'0'}
			if s.next.isOctal() {
				digits = append(digits, s.get().c)
				if s.next.isOctal() {
					digits = append(digits, s.get().c)
				}
			}
			literal = append(literal, rune(octValue(digits)&0xff))
		case '1' <= c && c <= '9':
			this := []rune{'\\', c}
			isOctal := false
			if s.next.isDigit() {
				this = append(this, s.get().c)
				if c <= '7' && this[2] <= '7' && s.next.isOctal() {
					this = append(this, s.get().c)
					isOctal = true
					v := octValue(this[1:])
					if v > 0o377 {
						s.fail(fmt.Sprintf("octal escape value %s outside of range 0-0o377", string(this)), len(this))
					}
					literal = append(literal, rune(v))
				}
			}
			if !isOctal {
				n, _ := strconv.Atoi(string(this[1:]))
				addGroup(n, len(this)-1)
			}
		default:
			if v, ok := simpleEscape(c); ok {
				literal = append(literal, rune(v))
			} else {
				if isASCIILetter(c) {
					s.fail("bad escape \\"+string(c), 2)
				}
				literal = append(literal, '\\', c)
			}
		}
	}
	flush()
	return tpl, nil, nil
}
