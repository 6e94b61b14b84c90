package codecs

import (
	"strings"
	"sync"
)

// Codec is one text encoding.
type Codec struct {
	// Name is the name codecs.lookup reports ("utf-8", "iso8859-1").
	Name string
	// Module is the name of the codec's module in CPython's encodings
	// package ("utf_8", "latin_1"), which identifies the codec.
	Module string

	kind  kind
	cmap  *charmap // kind == kCharmap
	order int      // byte order of kUTF16/kUTF32 without a BOM: -1 little, 1 big, 0 BOM
}

type kind uint8

const (
	kUTF8 kind = iota
	kUTF8Sig
	kASCII
	kLatin1
	kCharmap
	kUTF16
	kUTF32
	kUnicodeEscape
	kRawUnicodeEscape
)

var (
	codecsOnce sync.Once
	byModule   map[string]*Codec
)

func initCodecs() {
	byModule = map[string]*Codec{}
	add := func(module string, k kind, order int) {
		byModule[module] = &Codec{Name: codecNames[module], Module: module, kind: k, order: order}
	}
	add("utf_8", kUTF8, 0)
	add("utf_8_sig", kUTF8Sig, 0)
	add("ascii", kASCII, 0)
	add("latin_1", kLatin1, 0)
	add("utf_16", kUTF16, 0)
	add("utf_16_le", kUTF16, -1)
	add("utf_16_be", kUTF16, 1)
	add("utf_32", kUTF32, 0)
	add("utf_32_le", kUTF32, -1)
	add("utf_32_be", kUTF32, 1)
	add("unicode_escape", kUnicodeEscape, 0)
	add("raw_unicode_escape", kRawUnicodeEscape, 0)
	for module, table := range charmapTables {
		byModule[module] = &Codec{Name: codecNames[module], Module: module, kind: kCharmap, cmap: newCharmap(table)}
	}
}

// Normalize folds an encoding name the way CPython does before looking it
// up: ASCII letters are lowercased, ASCII letters, digits and dots are
// kept, and every run of other characters between kept ones becomes a
// single underscore ("UTF-8" and " utf 8 " both give "utf_8").
func Normalize(name string) string {
	var b strings.Builder
	punct := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '.':
		default:
			punct = true
			continue
		}
		if punct && b.Len() > 0 {
			b.WriteByte('_')
		}
		punct = false
		b.WriteByte(c)
	}
	return b.String()
}

// Lookup returns the codec an encoding name designates, or a LookupError
// ("unknown encoding: NAME").
func Lookup(name string) (*Codec, error) {
	if c := lookupFast(name); c != nil {
		return c, nil
	}
	codecsOnce.Do(initCodecs)
	if strings.IndexByte(name, 0) >= 0 {
		return nil, &PyError{"ValueError", "embedded null character"}
	}
	n := Normalize(name)
	module, ok := aliasTable[n]
	if !ok {
		module, ok = aliasTable[strings.ReplaceAll(n, ".", "_")]
	}
	if !ok {
		module = n
	}
	if c, ok := byModule[module]; ok {
		return c, nil
	}
	return nil, lookupError("unknown encoding: %s", name)
}

// lookupFast finds the codecs every program names without normalizing.
func lookupFast(name string) *Codec {
	switch name {
	case "utf-8", "utf8", "UTF-8", "utf_8":
		codecsOnce.Do(initCodecs)
		return byModule["utf_8"]
	case "ascii":
		codecsOnce.Do(initCodecs)
		return byModule["ascii"]
	case "latin-1", "latin1", "iso-8859-1":
		codecsOnce.Do(initCodecs)
		return byModule["latin_1"]
	}
	return nil
}

// UTF8 returns the utf-8 codec.
func UTF8() *Codec { codecsOnce.Do(initCodecs); return byModule["utf_8"] }

// Modules lists the module names of the implemented codecs.
func Modules() []string {
	codecsOnce.Do(initCodecs)
	out := make([]string, 0, len(byModule))
	for m := range byModule {
		out = append(out, m)
	}
	return out
}

// errName is the codec name the codec's error messages give.
func (c *Codec) errName(decode bool) string {
	switch c.kind {
	case kUTF8, kUTF8Sig:
		return "utf-8"
	case kLatin1:
		return "latin-1"
	case kCharmap:
		return "charmap"
	case kUnicodeEscape:
		return "unicodeescape"
	case kRawUnicodeEscape:
		return "rawunicodeescape"
	case kUTF16:
		return utfName("utf-16", c.order, decode)
	case kUTF32:
		return utfName("utf-32", c.order, decode)
	}
	return c.Name
}

// utfName names a UTF-16 or UTF-32 codec in an error: decoding always
// names the byte order in use (little-endian unless a BOM said
// otherwise), encoding names the codec.
func utfName(base string, order int, decode bool) string {
	switch {
	case order > 0:
		return base + "-be"
	case order < 0 || decode:
		return base + "-le"
	}
	return base
}

// Aliases returns the aliases (normalized names) of the implemented
// codecs, mapped to their module names, as encodings.aliases.aliases
// lists them.
func Aliases() map[string]string {
	out := make(map[string]string, len(aliasTable))
	for k, v := range aliasTable {
		out[k] = v
	}
	return out
}
