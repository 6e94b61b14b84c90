package format

import (
	"bufio"
	"compress/gzip"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// loadGolden reads testdata/NAME.json.gz, written by testdata/gen_golden.py.
func loadGolden(t testing.TB, name string) [][]json.RawMessage {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name+".json.gz"))
	require.NoError(t, err)
	defer f.Close()
	zr, err := gzip.NewReader(f)
	require.NoError(t, err)
	var rows [][]json.RawMessage
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var row []json.RawMessage
		require.NoError(t, json.Unmarshal(sc.Bytes(), &row))
		rows = append(rows, row)
	}
	require.NoError(t, sc.Err())
	require.NotEmpty(t, rows, "golden file %s is empty", name)
	return rows
}

func jstr(t testing.TB, m json.RawMessage) string {
	t.Helper()
	var s string
	require.NoError(t, json.Unmarshal(m, &s))
	return s
}

func jint(t testing.TB, m json.RawMessage) int {
	t.Helper()
	var n int
	require.NoError(t, json.Unmarshal(m, &n))
	return n
}

func jfloat(t testing.TB, m json.RawMessage) float64 {
	t.Helper()
	return bitsFloat(t, jstr(t, m))
}

func bitsFloat(t testing.TB, s string) float64 {
	b, err := hex.DecodeString(s)
	require.NoError(t, err)
	var u uint64
	for _, c := range b {
		u = u<<8 | uint64(c)
	}
	return math.Float64frombits(u)
}

func floatBits(x float64) string {
	return fmt.Sprintf("%016x", math.Float64bits(x))
}

// result is a golden outcome: either OK with a value or an exception.
type result struct {
	ok    bool
	value json.RawMessage
	typ   string
	msg   string
}

func jresult(t testing.TB, m json.RawMessage) result {
	t.Helper()
	var parts []json.RawMessage
	require.NoError(t, json.Unmarshal(m, &parts))
	if jstr(t, parts[0]) == "ok" {
		return result{ok: true, value: parts[1]}
	}
	return result{typ: jstr(t, parts[1]), msg: jstr(t, parts[2])}
}

// mismatches collects failures so that one broken rule does not print
// thousands of lines; it reports the count and the first few.
type mismatches struct {
	t     testing.TB
	name  string
	n     int
	total int
}

func (m *mismatches) check(desc string, want result, got string, err error) {
	m.total++
	var gotDesc, wantDesc string
	if err != nil {
		var fe *Error
		if errors.As(err, &fe) {
			gotDesc = "err " + fe.Type + ": " + fe.Msg
		} else {
			gotDesc = "foreign err " + err.Error()
		}
	} else {
		gotDesc = "ok " + fmt.Sprintf("%q", got)
	}
	if want.ok {
		var s string
		if json.Unmarshal(want.value, &s) != nil {
			s = string(want.value)
		}
		wantDesc = "ok " + fmt.Sprintf("%q", s)
	} else {
		wantDesc = "err " + want.typ + ": " + want.msg
	}
	if gotDesc != wantDesc {
		m.n++
		if m.n <= 25 {
			m.t.Errorf("%s: %s\n  want %s\n  got  %s", m.name, desc, trunc(wantDesc), trunc(gotDesc))
		}
	}
}

func trunc(s string) string {
	if len(s) > 300 {
		return s[:300] + fmt.Sprintf("...(%d bytes)", len(s))
	}
	return s
}

func (m *mismatches) done() {
	if m.total == 0 {
		m.t.Errorf("%s: no cases checked", m.name)
	}
	if m.n > 0 {
		m.t.Errorf("%s: %d of %d cases differ from CPython", m.name, m.n, m.total)
	} else {
		m.t.Logf("%s: %d cases match", m.name, m.total)
	}
}

func newMismatches(t testing.TB, name string) *mismatches { return &mismatches{t: t, name: name} }
