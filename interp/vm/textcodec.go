package vm

import (
	"fmt"

	"github.com/gilpy/gilpy/interp/codecs"
	"github.com/go-python/gpython/py"
)

// Text encodings: the bridge between package codecs (the encoders and
// decoders, in Go) and Python: the error handlers and codec search
// functions a program registers (codecs.register_error, codecs.register),
// Unicode errors as exception objects, and str.encode / bytes.decode.
//
// The encodings package codecs implements are used directly, without
// going through Python; an encoding it does not know is looked up, as in
// CPython, through the search functions (the first of which is the
// encodings package's, registered when Python code first needs the
// registry).

// codecRegistry is one interpreter's codec state.
type codecRegistry struct {
	search   []Object          // codec search functions, in order
	cache    map[string]Object // normalized name -> CodecInfo
	handlers map[string]Object // error handlers registered from Python
	ready    bool              // the encodings package has been imported
}

func (in *Interp) codecState() *codecRegistry {
	if in.codecs == nil {
		in.codecs = &codecRegistry{cache: map[string]Object{}, handlers: map[string]Object{}}
	}
	return in.codecs
}

// codecEnv gives package codecs the thread's registered error handlers
// and its warnings.
type codecEnv struct{ t *Thread }

// CodecEnv returns the codecs.Env that resolves error handlers registered
// by the thread's program.
func CodecEnv(t *Thread) codecs.Env { return codecEnv{t} }

func (env codecEnv) ErrorHandler(name string) (codecs.Handler, error) {
	fn, ok := env.t.interp.codecState().handlers[name]
	if !ok {
		return nil, Errorf(py.LookupError, "unknown error handler name '%s'", name)
	}
	t := env.t
	return func(e *codecs.Error) (codecs.Replacement, error) {
		return callErrorHandler(t, fn, e)
	}, nil
}

// Warn issues a warning through the warnings module when the program can
// import one.
func (env codecEnv) Warn(category, msg string) error {
	var cat Object
	switch category {
	case "DeprecationWarning":
		cat = py.DeprecationWarning
	default:
		cat = py.Warning
	}
	m, err := env.t.ImportModule("warnings")
	if err != nil {
		if isExceptionType(err, py.ImportError) {
			return nil
		}
		return err
	}
	warn, err := GetAttr(env.t, m, "warn")
	if err != nil {
		return err
	}
	_, err = Call(env.t, warn, []Object{py.String(msg), cat, NewInt(2)}, nil)
	return err
}

// callErrorHandler calls an error handler written in Python and checks
// what it returns.
func callErrorHandler(t *Thread, fn Object, e *codecs.Error) (codecs.Replacement, error) {
	exc := NewUnicodeError(e)
	r, err := Call(t, fn, []Object{exc}, nil)
	if err != nil {
		return codecs.Replacement{}, err
	}
	msg := "encoding error handler must return (str/bytes, int) tuple"
	if e.Decode {
		msg = "decoding error handler must return (str, int) tuple"
	}
	tup, ok := r.(Tuple)
	if !ok || len(tup) != 2 || !hasIndex(tup[1]) {
		return codecs.Replacement{}, NewError(py.TypeError, msg)
	}
	pos, err := IndexInt(t, tup[1])
	if err != nil {
		return codecs.Replacement{}, err
	}
	switch v := unwrap(tup[0]).(type) {
	case py.String:
		return codecs.Replacement{Str: string(v), Pos: pos}, nil
	case py.Bytes:
		if !e.Decode {
			return codecs.Replacement{Bytes: v, IsBytes: true, Pos: pos}, nil
		}
	}
	return codecs.Replacement{}, NewError(py.TypeError, msg)
}

// NewUnicodeError makes the UnicodeEncodeError or UnicodeDecodeError
// exception object of a codec error.
func NewUnicodeError(e *codecs.Error) *py.Exception {
	typ := py.UnicodeEncodeError
	var obj Object = py.String(e.Str)
	if e.Decode {
		typ = py.UnicodeDecodeError
		obj = py.Bytes(append([]byte(nil), e.Bytes...))
	}
	args := Tuple{py.String(e.Encoding), obj, NewInt(int64(e.Start)), NewInt(int64(e.End)), py.String(e.Reason)}
	exc := NewException(typ, args...)
	for i, n := range []string{"encoding", "object", "start", "end", "reason"} {
		setExcAttr(exc, n, args[i])
	}
	return exc
}

// CodecError turns an error from package codecs into the Python
// exception to raise; Python exceptions (from handlers written in
// Python) pass unchanged.
func CodecError(err error) error {
	switch e := err.(type) {
	case nil:
		return nil
	case *codecs.Error:
		return NewUnicodeError(e)
	case *codecs.PyError:
		typ := py.ValueError
		switch e.Type {
		case "LookupError":
			typ = py.LookupError
		case "TypeError":
			typ = py.TypeError
		case "UnicodeError":
			typ = py.UnicodeError
		case "IndexError":
			typ = py.IndexError
		}
		return NewError(typ, e.Msg)
	}
	return err
}

// UnicodeErrorOf reads a UnicodeEncodeError or UnicodeDecodeError
// exception object back into a codec error, for the standard error
// handlers called from Python; other objects get CPython's TypeError.
func UnicodeErrorOf(t *Thread, exc Object) (*codecs.Error, error) {
	e, ok := exc.(*py.Exception)
	decode := ok && IsSubtype(TypeOf(e), py.UnicodeDecodeError)
	if !ok || !decode && !IsSubtype(TypeOf(e), py.UnicodeEncodeError) {
		return nil, Errorf(py.TypeError, "don't know how to handle %s in error callback", TypeName(exc))
	}
	ce := &codecs.Error{Decode: decode}
	attr := func(name string) Object { return excAttr(e, name) }
	enc, ok := unwrap(attr("encoding")).(py.String)
	if !ok {
		return nil, NewError(py.TypeError, "encoding attribute must be unicode")
	}
	ce.Encoding = string(enc)
	if decode {
		b, err := bytesOf(t, attr("object"))
		if err != nil {
			return nil, NewError(py.TypeError, "object attribute must be bytes")
		}
		ce.Bytes = b
	} else {
		s, ok := unwrap(attr("object")).(py.String)
		if !ok {
			return nil, NewError(py.TypeError, "object attribute must be unicode")
		}
		ce.Str = string(s)
	}
	size := len(ce.Bytes)
	if !decode {
		size = strLen(ce.Str)
	}
	for _, f := range []struct {
		name string
		p    *int
	}{{"start", &ce.Start}, {"end", &ce.End}} {
		v := attr(f.name)
		if v == nil || !hasIndex(v) {
			return nil, Errorf(py.TypeError, "%s attribute must be int", f.name)
		}
		n, err := IndexInt(t, v)
		if err != nil {
			return nil, err
		}
		*f.p = n
	}
	// As CPython's accessors: start is clamped into the object, end to
	// at least 1 and at most its length.
	if ce.Start < 0 {
		ce.Start = 0
	}
	if ce.Start >= size {
		ce.Start = max(size-1, 0)
	}
	if ce.End < 1 {
		ce.End = 1
	}
	if ce.End > size {
		ce.End = size
	}
	if r, ok := unwrap(attr("reason")).(py.String); ok {
		ce.Reason = string(r)
	}
	return ce, nil
}

// RegisterErrorHandler is codecs.register_error.
func RegisterErrorHandler(t *Thread, name string, fn Object) error {
	if !IsCallable(fn) {
		return NewError(py.TypeError, "handler must be callable")
	}
	t.interp.codecState().handlers[name] = fn
	return nil
}

// RegisteredErrorHandler returns the handler a program registered under
// name, if any.
func RegisteredErrorHandler(t *Thread, name string) (Object, bool) {
	fn, ok := t.interp.codecState().handlers[name]
	return fn, ok
}

// RegisterCodecSearch is codecs.register.
func RegisterCodecSearch(t *Thread, fn Object) error {
	if !IsCallable(fn) {
		return NewError(py.TypeError, "argument must be callable")
	}
	reg := t.interp.codecState()
	reg.search = append(reg.search, fn)
	return nil
}

// UnregisterCodecSearch is codecs.unregister: it forgets fn and empties
// the lookup cache.
func UnregisterCodecSearch(t *Thread, fn Object) {
	reg := t.interp.codecState()
	for i, f := range reg.search {
		if Is(f, fn) {
			reg.search = append(reg.search[:i:i], reg.search[i+1:]...)
			reg.cache = map[string]Object{}
			return
		}
	}
}

// LookupCodec is codecs.lookup: the CodecInfo the search functions give
// for an encoding name.
func LookupCodec(t *Thread, name string) (Object, error) {
	reg := t.interp.codecState()
	if !reg.ready {
		reg.ready = true
		if _, err := t.ImportModule("encodings"); err != nil {
			reg.ready = false
			return nil, err
		}
	}
	for i := 0; i < len(name); i++ {
		if name[i] == 0 {
			return nil, NewError(py.ValueError, "embedded null character")
		}
	}
	key := codecs.Normalize(name)
	if info, ok := reg.cache[key]; ok {
		return info, nil
	}
	for _, f := range reg.search {
		r, err := Call(t, f, []Object{py.String(key)}, nil)
		if err != nil {
			return nil, err
		}
		if r == None {
			continue
		}
		if tup, ok := unwrap(r).(Tuple); !ok || len(tup) != 4 {
			return nil, NewError(py.TypeError, "codec search functions must return 4-tuples")
		}
		reg.cache[key] = r
		return r, nil
	}
	return nil, Errorf(py.LookupError, "unknown encoding: %s", name)
}

// textCodec looks up a codec for str.encode or bytes.decode (fn names
// which): one of package codecs', or else a CodecInfo registered from
// Python, which must be a text encoding.
func textCodec(t *Thread, encoding, fn string) (*codecs.Codec, Object, error) {
	c, err := codecs.Lookup(encoding)
	if err == nil {
		return c, nil, nil
	}
	info, err := LookupCodec(t, encoding)
	if err != nil {
		return nil, nil, err
	}
	if v, err := GetAttr(t, info, "_is_text_encoding"); err == nil {
		if ok, err := Truth(t, v); err != nil {
			return nil, nil, err
		} else if !ok {
			return nil, nil, Errorf(py.LookupError, "'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs", encoding, fn)
		}
	}
	return nil, info, nil
}

// EncodeText is str.encode: s encoded with the named encoding.
func EncodeText(t *Thread, s, encoding, errors string) (Object, error) {
	c, info, err := textCodec(t, encoding, "encode")
	if err != nil {
		return nil, err
	}
	if c != nil {
		b, err := c.Encode(s, errors, codecEnv{t})
		if err != nil {
			return nil, wrapCodecError(CodecError(err), "encoding", encoding)
		}
		return py.Bytes(b), nil
	}
	r, err := callCodec(t, info, 0, py.String(s), errors, "encoder")
	if err != nil {
		return nil, wrapCodecError(err, "encoding", encoding)
	}
	if _, ok := unwrap(r).(py.Bytes); !ok {
		return nil, Errorf(py.TypeError, "'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types", encoding, TypeName(r))
	}
	return unwrap(r), nil
}

// DecodeText is bytes.decode: b decoded with the named encoding.
func DecodeText(t *Thread, b []byte, encoding, errors string) (Object, error) {
	c, info, err := textCodec(t, encoding, "decode")
	if err != nil {
		return nil, err
	}
	if c != nil {
		s, err := c.Decode(b, errors, codecEnv{t})
		if err != nil {
			return nil, wrapCodecError(CodecError(err), "decoding", encoding)
		}
		return py.String(s), nil
	}
	r, err := callCodec(t, info, 1, py.Bytes(append([]byte(nil), b...)), errors, "decoder")
	if err != nil {
		return nil, wrapCodecError(err, "decoding", encoding)
	}
	if _, ok := unwrap(r).(py.String); !ok {
		return nil, Errorf(py.TypeError, "'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types", encoding, TypeName(r))
	}
	return r, nil
}

// callCodec calls item i of a CodecInfo (0 encoder, 1 decoder) and
// returns the first item of the (object, length) tuple it returns.
func callCodec(t *Thread, info Object, i int, arg Object, errors, what string) (Object, error) {
	fn, err := GetItem(t, info, NewInt(int64(i)))
	if err != nil {
		return nil, err
	}
	r, err := Call(t, fn, []Object{arg, py.String(errors)}, nil)
	if err != nil {
		return nil, err
	}
	tup, ok := unwrap(r).(Tuple)
	if !ok || len(tup) != 2 {
		return nil, Errorf(py.TypeError, "%s must return a tuple (object, integer)", what)
	}
	return tup[0], nil
}

// ForgetCodec is codecs._forget_codec: the named codec leaves the lookup
// cache.
func ForgetCodec(t *Thread, name string) {
	delete(t.interp.codecState().cache, codecs.Normalize(name))
}

// CodecCall is codecs.encode (which "encode") or codecs.decode: obj
// passed through the encoder or decoder of the codec registered under
// encoding, whatever types it takes and returns.
func CodecCall(t *Thread, which string, obj Object, encoding, errors string) (Object, error) {
	info, err := LookupCodec(t, encoding)
	if err != nil {
		return nil, err
	}
	i, what, verb := 0, "encoder", "encoding"
	if which == "decode" {
		i, what, verb = 1, "decoder", "decoding"
	}
	r, err := callCodec(t, info, i, obj, errors, what)
	if err != nil {
		return nil, wrapCodecErrorAlways(err, verb, encoding)
	}
	return r, nil
}

// The encodings str.encode and bytes.decode handle without the codec
// registry in CPython; their errors are not wrapped.
var directEncodings = map[string]bool{
	"utf8": true, "utf_8": true, "utf16": true, "utf_16": true, "utf32": true, "utf_32": true,
	"ascii": true, "us_ascii": true, "latin1": true, "latin_1": true, "iso_8859_1": true, "iso8859_1": true,
}

// wrapCodecError is wrapCodecErrorAlways except for the encodings
// CPython's str.encode and bytes.decode handle directly.
func wrapCodecError(err error, verb, encoding string) error {
	if directEncodings[codecs.Normalize(encoding)] {
		return err
	}
	return wrapCodecErrorAlways(err, verb, encoding)
}

// customExceptionInit are the builtin exceptions whose objects hold more
// than their arguments, which CPython never wraps.
var customExceptionInit = []*py.Type{
	py.AttributeError, py.NameError, py.ImportError, py.OSError, py.StopIteration, StopAsyncIteration,
	py.SyntaxError, py.SystemExit, py.UnicodeEncodeError, py.UnicodeDecodeError, py.UnicodeTranslateError,
	BaseExceptionGroup,
}

// wrapCodecErrorAlways re-raises an exception a codec raised as a new
// exception of the same type saying which codec failed ("encoding with
// 'cp1252' codec failed (LookupError: unknown error handler name 'x')"),
// caused by the original, when the exception is a plain one (its type
// keeps no state besides the arguments, which are empty or one str), as
// CPython does.
func wrapCodecErrorAlways(err error, verb, encoding string) error {
	e, ok := err.(*py.Exception)
	if !ok || len(e.Dict) > 0 {
		return err
	}
	typ := TypeOf(e)
	for _, c := range customExceptionInit {
		if IsSubtype(typ, c) {
			return err
		}
	}
	for _, c := range ClassOf(typ).mro {
		if c.flags&clsHeap == 0 {
			break
		}
		_, hasInit := c.ns.GetStr("__init__")
		_, hasNew := c.ns.GetStr("__new__")
		if hasInit || hasNew {
			return err
		}
	}
	args := excArgs(e)
	if len(args) > 1 {
		return err
	}
	if len(args) == 1 {
		if _, ok := args[0].(py.String); !ok {
			return err
		}
	}
	text := ""
	if len(args) == 1 {
		text = string(args[0].(py.String))
	}
	w := NewException(typ, py.String(fmt.Sprintf("%s with '%s' codec failed (%s: %s)", verb, encoding, typ.Name, text)))
	w.Cause = e
	w.SuppressContext = true
	return w
}

// StrLen returns len(s) of a str's text: its number of code points.
func StrLen(s string) int { return strLen(s) }
