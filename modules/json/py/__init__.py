"""Encode Python values as JSON text and decode JSON text (RFC 7159).

dumps/dump turn dicts, lists, tuples, strings, numbers, booleans and
None into JSON; loads/load turn JSON back into them. Both take the
options of JSONEncoder and JSONDecoder, which can be subclassed.
"""

# The public API (the listing's order is CPython's), and the version
# number the json package has long reported.
__all__ = ['dump', 'dumps', 'load', 'loads',
           'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']
__version__ = '2.0.9'
__author__ = 'gilpy'

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder
import codecs

# The encoder and decoder with every option at its default, shared by
# the calls that change none.
_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()

# dumps's options and their defaults: a call that passes exactly these
# uses the shared encoder.
_ENCODER_DEFAULTS = dict(skipkeys=False, ensure_ascii=True, check_circular=True,
                         allow_nan=True, indent=None, separators=None,
                         default=None, sort_keys=False)


def _encoder_for(cls, options, extra):
    if cls is None and not extra and options == _ENCODER_DEFAULTS:
        return _default_encoder
    return (cls or JSONEncoder)(**options, **extra)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Write obj as JSON to fp, a file-like object with a write() method
    taking str; the options are those of dumps."""
    options = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                   check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                   separators=separators, default=default, sort_keys=sort_keys)
    write = fp.write
    for piece in _encoder_for(cls, options, kw).iterencode(obj):
        write(piece)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Return obj encoded as a JSON str.

    skipkeys leaves out dict keys that are not str, int, float, bool or
    None (instead of raising TypeError); ensure_ascii escapes every
    non-ASCII character; check_circular detects containers that contain
    themselves; allow_nan permits NaN and the infinities; indent (a number
    of spaces or a str) pretty-prints; separators is an (item, key) pair
    of str; default(o) is called for values JSON has no form for;
    sort_keys orders dicts by key; cls is a JSONEncoder subclass to use.
    """
    options = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                   check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                   separators=separators, default=default, sort_keys=sort_keys)
    return _encoder_for(cls, options, kw).encode(obj)


# Byte-order marks and the JSON encodings they announce, longest first
# (a UTF-32 little-endian mark begins like UTF-16's).
_MARKS = ((codecs.BOM_UTF32_BE, 'utf-32'), (codecs.BOM_UTF32_LE, 'utf-32'),
          (codecs.BOM_UTF8, 'utf-8-sig'),
          (codecs.BOM_UTF16_BE, 'utf-16'), (codecs.BOM_UTF16_LE, 'utf-16'))


def detect_encoding(b):
    """Guess whether the JSON text in the bytes b is UTF-8, -16 or -32,
    from its byte-order mark or the pattern of zero bytes at its start."""
    for mark, name in _MARKS:
        if b.startswith(mark):
            return name
    # JSON text starts with an ASCII character, so which of the first
    # bytes are zero tells the width and the byte order.
    zeros = tuple(byte == 0 for byte in b[:4])
    if len(b) >= 4:
        if zeros[0]:
            return 'utf-32-be' if zeros[1] else 'utf-16-be'
        if zeros[1]:
            return 'utf-32-le' if zeros[2] and zeros[3] else 'utf-16-le'
    elif len(b) == 2 and any(zeros):
        return 'utf-16-be' if zeros[0] else 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Decode the JSON document read from fp (its read() method); the
    options are those of loads."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def _text_of(s):
    # The document as str: bytes are decoded by the encoding they show.
    if isinstance(s, str):
        if s[:1] == '\ufeff':
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
        return s
    if isinstance(s, (bytes, bytearray)):
        return s.decode(detect_encoding(s), 'surrogatepass')
    raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                    f'not {type(s).__name__}')


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Decode the JSON document s (str, bytes or bytearray) into Python
    values.

    object_hook(dict) and object_pairs_hook(list of pairs) replace the
    dicts decoded; parse_float, parse_int and parse_constant (for NaN,
    Infinity and -Infinity) are given the text of those values; strict=False
    allows control characters inside strings; cls is a JSONDecoder
    subclass to use.
    """
    text = _text_of(s)
    # Only the hooks given are passed on, so that a JSONDecoder subclass
    # without those parameters still works.
    hooks = {name: value for name, value in (
        ('object_hook', object_hook), ('object_pairs_hook', object_pairs_hook),
        ('parse_float', parse_float), ('parse_int', parse_int),
        ('parse_constant', parse_constant)) if value is not None}
    if cls is None and not hooks and not kw:
        return _default_decoder.decode(text)
    return (cls or JSONDecoder)(**kw, **hooks).decode(text)
