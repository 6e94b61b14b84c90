package vm

import (
	"github.com/gilpy/gilpy/interp/codecs"
)

// Text streams in encodings other than the three io_codec.go knows
// itself (UTF-8, ASCII, Latin-1, which keep their fast paths) use package
// codecs: the single-byte code pages, UTF-16 and UTF-32 in either byte
// order, utf-8-sig, unicode_escape. The codecs that begin a stream with a
// mark (utf-16, utf-32, utf-8-sig) also get an encoder per stream, which
// writes the mark once, at the start of the file only, as CPython's
// TextIOWrapper does.

// ioEnv is the codecs.Env of one stream: the thread that is using it
// changes from call to call.
type ioEnv struct{ t *Thread }

func (e *ioEnv) ErrorHandler(name string) (codecs.Handler, error) {
	return codecEnv{e.t}.ErrorHandler(name)
}

func (e *ioEnv) Warn(category, msg string) error { return codecEnv{e.t}.Warn(category, msg) }

// lookupPackageCodec is LookupTextCodec's fallback.
func lookupPackageCodec(name string) (*TextCodec, bool) {
	c, err := codecs.Lookup(name)
	if err != nil {
		return nil, false
	}
	tc := &TextCodec{
		Name: c.Name,
		Encode: func(t *Thread, s, errors string) ([]byte, error) {
			b, err := c.Encode(s, errors, &ioEnv{t})
			return b, CodecError(err)
		},
		NewDecoder: func(errors string) TextDecoder {
			env := &ioEnv{}
			return &packageDecoder{d: c.NewDecoder(errors, env), env: env}
		},
	}
	switch c.Module {
	case "utf_16", "utf_32", "utf_8_sig":
		tc.pkg = c
	default:
		tc.Stateless = true
	}
	return tc, true
}

// packageDecoder is a TextDecoder over a codecs.Decoder.
type packageDecoder struct {
	d   *codecs.Decoder
	env *ioEnv
}

func (p *packageDecoder) Decode(t *Thread, b []byte, final bool) (string, error) {
	p.env.t = t
	s, err := p.d.Decode(b, final)
	return s, CodecError(err)
}

func (p *packageDecoder) Reset() { p.d.Reset() }

// resetKeepingOrder forgets buffered input but keeps what the mark at
// the start of the stream said (the byte order, or that utf-8-sig's
// signature was seen): after a seek into the middle of the stream, the
// bytes there carry no mark.
func (p *packageDecoder) resetKeepingOrder() {
	_, flag := p.d.State()
	p.d.Reset()
	p.d.SetState(nil, flag)
}

// carryOrderTo gives a fresh decoder the byte order (or the
// signature-seen state) this one has reached.
func (p *packageDecoder) carryOrderTo(q *packageDecoder) {
	_, flag := p.d.State()
	q.d.SetState(nil, flag)
}

func (p *packageDecoder) Pending() []byte {
	buf, _ := p.d.State()
	return buf
}

// streamEncoder is the per-stream encoder of a codec that writes a mark.
type streamEncoder struct {
	e   *codecs.Encoder
	env *ioEnv
}

// newStreamEncoder makes the stream's encoder when its codec needs one;
// atStart says whether the stream is at the start of the file (else the
// mark was written before, or the file is appended to, and is not
// written again).
func newStreamEncoder(c *TextCodec, errors string, atStart bool) *streamEncoder {
	if c.pkg == nil {
		return nil
	}
	env := &ioEnv{}
	se := &streamEncoder{e: c.pkg.NewEncoder(errors, env), env: env}
	if !atStart {
		se.e.SetState(0)
	}
	return se
}

func (se *streamEncoder) encode(t *Thread, s string) ([]byte, error) {
	se.env.t = t
	b, err := se.e.Encode(s, false)
	return b, CodecError(err)
}

// seeked follows a seek of the stream: back at the start the mark is due
// again; anywhere else it is not.
func (se *streamEncoder) seeked(pos int) {
	if pos == 0 {
		se.e.Reset()
	} else {
		se.e.SetState(0)
	}
}
