package bytecode

import "math/bits"

// StackEffect returns how the instruction changes the stack depth. For
// instructions that may jump, jump says which way: the effect when the
// jump is taken, or when it is not. It panics on an opcode it does not
// know, which is a compiler bug.
func StackEffect(op Opcode, arg uint32, jump bool) int {
	n := int(arg)
	switch op {
	case NOP, SWAP, DELETE_FAST, DELETE_DEREF, DELETE_GLOBAL, DELETE_NAME,
		LOAD_ATTR, UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT,
		LIST_TO_TUPLE, JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT,
		GET_ITER, YIELD_VALUE, GET_YIELD_FROM_ITER, GET_AWAITABLE, GET_AITER,
		CHECK_EXC_MATCH, CHECK_EG_MATCH, SETUP_ANNOTATIONS:
		return 0
	case POP_TOP, STORE_FAST, STORE_DEREF, STORE_GLOBAL, STORE_NAME,
		DELETE_ATTR, BINARY_OP, COMPARE_OP, IS_OP, CONTAINS_OP, BINARY_SUBSCR,
		LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE,
		POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE,
		RETURN_VALUE, RERAISE, POP_EXCEPT, PREP_RERAISE_STAR, IMPORT_NAME,
		IMPORT_STAR, PRINT_EXPR:
		return -1
	case COPY, LOAD_CONST, LOAD_FAST, LOAD_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF,
		LOAD_GLOBAL, LOAD_NAME, LOAD_METHOD, GET_ANEXT, BEFORE_ASYNC_WITH,
		PUSH_EXC_INFO, BEFORE_WITH, WITH_EXCEPT_START, LOAD_ASSERTION_ERROR,
		IMPORT_FROM, LOAD_BUILD_CLASS, GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE,
		MATCH_KEYS:
		return 1
	case STORE_ATTR, DELETE_SUBSCR, MAP_ADD, END_ASYNC_FOR, MATCH_CLASS:
		return -2
	case STORE_SUBSCR:
		return -3
	case BUILD_SLICE, BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING:
		return 1 - n
	case BUILD_MAP:
		return 1 - 2*n
	case BUILD_CONST_KEY_MAP:
		return -n
	case FORMAT_VALUE:
		if arg&FormatWithSpec != 0 {
			return -1
		}
		return 0
	case UNPACK_SEQUENCE:
		return n - 1
	case UNPACK_EX:
		return int(arg&0xff) + int(arg>>8)
	case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP:
		if jump {
			return 0
		}
		return -1
	case FOR_ITER:
		if jump {
			return -1
		}
		return 1
	case SEND:
		if jump {
			return -1
		}
		return 0
	case CALL:
		return -n
	case CALL_KW, CALL_METHOD:
		return -n - 1
	case CALL_METHOD_KW:
		return -n - 2
	case CALL_FUNCTION_EX:
		return -1 - int(arg&1)
	case MAKE_FUNCTION:
		return -1 - bits.OnesCount32(arg&0xf)
	case RAISE_VARARGS:
		return -n
	}
	panic("bytecode: StackEffect of unknown opcode " + op.String())
}
