"""The JSON decoder: JSONDecoder and JSONDecodeError."""

import re

from json import scanner
from _json import scanstring as c_scanstring

__all__ = ['JSONDecoder', 'JSONDecodeError']

FLAGS = re.VERBOSE | re.MULTILINE | re.DOTALL

# The three non-finite numbers JSON documents may spell out.
NaN, PosInf, NegInf = float('nan'), float('inf'), float('-inf')


class JSONDecodeError(ValueError):
    """A document that is not valid JSON.

    msg says what is wrong, doc is the document, pos the index in it
    where the problem was found, lineno and colno the same place counted
    in lines and columns from 1.
    """

    def __init__(self, msg, doc, pos):
        line_start = doc.rfind('\n', 0, pos) + 1
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno = doc.count('\n', 0, pos) + 1
        self.colno = pos - line_start + 1
        super().__init__(f'{msg}: line {self.lineno} column {self.colno} (char {pos})')

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


_CONSTANTS = {'NaN': NaN, 'Infinity': PosInf, '-Infinity': NegInf}

scanstring = c_scanstring

WHITESPACE = re.compile(r'[ \t\n\r]*', FLAGS)
WHITESPACE_STR = ' \t\n\r'


class JSONDecoder(object):
    """Turns JSON text into Python values.

    An object becomes a dict (or what object_hook or object_pairs_hook
    make of it), an array a list, a string a str, a number an int or a
    float (or what parse_int/parse_float make of its text), true/false/
    null True/False/None; NaN, Infinity and -Infinity are accepted too and
    go through parse_constant.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        """Set the decoder's options; loads() describes each of them."""
        # The hooks the scanner calls, with the defaults filled in.
        self.object_hook, self.object_pairs_hook = object_hook, object_pairs_hook
        self.parse_int, self.parse_float = parse_int or int, parse_float or float
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict, self.parse_string, self.memo = strict, scanstring, {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=WHITESPACE.match):
        """Return the value of the JSON document s (a str), which may be
        surrounded by whitespace but nothing else."""
        value, after = self.raw_decode(s, _w(s, 0).end())
        rest = _w(s, after).end()
        if rest < len(s):
            raise JSONDecodeError("Extra data", s, rest)
        return value

    def raw_decode(self, s, idx=0):
        """Decode the JSON value that starts at s[idx] and return it with
        the index just after it; what follows is not looked at."""
        try:
            return self.scan_once(s, idx)
        except StopIteration as stop:
            # The scanner's StopIteration carries where no value began.
            raise JSONDecodeError("Expecting value", s, stop.value) from None
