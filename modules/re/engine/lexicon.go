package engine

// CompileLexicon compiles the combined pattern of re.Scanner as CPython
// builds it: the phrases as alternatives, each in a group of its own
// numbered by its position. Each phrase is parsed on its own, so its own
// groups are numbered from 1 again and share marks with the phrases'
// groups, and the whole is compiled with flags exactly as given (without
// the UNICODE flag a str pattern gets by default). isBytes[i] says
// whether phrase i is bytes.
func CompileLexicon(phrases [][]rune, isBytes []bool, flags int, opts ParseOptions) (*Program, []Warning, error) {
	outer := &parseState{
		flags:            flags,
		groupIndex:       map[string]int{},
		groupWidths:      [][2]int64{{}},
		groupClosed:      []bool{false},
		lookbehindGroups: -1,
		grouprefPos:      map[int]int{},
	}
	var warnings []Warning
	var branches []*subPattern
	for i, src := range phrases {
		tree, w, err := Parse(src, isBytes[i], flags, opts)
		warnings = append(warnings, w...)
		if err != nil {
			return nil, warnings, err
		}
		gid, _ := outer.openGroup("", false)
		sub := &subPattern{state: outer, data: []*node{{op: opSubpattern, group: gid, sub: tree.p}}}
		outer.closeGroup(gid, sub)
		branches = append(branches, sub)
	}
	p := &subPattern{state: outer, data: []*node{{op: opBranch, branches: branches}}}
	tree := &Tree{p: p, Flags: flags, Groups: outer.groups() - 1, Index: map[string]int{}}
	prog, err := tree.compileChecked(flags)
	return prog, warnings, err
}
