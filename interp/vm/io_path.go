package vm

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"syscall"

	"github.com/gilpy/gilpy/gilrt"
	"github.com/gilpy/gilpy/interp/host"
	"github.com/go-python/gpython/py"
)

const blockIO = gilrt.BlockIO

// Paths between Python and the Host. File names are str (or bytes) in
// Python and byte strings for the system; gilpy's file-system encoding
// is UTF-8 with the surrogateescape handler, as CPython's on a UTF-8
// locale, so any name the system gives round-trips.

// FSPath is os.fspath(o): a str or bytes unchanged, else what its
// __fspath__ returns (which must be a str or bytes).
func FSPath(t *Thread, o Object) (Object, error) {
	switch unwrap(o).(type) {
	case py.String, py.Bytes:
		return o, nil
	}
	m := classOfObject(o).Lookup("__fspath__")
	if m == nil || m == None {
		return nil, NewError(py.TypeError, fmt.Sprintf("expected str, bytes or os.PathLike object, not %s", TypeName(o)))
	}
	r, err := callMethod(t, m, o, nil, nil)
	if err != nil {
		return nil, err
	}
	switch unwrap(r).(type) {
	case py.String, py.Bytes:
		return r, nil
	}
	return nil, NewError(py.TypeError, fmt.Sprintf("expected %s.__fspath__() to return str or bytes, not %s", TypeName(o), TypeName(r)))
}

// fsEncodeName converts a str or bytes file name to the system's bytes.
func fsEncodeName(p Object) (string, error) {
	var s string
	switch v := unwrap(p).(type) {
	case py.String:
		b, err := encodeUTF8(nil, string(v), "surrogateescape")
		if err != nil {
			return "", err
		}
		s = string(b)
	case py.Bytes:
		s = string(v)
	default:
		return "", NewError(py.TypeError, fmt.Sprintf("expected str, bytes or os.PathLike object, not %s", TypeName(p)))
	}
	if strings.IndexByte(s, 0) >= 0 {
		return "", NewError(py.ValueError, "embedded null byte")
	}
	return s, nil
}

// FSEncode converts a path-like object to the system's bytes, and says
// whether it was given as bytes (results are then bytes too).
func FSEncode(t *Thread, o Object) (name string, isBytes bool, err error) {
	p, err := FSPath(t, o)
	if err != nil {
		return "", false, err
	}
	_, isBytes = unwrap(p).(py.Bytes)
	name, err = fsEncodeName(p)
	return name, isBytes, err
}

// FSDecode converts a name from the system to str (surrogateescape for
// bytes that are not UTF-8) or, when asBytes, to bytes.
func FSDecode(name string, asBytes bool) Object {
	if asBytes {
		return py.Bytes(name)
	}
	d := utf8Decoder{errors: "surrogateescape"}
	s, _ := d.Decode(nil, []byte(name), true)
	return py.String(s)
}

// OSErrorFor is the OSError a failed host operation raises: the subclass
// its errno picks, with filename (and filename2 when not nil) as the
// objects the program gave.
func OSErrorFor(err error, filename, filename2 Object) error {
	return osErrorObj2(err, filename, filename2)
}

func osErrorObj(err error, filename Object) error { return osErrorObj2(err, filename, nil) }

func osErrorObj2(err error, filename, filename2 Object) error {
	if err == nil {
		return nil
	}
	var e *py.Exception
	if errors.As(err, &e) {
		return e
	}
	if errors.Is(err, errors.ErrUnsupported) {
		return NewError(py.NotImplementedError, "operation not supported by the host")
	}
	errno, ok := errnoOf(err)
	if !ok {
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
	typ := py.OSError
	if c, ok := errnoClasses[errno]; ok {
		typ = c
	}
	msg := strerror(errno)
	var pe *host.PolicyError
	if errors.As(err, &pe) && pe.Policy != "" {
		msg += " (" + pe.Policy + ")"
	}
	// Built as OSError(errno, strerror, filename, 0, filename2) would
	// be: args keeps only errno and strerror when a file is named.
	x := &py.Exception{Base: typ}
	args := Tuple{NewInt(int64(errno)), py.String(msg)}
	if filename != nil {
		args = append(args, filename)
		if filename2 != nil {
			args = append(args, NewInt(0), filename2)
		}
	}
	if err := osErrorInit(nil, x, args); err != nil {
		return err
	}
	return x
}

// strerror is the C library's message for errno (os.strerror).
func strerror(errno syscall.Errno) string {
	if s, ok := glibcMessages[errno]; ok {
		return s
	}
	msg := errno.Error()
	if msg == "" || strings.HasPrefix(msg, "errno ") {
		return fmt.Sprintf("Unknown error %d", int(errno))
	}
	return strings.ToUpper(msg[:1]) + msg[1:]
}

// glibcMessages are the messages where Go's table and the C library's
// differ in more than the first letter's case.
var glibcMessages = map[syscall.Errno]string{0: "Success", 133: "Memory page has hardware error"}
