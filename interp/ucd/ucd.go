// Package ucd is the Unicode character database of the unicodedata
// module: general category, bidirectional class, canonical combining
// class, East Asian width, mirroring, numeric values, decompositions and
// the four normalization forms, all as of Unicode 14.0.0 (the version
// CPython 3.11 ships), whatever version Go's unicode package has.
//
// The tables come from CPython 3.11's unicodedata through gen.py, which
// writes the embedded ucd.bin.gz (about 80 KB); they are unpacked on first
// use. Character names live in package syntax/unidata.
package ucd

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/gilpy/gilpy/interp/pystr"
)

// Version is the Unicode version of the tables.
const Version = "14.0.0"

//go:embed ucd.bin.gz
var packed []byte

// Props are the per-code-point properties.
type Props struct {
	Category      string
	Bidirectional string
	Combining     int
	EastAsian     string
	Mirrored      bool
}

// Numeric holds a code point's numeric values; the Has fields say which
// exist.
type Numeric struct {
	Decimal, Digit              int
	Value                       float64
	HasDecimal, HasDigit, HasNN bool
}

type run struct {
	start rune
	rec   int
}

var (
	once     sync.Once
	records  []Props
	runs     []run
	numerics map[rune]Numeric
	decomps  map[rune]string
	nfd      map[rune][]rune
	nfkd     map[rune][]rune
	compose  map[[2]rune]rune
)

func parseHex(s string) rune {
	v, _ := strconv.ParseUint(s, 16, 32)
	return rune(v)
}

func hexRunes(fields []string) []rune {
	rs := make([]rune, len(fields))
	for i, f := range fields {
		rs[i] = parseHex(f)
	}
	return rs
}

func load() {
	zr, err := gzip.NewReader(bytes.NewReader(packed))
	if err != nil {
		panic("ucd: corrupt table: " + err.Error())
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	numerics = map[rune]Numeric{}
	decomps = map[rune]string{}
	nfd = map[rune][]rune{}
	nfkd = map[rune][]rune{}
	compose = map[[2]rune]rune{}
	section := ""
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			section = strings.Fields(line[1:])[0]
			continue
		}
		f := strings.Fields(line)
		switch section {
		case "records":
			comb, _ := strconv.Atoi(f[2])
			bidi := f[1]
			if bidi == "-" {
				bidi = ""
			}
			records = append(records, Props{Category: f[0], Bidirectional: bidi, Combining: comb, EastAsian: f[3], Mirrored: f[4] == "1"})
		case "runs":
			i, _ := strconv.Atoi(f[1])
			runs = append(runs, run{parseHex(f[0]), i})
		case "numeric":
			var n Numeric
			if f[1] != "-" {
				n.Decimal, _ = strconv.Atoi(f[1])
				n.HasDecimal = true
			}
			if f[2] != "-" {
				n.Digit, _ = strconv.Atoi(f[2])
				n.HasDigit = true
			}
			n.Value, _ = strconv.ParseFloat(f[3], 64)
			n.HasNN = true
			numerics[parseHex(f[0])] = n
		case "decomp":
			decomps[parseHex(f[0])] = strings.Join(f[1:], " ")
		case "nfd":
			nfd[parseHex(f[0])] = hexRunes(f[1:])
		case "nfkd":
			nfkd[parseHex(f[0])] = hexRunes(f[1:])
		case "compose":
			compose[[2]rune{parseHex(f[0]), parseHex(f[1])}] = parseHex(f[2])
		}
	}
	if err := sc.Err(); err != nil {
		panic("ucd: corrupt table: " + err.Error())
	}
}

// Lookup returns the properties of r.
func Lookup(r rune) Props {
	once.Do(load)
	if r < 0 || r > pystr.MaxRune {
		return records[runs[len(runs)-1].rec]
	}
	i := sort.Search(len(runs), func(i int) bool { return runs[i].start > r }) - 1
	return records[runs[i].rec]
}

// Combining returns the canonical combining class of r.
func Combining(r rune) int { return Lookup(r).Combining }

// NumericOf returns the numeric values of r.
func NumericOf(r rune) Numeric {
	once.Do(load)
	return numerics[r]
}

// Hangul syllable arithmetic (Unicode chapter 3.12).
const (
	sBase  = 0xAC00
	lBase  = 0x1100
	vBase  = 0x1161
	tBase  = 0x11A7
	lCount = 19
	vCount = 21
	tCount = 28
	nCount = vCount * tCount
	sCount = lCount * nCount
)

// Decomposition returns r's decomposition mapping as
// unicodedata.decomposition shows it ("<compat> 0020 0301"), or "".
func Decomposition(r rune) string {
	once.Do(load)
	return decomps[r]
}

// appendDecomposed appends the full canonical (or compatibility)
// decomposition of r.
func appendDecomposed(out []rune, r rune, compat bool) []rune {
	if r >= sBase && r < sBase+sCount {
		s := r - sBase
		out = append(out, lBase+s/nCount, vBase+(s%nCount)/tCount)
		if t := s % tCount; t != 0 {
			out = append(out, tBase+t)
		}
		return out
	}
	if compat {
		if d, ok := nfkd[r]; ok {
			return append(out, d...)
		}
	}
	if d, ok := nfd[r]; ok {
		return append(out, d...)
	}
	return append(out, r)
}

// decompose is the NFD (or NFKD) of rs: every code point decomposed, then
// each run of non-starters put in combining-class order (stably).
func decompose(rs []rune, compat bool) []rune {
	out := make([]rune, 0, len(rs))
	for _, r := range rs {
		out = appendDecomposed(out, r, compat)
	}
	for i := 0; i < len(out); {
		if Combining(out[i]) == 0 {
			i++
			continue
		}
		j := i
		for j < len(out) && Combining(out[j]) != 0 {
			j++
		}
		run := out[i:j]
		sort.SliceStable(run, func(a, b int) bool { return Combining(run[a]) < Combining(run[b]) })
		i = j
	}
	return out
}

// composePair is the primary composite of a and b, if any.
func composePair(a, b rune) (rune, bool) {
	if a >= lBase && a < lBase+lCount && b >= vBase && b < vBase+vCount {
		return sBase + ((a-lBase)*vCount+(b-vBase))*tCount, true
	}
	if a >= sBase && a < sBase+sCount && (a-sBase)%tCount == 0 && b > tBase && b < tBase+tCount {
		return a + (b - tBase), true
	}
	c, ok := compose[[2]rune{a, b}]
	return c, ok
}

// recompose applies canonical composition to a decomposed text: each
// character joins the last starter when no character between them has a
// combining class as high as its own.
func recompose(rs []rune) []rune {
	out := rs[:0]
	starter := -1
	last := 0
	for _, r := range rs {
		cc := Combining(r)
		if starter >= 0 && (last < cc || last == 0 && len(out) == starter+1) {
			if c, ok := composePair(out[starter], r); ok {
				out[starter] = c
				continue
			}
		}
		if cc == 0 {
			starter = len(out)
		}
		last = cc
		out = append(out, r)
	}
	return out
}

// Normalize returns s (a str's text) in form "NFC", "NFD", "NFKC" or
// "NFKD"; ok is false for any other form.
func Normalize(form, s string) (string, bool) {
	var compat, comp bool
	switch form {
	case "NFC":
		comp = true
	case "NFD":
	case "NFKC":
		compat, comp = true, true
	case "NFKD":
		compat = true
	default:
		return "", false
	}
	once.Do(load)
	rs := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		r, n := pystr.DecodeRune(s[i:])
		rs = append(rs, r)
		i += n
	}
	rs = decompose(rs, compat)
	if comp {
		rs = recompose(rs)
	}
	var b []byte
	for _, r := range rs {
		b = pystr.AppendRune(b, r)
	}
	return string(b), true
}
