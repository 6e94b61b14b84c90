// Package unidata answers the Unicode questions Python's lexical rules ask
// that Go's standard library cannot: which code points may start or
// continue an identifier, the NFKC form of an identifier, and the code
// point of a character name (for "\N{...}" escapes).
//
// The tables come from Python 3.11's unicodedata (Unicode 14.0) through
// gen.py, which writes the embedded unidata.bin.gz. They are loaded on first
// use, which only happens for source that is not plain ASCII.
package unidata

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed unidata.bin.gz
var packed []byte

// aliasText holds the formal name aliases ("\N{NBSP}", "\N{LINE FEED}",
// "\N{BYTE ORDER MARK}" and the corrected names such as "LATIN CAPITAL
// LETTER GHA"), which Python's name lookups accept beside the names.
//
//go:embed aliases.txt
var aliasText string

type rng struct{ lo, hi rune }

type prefixRange struct {
	lo, hi rune
	prefix string
}

var (
	once      sync.Once
	idStart   []rng
	idCont    []rng
	printable []rng
	nfkc      map[rune]string
	compose   map[[2]rune]rune
	algo      []prefixRange
	namesText []string
	namesCode []rune
	nameIndex map[string]rune
	aliases   map[string]rune
	codecs    map[string]*[128]rune
)

func load() {
	zr, err := gzip.NewReader(bytes.NewReader(packed))
	if err != nil {
		panic("unidata: corrupt table: " + err.Error())
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	hex := func(s string) rune {
		v, _ := strconv.ParseUint(s, 16, 32)
		return rune(v)
	}
	section := ""
	var prev rune
	nfkc = map[rune]string{}
	codecs = map[string]*[128]rune{}
	var codecNames []string
	compose = map[[2]rune]rune{}
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			section, _, _ = strings.Cut(line[1:], " ")
			continue
		}
		switch section {
		case "start", "continue", "printable":
			a, b, _ := strings.Cut(line, " ")
			r := rng{hex(a), hex(b)}
			switch section {
			case "start":
				idStart = append(idStart, r)
			case "continue":
				idCont = append(idCont, r)
			default:
				printable = append(printable, r)
			}
		case "nfkc":
			f := strings.Fields(line)
			var sb strings.Builder
			for _, x := range f[1:] {
				sb.WriteRune(hex(x))
			}
			nfkc[hex(f[0])] = sb.String()
		case "compose":
			f := strings.Fields(line)
			compose[[2]rune{hex(f[0]), hex(f[1])}] = hex(f[2])
		case "ranges":
			f := strings.SplitN(line, " ", 3)
			algo = append(algo, prefixRange{hex(f[0]), hex(f[1]), f[2]})
		case "codecs":
			if codecNames == nil {
				codecNames = strings.Fields(line)
				continue
			}
			var tab [128]rune
			for i, f := range strings.Fields(line) {
				if f == "-" {
					tab[i] = -1
				} else {
					tab[i] = hex(f)
				}
			}
			for _, n := range codecNames {
				codecs[n] = &tab
			}
			codecNames = nil
		case "names":
			d, name, _ := strings.Cut(line, " ")
			prev += hex(d)
			namesText = append(namesText, name)
			namesCode = append(namesCode, prev)
		}
	}
	aliases = map[string]rune{}
	for _, line := range strings.Split(aliasText, "\n") {
		cp, name, ok := strings.Cut(line, ";")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		aliases[name] = parseAliasCode(cp)
	}
	nameIndex = make(map[string]rune, len(namesText))
	for i, n := range namesText {
		nameIndex[n] = namesCode[i]
	}
}

func in(t []rng, r rune) bool {
	i := sort.Search(len(t), func(i int) bool { return t[i].hi >= r })
	return i < len(t) && t[i].lo <= r
}

// IsIDStart reports whether r may start a Python identifier.
func IsIDStart(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	once.Do(load)
	return in(idStart, r)
}

// IsIDContinue reports whether r may follow the first character of a
// Python identifier.
func IsIDContinue(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	once.Do(load)
	return in(idCont, r)
}

// IsPrintable reports whether Python's str.isprintable() holds for r.
func IsPrintable(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= ' ' && r < 0x7f
	}
	once.Do(load)
	return in(printable, r)
}

// NFKC returns the NFKC normal form of an identifier made of characters for
// which IsIDContinue holds. Characters are mapped one at a time to their
// NFKC forms, then adjacent pairs are composed; canonical reordering of
// several combining marks is not done.
func NFKC(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	once.Do(load)
	var rs []rune
	for _, r := range s {
		if m, ok := nfkc[r]; ok {
			rs = append(rs, []rune(m)...)
		} else {
			rs = append(rs, r)
		}
	}
	out := rs[:0]
	for _, r := range rs {
		if n := len(out); n > 0 {
			if c, ok := compose[[2]rune{out[n-1], r}]; ok {
				out[n-1] = c
				continue
			}
			if c, ok := hangulCompose(out[n-1], r); ok {
				out[n-1] = c
				continue
			}
		}
		out = append(out, r)
	}
	return string(out)
}

func hangulCompose(a, b rune) (rune, bool) {
	const sBase, lBase, vBase, tBase = 0xAC00, 0x1100, 0x1161, 0x11A7
	const lCount, vCount, tCount = 19, 21, 28
	if a >= lBase && a < lBase+lCount && b >= vBase && b < vBase+vCount {
		return sBase + ((a-lBase)*vCount+(b-vBase))*tCount, true
	}
	if a >= sBase && a < sBase+lCount*vCount*tCount && (a-sBase)%tCount == 0 && b > tBase && b < tBase+tCount {
		return a + (b - tBase), true
	}
	return 0, false
}

// Codec returns the table of a single-byte source encoding: the code points
// of bytes 0x80 to 0xFF, -1 where undefined. The name is normalized as
// Python's encodings package does, and may be any of Python's aliases.
func Codec(name string) (*[128]rune, bool) {
	once.Do(load)
	var b strings.Builder
	under := false
	for _, c := range strings.ToLower(name) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' {
			if under && b.Len() > 0 {
				b.WriteByte('_')
			}
			under = false
			b.WriteRune(c)
		} else {
			under = true
		}
	}
	t, ok := codecs[b.String()]
	return t, ok
}

// Lookup returns the code point with the given Unicode character name or
// formal name alias, as Python's "\N{name}" escape finds it: case does not
// matter. Named sequences (several code points) are not looked up.
//
// As in CPython, the names made by rule (Hangul syllables, CJK and other
// ideographs with their code point in hex) must be given in upper case.
func Lookup(name string) (rune, bool) {
	once.Do(load)
	orig := name
	name = strings.ToUpper(name)
	if r, ok := nameIndex[name]; ok {
		if r >= 0xAC00 && r <= 0xD7A3 && orig != name {
			return 0, false
		}
		return r, true
	}
	if r, ok := aliases[name]; ok {
		return r, true
	}
	if orig != name {
		return 0, false
	}
	for _, a := range algo {
		if strings.HasPrefix(name, a.prefix) {
			h := name[len(a.prefix):]
			if len(h) < 4 || len(h) > 5 {
				continue
			}
			v, err := strconv.ParseUint(h, 16, 32)
			if err == nil && rune(v) >= a.lo && rune(v) <= a.hi && strings.ToUpper(strconv.FormatUint(v, 16)) == h {
				return rune(v), true
			}
		}
	}
	return 0, false
}

// Name returns the Unicode name of r, as unicodedata.name gives it (the
// reverse of Lookup).
func Name(r rune) (string, bool) {
	once.Do(load)
	i := sort.Search(len(namesCode), func(i int) bool { return namesCode[i] >= r })
	if i < len(namesCode) && namesCode[i] == r {
		return namesText[i], true
	}
	for _, a := range algo {
		if a.lo <= r && r <= a.hi {
			return a.prefix + strings.ToUpper(strconv.FormatUint(uint64(r), 16)), true
		}
	}
	return "", false
}

// parseAliasCode reads the hexadecimal code point of an aliases.txt line.
func parseAliasCode(s string) rune {
	v, err := strconv.ParseUint(s, 16, 32)
	if err != nil {
		panic("unidata: corrupt alias table: " + s)
	}
	return rune(v)
}
