package vm

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"
)

// Struct sequences are CPython's named tuples implemented in C:
// time.struct_time, os.stat_result, threading.ExceptHookArgs. An instance
// is a tuple of the visible fields, with every field (visible or not) also
// readable as an attribute:
//
//	st := time.gmtime(0)
//	st[0] == st.tm_year, len(st) == 9, st.tm_zone (not in the tuple)
//
// Here an instance is an *Instance whose base is the tuple of visible
// fields and whose slots hold the hidden ones.

// StructSeqDef describes a struct sequence type.
type StructSeqDef struct {
	Module, Name string
	Doc          string
	// Fields names every field, the visible ones first.
	Fields []string
	// Visible is how many fields the tuple holds (n_sequence_fields);
	// zero means all of them.
	Visible int
	// Unnamed is how many of the last visible fields have no name of
	// their own (n_unnamed_fields): os.stat_result's integer times, which
	// are read by index only. Fields then omits them; as in CPython, a
	// repr labels the tuple's items with the names in Fields in order, so
	// the unnamed ones borrow the names of the first hidden fields.
	Unnamed int
}

// structSeqInfo is what a struct sequence Class knows about its fields.
type structSeqInfo struct {
	fields  []string // by position ("" for an unnamed field)
	labels  []string // the names in Fields order, for the repr
	visible int
}

var structSeqs = map[*Class]*structSeqInfo{}

// NewStructSeqType makes a struct sequence type. Like NewType, call it at
// start-up only.
func NewStructSeqType(def StructSeqDef) *Class {
	c := NewType(def.Module, def.Name, def.Doc, tupleClass, 0)
	c.layout = layoutBuiltin
	info := &structSeqInfo{fields: def.Fields, labels: def.Fields, visible: def.Visible}
	if info.visible == 0 {
		info.visible = len(def.Fields)
	}
	if def.Unnamed > 0 {
		named := info.visible - def.Unnamed
		info.fields = append(append(append([]string(nil), def.Fields[:named]...), make([]string, def.Unnamed)...), def.Fields[named:]...)
	}
	structSeqs[c] = info
	c.def("n_sequence_fields", NewInt(int64(info.visible)))
	c.def("n_fields", NewInt(int64(len(info.fields))))
	c.def("n_unnamed_fields", NewInt(int64(def.Unnamed)))
	var match Tuple
	for _, name := range info.fields[:info.visible] {
		if name != "" {
			match = append(match, py.String(name))
		}
	}
	c.def("__match_args__", match)
	for i, name := range info.fields {
		i := i
		if name == "" {
			continue
		}
		c.defGetSet(name, func(t *Thread, o Object) (Object, error) {
			inst := o.(*Instance)
			if i < info.visible {
				return inst.base.(Tuple)[i], nil
			}
			return inst.slots[i-info.visible], nil
		}, func(t *Thread, o, v Object) error {
			return NewError(py.AttributeError, "readonly attribute")
		})
	}
	c.DefNew(func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		return structSeqNew(t, c, info, args, kwnames)
	})
	c.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		inst := args[0].(*Instance)
		var b strings.Builder
		b.WriteString(inst.cls.Type.Name)
		b.WriteByte('(')
		for i, v := range inst.base.(Tuple) {
			if i > 0 {
				b.WriteString(", ")
			}
			r, err := ReprString(t, v)
			if err != nil {
				return nil, err
			}
			b.WriteString(info.labels[i])
			b.WriteByte('=')
			b.WriteString(r)
		}
		b.WriteByte(')')
		return py.String(b.String()), nil
	}, "Return repr(self).", "nounwrap")
	c.defMethod("__reduce__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		inst := args[0].(*Instance)
		hidden := NewDict(len(inst.slots))
		for i, v := range inst.slots {
			hidden.SetStr(info.fields[info.visible+i], v)
		}
		return Tuple{inst.cls.T(), Tuple{inst.base, hidden}}, nil
	}, "", "nounwrap")
	return c
}

// NewStructSeq makes an instance of the struct sequence type c from the
// values of all its fields, in order.
func NewStructSeq(c *Class, values ...Object) Object {
	info := structSeqs[c]
	if info == nil || len(values) != len(info.fields) {
		panic("vm: NewStructSeq: wrong type or number of values for " + c.Name())
	}
	vis := make(Tuple, info.visible)
	copy(vis, values)
	inst := &Instance{cls: c, base: vis}
	if n := len(info.fields) - info.visible; n > 0 {
		inst.slots = append([]Object(nil), values[info.visible:]...)
	}
	return inst
}

// StructSeqValues returns every field of a struct sequence instance, or
// nil if o is not one.
func StructSeqValues(o Object) []Object {
	inst, ok := o.(*Instance)
	if !ok || structSeqs[inst.cls] == nil {
		return nil
	}
	return append(append([]Object(nil), inst.base.(Tuple)...), inst.slots...)
}

// structSeqNew is a struct sequence type's __new__(cls, sequence,
// dict=None).
func structSeqNew(t *Thread, c *Class, info *structSeqInfo, args []Object, kwnames Tuple) (Object, error) {
	var seqArg, dictArg Object
	if _, err := ParseArgs(&Params{Func: "structseq", Names: []string{"sequence", "dict"}, Required: 1, KwOnly: -1}, args[1:], kwnames, &seqArg, &dictArg); err != nil {
		return nil, err
	}
	name := c.Type.Name
	if !isSequenceLike(seqArg) {
		return nil, NewError(py.TypeError, "constructor requires a sequence")
	}
	items, err := Collect(t, seqArg)
	if err != nil {
		return nil, err
	}
	var dict *Dict
	if dictArg != nil {
		d, ok := asDict(dictArg)
		if !ok {
			return nil, NewError(py.TypeError, fmt.Sprintf("%s() takes a dict as second arg, if any", name))
		}
		dict = d
	}
	n, min, max := len(items), info.visible, len(info.fields)
	switch {
	case n < min && min == max:
		return nil, NewError(py.TypeError, fmt.Sprintf("%s() takes a %d-sequence (%d-sequence given)", name, min, n))
	case n < min:
		return nil, NewError(py.TypeError, fmt.Sprintf("%s() takes an at least %d-sequence (%d-sequence given)", name, min, n))
	case n > max && min == max:
		return nil, NewError(py.TypeError, fmt.Sprintf("%s() takes a %d-sequence (%d-sequence given)", name, max, n))
	case n > max:
		return nil, NewError(py.TypeError, fmt.Sprintf("%s() takes an at most %d-sequence (%d-sequence given)", name, max, n))
	}
	values := make([]Object, max)
	copy(values, items)
	for i := n; i < max; i++ {
		values[i] = None
		if dict != nil {
			if v, ok := dict.GetStr(info.fields[i]); ok {
				values[i] = v
			}
		}
	}
	return NewStructSeq(c, values...), nil
}

// isSequenceLike reports whether o can be the sequence argument of a
// struct sequence constructor: CPython accepts any iterable there except
// that it requires one at all.
func isSequenceLike(o Object) bool {
	c := classOfObject(o)
	return c.special(spIter) != nil || c.special(spGetItem) != nil
}
