package harness

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// Placeholders put in place of machine-specific paths.
const (
	StdlibMarker  = "<stdlib>"
	LibraryFrames = "  File <library frames>"
)

// Normalizer rewrites one side's output into the comparable form.
type Normalizer struct {
	// Dirs maps absolute directories to the placeholder that replaces
	// them ("/work/main/scripts/basics" -> "<scripts>/basics").
	Dirs map[string]string
}

// Normalize applies path replacement, library-frame collapsing and the
// rules' masks, in that order.
func (n Normalizer) Normalize(text string, r *Rules) string {
	text = CollapseLibraryFrames(n.Paths(text))
	if r != nil && len(r.Masks) > 0 {
		lines := strings.Split(text, "\n")
		for i, l := range lines {
			for _, m := range r.Masks {
				l = m.Re.ReplaceAllString(l, m.With)
			}
			lines[i] = l
		}
		text = strings.Join(lines, "\n")
	}
	return text
}

// Paths replaces the machine-specific directories with their
// placeholders, longest directory first so nested ones win.
func (n Normalizer) Paths(text string) string {
	dirs := make([]string, 0, len(n.Dirs))
	for d := range n.Dirs {
		dirs = append(dirs, d)
	}
	sort.Slice(dirs, func(i, j int) bool { return len(dirs[i]) > len(dirs[j]) })
	for _, d := range dirs {
		text = strings.ReplaceAll(text, d, n.Dirs[d])
	}
	return text
}

var frameLine = regexp.MustCompile(`^  File "([^"]*)", line \d+, in `)

// isLibraryPath reports whether a traceback frame's file belongs to the
// standard library or an installed package rather than to the program.
func isLibraryPath(p string) bool {
	return strings.HasPrefix(p, StdlibMarker) || strings.HasPrefix(p, "<site-packages>") || strings.HasPrefix(p, "<frozen ")
}

// CollapseLibraryFrames replaces each run of consecutive traceback frames
// in library files (each frame's "File" line and the indented source and
// caret lines under it) with the single line LibraryFrames.
func CollapseLibraryFrames(text string) string {
	lines := strings.Split(text, "\n")
	out := lines[:0:0]
	inLib := false // inside a run of library frames
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if m := frameLine.FindStringSubmatch(l); m != nil {
			if isLibraryPath(m[1]) {
				if !inLib {
					out = append(out, LibraryFrames)
					inLib = true
				}
				// Skip the frame's source and caret lines.
				for i+1 < len(lines) && strings.HasPrefix(lines[i+1], "    ") {
					i++
				}
				continue
			}
			inLib = false
		} else if !strings.HasPrefix(l, "    ") {
			inLib = false
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// Compare returns "" when got matches want under r, or a description of
// the first difference. Both must already be normalized.
func Compare(want, got string, r *Rules) string {
	switch {
	case r != nil && len(r.Interleave) > 0:
		return compareInterleaved(want, got, r.Interleave)
	case r != nil && r.Tokens:
		return compareMultiset("word", strings.Fields(want), strings.Fields(got))
	case r != nil && r.Unordered:
		wl, gl := splitLines(want), splitLines(got)
		if d := compareMultiset("line", wl, gl); d != "" {
			return d
		}
		for _, re := range r.Ordered {
			if d := compareExact(filter(wl, re), filter(gl, re)); d != "" {
				return fmt.Sprintf("lines matching %q are out of order: %s", re, d)
			}
		}
		return ""
	}
	return compareExact(splitLines(want), splitLines(got))
}

func splitLines(s string) []string {
	s = strings.TrimSuffix(s, "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

func filter(lines []string, re *regexp.Regexp) []string {
	var out []string
	for _, l := range lines {
		if re.MatchString(l) {
			out = append(out, l)
		}
	}
	return out
}

func compareExact(want, got []string) string {
	for i := 0; i < len(want) || i < len(got); i++ {
		var w, g string
		if i < len(want) {
			w = want[i]
		}
		if i < len(got) {
			g = got[i]
		}
		if i >= len(want) || i >= len(got) || w != g {
			var b strings.Builder
			fmt.Fprintf(&b, "first difference at line %d:\n", i+1)
			from := max(0, i-2)
			for j := from; j < i; j++ {
				fmt.Fprintf(&b, "      %s\n", clip(want[j]))
			}
			if i < len(want) {
				fmt.Fprintf(&b, "  want %s\n", clip(w))
			} else {
				b.WriteString("  want <end of output>\n")
			}
			if i < len(got) {
				fmt.Fprintf(&b, "  got  %s\n", clip(g))
			} else {
				b.WriteString("  got  <end of output>\n")
			}
			return b.String()
		}
	}
	return ""
}

// clip shortens a line for a report, saying how long it really was.
func clip(s string) string {
	const limit = 160
	if len(s) <= limit {
		return s
	}
	return fmt.Sprintf("%s… (%d bytes)", s[:limit], len(s))
}

func compareMultiset(what string, want, got []string) string {
	count := map[string]int{}
	for _, w := range want {
		count[w]++
	}
	for _, g := range got {
		count[g]--
	}
	var missing, extra []string
	for k, c := range count {
		for ; c > 0; c-- {
			missing = append(missing, k)
		}
		for ; c < 0; c++ {
			extra = append(extra, k)
		}
	}
	if len(missing) == 0 && len(extra) == 0 {
		return ""
	}
	sort.Strings(missing)
	sort.Strings(extra)
	for i := range missing {
		missing[i] = clip(missing[i])
	}
	for i := range extra {
		extra[i] = clip(extra[i])
	}
	return fmt.Sprintf("%s multisets differ: missing %q, unexpected %q", what, missing, extra)
}

// compareInterleaved checks that both sides begin with an interleaving of
// the threads' pieces (the golden too, so that a wrong rule shows) and
// that what follows is the same on both.
func compareInterleaved(want, got string, threads [][]string) string {
	total := 0
	for _, seq := range threads {
		for _, p := range seq {
			total += len(p)
		}
	}
	for _, side := range []struct{ name, text string }{{"CPython's output", want}, {"output", got}} {
		if len(side.text) < total || !isInterleaving(side.text[:total], threads) {
			return fmt.Sprintf("%s does not begin with an interleaving of the threads' writes: %q", side.name, clip(side.text[:min(total, len(side.text))]))
		}
	}
	return compareExact(splitLines(want[total:]), splitLines(got[total:]))
}

// isInterleaving reports whether text is some interleaving of the
// sequences of pieces, each sequence kept in order. The state is how far
// each sequence has got (the text offset follows from it); states seen
// to fail are remembered, so the search is polynomial.
func isInterleaving(text string, seqs [][]string) bool {
	pos := make([]int, len(seqs))
	failed := map[string]bool{}
	key := func() string { return fmt.Sprint(pos) }
	var search func(off int) bool
	search = func(off int) bool {
		if off == len(text) {
			for i, seq := range seqs {
				if pos[i] < len(seq) {
					return false
				}
			}
			return true
		}
		k := key()
		if failed[k] {
			return false
		}
		for i, seq := range seqs {
			if pos[i] < len(seq) && strings.HasPrefix(text[off:], seq[pos[i]]) {
				pos[i]++
				ok := search(off + len(seq[pos[i]-1]))
				pos[i]--
				if ok {
					return true
				}
			}
		}
		failed[k] = true
		return false
	}
	return search(0)
}
