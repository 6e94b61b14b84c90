package compile

import (
	"fmt"
	"strings"
	"testing"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// allCodes lists c and the code objects nested in its constants, depth
// first, as the goldens list CPython's.
func allCodes(c *bytecode.Code) []*bytecode.Code {
	out := []*bytecode.Code{c}
	for _, k := range c.Consts {
		if sub, ok := k.(*bytecode.Code); ok {
			out = append(out, allCodes(sub)...)
		}
	}
	return out
}

func codeKey(qualname string, line int) string { return fmt.Sprintf("%s@%d", qualname, line) }

// matchCodes pairs each golden code object with ours by qualified name and
// first line (in order among equal keys).
func matchCodes(t *testing.T, want []goldenCode, got []*bytecode.Code) map[int]*bytecode.Code {
	byKey := map[string][]*bytecode.Code{}
	for _, c := range got {
		k := codeKey(c.QualName, int(c.FirstLine))
		byKey[k] = append(byKey[k], c)
	}
	out := map[int]*bytecode.Code{}
	for i, w := range want {
		k := codeKey(w.QualName, w.FirstLine)
		l := byKey[k]
		if !assert.NotEmpty(t, l, "no code object %s", k) {
			continue
		}
		out[i] = l[0]
		byKey[k] = l[1:]
	}
	assert.Equal(t, len(want), len(got), "number of code objects")
	return out
}

// raisingKind names an instruction that can raise, so that CPython's and
// ours can be paired up; "" for the others.
func raisingKind(op, arg string) string {
	switch op {
	case "LOAD_GLOBAL":
		return "global " + strings.TrimPrefix(arg, "NULL + ")
	case "LOAD_NAME", "LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR", "LOAD_METHOD", "IMPORT_NAME", "IMPORT_FROM",
		"DELETE_NAME", "DELETE_GLOBAL":
		return op + " " + arg
	case "BINARY_OP", "COMPARE_OP":
		return op + " " + arg
	case "CALL", "CALL_KW", "CALL_METHOD", "CALL_METHOD_KW", "CALL_FUNCTION_EX":
		return "call"
	case "UNPACK_SEQUENCE", "UNPACK_EX":
		return "unpack"
	case "BINARY_SUBSCR", "STORE_SUBSCR", "DELETE_SUBSCR", "RAISE_VARARGS", "GET_ITER", "FOR_ITER",
		"IMPORT_STAR", "FORMAT_VALUE", "GET_AWAITABLE", "CONTAINS_OP", "BEFORE_WITH", "BEFORE_ASYNC_WITH",
		"LIST_EXTEND", "DICT_MERGE", "DICT_UPDATE", "UNARY_NEGATIVE", "UNARY_POSITIVE", "UNARY_INVERT",
		"GET_AITER", "GET_ANEXT", "GET_YIELD_FROM_ITER", "MATCH_CLASS", "MATCH_KEYS", "LOAD_BUILD_CLASS",
		"SETUP_ANNOTATIONS", "CHECK_EXC_MATCH", "CHECK_EG_MATCH", "LOAD_CLASSDEREF", "LOAD_DEREF":
		return op
	}
	return ""
}

type posRow struct {
	kind string
	pos  bytecode.Pos
}

func (r posRow) String() string {
	return fmt.Sprintf("%s (%d,%d,%d,%d)", r.kind, r.pos.Line, r.pos.EndLine, r.pos.Col, r.pos.EndCol)
}

func wantPositions(w goldenCode) []posRow {
	var out []posRow
	num := func(v any) int32 {
		if f, ok := v.(float64); ok {
			return int32(f)
		}
		return 0
	}
	for _, in := range w.Instrs {
		k := raisingKind(in[0].(string), in[1].(string))
		if k == "" {
			continue
		}
		out = append(out, posRow{k, bytecode.Pos{Line: num(in[2]), EndLine: num(in[3]), Col: num(in[4]), EndCol: num(in[5])}})
	}
	return out
}

func gotPositions(c *bytecode.Code) []posRow {
	var out []posRow
	for pc, in := range c.Instrs {
		arg := ""
		a := int(in.Arg)
		switch in.Op {
		case bytecode.LOAD_GLOBAL, bytecode.LOAD_NAME, bytecode.LOAD_ATTR, bytecode.STORE_ATTR, bytecode.DELETE_ATTR,
			bytecode.LOAD_METHOD, bytecode.IMPORT_NAME, bytecode.IMPORT_FROM, bytecode.DELETE_NAME, bytecode.DELETE_GLOBAL:
			arg = c.Names[a]
		case bytecode.BINARY_OP:
			arg = bytecode.BinaryOp(a).Symbol()
		case bytecode.COMPARE_OP:
			arg = bytecode.CompareOp(a).Symbol()
		}
		k := raisingKind(in.Op.String(), arg)
		if k == "" {
			continue
		}
		out = append(out, posRow{k, c.Positions[pc]})
	}
	return out
}

func rowsText(l []posRow) string {
	var b strings.Builder
	for _, r := range l {
		b.WriteString(r.String())
		b.WriteByte('\n')
	}
	return b.String()
}

func constsText(consts []any) string {
	var b strings.Builder
	for _, k := range consts {
		fmt.Fprintf(&b, "%v\n", k)
	}
	return b.String()
}

func TestCodeGoldens(t *testing.T) {
	nprog, ncode, nrows := 0, 0, 0
	for _, g := range loadGoldens(t) {
		nprog++
		t.Run(g.Name, func(t *testing.T) {
			mod := g.mod(t)
			code, err := Compile(mod, g.Name+".py", g.mode(), DontInherit)
			require.NoError(t, err)
			require.NoError(t, Verify(code))
			got := allCodes(code)
			pairs := matchCodes(t, g.Code, got)
			for i, w := range g.Code {
				c := pairs[i]
				if c == nil {
					continue
				}
				ncode++
				where := codeKey(w.QualName, w.FirstLine)
				assert.Equal(t, w.Name, c.Name, where)
				assert.Equal(t, fmt.Sprintf("%#x", w.Flags), fmt.Sprintf("%#x", c.Flags), where+" flags")
				assert.Equal(t, w.ArgCount, int(c.ArgCount), where+" argcount")
				assert.Equal(t, w.PosOnly, int(c.PosOnly), where+" posonly")
				assert.Equal(t, w.KwOnly, int(c.KwOnly), where+" kwonly")
				assert.Equal(t, w.VarNames, nonNil(c.VarNames), where+" varnames")
				assert.Equal(t, w.CellVars, nonNil(c.CellVars), where+" cellvars")
				assert.Equal(t, w.FreeVars, nonNil(c.FreeVars), where+" freevars")
				wp, gp := wantPositions(w), gotPositions(c)
				nrows += len(wp)
				assert.Equal(t, rowsText(wp), rowsText(gp), where+" positions of raising instructions")
			}
		})
	}
	t.Logf("%d programs, %d code objects, %d positioned instructions", nprog, ncode, nrows)
}

func nonNil(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}
