"""The JSON scanner: make_scanner builds a decoder's scan_once."""

import re
from _json import make_scanner as c_make_scanner

__all__ = ['make_scanner']

NUMBER_RE = re.compile(
    r'(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?',
    (re.VERBOSE | re.MULTILINE | re.DOTALL))

make_scanner = c_make_scanner
