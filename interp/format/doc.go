// Package format holds Python's number/text conversions and formatting
// engines, with CPython 3.11's exact output and exact error messages, as
// plain Go: values in, strings or errors out. It knows nothing of the
// object model; where an engine needs something from a Python object (the
// operands of %, the fields of str.format) it asks through a small
// interface the object layer implements.
//
// # Why a separate package
//
// repr(float), str(int), '%d' % n, f-strings and format() sit on hot paths
// and their output is observable byte for byte, so they are written once,
// here, tested against tens of thousands of cases recorded from CPython
// 3.11 (testdata/gen_golden.py regenerates them; the Go tests never need
// CPython), and kept allocation-light.
//
// # Errors
//
// Every failure is a *Error whose Type names the Python exception
// ("ValueError", "TypeError", "OverflowError", "IndexError", "MemoryError")
// and whose Msg is CPython's message. The object layer raises
// Type(Msg). Errors returned by the caller's own callbacks are passed back
// unchanged.
//
// # Integers
//
// Int carries a Python int as an int64 (Big == nil) or a *big.Int; results
// use the int64 form whenever the value fits. maxDigits parameters are the
// interpreter's sys.get_int_max_str_digits() (DefaultMaxStrDigits is 4300;
// 0 disables the limit), applied to decimal conversions as 3.11 does.
//
// # API
//
// Float to text:
//
//	FloatRepr(x) / AppendFloatRepr(dst, x)  repr(x) == str(x)
//	FloatHex(x), FloatFromHex(s)            float.hex(), float.fromhex()
//	RoundFloat(x, ndigits)                  round(x, ndigits) -> float
//	RoundFloatToInt(x), FloatToInt(x)       round(x), int(x) -> Int
//
// Text to numbers:
//
//	ParseInt(s, base, maxDigits)            int(s, base)
//	ParseFloat(s)                           float(s)
//
// Integer text:
//
//	IntToString(n, maxDigits), AppendIntDecimal(dst, n, maxDigits)
//	Bin(n), Oct(n), Hex(n), IntToFloat(n)
//
// str repr:
//
//	StrRepr(s), StrASCII(s), AppendStrRepr(dst, s, asciiOnly)
//
// The format-spec mini-language (format(value, spec), also what f-strings
// and str.format call):
//
//	ParseSpec(spec, typeName, defaultType) (Spec, error)
//	FormatInt(n, spec, typeName, maxDigits), AppendFormatInt(...)
//	FormatFloat(x, spec, typeName), AppendFormatFloat(...)
//	FormatComplex(re, im, spec, typeName)
//	FormatStr(s, spec, typeName), AppendFormatStr(...)
//
// typeName is type(value).__name__, which CPython puts in messages such as
// "Unknown format code 'd' for object of type 'float'" (so pass "bool" for
// True). An empty spec gives str(value).
//
// printf-style formatting:
//
//	Percent(format, args, maxDigits) (string, error)
//
// with Args describing the right operand (a tuple, a single object, and a
// Lookup callback when it is a mapping) and Arg the per-operand interface
// (str/repr/ascii text, int and float conversions, str-ness for %c). See
// Arg and Args for the exact contract.
//
// str.format:
//
//	FormatString(template, resolver) (string, error)
//	NewMarkupIter(template).Next()           like _string.formatter_parser
//	SplitFieldName(name, auto), FieldName.Next()
//	                                         like _string.formatter_field_name_split
//
// FormatString evaluates fields in one left-to-right pass through a
// Resolver (positional and keyword lookup, attribute and item access,
// !r/!s/!a, format()), reproducing CPython's order of evaluation, automatic
// numbering and nesting limit.
//
// # Deviations
//
// Text is Go strings holding UTF-8; invalid bytes are treated as U+FFFD.
// Unicode properties (printable, decimal digit, whitespace) follow Python
// 3.11's Unicode 14.0: code points assigned later are treated as
// unassigned. A width or precision above MaxOutputLen raises MemoryError
// up front instead of attempting the allocation. Bytes %-formatting is not
// implemented yet; the engine's shape (Args, Arg) is meant to carry over.
package format
