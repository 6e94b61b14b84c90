// Package codecs implements Python's text encodings in Go, with CPython
// 3.11's results, error positions and messages: the encoders and decoders
// behind str.encode, bytes.decode, str(b, encoding), the codecs module and
// text files.
//
// # Strings and bytes
//
// A str is a Go string in gilpy's representation (UTF-8, lone surrogates
// in their three-byte generalized form; see package pystr), and positions
// in a str count code points. Bytes are []byte and positions count bytes.
//
// # Names
//
// Lookup resolves an encoding name as CPython does: Normalize folds case
// and punctuation ("UTF 8", "utf_8" and "Utf-8" are all "utf_8"), then
// encodings.aliases' aliases and the codec module names are tried. The
// Codec's Name is what codecs.lookup(name).name reports ("iso8859-1" for
// "latin-1"). Unknown names give a *PyError of type LookupError with
// CPython's message ("unknown encoding: x").
//
// Implemented: utf-8, utf-8-sig, utf-16 (-le, -be), utf-32 (-le, -be),
// ascii, latin-1, unicode_escape, raw_unicode_escape and every single-byte
// code page CPython has (cp1252, cp437, iso8859-15, koi8-r, mac-roman...;
// tables in tables.go, generated from CPython by gen_tables.py). The
// multi-byte East Asian codecs, utf-7, idna, punycode and the bytes-to-bytes
// codecs (base64, hex, zlib...) are not implemented here.
//
// # Errors and error handlers
//
// Encoding and decoding errors are *Error values (UnicodeEncodeError and
// UnicodeDecodeError), whose Error method gives CPython's message. The
// errors argument names an error handler. The standard ones (strict,
// ignore, replace, backslashreplace, xmlcharrefreplace, namereplace,
// surrogateescape, surrogatepass) are built in; any other name is resolved,
// only when an error actually occurs (as in CPython), through the Env the
// caller passes, which is how handlers registered from Python with
// codecs.register_error are found. Env may be nil: then only the standard
// handlers exist and other names give LookupError("unknown error handler
// name 'x'").
//
// # Incremental use
//
// NewEncoder and NewDecoder return the incremental encoder and decoder of
// a codec (what codecs.getincrementaldecoder gives, and what a text file
// needs): a decoder keeps the bytes of an incomplete character between
// calls, remembers a byte order mark, and has CPython's getstate/setstate
// values so a text file can implement tell and seek.
package codecs

//go:generate python3 gen_tables.py
//go:generate gofmt -w tables.go
