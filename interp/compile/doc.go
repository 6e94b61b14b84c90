// Package compile turns the syntax tree of interp/syntax into code objects
// of interp/bytecode, as CPython 3.11's compiler does.
//
// Compile (or CompileSource, which parses first) runs in three stages:
//
//   - The symbol table (symtable.go) walks the module once, recording for
//     every block (module, class, function, lambda, comprehension) the
//     names it binds, uses and declares, then resolves each name to local,
//     global (explicit or implicit), free or cell, with CPython 3.11's rules:
//     comprehensions are functions of their own whose first iterable comes
//     in as ".0", class bodies are invisible to their methods, super() and
//     __class__ make the class body keep a __class__ cell, and walrus
//     targets in comprehensions bind in the enclosing function. Its errors
//     are CPython's, with CPython's positions.
//   - The code generator (compiler.go, stmt.go, expr.go, pattern.go)
//     follows CPython 3.11's instruction sequences construct by construct,
//     including the exception-handling ones (the except handler, finally
//     and with cleanup sequences and their exception-table entries), the
//     constant folding and rewrites of CPython's AST optimizer (fold.go)
//     and the source positions CPython gives every instruction, which
//     tracebacks print. Instructions go into basic blocks; exception
//     handlers are tracked as a stack while generating, so each
//     instruction knows the handler that protects it.
//   - The assembler (assemble.go, optimize.go) runs CPython's peephole
//     passes, computes every block's stack depth (handler entries
//     included, and rejecting inconsistent depths as an *InternalError),
//     drops unreachable code, resolves jumps to absolute instruction
//     indexes, gives artificial instructions their positions, numbers the
//     inline caches and builds the exception table.
//
// Where gilpy departs from CPython 3.11's bytecode it is by the contract in
// interp/bytecode: calls use CALL, CALL_KW, CALL_METHOD, CALL_METHOD_KW and
// CALL_FUNCTION_EX instead of PUSH_NULL/PRECALL/KW_NAMES/CALL (the keyword
// names are a constant tuple pushed before the call), MAKE_FUNCTION takes
// the qualified name and an annotations dict, there are no RESUME, cell
// set-up or generator prologue instructions, and jumps are absolute. A set
// display of constants that CPython would make a frozenset constant is
// built at run time (there are no frozenset constants).
//
// CompileWithWarnings also reports CPython's compile-time SyntaxWarnings
// ("is" with a literal, calling or subscripting a literal, an assert on a
// tuple) for the caller to issue through the warnings machinery.
// SourceForVM is the VM's compile hook: it parses with syntax.ParseWarn
// and compiles with CompileWithWarnings, so the parser's warnings come
// before the compiler's, as in CPython.
//
// unparse.go renders an expression as CPython does for annotations under
// `from __future__ import annotations`. Verify checks a code object the
// way the VM relies on it; the tests and the fuzz target hold every
// compiled program to it.
//
// The tests compare with goldens that CPython 3.11 produced (see
// testdata/gen_goldens.py): symbol tables, SyntaxErrors and
// SyntaxWarnings, the positions of every instruction that can raise,
// instruction streams, exception tables, constants, and the output of
// programs run end to end on interp/vm (testdata/run). TestCorpus and
// TestStdlibCompiles run the same comparisons over a whole corpus, such as
// CPython's standard library, as a local check.
package compile
