package harness

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseRules(t *testing.T) {
	r, err := ParseRules(`# why
mask /\d+\.\d+ s/ <t> s
unordered
ordered ^A
timeout 2.5
long
serial
hashseed
`)
	require.NoError(t, err)
	require.Len(t, r.Masks, 1)
	assert.Equal(t, "<t> s", r.Masks[0].With)
	assert.True(t, r.Unordered)
	assert.True(t, r.Long)
	assert.True(t, r.Serial)
	assert.True(t, r.HashSeed)
	assert.False(t, r.Network)
	assert.Equal(t, 2500*time.Millisecond, r.Timeout)

	for _, bad := range []string{"frobnicate", "mask", "mask (", "mask /(/ x", "mask /unterminated", "timeout -1", "ordered ^A", "unordered\nordered"} {
		_, err := ParseRules(bad)
		assert.Error(t, err, bad)
	}
	def, err := ParseRules("")
	require.NoError(t, err)
	assert.Equal(t, DefaultTimeout, def.Timeout)
	assert.False(t, def.HashSeed)
}

func TestCompareExact(t *testing.T) {
	assert.Empty(t, Compare("a\nb\n", "a\nb\n", nil))
	d := Compare("a\nb\n", "a\nc\n", nil)
	assert.Contains(t, d, "line 2")
	assert.Contains(t, d, "want b")
	assert.Contains(t, d, "got  c")
	assert.Contains(t, Compare("a\n", "a\nb\n", nil), "<end of output>")
	assert.Contains(t, Compare("a\nb\n", "a\n", nil), "<end of output>")
}

func TestCompareUnordered(t *testing.T) {
	r, err := ParseRules("unordered\nordered ^N\nordered ^L")
	require.NoError(t, err)
	want := "N1\nL1\nN2\nL2\n"
	assert.Empty(t, Compare(want, "L1\nN1\nL2\nN2\n", r))
	assert.Contains(t, Compare(want, "N2\nL1\nN1\nL2\n", r), "out of order")
	assert.Contains(t, Compare(want, "N1\nL1\nN2\n", r), "missing")
	assert.Contains(t, Compare(want, "N1\nL1\nN2\nL2\nX\n", r), "unexpected")
}

func TestCompareInterleave(t *testing.T) {
	r, err := ParseRules(`interleave "Square:" " " "49" "\n"
interleave "Quad:" " " "2401" "\n"`)
	require.NoError(t, err)
	require.Equal(t, [][]string{{"Square:", " ", "49", "\n"}, {"Quad:", " ", "2401", "\n"}}, r.Interleave)
	want := "Square: 49\nQuad: 2401\nexit=0\n"
	for _, ok := range []string{want, "Quad: 2401\nSquare: 49\nexit=0\n", "Square: Quad: 2401\n49\nexit=0\n", "Square:Quad: 2401\n 49\nexit=0\n", "Square:Quad:  240149\n\nexit=0\n"} {
		assert.Empty(t, Compare(want, ok, r), ok)
	}
	for _, bad := range []string{"49 Square:\nQuad: 2401\nexit=0\n", "Square: 49\nQuad: 2401\n", "Square: 49\nQuad: 2401\nexit=1\n", "Square: 49\nexit=0\n", "Square: 49\nQuad: 2401\nQuad: 2401\nexit=0\n"} {
		assert.NotEmpty(t, Compare(want, bad, r), bad)
	}
	assert.Contains(t, Compare("nothing like it\n", want, r), "CPython's output does not begin")
	for _, text := range []string{"interleave", `interleave "unterminated`, "interleave bare"} {
		_, err := ParseRules(text)
		assert.Error(t, err, text)
	}
}

func TestCompareTokens(t *testing.T) {
	r, err := ParseRules("tokens")
	require.NoError(t, err)
	assert.Empty(t, Compare("Square: 49\nQuad: 2401\n", "Square: Quad: 2401\n49\n", r))
	assert.NotEmpty(t, Compare("Square: 49\n", "Square: 48\n", r))
}

func TestMasks(t *testing.T) {
	r, err := ParseRules(`mask /(took) \d+\.\d+/ $1 <t>`)
	require.NoError(t, err)
	n := Normalizer{}
	assert.Equal(t, "took <t> s", n.Normalize("took 1.25 s", r))
	assert.Empty(t, Compare(n.Normalize("took 1.25 s\n", r), n.Normalize("took 0.5 s\n", r), r))
}

func TestMaskSlash(t *testing.T) {
	r, err := ParseRules(`mask /a\/b/ c`)
	require.NoError(t, err)
	assert.Equal(t, "c", r.Masks[0].Re.ReplaceAllString("a/b", r.Masks[0].With))
}

func TestNormalizePaths(t *testing.T) {
	n := Normalizer{Dirs: map[string]string{"/a/b": "<scripts>", "/a/b/lib": StdlibMarker}}
	assert.Equal(t, `File "<scripts>/x.py" and <stdlib>/y.py`, n.Paths(`File "/a/b/x.py" and /a/b/lib/y.py`))
}

func TestCollapseLibraryFrames(t *testing.T) {
	in := `Traceback (most recent call last):
  File "<scripts>/x.py", line 3, in <module>
    main()
  File "<stdlib>/asyncio/runners.py", line 190, in run
    return runner.run(main)
           ^^^^^^^^^^^^^^^^
  File "<stdlib>/asyncio/base_events.py", line 653, in run_until_complete
    return future.result()
  File "<scripts>/x.py", line 2, in main
    f()
  File "<frozen importlib._bootstrap>", line 1, in _find
ValueError: boom`
	want := `Traceback (most recent call last):
  File "<scripts>/x.py", line 3, in <module>
    main()
  File <library frames>
  File "<scripts>/x.py", line 2, in main
    f()
  File <library frames>
ValueError: boom`
	assert.Equal(t, want, CollapseLibraryFrames(in))
	// A program frame between library frames keeps them apart, and a
	// program with no library frames is untouched.
	plain := "  File \"<scripts>/x.py\", line 1, in <module>\n    x\nNameError: x"
	assert.Equal(t, plain, CollapseLibraryFrames(plain))
}

func TestReadArgs(t *testing.T) {
	assert.Equal(t, []string{"100000", "a b"}, ReadArgs("# count\n100000\n\na b\n"))
	assert.Nil(t, ReadArgs(""))
}

func TestFindProgramsSkipsPackagesAndReadsStdin(t *testing.T) {
	root := t.TempDir()
	write := func(rel, text string) {
		path := filepath.Join(root, rel)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
	}
	write("a/prog.py", "input()\n")
	write("a/prog.stdin", "line\n")
	write("a/other.py", "")
	write("a/pkg/__init__.py", "")
	write("a/pkg/mod.py", "")
	write("a/pkg/deeper/leaf.py", "")
	write("a/plain/helper.py", "")
	progs, err := FindPrograms(root)
	require.NoError(t, err)
	var rels []string
	for _, p := range progs {
		rels = append(rels, p.Rel)
	}
	assert.Equal(t, []string{"a/other.py", "a/plain/helper.py", "a/prog.py"}, rels)
	assert.Nil(t, progs[0].Stdin)
	assert.Equal(t, []byte("line\n"), progs[2].Stdin)
}

func TestRunStdin(t *testing.T) {
	res, err := RunStdin([]string{"cat"}, t.TempDir(), nil, 10*time.Second, false, []byte("fed\n"))
	require.NoError(t, err)
	assert.Equal(t, "fed\n", res.Stdout)
	res, err = Run([]string{"cat"}, t.TempDir(), nil, 10*time.Second, false)
	require.NoError(t, err)
	assert.Equal(t, "", res.Stdout)
}

func TestStretchFor(t *testing.T) {
	assert.Equal(t, 1.0, stretchFor("0.50 0.40 0.30 1/200 123\n", 2), "a quiet machine keeps the timeout")
	assert.Equal(t, 1.0, stretchFor("2.00 0.40 0.30 1/200 123\n", 2), "one runnable process per CPU is not load")
	assert.Equal(t, 4.0, stretchFor("8.00 0.40 0.30 1/200 123\n", 2))
	assert.Equal(t, 8.0, stretchFor("8.00 0.40 0.30 1/200 123\n", 1), "only the CPUs this process may use count")
	assert.Equal(t, float64(maxStretch), stretchFor("50.00 45.0 40.0 40/200 123\n", 2), "bounded")
	for _, bad := range []string{"", "x 1 2", "-"} {
		assert.Equal(t, 1.0, stretchFor(bad, 2), bad)
	}
	assert.Equal(t, 1.0, stretchFor("8.00", 0))
}

// A program that outlives its timeout is still killed, whatever the load:
// the stretch is bounded.
func TestRunTimesOut(t *testing.T) {
	start := time.Now()
	res, err := Run([]string{"sleep", "30"}, t.TempDir(), nil, 100*time.Millisecond, false)
	require.NoError(t, err)
	assert.True(t, res.TimedOut)
	assert.Equal(t, 124, res.Exit)
	assert.GreaterOrEqual(t, res.Limit, 100*time.Millisecond)
	assert.LessOrEqual(t, res.Limit, maxStretch*100*time.Millisecond)
	assert.Less(t, time.Since(start), 20*time.Second)
}

// watch stops at the plain timeout on a quiet machine and stretches it,
// within bounds, on a busy one; it kills nothing once the program is done.
func TestWatch(t *testing.T) {
	done := make(chan struct{})
	close(done)
	killed := false
	assert.Equal(t, time.Hour, watch(time.Now(), time.Hour, done, func() { killed = true }))
	assert.False(t, killed)

	limit := watch(time.Now(), 20*time.Millisecond, make(chan struct{}), func() { killed = true })
	assert.True(t, killed)
	assert.GreaterOrEqual(t, limit, 20*time.Millisecond)
	assert.LessOrEqual(t, limit, maxStretch*20*time.Millisecond)
}
