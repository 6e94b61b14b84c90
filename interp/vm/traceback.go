package vm

import (
	"fmt"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gilpy/gilpy/interp/syntax"
	"github.com/gilpy/gilpy/interp/syntax/ast"
	"github.com/go-python/gpython/py"
)

// TracebackType is the type of traceback objects.
var TracebackType = newBuiltinType("traceback", "", nil)

// Traceback is one entry of an exception's traceback: a frame the
// exception passed through and the instruction it was at. Entries chain
// from the outermost frame (the head) to the one that raised.
type Traceback struct {
	Next  *Traceback
	Frame *Frame
	Lasti int
}

// Type implements py.Object.
func (tb *Traceback) Type() *Type { return &TracebackType.Type }

// Lineno returns the line of the entry's instruction.
func (tb *Traceback) Lineno() int { return tb.Frame.code.Line(tb.Lasti) }

// addTraceback records that exc passes through f.
func (t *Thread) addTraceback(exc *py.Exception, f *Frame) {
	f.markEscaped()
	next, _ := exc.Traceback.(*Traceback)
	exc.Traceback = &Traceback{Next: next, Frame: f, Lasti: f.lasti}
}

// excTraceback returns an exception's traceback, or nil.
func excTraceback(e *py.Exception) *Traceback {
	tb, _ := e.Traceback.(*Traceback)
	return tb
}

// sourceLines finds the text of source files for tracebacks: gilpy's
// embedded library, else the file on disk.
type sourceLines map[string][]string

func (s sourceLines) line(filename string, n int) (string, bool) {
	lines, ok := s[filename]
	if !ok {
		if src, ok := stdlibSource(filename); ok {
			lines = strings.Split(src, "\n")
		} else if !strings.HasPrefix(filename, "<") {
			if data, err := os.ReadFile(filename); err == nil {
				lines = strings.Split(string(data), "\n")
			}
		}
		s[filename] = lines
	}
	if n < 1 || n > len(lines) {
		return "", false
	}
	return strings.TrimRight(lines[n-1], "\r"), true
}

// FormatException renders exc with its traceback and the exceptions
// chained to it exactly as CPython's default sys.excepthook prints them.
func (t *Thread) FormatException(exc *py.Exception) string {
	var b strings.Builder
	src := sourceLines{}
	t.formatChain(&b, exc, src, map[*py.Exception]bool{})
	return b.String()
}

func (t *Thread) formatChain(b *strings.Builder, exc *py.Exception, src sourceLines, seen map[*py.Exception]bool) {
	seen[exc] = true
	if cause, ok := exc.Cause.(*py.Exception); ok && cause != nil && !seen[cause] {
		t.formatChain(b, cause, src, seen)
		b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
	} else if ctx, ok := exc.Context.(*py.Exception); ok && ctx != nil && !exc.SuppressContext && !seen[ctx] {
		t.formatChain(b, ctx, src, seen)
		b.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
	}
	if tb := excTraceback(exc); tb != nil {
		b.WriteString("Traceback (most recent call last):\n")
		formatTraceback(b, tb, src)
	}
	t.formatExceptionOnly(b, exc)
}

// formatTraceback writes the "File ..." entries of a traceback, folding
// runs of identical entries as CPython does.
func formatTraceback(b *strings.Builder, tb *Traceback, src sourceLines) {
	const cutoff = 3
	var lastFile, lastName string
	lastLine := -1
	count := 0
	flush := func() {
		if count > cutoff {
			n := count - cutoff
			fmt.Fprintf(b, "  [Previous line repeated %d more time%s]\n", n, map[bool]string{true: "", false: "s"}[n == 1])
		}
	}
	for ; tb != nil; tb = tb.Next {
		f := tb.Frame
		file, name, line := f.code.Filename, f.code.Name, tb.Lineno()
		if file == lastFile && name == lastName && line == lastLine {
			count++
			if count > cutoff {
				continue
			}
		} else {
			flush()
			lastFile, lastName, lastLine = file, name, line
			count = 1
		}
		formatFrameEntry(b, f, tb.Lasti, src)
	}
	flush()
}

// formatFrameEntry writes one frame: its File line, its source line and,
// when the failing expression is only part of the line, caret marks.
func formatFrameEntry(b *strings.Builder, f *Frame, lasti int, src sourceLines) {
	code := f.code
	lineno := code.Line(lasti)
	fmt.Fprintf(b, "  File \"%s\", line %d, in %s\n", code.Filename, lineno, code.Name)
	line, ok := src.line(code.Filename, lineno)
	if !ok {
		return
	}
	stripped := strings.TrimSpace(line)
	if stripped == "" {
		return
	}
	fmt.Fprintf(b, "    %s\n", stripped)
	pos := code.Position(lasti)
	if pos.Line == 0 || pos.Line != int32(lineno) || pos.Col < 0 || pos.EndCol < 0 {
		return
	}
	strippedChars := utf8.RuneCountInString(line) - utf8.RuneCountInString(strings.TrimLeftFunc(line, unicode.IsSpace))
	start := byteToCharOffset(line, int(pos.Col))
	end := byteToCharOffset(line, int(pos.EndCol))
	var anch *anchors
	if pos.EndLine == pos.Line {
		seg := sliceChars(line, start, end)
		anch = caretAnchors(seg)
	} else {
		end = utf8.RuneCountInString(strings.TrimRightFunc(line, unicode.IsSpace))
	}
	if end-start < utf8.RuneCountInString(stripped) || (anch != nil && anch.right-anch.left > 0) {
		dpStart := displayWidth(line, start) + 1
		dpEnd := displayWidth(line, end) + 1
		b.WriteString("    ")
		b.WriteString(strings.Repeat(" ", max(0, dpStart-strippedChars-1)))
		if anch != nil {
			seg := sliceChars(line, start, end)
			l := displayWidth(seg, anch.left)
			r := displayWidth(seg, anch.right)
			b.WriteString(strings.Repeat("~", l))
			b.WriteString(strings.Repeat("^", max(0, r-l)))
			b.WriteString(strings.Repeat("~", max(0, dpEnd-dpStart-r)))
		} else {
			b.WriteString(strings.Repeat("^", max(0, dpEnd-dpStart)))
		}
		b.WriteString("\n")
	}
}

// anchors splits a caret run into the operands (~) and the operator or
// subscript (^) of a binary operation or subscript, in characters.
type anchors struct{ left, right int }

// caretAnchors finds the operator of a failing binary operation or the
// brackets of a failing subscript in a source segment, as CPython does.
func caretAnchors(segment string) *anchors {
	mod, err := syntax.Parse([]byte(segment), "<segment>", syntax.Exec)
	if err != nil {
		return nil
	}
	m, ok := mod.(*ast.Module)
	if !ok || len(m.Body) != 1 {
		return nil
	}
	es, ok := m.Body[0].(*ast.ExprStmt)
	if !ok {
		return nil
	}
	norm := func(off int) int { return byteToCharOffset(segment, off) }
	switch e := es.Value.(type) {
	case *ast.BinOp:
		opStart := norm(e.Left.GetPos().EndColOffset)
		opEnd := norm(e.Right.GetPos().ColOffset)
		opStr := sliceChars(segment, opStart, opEnd)
		trimmed := strings.TrimLeftFunc(opStr, unicode.IsSpace)
		opOffset := utf8.RuneCountInString(opStr) - utf8.RuneCountInString(trimmed)
		left := e.Left.GetPos().EndColOffset + opOffset
		right := left + 1
		rs := []rune(opStr)
		if opOffset+1 < len(rs) && !unicode.IsSpace(rs[opOffset+1]) {
			right++
		}
		for left < len(segment) && (unicode.IsSpace(rune(segment[left])) || segment[left] == ')' || segment[left] == '#') {
			left++
			right++
		}
		return &anchors{norm(left), norm(right)}
	case *ast.Subscript:
		left := norm(e.Value.GetPos().EndColOffset)
		right := norm(e.Slice.GetPos().EndColOffset + 1)
		rs := []rune(segment)
		for left < len(rs) && (unicode.IsSpace(rs[left]) || rs[left] != '[') {
			left++
		}
		for right < len(rs) && (unicode.IsSpace(rs[right]) || rs[right] != ']') {
			right++
		}
		if right < len(rs) {
			right++
		}
		return &anchors{left, right}
	}
	return nil
}

// byteToCharOffset converts a UTF-8 byte offset in s to a character
// offset, as CPython's traceback code does.
func byteToCharOffset(s string, off int) int {
	if off > len(s) {
		off = len(s)
	}
	if off < 0 {
		off = 0
	}
	return utf8.RuneCountInString(s[:off])
}

// sliceChars returns the characters [i, j) of s.
func sliceChars(s string, i, j int) string {
	rs := []rune(s)
	i = min(max(i, 0), len(rs))
	j = min(max(j, i), len(rs))
	return string(rs[i:j])
}

// displayWidth is the terminal width of the first n characters of s:
// wide East Asian characters count twice, as CPython counts them.
func displayWidth(s string, n int) int {
	w := 0
	i := 0
	for _, r := range s {
		if i >= n {
			break
		}
		i++
		if r >= 0x1100 && isWide(r) {
			w += 2
		} else {
			w++
		}
	}
	return w + max(0, n-i)
}

func isWide(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) ||
		unicode.Is(unicode.Hangul, r) || (r >= 0xFF01 && r <= 0xFF60) || (r >= 0xFFE0 && r <= 0xFFE6) ||
		(r >= 0x1F300 && r <= 0x1F64F) || (r >= 0x1F900 && r <= 0x1F9FF)
}

// formatExceptionOnly writes the last line(s) of a traceback: the
// exception's type and message, the "Did you mean" hint, and its notes;
// or, for a SyntaxError, the offending line with carets.
func (t *Thread) formatExceptionOnly(b *strings.Builder, exc *py.Exception) {
	typ := TypeOf(exc)
	name := qualifiedTypeName(typ)
	if IsSubtype(typ, py.SyntaxError) {
		t.formatSyntaxError(b, exc, name)
		t.formatNotes(b, exc)
		return
	}
	msg, err := Str(t, exc)
	text := "<exception str() failed>"
	if err == nil {
		text = string(msg.(py.String))
	}
	if hint := t.suggestion(exc); hint != "" {
		text += ". Did you mean: '" + hint + "'?"
	}
	if text == "" {
		b.WriteString(name + "\n")
	} else {
		b.WriteString(name + ": " + text + "\n")
	}
	t.formatNotes(b, exc)
}

func (t *Thread) formatNotes(b *strings.Builder, exc *py.Exception) {
	notes, ok := exc.Dict["__notes__"]
	if !ok {
		return
	}
	l, ok := notes.(*py.List)
	if !ok {
		r, err := Repr(t, notes)
		if err == nil {
			b.WriteString(string(r.(py.String)) + "\n")
		}
		return
	}
	for _, n := range l.Items {
		if s, ok := n.(py.String); ok {
			b.WriteString(string(s) + "\n")
		} else if r, err := Str(t, n); err == nil {
			b.WriteString(string(r.(py.String)) + "\n")
		} else {
			b.WriteString("<note str() failed>\n")
		}
	}
}

// qualifiedTypeName is how a traceback names an exception's class: the
// qualified name, prefixed by the module unless it is builtins or
// __main__.
func qualifiedTypeName(typ *py.Type) string {
	name := typ.Name
	c := ClassOf(typ)
	if c.Type.Qualname != "" && c.native == nil {
		name = c.Type.Qualname
	}
	mod := "builtins"
	if c.ns != nil {
		if m, ok := c.ns.GetStr("__module__"); ok {
			if s, ok := m.(py.String); ok {
				mod = string(s)
			}
		}
	}
	if mod == "builtins" || mod == "__main__" {
		return name
	}
	return mod + "." + name
}

func (t *Thread) formatSyntaxError(b *strings.Builder, exc *py.Exception, name string) {
	attr := func(k string) Object { return exc.Dict[k] }
	filename, _ := attr("filename").(py.String)
	lineno, hasLine := attr("lineno").(py.Int)
	suffix := ""
	if hasLine {
		fn := string(filename)
		if fn == "" {
			fn = "<string>"
		}
		fmt.Fprintf(b, "  File \"%s\", line %d\n", fn, lineno)
	} else if attr("filename") != nil && attr("filename") != None {
		suffix = fmt.Sprintf(" (%s)", string(filename))
	}
	if text, ok := attr("text").(py.String); ok {
		rtext := strings.TrimRight(string(text), "\n")
		ltext := strings.TrimLeft(rtext, " \n\f")
		spaces := utf8.RuneCountInString(rtext) - utf8.RuneCountInString(ltext)
		fmt.Fprintf(b, "    %s\n", ltext)
		if off, ok := attr("offset").(py.Int); ok {
			offset := int(off)
			end := offset
			if e, ok := attr("end_offset").(py.Int); ok && e != 0 {
				end = int(e)
			}
			if offset == end || end == -1 {
				end = offset + 1
			}
			col := offset - 1 - spaces
			endCol := end - 1 - spaces
			if col >= 0 {
				var cs strings.Builder
				for i, r := range []rune(ltext) {
					if i >= col {
						break
					}
					if unicode.IsSpace(r) {
						cs.WriteRune(r)
					} else {
						cs.WriteByte(' ')
					}
				}
				fmt.Fprintf(b, "    %s%s\n", cs.String(), strings.Repeat("^", max(0, endCol-col)))
			}
		}
	}
	msg, _ := attr("msg").(py.String)
	m := string(msg)
	if m == "" {
		m = "<no detail available>"
	}
	fmt.Fprintf(b, "%s: %s%s\n", name, m, suffix)
}
