package bytecode

import (
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEveryOpcodeHasANameAndAStackEffect(t *testing.T) {
	seen := map[string]bool{}
	for op := Opcode(0); op < NumOpcodes; op++ {
		name := op.String()
		require.NotEmpty(t, name, "opcode %d has no name", op)
		require.False(t, seen[name], "duplicate name %s", name)
		seen[name] = true
		assert.NotPanics(t, func() { StackEffect(op, 2, false); StackEffect(op, 2, true) }, name)
	}
	assert.Equal(t, "<bad opcode>", NumOpcodes.String())
	assert.Panics(t, func() { StackEffect(NumOpcodes, 0, false) })
}

func TestStackEffects(t *testing.T) {
	assert.Equal(t, -3, StackEffect(CALL, 3, false))
	assert.Equal(t, -4, StackEffect(CALL_KW, 3, false))
	assert.Equal(t, -5, StackEffect(CALL_METHOD_KW, 3, false))
	assert.Equal(t, -2, StackEffect(CALL_FUNCTION_EX, 1, false))
	assert.Equal(t, -1-2, StackEffect(MAKE_FUNCTION, FuncDefaults|FuncClosure, false))
	assert.Equal(t, 1, StackEffect(FOR_ITER, 0, false))
	assert.Equal(t, -1, StackEffect(FOR_ITER, 0, true))
	assert.Equal(t, 2, StackEffect(UNPACK_SEQUENCE, 3, false))
	assert.Equal(t, 1+2, StackEffect(UNPACK_EX, 1|2<<8, false))
	assert.Equal(t, -3, StackEffect(BUILD_MAP, 2, false))
	assert.Equal(t, -1, StackEffect(FORMAT_VALUE, FormatConvRepr|FormatWithSpec, false))
}

func TestBinaryOpSymbols(t *testing.T) {
	assert.Equal(t, "+", OpAdd.Symbol())
	assert.Equal(t, "**=", (OpPower + InplaceOffset).Symbol())
	assert.True(t, (OpOr + InplaceOffset).IsInplace())
	assert.Equal(t, OpOr, (OpOr + InplaceOffset).Base())
	assert.Equal(t, ">=", CmpGe.Symbol())
}

func TestHandlerLookup(t *testing.T) {
	c := &Code{ExcTable: []ExcEntry{{Start: 2, End: 5, Target: 10}, {Start: 5, End: 7, Target: 20}, {Start: 9, End: 10, Target: 30}}}
	for pc, want := range map[int]int32{0: -1, 2: 10, 4: 10, 5: 20, 6: 20, 7: -1, 8: -1, 9: 30, 10: -1} {
		e, ok := c.Handler(pc)
		if want < 0 {
			assert.False(t, ok, "pc %d", pc)
			continue
		}
		require.True(t, ok, "pc %d", pc)
		assert.Equal(t, want, e.Target, "pc %d", pc)
	}
}

func TestLineFallsBackToEarlierPosition(t *testing.T) {
	c := &Code{FirstLine: 7, Positions: []Pos{{}, {Line: 8}, {}, {Line: 9}}}
	assert.Equal(t, 7, c.Line(0))
	assert.Equal(t, 8, c.Line(2))
	assert.Equal(t, 9, c.Line(3))
}

func TestDisassemble(t *testing.T) {
	inner := &Code{Name: "f", QualName: "f", Instrs: []Instr{{Op: LOAD_FAST}, {Op: RETURN_VALUE}}, VarNames: []string{"x"}, Positions: []Pos{{Line: 2}, {Line: 2}}}
	c := &Code{
		Name: "<module>", QualName: "<module>", Filename: "m.py", FirstLine: 1,
		Instrs: []Instr{
			{Op: LOAD_CONST, Arg: 0}, {Op: LOAD_CONST, Arg: 1}, {Op: MAKE_FUNCTION},
			{Op: STORE_NAME, Arg: 0}, {Op: POP_JUMP_IF_FALSE, Arg: 0}, {Op: BINARY_OP, Arg: uint32(OpAdd + InplaceOffset)},
		},
		Positions: []Pos{{Line: 1}, {Line: 1}, {Line: 1}, {Line: 1}, {Line: 3}, {Line: 3}},
		Consts:    []py.Object{inner, py.String("f")},
		Names:     []string{"f"},
	}
	out := Disassemble(c)
	for _, want := range []string{"LOAD_CONST", "<code f>", "STORE_NAME", "0 (f)", "to 0", "(+=)", "code f (f)", "locals: x"} {
		assert.True(t, strings.Contains(out, want), "missing %q in:\n%s", want, out)
	}
}
