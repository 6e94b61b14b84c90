package vm

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"
)

// open() and the _io module. The builtin open is _io.open, the same
// object (io.open is open).

// openFunction returns the interpreter's open().
func (in *Interp) openFunction() Object {
	if v, ok := in.builtins.GetStr("open"); ok {
		if bf, ok := v.(*BuiltinFunction); ok && bf.Name == "open" && bf.Module == "io" {
			return bf
		}
	}
	return &BuiltinFunction{Name: "open", Fn: builtinOpen, Self: in.builtinsModule, Module: "io", Doc: openDoc}
}

// setupOpen adds open to the builtins.
func (in *Interp) setupOpen() {
	in.builtins.SetStr("open", &BuiltinFunction{Name: "open", Fn: builtinOpen, Self: in.builtinsModule, Module: "io", Doc: openDoc})
}

const openDoc = "open(file, mode='r', ...): a file object for file (a name or a descriptor); OSError when that fails."

// builtinOpen is open(file, mode='r', buffering=-1, encoding=None,
// errors=None, newline=None, closefd=True, opener=None).
func builtinOpen(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	var file, mode, buffering, encoding, errors, newline, closefd, opener Object
	if _, err := ParseClinic(&Params{Func: "open", Names: []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, KwOnly: -1, Required: 1}, args, kwnames, &file, &mode, &buffering, &encoding, &errors, &newline, &closefd, &opener); err != nil {
		return nil, err
	}
	modeStr := "r"
	if mode != nil {
		s, ok := unwrap(mode).(py.String)
		if !ok {
			return nil, NewError(py.TypeError, fmt.Sprintf("open() argument 'mode' must be str, not %s", TypeName(mode)))
		}
		modeStr = string(s)
	}
	bufSize := -1
	if buffering != nil {
		if _, ok := buffering.(py.Float); ok {
			return nil, NewError(py.TypeError, "'float' object cannot be interpreted as an integer")
		}
		n, err := IndexInt(t, buffering)
		if err != nil {
			return nil, err
		}
		bufSize = n
	}
	_, haveEnc, err := optStr("open", "encoding", encoding)
	if err != nil {
		return nil, err
	}
	_, haveErrs, err := optStr("open", "errors", errors)
	if err != nil {
		return nil, err
	}
	if _, _, err := optStr("open", "newline", newline); err != nil {
		return nil, err
	}
	if closefd == nil {
		closefd = True
	}
	if opener == nil {
		opener = None
	}
	if !hasIndex(file) && !isStrOrBytes(file) {
		if _, isFloat := file.(py.Float); !isFloat {
			p, err := FSPath(t, file)
			if err != nil {
				return nil, err
			}
			file = p
		}
	}
	var creating, reading, writing, appending, updating, text, binary bool
	for i, c := range modeStr {
		if !strings.ContainsRune("rwxabt+", c) || strings.ContainsRune(modeStr[i+1:], c) {
			return nil, NewError(py.ValueError, "invalid mode: "+reprStr(modeStr))
		}
		switch c {
		case 'x':
			creating = true
		case 'r':
			reading = true
		case 'w':
			writing = true
		case 'a':
			appending = true
		case '+':
			updating = true
		case 't':
			text = true
		case 'b':
			binary = true
		}
	}
	rawMode := ""
	for _, k := range []struct {
		on bool
		c  string
	}{{creating, "x"}, {reading, "r"}, {writing, "w"}, {appending, "a"}} {
		if k.on {
			rawMode += k.c
		}
	}
	if updating {
		rawMode += "+"
	}
	if text && binary {
		return nil, NewError(py.ValueError, "can't have text and binary mode at once")
	}
	n := 0
	for _, b := range []bool{creating, reading, writing, appending} {
		if b {
			n++
		}
	}
	if n > 1 {
		return nil, NewError(py.ValueError, "must have exactly one of create/read/write/append mode")
	}
	if binary {
		switch {
		case haveEnc:
			return nil, NewError(py.ValueError, "binary mode doesn't take an encoding argument")
		case haveErrs:
			return nil, NewError(py.ValueError, "binary mode doesn't take an errors argument")
		case newline != nil && newline != None:
			return nil, NewError(py.ValueError, "binary mode doesn't take a newline argument")
		}
		if bufSize == 1 {
			if err := t.Warn(py.RuntimeWarning, "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used", 1); err != nil {
				return nil, err
			}
		}
	}
	raw, err := Call(t, FileIOClass.T(), []Object{file, py.String(rawMode), closefd, opener}, nil)
	if err != nil {
		return nil, err
	}
	result := raw
	fail := func(err error) (Object, error) {
		_, _ = CallMethod(t, result, "close", nil, nil)
		return nil, err
	}
	fio := unwrap(raw).(*FileIO)
	lineBuffering := false
	if bufSize == 1 || bufSize < 0 {
		tty, err := CallMethod(t, raw, "isatty", nil, nil)
		if err != nil {
			return fail(err)
		}
		if bufSize == 1 || tty == True {
			bufSize, lineBuffering = -1, true
		}
	}
	if bufSize < 0 {
		bufSize = int(fio.blksize)
		if bufSize <= 1 {
			bufSize = DefaultBufferSize
		}
	}
	if bufSize == 0 {
		if binary {
			return raw, nil
		}
		return fail(NewError(py.ValueError, "can't have unbuffered text I/O"))
	}
	cls := BufferedReaderClass
	switch {
	case updating:
		cls = BufferedRandomClass
	case creating || writing || appending:
		cls = BufferedWriterClass
	}
	buffer, err := Call(t, cls.T(), []Object{raw, NewInt(int64(bufSize))}, nil)
	if err != nil {
		return fail(err)
	}
	result = buffer
	if binary {
		return buffer, nil
	}
	if encoding == nil {
		encoding = None
	}
	if errors == nil {
		errors = None
	}
	if newline == nil {
		newline = None
	}
	wrapper, err := Call(t, TextIOWrapperClass.T(), []Object{buffer, encoding, errors, newline, NewBool(lineBuffering)}, nil)
	if err != nil {
		return fail(err)
	}
	result = wrapper
	if err := SetAttr(t, wrapper, "mode", py.String(modeStr)); err != nil {
		return fail(err)
	}
	return wrapper, nil
}

func reprStr(s string) string {
	r, _ := ReprString(nil, py.String(s))
	return r
}

// Warn issues a warning through the warnings module (warnings.warn(msg,
// category, stacklevel)); when that module is not there it prints the
// warning to stderr as warnings does by default.
func (t *Thread) Warn(category *py.Type, msg string, stacklevel int) error {
	mod, err := t.ImportModule("warnings")
	if err == nil {
		w, err := GetAttr(t, mod, "warn")
		if err != nil {
			return err
		}
		_, err = Call(t, w, []Object{py.String(msg), category, NewInt(int64(stacklevel))}, nil)
		return err
	}
	if !isExceptionType(err, py.ImportError) {
		return err
	}
	file, line := "sys", 1
	if f := t.frame; f != nil {
		file, line = f.code.Filename, f.Line()
	}
	_, _ = t.interp.stderr.WriteString(fmt.Sprintf("%s:%d: %s: %s\n", file, line, category.Name, msg))
	return nil
}

// setupIOModule fills the _io module.
func setupIOModule(t *Thread, m *Module) error {
	in := t.interp
	m.Set("open", in.openFunction())
	m.Set("open_code", &BuiltinFunction{Name: "open_code", Module: "io", Self: m, Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		var path Object
		if _, err := ParseClinic(&Params{Func: "open_code", Names: []string{"path"}, KwOnly: -1, Required: 1}, args, kwnames, &path); err != nil {
			return nil, err
		}
		if _, ok := unwrap(path).(py.String); !ok {
			return nil, NewError(py.TypeError, fmt.Sprintf("open_code() argument 'path' must be str, not %s", TypeName(path)))
		}
		return builtinOpen(t, []Object{path, py.String("rb")}, nil)
	}})
	m.Set("text_encoding", &BuiltinFunction{Name: "text_encoding", Module: "io", Self: m, Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		var enc, level Object
		if _, err := ParseClinic(&Params{Func: "text_encoding", Names: []string{"encoding", "stacklevel"}, KwOnly: -1, Required: 1}, args, kwnames, &enc, &level); err != nil {
			return nil, err
		}
		if enc == None {
			return py.String("locale"), nil
		}
		return enc, nil
	}})
	m.Set("DEFAULT_BUFFER_SIZE", NewInt(DefaultBufferSize))
	m.Set("UnsupportedOperation", in.UnsupportedOperation(t))
	m.Set("BlockingIOError", py.BlockingIOError)
	for _, c := range []*Class{IOBaseClass, RawIOBaseClass, BufferedIOBaseClass, TextIOBaseClass,
		FileIOClass, BytesIOClass, StringIOClass, BufferedReaderClass, BufferedWriterClass,
		BufferedRandomClass, BufferedRWPairClass, TextIOWrapperClass, IncrementalNewlineDecoderClass} {
		m.Set(c.ShortName(), c.T())
	}
	return nil
}

func init() {
	RegisterModule(&ModuleDef{Name: "_io", Builtin: true, Init: setupIOModule})
}
