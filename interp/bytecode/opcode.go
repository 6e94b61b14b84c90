package bytecode

// Opcode is one instruction of gilpy's virtual machine.
//
// The set follows CPython 3.11's (see the documentation of Python's dis
// module) wherever that is the right design, so that the compiler's
// instruction sequences for try/except/finally, with, match and the
// generator protocol can follow CPython's proven ones. Unless a comment
// below says otherwise, an opcode that shares a name with a CPython 3.11
// opcode has that opcode's semantics and stack effect. The differences:
//
//   - Instructions are fixed-size (Instr): the argument is 32 bits wide,
//     so there is no EXTENDED_ARG, and inline caches live in a side table
//     named by Instr.Cache instead of CACHE entries in the stream.
//   - Jump arguments are absolute instruction indexes, never relative;
//     the jump's direction is in its name only where the VM must know it
//     (JUMP_BACKWARD and the loops' backward edges check the eval breaker).
//   - Calls: no PUSH_NULL, PRECALL or KW_NAMES. CALL, CALL_KW, CALL_METHOD,
//     CALL_METHOD_KW and CALL_FUNCTION_EX are described below.
//   - There is no RESUME, RETURN_GENERATOR, MAKE_CELL or COPY_FREE_VARS:
//     the VM creates cells, copies closure cells into the frame and makes
//     generator, coroutine and async generator objects when the function is
//     called, from the code object's flags.
//   - There is no ASYNC_GEN_WRAP: YIELD_VALUE in an async generator's code
//     yields the way an async generator must.
//   - POP_JUMP_IF_* are single opcodes with absolute targets (no separate
//     FORWARD/BACKWARD forms); a backward one checks the eval breaker.
//
// Stack notation: [a, b] -> [c] means the instruction pops b then a (b on
// top) and pushes c. NULL is a nil slot (a Go nil Object). "names[i]" is
// Code.Names[i], "consts[i]" Code.Consts[i], "local i" the i-th fast local
// (Code.VarNames[i]) and "cell i" the i-th entry of the cell region, which
// holds Code.CellVars then Code.FreeVars.
type Opcode uint8

const (
	// NOP does nothing. Arg ignored. [] -> []
	NOP Opcode = iota

	// POP_TOP discards the top of the stack. [a] -> []
	POP_TOP
	// COPY n pushes a copy of the n-th item from the top (n >= 1).
	// [..., x, (n-1 items)] -> [..., x, (n-1 items), x]
	COPY
	// SWAP n exchanges the top item with the n-th from the top (n >= 2).
	SWAP

	// LOAD_CONST i pushes consts[i]. [] -> [v]
	LOAD_CONST
	// LOAD_FAST i pushes local i, raising UnboundLocalError ("cannot access
	// local variable 'x' where it is not associated with a value") when it
	// is unset. [] -> [v]
	LOAD_FAST
	// STORE_FAST i sets local i. [v] -> []
	STORE_FAST
	// DELETE_FAST i unsets local i (UnboundLocalError when already unset).
	DELETE_FAST
	// LOAD_DEREF i pushes the content of cell i; an empty cell raises
	// UnboundLocalError for a cell variable and NameError ("cannot access
	// free variable 'x' where it is not associated with a value in enclosing
	// scope") for a free one. [] -> [v]
	LOAD_DEREF
	// STORE_DEREF i sets the content of cell i. [v] -> []
	STORE_DEREF
	// DELETE_DEREF i empties cell i.
	DELETE_DEREF
	// LOAD_CLOSURE i pushes cell i itself (to build a closure tuple).
	LOAD_CLOSURE
	// LOAD_CLASSDEREF i: in a class body, look the free variable's name up
	// in the class namespace first, then fall back to cell i.
	LOAD_CLASSDEREF
	// LOAD_GLOBAL i pushes the global names[i], else the builtin, else
	// raises NameError. Cached. [] -> [v]
	LOAD_GLOBAL
	// STORE_GLOBAL i, DELETE_GLOBAL i act on the module namespace.
	STORE_GLOBAL
	DELETE_GLOBAL
	// LOAD_NAME i looks names[i] up in the frame's locals mapping, then
	// globals, then builtins (module and class bodies, exec).
	LOAD_NAME
	// STORE_NAME i, DELETE_NAME i act on the frame's locals mapping.
	STORE_NAME
	DELETE_NAME

	// LOAD_ATTR i: [obj] -> [getattr(obj, names[i])]. Cached.
	LOAD_ATTR
	// STORE_ATTR i: [v, obj] -> [] sets obj.names[i] = v. Cached.
	STORE_ATTR
	// DELETE_ATTR i: [obj] -> [].
	DELETE_ATTR
	// LOAD_METHOD i: [obj] -> [meth, obj] when names[i] resolves to a
	// plain function or method descriptor on obj's type that can be called
	// with obj as its first argument, else [getattr(obj, names[i]), NULL].
	// Always followed (after the arguments) by CALL_METHOD or
	// CALL_METHOD_KW. Cached.
	LOAD_METHOD

	// UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT: [a] -> [op a]
	UNARY_POSITIVE
	UNARY_NEGATIVE
	UNARY_NOT
	UNARY_INVERT
	// BINARY_OP op: [a, b] -> [a op b], op a BinaryOp (in-place forms
	// included). Cached.
	BINARY_OP
	// COMPARE_OP op: [a, b] -> [a op b], op a CompareOp. Cached.
	COMPARE_OP
	// IS_OP invert: [a, b] -> [a is b] (is not, when invert is 1).
	IS_OP
	// CONTAINS_OP invert: [a, b] -> [a in b] (not in, when invert is 1).
	CONTAINS_OP

	// BINARY_SUBSCR: [a, k] -> [a[k]]. Cached.
	BINARY_SUBSCR
	// STORE_SUBSCR: [v, a, k] -> [] sets a[k] = v.
	STORE_SUBSCR
	// DELETE_SUBSCR: [a, k] -> [].
	DELETE_SUBSCR
	// BUILD_SLICE n (2 or 3): [start, stop(, step)] -> [slice].
	BUILD_SLICE

	// BUILD_TUPLE n, BUILD_LIST n, BUILD_SET n: [n items] -> [collection].
	BUILD_TUPLE
	BUILD_LIST
	BUILD_SET
	// BUILD_MAP n: [k1, v1, ..., kn, vn] -> [dict].
	BUILD_MAP
	// BUILD_CONST_KEY_MAP n: [v1, ..., vn, keys_tuple] -> [dict].
	BUILD_CONST_KEY_MAP
	// BUILD_STRING n: [n strs] -> [their concatenation].
	BUILD_STRING
	// LIST_APPEND i: [..., list, (i-1 items), v] -> [..., list, (i-1 items)]
	// appends v to the list i items down (comprehensions).
	LIST_APPEND
	// SET_ADD i and MAP_ADD i likewise ([..., k, v] for MAP_ADD).
	SET_ADD
	MAP_ADD
	// LIST_EXTEND i, SET_UPDATE i, DICT_UPDATE i: [..., c, (i-1 items), it]
	// -> [..., c, (i-1 items)] extend the collection i items down.
	LIST_EXTEND
	SET_UPDATE
	DICT_UPDATE
	// DICT_MERGE i is DICT_UPDATE for a call's **kwargs: a repeated key
	// raises TypeError ("f() got multiple values for keyword argument 'k'")
	// and a non-mapping raises "f() argument after ** must be a mapping, not
	// int". The function it names sits two slots below the dict being
	// built, as CALL_FUNCTION_EX lays the stack out: [f, args, dict, m].
	DICT_MERGE
	// LIST_TO_TUPLE: [list] -> [tuple(list)].
	LIST_TO_TUPLE
	// FORMAT_VALUE flags: (flags & 3) is the conversion (0 none, 1 str,
	// 2 repr, 3 ascii); flags & 4 means a format spec is on top.
	// [v(, spec)] -> [format(conv(v), spec)].
	FORMAT_VALUE

	// UNPACK_SEQUENCE n: [seq] -> [item n-1, ..., item 0] (item 0 on top).
	UNPACK_SEQUENCE
	// UNPACK_EX (before | after<<8): starred unpacking, as CPython.
	UNPACK_EX

	// JUMP_FORWARD t jumps to instruction t (t > this one).
	JUMP_FORWARD
	// JUMP_BACKWARD t jumps to instruction t (t <= this one) and checks
	// the eval breaker.
	JUMP_BACKWARD
	// JUMP_BACKWARD_NO_INTERRUPT t jumps back without checking the eval
	// breaker (the inner loop of yield from / await).
	JUMP_BACKWARD_NO_INTERRUPT
	// POP_JUMP_IF_FALSE t, POP_JUMP_IF_TRUE t: [v] -> [] and jump to t when
	// v's truth is false/true. Backward targets check the eval breaker.
	POP_JUMP_IF_FALSE
	POP_JUMP_IF_TRUE
	// POP_JUMP_IF_NONE t, POP_JUMP_IF_NOT_NONE t: [v] -> [], jump when v is
	// (is not) None.
	POP_JUMP_IF_NONE
	POP_JUMP_IF_NOT_NONE
	// JUMP_IF_FALSE_OR_POP t, JUMP_IF_TRUE_OR_POP t: when v's truth is
	// false/true, jump to t leaving v; otherwise pop v.
	JUMP_IF_FALSE_OR_POP
	JUMP_IF_TRUE_OR_POP

	// GET_ITER: [v] -> [iter(v)].
	GET_ITER
	// FOR_ITER t: [it] -> [it, next(it)], or, when it is exhausted, pop it
	// and jump to t. Cached.
	FOR_ITER

	// CALL n: [f, a1..an] -> [f(a1..an)].
	CALL
	// CALL_KW n: [f, a1..an, kwnames] -> [result], kwnames a tuple of k
	// strs naming the last k of the n arguments.
	CALL_KW
	// CALL_METHOD n: [m, self_or_NULL, a1..an] -> [result]: calls
	// m(self, a1..an) when the second slot is not NULL, else m(a1..an).
	CALL_METHOD
	// CALL_METHOD_KW n: [m, self_or_NULL, a1..an, kwnames] -> [result].
	CALL_METHOD_KW
	// CALL_FUNCTION_EX flags: [f, args(, kwargs_dict)] -> [result]; the
	// dict is there when flags & 1. args is a tuple, except for a call
	// whose only positional argument is *x (f(*x), f(*x, k=v), f(*x, **m)):
	// there, as in CPython, it is x itself, and the VM turns it into a
	// tuple, raising TypeError "f() argument after * must be an iterable,
	// not int" when x is not iterable.
	CALL_FUNCTION_EX
	// MAKE_FUNCTION flags: [(defaults_tuple if 1), (kwdefaults_dict if 2),
	// (annotations_dict if 4), (closure_tuple if 8), code, qualname] ->
	// [function]. Unlike CPython the qualified name is on top, above the
	// code object.
	MAKE_FUNCTION
	// RETURN_VALUE: [v] -> returns v from the frame.
	RETURN_VALUE

	// YIELD_VALUE: [v] -> suspends the frame producing v; when it resumes,
	// the value sent in is pushed. [v] -> [sent]
	YIELD_VALUE
	// GET_YIELD_FROM_ITER, GET_AWAITABLE where, GET_AITER, GET_ANEXT,
	// END_ASYNC_FOR, BEFORE_ASYNC_WITH: as CPython 3.11.
	GET_YIELD_FROM_ITER
	GET_AWAITABLE
	GET_AITER
	GET_ANEXT
	END_ASYNC_FOR
	BEFORE_ASYNC_WITH
	// SEND t: [receiver, v] -> [receiver, yielded] when the receiver
	// yields, or [result] and jump to t when it returns (StopIteration).
	SEND

	// RAISE_VARARGS n: n=0 re-raise the exception being handled, 1 raise
	// TOS, 2 raise TOS1 from TOS.
	RAISE_VARARGS
	// RERAISE oparg: [exc] -> raises exc again, keeping its traceback.
	// With oparg > 0, the item oparg places below exc is the lasti an
	// exception-table entry pushed, and the frame's last instruction (what
	// its traceback line shows) becomes that instruction.
	RERAISE
	// PUSH_EXC_INFO: [exc] -> [previous_handled, exc]; exc becomes the
	// exception being handled (sys.exception()).
	PUSH_EXC_INFO
	// POP_EXCEPT: [previous_handled] -> []; restores it.
	POP_EXCEPT
	// CHECK_EXC_MATCH: [exc, type] -> [exc, isinstance-match]; TypeError
	// when type is not an exception class or tuple of them.
	CHECK_EXC_MATCH
	// CHECK_EG_MATCH, PREP_RERAISE_STAR: except*, as CPython 3.11.
	CHECK_EG_MATCH
	PREP_RERAISE_STAR
	// BEFORE_WITH: [mgr] -> [bound __exit__, mgr.__enter__()].
	BEFORE_WITH
	// WITH_EXCEPT_START: [exit, lasti, prev, exc] -> [exit, lasti, prev,
	// exc, exit(type(exc), exc, exc.__traceback__)].
	WITH_EXCEPT_START
	// LOAD_ASSERTION_ERROR pushes AssertionError.
	LOAD_ASSERTION_ERROR

	// IMPORT_NAME i: [level, fromlist] -> [module], __import__(names[i]...).
	IMPORT_NAME
	// IMPORT_FROM i: [module] -> [module, module.names[i]] (ImportError
	// "cannot import name ..." as CPython words it).
	IMPORT_FROM
	// IMPORT_STAR: [module] -> [] copies public names into the locals.
	IMPORT_STAR

	// LOAD_BUILD_CLASS pushes builtins.__build_class__.
	LOAD_BUILD_CLASS
	// SETUP_ANNOTATIONS creates __annotations__ in the locals if missing.
	SETUP_ANNOTATIONS
	// PRINT_EXPR: [v] -> [] hands v to sys.displayhook (interactive mode).
	PRINT_EXPR

	// GET_LEN: [v] -> [v, len(v)].
	GET_LEN
	// MATCH_MAPPING, MATCH_SEQUENCE: [v] -> [v, bool].
	MATCH_MAPPING
	MATCH_SEQUENCE
	// MATCH_KEYS: [subject, keys] -> [subject, keys, values_tuple_or_None].
	MATCH_KEYS
	// MATCH_CLASS n: [subject, cls, kw_names_tuple] -> [attrs_tuple_or_None].
	MATCH_CLASS

	// NumOpcodes is one past the last opcode.
	NumOpcodes
)

// BinaryOp is BINARY_OP's argument. The in-place forms come after the
// plain ones in the same order; InplaceOffset maps one to the other.
type BinaryOp uint32

const (
	OpAdd BinaryOp = iota
	OpSubtract
	OpMultiply
	OpMatMul
	OpTrueDivide
	OpFloorDivide
	OpRemainder
	OpPower
	OpLshift
	OpRshift
	OpAnd
	OpXor
	OpOr
	// NumBinaryOps counts the plain operators.
	NumBinaryOps
)

// InplaceOffset turns a BinaryOp into its in-place form (a += b is
// OpAdd+InplaceOffset), which tries __iadd__ first.
const InplaceOffset BinaryOp = NumBinaryOps

var binarySymbols = [NumBinaryOps]string{"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "^", "|"}

// Symbol returns the operator as Python writes it ("+", "+=").
func (op BinaryOp) Symbol() string {
	if op >= InplaceOffset {
		return binarySymbols[op-InplaceOffset] + "="
	}
	return binarySymbols[op]
}

// IsInplace reports whether op is an augmented-assignment form.
func (op BinaryOp) IsInplace() bool { return op >= InplaceOffset }

// Base returns the plain operator of an in-place form.
func (op BinaryOp) Base() BinaryOp {
	if op >= InplaceOffset {
		return op - InplaceOffset
	}
	return op
}

// CompareOp is COMPARE_OP's argument.
type CompareOp uint32

const (
	CmpLt CompareOp = iota
	CmpLe
	CmpEq
	CmpNe
	CmpGt
	CmpGe
)

var compareSymbols = [...]string{"<", "<=", "==", "!=", ">", ">="}

// Symbol returns the comparison as Python writes it.
func (op CompareOp) Symbol() string { return compareSymbols[op] }

// MAKE_FUNCTION flags.
const (
	FuncDefaults    = 0x01
	FuncKwDefaults  = 0x02
	FuncAnnotations = 0x04
	FuncClosure     = 0x08
)

// FORMAT_VALUE flags.
const (
	FormatConvMask  = 0x03
	FormatConvNone  = 0x00
	FormatConvStr   = 0x01
	FormatConvRepr  = 0x02
	FormatConvASCII = 0x03
	FormatWithSpec  = 0x04
)
