package harness

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Rules say how to compare one program's output with CPython's when the
// two cannot be equal byte for byte. Each line of a rules file is one
// directive; '#' starts a comment, and every rule should carry one that
// says why it is needed:
//
//	mask /REGEXP/ REPLACEMENT replace matches on every line of both sides
//	                          (Go regexp syntax between slashes, \/ for a
//	                          slash; $1 names a group; the replacement is
//	                          the rest of the line)
//	unordered                 compare lines as a multiset: CPython itself
//	                          prints them in an order that varies by run
//	ordered REGEXP            with unordered: the lines matching REGEXP must
//	                          still appear in the same relative order (for
//	                          example the lines one thread prints)
//	tokens                    compare the multiset of whitespace-separated
//	                          words: concurrent unbuffered prints may
//	                          interleave inside a line
//	interleave PIECE...       one thread's writes, in order, each a Go
//	                          quoted string ("Square:" " " "49" "\n");
//	                          with one directive per thread, each side
//	                          must begin with some interleaving of all the
//	                          threads' pieces, and the rest must be equal:
//	                          exactly what CPython guarantees when threads
//	                          print unbuffered (each piece of a print is a
//	                          write of its own, and a switch may fall
//	                          between any two)
//	timeout SECONDS           how long the program may run on a quiet
//	                          machine (default 60; stretched when the
//	                          machine is loaded, see watch)
//	long                      runs only when GILPY_LONG_TESTS is set
//	network                   needs the network; compared once the sandbox
//	                          brings a simulated network
//	serial                    must not run beside other programs (timing)
//	hashseed                  gilpy runs with PYTHONHASHSEED=0, as CPython
//	                          does for the goldens: for programs that check
//	                          the order of sets and dicts of str or bytes
//	                          on purpose (gilpy hashes them as CPython
//	                          does under that seed)
type Rules struct {
	Masks     []Mask
	Unordered bool
	Ordered   []*regexp.Regexp
	Tokens    bool
	// Interleave holds one sequence of pieces per "interleave" line.
	Interleave [][]string
	Timeout    time.Duration
	Long       bool
	Network    bool
	Serial     bool
	HashSeed   bool
}

// Mask is one "mask" directive.
type Mask struct {
	Re   *regexp.Regexp
	With string
}

// DefaultTimeout bounds a program's run when its rules do not.
const DefaultTimeout = 60 * time.Second

// LoadRules reads a rules file; a missing file means the default rules.
func LoadRules(path string) (*Rules, error) {
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return &Rules{Timeout: DefaultTimeout}, nil
	}
	if err != nil {
		return nil, err
	}
	return ParseRules(string(data))
}

// ParseRules parses the text of a rules file.
func ParseRules(text string) (*Rules, error) {
	r := &Rules{Timeout: DefaultTimeout}
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		word, rest, _ := strings.Cut(line, " ")
		rest = strings.TrimSpace(rest)
		bad := func(format string, a ...any) error {
			return fmt.Errorf("rules line %d: %s", n, fmt.Sprintf(format, a...))
		}
		switch word {
		case "mask":
			pat, with, ok := cutDelimited(rest)
			if !ok || pat == "" {
				return nil, bad("mask needs a pattern between slashes: mask /REGEXP/ REPLACEMENT")
			}
			re, err := regexp.Compile(pat)
			if err != nil {
				return nil, bad("%v", err)
			}
			r.Masks = append(r.Masks, Mask{re, strings.TrimSpace(with)})
		case "unordered":
			r.Unordered = true
		case "ordered":
			re, err := regexp.Compile(rest)
			if err != nil || rest == "" {
				return nil, bad("ordered needs a pattern")
			}
			r.Ordered = append(r.Ordered, re)
		case "tokens":
			r.Tokens = true
		case "interleave":
			pieces, err := quotedPieces(rest)
			if err != nil || len(pieces) == 0 {
				return nil, bad("interleave needs Go-quoted pieces: interleave \"a\" \"\\n\"")
			}
			r.Interleave = append(r.Interleave, pieces)
		case "timeout":
			secs, err := strconv.ParseFloat(rest, 64)
			if err != nil || secs <= 0 {
				return nil, bad("timeout needs a positive number of seconds")
			}
			r.Timeout = time.Duration(secs * float64(time.Second))
		case "long":
			r.Long = true
		case "network":
			r.Network = true
		case "serial":
			r.Serial = true
		case "hashseed":
			r.HashSeed = true
		default:
			return nil, bad("unknown directive %q", word)
		}
	}
	if len(r.Ordered) > 0 && !r.Unordered {
		return nil, fmt.Errorf("rules: ordered only makes sense with unordered")
	}
	return r, sc.Err()
}

// quotedPieces parses a space-separated list of Go-quoted strings.
func quotedPieces(s string) ([]string, error) {
	var pieces []string
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		q, err := strconv.QuotedPrefix(s)
		if err != nil {
			return nil, err
		}
		p, err := strconv.Unquote(q)
		if err != nil {
			return nil, err
		}
		pieces = append(pieces, p)
		s = s[len(q):]
	}
	return pieces, nil
}

// cutDelimited splits "/pattern/ rest" into the pattern (with "\\/"
// unescaped to "/") and the rest.
func cutDelimited(s string) (pat, rest string, ok bool) {
	if !strings.HasPrefix(s, "/") {
		return "", "", false
	}
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s) && s[i+1] == '/':
			b.WriteByte('/')
			i++
		case s[i] == '/':
			return b.String(), s[i+1:], true
		default:
			b.WriteByte(s[i])
		}
	}
	return "", "", false
}
