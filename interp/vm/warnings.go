package vm

import (
	"fmt"
	"os"
	"strings"

	"github.com/gilpy/gilpy/interp/syntax"
	"github.com/go-python/gpython/py"
)

// WarnExplicit issues a warning the way CPython's C code does
// (PyErr_WarnExplicitObject): through the warnings module's warn_explicit
// when that module is imported or importable, so that the program's
// filters and showwarning apply; otherwise with CPython's default filters
// and display. module and registry may be nil (None). An error comes back
// when a filter turned the warning into an exception.
func (t *Thread) WarnExplicit(category *py.Type, msg, filename string, lineno int, module, registry Object) error {
	if wm := t.warningsModule(); wm != nil {
		fn, err := GetAttr(t, wm, "warn_explicit")
		if err != nil {
			return err
		}
		if module == nil {
			module = None
		}
		if registry == nil {
			registry = None
		}
		_, err = Call(t, fn, []Object{py.String(msg), category, py.String(filename), NewInt(int64(lineno)), module, registry}, nil)
		return err
	}
	return t.defaultWarn(category, msg, filename, lineno, module, registry)
}

// warningsModule returns the warnings module, importing it when the
// program has not yet (CPython imports it at start-up), or nil when
// there is none to import.
func (t *Thread) warningsModule() Object {
	if m, ok := t.interp.modules.GetStr("warnings"); ok {
		if m == None {
			return nil
		}
		return m
	}
	m, err := t.ImportModule("warnings")
	if err != nil {
		return nil
	}
	return m
}

// defaultWarn applies CPython's default warning filters (DeprecationWarning
// shown only for __main__; PendingDeprecationWarning, ImportWarning and
// ResourceWarning ignored; anything else shown once per registry and
// location) and prints what passes in CPython's format.
func (t *Thread) defaultWarn(category *py.Type, msg, filename string, lineno int, module, registry Object) error {
	mod := ""
	if s, ok := module.(py.String); ok {
		mod = string(s)
	} else {
		mod = strings.TrimSuffix(filename, ".py")
		if filename == "" {
			mod = "<unknown>"
		}
	}
	switch {
	case IsSubtype(category, py.DeprecationWarning):
		if mod != "__main__" {
			return nil
		}
	case IsSubtype(category, py.PendingDeprecationWarning), IsSubtype(category, py.ImportWarning),
		IsSubtype(category, py.ResourceWarning):
		return nil
	}
	if reg, ok := registry.(*Dict); ok {
		key := Tuple{py.String(msg), category, NewInt(int64(lineno))}
		v, found, err := reg.Get(t, key)
		if err != nil {
			return err
		}
		if found {
			if b, _ := Truth(t, v); b {
				return nil
			}
		}
		if err := reg.Set(t, key, True); err != nil {
			return err
		}
	}
	text := fmt.Sprintf("%s:%d: %s: %s\n", filename, lineno, category.Name, msg)
	if line := sourceLine(filename, lineno); line != "" {
		text += "  " + line + "\n"
	}
	t.WriteStderr(text)
	return nil
}

// sourceLine returns line lineno of the file, stripped, or "" (as
// linecache gives nothing for names like "<string>").
func sourceLine(filename string, lineno int) string {
	if filename == "" || lineno < 1 || strings.HasPrefix(filename, "<") && strings.HasSuffix(filename, ">") {
		return ""
	}
	data, err := os.ReadFile(filename)
	if err != nil {
		return ""
	}
	lines := strings.SplitAfter(string(data), "\n")
	if lineno > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[lineno-1])
}

// compileWarner returns the handler the compiler gives its warnings to:
// each is issued on thread t, and one that a filter turns into an
// exception of its own category becomes a SyntaxError, as in CPython.
func (t *Thread) compileWarner() syntax.WarnFunc {
	return func(w syntax.Warning) error {
		cat := py.SyntaxWarning
		if w.Category == "DeprecationWarning" {
			cat = py.DeprecationWarning
		}
		err := t.WarnExplicit(cat, w.Msg, w.Filename, w.Lineno, nil, nil)
		if err == nil {
			return nil
		}
		exc := t.asException(err)
		if IsSubtype(TypeOf(exc), cat) {
			return syntax.ErrWarningIsError
		}
		return exc
	}
}
