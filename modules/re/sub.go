package re

import (
	"bytes"
	"fmt"
	"math"
	"strings"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/gilpy/gilpy/modules/re/engine"
	"github.com/go-python/gpython/py"
)

// Replacement strings, as CPython 3.11 treats them: a repl without a
// backslash is used as it is; otherwise it is parsed as a template
// (re._parser.parse_template) against the pattern, once per pattern and
// template (CPython caches it with functools.lru_cache, which is why an
// unhashable repl is a TypeError there), and expanded for every match by
// joining its pieces with match.string[:0].join.

// template is a parsed replacement string with its kind.
type template struct {
	tpl     *engine.Template
	isBytes bool
}

// templateSource returns the characters of a replacement string.
func templateSource(t *vm.Thread, repl vm.Object) ([]rune, bool, string, error) {
	switch v := vm.Unwrap(repl).(type) {
	case py.String:
		ascii, r := decodeStr(string(v))
		if ascii {
			r = make([]rune, len(v))
			for i := 0; i < len(v); i++ {
				r[i] = rune(v[i])
			}
		}
		return r, false, string(v), nil
	}
	b, ok := vm.BytesLike(repl)
	if !ok {
		return nil, false, "", vm.NewError(py.TypeError, fmt.Sprintf("decoding to str: need a bytes-like object, %s found", vm.TypeName(repl)))
	}
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return r, true, string(b), nil
}

// parseTemplate parses repl for p; cached is true for sub and subn,
// which keep parsed templates (and, like CPython's cache, require repl
// to be hashable).
func (p *Pattern) parseTemplate(t *vm.Thread, repl vm.Object, cached bool) (*template, error) {
	if cached {
		if _, err := vm.Hash(t, repl); err != nil {
			return nil, err
		}
	}
	src, isBytes, text, err := templateSource(t, repl)
	if err != nil {
		return nil, err
	}
	key := templateKey{text: text, isBytes: isBytes}
	if cached {
		if tpl, ok := p.templates[key]; ok {
			return &template{tpl: tpl, isBytes: isBytes}, nil
		}
	}
	tpl, warnings, perr := engine.ParseTemplate(src, isBytes, p.prog.Groups, p.prog.Index)
	if err := emitWarnings(t, warnings); err != nil {
		return nil, err
	}
	if perr != nil {
		return nil, convertError(t, perr, repl)
	}
	if cached {
		if p.templates == nil {
			p.templates = map[templateKey]*engine.Template{}
		}
		if len(p.templates) >= 512 {
			clear(p.templates)
		}
		p.templates[key] = tpl
	}
	return &template{tpl: tpl, isBytes: isBytes}, nil
}

// literalObject returns the template's only literal as a str or bytes.
func (tp *template) literalObject(i int) vm.Object {
	lit := tp.tpl.Items[i].Literal
	if tp.isBytes {
		b := make([]byte, len(lit))
		for j, c := range lit {
			b[j] = byte(c)
		}
		return py.Bytes(b)
	}
	return py.String(appendRunes(nil, lit))
}

// expand is expand_template: the pieces of the template, with the
// match's groups in place, joined by match.string[:0].join.
func (tp *template) expand(t *vm.Thread, m *Match) (vm.Object, error) {
	s := m.subj
	kind := "str"
	if s.isBytes {
		switch vm.Unwrap(s.obj).(type) {
		case py.Bytes:
			kind = "bytes"
		case *vm.ByteArray:
			kind = "bytearray"
		default:
			return nil, vm.NewError(py.AttributeError, fmt.Sprintf("'%s' object has no attribute 'join'", vm.TypeName(s.obj)))
		}
	}
	// Literal pieces of the other kind than the subject fail the join at
	// the first one.
	if tp.isBytes != s.isBytes {
		for i, it := range tp.tpl.Items {
			if it.Group < 0 {
				return nil, joinError(s.isBytes, i, map[bool]string{true: "bytes", false: "str"}[tp.isBytes])
			}
		}
	}
	var buf []byte
	for _, it := range tp.tpl.Items {
		if it.Group < 0 {
			if tp.isBytes {
				for _, c := range it.Literal {
					buf = append(buf, byte(c))
				}
			} else {
				buf = appendRunes(buf, it.Literal)
			}
			continue
		}
		if it.Group >= m.groups() {
			return nil, vm.NewError(py.IndexError, "no such group")
		}
		switch g := m.group(it.Group, vm.None).(type) {
		case py.String:
			buf = append(buf, g...)
		case py.Bytes:
			buf = append(buf, g...)
		}
	}
	switch kind {
	case "str":
		return py.String(buf), nil
	case "bytes":
		return py.Bytes(buf), nil
	}
	return vm.Call(t, vm.ByteArrayType.T(), []vm.Object{py.Bytes(buf)}, nil)
}

// joinError is the TypeError of str.join or bytes.join for item i.
func joinError(isBytes bool, i int, found string) error {
	if isBytes {
		return vm.NewError(py.TypeError, fmt.Sprintf("sequence item %d: expected a bytes-like object, %s found", i, found))
	}
	return vm.NewError(py.TypeError, fmt.Sprintf("sequence item %d: expected str instance, %s found", i, found))
}

func (m *Match) expand(t *vm.Thread, repl vm.Object) (vm.Object, error) {
	tp, err := m.pat.parseTemplate(t, repl, false)
	if err != nil {
		return nil, err
	}
	return tp.expand(t, m)
}

// patternSubx is Pattern.sub and Pattern.subn.
func patternSubx(t *vm.Thread, name string, args []vm.Object, kwnames vm.Tuple, subn bool) (vm.Object, error) {
	p := self(args)
	var repl, str, countObj vm.Object
	if _, err := vm.ParseClinic(&vm.Params{Func: name, Names: []string{"repl", "string", "count"}, Required: 2, KwOnly: -1}, args[1:], kwnames, &repl, &str, &countObj); err != nil {
		return nil, err
	}
	count := 0
	if countObj != nil {
		var err error
		if count, err = ssize(t, countObj); err != nil {
			return nil, err
		}
	}
	var literal, callable vm.Object
	var tp *template
	if vm.IsCallable(repl) {
		callable = repl
	} else {
		isLiteral := false
		if v, ok := vm.Unwrap(repl).(py.String); ok {
			isLiteral = !strings.Contains(string(v), "\\")
		} else if b, ok := vm.BytesLike(repl); ok {
			isLiteral = bytes.IndexByte(b, '\\') < 0
		}
		if isLiteral {
			literal = repl
		} else {
			var err error
			if tp, err = p.parseTemplate(t, repl, true); err != nil {
				return nil, err
			}
			if tp.tpl.IsLiteral() && len(tp.tpl.Items) == 1 {
				literal = tp.literalObject(0)
				tp = nil
			}
		}
	}
	s, err := getSubject(str)
	if err != nil {
		return nil, err
	}
	if err := p.checkKind(s); err != nil {
		return nil, err
	}
	st := p.newState(t, s, 0, math.MaxInt)
	var items []vm.Object
	n, i := 0, 0
	var spans []int
	for count == 0 || n < count {
		ok, err := st.Search()
		if err != nil {
			return nil, engineError(err)
		}
		if !ok {
			break
		}
		spans = st.Spans(spans)
		b, e := spans[0], spans[1]
		if i < b {
			items = append(items, s.slice(i, b))
		}
		var item vm.Object
		if literal != nil {
			item = literal
		} else {
			mo, err := p.newMatch(s, st)
			if err != nil {
				return nil, err
			}
			if tp != nil {
				item, err = tp.expand(t, mo.(*Match))
			} else {
				item, err = vm.Call(t, callable, []vm.Object{mo}, nil)
			}
			if err != nil {
				return nil, err
			}
		}
		if !vm.Is(item, vm.None) {
			items = append(items, item)
		}
		i = e
		n++
		st.Next()
	}
	if i < st.EndPos() {
		items = append(items, s.slice(i, st.EndPos()))
	}
	result, err := joinPieces(s.isBytes, items)
	if err != nil {
		return nil, err
	}
	if subn {
		return vm.Tuple{result, vm.NewInt(int64(n))}, nil
	}
	return result, nil
}

// joinPieces joins the pieces of a substitution as str.join or
// bytes.join would, with their errors.
func joinPieces(isBytes bool, items []vm.Object) (vm.Object, error) {
	size := 0
	for i, it := range items {
		if isBytes {
			b, ok := vm.BytesLike(it)
			if !ok {
				return nil, joinError(true, i, vm.TypeName(it))
			}
			size += len(b)
		} else {
			v, ok := vm.Unwrap(it).(py.String)
			if !ok {
				return nil, joinError(false, i, vm.TypeName(it))
			}
			size += len(v)
		}
	}
	buf := make([]byte, 0, size)
	for _, it := range items {
		if isBytes {
			b, _ := vm.BytesLike(it)
			buf = append(buf, b...)
		} else {
			buf = append(buf, vm.Unwrap(it).(py.String)...)
		}
	}
	if isBytes {
		return py.Bytes(buf), nil
	}
	return py.String(buf), nil
}
