# The codecs module: lookup, CodecInfo, encode/decode, the get* helpers,
# incremental codecs, error handler registry, BOM constants, aliases.
import codecs


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print('  ', type(e).__name__ + ':', e)
        if e.__cause__ is not None:
            print('     cause:', type(e.__cause__).__name__, e.__cause__)
        return None
    print('  ', repr(r))
    return r


print('== lookup and names')
for name in ['utf-8', 'UTF8', 'utf_8', 'U8', 'latin1', 'Latin-1', 'iso-8859-1', 'ISO8859_1', 'l1', 'ascii', 'US-ASCII',
             '646', 'utf-16', 'UTF-16LE', 'utf_16_be', 'utf-32', 'utf32le', 'UTF-32-BE', 'cp1252', 'windows-1252',
             'utf-8-sig', 'utf8_sig', 'unicode_escape', 'raw_unicode_escape', 'cp437', 'koi8_r', 'mac_roman',
             'iso8859-15', ' utf 8 ', 'utf..8', 'nosuch', 'x-y', '']:
    try:
        info = codecs.lookup(name)
    except LookupError as e:
        print('  ', repr(name), 'LookupError:', e)
    else:
        print('  ', repr(name), info.name, isinstance(info, tuple), len(info), info[0] is info.encode,
              info._is_text_encoding)
for bad in [None, 1, b'utf-8']:
    show(codecs.lookup, bad)

print('== encode/decode')
show(codecs.encode, 'caf\xe9')
show(codecs.encode, 'caf\xe9', 'latin-1')
show(codecs.encode, 'caf\xe9', 'ascii')
show(codecs.encode, 'caf\xe9', 'ascii', 'replace')
show(codecs.encode, 'caf\xe9', encoding='utf-16-be', errors='strict')
show(codecs.decode, b'caf\xc3\xa9')
show(codecs.decode, b'caf\xe9', 'cp1252')
show(codecs.decode, b'caf\xe9', 'utf-8')
show(codecs.decode, b'caf\xe9', 'utf-8', 'backslashreplace')
show(codecs.decode, bytearray(b'abc'), 'ascii')
show(codecs.decode, memoryview(b'abc'), 'latin-1')
show(codecs.encode, b'abc', 'utf-8')
show(codecs.decode, 'abc', 'utf-8')
show(codecs.encode, 'abc', 'nosuch')
show(codecs.encode, 'abc', 'utf-8', 'nosuchhandler')
show(codecs.encode, 'ab\xff', 'cp1252', 'nosuchhandler')
show(codecs.decode, b'ab\x81', 'cp1252', 'nosuchhandler')
show(codecs.encode, 'a\\xe9\n\u20ac', 'unicode_escape')
show(codecs.decode, b'a\\xe9\\n\\u20ac\\N{BULLET}', 'unicode_escape')
show(codecs.decode, b'a\\x9', 'unicode_escape')
show(codecs.decode, b'\\u12', 'unicode_escape')
show(codecs.decode, b'\\N{NO SUCH NAME}', 'unicode_escape')
show(codecs.encode, 'a\\\xe9\u20ac\U0001F600', 'raw_unicode_escape')
show(codecs.decode, b'a\\\\u20ac\\u20ac\\U0001F600', 'raw_unicode_escape')

print('== get helpers')
enc = codecs.getencoder('utf-8')
dec = codecs.getdecoder('utf-8')
show(enc, 'h\xe9')
show(enc, 'h\udce9', 'surrogateescape')
show(dec, b'h\xc3\xa9')
show(dec, b'h\xe9', 'surrogateescape')
show(codecs.getencoder('latin-1'), '\u20ac', 'xmlcharrefreplace')
show(codecs.getdecoder('utf-16'), b'\xff\xfea\x00b\x00')
show(codecs.getdecoder('utf-16'), b'\xfe\xff\x00a\x00b')
show(codecs.getdecoder('utf-32'), b'\xff\xfe\x00\x00a\x00\x00\x00')
show(codecs.getencoder, 'nosuch')
show(codecs.getdecoder, 'nosuch')
show(codecs.utf_8_decode, b'ab\xc3', None, False)
show(codecs.utf_8_decode, b'ab\xc3', None, True)
show(codecs.utf_16_le_decode, b'a\x00b', None, False)
show(codecs.utf_16_ex_decode, b'\xfe\xff\x00a', None, 0, False)
show(codecs.latin_1_encode, 'ab\u0100', 'replace')
show(codecs.ascii_decode, b'ab\x80', 'ignore')
show(codecs.charmap_decode, b'\x00\x01\x02', 'strict', 'xyz')
show(codecs.charmap_decode, b'\x00\x01\x05', 'strict', 'xyz')
show(codecs.charmap_decode, b'\x00\x01\x05', 'replace', {0: 'a', 1: 'bc'})
show(codecs.charmap_encode, 'ab', 'strict', {ord('a'): 1, ord('b'): b'zz'})
show(codecs.charmap_encode, 'abc', 'strict', {ord('a'): 1, ord('b'): b'zz'})

print('== incremental')
for name in ['utf-8', 'utf-16', 'utf-16-be', 'utf-32', 'utf-8-sig', 'latin-1', 'cp1252', 'unicode_escape']:
    e = codecs.getincrementalencoder(name)()
    d = codecs.getincrementaldecoder(name)()
    text = 'x\xe9\u20ac\U0001F600y'
    try:
        data = e.encode(text[:2]) + e.encode(text[2:4]) + e.encode(text[4:], True)
    except UnicodeEncodeError as ex:
        print('  ', name, 'encode', ex)
        continue
    out = []
    for i in range(len(data)):
        try:
            out.append(d.decode(data[i:i + 1]))
        except UnicodeDecodeError as ex:
            out.append('!' + str(ex))
            break
    out.append(d.decode(b'', True))
    print('  ', name, data, out)
    e.reset()
    d.reset()
    print('    ', e.encode('a', True), d.decode(data, True) if name != 'utf-16-be' else '')
d = codecs.getincrementaldecoder('utf-8')()
show(d.decode, b'\xe2\x82')
show(d.getstate)
show(d.decode, b'', True)
d = codecs.getincrementaldecoder('utf-8')('replace')
show(d.decode, b'a\xe2\x82')
show(d.decode, b'b', True)
d = codecs.getincrementaldecoder('utf-16')()
show(d.decode, b'\xfe')
show(d.getstate)
show(d.decode, b'\xff\x00a')
show(d.getstate)
show(codecs.getincrementalencoder, 'nosuch')

print('== iterencode / iterdecode')
print('  ', list(codecs.iterencode(['a', '\xe9', '', 'z'], 'utf-8')))
print('  ', list(codecs.iterdecode([b'a', b'\xc3', b'\xa9', b'z'], 'utf-8')))
print('  ', list(codecs.iterencode(['a', 'b'], 'utf-16')))

print('== error handlers')
for name in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
             'surrogateescape', 'surrogatepass']:
    h = codecs.lookup_error(name)
    print('  ', name, callable(h))
show(codecs.lookup_error, 'nosuch')
show(codecs.lookup_error, 1)
exc = UnicodeEncodeError('ascii', 'a\xe9\u20acb', 1, 3, 'bad')
for name in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
    show(codecs.lookup_error(name), exc)
show(codecs.lookup_error('strict'), exc)
dexc = UnicodeDecodeError('ascii', b'a\xe9\xffb', 1, 3, 'bad')
for name in ['ignore', 'replace', 'backslashreplace', 'surrogateescape']:
    show(codecs.lookup_error(name), dexc)
show(codecs.lookup_error('xmlcharrefreplace'), dexc)
show(codecs.lookup_error('replace'), ValueError('x'))


def myhandler(e):
    print('     handler got', type(e).__name__, e.start, e.end, repr(e.object[e.start:e.end]))
    return ('<%d>' % (e.end - e.start), e.end)


codecs.register_error('mine', myhandler)
print('  ', codecs.lookup_error('mine') is myhandler)
show(lambda: 'a\xe9\xe8b\u20ac'.encode('ascii', 'mine'))
show(lambda: b'a\xe9\xe8b'.decode('utf-8', 'mine'))
show(lambda: 'a\xe9b'.encode('latin-1', 'mine'))
show(lambda: '\u20ac'.encode('cp1252', 'mine'))
show(lambda: '\u0100'.encode('cp1252', 'mine'))


def back(e):
    return ('?', e.start - 1 if e.start else 0) if not hasattr(back, 'done') else ('', e.end)


codecs.register_error('bytesback', lambda e: (b'[B]', e.end))
show(lambda: 'a\xe9b'.encode('ascii', 'bytesback'))
show(lambda: b'a\xe9b'.decode('ascii', 'bytesback'))
codecs.register_error('badret', lambda e: 42)
show(lambda: 'a\xe9b'.encode('ascii', 'badret'))
show(lambda: b'a\xe9b'.decode('ascii', 'badret'))
codecs.register_error('badpos', lambda e: ('x', 100))
show(lambda: 'a\xe9b'.encode('ascii', 'badpos'))
codecs.register_error('negpos', lambda e: ('x', -1))
show(lambda: 'a\xe9b'.encode('ascii', 'negpos'))


def raiser(e):
    raise KeyError('from handler')


codecs.register_error('raiser', raiser)
show(lambda: 'a\xe9b'.encode('ascii', 'raiser'))
show(codecs.register_error, 'x', 1)
show(codecs.register_error, 1, print)

print('== search functions')


def search(name):
    if name == 'rot_thirteen':
        def enc(s, errors='strict'):
            return (s.translate(str.maketrans('abcdefghijklmnopqrstuvwxyz', 'nopqrstuvwxyzabcdefghijklm')).encode('ascii'), len(s))

        def dec(b, errors='strict'):
            return (bytes(b).decode('ascii').translate(str.maketrans('abcdefghijklmnopqrstuvwxyz', 'nopqrstuvwxyzabcdefghijklm')), len(b))
        return codecs.CodecInfo(enc, dec, name='rot-thirteen')
    if name == 'badinfo':
        return (1, 2)
    if name == 'failing':
        def enc(s, errors='strict'):
            raise ValueError('no way')
        return codecs.CodecInfo(enc, enc, name='failing')
    if name == 'notext':
        def enc(s, errors='strict'):
            return (s, len(s))
        return codecs.CodecInfo(enc, enc, name='notext', _is_text_encoding=False)
    return None


codecs.register(search)
print('  ', codecs.lookup('Rot-Thirteen').name)
show(lambda: 'hello'.encode('rot_thirteen'))
show(lambda: b'uryyb'.decode('rot-thirteen'))
show(codecs.encode, 'hello', 'rot_thirteen')
show(codecs.lookup, 'badinfo')
show(lambda: 'x'.encode('failing'))
show(codecs.encode, 'x', 'failing')
show(lambda: 'x'.encode('notext'))
show(lambda: b'x'.decode('notext'))
show(codecs.encode, 'x', 'notext')
show(codecs.register, 1)
codecs.unregister(search)
show(codecs.lookup, 'badinfo')

print('== constants')
print('  ', codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print('  ', codecs.BOM_LE, codecs.BOM_BE, codecs.BOM64_LE, codecs.BOM32_BE)
print('  ', codecs.BOM == codecs.BOM_UTF16, codecs.BOM_UTF32 in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE))
ci = codecs.lookup('latin-1')
print('  ', ci.name, ci.incrementalencoder.__name__, ci.incrementaldecoder.__name__, ci.streamreader.__name__,
      ci.streamwriter.__name__)
print('  ', repr(ci).startswith('<codecs.CodecInfo object for encoding iso8859-1 at 0x'))
import encodings
print('  ', encodings.normalize_encoding('UTF-8'), encodings.normalize_encoding('  latin 1  '),
      encodings.normalize_encoding('a--b..c'), encodings.normalize_encoding('\xe9t\xe9'))
from encodings import aliases
print('  ', aliases.aliases['utf8'], aliases.aliases['latin1'], aliases.aliases['u16'])
