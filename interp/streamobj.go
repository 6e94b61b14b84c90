package interp

import (
	"github.com/go-python/gpython/py"
)

// streamType is the Python type of sys.stdout and sys.stderr.
var streamType = py.NewType("TextIOWrapper", "Character and line based layer over a buffered stream.")

// streamObject is sys.stdout or sys.stderr as the program sees it.
type streamObject struct {
	out  *outStream
	name string
}

func (s *streamObject) Type() *py.Type { return streamType }

func newStreamObject(out *outStream, name string) *streamObject {
	return &streamObject{out: out, name: name}
}

func init() {
	streamType.Dict["write"] = py.MustNewMethod("write", func(self py.Object, arg py.Object) (py.Object, error) {
		s := self.(*streamObject)
		str, ok := arg.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "write() argument must be str, not %s", arg.Type().Name)
		}
		if _, err := s.out.WriteString(string(str)); err != nil {
			return nil, py.ExceptionNewf(py.OSError, "%v", err)
		}
		return py.Int(len([]rune(string(str)))), nil
	}, 0, "Write string to stream.")
	streamType.Dict["flush"] = py.MustNewMethod("flush", func(self py.Object) (py.Object, error) {
		if err := self.(*streamObject).out.Flush(); err != nil {
			return nil, py.ExceptionNewf(py.OSError, "%v", err)
		}
		return py.None, nil
	}, 0, "Flush the write buffers of the stream.")
}
