"""The JSON scanner: make_scanner builds a decoder's scan_once."""

import re
from _json import make_scanner as c_make_scanner

__all__ = ['make_scanner']

# make_scanner(decoder) returns the function that decodes one value at an
# index of a string: gilpy's is Go.
make_scanner = c_make_scanner

# A JSON number: integer part, fraction, exponent (kept for programs that
# use the pattern).
NUMBER_RE = re.compile(r'(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?',
                       re.VERBOSE | re.MULTILINE | re.DOTALL)
