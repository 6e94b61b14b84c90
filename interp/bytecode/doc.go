// Package bytecode defines gilpy's compiled form of Python: the opcodes,
// the fixed-size instruction, the code object with its exception table and
// per-instruction source positions, and the stack effect of every opcode.
//
// It is the contract between interp/compile, which produces code objects
// from the AST, and interp/vm, which runs them, so it holds no behaviour
// beyond small lookups. The opcode set follows CPython 3.11's closely (see
// Opcode for the differences): its exception handling is "zero cost" (an
// exception table consulted only when something raises, no block stack),
// its calls pass arguments on the value stack without building tuples,
// and attribute, global and operator instructions carry an inline cache
// slot that the VM specializes at run time.
package bytecode
