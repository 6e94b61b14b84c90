package re

import (
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/gilpy/gilpy/modules/re/engine"
	"github.com/go-python/gpython/py"
)

// ScannerType is _sre.SRE_Scanner: what Pattern.scanner returns and what
// finditer iterates (through iter(scanner.search, None)).
var ScannerType = vm.NewType("_sre", "SRE_Scanner", "", nil, 0)

// Scanner walks the successive matches of a pattern over a string.
type Scanner struct {
	pat       *Pattern
	subj      *subject
	st        *engine.State
	done      bool
	executing bool
}

// Type implements py.Object.
func (s *Scanner) Type() *vm.Type { return ScannerType.T() }

func (p *Pattern) newScanner(t *vm.Thread, s *subject, pos, endpos int) (vm.Object, error) {
	if err := p.checkKind(s); err != nil {
		return nil, err
	}
	return &Scanner{pat: p, subj: s, st: p.newState(t, s, pos, endpos)}, nil
}

func (s *Scanner) next(t *vm.Thread, search bool) (vm.Object, error) {
	if s.executing {
		return nil, vm.NewError(py.ValueError, "regular expression scanner already executing")
	}
	if s.done {
		return vm.None, nil
	}
	s.executing = true
	defer func() { s.executing = false }()
	var ok bool
	var err error
	if search {
		ok, err = s.st.Search()
	} else {
		ok, err = s.st.Match()
	}
	if err != nil {
		return nil, engineError(err)
	}
	if !ok {
		s.done = true
		return vm.None, nil
	}
	m, err := s.pat.newMatch(s.subj, s.st)
	if err != nil {
		return nil, err
	}
	s.st.Next()
	return m, nil
}

func init() {
	c := ScannerType
	c.DefMethod("match", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if err := vm.CheckMethodArgs("match", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		return args[0].(*Scanner).next(t, false)
	}, "match($self, /)\n--\n\n")
	c.DefMethod("search", func(t *vm.Thread, args []vm.Object, kwnames vm.Tuple) (vm.Object, error) {
		if err := vm.CheckMethodArgs("search", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		return args[0].(*Scanner).next(t, true)
	}, "search($self, /)\n--\n\n")
	defMember(c, "pattern", func(t *vm.Thread, o vm.Object) (vm.Object, error) { return o.(*Scanner).pat, nil })
	c.Ready()
}
