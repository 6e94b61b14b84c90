package engine

import (
	"bufio"
	"errors"
	"os"
	"strings"
	"testing"
)

// fuzzStepLimit bounds each call of the matcher, so that a catastrophic
// pattern the fuzzer finds ends with ErrStepLimit instead of running for
// years.
const fuzzStepLimit = 200000

// FuzzEngine parses and compiles arbitrary patterns, as str and as bytes,
// with arbitrary flags, and runs every kind of match over an arbitrary
// subject: nothing may panic, and every call must end within the step
// budget (a Go panic fails the fuzz run; an error other than a pattern
// error or ErrStepLimit does too).
func FuzzEngine(f *testing.F) {
	seeds := []string{"abc", "(a|b)*c", "(?i)straße", "(?P<x>a)(?P=x)", "(?<=ab)c", "(?(1)a|b)",
		"a{2,}+", "(?>a+)b", "[^\\W\\d]+", "\\bx\\B", "(?x) a # c\n b", "(a*)*b", "(?s).*?$"}
	if fh, err := os.Open("testdata/patterns.txt"); err == nil {
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, "'") && strings.HasSuffix(line, "'") && len(line) >= 2 {
				seeds = append(seeds, line[1:len(line)-1])
			}
		}
		fh.Close()
	}
	for i, s := range seeds {
		f.Add(s, "xaabcab\nAB c", i%3 == 0, uint16(i*7))
	}
	f.Fuzz(func(t *testing.T, pattern, subject string, isBytes bool, flagBits uint16) {
		flags := int(flagBits) & (FlagIgnoreCase | FlagLocale | FlagMultiline | FlagDotAll | FlagUnicode | FlagVerbose | FlagASCII)
		p := []rune(pattern)
		s := []rune(subject)
		if isBytes {
			for i := range p {
				p[i] &= 0xff
			}
			for i := range s {
				s[i] &= 0xff
			}
		}
		prog, _, err := Compile(p, isBytes, flags, ParseOptions{})
		if err != nil {
			var pe *Error
			if !errors.As(err, &pe) {
				t.Fatalf("compile %q: not a pattern error: %v", pattern, err)
			}
			return
		}
		opts := Options{StepLimit: fuzzStepLimit}
		newState := func(pos, endpos int) *State {
			if isBytes {
				b := make([]byte, len(s))
				for i, c := range s {
					b[i] = byte(c)
				}
				return NewBytesState(prog, b, pos, endpos, opts)
			}
			return NewRunesState(prog, s, pos, endpos, opts)
		}
		ok := func(err error) {
			if err != nil && err != ErrStepLimit {
				t.Fatalf("%q on %q: %v", pattern, subject, err)
			}
		}
		for _, run := range []func(*State) (bool, error){(*State).Match, (*State).FullMatch, (*State).Search} {
			st := newState(int(flagBits>>12), len(s)-int(flagBits>>14))
			matched, err := run(st)
			ok(err)
			if matched {
				spans := st.Spans(nil)
				if len(spans) != 2*(prog.Groups+1) {
					t.Fatalf("%q: %d spans for %d groups", pattern, len(spans), prog.Groups)
				}
			}
		}
		// A findall loop: it must advance and end.
		st := newState(0, len(s))
		for n := 0; !st.Done(); n++ {
			if n > 2*len(s)+2 {
				t.Fatalf("%q on %q: the match loop does not advance", pattern, subject)
			}
			matched, err := st.Search()
			ok(err)
			if err != nil || !matched {
				break
			}
			st.Next()
		}
		_, _, _ = ParseTemplate(s, isBytes, prog.Groups, prog.Index)
	})
}
