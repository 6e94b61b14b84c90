package vm

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// unraisableMsg is the err_msg sys.unraisablehook receives for
// WriteUnraisable's msg: "Exception ignored <msg>", or None for "in",
// which the default hook spells "Exception ignored in" itself.
func unraisableMsg(msg string) Object {
	if msg == "in" {
		return None
	}
	return py.String("Exception ignored " + msg)
}

// excTracebackObject is exc's traceback, or None.
func excTracebackObject(exc *py.Exception) Object {
	if tb := excTraceback(exc); tb != nil {
		return tb
	}
	return None
}

// unraisableReport is what the default sys.unraisablehook prints for its
// argument's fields, which is not quite a traceback:
//
//   - a first line: "<err_msg>: <repr(object)>"; "Exception ignored in:
//     <repr(object)>" when err_msg is None; "<err_msg>:" when object is
//     None; nothing when both are;
//   - the frames of exc_traceback, and only those: neither the exceptions
//     chained to exc_value nor its notes;
//   - "Type: message", the type qualified by its module as in a
//     traceback, with the colon whenever exc_value is not None, even for
//     an empty message; nothing when exc_type is None.
func (t *Thread) unraisableReport(excType, excValue, tb, errMsg, obj Object) (string, error) {
	var b strings.Builder
	switch {
	case obj != None:
		head := "Exception ignored in"
		if errMsg != None {
			s, err := StrString(t, errMsg)
			if err != nil {
				return "", err
			}
			head = s
		}
		r, err := ReprString(t, obj)
		if err != nil {
			r = "<object repr() failed>"
		}
		b.WriteString(head + ": " + r + "\n")
	case errMsg != None:
		s, err := StrString(t, errMsg)
		if err != nil {
			return "", err
		}
		b.WriteString(s + ":\n")
	}
	if tbv, ok := tb.(*Traceback); ok && tbv != nil {
		n := &excNode{t: t, tb: tbv, src: sourceLines{}}
		if stack, _ := n.StackLines(); len(stack) > 0 {
			b.WriteString("Traceback (most recent call last):\n")
			for _, l := range stack {
				b.WriteString(l)
			}
		}
	}
	if excType == None {
		return b.String(), nil
	}
	if typ, ok := excType.(*py.Type); ok {
		b.WriteString(excTypeName(t, typ))
	} else {
		r, err := ReprString(t, excType)
		if err != nil {
			return "", err
		}
		b.WriteString(r)
	}
	if excValue != None {
		text, ok := safeStr(t, excValue)
		if !ok {
			text = "<exception str() failed>"
		}
		b.WriteString(": " + text)
	}
	b.WriteString("\n")
	return b.String(), nil
}
