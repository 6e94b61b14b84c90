package vm

import (
	"fmt"
	"math/big"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gilpy/gilpy/interp/syntax"
	"github.com/gilpy/gilpy/interp/syntax/ast"
	"github.com/go-python/gpython/py"
)

// This file formats tracebacks. One implementation serves the VM's own
// printer (uncaught exceptions, the default sys.excepthook, thread
// excepthooks) and the traceback module, which calls it through the
// exported TB* API below: the text of a frame entry with its carets, the
// folding of repeated entries, the last line(s) of an exception, and the
// chained and grouped layout ("During handling of the above
// exception...", the boxed exception groups).
//
// The printer works on a tree of TBNode values. The VM builds one from
// exception objects (ExceptionTree); the traceback module supplies its own
// nodes over TracebackException objects, whose formatting methods a
// program may override.

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
	if f.code.Hidden {
		return
	}
	f.markEscaped()
	next, _ := exc.Traceback.(*Traceback)
	exc.Traceback = &Traceback{Next: next, Frame: f, Lasti: f.lasti}
}

// excTraceback returns an exception's traceback, or nil.
func excTraceback(e *py.Exception) *Traceback {
	tb, _ := e.Traceback.(*Traceback)
	return tb
}

// SourceReader returns line n (from 1) of a source file without its line
// ending, and whether there is such a line.
type SourceReader func(filename string, n int) (string, bool)

// sourceLines reads source files for the VM's printer, as CPython's C
// printer does: straight from the file (or gilpy's embedded library),
// without linecache.
type sourceLines map[string][]string

func (s sourceLines) line(filename string, n int) (string, bool) {
	lines, ok := s[filename]
	if !ok {
		lines = readSourceLines(filename)
		s[filename] = lines
	}
	if n < 1 || n > len(lines) {
		return "", false
	}
	return lines[n-1], true
}

// readSourceLines returns the lines of a source file, each with its line
// ending, from gilpy's embedded library or the file system; nil when it
// cannot be read.
func readSourceLines(filename string) []string {
	var text string
	if src, ok := stdlibSource(filename); ok {
		text = src
	} else if strings.HasPrefix(filename, "<") && strings.HasSuffix(filename, ">") {
		return nil
	} else if data, err := os.ReadFile(filename); err == nil {
		text = string(data)
	} else {
		return nil
	}
	return SplitLinesKeepEnds(text)
}

// ReadSourceLines is readSourceLines for the linecache module.
func ReadSourceLines(filename string) ([]string, bool) {
	l := readSourceLines(filename)
	if l == nil {
		if _, err := os.Stat(filename); err != nil {
			if _, ok := stdlibSource(filename); !ok {
				return nil, false
			}
		}
	}
	return l, true
}

// SplitLinesKeepEnds splits text after each \n, \r\n or \r, as
// str.splitlines(keepends=True) does for source files.
func SplitLinesKeepEnds(text string) []string {
	var out []string
	for len(text) > 0 {
		i := strings.IndexAny(text, "\r\n")
		if i < 0 {
			out = append(out, text)
			break
		}
		j := i + 1
		if text[i] == '\r' && j < len(text) && text[j] == '\n' {
			j++
		}
		out = append(out, text[:j])
		text = text[j:]
	}
	return out
}

// TBFrame is one entry of a stack or traceback as it prints.
type TBFrame struct {
	Filename, Name string
	Lineno         int // 0: unknown
	// Line is the source line as read, with its indentation and line
	// ending; HasLine says whether there is one.
	Line    string
	HasLine bool
	// Col and EndCol are the UTF-8 byte offsets of the instruction's
	// source range within Line, -1 when unknown; EndLineno is the line
	// where the range ends (0: unknown).
	Col, EndCol int
	EndLineno   int
	// Locals holds "name = repr" pairs when locals are captured.
	Locals [][2]string
}

// frameEntry describes frame f at instruction lasti, reading the source
// line through src.
func frameEntry(f *Frame, lasti int, src SourceReader) TBFrame {
	code := f.code
	e := TBFrame{Filename: code.Filename, Name: code.Name, Lineno: code.Line(lasti), Col: -1, EndCol: -1}
	if e.Lineno > 0 {
		e.Line, e.HasLine = src(e.Filename, e.Lineno)
	}
	pos := code.Position(lasti)
	if pos.Line > 0 && pos.Col >= 0 && pos.EndCol >= 0 {
		e.Col, e.EndCol, e.EndLineno = int(pos.Col), int(pos.EndCol), int(pos.EndLine)
	}
	return e
}

// TBStyle selects which of CPython's two printers an entry imitates:
// the interpreter's own (uncaught exceptions, sys.excepthook), which
// keeps a line's trailing spaces, or the traceback module's, which
// strips them and places its carets from the stripped length.
type TBStyle uint8

const (
	TBStyleInterp TBStyle = iota
	TBStyleModule
)

// FormatTBFrame renders one entry: its File line, its source line and,
// when the failing expression is only part of the line, the carets under
// it (with ~ under the operands and ^ under the operator or subscript of
// a binary operation or subscript).
func FormatTBFrame(f *TBFrame, style TBStyle) string {
	var b strings.Builder
	lineno := "None"
	if f.Lineno > 0 {
		lineno = fmt.Sprint(f.Lineno)
	}
	fmt.Fprintf(&b, "  File \"%s\", line %s, in %s\n", f.Filename, lineno, f.Name)
	if f.HasLine {
		if style == TBStyleModule {
			writeModuleLine(&b, f)
		} else {
			writeInterpLine(&b, f)
		}
	}
	for _, kv := range f.Locals {
		fmt.Fprintf(&b, "    %s = %s\n", kv[0], kv[1])
	}
	return b.String()
}

// caretRange returns the character range [start, end) an entry marks in
// line, and its anchors; ok is false when positions are unknown.
func caretRange(f *TBFrame, line string) (start, end int, seg string, anch *anchors, ok bool) {
	if f.Col < 0 || f.EndCol < 0 {
		return 0, 0, "", nil, false
	}
	start = byteToCharOffset(line, f.Col)
	end = byteToCharOffset(line, f.EndCol)
	seg = sliceChars(line, start, end)
	if f.Lineno == f.EndLineno {
		anch = caretAnchors(seg)
	} else {
		// A range going on to later lines is marked to the end of this
		// one.
		end = utf8.RuneCountInString(strings.TrimRightFunc(line, unicode.IsSpace))
	}
	return start, end, seg, anch, true
}

// writeCaretRun writes the carets of [start, end), anchored or not, in
// display columns (wide characters count two).
func writeCaretRun(b *strings.Builder, line, seg string, start, end int, anch *anchors) {
	dpStart := displayWidth(line, start)
	dpEnd := displayWidth(line, end)
	if anch != nil {
		l := displayWidth(seg, anch.left)
		r := displayWidth(seg, anch.right)
		b.WriteString(strings.Repeat("~", max(0, l)))
		b.WriteString(strings.Repeat("^", max(0, r-l)))
		b.WriteString(strings.Repeat("~", max(0, dpEnd-dpStart-r)))
	} else {
		b.WriteString(strings.Repeat("^", max(0, dpEnd-dpStart)))
	}
	b.WriteString("\n")
}

// writeModuleLine is the traceback module's rendering of a source line:
// stripped on both sides, with carets placed from the number of
// characters stripped (the trailing ones and the line ending included,
// a known quirk: a line with trailing spaces gets its carets shifted
// left, the last line of a file without a newline one column right).
func writeModuleLine(b *strings.Builder, f *TBFrame) {
	line := f.Line
	stripped := strings.TrimFunc(line, unicode.IsSpace)
	if stripped == "" {
		return
	}
	fmt.Fprintf(b, "    %s\n", stripped)
	start, end, seg, anch, ok := caretRange(f, line)
	if !ok {
		return
	}
	n := utf8.RuneCountInString(stripped)
	if end-start >= n && (anch == nil || anch.right-anch.left <= 0) {
		return
	}
	strippedChars := utf8.RuneCountInString(line) - n
	b.WriteString("    ")
	b.WriteString(strings.Repeat(" ", max(0, displayWidth(line, start)+1-strippedChars)))
	writeCaretRun(b, line, seg, start, end, anch)
}

// writeInterpLine is the interpreter's rendering of a source line:
// leading whitespace (spaces, tabs, form feeds) removed, the rest kept.
func writeInterpLine(b *strings.Builder, f *TBFrame) {
	line := strings.TrimRight(f.Line, "\r\n")
	shown := strings.TrimLeft(line, " \t\f")
	if strings.TrimFunc(shown, unicode.IsSpace) == "" {
		return
	}
	fmt.Fprintf(b, "    %s\n", shown)
	start, end, seg, anch, ok := caretRange(f, line)
	if !ok {
		return
	}
	truncation := len(line) - len(shown)
	if end-start == utf8.RuneCountInString(shown) && anch == nil {
		return
	}
	b.WriteString("    ")
	b.WriteString(strings.Repeat(" ", max(0, displayWidth(line, start)-truncation)))
	writeCaretRun(b, line, seg, start, end, anch)
}

// displayWidth is the terminal width of the first n characters of s:
// East Asian wide and fullwidth characters count two columns.
func displayWidth(s string, n int) int {
	w, i := 0, 0
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
	return w
}

// isWide reports whether r's East Asian Width is W or F.
func isWide(r rune) bool {
	lo, hi := 0, len(wideRanges)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case r < wideRanges[m][0]:
			hi = m
		case r > wideRanges[m][1]:
			lo = m + 1
		default:
			return true
		}
	}
	return false
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

// recursiveCutoff is how many identical consecutive entries print before
// the rest are summarized as "[Previous line repeated N more times]".
const recursiveCutoff = 3

// TBEntryKey identifies an entry for the folding of repeated entries.
type TBEntryKey struct {
	Filename string
	Lineno   Object
	Name     string
}

// FormatTBEntries formats n entries, folding runs of identical ones.
// key gives entry i's identity; format its text, or false to skip it.
func FormatTBEntries(n int, key func(i int) (TBEntryKey, error), format func(i int) (string, bool, error)) ([]string, error) {
	var out []string
	var last *TBEntryKey
	count := 0
	flush := func() {
		if count > recursiveCutoff {
			c := count - recursiveCutoff
			out = append(out, fmt.Sprintf("  [Previous line repeated %d more time%s]\n", c, plural(c, "", "s")))
		}
	}
	for i := 0; i < n; i++ {
		text, ok, err := format(i)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		k, err := key(i)
		if err != nil {
			return nil, err
		}
		if last == nil || last.Filename != k.Filename || last.Name != k.Name || !sameLineno(last.Lineno, k.Lineno) {
			flush()
			last = &k
			count = 0
		}
		count++
		if count > recursiveCutoff {
			continue
		}
		out = append(out, text)
	}
	flush()
	return out, nil
}

func sameLineno(a, b Object) bool {
	if a == nil || b == nil {
		return false
	}
	x, ok1 := a.(py.Int)
	y, ok2 := b.(py.Int)
	if ok1 && ok2 {
		return x == y
	}
	return Is(a, b)
}

// formatFrames formats entries built by the VM.
func formatFrames(frames []TBFrame) []string {
	out, _ := FormatTBEntries(len(frames), func(i int) (TBEntryKey, error) {
		return TBEntryKey{frames[i].Filename, lineObject(frames[i].Lineno), frames[i].Name}, nil
	}, func(i int) (string, bool, error) {
		return FormatTBFrame(&frames[i], TBStyleInterp), true, nil
	})
	return out
}

func lineObject(n int) Object {
	if n <= 0 {
		return None
	}
	return NewInt(int64(n))
}

// TBNode is an exception as the chained and grouped layout walks it.
type TBNode interface {
	// Cause and Context are the chained exceptions to show (nil when
	// none); SuppressContext hides the context.
	Cause() (TBNode, error)
	Context() (TBNode, error)
	SuppressContext() (bool, error)
	// Exceptions returns the members of an exception group, and
	// whether the node is one.
	Exceptions() ([]TBNode, bool, error)
	// StackLines returns the formatted entries of its traceback.
	StackLines() ([]string, error)
	// OnlyLines returns its last line(s): type, message, notes.
	OnlyLines() ([]string, error)
}

// Group limits, as CPython's printers apply them.
const (
	TBMaxGroupWidth = 15
	TBMaxGroupDepth = 10
)

// The messages between chained exceptions.
const (
	causeMessage   = "\nThe above exception was the direct cause of the following exception:\n\n"
	contextMessage = "\nDuring handling of the above exception, another exception occurred:\n\n"
)

// tbPrintCtx is the state of one printing: how deep inside exception
// groups it is (which sets the margin) and whether a group's closing
// line is still owed.
type tbPrintCtx struct {
	depth     int
	needClose bool
	maxWidth  int
	maxDepth  int
	out       []string
}

func (c *tbPrintCtx) indent() string { return strings.Repeat(" ", 2*c.depth) }

// emit adds text, each of its lines prefixed with the margin of the
// current group depth ("| ", or margin+" " for the first line of a
// group's traceback).
func (c *tbPrintCtx) emit(margin string, texts ...string) {
	prefix := c.indent()
	if c.depth > 0 {
		if margin == "" {
			margin = "|"
		}
		prefix += margin + " "
	}
	for _, text := range texts {
		if prefix == "" {
			c.out = append(c.out, text)
			continue
		}
		var b strings.Builder
		for _, l := range SplitLinesKeepEnds(text) {
			b.WriteString(prefix)
			b.WriteString(l)
		}
		c.out = append(c.out, b.String())
	}
}

// FormatTBTree lays out an exception, its chain (when chain is true) and
// its group members as CPython prints them; maxWidth and maxDepth bound
// the groups shown.
func FormatTBTree(n TBNode, chain bool, maxWidth, maxDepth int) ([]string, error) {
	ctx := &tbPrintCtx{maxWidth: maxWidth, maxDepth: maxDepth}
	if err := ctx.format(n, chain); err != nil {
		return nil, err
	}
	return ctx.out, nil
}

func (c *tbPrintCtx) format(n TBNode, chain bool) error {
	type link struct {
		msg string
		n   TBNode
	}
	var links []link
	if chain {
		msg := ""
		for cur := n; cur != nil; {
			links = append(links, link{msg, cur})
			cause, err := cur.Cause()
			if err != nil {
				return err
			}
			if cause != nil {
				msg, cur = causeMessage, cause
				continue
			}
			ctx, err := cur.Context()
			if err != nil {
				return err
			}
			suppress, err := cur.SuppressContext()
			if err != nil {
				return err
			}
			if ctx != nil && !suppress {
				msg, cur = contextMessage, ctx
				continue
			}
			cur = nil
		}
	} else {
		links = []link{{"", n}}
	}
	// Printed oldest first. Each link records the message relating it
	// to the newer exception it is the cause or context of.
	for i := len(links) - 1; i >= 0; i-- {
		e := links[i].n
		members, isGroup, err := e.Exceptions()
		if err != nil {
			return err
		}
		stack, err := e.StackLines()
		if err != nil {
			return err
		}
		switch {
		case !isGroup:
			if len(stack) > 0 {
				c.emit("", "Traceback (most recent call last):\n")
				c.emit("", stack...)
			}
			only, err := e.OnlyLines()
			if err != nil {
				return err
			}
			c.emit("", only...)
		case c.depth > c.maxDepth:
			c.emit("", fmt.Sprintf("... (max_group_depth is %d)\n", c.maxDepth))
		default:
			if err := c.formatGroup(e, members, stack, chain); err != nil {
				return err
			}
		}
		if i > 0 {
			// What links this exception to the newer one printed next.
			c.emit("", links[i].msg)
		}
	}
	return nil
}

func (c *tbPrintCtx) formatGroup(e TBNode, members []TBNode, stack []string, chain bool) error {
	top := c.depth == 0
	if top {
		c.depth++
	}
	if len(stack) > 0 {
		margin := ""
		if top {
			margin = "+"
		}
		c.emit(margin, "Exception Group Traceback (most recent call last):\n")
		c.emit("", stack...)
	}
	only, err := e.OnlyLines()
	if err != nil {
		return err
	}
	c.emit("", only...)
	shown := len(members)
	if shown > c.maxWidth {
		shown = c.maxWidth + 1
	}
	c.needClose = false
	for i := 0; i < shown; i++ {
		last := i == shown-1
		if last {
			c.needClose = true // a nested group may close instead
		}
		truncated := i >= c.maxWidth
		title := fmt.Sprint(i + 1)
		if truncated {
			title = "..."
		}
		lead := "  "
		if i == 0 {
			lead = "+-"
		}
		c.out = append(c.out, c.indent()+lead+"+---------------- "+title+" ----------------\n")
		c.depth++
		if !truncated {
			if err := c.format(members[i], chain); err != nil {
				return err
			}
		} else {
			more := len(members) - c.maxWidth
			c.emit("", fmt.Sprintf("and %d more exception%s\n", more, plural(more, "", "s")))
		}
		if last && c.needClose {
			c.out = append(c.out, c.indent()+"+------------------------------------\n")
			c.needClose = false
		}
		c.depth--
	}
	if top {
		c.depth = 0
	}
	return nil
}

// excNode is a TBNode over an exception object, as the VM's printer
// shows it: its traceback read from the source files directly, and the
// "Did you mean" hints the C printer adds.
type excNode struct {
	t         *Thread
	exc       *py.Exception
	tb        *Traceback
	src       sourceLines
	cause     *excNode
	context   *excNode
	members   []TBNode
	isGroup   bool
	suggest   bool
	stackText []string
	// limit is how many of the innermost entries of a traceback to
	// print (sys.tracebacklimit for the interpreter's printer): 0 for all
	// of them, -1 for none.
	limit int
}

func (n *excNode) Cause() (TBNode, error) {
	if n.cause == nil {
		return nil, nil
	}
	return n.cause, nil
}

func (n *excNode) Context() (TBNode, error) {
	if n.context == nil {
		return nil, nil
	}
	return n.context, nil
}

func (n *excNode) SuppressContext() (bool, error) { return n.exc.SuppressContext, nil }

func (n *excNode) Exceptions() ([]TBNode, bool, error) { return n.members, n.isGroup, nil }

func (n *excNode) StackLines() ([]string, error) {
	if n.stackText == nil {
		var tbs []*Traceback
		for tb := n.tb; tb != nil; tb = tb.Next {
			tbs = append(tbs, tb)
		}
		switch {
		case n.limit < 0:
			tbs = nil
		case n.limit > 0 && len(tbs) > n.limit:
			tbs = tbs[len(tbs)-n.limit:]
		}
		frames := make([]TBFrame, len(tbs))
		for i, tb := range tbs {
			frames[i] = frameEntry(tb.Frame, tb.Lasti, n.src.line)
		}
		n.stackText = formatFrames(frames)
		if n.stackText == nil {
			n.stackText = []string{}
		}
	}
	return n.stackText, nil
}

func (n *excNode) OnlyLines() ([]string, error) {
	return n.t.excOnlyLines(n.exc, n.suggest), nil
}

// ExceptionTree builds the tree the printer walks for exc (with tb as its
// traceback), following __cause__, __context__ and group members, each
// exception at most once, as CPython's printers do.
func (t *Thread) exceptionTree(exc *py.Exception, tb *Traceback, suggest bool) *excNode {
	limit := 0
	if suggest {
		limit = t.tracebackLimit()
	}
	src := sourceLines{}
	seen := map[*py.Exception]bool{exc: true}
	root := &excNode{t: t, exc: exc, tb: tb, src: src, suggest: suggest, limit: limit}
	// Depth first, the most recently queued first, as the traceback
	// module builds its TracebackExceptions.
	queue := []*excNode{root}
	mk := func(e *py.Exception) *excNode {
		seen[e] = true
		return &excNode{t: t, exc: e, tb: excTraceback(e), src: src, suggest: suggest, limit: limit}
	}
	for len(queue) > 0 {
		n := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		e := n.exc
		if c, ok := e.Cause.(*py.Exception); ok && c != nil && !seen[c] {
			n.cause = mk(c)
		}
		if n.cause == nil && !e.SuppressContext {
			if c, ok := e.Context.(*py.Exception); ok && c != nil && !seen[c] {
				n.context = mk(c)
			}
		}
		if IsSubtype(TypeOf(e), BaseExceptionGroup) {
			n.isGroup = true
			for _, m := range groupExceptions(e) {
				if me, ok := m.(*py.Exception); ok {
					mn := mk(me)
					n.members = append(n.members, mn)
				}
			}
		}
		if n.cause != nil {
			queue = append(queue, n.cause)
		}
		if n.context != nil {
			queue = append(queue, n.context)
		}
		for _, m := range n.members {
			queue = append(queue, m.(*excNode))
		}
	}
	return root
}

// tracebackLimit reads sys.tracebacklimit as the interpreter's printer
// does, for excNode.limit: an int (bool included) caps the entries
// printed per traceback, the innermost kept, and one of 0 or less prints
// none (-1); anything else, or no such attribute, means no limit (0).
func (t *Thread) tracebackLimit() int {
	if t.interp == nil || t.interp.sys == nil {
		return 0
	}
	v, ok := t.interp.sys.dict.GetStr("tracebacklimit")
	if !ok {
		return 0
	}
	switch n := v.(type) {
	case py.Bool:
		if n {
			return 1
		}
		return -1
	case py.Int:
		if n <= 0 {
			return -1
		}
		if int64(n) > 1<<31 {
			return 1 << 31
		}
		return int(n)
	case *py.BigInt:
		if (*big.Int)(n).Sign() < 0 {
			return -1
		}
		return 1 << 31
	}
	return 0
}

// FormatException renders exc with its traceback and the exceptions
// chained to it exactly as CPython's default sys.excepthook prints them.
func (t *Thread) FormatException(exc *py.Exception) string {
	return t.formatExceptionWith(exc, excTraceback(exc))
}

// formatExceptionWith is FormatException with tb as exc's traceback.
func (t *Thread) formatExceptionWith(exc *py.Exception, tb *Traceback) string {
	lines, err := FormatTBTree(t.exceptionTree(exc, tb, true), true, TBMaxGroupWidth, TBMaxGroupDepth)
	if err != nil {
		return ""
	}
	return strings.Join(lines, "")
}

// excOnlyLines returns the last line(s) of a traceback: the exception's
// type and message (with a "Did you mean" hint when suggest is set), or
// for a SyntaxError the offending line with carets, then its notes.
func (t *Thread) excOnlyLines(exc *py.Exception, suggest bool) []string {
	typ := TypeOf(exc)
	x := TBExcOnly{TypeName: excTypeName(t, typ), Notes: None}
	if IsSubtype(typ, py.SyntaxError) {
		x.Syntax = true
		attr := func(k string) Object {
			v, err := GetAttr(t, exc, k)
			if err != nil {
				return None
			}
			return v
		}
		x.Filename, x.Lineno, x.Text = attr("filename"), attr("lineno"), attr("text")
		x.Offset, x.EndOffset, x.Msg = attr("offset"), attr("end_offset"), attr("msg")
	} else {
		text, ok := safeStr(t, exc)
		if !ok {
			text = "<exception str() failed>"
		}
		if suggest {
			if hint := t.suggestion(exc); hint != "" {
				text += ". Did you mean: '" + hint + "'?"
			}
		}
		x.Str = text
	}
	if notes, err := GetAttr(t, exc, "__notes__"); err == nil {
		x.Notes = notes
	}
	lines, _ := x.Lines(t)
	return lines
}

// TBExcOnly is what the last line(s) of a traceback are made of.
type TBExcOnly struct {
	TypeName string
	// Str is the exception's message (for exceptions other than
	// SyntaxError).
	Str string
	// Syntax marks a SyntaxError, whose fields follow.
	Syntax                                    bool
	Filename, Lineno, Text, Offset, EndOffset Object
	Msg                                       Object
	// Notes is __notes__ (None when absent).
	Notes Object
}

// Lines renders the last line(s): "Type: message" (or a SyntaxError's
// location, line and carets), then the notes.
func (x *TBExcOnly) Lines(t *Thread) ([]string, error) {
	var out []string
	if x.Syntax {
		lines, err := x.syntaxLines(t)
		if err != nil {
			return nil, err
		}
		out = lines
	} else {
		out = append(out, finalExcLine(x.TypeName, x.Str))
	}
	return append(out, t.noteLines(x.Notes)...), nil
}

// finalExcLine is "Type: message", or the type alone for an empty
// message.
func finalExcLine(name, text string) string {
	if text == "" {
		return name + "\n"
	}
	return name + ": " + text + "\n"
}

// safeStr is str(o), reporting failure instead of raising.
func safeStr(t *Thread, o Object) (string, bool) {
	s, err := Str(t, o)
	if err != nil {
		return "", false
	}
	return string(s.(py.String)), true
}

// noteLines formats __notes__: each note of a sequence on its lines (a
// note that is not a str printed through str()); anything else through
// its repr, without a newline, as CPython does.
func (t *Thread) noteLines(notes Object) []string {
	if notes == None || notes == nil {
		return nil
	}
	if isSequence(notes) {
		items, err := Collect(t, notes)
		if err != nil {
			return nil
		}
		var out []string
		for _, n := range items {
			s, ok := "", true
			if ns, isStr := n.(py.String); isStr {
				s = string(ns)
			} else if s, ok = safeStr(t, n); !ok {
				s = "<note str() failed>"
			}
			for _, l := range strings.Split(s, "\n") {
				out = append(out, l+"\n")
			}
		}
		return out
	}
	if r, err := Repr(t, notes); err == nil {
		return []string{string(r.(py.String))}
	}
	return []string{"<__notes__ repr() failed>"}
}

// isSequence reports whether o is a sequence (str, list, tuple or an
// object with __getitem__ that is not a dict), as the printers test
// __notes__.
func isSequence(o Object) bool {
	switch unwrap(o).(type) {
	case py.String, *py.List, py.Tuple, py.Bytes, *py.Range, *bigRange:
		return true
	case *Dict:
		return false
	}
	return classOfObject(o).special(spGetItem) != nil
}

// excTypeName is how a traceback names an exception's class: the
// qualified name, prefixed by the module unless it is builtins or
// __main__ ("<unknown>" when __module__ is not a str).
func excTypeName(t *Thread, typ *py.Type) string {
	name := typeQualname(typ)
	m, err := GetAttr(t, typ, "__module__")
	mod := "<unknown>"
	if err == nil {
		if s, ok := m.(py.String); ok {
			mod = string(s)
		}
	}
	if mod == "builtins" || mod == "__main__" {
		return name
	}
	return mod + "." + name
}

// ExcTypeName is excTypeName for the traceback module.
func ExcTypeName(t *Thread, typ *py.Type) string { return excTypeName(t, typ) }

// syntaxLines renders a SyntaxError: the file and line, the source text
// with carets under the error, then the message.
func (x *TBExcOnly) syntaxLines(t *Thread) ([]string, error) {
	var out []string
	isNone := func(o Object) bool { return o == nil || o == None }
	suffix := ""
	if !isNone(x.Lineno) {
		fn := "<string>"
		if ok, err := Truth(t, orNone(x.Filename)); err != nil {
			return nil, err
		} else if ok {
			s, err := StrString(t, x.Filename)
			if err != nil {
				return nil, err
			}
			fn = s
		}
		ls, err := StrString(t, x.Lineno)
		if err != nil {
			return nil, err
		}
		out = append(out, fmt.Sprintf("  File \"%s\", line %s\n", fn, ls))
	} else if !isNone(x.Filename) {
		fs, err := StrString(t, x.Filename)
		if err != nil {
			return nil, err
		}
		suffix = fmt.Sprintf(" (%s)", fs)
	}
	if text, ok := x.Text.(py.String); ok {
		rtext := strings.TrimRight(string(text), "\n")
		ltext := strings.TrimLeft(rtext, " \n\f")
		spaces := utf8.RuneCountInString(rtext) - utf8.RuneCountInString(ltext)
		out = append(out, fmt.Sprintf("    %s\n", ltext))
		if off, ok := x.Offset.(py.Int); ok {
			offset := int(off)
			end := offset
			if e, ok := x.EndOffset.(py.Int); ok && e != 0 {
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
				out = append(out, fmt.Sprintf("    %s%s\n", cs.String(), strings.Repeat("^", max(0, endCol-col))))
			}
		}
	}
	m := "<no detail available>"
	if ok, err := Truth(t, orNone(x.Msg)); err != nil {
		return nil, err
	} else if ok {
		s, err := StrString(t, x.Msg)
		if err != nil {
			return nil, err
		}
		m = s
	}
	return append(out, fmt.Sprintf("%s: %s%s\n", x.TypeName, m, suffix)), nil
}

// StackEntries describes the frames of a stack from the outermost to f,
// for traceback.extract_stack and thread dumps.
func StackEntries(f *Frame, src SourceReader) []TBFrame {
	var frames []*Frame
	for f = f.visible(); f != nil; f = f.visibleBack() {
		frames = append(frames, f)
	}
	out := make([]TBFrame, 0, len(frames))
	for i := len(frames) - 1; i >= 0; i-- {
		out = append(out, frameEntry(frames[i], frames[i].lasti, src))
	}
	return out
}
