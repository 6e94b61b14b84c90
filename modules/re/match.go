package re

import (
	"fmt"
	"math"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/gilpy/gilpy/modules/re/engine"
	"github.com/go-python/gpython/py"
)

// MatchType is re.Match.
var MatchType = vm.NewType("re", "Match", "What a successful match, search or fullmatch gives: the groups and where they matched. Always true.", nil, 0)

// Match is the result of a successful match.
type Match struct {
	pat  *Pattern
	subj *subject
	// spans: the start and end of the match, then of each group (-1, -1
	// for a group that did not take part).
	spans       []int
	pos, endpos int
	lastindex   int
	regs        vm.Object
}

// Type implements py.Object.
func (m *Match) Type() *vm.Type { return MatchType.T() }

func (p *Pattern) newMatch(s *subject, st *engine.State) (vm.Object, error) {
	spans := st.Spans(make([]int, 0, 2*(p.prog.Groups+1)))
	if err := checkSpans(spans); err != nil {
		return nil, err
	}
	return &Match{pat: p, subj: s, spans: spans, pos: st.Pos(), endpos: st.EndPos(), lastindex: st.LastIndex()}, nil
}

func (m *Match) groups() int { return len(m.spans) / 2 }

// index resolves a group given by number or name.
func (m *Match) index(t *vm.Thread, o vm.Object) (int, error) {
	i := -1
	if vm.HasIndex(o) {
		b, err := vm.IndexValue(t, o)
		if err != nil {
			return 0, err
		}
		switch {
		case b.IsInt64():
			if b.Int64() < math.MinInt32 || b.Int64() > math.MaxInt32 {
				i = -1
			} else {
				i = int(b.Int64())
			}
		default:
			i = -1
		}
	} else if len(m.pat.prog.Names) > 0 {
		d, err := m.pat.groupIndexDict(t)
		if err != nil {
			return 0, err
		}
		v, ok, err := d.Get(t, o)
		if err != nil {
			return 0, err
		}
		if ok {
			if n, isInt := v.(py.Int); isInt {
				i = int(n)
			}
		}
	}
	if i < 0 || i >= m.groups() {
		return 0, vm.NewError(py.IndexError, "no such group")
	}
	return i, nil
}

// group returns the text of group i, or def when it did not take part.
func (m *Match) group(i int, def vm.Object) vm.Object {
	if m.spans[2*i] < 0 {
		return def
	}
	return m.subj.slice(m.spans[2*i], m.spans[2*i+1])
}

func (m *Match) groupOf(t *vm.Thread, o vm.Object, def vm.Object) (vm.Object, error) {
	i, err := m.index(t, o)
	if err != nil {
		return nil, err
	}
	return m.group(i, def), nil
}

func mself(args []vm.Object) *Match { return args[0].(*Match) }

// defaultArg binds (default=None) for groups and groupdict.
func defaultArg(name string, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	var def vm.Object
	if _, err := vm.ParseClinic(&vm.Params{Func: name, Names: []string{"default"}, KwOnly: -1}, args, kwnames, &def); err != nil {
		return nil, err
	}
	if def == nil {
		def = vm.None
	}
	return def, nil
}

// groupArg binds the optional positional group of start, end and span.
func groupArg(name string, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	if err := vm.NoKeywords("Match."+name, kwnames); err != nil {
		return nil, err
	}
	if err := vm.CheckArgs(name, args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return vm.NewInt(0), nil
	}
	return args[0], nil
}

func init() {
	c := MatchType
	c.DefMethod("group", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		m := mself(args)
		if err := vm.NoKeywords("Match.group", kwnames); err != nil {
			return nil, err
		}
		switch len(args) - 1 {
		case 0:
			return m.group(0, vm.None), nil
		case 1:
			return m.groupOf(t, args[1], vm.None)
		}
		out := make(vm.Tuple, len(args)-1)
		for i, a := range args[1:] {
			g, err := m.groupOf(t, a, vm.None)
			if err != nil {
				return nil, err
			}
			out[i] = g
		}
		return out, nil
	}, "group(*groups)\n    The text of one group (a tuple for several), named or numbered;\n    group 0, the default, is the whole match.")
	c.DefMethod("__getitem__", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		// CPython's __getitem__ here is a slot wrapper, whose keyword
		// refusal names it so.
		if len(kwnames) > 0 {
			return nil, vm.Errorf(py.TypeError, "wrapper __getitem__() takes no keyword arguments")
		}
		if err := vm.CheckMethodArgs("__getitem__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		return mself(args).groupOf(t, args[1], vm.None)
	}, "Return self[key].")
	c.DefMethod("groups", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		m := mself(args)
		def, err := defaultArg("groups", args[1:], kwnames)
		if err != nil {
			return nil, err
		}
		out := make(vm.Tuple, m.groups()-1)
		for i := range out {
			out[i] = m.group(i+1, def)
		}
		return out, nil
	}, "groups($self, /, default=None)\n--\n\nA tuple of the text of groups 1 and up.\n\n  default\n    What a group that matched nothing gives.")
	c.DefMethod("groupdict", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		m := mself(args)
		def, err := defaultArg("groupdict", args[1:], kwnames)
		if err != nil {
			return nil, err
		}
		out := vm.NewDict(len(m.pat.prog.Names))
		for _, name := range m.pat.prog.Names {
			if err := out.Set(t, py.String(name), m.group(m.pat.prog.Index[name], def)); err != nil {
				return nil, err
			}
		}
		return out, nil
	}, "groupdict($self, /, default=None)\n--\n\nA dict from each named group's name to its text.\n\n  default\n    What a group that matched nothing gives.")
	for _, name := range []string{"start", "end", "span"} {
		name := name
		c.DefMethod(name, func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
			m := mself(args)
			g, err := groupArg(name, args[1:], kwnames)
			if err != nil {
				return nil, err
			}
			i, err := m.index(t, g)
			if err != nil {
				return nil, err
			}
			s, e := m.spans[2*i], m.spans[2*i+1]
			switch name {
			case "start":
				return vm.NewInt(int64(s)), nil
			case "end":
				return vm.NewInt(int64(e)), nil
			}
			return vm.Tuple{vm.NewInt(int64(s)), vm.NewInt(int64(e))}, nil
		}, map[string]string{
			"start": "start($self, group=0, /)\n--\n\nWhere group's text starts in the string (-1 when it did not match).",
			"end":   "end($self, group=0, /)\n--\n\nWhere group's text ends in the string (-1 when it did not match).",
			"span":  "span($self, group=0, /)\n--\n\nThe pair (start, end) of where group matched.",
		}[name])
	}
	c.DefMethod("expand", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		m := mself(args)
		var tpl vm.Object
		if _, err := vm.ParseClinic(&vm.Params{Func: "expand", Names: []string{"template"}, Required: 1, KwOnly: -1}, args[1:], kwnames, &tpl); err != nil {
			return nil, err
		}
		return m.expand(t, tpl)
	}, "expand($self, /, template)\n--\n\ntemplate with its backslash escapes and group references filled in from this match, as sub() does.")
	defImmutableMethods(c)
	c.DefMethod("__repr__", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		m := mself(args)
		r, err := vm.ReprString(t, m.group(0, vm.None))
		if err != nil {
			return nil, err
		}
		return py.String(fmt.Sprintf("<re.Match object; span=(%d, %d), match=%s>", m.spans[0], m.spans[1], truncate(r, 50))), nil
	}, "Return repr(self).")
	c.DefGetSet("lastindex", func(t *vm.Thread, o vm.Object) (vm.Object, error) {
		m := o.(*Match)
		if m.lastindex >= 0 {
			return vm.NewInt(int64(m.lastindex)), nil
		}
		return vm.None, nil
	}, nil)
	c.DefGetSet("lastgroup", func(t *vm.Thread, o vm.Object) (vm.Object, error) {
		m := o.(*Match)
		names := m.pat.prog.GroupNames
		if len(m.pat.prog.Names) > 0 && m.lastindex >= 0 && m.lastindex < len(names) && names[m.lastindex] != "" {
			return py.String(names[m.lastindex]), nil
		}
		return vm.None, nil
	}, nil)
	c.DefGetSet("regs", func(t *vm.Thread, o vm.Object) (vm.Object, error) {
		m := o.(*Match)
		if m.regs == nil {
			regs := make(vm.Tuple, m.groups())
			for i := range regs {
				regs[i] = vm.Tuple{vm.NewInt(int64(m.spans[2*i])), vm.NewInt(int64(m.spans[2*i+1]))}
			}
			m.regs = regs
		}
		return m.regs, nil
	}, nil)
	defMember(c, "string", func(t *vm.Thread, o vm.Object) (vm.Object, error) { return o.(*Match).subj.obj, nil })
	defMember(c, "re", func(t *vm.Thread, o vm.Object) (vm.Object, error) { return o.(*Match).pat, nil })
	defMember(c, "pos", func(t *vm.Thread, o vm.Object) (vm.Object, error) { return vm.NewInt(int64(o.(*Match).pos)), nil })
	defMember(c, "endpos", func(t *vm.Thread, o vm.Object) (vm.Object, error) { return vm.NewInt(int64(o.(*Match).endpos)), nil })
	c.Ready()
}
