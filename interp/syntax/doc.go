// Package syntax is gilpy's front end: the tokenizer and parser of the
// Python 3.12 grammar. Parse turns source into the syntax tree of package
// ast (interp/syntax/ast), which mirrors CPython's ast module node for
// node, so that gilpy's compiler can follow CPython's compiler, and so that
// the parser can be checked against CPython by comparing ast.dump texts.
//
// # API
//
//	Parse(src []byte, filename string, mode Mode) (ast.Mod, error)
//
// Mode is Exec (a module: *ast.Module), Eval (one expression:
// *ast.Expression) or Single (one interactive statement, as the REPL and
// compile(..., 'single') use: *ast.Interactive). The source is bytes as
// read from a file: a UTF-8 BOM is skipped, a PEP 263 coding declaration is
// honored for UTF-8, Latin-1, ASCII and the common single-byte codecs
// (cp1250-1258, koi8-r/u, iso8859-2..16, mac-roman, cp437/850/866; other
// declared encodings give "encoding problem: NAME"), and CRLF or CR line
// ends are read as LF. Every error is a *SyntaxError.
//
// # The tree
//
// Package ast has one Go struct per CPython node class, with the same name
// and with fields named after CPython's fields in Go case (decorator_list
// is DecoratorList, kw_defaults is KwDefaults, and so on), in the same
// order. Two class names are changed because Go has one namespace: the
// statement class Expr is ExprStmt (Expr is the expression interface) and
// the operator Mod is Modulo (Mod is the module interface). The abstract
// classes are interfaces: Mod, Stmt, Expr, Pattern, TypeParam, and Node for
// all. ExceptHandler, arguments, arg, keyword, alias, withitem, match_case,
// comprehension and type_ignore are pointers to structs (*ast.Arguments,
// *ast.Arg, *ast.Keyword, *ast.Alias, *ast.WithItem, *ast.MatchCase,
// *ast.Comprehension, *ast.ExceptHandler, *ast.TypeIgnore).
//
// Positions: nodes that have them in CPython embed ast.Pos, whose fields
// Lineno, ColOffset, EndLineno and EndColOffset follow CPython: lines from
// 1, columns from 0 counted in bytes of the UTF-8 line, end exclusive.
//
// Expression contexts are the ExprContext field Ctx (ast.Load, the zero
// value, ast.Store, ast.Del) on Name, Attribute, Subscript, Starred, List
// and Tuple, set exactly where CPython sets them (assignment, augmented
// and annotated assignment targets, for targets, with-item and
// comprehension targets, del targets, walrus and match capture names).
// Operators are the enums BoolOperator (And, Or), Operator (Add ...
// FloorDiv), UnaryOperator (Invert, Not, UAdd, USub) and CmpOp (Eq ...
// NotIn).
//
// Optional fields absent in Python (None) are nil for nodes and "" for
// identifiers and strings (no Python identifier is empty). As in CPython,
// Dict.Keys holds nil for a **mapping item and Arguments.KwDefaults holds
// nil for a keyword-only parameter without default. Lists are never nil in
// a parsed tree, except FunctionDef/ClassDef TypeParams, which are nil
// when the definition has no type parameters.
//
// Constant.Value holds the literal's value:
//
//	None        ast.None (type ast.NoneType)
//	...         ast.Ellipsis (type ast.EllipsisType)
//	True/False  bool
//	int         int64, or *big.Int when it does not fit in an int64
//	float       float64
//	complex     complex128 (imaginary literals)
//	str         string: UTF-8; a lone surrogate from an escape such as
//	            "\ud800" is encoded as the 3 bytes UTF-8 would give it
//	            (WTF-8), which Go's utf8 package reports as invalid;
//	            ast.DecodeWTF8 decodes such strings
//	bytes       ast.Bytes ([]byte)
//
// Constant.Kind is "u" when the string literal (the first of a
// concatenation) is spelled with a lowercase u prefix, as in CPython.
// Adjacent literals are concatenated as CPython does: into one Constant,
// or into one JoinedStr when any of them is an f-string. A docstring stays
// the first statement, an ast.ExprStmt holding a Constant.
//
// ast.Dump returns exactly what CPython 3.11's ast.dump(node,
// include_attributes=True) returns for the same tree (ast.DumpNoAttributes
// is ast.dump(node)); the type_params fields of FunctionDef,
// AsyncFunctionDef and ClassDef, which 3.11 lacks, are left out while
// empty. ast.Walk and ast.Inspect visit a tree in field order.
//
// # Errors
//
// A *SyntaxError carries what CPython's SyntaxError carries: Kind
// (SyntaxError, IndentationError or TabError), Msg, Filename, Lineno,
// Offset, EndLineno, EndOffset and Text, with CPython's conventions: lines
// and offsets from 1, offsets counted in characters; the Text is the
// offending line, with its newline where CPython keeps one; end positions
// are 0 or -1 where CPython gives those. Messages and positions match
// CPython 3.11's, found the same way: a first pass parses; when it fails,
// a second pass runs the rules for common mistakes ("invalid syntax.
// Perhaps you forgot a comma?", "expected ':'", "cannot assign to ...",
// "expected an indented block after ...", "Missing parentheses in call to
// 'print'", "Generator expression must be parenthesized", parameter and
// argument order errors, and the rest of CPython's invalid_ rules), and
// otherwise the error is "invalid syntax" at the furthest token the first
// pass reached. SyntaxError.Incomplete tells a REPL that the input ended
// inside a statement (open bracket or triple-quoted string, a block header
// or a backslash at the end), so that more lines could complete it. Tokenizer errors (unterminated strings, bad numbers,
// invalid characters, unmatched brackets, bad indentation) take priority
// over parser errors as in CPython, and an unclosed bracket is reported as
// "'(' was never closed".
//
// The errors that are the parser's: everything above, that is every
// SyntaxError CPython raises while tokenizing and parsing
// (compile(..., flags=ast.PyCF_ONLY_AST)). Left to the compiler, because
// CPython raises them from its symbol table or code generator: 'return',
// 'yield' and 'await' outside function (or async function), 'break' and
// 'continue' outside loop, nonlocal/global declaration errors, "duplicate
// argument", "can't use starred expression here" (a bare starred
// expression), "cannot assign to __debug__", "not a chance" and other
// __future__ import errors, assignment expressions inside comprehension
// iterables, "patterns may only match literals and attribute lookups" and
// the other match-statement checks of CPython's compiler, and "too many
// statically nested blocks".
//
// # Warnings
//
// ParseWarn is Parse with a handler for the warnings CPython's tokenizer
// and parser give: SyntaxWarning "invalid decimal literal" (and the
// hexadecimal, octal, binary and imaginary forms) for a number run into
// a keyword that may follow it ("1if x else y"), and DeprecationWarning
// "invalid escape sequence '\d'" or "invalid octal escape sequence
// '\777'" for the first such escape of each str, bytes or f-string
// literal part. They are handed over in the order CPython issues them
// (its tokenizer is lazy, so in source order), once the parse ends, and
// only for the tokens the parser reached. A handler returning
// ErrWarningIsError turns the warning into a SyntaxError at its place,
// as CPython does when a filter makes the warning an exception.
//
// # Where gilpy follows Python 3.12 rather than 3.11
//
// The grammar is 3.12's: type aliases (type X = ...), PEP 695 type
// parameters on functions and classes, and PEP 701 f-strings, which are
// tokenized as in 3.12 (FSTRING_START, FSTRING_MIDDLE, FSTRING_END and the
// tokens of the replacement fields), so that quotes of the same kind may
// nest, replacement fields may hold backslashes and, in triple-quoted
// f-strings, comments and newlines. The errors inside f-strings therefore
// are 3.12's: "f-string: valid expression required before '}'",
// "f-string: invalid conversion character 'x': expected 's', 'r', or 'a'",
// "f-string: expecting '}'", "f-string: single '}' is not allowed",
// "f-string: lambda expressions are not allowed without parentheses",
// "unterminated f-string literal (detected at line N)" and the like. 3.11
// words some of
// them differently ("f-string: empty expression not allowed") and locates
// some of them on a copy of the expression; those cases are tested with
// hand-checked expectations in testdata/cases312 instead of CPython 3.11
// goldens.
//
// The tree of an f-string is the one 3.11 builds, including its positions
// (which 3.12 changed): the Constant and FormattedValue parts of a
// JoinedStr carry the position of the whole (concatenated) string; a
// format spec's JoinedStr, and its trailing literal, carry the position of
// the one f-string literal it is in; an unparenthesized tuple in a
// replacement field spans the braces. Expressions inside replacement
// fields carry their true positions, which is also what 3.11 reports for
// all of the standard library. The golden comparisons therefore exclude
// nothing: every node and position of every golden is compared.
//
// Other differences: in eval and single modes CPython does not end the
// input with a newline as it does in exec mode, which moves the reported
// position of some errors at the very end of such input; gilpy always
// ends the input with a newline. Input nested too deeply for the parser
// (thousands of unary operators or lambdas, say) gives an error of kind
// KindMemoryError, which the VM raises as MemoryError() as CPython 3.11
// does; the parser's depth is weighted so that the usual shapes overflow
// at the nesting where CPython's do. Source with NUL bytes gives the SyntaxError
// CPython gives for such a file (compile() of such a string raises
// ValueError in 3.11); \N{...} knows the Unicode 14 character
// names and formal name aliases (unidata/aliases.txt); identifiers are NFKC-normalized by mapping
// each character to its NFKC form and composing adjacent pairs, without
// reordering several combining marks (no identifier in practice needs
// it); type comments are not parsed (they are comments).
//
// Error messages are CPython 3.11's, but which one is chosen for input
// with several mistakes depends on the exact order in which CPython's PEG
// parser tries its rules and memoizes results; gilpy follows that order
// closely but not in every corner. On 1864 sources made by mutating
// CPython library files at random (of which 619 do not parse), gilpy gives
// CPython's exact error in all but 3: one f-string error worded as in 3.12,
// one class header where 3.12's type-parameter grammar reads further than
// 3.11's, and one "'{' was never closed" that CPython reports because its
// error pass happens to read further inside the unclosed brace. Nested
// missing commas such as "[a {c d}]" are reported at the inner mistake,
// where CPython gives a plain "invalid syntax".
//
// # Tests
//
// testdata/regen.py (run it with python3, CPython 3.11) writes the
// goldens: for every testdata/programs/*.py and every case of
// testdata/cases/*.txt, the ast.dump or the SyntaxError CPython reports.
// The Go tests compare with them and never need CPython. TestCorpus runs
// the same comparison over any tree of Python files when
// GILPY_SYNTAX_CORPUS is set (used on CPython's own library: all 11656
// files give the same dump or error as CPython 3.11), FuzzParse and
// FuzzTokenize check that no input panics or hangs (their crashers are
// kept in testdata/fuzz), and BenchmarkParse measures speed (about half a
// million lines a second on one core).
package syntax
