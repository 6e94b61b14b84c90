package bytecode

// opNames follows the order of the Opcode constants in opcode.go.

var opNames = [NumOpcodes]string{
	NOP:                        "NOP",
	POP_TOP:                    "POP_TOP",
	COPY:                       "COPY",
	SWAP:                       "SWAP",
	LOAD_CONST:                 "LOAD_CONST",
	LOAD_FAST:                  "LOAD_FAST",
	STORE_FAST:                 "STORE_FAST",
	DELETE_FAST:                "DELETE_FAST",
	LOAD_DEREF:                 "LOAD_DEREF",
	STORE_DEREF:                "STORE_DEREF",
	DELETE_DEREF:               "DELETE_DEREF",
	LOAD_CLOSURE:               "LOAD_CLOSURE",
	LOAD_CLASSDEREF:            "LOAD_CLASSDEREF",
	LOAD_GLOBAL:                "LOAD_GLOBAL",
	STORE_GLOBAL:               "STORE_GLOBAL",
	DELETE_GLOBAL:              "DELETE_GLOBAL",
	LOAD_NAME:                  "LOAD_NAME",
	STORE_NAME:                 "STORE_NAME",
	DELETE_NAME:                "DELETE_NAME",
	LOAD_ATTR:                  "LOAD_ATTR",
	STORE_ATTR:                 "STORE_ATTR",
	DELETE_ATTR:                "DELETE_ATTR",
	LOAD_METHOD:                "LOAD_METHOD",
	UNARY_POSITIVE:             "UNARY_POSITIVE",
	UNARY_NEGATIVE:             "UNARY_NEGATIVE",
	UNARY_NOT:                  "UNARY_NOT",
	UNARY_INVERT:               "UNARY_INVERT",
	BINARY_OP:                  "BINARY_OP",
	COMPARE_OP:                 "COMPARE_OP",
	IS_OP:                      "IS_OP",
	CONTAINS_OP:                "CONTAINS_OP",
	BINARY_SUBSCR:              "BINARY_SUBSCR",
	STORE_SUBSCR:               "STORE_SUBSCR",
	DELETE_SUBSCR:              "DELETE_SUBSCR",
	BUILD_SLICE:                "BUILD_SLICE",
	BUILD_TUPLE:                "BUILD_TUPLE",
	BUILD_LIST:                 "BUILD_LIST",
	BUILD_SET:                  "BUILD_SET",
	BUILD_MAP:                  "BUILD_MAP",
	BUILD_CONST_KEY_MAP:        "BUILD_CONST_KEY_MAP",
	BUILD_STRING:               "BUILD_STRING",
	LIST_APPEND:                "LIST_APPEND",
	SET_ADD:                    "SET_ADD",
	MAP_ADD:                    "MAP_ADD",
	LIST_EXTEND:                "LIST_EXTEND",
	SET_UPDATE:                 "SET_UPDATE",
	DICT_UPDATE:                "DICT_UPDATE",
	DICT_MERGE:                 "DICT_MERGE",
	LIST_TO_TUPLE:              "LIST_TO_TUPLE",
	FORMAT_VALUE:               "FORMAT_VALUE",
	UNPACK_SEQUENCE:            "UNPACK_SEQUENCE",
	UNPACK_EX:                  "UNPACK_EX",
	JUMP_FORWARD:               "JUMP_FORWARD",
	JUMP_BACKWARD:              "JUMP_BACKWARD",
	JUMP_BACKWARD_NO_INTERRUPT: "JUMP_BACKWARD_NO_INTERRUPT",
	POP_JUMP_IF_FALSE:          "POP_JUMP_IF_FALSE",
	POP_JUMP_IF_TRUE:           "POP_JUMP_IF_TRUE",
	POP_JUMP_IF_NONE:           "POP_JUMP_IF_NONE",
	POP_JUMP_IF_NOT_NONE:       "POP_JUMP_IF_NOT_NONE",
	JUMP_IF_FALSE_OR_POP:       "JUMP_IF_FALSE_OR_POP",
	JUMP_IF_TRUE_OR_POP:        "JUMP_IF_TRUE_OR_POP",
	GET_ITER:                   "GET_ITER",
	FOR_ITER:                   "FOR_ITER",
	CALL:                       "CALL",
	CALL_KW:                    "CALL_KW",
	CALL_METHOD:                "CALL_METHOD",
	CALL_METHOD_KW:             "CALL_METHOD_KW",
	CALL_FUNCTION_EX:           "CALL_FUNCTION_EX",
	MAKE_FUNCTION:              "MAKE_FUNCTION",
	RETURN_VALUE:               "RETURN_VALUE",
	YIELD_VALUE:                "YIELD_VALUE",
	GET_YIELD_FROM_ITER:        "GET_YIELD_FROM_ITER",
	GET_AWAITABLE:              "GET_AWAITABLE",
	GET_AITER:                  "GET_AITER",
	GET_ANEXT:                  "GET_ANEXT",
	END_ASYNC_FOR:              "END_ASYNC_FOR",
	BEFORE_ASYNC_WITH:          "BEFORE_ASYNC_WITH",
	SEND:                       "SEND",
	RAISE_VARARGS:              "RAISE_VARARGS",
	RERAISE:                    "RERAISE",
	PUSH_EXC_INFO:              "PUSH_EXC_INFO",
	POP_EXCEPT:                 "POP_EXCEPT",
	CHECK_EXC_MATCH:            "CHECK_EXC_MATCH",
	CHECK_EG_MATCH:             "CHECK_EG_MATCH",
	PREP_RERAISE_STAR:          "PREP_RERAISE_STAR",
	BEFORE_WITH:                "BEFORE_WITH",
	WITH_EXCEPT_START:          "WITH_EXCEPT_START",
	LOAD_ASSERTION_ERROR:       "LOAD_ASSERTION_ERROR",
	IMPORT_NAME:                "IMPORT_NAME",
	IMPORT_FROM:                "IMPORT_FROM",
	IMPORT_STAR:                "IMPORT_STAR",
	LOAD_BUILD_CLASS:           "LOAD_BUILD_CLASS",
	SETUP_ANNOTATIONS:          "SETUP_ANNOTATIONS",
	PRINT_EXPR:                 "PRINT_EXPR",
	GET_LEN:                    "GET_LEN",
	MATCH_MAPPING:              "MATCH_MAPPING",
	MATCH_SEQUENCE:             "MATCH_SEQUENCE",
	MATCH_KEYS:                 "MATCH_KEYS",
	MATCH_CLASS:                "MATCH_CLASS",
}

// String returns the opcode's name.
func (op Opcode) String() string {
	if op < NumOpcodes {
		return opNames[op]
	}
	return "<bad opcode>"
}

// IsJump reports whether the opcode's argument is a jump target.
func (op Opcode) IsJump() bool {
	switch op {
	case JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT,
		POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE,
		JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, FOR_ITER, SEND:
		return true
	}
	return false
}

// IsUnconditionalJump reports whether control never falls through.
func (op Opcode) IsUnconditionalJump() bool {
	return op == JUMP_FORWARD || op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT
}

// EndsBlock reports whether control never reaches the next instruction.
func (op Opcode) EndsBlock() bool {
	switch op {
	case RETURN_VALUE, RAISE_VARARGS, RERAISE:
		return true
	}
	return op.IsUnconditionalJump()
}
