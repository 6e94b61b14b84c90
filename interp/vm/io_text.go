package vm

import (
	"fmt"
	"runtime"
	"strings"
	"sync"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/gilpy/gilpy/interp/pystr"
	"github.com/go-python/gpython/py"
)

// TextIOWrapperClass is _io.TextIOWrapper: text over a binary buffer.
var TextIOWrapperClass = ioClass("TextIOWrapper", "A text stream over a binary buffered stream: decodes, encodes and translates newlines.", TextIOBaseClass)

// TextStream is the former name of TextIOWrapper (sys.stdout's Go type).
type TextStream = TextIOWrapper

// Newlines seen while reading in universal newlines mode.
const (
	seenLF = 1 << iota
	seenCR
	seenCRLF
)

// TextIOWrapper is the Go value of a TextIOWrapper object.
//
// Reading decodes the buffer a chunk at a time (buffer.read1(8192)); the
// text of the current chunk is decoded, of which decodedPos bytes have
// been consumed. tell() is a byte offset into the buffer: the start of
// the current chunk's bytes plus the bytes the consumed characters came
// from. For the stateless codecs gilpy has, that offset is a position
// where decoding can restart, so it is a complete cookie; CPython's
// cookies are the same numbers except where a newline decoder or a
// codec carries state across the position (see docs/deviations.md).
type TextIOWrapper struct {
	in          *Interp
	self        Object // the Python object, for the standard streams
	buffer      Object
	gbuf        *Buffered // buffer's Go value when it is exactly a Buffered*
	gfio        *FileIO   // buffer's Go value when it is exactly a FileIO
	codec       *TextCodec
	encoding    string
	errors      string
	decoder     TextDecoder    // nil when the buffer is not readable
	encoder     *streamEncoder // for codecs that write a mark (io_codecs.go)
	writable    bool
	seekable    bool
	telling     bool
	hasRead1    bool
	initialized bool
	detached    bool

	readUniversal, readTranslate bool
	readNL                       string // the newline argument when not universal
	writeNL                      string // what "\n" becomes when writing ("" for itself)
	lineBuffering, writeThrough  bool
	chunkSize                    int

	pendingCR  bool
	seenNL     int
	decoded    string
	decodedPos int
	// The snapshot of the current chunk, for tell(): its bytes (with the
	// incomplete character and '\r' carried from the chunk before) and
	// whether its text is those bytes unchanged.
	snapValid    bool
	snapRaw      []byte
	snapIdentity bool

	tp      *textPending
	cleanup runtime.Cleanup
}

// textPending holds encoded text not yet given to the buffer.
type textPending struct {
	mu      sync.Mutex
	pending []byte
}

// Type implements Object.
func (w *TextIOWrapper) Type() *Type { return TextIOWrapperClass.T() }

// Obj returns the Python object of a standard stream.
func (w *TextIOWrapper) Obj() Object { return w.self }

func (w *TextIOWrapper) checkAttached() error {
	if w.detached {
		return NewError(py.ValueError, "underlying buffer has been detached")
	}
	if !w.initialized {
		return NewError(py.ValueError, "I/O operation on uninitialized object")
	}
	return nil
}

// isClosed asks the buffer.
func (w *TextIOWrapper) isClosed(t *Thread) (bool, error) {
	if w.gbuf != nil && w.gbuf.initialized && w.gbuf.fraw != nil {
		return w.gbuf.fraw.fd < 0, nil
	}
	if w.gfio != nil {
		return w.gfio.fd < 0, nil
	}
	c, err := GetAttr(t, w.buffer, "closed")
	if err != nil {
		return false, err
	}
	return Truth(t, c)
}

// checkClosed is CHECK_CLOSED: self.closed (the buffer's, for this
// class; a subclass's own closed attribute otherwise).
func (w *TextIOWrapper) checkClosed(t *Thread, self Object) error {
	if self != nil {
		if inst, ok := self.(*Instance); ok && inst.cls != TextIOWrapperClass {
			return ioCheckClosed(t, self)
		}
	}
	closed, err := w.isClosed(t)
	if err != nil {
		return err
	}
	if closed {
		return errClosedFile()
	}
	return nil
}

// textSelf checks an object is attached and open.
func textSelf(t *Thread, self Object) (*TextIOWrapper, error) {
	w := unwrap(self).(*TextIOWrapper)
	if err := w.checkAttached(); err != nil {
		return nil, err
	}
	if err := w.checkClosed(t, self); err != nil {
		return nil, err
	}
	return w, nil
}

// ---- writing

// encode turns text into bytes with the wrapper's codec.
func (w *TextIOWrapper) encode(t *Thread, s string) ([]byte, error) {
	if w.codec == utf8Codec && w.errors != "surrogatepass" {
		if b, ok := utf8Fast(s); ok {
			return b, nil
		}
	}
	if w.encoder != nil {
		return w.encoder.encode(t, s)
	}
	return w.codec.Encode(t, s, w.errors)
}

// utf8Fast is the encoding of a str without surrogates.
func utf8Fast(s string) ([]byte, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == 0xed && i+1 < len(s) && s[i+1] >= 0xa0 {
			return nil, false
		}
	}
	return []byte(s), true
}

// write is TextIOWrapper.write(text) for a str; it returns nothing (the
// caller knows the length).
func (w *TextIOWrapper) write(t *Thread, text string) error {
	if !w.writable {
		return errUnsupported(t, "not writable")
	}
	haslf := false
	if w.writeNL != "" || w.lineBuffering {
		haslf = strings.IndexByte(text, '\n') >= 0
	}
	if haslf && w.writeNL != "" {
		text = strings.ReplaceAll(text, "\n", w.writeNL)
	}
	needflush := w.lineBuffering && (haslf || strings.IndexByte(text, '\r') >= 0)
	b, err := w.encode(t, text)
	if err != nil {
		return err
	}
	w.tp.mu.Lock()
	if len(w.tp.pending)+len(b) > w.chunkSize && len(w.tp.pending) > 0 {
		w.tp.mu.Unlock()
		if err := w.flushPending(t); err != nil {
			return err
		}
		w.tp.mu.Lock()
	}
	w.tp.pending = append(w.tp.pending, b...)
	full := len(w.tp.pending) >= w.chunkSize
	w.tp.mu.Unlock()
	if full || needflush || w.writeThrough {
		if err := w.flushPending(t); err != nil {
			return err
		}
	}
	if needflush {
		if err := w.flushBuffer(t); err != nil {
			return err
		}
	}
	if w.decoded != "" || w.snapValid {
		w.clearDecoded()
		if w.decoder != nil {
			w.decoder.Reset()
			w.pendingCR = false
		}
	}
	return nil
}

// flushPending gives the pending bytes to the buffer.
func (w *TextIOWrapper) flushPending(t *Thread) error {
	w.tp.mu.Lock()
	p := w.tp.pending
	w.tp.pending = nil
	w.tp.mu.Unlock()
	if len(p) == 0 {
		return nil
	}
	switch {
	case w.gbuf != nil && w.gbuf.initialized:
		b := w.gbuf
		if err := b.lock(t, nil); err != nil {
			return err
		}
		defer b.unlock()
		if closed, _ := b.isClosed(t); closed {
			return NewError(py.ValueError, "write to closed file")
		}
		return b.write(t, p)
	case w.gfio != nil:
		for len(p) > 0 {
			n, err := w.gfio.write(t, p)
			if err != nil {
				return err
			}
			if n <= 0 {
				return nil
			}
			p = p[n:]
		}
		return nil
	}
	if t == nil {
		return nil
	}
	_, err := CallMethod(t, w.buffer, "write", []Object{py.Bytes(p)}, nil)
	return err
}

// flushBuffer is buffer.flush().
func (w *TextIOWrapper) flushBuffer(t *Thread) error {
	switch {
	case w.gbuf != nil && w.gbuf.initialized:
		if closed, _ := w.gbuf.isClosed(t); closed {
			return NewError(py.ValueError, "flush of closed file")
		}
		return w.gbuf.Flush(t)
	case w.gfio != nil:
		if w.gfio.fd < 0 {
			return errFileIOClosed()
		}
		return nil
	}
	if t == nil {
		return nil
	}
	_, err := CallMethod(t, w.buffer, "flush", nil, nil)
	return err
}

// flush is TextIOWrapper.flush().
func (w *TextIOWrapper) flush(t *Thread) error {
	w.telling = w.seekable
	if err := w.flushPending(t); err != nil {
		return err
	}
	return w.flushBuffer(t)
}

// WriteString writes from Go (not through Python code): tracebacks and
// messages the interpreter prints itself. It is safe without the GIL.
func (w *TextIOWrapper) WriteString(s string) (int, error) {
	if !w.initialized || w.detached || !w.writable {
		return 0, nil
	}
	b, err := w.encode(nil, s)
	if err != nil {
		b, _ = w.codec.Encode(nil, s, "backslashreplace")
	}
	w.tp.mu.Lock()
	w.tp.pending = append(w.tp.pending, b...)
	w.tp.mu.Unlock()
	flush := w.writeThrough || w.lineBuffering && strings.ContainsAny(s, "\r\n")
	if flush {
		if err := w.flushPending(nil); err != nil {
			return 0, err
		}
	}
	if w.lineBuffering && strings.ContainsAny(s, "\r\n") {
		return len(s), w.flushBuffer(nil)
	}
	return len(s), nil
}

// Flush writes everything buffered through to the file, from Go.
func (w *TextIOWrapper) Flush() error {
	if !w.initialized || w.detached {
		return nil
	}
	if err := w.flushPending(nil); err != nil {
		return err
	}
	return w.flushBuffer(nil)
}

// ---- reading

func (w *TextIOWrapper) clearDecoded() {
	w.decoded, w.decodedPos = "", 0
	w.snapValid, w.snapRaw = false, nil
}

// nlDecode applies the newline decoder of universal newlines mode.
func (w *TextIOWrapper) nlDecode(s string, final bool) string {
	if !w.readUniversal {
		return s
	}
	if w.pendingCR {
		s = "\r" + s
		w.pendingCR = false
	}
	if !final && len(s) > 0 && s[len(s)-1] == '\r' {
		s = s[:len(s)-1]
		w.pendingCR = true
	}
	if strings.IndexByte(s, '\r') < 0 {
		if strings.IndexByte(s, '\n') >= 0 {
			w.seenNL |= seenLF
		}
		return s
	}
	crlf := strings.Count(s, "\r\n")
	if crlf > 0 {
		w.seenNL |= seenCRLF
	}
	if strings.Count(s, "\r") > crlf {
		w.seenNL |= seenCR
	}
	if strings.Count(s, "\n") > crlf {
		w.seenNL |= seenLF
	}
	if w.readTranslate {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return s
}

// readChunk decodes the next chunk of the buffer into w.decoded; false at
// end of file.
func (w *TextIOWrapper) readChunk(t *Thread, sizeHint int) (bool, error) {
	if w.decoder == nil {
		return false, errUnsupported(t, "not readable")
	}
	carry := append([]byte(nil), w.decoder.Pending()...)
	hadCR := w.pendingCR
	size := w.chunkSize
	if sizeHint > size {
		size = sizeHint
	}
	var input []byte
	if w.gbuf != nil && w.gbuf.initialized && w.hasRead1 {
		b := w.gbuf
		if err := b.checkClosed(t, "read of closed file"); err != nil {
			return false, err
		}
		if err := b.lock(t, nil); err != nil {
			return false, err
		}
		data, err := b.read1(t, size)
		b.unlock()
		if err != nil {
			return false, err
		}
		input = data
	} else {
		meth := "read"
		if w.hasRead1 {
			meth = "read1"
		}
		r, err := CallMethod(t, w.buffer, meth, []Object{NewInt(int64(size))}, nil)
		if err != nil {
			return false, err
		}
		b, ok := unwrap(r).(py.Bytes)
		if !ok {
			if mv, ok := unwrap(r).(*MemoryView); ok {
				c, err := mv.contents()
				if err != nil {
					return false, err
				}
				b = py.Bytes(c)
			} else if ba, ok := unwrap(r).(*ByteArray); ok {
				b = py.Bytes(ba.b)
			} else {
				return false, NewError(py.TypeError, fmt.Sprintf("underlying %s() should have returned a bytes-like object, not '%s'", meth, TypeName(r)))
			}
		}
		input = b
	}
	eof := len(input) == 0
	text, err := w.decoder.Decode(t, input, eof)
	if err != nil {
		return false, err
	}
	text = w.nlDecode(text, eof)
	w.decoded, w.decodedPos = text, 0
	if w.telling {
		raw := make([]byte, 0, len(carry)+len(input)+1)
		if hadCR {
			raw = append(raw, '\r')
		}
		raw = append(raw, carry...)
		raw = append(raw, input...)
		w.snapRaw, w.snapValid = raw, true
		w.snapIdentity = !hadCR && len(carry) == 0 && len(w.decoder.Pending()) == 0 && !w.pendingCR && text == string(input)
	}
	return !eof, nil
}

func (w *TextIOWrapper) remaining() string { return w.decoded[w.decodedPos:] }

// read reads n characters (n < 0: all).
func (w *TextIOWrapper) read(t *Thread, n int) (string, error) {
	if w.decoder == nil {
		return "", errUnsupported(t, "not readable")
	}
	if err := w.flushPending(t); err != nil {
		return "", err
	}
	if n < 0 {
		var data []byte
		if w.gbuf != nil && w.gbuf.initialized {
			b := w.gbuf
			if err := b.lock(t, nil); err != nil {
				return "", err
			}
			d, err := b.read(t, -1)
			b.unlock()
			if err != nil {
				return "", err
			}
			data = d
		} else {
			r, err := CallMethod(t, w.buffer, "read", nil, nil)
			if err != nil {
				return "", err
			}
			if r != None {
				b, err := readableBuffer(t, r)
				if err != nil {
					return "", err
				}
				data = b
			}
		}
		text, err := w.decoder.Decode(t, data, true)
		if err != nil {
			return "", err
		}
		text = w.nlDecode(text, true)
		out := w.remaining() + text
		w.clearDecoded()
		return out, nil
	}
	var sb strings.Builder
	for n > 0 {
		rem := w.remaining()
		if rem != "" {
			off := pystr.ByteOffset(rem, n)
			sb.WriteString(rem[:off])
			w.decodedPos += off
			n -= pystr.Len(rem[:off])
			continue
		}
		more, err := w.readChunk(t, n)
		if err != nil {
			return "", err
		}
		if !more && w.remaining() == "" {
			break
		}
	}
	return sb.String(), nil
}

// lineEnd finds the end of the first line in s: the byte offset after
// its terminator, or -1.
func (w *TextIOWrapper) lineEnd(s string) int {
	switch {
	case w.readTranslate:
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			return i + 1
		}
	case w.readUniversal:
		i := strings.IndexAny(s, "\r\n")
		if i < 0 {
			return -1
		}
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			return i + 2
		}
		return i + 1
	default:
		if i := strings.Index(s, w.readNL); i >= 0 {
			return i + len(w.readNL)
		}
	}
	return -1
}

// readline reads one line (at most limit characters when limit >= 0).
func (w *TextIOWrapper) readline(t *Thread, limit int) (string, error) {
	if w.decoder == nil {
		return "", errUnsupported(t, "not readable")
	}
	if err := w.flushPending(t); err != nil {
		return "", err
	}
	var line []byte
	for {
		rem := w.remaining()
		if rem == "" {
			more, err := w.readChunk(t, 0)
			if err != nil {
				return "", err
			}
			rem = w.remaining()
			if !more && rem == "" {
				break
			}
			if rem == "" {
				continue
			}
		}
		// A "\r\n" terminator may straddle two chunks.
		start := 0
		if len(line) > 0 && !w.readUniversal && len(w.readNL) > 1 {
			start = len(line) - (len(w.readNL) - 1)
			if start < 0 {
				start = 0
			}
		}
		joined := string(line[start:]) + rem
		end := w.lineEnd(joined)
		if end >= 0 {
			take := end - (len(line) - start)
			if limit >= 0 {
				have := pystr.Len(string(line))
				if have+pystr.Len(rem[:take]) > limit {
					take = pystr.ByteOffset(rem, limit-have)
				}
			}
			line = append(line, rem[:take]...)
			w.decodedPos += take
			return string(line), nil
		}
		take := len(rem)
		if limit >= 0 {
			have := pystr.Len(string(line))
			if have+pystr.Len(rem) >= limit {
				take = pystr.ByteOffset(rem, limit-have)
				line = append(line, rem[:take]...)
				w.decodedPos += take
				return string(line), nil
			}
		}
		line = append(line, rem...)
		w.decodedPos += take
	}
	return string(line), nil
}

// tell is TextIOWrapper.tell().
func (w *TextIOWrapper) tell(t *Thread) (int64, error) {
	if !w.seekable {
		return 0, errUnsupported(t, "underlying stream is not seekable")
	}
	if !w.telling {
		return 0, NewError(py.OSError, "telling position disabled by next() call")
	}
	if err := w.flush(t); err != nil {
		return 0, err
	}
	posObj, err := CallMethod(t, w.buffer, "tell", nil, nil)
	if err != nil {
		return 0, err
	}
	n, err := IndexInt(t, posObj)
	if err != nil {
		return 0, err
	}
	pos := int64(n)
	if w.decoder == nil || !w.snapValid {
		return pos, nil
	}
	start := pos - int64(len(w.snapRaw))
	if w.decodedPos == 0 {
		return start, nil
	}
	if w.snapIdentity {
		return start + int64(w.decodedPos), nil
	}
	// Decode the chunk again, a byte at a time, until the consumed
	// characters have come out.
	want := pystr.Len(w.decoded[:w.decodedPos])
	d := w.codec.NewDecoder(w.errors)
	if pd, ok := w.decoder.(*packageDecoder); ok && start != 0 {
		// Past the start of the stream, the chunk has no mark: decode it
		// in the byte order the mark gave.
		pd.carryOrderTo(d.(*packageDecoder))
	}
	save := *w
	w.pendingCR, w.seenNL = false, 0
	got := 0
	off := len(w.snapRaw)
	for i := range w.snapRaw {
		s, err := d.Decode(t, w.snapRaw[i:i+1], false)
		if err != nil {
			break
		}
		got += pystr.Len(w.nlDecode(s, false))
		if got >= want {
			off = i + 1
			break
		}
	}
	w.pendingCR, w.seenNL = save.pendingCR, save.seenNL
	return start + int64(off), nil
}

// seek is TextIOWrapper.seek(cookie, whence).
func (w *TextIOWrapper) seek(t *Thread, cookie Object, whence int) (Object, error) {
	if !w.seekable {
		return nil, errUnsupported(t, "underlying stream is not seekable")
	}
	switch whence {
	case 1:
		z, err := isZero(t, cookie)
		if err != nil {
			return nil, err
		}
		if !z {
			return nil, errUnsupported(t, "can't do nonzero cur-relative seeks")
		}
		p, err := w.tell(t)
		if err != nil {
			return nil, err
		}
		cookie = NewInt(p)
	case 2:
		z, err := isZero(t, cookie)
		if err != nil {
			return nil, err
		}
		if !z {
			return nil, errUnsupported(t, "can't do nonzero end-relative seeks")
		}
		if err := w.flush(t); err != nil {
			return nil, err
		}
		w.clearDecoded()
		if w.decoder != nil {
			w.decoder.Reset()
			w.pendingCR = false
		}
		return CallMethod(t, w.buffer, "seek", []Object{NewInt(0), NewInt(2)}, nil)
	case 0:
	default:
		return nil, NewError(py.ValueError, fmt.Sprintf("invalid whence (%d, should be 0, 1 or 2)", whence))
	}
	neg, err := compareBool(t, cookie, NewInt(0), bytecode.CmpLt)
	if err != nil {
		return nil, err
	}
	if neg {
		r, _ := ReprString(t, cookie)
		return nil, NewError(py.ValueError, "negative seek position "+r)
	}
	if err := w.flush(t); err != nil {
		return nil, err
	}
	pos, err := IndexInt(t, cookie)
	if err != nil {
		return nil, err
	}
	if _, err := CallMethod(t, w.buffer, "seek", []Object{NewInt(int64(pos))}, nil); err != nil {
		return nil, err
	}
	if w.encoder != nil {
		w.encoder.seeked(pos)
	}
	w.clearDecoded()
	if w.decoder != nil {
		if pd, ok := w.decoder.(*packageDecoder); ok && pos != 0 {
			pd.resetKeepingOrder()
		} else {
			w.decoder.Reset()
		}
		w.pendingCR = false
	}
	return cookie, nil
}

func isZero(t *Thread, o Object) (bool, error) {
	return compareBool(t, o, NewInt(0), bytecode.CmpEq)
}

// newlinesValue is the newlines attribute: the kinds of newline seen.
func (w *TextIOWrapper) newlinesValue() Object {
	if w.decoder == nil || !w.readUniversal {
		return None
	}
	var kinds []Object
	if w.seenNL&seenCR != 0 {
		kinds = append(kinds, py.String("\r"))
	}
	if w.seenNL&seenLF != 0 {
		kinds = append(kinds, py.String("\n"))
	}
	if w.seenNL&seenCRLF != 0 {
		kinds = append(kinds, py.String("\r\n"))
	}
	switch len(kinds) {
	case 0:
		return None
	case 1:
		return kinds[0]
	}
	return Tuple(kinds)
}

// ---- construction

// localeEncoding is the encoding open() uses when given none: what
// locale.getpreferredencoding(False) says in gilpy (see
// docs/deviations.md: gilpy always reads and writes UTF-8, whatever the
// locale).
func (in *Interp) localeEncoding() string {
	for _, k := range []string{"LC_ALL", "LC_CTYPE", "LANG"} {
		v := in.getenv(k)
		if v == "" {
			continue
		}
		cs := v
		if i := strings.IndexByte(cs, '.'); i >= 0 {
			cs = cs[i+1:]
			if j := strings.IndexByte(cs, '@'); j >= 0 {
				cs = cs[:j]
			}
			if n := normalizeCodecName(cs); n == "utf_8" || n == "utf8" {
				return "UTF-8"
			}
		}
		return "utf-8"
	}
	return "utf-8"
}

// getenv reads the host's environment.
func (in *Interp) getenv(key string) string {
	for _, kv := range in.host.Environ() {
		if strings.HasPrefix(kv, key+"=") {
			return kv[len(key)+1:]
		}
	}
	return ""
}

// textConfig is what __init__ and reconfigure set.
func (w *TextIOWrapper) setNewline(newline Object) error {
	switch nl := newline.(type) {
	case nil, py.NoneType:
		w.readUniversal, w.readTranslate, w.readNL, w.writeNL = true, true, "", ""
	case py.String:
		s := string(nl)
		switch s {
		case "":
			w.readUniversal, w.readTranslate, w.readNL, w.writeNL = true, false, "", ""
		case "\n", "\r", "\r\n":
			w.readUniversal, w.readTranslate, w.readNL = false, false, s
			w.writeNL = s
			if s == "\n" {
				w.writeNL = ""
			}
		default:
			return NewError(py.ValueError, "illegal newline value: "+s)
		}
	}
	return nil
}

func checkNewlineArg(fn string, newline Object) error {
	if newline == nil || newline == None {
		return nil
	}
	s, ok := newline.(py.String)
	if !ok {
		return NewError(py.TypeError, fmt.Sprintf("%s() argument 'newline' must be str or None, not %s", fn, TypeName(newline)))
	}
	switch string(s) {
	case "", "\n", "\r", "\r\n":
		return nil
	}
	return NewError(py.ValueError, "illegal newline value: "+string(s))
}

func optStr(fn, arg string, o Object) (string, bool, error) {
	if o == nil || o == None {
		return "", false, nil
	}
	s, ok := o.(py.String)
	if !ok {
		return "", false, NewError(py.TypeError, fmt.Sprintf("%s() argument '%s' must be str or None, not %s", fn, arg, TypeName(o)))
	}
	return string(s), true, nil
}

// textInit is TextIOWrapper.__init__(buffer, encoding=None, errors=None,
// newline=None, line_buffering=False, write_through=False).
func textInit(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	self := args[0]
	w := unwrap(self).(*TextIOWrapper)
	var buffer, encoding, errors, newline, lineBuffering, writeThrough Object
	if _, err := ParseClinic(&Params{Func: "TextIOWrapper", Names: []string{"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"}, KwOnly: -1, Required: 1}, args[1:], kwnames, &buffer, &encoding, &errors, &newline, &lineBuffering, &writeThrough); err != nil {
		return nil, err
	}
	w.initialized = false
	w.detached = false
	enc, haveEnc, err := optStr("TextIOWrapper", "encoding", encoding)
	if err != nil {
		return nil, err
	}
	errs, haveErrs, err := optStr("TextIOWrapper", "errors", errors)
	if err != nil {
		return nil, err
	}
	if !haveErrs {
		errs = "strict"
	}
	if err := checkNewlineArg("TextIOWrapper", newline); err != nil {
		return nil, err
	}
	lb, wt := false, false
	if lineBuffering != nil {
		if lb, err = Truth(t, lineBuffering); err != nil {
			return nil, err
		}
	}
	if writeThrough != nil {
		if wt, err = Truth(t, writeThrough); err != nil {
			return nil, err
		}
	}
	if !haveEnc || enc == "locale" {
		enc = t.interp.localeEncoding()
	}
	return None, w.setup(t, buffer, enc, errs, newline, lb, wt)
}

// setup initializes a wrapper (from __init__, or for the standard streams).
func (w *TextIOWrapper) setup(t *Thread, buffer Object, enc, errs string, newline Object, lb, wt bool) error {
	codec, err := LookupTextCodec(enc)
	if err != nil {
		return err
	}
	w.in = t.interp
	w.codec, w.encoding, w.errors = codec, enc, errs
	w.chunkSize = DefaultBufferSize
	if err := w.setNewline(newline); err != nil {
		return err
	}
	w.lineBuffering, w.writeThrough = lb, wt
	w.buffer = buffer
	w.gbuf, w.gfio = nil, nil
	if inst, ok := buffer.(*Instance); ok {
		switch inst.cls {
		case BufferedReaderClass, BufferedWriterClass, BufferedRandomClass:
			w.gbuf = inst.base.(*Buffered)
		case FileIOClass:
			w.gfio = inst.base.(*FileIO)
		}
	}
	w.decoder = nil
	if r, err := CallMethod(t, buffer, "readable", nil, nil); err != nil {
		return err
	} else if ok, err := Truth(t, r); err != nil {
		return err
	} else if ok {
		w.decoder = codec.NewDecoder(errs)
	}
	if r, err := CallMethod(t, buffer, "writable", nil, nil); err != nil {
		return err
	} else if w.writable, err = Truth(t, r); err != nil {
		return err
	}
	if r, err := CallMethod(t, buffer, "seekable", nil, nil); err != nil {
		return err
	} else if w.seekable, err = Truth(t, r); err != nil {
		return err
	}
	w.telling = w.seekable
	w.encoder = nil
	if w.writable && codec.pkg != nil {
		// The mark is written only at the start of the file.
		atStart := true
		if w.seekable {
			if p, err := CallMethod(t, buffer, "tell", nil, nil); err == nil {
				atStart, _ = isZero(t, p)
			}
		}
		w.encoder = newStreamEncoder(codec, errs, atStart)
	}
	if w.gbuf != nil {
		w.hasRead1 = w.gbuf.readable
	} else {
		r1, _ := GetAttr(t, buffer, "read1")
		w.hasRead1 = r1 != nil
	}
	w.pendingCR, w.seenNL = false, 0
	w.clearDecoded()
	if w.tp == nil {
		w.tp = &textPending{}
	}
	w.initialized = true
	if w.writable {
		t.interp.trackText(w)
		w.cleanup.Stop()
		if w.gbuf != nil && w.gbuf.fraw != nil {
			w.cleanup = runtime.AddCleanup(w, func(o textOrphan) {
				o.ws.mu.Lock()
				o.ws.wbuf = append(o.ws.wbuf, o.tp.pending...)
				o.ws.writeOut()
				o.ws.mu.Unlock()
			}, textOrphan{tp: w.tp, ws: w.gbuf.ws})
		}
	}
	return nil
}

// textOrphan is what flushes a collected wrapper's pending text.
type textOrphan struct {
	tp *textPending
	ws *writeState
}

func init() {
	c := TextIOWrapperClass
	c.def("_CHUNK_SIZE", &getSetDescr{name: "_CHUNK_SIZE", owner: c, get: func(t *Thread, o Object) (Object, error) {
		w := unwrap(o).(*TextIOWrapper)
		if err := w.checkAttached(); err != nil {
			return nil, err
		}
		return NewInt(int64(w.chunkSize)), nil
	}, set: func(t *Thread, o, v Object) error {
		w := unwrap(o).(*TextIOWrapper)
		if err := w.checkAttached(); err != nil {
			return err
		}
		if v == nil {
			return NewError(py.AttributeError, "cannot delete attribute")
		}
		n, err := IndexInt(t, v)
		if err != nil {
			return err
		}
		if n <= 0 {
			return NewError(py.ValueError, "a strictly positive integer is required")
		}
		w.chunkSize = n
		return nil
	}})
	c.def("__new__", &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		typ, err := newCheck(args, c, "TextIOWrapper")
		if err != nil {
			return nil, err
		}
		return newInstance(ClassOf(typ), &TextIOWrapper{tp: &textPending{}}), nil
	}})
	ioMethod(c, "__init__", textInit, "nounwrap")
	ioMethod(c, "write", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("write", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		w, err := textSelf(t, args[0])
		if err != nil {
			return nil, err
		}
		s, ok := unwrap(args[1]).(py.String)
		if !ok {
			return nil, NewError(py.TypeError, fmt.Sprintf("write() argument must be str, not %s", TypeName(args[1])))
		}
		if err := w.write(t, string(s)); err != nil {
			return nil, err
		}
		return NewInt(int64(strLen(string(s)))), nil
	}, "nounwrap")
	ioMethod(c, "read", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("read", args, kwnames, 0, 1); err != nil {
			return nil, err
		}
		w := unwrap(args[0]).(*TextIOWrapper)
		if err := w.checkAttached(); err != nil {
			return nil, err
		}
		n, err := optSizeArg(t, args)
		if err != nil {
			return nil, err
		}
		if err := w.checkClosed(t, args[0]); err != nil {
			return nil, err
		}
		s, err := w.read(t, n)
		if err != nil {
			return nil, err
		}
		return py.String(s), nil
	}, "nounwrap")
	ioMethod(c, "readline", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("readline", args, kwnames, 0, 1); err != nil {
			return nil, err
		}
		w := unwrap(args[0]).(*TextIOWrapper)
		if err := w.checkAttached(); err != nil {
			return nil, err
		}
		limit := -1
		if len(args) > 1 {
			if !hasIndex(args[1]) {
				return nil, NewError(py.TypeError, fmt.Sprintf("'%s' object cannot be interpreted as an integer", TypeName(args[1])))
			}
			var err error
			if limit, err = IndexInt(t, args[1]); err != nil {
				return nil, err
			}
		}
		if err := w.checkClosed(t, args[0]); err != nil {
			return nil, err
		}
		s, err := w.readline(t, limit)
		if err != nil {
			return nil, err
		}
		return py.String(s), nil
	}, "nounwrap")
	ioMethod(c, "__next__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		w := unwrap(args[0]).(*TextIOWrapper)
		if err := w.checkAttached(); err != nil {
			return nil, err
		}
		w.telling = false
		var line Object
		if inst, ok := args[0].(*Instance); ok && inst.cls != TextIOWrapperClass {
			l, err := CallMethod(t, args[0], "readline", nil, nil)
			if err != nil {
				return nil, err
			}
			if _, ok := unwrap(l).(py.String); !ok {
				return nil, NewError(py.OSError, fmt.Sprintf("readline() should have returned a str object, not '%s'", TypeName(l)))
			}
			line = l
		} else {
			if err := w.checkClosed(t, args[0]); err != nil {
				return nil, err
			}
			s, err := w.readline(t, -1)
			if err != nil {
				return nil, err
			}
			line = py.String(s)
		}
		if n, _ := Len(t, line); n == 0 {
			w.clearDecoded()
			w.telling = w.seekable
			return nil, NewException(py.StopIteration)
		}
		return line, nil
	}, "nounwrap")
	ioMethod(c, "flush", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("flush", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		w, err := textSelf(t, args[0])
		if err != nil {
			return nil, err
		}
		w.telling = w.seekable
		if err := w.flushPending(t); err != nil {
			return nil, err
		}
		return CallMethod(t, w.buffer, "flush", nil, nil)
	}, "nounwrap")
	ioMethod(c, "close", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("close", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		w := unwrap(args[0]).(*TextIOWrapper)
		if err := w.checkAttached(); err != nil {
			return nil, err
		}
		closed, err := GetAttr(t, args[0], "closed")
		if err != nil {
			return nil, err
		}
		if b, err := Truth(t, closed); err != nil {
			return nil, err
		} else if b {
			return None, nil
		}
		err = flushThenClose(t, args[0], w.buffer)
		w.cleanup.Stop()
		if err != nil {
			return nil, err
		}
		return None, nil
	}, "nounwrap")
	ioMethod(c, "detach", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("detach", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		w := unwrap(args[0]).(*TextIOWrapper)
		if err := w.checkAttached(); err != nil {
			return nil, err
		}
		if _, err := CallMethod(t, args[0], "flush", nil, nil); err != nil {
			return nil, err
		}
		b := w.buffer
		w.buffer, w.gbuf, w.gfio, w.detached = nil, nil, nil, true
		w.cleanup.Stop()
		return b, nil
	}, "nounwrap")
	ioMethod(c, "tell", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("tell", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		w, err := textSelf(t, args[0])
		if err != nil {
			return nil, err
		}
		p, err := w.tell(t)
		if err != nil {
			return nil, err
		}
		return NewInt(p), nil
	}, "nounwrap")
	ioMethod(c, "seek", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("seek", args, kwnames, 1, 2); err != nil {
			return nil, err
		}
		w, err := textSelf(t, args[0])
		if err != nil {
			return nil, err
		}
		whence := 0
		if len(args) > 2 {
			if whence, err = IndexInt(t, args[2]); err != nil {
				return nil, err
			}
		}
		return w.seek(t, args[1], whence)
	}, "nounwrap")
	ioMethod(c, "truncate", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("truncate", args, kwnames, 0, 1); err != nil {
			return nil, err
		}
		w := unwrap(args[0]).(*TextIOWrapper)
		if err := w.checkAttached(); err != nil {
			return nil, err
		}
		if _, err := CallMethod(t, args[0], "flush", nil, nil); err != nil {
			return nil, err
		}
		pos := Object(None)
		if len(args) > 1 {
			pos = args[1]
		}
		return CallMethod(t, w.buffer, "truncate", []Object{pos}, nil)
	}, "nounwrap")
	for _, m := range []string{"fileno", "isatty", "seekable", "readable", "writable"} {
		m := m
		ioMethod(c, m, func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := checkMethodArgs(m, args, kwnames, 0, 0); err != nil {
				return nil, err
			}
			w := unwrap(args[0]).(*TextIOWrapper)
			if err := w.checkAttached(); err != nil {
				return nil, err
			}
			return CallMethod(t, w.buffer, m, nil, nil)
		}, "nounwrap")
	}
	ioMethod(c, "reconfigure", textReconfigure, "nounwrap")
	attached := func(get func(w *TextIOWrapper) (Object, error)) func(t *Thread, o Object) (Object, error) {
		return func(t *Thread, o Object) (Object, error) {
			w := unwrap(o).(*TextIOWrapper)
			if err := w.checkAttached(); err != nil {
				return nil, err
			}
			return get(w)
		}
	}
	c.defGetSet("encoding", func(t *Thread, o Object) (Object, error) {
		w := unwrap(o).(*TextIOWrapper)
		if !w.initialized && !w.detached {
			return nil, NewError(py.ValueError, "I/O operation on uninitialized object")
		}
		return py.String(w.encoding), nil
	}, nil)
	c.defGetSet("errors", func(t *Thread, o Object) (Object, error) {
		w := unwrap(o).(*TextIOWrapper)
		if !w.initialized && !w.detached {
			return nil, NewError(py.ValueError, "I/O operation on uninitialized object")
		}
		return py.String(w.errors), nil
	}, nil)
	c.defGetSet("line_buffering", attached(func(w *TextIOWrapper) (Object, error) { return NewBool(w.lineBuffering), nil }), nil)
	c.defGetSet("write_through", attached(func(w *TextIOWrapper) (Object, error) { return NewBool(w.writeThrough), nil }), nil)
	c.defGetSet("buffer", attached(func(w *TextIOWrapper) (Object, error) { return w.buffer, nil }), nil)
	c.defGetSet("newlines", attached(func(w *TextIOWrapper) (Object, error) { return w.newlinesValue(), nil }), nil)
	c.defGetSet("_finalizing", func(t *Thread, o Object) (Object, error) { return False, nil }, nil)
	c.defGetSet("closed", func(t *Thread, o Object) (Object, error) {
		w := unwrap(o).(*TextIOWrapper)
		if err := w.checkAttached(); err != nil {
			return nil, err
		}
		return GetAttr(t, w.buffer, "closed")
	}, nil)
	c.defGetSet("name", func(t *Thread, o Object) (Object, error) {
		w := unwrap(o).(*TextIOWrapper)
		if err := w.checkAttached(); err != nil {
			return nil, err
		}
		return GetAttr(t, w.buffer, "name")
	}, nil)
	ioMethod(c, "__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		w := unwrap(args[0]).(*TextIOWrapper)
		tn := "_io.TextIOWrapper"
		if inst, ok := args[0].(*Instance); ok && inst.cls != TextIOWrapperClass {
			tn = inst.cls.Type.Name
		}
		if !w.initialized && !w.detached {
			return nil, NewError(py.ValueError, "I/O operation on uninitialized object")
		}
		if t.reprEnter(args[0]) {
			return nil, NewError(py.RuntimeError, fmt.Sprintf("reentrant call inside %s.__repr__", tn))
		}
		defer t.reprLeave(args[0])
		var sb strings.Builder
		sb.WriteString("<" + tn)
		for _, attr := range []string{"name", "mode"} {
			v, err := GetAttr(t, args[0], attr)
			if err != nil {
				if isExceptionType(err, py.AttributeError) || isExceptionType(err, py.ValueError) {
					continue
				}
				return nil, err
			}
			r, err := ReprString(t, v)
			if err != nil {
				return nil, err
			}
			sb.WriteString(" " + attr + "=" + r)
		}
		sb.WriteString(" encoding=" + pystr.Repr(w.encoding) + ">")
		return py.String(sb.String()), nil
	}, "nounwrap")
	readyLater(TextIOWrapperClass)
}

// textReconfigure is TextIOWrapper.reconfigure(*, encoding=None,
// errors=None, newline=Ellipsis, line_buffering=None, write_through=None).
func textReconfigure(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var encoding, errors, newline, lineBuffering, writeThrough Object
	if _, err := ParseClinic(&Params{Func: "reconfigure", Names: []string{"encoding", "errors", "newline", "line_buffering", "write_through"}, KwOnly: 0}, args[1:], kwnames, &encoding, &errors, &newline, &lineBuffering, &writeThrough); err != nil {
		return nil, err
	}
	w := unwrap(args[0]).(*TextIOWrapper)
	if err := w.checkAttached(); err != nil {
		return nil, err
	}
	enc, haveEnc, err := optStr("reconfigure", "encoding", encoding)
	if err != nil {
		return nil, err
	}
	errs, haveErrs, err := optStr("reconfigure", "errors", errors)
	if err != nil {
		return nil, err
	}
	haveNL := newline != nil && newline != py.Ellipsis
	if haveNL {
		if err := checkNewlineArg("reconfigure", newline); err != nil {
			return nil, err
		}
	}
	if w.decoded != "" && (haveEnc || haveErrs || haveNL) {
		return nil, errUnsupported(t, "It is not possible to set the encoding or newline of stream after the first read")
	}
	if _, err := CallMethod(t, args[0], "flush", nil, nil); err != nil {
		return nil, err
	}
	if haveEnc || haveErrs {
		if !haveEnc {
			enc = w.encoding
		} else if enc == "locale" {
			enc = t.interp.localeEncoding()
		}
		if !haveErrs {
			if haveEnc {
				errs = "strict"
			} else {
				errs = w.errors
			}
		}
		codec, err := LookupTextCodec(enc)
		if err != nil {
			return nil, err
		}
		w.codec, w.encoding, w.errors = codec, enc, errs
		if w.decoder != nil {
			w.decoder = codec.NewDecoder(errs)
		}
	}
	if haveNL {
		if err := w.setNewline(newline); err != nil {
			return nil, err
		}
	}
	if lineBuffering != nil && lineBuffering != None {
		if w.lineBuffering, err = Truth(t, lineBuffering); err != nil {
			return nil, err
		}
	}
	if writeThrough != nil && writeThrough != None {
		if w.writeThrough, err = Truth(t, writeThrough); err != nil {
			return nil, err
		}
	}
	return None, nil
}

// compareBool is a rich comparison's truth.
func compareBool(t *Thread, a, b Object, op bytecode.CompareOp) (bool, error) {
	r, err := RichCompare(t, a, b, op)
	if err != nil {
		return false, err
	}
	return Truth(t, r)
}
