package vm

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"syscall"

	"github.com/go-python/gpython/py"
)

func excArg(o Object) *py.Exception { return o.(*py.Exception) }

func excArgs(e *py.Exception) Tuple {
	if t, ok := e.Args.(Tuple); ok {
		return t
	}
	return Tuple{}
}

// errnoClasses maps errno values to the OSError subclass CPython picks
// when OSError is called with that errno.
var errnoClasses = map[syscall.Errno]*py.Type{
	syscall.ENOENT: py.FileNotFoundError, syscall.EEXIST: py.FileExistsError,
	syscall.EACCES: py.PermissionError, syscall.EPERM: py.PermissionError,
	syscall.ENOTDIR: py.NotADirectoryError, syscall.EISDIR: py.IsADirectoryError,
	syscall.EINTR: py.InterruptedError, syscall.EAGAIN: py.BlockingIOError,
	syscall.EALREADY: py.BlockingIOError, syscall.EINPROGRESS: py.BlockingIOError,
	syscall.ECHILD: py.ChildProcessError, syscall.EPIPE: py.BrokenPipeError,
	syscall.ESHUTDOWN: py.BrokenPipeError, syscall.ECONNABORTED: py.ConnectionAbortedError,
	syscall.ECONNREFUSED: py.ConnectionRefusedError, syscall.ECONNRESET: py.ConnectionResetError,
	syscall.ESRCH: py.ProcessLookupError, syscall.ETIMEDOUT: py.TimeoutError,
}

// osError converts a Go error from the operating system into the OSError
// subclass Python raises for it, with errno, strerror and filename.
func osError(err error, filename string) error {
	if err == nil {
		return nil
	}
	var e *py.Exception
	if errors.As(err, &e) {
		return e
	}
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			errno = syscall.ENOENT
		case errors.Is(err, fs.ErrExist):
			errno = syscall.EEXIST
		case errors.Is(err, fs.ErrPermission):
			errno = syscall.EACCES
		default:
			return NewError(py.OSError, err.Error())
		}
	}
	if filename == "" {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			filename = pe.Path
		}
	}
	return newOSError(errno, filename)
}

// newOSError makes the OSError for an errno.
func newOSError(errno syscall.Errno, filename string) *py.Exception {
	typ := py.OSError
	if c, ok := errnoClasses[errno]; ok {
		typ = c
	}
	msg := errno.Error()
	if msg != "" {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	e := &py.Exception{Base: typ, Args: Tuple{NewInt(int64(errno)), py.String(msg)}}
	setExcAttr(e, "errno", NewInt(int64(errno)))
	setExcAttr(e, "strerror", py.String(msg))
	if filename != "" {
		setExcAttr(e, "filename", py.String(filename))
	}
	return e
}

func init() {
	b := baseExcClass
	for _, e := range exceptionTypes() {
		if c := ClassOf(e); c.native != nil {
			c.def("__doc__", py.String(e.Doc))
		}
	}
	b.def("__new__", &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		typ, ok := args[0].(*py.Type)
		if !ok || !IsSubtype(typ, py.BaseException) {
			return nil, NewError(py.TypeError, "BaseException.__new__(X): X is not a subtype of BaseException")
		}
		npos := len(args) - len(kwnames)
		e := &py.Exception{Base: typ, Args: Tuple(append([]Object(nil), args[1:npos]...))}
		return e, nil
	}})
	b.defMethod("__init__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		e := excArg(args[0])
		if len(kwnames) > 0 {
			typ := TypeOf(e)
			if !acceptsKeywords(typ) {
				return nil, NewError(py.TypeError, fmt.Sprintf("%s() takes no keyword arguments", typ.Name))
			}
		}
		npos := len(args) - len(kwnames)
		pos := Tuple(append([]Object(nil), args[1:npos]...))
		e.Args = pos
		return None, initExceptionAttrs(t, e, pos, args[npos:], kwnames)
	}, "", "nounwrap")
	b.defMethod("__str__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return excStr(t, excArg(args[0]))
	}, "", "nounwrap")
	b.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		e := excArg(args[0])
		a := excArgs(e)
		name := TypeOf(e).Name
		if len(a) == 1 {
			r, err := ReprString(t, a[0])
			if err != nil {
				return nil, err
			}
			return py.String(name + "(" + r + ")"), nil
		}
		r, err := ReprString(t, a)
		if err != nil {
			return nil, err
		}
		if len(a) == 0 {
			return py.String(name + "()"), nil
		}
		return py.String(name + r), nil
	}, "", "nounwrap")
	b.defGetSet("args", func(t *Thread, o Object) (Object, error) { return excArgs(excArg(o)), nil },
		func(t *Thread, o, v Object) error {
			if v == nil {
				return NewError(py.TypeError, "args may not be deleted")
			}
			items, err := Collect(t, v)
			if err != nil {
				return err
			}
			excArg(o).Args = Tuple(items)
			return nil
		})
	b.defGetSet("__traceback__", func(t *Thread, o Object) (Object, error) {
		if tb := excTraceback(excArg(o)); tb != nil {
			return tb, nil
		}
		return None, nil
	}, func(t *Thread, o, v Object) error {
		switch v.(type) {
		case *Traceback:
			excArg(o).Traceback = v
		case py.NoneType:
			excArg(o).Traceback = nil
		default:
			return NewError(py.TypeError, "__traceback__ must be a traceback or None")
		}
		return nil
	})
	b.defGetSet("__context__", func(t *Thread, o Object) (Object, error) { return orNone(excArg(o).Context), nil },
		func(t *Thread, o, v Object) error {
			switch v.(type) {
			case *py.Exception:
				excArg(o).Context = v
			case py.NoneType:
				excArg(o).Context = nil
			default:
				return NewError(py.TypeError, "exception context must be None or derive from BaseException")
			}
			return nil
		})
	b.defGetSet("__cause__", func(t *Thread, o Object) (Object, error) { return orNone(excArg(o).Cause), nil },
		func(t *Thread, o, v Object) error {
			switch v.(type) {
			case *py.Exception:
				excArg(o).Cause = v
			case py.NoneType:
				excArg(o).Cause = nil
			default:
				return NewError(py.TypeError, "exception cause must be None or derive from BaseException")
			}
			excArg(o).SuppressContext = true
			return nil
		})
	b.defGetSet("__suppress_context__", func(t *Thread, o Object) (Object, error) {
		return NewBool(excArg(o).SuppressContext), nil
	}, func(t *Thread, o, v Object) error {
		s, err := Truth(t, v)
		excArg(o).SuppressContext = s
		return err
	})
	b.defGetSet("__dict__", func(t *Thread, o Object) (Object, error) {
		return excUserDictCreate(excArg(o)), nil
	}, func(t *Thread, o, v Object) error {
		if v == nil {
			return NewError(py.TypeError, "__dict__ may not be deleted")
		}
		d, ok := asDict(v)
		if !ok {
			return NewError(py.TypeError, "__dict__ must be a dictionary")
		}
		setExcAttr(excArg(o), excDictKey, d)
		return nil
	})
	b.defMethod("with_traceback", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("with_traceback", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		e := excArg(args[0])
		switch args[1].(type) {
		case *Traceback:
			e.Traceback = args[1]
		case py.NoneType:
			e.Traceback = nil
		default:
			return nil, NewError(py.TypeError, "__traceback__ must be a traceback or None")
		}
		return e, nil
	}, "", "nounwrap")
	b.defMethod("add_note", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("add_note", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		note := args[1]
		if !IsInstance(note, py.StringType) {
			return nil, NewError(py.TypeError, fmt.Sprintf("note must be a str, not '%s'", TypeName(note)))
		}
		e := args[0]
		has, err := HasAttr(t, e, "__notes__")
		if err != nil {
			return nil, err
		}
		if !has {
			if err := SetAttr(t, e, "__notes__", &py.List{}); err != nil {
				return nil, err
			}
		}
		notes, err := GetAttr(t, e, "__notes__")
		if err != nil {
			return nil, err
		}
		l, ok := asList(notes)
		if !ok {
			return nil, NewError(py.TypeError, "Cannot add note: __notes__ is not a list")
		}
		l.Items = append(l.Items, note)
		return None, nil
	}, "", "nounwrap")
	b.defMethod("__reduce__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		e := excArg(args[0])
		if d := excUserDict(e); d != nil {
			return Tuple{TypeOf(e), excArgs(e), d}, nil
		}
		return Tuple{TypeOf(e), excArgs(e)}, nil
	}, "", "nounwrap")
	b.defMethod("__setstate__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := checkMethodArgs("__setstate__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		if args[1] == None {
			return None, nil
		}
		d, ok := asDict(args[1])
		if !ok {
			return nil, NewError(py.TypeError, "state is not a dictionary")
		}
		var err error
		d.Items(func(k, v Object) bool {
			name, nerr := attrName(k)
			if nerr != nil {
				err = nerr
				return false
			}
			err = SetAttr(t, args[0], name, v)
			return err == nil
		})
		return None, err
	}, "", "nounwrap")

	ClassOf(py.KeyError).defMethod("__str__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		e := excArg(args[0])
		if a := excArgs(e); len(a) == 1 {
			return Repr(t, a[0])
		}
		return excStr(t, e)
	}, "", "nounwrap")
	ClassOf(py.OSError).defMethod("__str__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		// Fields count when set, even to None (as C's non-NULL).
		e := excArg(args[0])
		errno, hasErrno := e.Dict["errno"]
		strerror, hasStrerror := e.Dict["strerror"]
		fn, hasFn := e.Dict["filename"]
		fn2, hasFn2 := e.Dict["filename2"]
		str := func(o Object, present bool) (string, error) {
			if !present {
				return "(null)", nil
			}
			return StrString(t, o)
		}
		es, err := str(errno, hasErrno)
		if err != nil {
			return nil, err
		}
		ss, err := str(strerror, hasStrerror)
		if err != nil {
			return nil, err
		}
		if hasFn {
			fr, err := ReprString(t, fn)
			if err != nil {
				return nil, err
			}
			if hasFn2 {
				fr2, err := ReprString(t, fn2)
				if err != nil {
					return nil, err
				}
				return py.String(fmt.Sprintf("[Errno %s] %s: %s -> %s", es, ss, fr, fr2)), nil
			}
			return py.String(fmt.Sprintf("[Errno %s] %s: %s", es, ss, fr)), nil
		}
		if hasErrno && hasStrerror {
			return py.String(fmt.Sprintf("[Errno %s] %s", es, ss)), nil
		}
		return excStr(t, e)
	}, "", "nounwrap")
	ClassOf(py.SyntaxError).defMethod("__str__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		e := excArg(args[0])
		msg := e.Dict["msg"]
		if msg == nil {
			msg = None
		}
		ms, err := StrString(t, msg)
		if err != nil {
			return nil, err
		}
		// The file's last path component, when filename is a str; the
		// line when lineno is exactly an int.
		fn, hasFile := unwrap(orNone(e.Dict["filename"])).(py.String)
		if i := strings.LastIndexByte(string(fn), '/'); i >= 0 {
			fn = fn[i+1:]
		}
		ln, hasLine := e.Dict["lineno"].(py.Int)
		switch {
		case hasFile && hasLine:
			return py.String(fmt.Sprintf("%s (%s, line %d)", ms, fn, ln)), nil
		case hasFile:
			return py.String(fmt.Sprintf("%s (%s)", ms, fn)), nil
		case hasLine:
			return py.String(fmt.Sprintf("%s (line %d)", ms, ln)), nil
		}
		return py.String(ms), nil
	}, "", "nounwrap")
	ClassOf(py.ImportError).defMethod("__str__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		e := excArg(args[0])
		if m, ok := e.Dict["msg"]; ok && m != None {
			return Str(t, m)
		}
		return excStr(t, e)
	}, "", "nounwrap")
	ClassOf(py.UnicodeDecodeError).defMethod("__str__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return unicodeErrorStr(t, excArg(args[0]), "decode")
	}, "", "nounwrap")
	ClassOf(py.UnicodeEncodeError).defMethod("__str__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return unicodeErrorStr(t, excArg(args[0]), "encode")
	}, "", "nounwrap")
	ClassOf(py.UnicodeTranslateError).defMethod("__str__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return unicodeErrorStr(t, excArg(args[0]), "translate")
	}, "", "nounwrap")
	// Attributes of specific exceptions, read from the instance dict with
	// a default when unset.
	for typ, names := range map[*py.Type][]string{
		py.StopIteration:  {"value"},
		py.SystemExit:     {"code"},
		py.OSError:        {"errno", "strerror", "filename", "filename2"},
		py.SyntaxError:    {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"},
		py.ImportError:    {"msg", "name", "path"},
		py.NameError:      {"name"},
		py.AttributeError: {"name", "obj"},
		py.UnicodeError:   {"encoding", "object", "start", "end", "reason"},
	} {
		c := ClassOf(typ)
		for _, n := range names {
			n := n
			c.defMember(n, func(t *Thread, o Object) (Object, error) {
				if v, ok := excArg(o).Dict[n]; ok {
					return v, nil
				}
				return None, nil
			}, func(t *Thread, o, v Object) error {
				if v == nil {
					delete(excArg(o).Dict, n)
					return nil
				}
				setExcAttr(excArg(o), n, v)
				return nil
			})
		}
	}
}

func init() {
	// OSError.characters_written exists only once set (BlockingIOError's
	// third argument sets it).
	ClassOf(py.OSError).defGetSet("characters_written", func(t *Thread, o Object) (Object, error) {
		if v, ok := excArg(o).Dict["characters_written"]; ok {
			return v, nil
		}
		return nil, NewError(py.AttributeError, "characters_written")
	}, func(t *Thread, o, v Object) error {
		e := excArg(o)
		if v == nil {
			if _, ok := e.Dict["characters_written"]; !ok {
				return NewError(py.AttributeError, "characters_written")
			}
			delete(e.Dict, "characters_written")
			return nil
		}
		n, err := IndexValue(t, v)
		if err != nil {
			return err
		}
		setExcAttr(e, "characters_written", NewBigInt(n))
		return nil
	})
}

// acceptsKeywords reports whether an exception class's constructor takes
// keyword arguments (ImportError, NameError, AttributeError do; a class
// defined in Python with its own __init__ may).
func acceptsKeywords(typ *py.Type) bool {
	for _, b := range []*py.Type{py.ImportError, py.NameError, py.AttributeError} {
		if IsSubtype(typ, b) {
			return true
		}
	}
	c := ClassOf(typ)
	return c.flags&clsHeap != 0 && c.special(spInit) != baseExcClass.Lookup("__init__")
}

// initExceptionAttrs sets the attributes a builtin exception derives
// from its arguments.
func initExceptionAttrs(t *Thread, e *py.Exception, pos Tuple, kwvals []Object, kwnames Tuple) error {
	typ := TypeOf(e)
	kw := func(name string) (Object, bool) {
		for i, k := range kwnames {
			if string(k.(py.String)) == name {
				return kwvals[i], true
			}
		}
		return nil, false
	}
	for _, k := range kwnames {
		name := string(k.(py.String))
		ok := false
		switch {
		case IsSubtype(typ, py.ImportError):
			ok = name == "name" || name == "path"
		case IsSubtype(typ, py.NameError):
			ok = name == "name"
		case IsSubtype(typ, py.AttributeError):
			ok = name == "name" || name == "obj"
		default:
			ok = ClassOf(typ).flags&clsHeap != 0
		}
		if !ok {
			return NewError(py.TypeError, fmt.Sprintf("'%s' is an invalid keyword argument for %s()", name, typ.Name))
		}
	}
	switch {
	case IsSubtype(typ, py.StopIteration):
		if len(pos) > 0 {
			setExcAttr(e, "value", pos[0])
		} else {
			setExcAttr(e, "value", None)
		}
	case IsSubtype(typ, py.SystemExit):
		switch len(pos) {
		case 0:
			setExcAttr(e, "code", None)
		case 1:
			setExcAttr(e, "code", pos[0])
		default:
			setExcAttr(e, "code", pos)
		}
	case IsSubtype(typ, py.ImportError):
		if len(pos) == 1 {
			setExcAttr(e, "msg", pos[0])
		}
		if v, ok := kw("name"); ok {
			setExcAttr(e, "name", v)
		}
		if v, ok := kw("path"); ok {
			setExcAttr(e, "path", v)
		}
	case IsSubtype(typ, py.NameError):
		if v, ok := kw("name"); ok {
			setExcAttr(e, "name", v)
		}
	case IsSubtype(typ, py.AttributeError):
		if v, ok := kw("name"); ok {
			setExcAttr(e, "name", v)
		}
		if v, ok := kw("obj"); ok {
			setExcAttr(e, "obj", v)
		}
	case IsSubtype(typ, py.SyntaxError):
		if len(pos) >= 1 {
			setExcAttr(e, "msg", pos[0])
		}
		if len(pos) == 2 {
			items, err := Collect(t, pos[1])
			if err != nil {
				return err
			}
			info := Tuple(items)
			if len(info) < 4 {
				return NewError(py.TypeError, fmt.Sprintf("function takes at least 4 arguments (%d given)", len(info)))
			}
			if len(info) > 6 {
				return NewError(py.TypeError, fmt.Sprintf("function takes at most 6 arguments (%d given)", len(info)))
			}
			for i, n := range []string{"filename", "lineno", "offset", "text", "end_lineno", "end_offset"} {
				if i < len(info) {
					setExcAttr(e, n, info[i])
				}
			}
		}
	case IsSubtype(typ, py.UnicodeError):
		return initUnicodeError(t, e, pos)
	}
	return nil
}

// OSError's own __new__ and __init__. As in CPython, OSError parses its
// arguments in __new__, except for a subclass that overrides __init__ but
// not __new__, which parses them in __init__ (so that it can change
// them first).
var osErrorNewFn, osErrorInitFn Object

func osErrorUseInit(typ *py.Type) bool {
	c := ClassOf(typ)
	return c.Lookup("__init__") != osErrorInitFn && c.Lookup("__new__") == osErrorNewFn
}

func init() {
	c := ClassOf(py.OSError)
	nf := &BuiltinFunction{Name: "__new__", Fn: func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		typ := args[0].(*py.Type)
		npos := len(args) - len(kwnames)
		pos := Tuple(append([]Object(nil), args[1:npos]...))
		if !osErrorUseInit(typ) {
			if len(kwnames) > 0 {
				return nil, NewError(py.TypeError, fmt.Sprintf("%s() takes no keyword arguments", typ.Name))
			}
			if typ == py.OSError && len(pos) >= 2 && len(pos) <= 5 {
				if n, ok := pos[0].(py.Int); ok {
					if sub, ok := errnoClasses[syscall.Errno(n)]; ok {
						typ = sub
					}
				}
			}
		}
		e := &py.Exception{Base: typ, Args: pos}
		if !osErrorUseInit(typ) {
			if err := osErrorInit(t, e, pos); err != nil {
				return nil, err
			}
		}
		return e, nil
	}}
	c.def("__new__", nf)
	osErrorNewFn = nf
	osErrorInitFn = c.defMethod("__init__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		e := excArg(args[0])
		typ := TypeOf(e)
		if !osErrorUseInit(typ) {
			return None, nil // done by __new__
		}
		if len(kwnames) > 0 {
			return nil, NewError(py.TypeError, fmt.Sprintf("%s() takes no keyword arguments", typ.Name))
		}
		return None, osErrorInit(t, e, Tuple(append([]Object(nil), args[1:]...)))
	}, "Initialize self.", "nounwrap")
	c.defMethod("__reduce__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		e := excArg(args[0])
		a := excArgs(e)
		if fn, ok := e.Dict["filename"]; ok && len(a) == 2 {
			if fn2, ok := e.Dict["filename2"]; ok {
				a = Tuple{a[0], a[1], fn, None, fn2}
			} else {
				a = Tuple{a[0], a[1], fn}
			}
		}
		if d := excInstanceDict(e); d != nil {
			return Tuple{TypeOf(e), a, d}, nil
		}
		return Tuple{TypeOf(e), a}, nil
	}, "", "nounwrap")
}

// osErrorInit sets an OSError's attributes from its arguments, as
// CPython's oserror_init: with two to five arguments, errno and
// strerror, then filename (whose presence trims args to the first two;
// a number is BlockingIOError's characters_written instead) and
// filename2.
func osErrorInit(t *Thread, e *py.Exception, args Tuple) error {
	e.Args = args
	if len(args) < 2 || len(args) > 5 {
		return nil
	}
	var filename, filename2 Object
	if len(args) >= 3 {
		filename = args[2]
	}
	if len(args) == 5 {
		filename2 = args[4]
	}
	if filename != nil && filename != None {
		if TypeOf(e) == py.BlockingIOError && isNumber(filename) {
			n, err := IndexValue(t, filename)
			if err != nil {
				return err
			}
			setExcAttr(e, "characters_written", NewBigInt(n))
		} else {
			setExcAttr(e, "filename", filename)
			if filename2 != nil && filename2 != None {
				setExcAttr(e, "filename2", filename2)
			}
			e.Args = Tuple{args[0], args[1]}
		}
	}
	setExcAttr(e, "errno", args[0])
	setExcAttr(e, "strerror", args[1])
	return nil
}

// isNumber reports whether o is a number (has __index__, __int__ or
// __float__), as PyNumber_Check.
func isNumber(o Object) bool {
	switch unwrap(o).(type) {
	case py.Int, *py.BigInt, py.Bool, py.Float, py.Complex:
		return true
	}
	c := classOfObject(o)
	return c.special(spIndex) != nil || c.special(spInt) != nil || c.special(spFloat) != nil
}

// excInstanceDict is an exception's __dict__ when it has one.
func excInstanceDict(e *py.Exception) *Dict { return excUserDict(e) }

// excStr is BaseException.__str__.
func excStr(t *Thread, e *py.Exception) (Object, error) {
	a := excArgs(e)
	switch len(a) {
	case 0:
		return py.String(""), nil
	case 1:
		return Str(t, a[0])
	}
	return Str(t, a)
}

var _ = os.Getpid
