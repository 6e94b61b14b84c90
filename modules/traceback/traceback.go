// Package traceback is the traceback module. Its classes
// (TracebackException, StackSummary, FrameSummary) and functions are
// Python (traceback.py), as CPython's are, so that programs can subclass
// and override them; what they print comes from the VM's traceback
// printer, which the interpreter's own excepthook uses too, through the
// helper module _traceback.
package traceback

import (
	_ "embed"
	"sort"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

//go:embed traceback.py
var source string

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "traceback", Source: source})
	vm.RegisterModule(&vm.ModuleDef{Name: "_traceback", Builtin: true, Init: initHelper})
}

func initHelper(t *vm.Thread, m *vm.Module) error {
	def := func(name, doc string, nargs int, fn vm.BuiltinFn) {
		m.Set(name, vm.NewModuleFunction("_traceback", name, func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
			if err := vm.CheckPositional("_traceback."+name, name, args, kwnames, nargs, nargs); err != nil {
				return nil, err
			}
			return fn(t, args, kwnames)
		}, doc))
	}
	def("format_frame_summary", "The text of one FrameSummary, as StackSummary.format_frame_summary returns it.", 1, formatFrameSummary)
	def("format_stack", "The lines of a StackSummary, with runs of repeated entries folded.", 1, formatStack)
	def("format_tree", "The lines of TracebackException te: format(te, chain).", 2, formatTree)
	def("format_exception_only", "The last lines of TracebackException te.", 1, formatExceptionOnly)
	return nil
}

func attr(t *vm.Thread, o vm.Object, name string) (vm.Object, error) {
	return vm.GetAttr(t, o, name)
}

func strAttr(t *vm.Thread, o vm.Object, name string) (string, error) {
	v, err := attr(t, o, name)
	if err != nil {
		return "", err
	}
	return vm.StrString(t, v)
}

// intOr reads an optional int attribute: def when None.
func intOr(t *vm.Thread, o vm.Object, name string, def int) (int, error) {
	v, err := attr(t, o, name)
	if err != nil || v == vm.None {
		return def, err
	}
	return vm.IndexInt(t, v)
}

// frameOf reads a FrameSummary into the printer's entry.
func frameOf(t *vm.Thread, fs vm.Object) (*vm.TBFrame, error) {
	f := &vm.TBFrame{Col: -1, EndCol: -1}
	var err error
	if f.Filename, err = strAttr(t, fs, "filename"); err != nil {
		return nil, err
	}
	if f.Name, err = strAttr(t, fs, "name"); err != nil {
		return nil, err
	}
	lineno, err := attr(t, fs, "lineno")
	if err != nil {
		return nil, err
	}
	if lineno != vm.None {
		if n, err := vm.IndexInt(t, lineno); err == nil {
			f.Lineno = n
		} else {
			return nil, err
		}
	}
	// The stripped line decides whether a line shows; the original one
	// (indentation and newline kept) where the carets go.
	line, err := attr(t, fs, "line")
	if err != nil {
		return nil, err
	}
	if line != vm.None {
		if ok, err := vm.Truth(t, line); err != nil {
			return nil, err
		} else if ok {
			orig, err := attr(t, fs, "_original_line")
			if err != nil {
				return nil, err
			}
			s, ok := vm.Unwrap(orig).(py.String)
			if !ok {
				s, ok = vm.Unwrap(line).(py.String)
			}
			f.Line, f.HasLine = string(s), ok
		}
	}
	if f.Col, err = intOr(t, fs, "colno", -1); err != nil {
		return nil, err
	}
	if f.EndCol, err = intOr(t, fs, "end_colno", -1); err != nil {
		return nil, err
	}
	if f.EndLineno, err = intOr(t, fs, "end_lineno", 0); err != nil {
		return nil, err
	}
	locals, err := attr(t, fs, "locals")
	if err != nil {
		return nil, err
	}
	if ok, err := vm.Truth(t, locals); err != nil {
		return nil, err
	} else if ok {
		items, err := vm.CallMethod(t, locals, "items", nil, nil)
		if err != nil {
			return nil, err
		}
		pairs, err := vm.Collect(t, items)
		if err != nil {
			return nil, err
		}
		for _, p := range pairs {
			kv, err := vm.Collect(t, p)
			if err != nil {
				return nil, err
			}
			if len(kv) != 2 {
				return nil, vm.NewError(py.ValueError, "locals items must be pairs")
			}
			k, err := vm.StrString(t, kv[0])
			if err != nil {
				return nil, err
			}
			v, err := vm.StrString(t, kv[1])
			if err != nil {
				return nil, err
			}
			f.Locals = append(f.Locals, [2]string{k, v})
		}
		// By name, as the locals of a frame are shown.
		sort.Slice(f.Locals, func(i, j int) bool { return f.Locals[i][0] < f.Locals[j][0] })
	}
	return f, nil
}

func formatFrameSummary(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	f, err := frameOf(t, args[0])
	if err != nil {
		return nil, err
	}
	return py.String(vm.FormatTBFrame(f, vm.TBStyleModule)), nil
}

// formatStack formats a StackSummary through its (possibly overridden)
// format_frame_summary method, skipping entries for which it returns
// None.
func formatStack(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	summary := args[0]
	items, err := vm.Collect(t, summary)
	if err != nil {
		return nil, err
	}
	lines, err := vm.FormatTBEntries(len(items), func(i int) (vm.TBEntryKey, error) {
		fs := items[i]
		fn, err := strAttr(t, fs, "filename")
		if err != nil {
			return vm.TBEntryKey{}, err
		}
		name, err := strAttr(t, fs, "name")
		if err != nil {
			return vm.TBEntryKey{}, err
		}
		lineno, err := attr(t, fs, "lineno")
		return vm.TBEntryKey{Filename: fn, Lineno: lineno, Name: name}, err
	}, func(i int) (string, bool, error) {
		r, err := vm.CallMethod(t, summary, "format_frame_summary", []vm.Object{items[i]}, nil)
		if err != nil || r == vm.None {
			return "", false, err
		}
		s, err := vm.StrString(t, r)
		return s, true, err
	})
	if err != nil {
		return nil, err
	}
	return strList(lines), nil
}

func strList(lines []string) *py.List {
	items := make([]vm.Object, len(lines))
	for i, l := range lines {
		items[i] = py.String(l)
	}
	return &py.List{Items: items}
}

// pyNode is a printer node over a TracebackException object.
type pyNode struct {
	t  *vm.Thread
	te vm.Object
}

func (n *pyNode) node(name string) (vm.TBNode, error) {
	v, err := attr(n.t, n.te, name)
	if err != nil || v == vm.None {
		return nil, err
	}
	return &pyNode{n.t, v}, nil
}

func (n *pyNode) Cause() (vm.TBNode, error)   { return n.node("__cause__") }
func (n *pyNode) Context() (vm.TBNode, error) { return n.node("__context__") }

func (n *pyNode) SuppressContext() (bool, error) {
	v, err := attr(n.t, n.te, "__suppress_context__")
	if err != nil {
		return false, err
	}
	return vm.Truth(n.t, v)
}

func (n *pyNode) Exceptions() ([]vm.TBNode, bool, error) {
	v, err := attr(n.t, n.te, "exceptions")
	if err != nil || v == vm.None {
		return nil, false, err
	}
	items, err := vm.Collect(n.t, v)
	if err != nil {
		return nil, false, err
	}
	out := make([]vm.TBNode, len(items))
	for i, it := range items {
		out[i] = &pyNode{n.t, it}
	}
	return out, true, nil
}

func (n *pyNode) StackLines() ([]string, error) {
	stack, err := attr(n.t, n.te, "stack")
	if err != nil {
		return nil, err
	}
	if ok, err := vm.Truth(n.t, stack); err != nil || !ok {
		return nil, err
	}
	r, err := vm.CallMethod(n.t, stack, "format", nil, nil)
	if err != nil {
		return nil, err
	}
	return strings(n.t, r)
}

func (n *pyNode) OnlyLines() ([]string, error) {
	r, err := vm.CallMethod(n.t, n.te, "format_exception_only", nil, nil)
	if err != nil {
		return nil, err
	}
	return strings(n.t, r)
}

// strings collects an iterable of str.
func strings(t *vm.Thread, o vm.Object) ([]string, error) {
	items, err := vm.Collect(t, o)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(items))
	for i, it := range items {
		s, err := vm.StrString(t, it)
		if err != nil {
			return nil, err
		}
		out[i] = s
	}
	return out, nil
}

func formatTree(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	te := args[0]
	chain, err := vm.Truth(t, args[1])
	if err != nil {
		return nil, err
	}
	width, err := intOr(t, te, "max_group_width", vm.TBMaxGroupWidth)
	if err != nil {
		return nil, err
	}
	depth, err := intOr(t, te, "max_group_depth", vm.TBMaxGroupDepth)
	if err != nil {
		return nil, err
	}
	lines, err := vm.FormatTBTree(&pyNode{t, te}, chain, width, depth)
	if err != nil {
		return nil, err
	}
	return strList(lines), nil
}

// formatExceptionOnly renders a TracebackException's last lines from the
// fields it captured.
func formatExceptionOnly(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	te := args[0]
	excType, err := attr(t, te, "exc_type")
	if err != nil {
		return nil, err
	}
	s, err := strAttr(t, te, "_str")
	if err != nil {
		return nil, err
	}
	x := vm.TBExcOnly{Str: s, Notes: vm.None}
	if notes, err := attr(t, te, "__notes__"); err == nil {
		x.Notes = notes
	} else {
		return nil, err
	}
	typ, ok := excType.(*py.Type)
	if !ok {
		// No type: the message alone, as "None: message".
		x.TypeName = "None"
		lines, err := x.Lines(t)
		if err != nil {
			return nil, err
		}
		return strList(lines[:1]), nil
	}
	x.TypeName = vm.ExcTypeName(t, typ)
	if vm.IsSubtype(typ, py.SyntaxError) {
		x.Syntax = true
		for _, f := range []struct {
			name string
			dst  *vm.Object
		}{{"filename", &x.Filename}, {"lineno", &x.Lineno}, {"text", &x.Text}, {"offset", &x.Offset}, {"end_offset", &x.EndOffset}, {"msg", &x.Msg}} {
			v, err := attr(t, te, f.name)
			if err != nil {
				return nil, err
			}
			*f.dst = v
		}
	}
	lines, err := x.Lines(t)
	if err != nil {
		return nil, err
	}
	return strList(lines), nil
}
