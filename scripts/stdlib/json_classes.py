# JSONEncoder and JSONDecoder as classes: subclasses, raw_decode,
# scan_once, iterencode, dump/load on files, JSONDecodeError details and
# the submodules' names.
import io
import json
import json.decoder
import json.encoder
import json.scanner
import pickle


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}, "f": frozenset("ba")}, cls=SetEncoder, sort_keys=True))
try:
    json.dumps(object(), cls=SetEncoder)
except TypeError as e:
    print("TypeError", e)


class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()


print(json.dumps(["abc", {"k": "v"}], cls=Upper))


class Chunks(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        yield "<"
        yield from super().iterencode(o, _one_shot)
        yield ">"


print(json.dumps([1, 2], cls=Chunks))
buf = io.StringIO()
json.dump({"a": [1, 2]}, buf, cls=Chunks)
print(buf.getvalue())


class WithOptions(json.JSONEncoder):
    def __init__(self, **kw):
        kw["sort_keys"] = True
        kw["indent"] = 1
        super().__init__(**kw)


print(json.dumps({"b": 1, "a": [2]}, cls=WithOptions))

enc = json.JSONEncoder()
print(enc.item_separator, enc.key_separator, enc.indent, enc.sort_keys, enc.skipkeys,
      enc.ensure_ascii, enc.check_circular, enc.allow_nan)
enc = json.JSONEncoder(indent=4)
print(repr(enc.item_separator), repr(enc.key_separator))
enc = json.JSONEncoder(separators=(";", "="))
print(repr(enc.item_separator), repr(enc.key_separator))
print(enc.encode({"a": [1, 2]}))
print(json.JSONEncoder().encode("\u00e9"), json.JSONEncoder(ensure_ascii=False).encode("\u00e9"))
print("".join(json.JSONEncoder().iterencode({"a": [1, "x"]})))
print(json.JSONEncoder(default=repr).encode([b"x"]))
try:
    json.JSONEncoder(1)
except TypeError as e:
    print("TypeError", e)

print(json.encoder.encode_basestring("a\"\u00e9\n"))
print(json.encoder.encode_basestring_ascii("a\"\u00e9\n\U0001f600"))
try:
    json.encoder.encode_basestring_ascii(3)
except TypeError as e:
    print("TypeError", e)

# Decoder objects.
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] trailing'))
print(dec.raw_decode('xx{"a": 1}yy', 2))
print(dec.decode('  {"a": [1]}  '))
try:
    dec.raw_decode(' [1]')
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
try:
    dec.raw_decode('[1]', -1)
except ValueError as e:
    print(type(e).__name__, e)
print(dec.scan_once('"ab" x', 0))
print(dec.scan_once('[1,2]', 0), dec.scan_once('xx 12.5', 3))
for args in [('', 0), ('abc', 0), ('[1]', 5), ('[1,', 0)]:
    try:
        dec.scan_once(*args)
    except StopIteration as e:
        print("StopIteration", e.value)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e)
print(dec.strict, dec.object_hook, dec.object_pairs_hook, dec.parse_float is float,
      dec.parse_int is int, dec.parse_constant('NaN'), dec.parse_constant('-Infinity'))


class ListPairs(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_pairs_hook=list, **kw)


print(json.loads('{"a": {"b": 2}}', cls=ListPairs))


class Strict(json.JSONDecoder):
    def decode(self, s):
        v = super().decode(s)
        if not isinstance(v, dict):
            raise ValueError("need an object")
        return v


try:
    json.loads('[1]', cls=Strict)
except ValueError as e:
    print("ValueError", e)

print(json.decoder.scanstring('"abc\\n" tail', 1))
print(json.decoder.scanstring('ab"', 0))
try:
    json.decoder.scanstring('"abc', 1)
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
print(json.decoder.scanstring('"a\tb"', 1, False))

# JSONDecodeError.
e = json.JSONDecodeError("Custom message", "line one\nline two\nthree", 14)
print(e, "|", e.msg, e.pos, e.lineno, e.colno, repr(e.doc))
print(isinstance(e, ValueError), json.JSONDecodeError.__mro__[1].__name__, e.args)
e2 = pickle.loads(pickle.dumps(e))
print(type(e2).__name__, e2, e2.pos)
try:
    json.loads('{\n  "a": 1,\n  "b": x\n}')
except ValueError as e:
    print(type(e).__name__, e.lineno, e.colno, e.pos, e.msg)

# Files.
buf = io.StringIO()
json.dump({"k": [1, 2, {"n": None}]}, buf, indent=2, sort_keys=True)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
print(json.load(io.BytesIO(b'{"b": true}')))
print(json.load(io.StringIO('[1.5]'), parse_float=lambda s: s))
buf = io.StringIO()
try:
    json.dump([1, object()], buf)
except TypeError as e:
    print("TypeError", e)

# Module contents.
print(sorted(json.__all__))
print(json.encoder.JSONEncoder is json.JSONEncoder, json.decoder.JSONDecoder is json.JSONDecoder,
      json.decoder.JSONDecodeError is json.JSONDecodeError)
print(json.detect_encoding(b'{}'), json.detect_encoding(b'\x00{\x00}'),
      json.detect_encoding(b'{\x00\x00\x00'), json.detect_encoding(b'\xef\xbb\xbf{}'),
      json.detect_encoding(b'\xff\xfe{\x00'), json.detect_encoding(b'{\x00'))
print(json.decoder.NaN != json.decoder.NaN, json.decoder.PosInf, json.decoder.NegInf)
print(json.scanner.NUMBER_RE.match('-12.5e3x').groups())
print(json.encoder.INFINITY, json.encoder.ESCAPE_DCT['\n'], json.encoder.ESCAPE_DCT['\x01'])
print(json.decoder.WHITESPACE.match('  \n x').end(), repr(json.decoder.WHITESPACE_STR))
