package vm

import "github.com/go-python/gpython/py"

// Warn issues a warning from builtin code, as CPython's C functions do
// with PyErr_WarnEx(category, msg, 1): through warnings.warn, so that the
// program's filters apply and the warning is attributed to the Python
// frame that called the builtin. An error comes back when a filter
// turned the warning into an exception. Without a warnings module to
// import, CPython's default filters and display are applied here.
func (t *Thread) Warn(category *py.Type, msg string) error {
	wm := t.warningsModule()
	if wm == nil {
		filename, lineno := "sys", 1
		var module Object
		if f := t.frame; f != nil {
			filename, lineno = f.code.Filename, f.Line()
			if name, ok := f.globals.GetStr("__name__"); ok {
				module = name
			}
		}
		return t.defaultWarn(category, msg, filename, lineno, module, nil)
	}
	warn, err := GetAttr(t, wm, "warn")
	if err != nil {
		return err
	}
	_, err = Call(t, warn, []Object{py.String(msg), category, NewInt(1)}, nil)
	return err
}
