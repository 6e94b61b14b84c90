package scripts

import (
	"strconv"
	"strings"
)

func itoa(n int) string { return strconv.Itoa(n) }

// firstLine condenses a difference report to one line for summaries:
// its heading plus the "want" and "got" lines, when it has them.
func firstLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	out := []string{strings.TrimSpace(lines[0])}
	for _, l := range lines[1:] {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "want ") || strings.HasPrefix(t, "got ") {
			out = append(out, t)
		}
	}
	return strings.Join(out, " | ")
}
