package bytecode

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"
)

// Disassemble renders c and the code objects nested in its constants in
// a readable listing: one instruction a line with its index, source line,
// opcode, argument and what the argument names. Tests and debugging use
// it; its format is not a stable interface.
func Disassemble(c *Code) string {
	var b strings.Builder
	disassemble(&b, c)
	return b.String()
}

func disassemble(b *strings.Builder, c *Code) {
	fmt.Fprintf(b, "code %s (%s) %s:%d flags=%#x args=%d posonly=%d kwonly=%d stack=%d\n",
		c.Name, c.QualName, c.Filename, c.FirstLine, c.Flags, c.ArgCount, c.PosOnly, c.KwOnly, c.StackSize)
	if len(c.VarNames) > 0 {
		fmt.Fprintf(b, "  locals: %s\n", strings.Join(c.VarNames, ", "))
	}
	if len(c.CellVars) > 0 {
		fmt.Fprintf(b, "  cells: %s\n", strings.Join(c.CellVars, ", "))
	}
	if len(c.FreeVars) > 0 {
		fmt.Fprintf(b, "  free: %s\n", strings.Join(c.FreeVars, ", "))
	}
	lastLine := int32(-1)
	for pc, in := range c.Instrs {
		line := "    "
		if p := c.Position(pc); p.Line != lastLine && p.Line > 0 {
			line = fmt.Sprintf("%4d", p.Line)
			lastLine = p.Line
		}
		fmt.Fprintf(b, "%s %5d %-26s", line, pc, in.Op)
		if detail := argDetail(c, in); detail != "" {
			fmt.Fprintf(b, " %s", detail)
		}
		b.WriteByte('\n')
	}
	for _, e := range c.ExcTable {
		fmt.Fprintf(b, "  exc [%d, %d) -> %d depth %d lasti %v\n", e.Start, e.End, e.Target, e.Depth, e.Lasti)
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			b.WriteByte('\n')
			disassemble(b, sub)
		}
	}
}

func argDetail(c *Code, in Instr) string {
	a := int(in.Arg)
	name := func(list []string) string {
		if a < len(list) {
			return fmt.Sprintf("%d (%s)", a, list[a])
		}
		return fmt.Sprintf("%d (?)", a)
	}
	switch in.Op {
	case LOAD_CONST:
		if a < len(c.Consts) {
			return fmt.Sprintf("%d (%s)", a, constRepr(c.Consts[a]))
		}
	case LOAD_FAST, STORE_FAST, DELETE_FAST:
		return name(c.VarNames)
	case LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF:
		return name(append(append([]string{}, c.CellVars...), c.FreeVars...))
	case LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL, LOAD_NAME, STORE_NAME, DELETE_NAME,
		LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD, IMPORT_NAME, IMPORT_FROM:
		return name(c.Names)
	case BINARY_OP:
		if BinaryOp(a) < 2*NumBinaryOps {
			return fmt.Sprintf("%d (%s)", a, BinaryOp(a).Symbol())
		}
	case COMPARE_OP:
		if a < len(compareSymbols) {
			return fmt.Sprintf("%d (%s)", a, CompareOp(a).Symbol())
		}
	case NOP, POP_TOP, RETURN_VALUE, GET_ITER, BINARY_SUBSCR, STORE_SUBSCR, DELETE_SUBSCR,
		UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT, LIST_TO_TUPLE,
		PUSH_EXC_INFO, POP_EXCEPT, CHECK_EXC_MATCH, BEFORE_WITH, WITH_EXCEPT_START,
		LOAD_ASSERTION_ERROR, LOAD_BUILD_CLASS, SETUP_ANNOTATIONS, PRINT_EXPR, YIELD_VALUE,
		GET_YIELD_FROM_ITER, GET_AITER, GET_ANEXT, END_ASYNC_FOR, BEFORE_ASYNC_WITH,
		IMPORT_STAR, GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, CHECK_EG_MATCH,
		PREP_RERAISE_STAR:
		return ""
	}
	if in.Op.IsJump() {
		return fmt.Sprintf("to %d", a)
	}
	return fmt.Sprint(a)
}

// constRepr is a short rendering of a constant for listings.
func constRepr(o py.Object) string {
	switch v := o.(type) {
	case *Code:
		return "<code " + v.Name + ">"
	case py.String:
		s := string(v)
		if len(s) > 40 {
			s = s[:40] + "..."
		}
		return fmt.Sprintf("%q", s)
	case nil:
		return "NULL"
	}
	return fmt.Sprintf("%v", o)
}
