package re

import (
	"fmt"
	"hash/fnv"
	"math"
	"strings"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/gilpy/gilpy/modules/re/engine"
	"github.com/go-python/gpython/py"
)

// PatternType is re.Pattern.
var PatternType = vm.NewType("re", "Pattern", "A compiled regular expression: the result of re.compile().", nil, 0)

// Pattern is a compiled regular expression.
type Pattern struct {
	prog    *engine.Program
	pattern vm.Object // the str or bytes it was compiled from (None for a lexicon)
	// isBytes: 1 for a bytes pattern, 0 for str, -1 when the pattern was
	// not compiled from a string (re.Scanner's), which then matches both.
	isBytes int
	// groupindex is the dict behind the groupindex attribute, made on
	// first use.
	groupindex *vm.Dict
	// templates caches parsed replacement strings.
	templates map[templateKey]*engine.Template
}

type templateKey struct {
	text    string
	isBytes bool
}

// Type implements py.Object.
func (p *Pattern) Type() *vm.Type { return PatternType.T() }

func newPattern(prog *engine.Program, pattern vm.Object, isBytes bool) *Pattern {
	p := &Pattern{prog: prog, pattern: pattern}
	if isBytes {
		p.isBytes = 1
	}
	return p
}

func (p *Pattern) groupIndexDict(t *vm.Thread) (*vm.Dict, error) {
	if p.groupindex == nil {
		d := vm.NewDict(len(p.prog.Names))
		for _, name := range p.prog.Names {
			if err := d.Set(t, py.String(name), vm.NewInt(int64(p.prog.Index[name]))); err != nil {
				return nil, err
			}
		}
		p.groupindex = d
	}
	return p.groupindex, nil
}

// posArgs binds (string, pos=0, endpos=sys.maxsize) and converts the
// string.
func posArgs(t *vm.Thread, name string, args []vm.Object, kwnames vm.Tuple) (*subject, int, int, error) {
	var str, pos, endpos vm.Object
	if _, err := vm.ParseClinic(&vm.Params{Func: name, Names: []string{"string", "pos", "endpos"}, Required: 1, KwOnly: -1}, args, kwnames, &str, &pos, &endpos); err != nil {
		return nil, 0, 0, err
	}
	p, e := 0, math.MaxInt
	var err error
	if pos != nil {
		if p, err = ssize(t, pos); err != nil {
			return nil, 0, 0, err
		}
	}
	if endpos != nil {
		if e, err = ssize(t, endpos); err != nil {
			return nil, 0, 0, err
		}
	}
	s, err := getSubject(str)
	if err != nil {
		return nil, 0, 0, err
	}
	return s, p, e, nil
}

func self(args []vm.Object) *Pattern { return args[0].(*Pattern) }

func init() {
	c := PatternType
	for _, kind := range []string{"match", "fullmatch", "search"} {
		kind := kind
		doc := map[string]string{
			"match":     "A Match when the pattern matches at pos (the start of string by default), else None.",
			"fullmatch": "A Match when the pattern matches the whole of string[pos:endpos], else None.",
			"search":    "The Match of the leftmost place in string where the pattern matches, or None when there is none.",
		}[kind]
		c.DefMethod(kind, func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
			p := self(args)
			s, pos, endpos, err := posArgs(t, kind, args[1:], kwnames)
			if err != nil {
				return nil, err
			}
			if err := p.checkKind(s); err != nil {
				return nil, err
			}
			st := p.newState(t, s, pos, endpos)
			var ok bool
			switch kind {
			case "match":
				ok, err = st.Match()
			case "fullmatch":
				ok, err = st.FullMatch()
			default:
				ok, err = st.Search()
			}
			if err != nil {
				return nil, engineError(err)
			}
			if !ok {
				return vm.None, nil
			}
			return p.newMatch(s, st)
		}, kind+"($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\n"+doc)
	}
	c.DefMethod("findall", patternFindall, "findall($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\nA list of every match in string, left to right without overlaps: the whole text, one group's, or a tuple of the groups'.")
	c.DefMethod("finditer", patternFinditer, "finditer($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\nAn iterator of a Match for every match in string, left to right without overlaps.")
	c.DefMethod("scanner", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		p := self(args)
		s, pos, endpos, err := posArgs(t, "scanner", args[1:], kwnames)
		if err != nil {
			return nil, err
		}
		return p.newScanner(t, s, pos, endpos)
	}, "scanner($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\n")
	c.DefMethod("split", patternSplit, "split($self, /, string, maxsplit=0)\n--\n\nThe pieces of string between matches (and the groups' text after each), with at most maxsplit splits (0: no limit).")
	c.DefMethod("sub", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		return patternSubx(t, "sub", args, kwnames, false)
	}, "sub($self, /, repl, string, count=0)\n--\n\nstring with its matches, left to right and at most count of them (0: all), replaced by repl (a template or a function of the Match).")
	c.DefMethod("subn", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		return patternSubx(t, "subn", args, kwnames, true)
	}, "subn($self, /, repl, string, count=0)\n--\n\nAs sub(), but returns the pair (new string, number of replacements).")
	defImmutableMethods(c)
	c.DefMethod("__repr__", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		return self(args).repr(t)
	}, "Return repr(self).")
	c.DefMethod("__hash__", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		return self(args).hash(t)
	}, "Return hash(self).")
	for _, op := range []string{"__eq__", "__ne__"} {
		op := op
		c.DefMethod(op, func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
			if err := vm.CheckMethodArgs(op, args, kwnames, 1, 1); err != nil {
				return nil, err
			}
			other, ok := args[1].(*Pattern)
			if !ok {
				return vm.NotImplemented, nil
			}
			eq, err := self(args).equal(t, other)
			if err != nil {
				return nil, err
			}
			return vm.NewBool(eq == (op == "__eq__")), nil
		}, "Return self"+map[string]string{"__eq__": "==", "__ne__": "!="}[op]+"value.")
	}
	for _, op := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
		op := op
		c.DefMethod(op, func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
			if err := vm.CheckMethodArgs(op, args, kwnames, 1, 1); err != nil {
				return nil, err
			}
			return vm.NotImplemented, nil
		}, "")
	}
	defMember(c, "pattern", func(t *vm.Thread, o vm.Object) (vm.Object, error) {
		return o.(*Pattern).pattern, nil
	})
	defMember(c, "flags", func(t *vm.Thread, o vm.Object) (vm.Object, error) {
		return vm.NewInt(int64(int32(o.(*Pattern).prog.Flags))), nil
	})
	defMember(c, "groups", func(t *vm.Thread, o vm.Object) (vm.Object, error) {
		return vm.NewInt(int64(o.(*Pattern).prog.Groups)), nil
	})
	c.DefGetSet("groupindex", func(t *vm.Thread, o vm.Object) (vm.Object, error) {
		p := o.(*Pattern)
		if len(p.prog.Names) == 0 {
			// CPython keeps no mapping for a pattern without named
			// groups and hands out a new empty dict.
			return vm.NewDict(0), nil
		}
		d, err := p.groupIndexDict(t)
		if err != nil {
			return nil, err
		}
		return vm.NewMappingProxy(d), nil
	}, nil)
	c.Ready()
}

// defMember defines a read-only data attribute that CPython declares as
// a struct member rather than a getset: assigning or deleting it says
// only "readonly attribute".
func defMember(c *vm.Class, name string, get func(t *vm.Thread, o vm.Object) (vm.Object, error)) {
	c.DefGetSet(name, get, func(t *vm.Thread, o, v vm.Object) error {
		return vm.NewError(py.AttributeError, "readonly attribute")
	})
}

var flagNames = []struct {
	name string
	flag int
}{
	{"re.TEMPLATE", engine.FlagTemplate},
	{"re.IGNORECASE", engine.FlagIgnoreCase},
	{"re.LOCALE", engine.FlagLocale},
	{"re.MULTILINE", engine.FlagMultiline},
	{"re.DOTALL", engine.FlagDotAll},
	{"re.UNICODE", engine.FlagUnicode},
	{"re.VERBOSE", engine.FlagVerbose},
	{"re.DEBUG", engine.FlagDebug},
	{"re.ASCII", engine.FlagASCII},
}

// truncate cuts s to at most n code points, as "%.200R" does.
func truncate(s string, n int) string {
	count := 0
	for i := range s {
		if count == n {
			return s[:i]
		}
		count++
	}
	return s
}

func (p *Pattern) repr(t *vm.Thread) (vm.Object, error) {
	flags := int(int32(p.prog.Flags))
	if p.isBytes == 0 && flags&(engine.FlagLocale|engine.FlagUnicode|engine.FlagASCII) == engine.FlagUnicode {
		flags &^= engine.FlagUnicode
	}
	var items []string
	for _, f := range flagNames {
		if flags&f.flag != 0 {
			items = append(items, f.name)
			flags &^= f.flag
		}
	}
	if flags != 0 {
		items = append(items, fmt.Sprintf("0x%x", uint32(flags)))
	}
	r, err := vm.ReprString(t, p.pattern)
	if err != nil {
		return nil, err
	}
	r = truncate(r, 200)
	if len(items) > 0 {
		return py.String("re.compile(" + r + ", " + strings.Join(items, "|") + ")"), nil
	}
	return py.String("re.compile(" + r + ")"), nil
}

func (p *Pattern) hash(t *vm.Thread) (vm.Object, error) {
	h, err := vm.Hash(t, p.pattern)
	if err != nil {
		return nil, err
	}
	f := fnv.New64a()
	var buf [4]byte
	for _, w := range p.prog.Code {
		buf[0], buf[1], buf[2], buf[3] = byte(w), byte(w>>8), byte(w>>16), byte(w>>24)
		f.Write(buf[:])
	}
	h ^= int64(f.Sum64())
	h ^= int64(p.prog.Flags)
	h ^= int64(p.isBytes)
	h ^= int64(len(p.prog.Code))
	if h == -1 {
		h = -2
	}
	return vm.NewInt(h), nil
}

func (p *Pattern) equal(t *vm.Thread, o *Pattern) (bool, error) {
	if p == o {
		return true, nil
	}
	if p.prog.Flags != o.prog.Flags || p.isBytes != o.isBytes || len(p.prog.Code) != len(o.prog.Code) {
		return false, nil
	}
	for i, w := range p.prog.Code {
		if o.prog.Code[i] != w {
			return false, nil
		}
	}
	return vm.Equal(t, p.pattern, o.pattern)
}

func patternFindall(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	p := self(args)
	s, pos, endpos, err := posArgs(t, "findall", args[1:], kwnames)
	if err != nil {
		return nil, err
	}
	if err := p.checkKind(s); err != nil {
		return nil, err
	}
	st := p.newState(t, s, pos, endpos)
	var out []vm.Object
	var spans []int
	groups := p.prog.Groups
	for !st.Done() {
		ok, err := st.Search()
		if err != nil {
			return nil, engineError(err)
		}
		if !ok {
			break
		}
		spans = st.Spans(spans)
		if err := checkSpans(spans); err != nil {
			return nil, err
		}
		switch groups {
		case 0:
			out = append(out, s.slice(spans[0], spans[1]))
		case 1:
			out = append(out, s.slice(max(spans[2], 0), max(spans[3], 0)))
		default:
			tup := make(vm.Tuple, groups)
			for i := range tup {
				tup[i] = s.slice(max(spans[2+2*i], 0), max(spans[3+2*i], 0))
			}
			out = append(out, tup)
		}
		st.Next()
	}
	return &py.List{Items: out}, nil
}

// checkSpans reports a group whose end precedes its start, which CPython
// reports as a bug of the engine.
func checkSpans(spans []int) error {
	for i := 2; i+1 < len(spans); i += 2 {
		if spans[i] > spans[i+1] {
			return vm.NewError(py.SystemError, "The span of capturing group is wrong, please report a bug for the re module.")
		}
	}
	return nil
}

func patternFinditer(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	p := self(args)
	s, pos, endpos, err := posArgs(t, "finditer", args[1:], kwnames)
	if err != nil {
		return nil, err
	}
	sc, err := p.newScanner(t, s, pos, endpos)
	if err != nil {
		return nil, err
	}
	search, err := vm.GetAttr(t, sc, "search")
	if err != nil {
		return nil, err
	}
	return vm.NewCallableIterator(search, vm.None), nil
}

func patternSplit(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
	p := self(args)
	var str, maxsplitObj vm.Object
	if _, err := vm.ParseClinic(&vm.Params{Func: "split", Names: []string{"string", "maxsplit"}, Required: 1, KwOnly: -1}, args[1:], kwnames, &str, &maxsplitObj); err != nil {
		return nil, err
	}
	maxsplit := 0
	if maxsplitObj != nil {
		var err error
		if maxsplit, err = ssize(t, maxsplitObj); err != nil {
			return nil, err
		}
	}
	s, err := getSubject(str)
	if err != nil {
		return nil, err
	}
	if err := p.checkKind(s); err != nil {
		return nil, err
	}
	st := p.newState(t, s, 0, math.MaxInt)
	var out []vm.Object
	var spans []int
	n := 0
	last := st.Start()
	for maxsplit == 0 || n < maxsplit {
		ok, err := st.Search()
		if err != nil {
			return nil, engineError(err)
		}
		if !ok {
			break
		}
		spans = st.Spans(spans)
		if err := checkSpans(spans); err != nil {
			return nil, err
		}
		out = append(out, s.slice(last, spans[0]))
		for g := 1; g <= p.prog.Groups; g++ {
			if spans[2*g] < 0 {
				out = append(out, vm.None)
			} else {
				out = append(out, s.slice(spans[2*g], spans[2*g+1]))
			}
		}
		n++
		st.Next()
		last = st.Start()
	}
	out = append(out, s.slice(last, st.EndPos()))
	return &py.List{Items: out}, nil
}

// defImmutableMethods gives Pattern and Match, whose objects never change,
// the methods they share: copies are the object itself, and C[...] makes a
// generic alias.
func defImmutableMethods(c *vm.Class) {
	c.DefMethod("__copy__", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if err := vm.CheckMethodArgs("__copy__", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		return args[0], nil
	}, "__copy__($self, /)\n--\n\n")
	c.DefMethod("__deepcopy__", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if err := vm.CheckMethodArgs("__deepcopy__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		return args[0], nil
	}, "__deepcopy__($self, memo, /)\n--\n\n")
	c.DefMethod("__class_getitem__", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if err := vm.CheckMethodArgs("__class_getitem__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		return vm.NewGenericAlias(args[0], args[1]), nil
	}, "A generic alias of the class, such as C[int], for annotations.", "class")
}
