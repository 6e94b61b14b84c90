// Package pystr implements the algorithms behind Python's str methods (and
// the bytes/bytearray methods that share them) on plain Go strings, with
// CPython 3.11's exact semantics and no dependency on an object model. The
// object layer wraps these functions as methods, converts arguments and
// raises the exceptions.
//
// # Strings
//
// A Python str is a Go string holding UTF-8. Lone surrogates (U+D800 to
// U+DFFF, which a Python str may contain) are stored in their three-byte
// generalized UTF-8 form (ED A0 80 .. ED BF BF); DecodeRune, AppendRune and
// every function here accept them. Two surrogates in a row are two code
// points, as in Python, never a pair.
//
// A bytes value is a Go string holding the raw bytes (functions named
// Bytes*). A bytearray's []byte can be passed as string(b).
//
// # Invalid UTF-8
//
// The object layer should never build a str that is not valid in the sense
// above, but no input makes these functions panic. A byte that does not
// start a well-formed sequence is one code point of its own, whose value is
// U+DC00 plus the byte (U+DC80..U+DCFF, the convention of Python's
// "surrogateescape" error handler): it counts 1 in Len and indexes, it is
// classified as a surrogate (not printable, not alphabetic, ...), repr
// shows it as '\udcXX', and every operation that keeps the code point
// copies the original byte. This is how CPython sees the same bytes when it
// decodes them with the "surrogateescape" error handler, and the golden
// tests check exactly that. Searching (Find, Split, Replace, ...) compares
// bytes: a valid needle matches where CPython would match, but a needle
// that is itself invalid may also match bytes inside a code point; such a
// match is reported at the index of the code point it starts in. Results
// that reorder or join pieces of invalid input (Slice with a step, Join)
// may fuse stray bytes into a valid sequence.
//
// # Indexes and optional arguments
//
// Indexes of str functions count code points; those of Bytes* functions
// count bytes. start and end arguments (Find, RFind, Count, StartsWith,
// EndsWith and their bytes variants) are the Python argument values:
// negative values count from the end and values beyond the length are
// clamped, exactly as CPython's ADJUST_INDICES does, so "abc".find("", 3)
// is 3 and "abc".find("", 4) is -1. The caller resolves None: NoStart (0)
// for a missing start and NoEnd (the largest int) for a missing end, and
// clamps Python ints that do not fit an int to the int range, as CPython's
// slice-index conversion does. maxsplit and replace's count are negative
// for "no limit". The index methods (str.index, bytes.rindex, ...) are
// Find/RFind with the caller raising ErrSubstringNotFound (or
// ErrSubsectionNotFound for bytes) on -1.
//
// Subscripting: RuneAt and CharAt take a Python index (negative counts from
// the end) and report out-of-range with ok == false. Slice takes indexes
// already resolved by AdjustSlice, which reproduces PySlice_AdjustIndices.
//
// Arguments that must be one character (the fill of Center, LJust, RJust)
// are runes or bytes; the caller checks the Python argument's length.
// Methods taking a tuple (startswith, endswith) have *Any variants.
//
// # Results
//
// Functions that select part of their input (Strip, Split, Partition,
// CharAt, Slice with step 1, ...) return substrings sharing its memory, and
// functions that would return an unchanged copy (Lower of a lowercase
// string, Center with a small width, ...) return the argument itself, so
// they do not allocate. Errors are *Error values carrying the Python
// exception name and CPython's message. MaxResultBytes caps the size of
// results that can grow without bound (MemoryError beyond it).
//
// # Unicode data
//
// Character properties and case mappings come from tables generated from
// CPython 3.11 itself (Unicode 14.0.0, see gen_tables.py), not from Go's
// unicode package, which follows a newer Unicode version and defines
// different properties. They cover Python's definitions of isalpha,
// isdecimal, isdigit, isnumeric, isspace, isprintable, islower, isupper,
// istitle, isidentifier (XID_Start/XID_Continue), the full case mappings of
// SpecialCasing ('ß'.upper() == "SS", 'İ'.lower() == "i̇"), the
// Final_Sigma rule, titlecase digraphs and full case folding.
//
// # Speed
//
// ASCII strings take fast paths everywhere (IsASCII checks 8 bytes at a
// time). Code point indexing of a non-ASCII string is linear in the index:
// the object layer should remember whether a str is ASCII (then byte and
// code point indexes coincide) and its length, and build an Index for a
// non-ASCII string that is subscripted repeatedly.
package pystr

//go:generate python3 gen_tables.py
