"""The JSON encoder: JSONEncoder and the string quoting functions."""

import re
from _json import (encode_basestring_ascii as c_encode_basestring_ascii,
                   encode_basestring as c_encode_basestring,
                   make_encoder as c_make_encoder)


# Characters a JSON string must escape, without and with ensure_ascii.
ESCAPE = re.compile(r'[\x00-\x1f\\"\b\f\n\r\t]')
ESCAPE_ASCII = re.compile(r'([\\"]|[^\ -~])')
HAS_UTF8 = re.compile(b'[\x80-\xff]')
# Each character a JSON string must escape and its escape: the two-letter
# forms where JSON has one, \u00XX for the other control characters.
ESCAPE_DCT = {c: '\\u%04x' % ord(c) for c in map(chr, range(0x20))}
ESCAPE_DCT.update(zip('\\"\b\f\n\r\t', ('\\\\', '\\"', '\\b', '\\f', '\\n', '\\r', '\\t')))

INFINITY = float('inf')

encode_basestring = c_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii


class JSONEncoder(object):
    """Turns Python values into JSON text.

    dict becomes an object, list and tuple an array, str a string, int
    and float (and their subclasses, IntEnum members included) numbers,
    True/False/None true/false/null. Any other value is handed to
    default(), which a subclass overrides to return something encodable
    (or to raise TypeError, as the base class does).
    """
    # The separators of compact output without an indent; an instance
    # may replace them (see __init__).
    key_separator, item_separator = ': ', ', '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        """Set the encoder's options; dumps() describes each of them.

        With an indent and no separators, items are separated by ','
        alone, so that lines carry no trailing space.
        """
        # The options stay readable as attributes, as CPython's are.
        self.skipkeys, self.ensure_ascii, self.sort_keys = skipkeys, ensure_ascii, sort_keys
        self.check_circular, self.allow_nan, self.indent = check_circular, allow_nan, indent
        if default is not None:
            self.default = default
        if separators is None:
            if indent is not None:
                self.item_separator = ','
        else:
            self.item_separator, self.key_separator = separators

    def default(self, o):
        """Return an encodable stand-in for o, or raise TypeError.

        Subclasses override this, e.g. to encode sets as lists::

            def default(self, o):
                if isinstance(o, set):
                    return sorted(o)
                return super().default(o)
        """
        name = o.__class__.__name__
        raise TypeError(f'Object of type {name} is not JSON serializable')

    def encode(self, o):
        """Return the JSON text of o as one str."""
        if isinstance(o, str):
            # A lone string needs no encoder object.
            return (encode_basestring_ascii if self.ensure_ascii else encode_basestring)(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """Return an iterator over the JSON text of o, in pieces (dump()
        writes them one by one)."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        run = c_make_encoder(
            {} if self.check_circular else None, self.default,
            encode_basestring_ascii if self.ensure_ascii else encode_basestring,
            indent, self.key_separator, self.item_separator, self.sort_keys,
            self.skipkeys, self.allow_nan)
        pieces = run(o, 0)
        return pieces if _one_shot else iter(pieces)
