package compile

import (
	"fmt"
	"testing"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// goldenConst converts a constant of a golden's "consts" list.
func goldenConst(v any) (py.Object, bool) {
	l := v.([]any)
	switch l[0] {
	case "tuple":
		t := make(py.Tuple, 0, len(l)-1)
		for _, x := range l[1:] {
			o, ok := goldenConst(x)
			if !ok {
				return nil, false
			}
			t = append(t, o)
		}
		return t, true
	case "frozenset":
		return nil, false
	}
	k, err := constFromJSON(v)
	if err != nil {
		return nil, false
	}
	return constObject(k), true
}

// TestConstantsGoldens checks folding and deduplication against CPython:
// in the programs made of literals, our constants and CPython's are the
// same set, besides the qualified names MAKE_FUNCTION takes; and no code
// object holds two constants CPython would consider the same.
func TestConstantsGoldens(t *testing.T) {
	for _, g := range loadGoldens(t) {
		t.Run(g.Name, func(t *testing.T) {
			code, err := Compile(g.mod(t), g.Name+".py", g.mode(), DontInherit)
			require.NoError(t, err)
			pairs := matchCodes(t, g.Code, allCodes(code))
			exact := g.Name == "literals" || g.Name == "assign" || g.Name == "fstrings"
			for i, w := range g.Code {
				c := pairs[i]
				if c == nil {
					continue
				}
				where := codeKey(w.QualName, w.FirstLine)
				ours := map[string]bool{}
				for _, k := range c.Consts {
					if _, ok := k.(*bytecode.Code); ok {
						continue
					}
					key := keyString(constKey(k))
					assert.False(t, ours[key], "%s: constant %s twice", where, key)
					ours[key] = true
				}
				if !exact {
					continue
				}
				theirs := map[string]bool{}
				for _, k := range w.Consts {
					o, ok := goldenConst(k)
					if !ok {
						continue
					}
					key := keyString(constKey(o))
					theirs[key] = true
					assert.True(t, ours[key], "%s: CPython has constant %v (%s)", where, k, key)
				}
				for key := range ours {
					if !theirs[key] && !isQualnameConst(key, allCodes(code)) {
						t.Errorf("%s: constant %s is not CPython's", where, key)
					}
				}
			}
		})
	}
}

func isQualnameConst(key string, codes []*bytecode.Code) bool {
	for _, c := range codes {
		if key == keyString(constKey(py.String(c.QualName))) {
			return true
		}
	}
	return false
}

func TestConstantsStayApart(t *testing.T) {
	code, err := CompileSource([]byte("a = 0\nb = 0.0\nc = False\nd = -0.0\ne = 0j\nf = ''\ng = b''\nh = ()\ni = (0,)\nj = (0.0,)\n"), "k.py", ModeExec)
	require.NoError(t, err)
	var got []string
	for _, k := range code.Consts {
		got = append(got, fmt.Sprintf("%T %v", k, k))
	}
	assert.Len(t, got, 11, "%v", got) // ten values and None
}

func TestFoldingRepeatsCheaply(t *testing.T) {
	code, err := CompileSource([]byte("a = 922337223 * ''\nb = () * 10**15\nc = 'ab' * 3\n"), "r.py", ModeExec)
	require.NoError(t, err)
	assert.Contains(t, code.Consts, py.Object(py.String("")))
	assert.Contains(t, code.Consts, py.Object(py.Tuple{}))
	assert.Contains(t, code.Consts, py.Object(py.String("ababab")))
}

func TestFloatPowerFoldsOnlyWhenExact(t *testing.T) {
	for src, want := range map[string]py.Object{
		"2.0 ** -11": py.Float(1.0 / 2048), "2 ** -1": py.Float(0.5), "1.5 ** 2": py.Float(2.25),
		"(-2.0) ** 3": py.Float(-8), "(-2.0) ** -1": py.Float(-0.5), "0.5 ** 2": py.Float(0.25),
	} {
		code, err := CompileSource([]byte(src), "p.py", ModeEval)
		require.NoError(t, err)
		assert.Contains(t, code.Consts, want, src)
	}
	for _, src := range []string{"10 ** -2", "2.0 ** 0.5", "0.0 ** -1", "1.1 ** 3", "(-8.0) ** (1/3)", "10.0 ** 400"} {
		code, err := CompileSource([]byte(src), "p.py", ModeEval)
		require.NoError(t, err)
		assert.Contains(t, bytecode.Disassemble(code), "BINARY_OP", src)
	}
}

func TestLargeExactPowerFolds(t *testing.T) {
	code, err := CompileSource([]byte("2.0 ** 100"), "p.py", ModeEval)
	require.NoError(t, err)
	assert.Contains(t, code.Consts, py.Object(py.Float(1<<50*float64(1<<50))))
	code, err = CompileSource([]byte("1.5 ** 1000"), "p.py", ModeEval)
	require.NoError(t, err)
	assert.Contains(t, bytecode.Disassemble(code), "BINARY_OP")
}
