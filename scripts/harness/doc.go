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
//	NAME.rules   how to compare, when plain equality is not what CPython
//	             guarantees (see Rules)
//
// Before comparing, both sides are normalized the same way: the program's
// own directory becomes <scripts> (or <seed-scripts>), CPython's library
// directory and gilpy's built-in library both become <stdlib>, and each run
// of consecutive traceback frames inside the library collapses to a single
// marker line, so library frames are compared by their presence and not by
// their paths, line numbers or source text.
package harness
