# The rot-13 codec (str to str, through codecs.encode/decode only) and
# the 'undefined' codec, which refuses every use.
import codecs


def show(f):
    try:
        print('  ', repr(f()))
    except Exception as e:
        print('  ', type(e).__name__ + ':', e)


for name in ['rot13', 'rot_13', 'ROT-13', 'rot 13', 'undefined', 'Undefined']:
    info = codecs.lookup(name)
    print(name, info.name, info._is_text_encoding, info.incrementalencoder.__module__)
show(lambda: codecs.encode('Hello, World! 123 é', 'rot13'))
show(lambda: codecs.decode('Uryyb, Jbeyq!', 'rot_13'))
show(lambda: codecs.encode('abc', 'rot13', 'ignore'))
show(lambda: codecs.lookup('rot13').encode('Zebra'))
show(lambda: 'abc'.encode('rot13'))
show(lambda: b'abc'.decode('rot13'))
show(lambda: str(b'abc', 'rot13'))
show(lambda: codecs.encode(b'abc', 'rot13'))
e = codecs.getincrementalencoder('rot13')()
show(lambda: e.encode('Hello') + e.encode(' there', True))
d = codecs.getincrementaldecoder('rot13')()
show(lambda: d.decode('Uryyb'))
show(lambda: 'abc'.encode('undefined'))
show(lambda: b'abc'.decode('undefined'))
show(lambda: codecs.encode('abc', 'undefined'))
show(lambda: codecs.decode(b'abc', 'undefined'))
show(lambda: codecs.getincrementalencoder('undefined')().encode('x'))
show(lambda: codecs.getincrementaldecoder('undefined')().decode(b'x'))
show(lambda: codecs.lookup('rot-12'))

print('== charmap')
info = codecs.lookup('charmap')
print(info.name, info.encode is codecs.charmap_encode, info.incrementalencoder.__module__)
show(lambda: 'abc\xff'.encode('charmap'))
show(lambda: 'a\u20ac'.encode('charmap'))
show(lambda: 'a\u20ac'.encode('charmap', 'replace'))
show(lambda: b'ab\xff'.decode('charmap'))
show(lambda: info.encode('ab', 'strict', {ord('a'): 1, ord('b'): b'BB'}))
show(lambda: info.decode(b'\x00\x01', 'strict', 'xy'))
show(lambda: info.decode(b'\x00\x02', 'strict', 'xy'))
e = info.incrementalencoder('strict', {ord('q'): 81})
show(lambda: e.encode('qq'))
d = info.incrementaldecoder('replace', 'Q')
show(lambda: d.decode(b'\x00\x01'))
