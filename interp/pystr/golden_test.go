package pystr

import (
	"bufio"
	"compress/gzip"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"
)

// The golden files are produced by testdata/gen_golden.py from CPython 3.11.
// This harness plays the part of the object layer: it turns Python argument
// values into the package's conventions (None start/end, None chars, tuple
// prefixes, index errors raised by the caller) and checks every result.

// pyBytes is a bytes value in a golden file, to tell it apart from a str.
type pyBytes string

type goldenCase struct {
	M    string            `json:"m"`
	A    []json.RawMessage `json:"a"`
	R    json.RawMessage   `json:"r"`
	E    []string          `json:"e"`
	line int
}

// openRaw opens a gzip-compressed file of testdata.
func openRaw(t testing.TB, name string) io.Reader {
	f, err := os.Open(filepath.Join("testdata", name))
	require.NoError(t, err)
	t.Cleanup(func() { f.Close() })
	zr, err := gzip.NewReader(f)
	require.NoError(t, err)
	return zr
}

func openGolden(t testing.TB, name string) *bufio.Scanner {
	sc := bufio.NewScanner(openRaw(t, name))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	return sc
}

func readCases(t testing.TB, name string) []goldenCase {
	sc := openGolden(t, name)
	var out []goldenCase
	for n := 1; sc.Scan(); n++ {
		var c goldenCase
		require.NoError(t, json.Unmarshal(sc.Bytes(), &c), "%s:%d", name, n)
		c.line = n
		out = append(out, c)
	}
	require.NoError(t, sc.Err())
	return out
}

// decodeVal turns a golden JSON value into string (str), pyBytes, int,
// bool, nil or []any.
func decodeVal(t testing.TB, raw json.RawMessage) any {
	t.Helper()
	if len(raw) == 0 {
		t.Fatalf("missing value")
	}
	switch raw[0] {
	case '"':
		var s string
		require.NoError(t, json.Unmarshal(raw, &s))
		return s
	case '{':
		var m map[string]string
		require.NoError(t, json.Unmarshal(raw, &m))
		if h, ok := m["x"]; ok {
			b, err := hex.DecodeString(h)
			require.NoError(t, err)
			return string(b)
		}
		if h, ok := m["w"]; ok {
			b, err := hex.DecodeString(h)
			require.NoError(t, err)
			return string(b)
		}
		text, ok := m["b"]
		require.True(t, ok, "unknown value %s", raw)
		b := make([]byte, 0, len(text))
		for _, r := range text {
			require.Less(t, r, rune(256))
			b = append(b, byte(r))
		}
		return pyBytes(b)
	case '[':
		var items []json.RawMessage
		require.NoError(t, json.Unmarshal(raw, &items))
		out := make([]any, len(items))
		for i, it := range items {
			out[i] = decodeVal(t, it)
		}
		return out
	case 'n':
		return nil
	case 't':
		return true
	case 'f':
		return false
	}
	n, err := strconv.ParseInt(string(raw), 10, 64)
	require.NoError(t, err, "value %s", raw)
	return int(n)
}

// args gives typed access to a case's arguments.
type args []any

func (a args) str(i int) string {
	switch v := a[i].(type) {
	case string:
		return v
	case pyBytes:
		return string(v)
	}
	panic(fmt.Sprintf("argument %d is %T, not str/bytes", i, a[i]))
}

func (a args) int(i int) int { return a[i].(int) }

// optInt returns argument i, or def when it is absent or None.
func (a args) optInt(i, def int) int {
	if i >= len(a) || a[i] == nil {
		return def
	}
	return a[i].(int)
}

func (a args) isNone(i int) bool { return i >= len(a) || a[i] == nil }

func (a args) strs(i int) []string {
	items := a[i].([]any)
	out := make([]string, len(items))
	for k := range items {
		out[k] = args(items).str(k)
	}
	return out
}

func strList(xs []string) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

func bytesList(xs []string) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = pyBytes(x)
	}
	return out
}

type method func(a args) (any, error)

var (
	errIndex = &Error{Type: "IndexError", Msg: "string index out of range"}
)

func firstRune(s string) rune {
	r, _ := DecodeRune(s)
	return r
}

func strMethods() map[string]method {
	pred := func(f func(string) bool) method {
		return func(a args) (any, error) { return f(a.str(0)), nil }
	}
	conv := func(f func(string) string) method {
		return func(a args) (any, error) { return f(a.str(0)), nil }
	}
	strip := func(ws func(string) string, chars func(string, string) string) method {
		return func(a args) (any, error) {
			if a.isNone(1) {
				return ws(a.str(0)), nil
			}
			return chars(a.str(0), a.str(1)), nil
		}
	}
	split := func(ws func(string, int) []string, sep func(string, string, int) ([]string, error)) method {
		return func(a args) (any, error) {
			maxsplit := a.optInt(2, -1)
			if a.isNone(1) {
				return strList(ws(a.str(0), maxsplit)), nil
			}
			r, err := sep(a.str(0), a.str(1), maxsplit)
			return strList(r), err
		}
	}
	search := func(f func(string, string, int, int) int, raise bool) method {
		return func(a args) (any, error) {
			r := f(a.str(0), a.str(1), a.optInt(2, NoStart), a.optInt(3, NoEnd))
			if raise && r < 0 {
				return nil, ErrSubstringNotFound
			}
			return r, nil
		}
	}
	affix := func(one func(string, string, int, int) bool, many func(string, []string, int, int) bool) method {
		return func(a args) (any, error) {
			start, end := a.optInt(2, NoStart), a.optInt(3, NoEnd)
			if _, ok := a[1].([]any); ok {
				return many(a.str(0), a.strs(1), start, end), nil
			}
			return one(a.str(0), a.str(1), start, end), nil
		}
	}
	part := func(f func(string, string) (string, string, string, error)) method {
		return func(a args) (any, error) {
			x, y, z, err := f(a.str(0), a.str(1))
			return []any{x, y, z}, err
		}
	}
	justify := func(f func(string, int, rune) (string, error)) method {
		return func(a args) (any, error) {
			return f(a.str(0), a.int(1), firstRune(a.str(2)))
		}
	}
	return map[string]method{
		"isalnum":      pred(IsAlnum),
		"isalpha":      pred(IsAlpha),
		"isascii":      pred(IsASCII),
		"isdecimal":    pred(IsDecimal),
		"isdigit":      pred(IsDigit),
		"isidentifier": pred(IsIdentifier),
		"islower":      pred(IsLower),
		"isnumeric":    pred(IsNumeric),
		"isprintable":  pred(IsPrintable),
		"isspace":      pred(IsSpace),
		"istitle":      pred(IsTitle),
		"isupper":      pred(IsUpper),
		"lower":        conv(Lower),
		"upper":        conv(Upper),
		"casefold":     conv(Casefold),
		"capitalize":   conv(Capitalize),
		"title":        conv(Title),
		"swapcase":     conv(Swapcase),
		"__repr__":     conv(Repr),
		"ascii":        conv(ASCII),
		"strip":        strip(Strip, StripChars),
		"lstrip":       strip(LStrip, LStripChars),
		"rstrip":       strip(RStrip, RStripChars),
		"split":        split(SplitWhitespace, Split),
		"rsplit":       split(RSplitWhitespace, RSplit),
		"__len__":      func(a args) (any, error) { return Len(a.str(0)), nil },
		"list": func(a args) (any, error) {
			var out []any
			for c := range Chars(a.str(0)) {
				out = append(out, c)
			}
			if out == nil {
				out = []any{}
			}
			return out, nil
		},
		"splitlines": func(a args) (any, error) {
			return strList(SplitLines(a.str(0), a[1].(bool))), nil
		},
		"getitem": func(a args) (any, error) {
			c, ok := CharAt(a.str(0), a.int(1))
			if !ok {
				return nil, errIndex
			}
			return c, nil
		},
		"getslice": func(a args) (any, error) {
			s := a.str(0)
			step := a.optInt(3, 1)
			start := a.optInt(1, 0)
			stop := a.optInt(2, maxInt)
			if step < 0 {
				start = a.optInt(1, maxInt)
				stop = a.optInt(2, minInt)
			}
			start, stop, _ = AdjustSlice(Len(s), start, stop, step)
			return Slice(s, start, stop, step), nil
		},
		"find":         search(Find, false),
		"rfind":        search(RFind, false),
		"index":        search(Find, true),
		"rindex":       search(RFind, true),
		"count":        search(Count, false),
		"startswith":   affix(StartsWith, StartsWithAny),
		"endswith":     affix(EndsWith, EndsWithAny),
		"__contains__": func(a args) (any, error) { return Contains(a.str(0), a.str(1)), nil },
		"removeprefix": func(a args) (any, error) { return RemovePrefix(a.str(0), a.str(1)), nil },
		"removesuffix": func(a args) (any, error) { return RemoveSuffix(a.str(0), a.str(1)), nil },
		"partition":    part(Partition),
		"rpartition":   part(RPartition),
		"replace": func(a args) (any, error) {
			return Replace(a.str(0), a.str(1), a.str(2), a.int(3))
		},
		"center": justify(Center),
		"ljust":  justify(LJust),
		"rjust":  justify(RJust),
		"zfill":  func(a args) (any, error) { return ZFill(a.str(0), a.int(1)) },
		"expandtabs": func(a args) (any, error) {
			return ExpandTabs(a.str(0), a.optInt(1, 8))
		},
		"join": func(a args) (any, error) { return Join(a.str(0), a.strs(1)) },
		"translate": func(a args) (any, error) {
			table := map[rune]string{}
			for _, kv := range a[1].([]any) {
				kv := kv.([]any)
				k := rune(kv[0].(int))
				switch v := kv[1].(type) {
				case nil:
					table[k] = ""
				case int:
					table[k] = EncodeRune(rune(v))
				case string:
					table[k] = v
				}
			}
			return Translate(a.str(0), table)
		},
		"maketrans": func(a args) (any, error) {
			entries, err := MakeTrans(a.str(0), a.str(1), a.str(2))
			if err != nil {
				return nil, err
			}
			out := []any{}
			for _, e := range entries {
				var v any = int(e.Value)
				if e.IsNone {
					v = nil
				}
				out = append(out, []any{int(e.Key), v})
			}
			return out, nil
		},
	}
}

func bytesMethods() map[string]method {
	pred := func(f func(string) bool) method {
		return func(a args) (any, error) { return f(a.str(0)), nil }
	}
	conv := func(f func(string) string) method {
		return func(a args) (any, error) { return pyBytes(f(a.str(0))), nil }
	}
	strip := func(ws func(string) string, chars func(string, string) string) method {
		return func(a args) (any, error) {
			if a.isNone(1) {
				return pyBytes(ws(a.str(0))), nil
			}
			return pyBytes(chars(a.str(0), a.str(1))), nil
		}
	}
	split := func(ws func(string, int) []string, sep func(string, string, int) ([]string, error)) method {
		return func(a args) (any, error) {
			maxsplit := a.optInt(2, -1)
			if a.isNone(1) {
				return bytesList(ws(a.str(0), maxsplit)), nil
			}
			r, err := sep(a.str(0), a.str(1), maxsplit)
			return bytesList(r), err
		}
	}
	search := func(f func(string, string, int, int) int, raise bool) method {
		return func(a args) (any, error) {
			r := f(a.str(0), a.str(1), a.optInt(2, NoStart), a.optInt(3, NoEnd))
			if raise && r < 0 {
				return nil, ErrSubsectionNotFound
			}
			return r, nil
		}
	}
	affix := func(one func(string, string, int, int) bool) method {
		return func(a args) (any, error) {
			return one(a.str(0), a.str(1), a.optInt(2, NoStart), a.optInt(3, NoEnd)), nil
		}
	}
	part := func(f func(string, string) (string, string, string, error)) method {
		return func(a args) (any, error) {
			x, y, z, err := f(a.str(0), a.str(1))
			return []any{pyBytes(x), pyBytes(y), pyBytes(z)}, err
		}
	}
	bres := func(s string, err error) (any, error) {
		if err != nil {
			return nil, err
		}
		return pyBytes(s), nil
	}
	justify := func(f func(string, int, byte) (string, error)) method {
		return func(a args) (any, error) { return bres(f(a.str(0), a.int(1), a.str(2)[0])) }
	}
	return map[string]method{
		"isalnum":    pred(BytesIsAlnum),
		"isalpha":    pred(BytesIsAlpha),
		"isascii":    pred(IsASCII),
		"isdigit":    pred(BytesIsDigit),
		"islower":    pred(BytesIsLower),
		"isspace":    pred(BytesIsSpace),
		"istitle":    pred(BytesIsTitle),
		"isupper":    pred(BytesIsUpper),
		"lower":      conv(BytesLower),
		"upper":      conv(BytesUpper),
		"capitalize": conv(BytesCapitalize),
		"title":      conv(BytesTitle),
		"swapcase":   conv(BytesSwapcase),
		"__repr__":   func(a args) (any, error) { return BytesRepr(a.str(0)), nil },
		"strip":      strip(BytesStrip, BytesStripChars),
		"lstrip":     strip(BytesLStrip, BytesLStripChars),
		"rstrip":     strip(BytesRStrip, BytesRStripChars),
		"split":      split(BytesSplitWhitespace, Split),
		"rsplit":     split(BytesRSplitWhitespace, RSplit),
		"splitlines": func(a args) (any, error) {
			return bytesList(BytesSplitLines(a.str(0), a[1].(bool))), nil
		},
		"center": justify(BytesCenter),
		"ljust":  justify(BytesLJust),
		"rjust":  justify(BytesRJust),
		"zfill":  func(a args) (any, error) { return bres(BytesZFill(a.str(0), a.int(1))) },
		"expandtabs": func(a args) (any, error) {
			return bres(BytesExpandTabs(a.str(0), a.optInt(1, 8)))
		},
		"translate": func(a args) (any, error) {
			del := ""
			if len(a) > 2 {
				del = a.str(2)
			}
			if a.isNone(1) {
				return pyBytes(BytesDelete(a.str(0), del)), nil
			}
			return bres(BytesTranslate(a.str(0), a.str(1), del))
		},
		"maketrans":    func(a args) (any, error) { return bres(BytesMakeTrans(a.str(0), a.str(1))) },
		"find":         search(BytesFind, false),
		"rfind":        search(BytesRFind, false),
		"index":        search(BytesFind, true),
		"rindex":       search(BytesRFind, true),
		"count":        search(BytesCount, false),
		"startswith":   affix(BytesStartsWith),
		"endswith":     affix(BytesEndsWith),
		"partition":    part(Partition),
		"rpartition":   part(RPartition),
		"removeprefix": func(a args) (any, error) { return pyBytes(RemovePrefix(a.str(0), a.str(1))), nil },
		"removesuffix": func(a args) (any, error) { return pyBytes(RemoveSuffix(a.str(0), a.str(1))), nil },
		"replace": func(a args) (any, error) {
			return bres(BytesReplace(a.str(0), a.str(1), a.str(2), a.int(3)))
		},
	}
}

// runGolden checks every case of a golden file and returns how many ran.
func runGolden(t *testing.T, name string, methods map[string]method) int {
	cases := readCases(t, name)
	failures := 0
	for _, c := range cases {
		m, ok := methods[c.M]
		if !ok {
			t.Errorf("%s:%d: no method %q", name, c.line, c.M)
			failures++
			continue
		}
		var a args
		for _, raw := range c.A {
			a = append(a, decodeVal(t, raw))
		}
		got, err := m(a)
		if c.E != nil {
			want := &Error{Type: c.E[0], Msg: c.E[1]}
			if !reflect.DeepEqual(err, want) {
				t.Errorf("%s:%d: %s%v: got (%#v, %v), want error %v", name, c.line, c.M, a, got, err, want)
				failures++
			}
		} else {
			want := decodeVal(t, c.R)
			if err != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("%s:%d: %s%v:\n got  %#v (err %v)\n want %#v", name, c.line, c.M, a, got, err, want)
				failures++
			}
		}
		if failures > 50 {
			t.Fatalf("too many failures")
		}
	}
	return len(cases)
}

func TestGoldenStr(t *testing.T) {
	methods := strMethods()
	for _, name := range []string{"str_unary", "str_index", "str_search", "str_split", "str_pad", "str_misc"} {
		t.Run(name, func(t *testing.T) {
			n := runGolden(t, name+".jsonl.gz", methods)
			require.Greater(t, n, 500, "too few cases in %s", name)
			t.Logf("%s: %d cases", name, n)
		})
	}
}

func TestGoldenBytes(t *testing.T) {
	methods := bytesMethods()
	for _, name := range []string{"bytes_unary", "bytes_search"} {
		t.Run(name, func(t *testing.T) {
			n := runGolden(t, name+".jsonl.gz", methods)
			require.Greater(t, n, 500, "too few cases in %s", name)
			t.Logf("%s: %d cases", name, n)
		})
	}
}

// TestGoldenInvalid checks the documented treatment of invalid UTF-8: each
// bad byte behaves as the code point U+DC00+byte and is kept as the byte,
// which is CPython's "surrogateescape" view of the same bytes.
func TestGoldenInvalid(t *testing.T) {
	n := runGolden(t, "invalid.jsonl.gz", strMethods())
	require.Greater(t, n, 500)
	t.Logf("invalid: %d cases", n)
}
