package pystr

// Join implements str.join (and bytes.join) once the caller has checked
// that every item is a str ("sequence item N: expected str instance, T
// found"). The error is an OverflowError or MemoryError when the result is
// too long.
func Join(sep string, items []string) (string, error) {
	switch len(items) {
	case 0:
		return "", nil
	case 1:
		return items[0], nil
	}
	n := 0
	for i, it := range items {
		if i > 0 {
			if n > maxInt-len(sep) {
				return "", errJoinTooLong
			}
			n += len(sep)
		}
		if n > maxInt-len(it) {
			return "", errJoinTooLong
		}
		n += len(it)
	}
	if err := checkSize(n); err != nil {
		return "", err
	}
	buf := make([]byte, 0, n)
	for i, it := range items {
		if i > 0 {
			buf = append(buf, sep...)
		}
		buf = append(buf, it...)
	}
	return bytesToString(buf), nil
}

var errJoinTooLong = &Error{Type: "OverflowError", Msg: "join() result is too long for a Python string"}

// MakeTransEntry is one item of the dict str.maketrans returns: Key maps
// to the code point Value, or to None when IsNone.
type MakeTransEntry struct {
	Key    rune
	Value  rune
	IsNone bool
}

// MakeTrans implements the two- and three-argument forms of
// str.maketrans(x, y, z): x[i] maps to y[i], then every code point of z
// maps to None. The entries come in the insertion order of the resulting
// dict (a key set twice keeps its first position and its last value). Pass
// z == "" for the two-argument form. The one-argument (dict) form is left
// to the caller.
func MakeTrans(x, y, z string) ([]MakeTransEntry, error) {
	if Len(x) != Len(y) {
		return nil, &Error{Type: "ValueError", Msg: "the first two maketrans arguments must have equal length"}
	}
	var out []MakeTransEntry
	pos := map[rune]int{}
	set := func(k, v rune, none bool) {
		if i, ok := pos[k]; ok {
			out[i].Value, out[i].IsNone = v, none
			return
		}
		pos[k] = len(out)
		out = append(out, MakeTransEntry{Key: k, Value: v, IsNone: none})
	}
	for i, j := 0, 0; i < len(x); {
		a, n := DecodeRune(x[i:])
		b, m := DecodeRune(y[j:])
		set(a, b, false)
		i += n
		j += m
	}
	for i := 0; i < len(z); {
		a, n := DecodeRune(z[i:])
		set(a, 0, true)
		i += n
	}
	return out, nil
}

// Translate implements str.translate for a table the caller has turned into
// a Go map: a code point present in the map is replaced by its string (""
// deletes it, which is what None does), others are kept. The caller
// converts integer values with EncodeRune after checking them
// ("character mapping must be in range(0x110000)"). For tables that are
// not dicts use TranslateFunc.
func Translate(s string, table map[rune]string) (string, error) {
	return TranslateFunc(s, func(r rune) (string, bool, error) {
		repl, ok := table[r]
		return repl, ok, nil
	})
}

// TranslateFunc implements str.translate with a lookup function, called
// once per code point of s: ok false keeps the code point (Python's
// LookupError), otherwise it is replaced by repl. An error from lookup is
// returned as is.
func TranslateFunc(s string, lookup func(r rune) (repl string, ok bool, err error)) (string, error) {
	buf := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, size := DecodeRune(s[i:])
		repl, ok, err := lookup(r)
		if err != nil {
			return "", err
		}
		if !ok {
			buf = append(buf, s[i:i+size]...)
		} else {
			if len(buf)+len(repl) > MaxResultBytes {
				return "", ErrMemory
			}
			buf = append(buf, repl...)
		}
		i += size
	}
	return bytesToString(buf), nil
}
