"""The JSON encoder: JSONEncoder and the string quoting functions."""

import re
from _json import (encode_basestring_ascii as c_encode_basestring_ascii,
                   encode_basestring as c_encode_basestring,
                   make_encoder as c_make_encoder)

__all__ = ['JSONEncoder']

# Characters a JSON string must escape, without and with ensure_ascii.
ESCAPE = re.compile(r'[\x00-\x1f\\"\b\f\n\r\t]')
ESCAPE_ASCII = re.compile(r'([\\"]|[^\ -~])')
HAS_UTF8 = re.compile(b'[\x80-\xff]')
ESCAPE_DCT = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for _i in range(0x20):
    ESCAPE_DCT.setdefault(chr(_i), '\\u{0:04x}'.format(_i))
del _i

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
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        """Set the encoder's options; dumps() describes each of them.

        With an indent and no separators, items are separated by ','
        alone, so that lines carry no trailing space.
        """
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return an encodable stand-in for o, or raise TypeError.

        Subclasses override this, e.g. to encode sets as lists::

            def default(self, o):
                if isinstance(o, set):
                    return sorted(o)
                return super().default(o)
        """
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return the JSON text of o as one str."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Return an iterator over the JSON text of o, in pieces (dump()
        writes them one by one)."""
        markers = {} if self.check_circular else None
        if self.ensure_ascii:
            quote = encode_basestring_ascii
        else:
            quote = encode_basestring
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        encoder = c_make_encoder(
            markers, self.default, quote, indent,
            self.key_separator, self.item_separator, self.sort_keys,
            self.skipkeys, self.allow_nan)
        chunks = encoder(o, 0)
        if _one_shot:
            return chunks
        return iter(chunks)
