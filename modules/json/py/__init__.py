"""Encode Python values as JSON text and decode JSON text (RFC 7159).

dumps/dump turn dicts, lists, tuples, strings, numbers, booleans and
None into JSON; loads/load turn JSON back into them. Both take the
options of JSONEncoder and JSONDecoder, which can be subclassed.
"""

__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

__author__ = 'gilpy'

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder
import codecs

# The encoder and decoder with every option at its default, shared by
# the calls that change none.
_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _make_encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                  indent, separators, default, sort_keys, kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw)


def _all_defaults(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                  indent, separators, default, sort_keys, kw):
    return (not skipkeys and ensure_ascii and check_circular and allow_nan
            and cls is None and indent is None and separators is None
            and default is None and not sort_keys and not kw)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Write obj as JSON to fp, a file-like object with a write() method
    taking str; the options are those of dumps."""
    if _all_defaults(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                     indent, separators, default, sort_keys, kw):
        chunks = _default_encoder.iterencode(obj)
    else:
        chunks = _make_encoder(cls, skipkeys, ensure_ascii, check_circular,
                               allow_nan, indent, separators, default,
                               sort_keys, kw).iterencode(obj)
    for chunk in chunks:
        fp.write(chunk)


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
    if _all_defaults(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                     indent, separators, default, sort_keys, kw):
        return _default_encoder.encode(obj)
    return _make_encoder(cls, skipkeys, ensure_ascii, check_circular,
                         allow_nan, indent, separators, default, sort_keys,
                         kw).encode(obj)


def detect_encoding(b):
    """Guess whether the JSON text in the bytes b is UTF-8, -16 or -32,
    from its byte-order mark or the pattern of zero bytes at its start."""
    bstartswith = b.startswith
    if bstartswith((codecs.BOM_UTF32_BE, codecs.BOM_UTF32_LE)):
        return 'utf-32'
    if bstartswith((codecs.BOM_UTF16_BE, codecs.BOM_UTF16_LE)):
        return 'utf-16'
    if bstartswith(codecs.BOM_UTF8):
        return 'utf-8-sig'
    # JSON text starts with an ASCII character, so the zero bytes around
    # it give the width and byte order away.
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Decode the JSON document read from fp (its read() method); the
    options are those of loads."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


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
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)",
                                  s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = s.decode(detect_encoding(s), 'surrogatepass')

    if (cls is None and object_hook is None and parse_int is None
            and parse_float is None and parse_constant is None
            and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)
