// Package harness compares what gilpy prints with what CPython 3.11
// printed for the same program, which is how gilpy's behaviour is tested.
//
// Expected outputs ("goldens") are produced by CPython and committed, so
// tests never need CPython. A program's goldens sit beside it:
//
//	NAME.py      the program
//	NAME.out     its stdout under CPython
//	NAME.err     its stderr, when not empty
//	NAME.exit    its exit status, when not 0
//	NAME.args    arguments, one per line, when it takes any
//	NAME.stdin   its standard input, byte for byte, when it reads one
//	             (without this file standard input is the null device)
//	NAME.rules   how to compare, when plain equality is not what CPython
//	             guarantees (see Rules)
//
// A folder holding an __init__.py is a package that programs import
// (from the program's own folder, or one a program puts on sys.path), so
// neither it nor anything below it is run as a program.
//
// Before comparing, both sides are normalized the same way: the program's
// own directory becomes <scripts> (or <seed-scripts>), CPython's library
// directory and gilpy's built-in library both become <stdlib>, and each run
// of consecutive traceback frames inside the library collapses to a single
// marker line, so library frames are compared by their presence and not by
// their paths, line numbers or source text.
package harness
