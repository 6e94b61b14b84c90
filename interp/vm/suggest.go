package vm

import (
	"github.com/go-python/gpython/py"
)

// Suggestions for NameError and AttributeError ("Did you mean: 'x'?"),
// computed when the traceback is printed, with CPython 3.11's metric: a
// Levenshtein distance where changing case costs 1 and any other edit 2,
// accepting a candidate when at most a third of the characters involved
// change.

const (
	suggestMaxCandidates = 750
	suggestMaxLen        = 40
	suggestMoveCost      = 2
	suggestCaseCost      = 1
)

// suggestion returns the name to suggest for exc, or "".
func (t *Thread) suggestion(exc *py.Exception) string {
	typ := TypeOf(exc)
	nameObj, ok := exc.Dict["name"].(py.String)
	if !ok {
		return ""
	}
	name := string(nameObj)
	switch {
	case IsSubtype(typ, py.NameError):
		tb := excTraceback(exc)
		if tb == nil {
			return ""
		}
		for tb.Next != nil {
			tb = tb.Next
		}
		f := tb.Frame
		if s := bestSuggestion(f.code.VarNames, name); s != "" {
			return s
		}
		if s := bestSuggestion(dictStrKeys(f.globals), name); s != "" {
			return s
		}
		if f.builtins != nil {
			return bestSuggestion(dictStrKeys(f.builtins), name)
		}
	case IsSubtype(typ, py.AttributeError):
		obj, ok := exc.Dict["obj"]
		if !ok {
			return ""
		}
		names, err := dirNames(t, obj)
		if err != nil {
			return ""
		}
		return bestSuggestion(names, name)
	}
	return ""
}

func dictStrKeys(d *Dict) []string {
	var out []string
	d.Items(func(k, v Object) bool {
		if s, ok := k.(py.String); ok {
			out = append(out, string(s))
		}
		return true
	})
	return out
}

// bestSuggestion picks the closest candidate to name, the first of equal
// ones, or "" when none is close enough.
func bestSuggestion(candidates []string, name string) string {
	if len(candidates) >= suggestMaxCandidates {
		return ""
	}
	best := ""
	bestDist := int(^uint(0) >> 1)
	for _, c := range candidates {
		if c == name {
			continue
		}
		maxDist := (len(name) + len(c) + 3) * suggestMoveCost / 6
		maxDist = min(maxDist, bestDist-1)
		d := editDistance(name, c, maxDist)
		if d > maxDist {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

func substitutionCost(a, b byte) int {
	if a&31 != b&31 {
		return suggestMoveCost
	}
	if a == b {
		return 0
	}
	if 'A' <= a && a <= 'Z' {
		a += 'a' - 'A'
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	if a == b {
		return suggestCaseCost
	}
	return suggestMoveCost
}

// editDistance returns the weighted edit distance between a and b (on
// their UTF-8 bytes), or maxCost+1 once it is known to exceed maxCost.
func editDistance(a, b string, maxCost int) int {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * suggestMoveCost
	}
	if len(a) > suggestMaxLen || len(b) > suggestMaxLen {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*suggestMoveCost > maxCost {
		return maxCost + 1
	}
	var row [suggestMaxLen]int
	for i := range a {
		row[i] = (i + 1) * suggestMoveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		code := b[bi]
		distance := bi * suggestMoveCost
		result = distance
		minimum := int(^uint(0) >> 1)
		for i := 0; i < len(a); i++ {
			substitute := distance + substitutionCost(code, a[i])
			distance = row[i]
			insertDelete := min(result, distance) + suggestMoveCost
			result = min(insertDelete, substitute)
			row[i] = result
			if result < minimum {
				minimum = result
			}
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}
