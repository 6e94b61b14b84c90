package compile

import (
	"fmt"
	"strings"
	"testing"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The instruction streams of each golden program, ours against CPython's,
// after removing what differs by design: CPython's call protocol
// (PUSH_NULL, PRECALL, KW_NAMES), RESUME and the cell set-up opcodes,
// NOPs, the direction and targets of jumps, the qualified name gilpy's
// MAKE_FUNCTION takes and the keyword-name tuple its CALL_KW takes.

var cpythonDropped = map[string]bool{
	"RESUME": true, "CACHE": true, "EXTENDED_ARG": true, "PRECALL": true, "PUSH_NULL": true,
	"NOP": true, "RETURN_GENERATOR": true, "MAKE_CELL": true, "COPY_FREE_VARS": true,
	"ASYNC_GEN_WRAP": true, "KW_NAMES": true,
}

func normalJump(op string) string {
	switch op {
	case "JUMP_FORWARD", "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT":
		return "JUMP"
	case "POP_JUMP_FORWARD_IF_FALSE", "POP_JUMP_BACKWARD_IF_FALSE":
		return "POP_JUMP_IF_FALSE"
	case "POP_JUMP_FORWARD_IF_TRUE", "POP_JUMP_BACKWARD_IF_TRUE":
		return "POP_JUMP_IF_TRUE"
	case "POP_JUMP_FORWARD_IF_NONE", "POP_JUMP_BACKWARD_IF_NONE":
		return "POP_JUMP_IF_NONE"
	case "POP_JUMP_FORWARD_IF_NOT_NONE", "POP_JUMP_BACKWARD_IF_NOT_NONE":
		return "POP_JUMP_IF_NOT_NONE"
	}
	return op
}

// withArg lists the opcodes whose argument the comparison includes.
var withArg = map[string]bool{
	"LOAD_NAME": true, "STORE_NAME": true, "DELETE_NAME": true, "LOAD_GLOBAL": true, "STORE_GLOBAL": true,
	"DELETE_GLOBAL": true, "LOAD_FAST": true, "STORE_FAST": true, "DELETE_FAST": true, "LOAD_ATTR": true,
	"STORE_ATTR": true, "DELETE_ATTR": true, "LOAD_METHOD": true, "IMPORT_NAME": true, "IMPORT_FROM": true,
	"BINARY_OP": true, "COMPARE_OP": true, "LOAD_DEREF": true, "STORE_DEREF": true, "LOAD_CLOSURE": true,
	"LOAD_CLASSDEREF": true, "DELETE_DEREF": true, "UNPACK_SEQUENCE": true, "BUILD_LIST": true,
	"BUILD_SET": true, "BUILD_SLICE": true, "COPY": true, "SWAP": true, "LIST_APPEND": true,
	"SET_ADD": true, "MAP_ADD": true, "IS_OP": true, "CONTAINS_OP": true, "RAISE_VARARGS": true,
	"RERAISE": true, "GET_AWAITABLE": true, "BUILD_STRING": true, "DICT_MERGE": true, "DICT_UPDATE": true,
	"LIST_EXTEND": true, "SET_UPDATE": true, "MATCH_CLASS": true, "BUILD_CONST_KEY_MAP": true,
}

var nameOps = map[string]bool{"IMPORT_NAME": true, "IMPORT_FROM": true, "LOAD_NAME": true, "LOAD_ATTR": true}

func cpythonStream(w goldenCode) []string {
	out, _ := cpythonStreamIdx(w)
	return out
}

// cpythonStreamIdx also returns, for each item, the index of the
// instruction it came from.
func cpythonStreamIdx(w goldenCode) ([]string, []int) {
	var out []string
	var idx []int
	prev := ""
	for i, in := range w.Instrs {
		for len(idx) < len(out) {
			idx = append(idx, i-1)
		}
		op, arg := in[0].(string), in[1].(string)
		if op == "POP_TOP" && prev == "RETURN_GENERATOR" {
			// The generator prologue gilpy's VM does itself.
			prev = op
			continue
		}
		prev = op
		if arg == "" && !nameOps[op] && len(in) > 6 && in[6] != nil {
			arg = fmt.Sprint(in[6])
		}
		if cpythonDropped[op] || op == "LOAD_CONST" {
			continue
		}
		if op == "MAKE_FUNCTION" && len(in) > 6 && int(in[6].(float64))&bytecode.FuncAnnotations != 0 {
			dropAnnotationBuild(out, int(in[6].(float64))&bytecode.FuncClosure != 0, "BUILD_TUPLE")
			out, idx = removeMarkedIdx(out, idx)
		}
		op = normalJump(op)
		if strings.HasPrefix(op, "CALL") {
			out = append(out, "CALL")
			continue
		}
		if op == "LOAD_GLOBAL" {
			arg = strings.TrimPrefix(arg, "NULL + ")
		}
		if (op == "LOAD_CLOSURE" || strings.HasSuffix(op, "_DEREF")) && strings.Contains(arg, " ") {
			arg = arg[:strings.IndexByte(arg, ' ')]
		}
		if withArg[op] {
			out = append(out, op+" "+arg)
		} else {
			out = append(out, op)
		}
	}
	for len(idx) < len(out) {
		idx = append(idx, len(w.Instrs)-1)
	}
	return out, idx
}

func ourArg(c *bytecode.Code, in bytecode.Instr) string {
	a := int(in.Arg)
	switch in.Op {
	case bytecode.LOAD_FAST, bytecode.STORE_FAST, bytecode.DELETE_FAST:
		return c.VarNames[a]
	case bytecode.LOAD_DEREF, bytecode.STORE_DEREF, bytecode.DELETE_DEREF, bytecode.LOAD_CLOSURE, bytecode.LOAD_CLASSDEREF:
		cells := append(append([]string{}, c.CellVars...), c.FreeVars...)
		return cells[a]
	case bytecode.LOAD_GLOBAL, bytecode.STORE_GLOBAL, bytecode.DELETE_GLOBAL, bytecode.LOAD_NAME, bytecode.STORE_NAME,
		bytecode.DELETE_NAME, bytecode.LOAD_ATTR, bytecode.STORE_ATTR, bytecode.DELETE_ATTR, bytecode.LOAD_METHOD,
		bytecode.IMPORT_NAME, bytecode.IMPORT_FROM:
		return c.Names[a]
	case bytecode.BINARY_OP:
		return bytecode.BinaryOp(a).Symbol()
	case bytecode.COMPARE_OP:
		return bytecode.CompareOp(a).Symbol()
	}
	return fmt.Sprint(a)
}

func ourStream(c *bytecode.Code) []string {
	out, _ := ourStreamIdx(c)
	return out
}

func ourStreamIdx(c *bytecode.Code) ([]string, []int) {
	var out []string
	var idx []int
	for i, in := range c.Instrs {
		for len(idx) < len(out) {
			idx = append(idx, i-1)
		}
		if in.Op == bytecode.MAKE_FUNCTION && in.Arg&bytecode.FuncAnnotations != 0 {
			dropAnnotationBuild(out, in.Arg&bytecode.FuncClosure != 0, "BUILD_CONST_KEY_MAP")
			out, idx = removeMarkedIdx(out, idx)
		}
		if in.Op == bytecode.LOAD_CONST {
			continue
		}
		if in.Op == bytecode.BUILD_SET && i+1 < len(c.Instrs) && constRun(c, i, int(in.Arg)) {
			if next := c.Instrs[i+1].Op; next == bytecode.CONTAINS_OP || next == bytecode.GET_ITER {
				// CPython 3.11 makes a set display of constants that is
				// searched or iterated a frozenset constant; gilpy has no
				// frozenset constants and builds the set.
				continue
			}
		}
		op := in.Op.String()
		if in.Op == bytecode.NOP {
			continue
		}
		if in.Op == bytecode.LOAD_CONST && i+1 < len(c.Instrs) {
			switch c.Instrs[i+1].Op {
			case bytecode.MAKE_FUNCTION, bytecode.CALL_KW, bytecode.CALL_METHOD_KW:
				continue
			}
		}
		op = normalJump(op)
		if strings.HasPrefix(op, "CALL") {
			out = append(out, "CALL")
			continue
		}
		if withArg[op] {
			out = append(out, op+" "+ourArg(c, in))
		} else {
			out = append(out, op)
		}
	}
	for len(idx) < len(out) {
		idx = append(idx, len(c.Instrs)-1)
	}
	return out, idx
}

// dropAnnotationBuild marks, before a MAKE_FUNCTION that takes
// annotations, the instruction that builds them (CPython 3.11 builds a
// tuple of pairs, folded away when constant; gilpy a dict).
func dropAnnotationBuild(out []string, closure bool, op string) {
	j := len(out) - 1
	for j >= 0 && strings.HasPrefix(out[j], "LOAD_CLOSURE") {
		j--
	}
	if closure && j >= 0 && strings.HasPrefix(out[j], "BUILD_TUPLE") {
		j--
		for j >= 0 && strings.HasPrefix(out[j], "LOAD_CLOSURE") {
			j--
		}
	}
	if j >= 0 && strings.HasPrefix(out[j], op) {
		out[j] = "\x00"
	}
}

func removeMarkedIdx(out []string, idx []int) ([]string, []int) {
	res, ri := out[:0], idx[:0]
	for i, s := range out {
		if s != "\x00" {
			res = append(res, s)
			ri = append(ri, idx[i])
		}
	}
	return res, ri
}

// constRun reports whether the n instructions before i are LOAD_CONSTs.
func constRun(c *bytecode.Code, i, n int) bool {
	if i < n {
		return false
	}
	for k := i - n; k < i; k++ {
		if c.Instrs[k].Op != bytecode.LOAD_CONST {
			return false
		}
	}
	return true
}

func TestInstructionStreams(t *testing.T) {
	ncode := 0
	for _, g := range loadGoldens(t) {
		t.Run(g.Name, func(t *testing.T) {
			code, err := Compile(g.mod(t), g.Name+".py", g.mode(), DontInherit)
			require.NoError(t, err)
			pairs := matchCodes(t, g.Code, allCodes(code))
			for i, w := range g.Code {
				c := pairs[i]
				if c == nil {
					continue
				}
				ncode++
				want, got := strings.Join(cpythonStream(w), "\n"), strings.Join(ourStream(c), "\n")
				if !assert.Equal(t, want, got, codeKey(w.QualName, w.FirstLine)) {
					t.Log(bytecode.Disassemble(c))
				}
			}
		})
	}
	t.Logf("%d code objects compared", ncode)
}

var _ = py.None

// handlerText describes the handler covering each stream item: its
// target as a stream position, its depth and whether it pushes lasti.
func handlerText(items []string, idx []int, handler func(i int) (target, depth int, lasti, ok bool)) string {
	var b strings.Builder
	for k, it := range items {
		b.WriteString(it)
		if t, d, l, ok := handler(idx[k]); ok {
			pos := len(idx)
			for m, src := range idx {
				if src >= t {
					pos = m
					break
				}
			}
			fmt.Fprintf(&b, "  -> %d depth %d lasti %v", pos, d, l)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// TestExceptionTables checks which instructions each handler covers,
// where it goes, the depth it unwinds to and whether it pushes lasti,
// against CPython's exception tables.
func TestExceptionTables(t *testing.T) {
	n := 0
	for _, g := range loadGoldens(t) {
		t.Run(g.Name, func(t *testing.T) {
			code, err := Compile(g.mod(t), g.Name+".py", g.mode(), DontInherit)
			require.NoError(t, err)
			pairs := matchCodes(t, g.Code, allCodes(code))
			for i, w := range g.Code {
				c := pairs[i]
				if c == nil || len(w.Exc) == 0 && len(c.ExcTable) == 0 {
					continue
				}
				n++
				wi, wx := cpythonStreamIdx(w)
				gi, gx := ourStreamIdx(c)
				want := handlerText(wi, wx, func(j int) (int, int, bool, bool) {
					for _, e := range w.Exc {
						if int(e[0].(float64)) <= j && j < int(e[1].(float64)) {
							return int(e[2].(float64)), int(e[3].(float64)), e[4].(bool), true
						}
					}
					return 0, 0, false, false
				})
				got := handlerText(gi, gx, func(j int) (int, int, bool, bool) {
					e, ok := c.Handler(j)
					return int(e.Target), int(e.Depth), e.Lasti, ok
				})
				if !assert.Equal(t, want, got, codeKey(w.QualName, w.FirstLine)) {
					t.Log(bytecode.Disassemble(c))
				}
			}
		})
	}
	t.Logf("%d code objects with exception tables compared", n)
}
