# UnicodeEncodeError and UnicodeDecodeError from every codec, with every
# standard error handler: messages, attributes and replacements.

def attrs(e):
    return (type(e).__name__, e.encoding, e.start, e.end, e.reason)


def enc(s, encoding, errors='strict'):
    try:
        r = s.encode(encoding, errors)
    except UnicodeEncodeError as e:
        print('  %s %s %r: %s' % (encoding, errors, s, e))
        print('    ', attrs(e), e.object == s)
    except Exception as e:
        print('  %s %s %r: %s: %s' % (encoding, errors, s, type(e).__name__, e))
    else:
        print('  %s %s %r -> %r' % (encoding, errors, s, r))


def dec(b, encoding, errors='strict'):
    try:
        r = b.decode(encoding, errors)
    except UnicodeDecodeError as e:
        print('  %s %s %r: %s' % (encoding, errors, b, e))
        print('    ', attrs(e), e.object == b, type(e.object).__name__)
    except Exception as e:
        print('  %s %s %r: %s: %s' % (encoding, errors, b, type(e).__name__, e))
    else:
        print('  %s %s %r -> %r' % (encoding, errors, b, r))


handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
            'surrogateescape', 'surrogatepass', 'nosuchhandler']
texts = ['plain', 'caf\xe9', 'a\u20acb', '\U0001F600!', 'x\udc80y', '\ud800\udc00', 'ab\xff\u0100\u0101cd', '\udcff\udcfe', '\x00\x7f\x80']
encodings = ['ascii', 'latin-1', 'utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'cp1252', 'cp437',
             'iso8859-15', 'koi8-r', 'utf-8-sig', 'mac-roman', 'cp037']
print('== encoding')
for encoding in encodings:
    print(encoding)
    for s in texts:
        for h in handlers:
            enc(s, encoding, h)

datas = [b'plain', b'caf\xc3\xa9', b'caf\xe9', b'\xff\xfe', b'a\x80b', b'\xed\xa0\x80', b'\xe2\x82', b'\xf0\x9f\x98\x80',
         b'\x00\xd8\x00\xdc', b'\x00\xdc', b'\x81\x8d\x8f', b'abc\x00', b'\xc3', b'\x80\x80\x80\x80\x80\x41']
print('== decoding')
for encoding in encodings:
    print(encoding)
    for b in datas:
        for h in handlers:
            dec(b, encoding, h)

print('== messages')
for e in [UnicodeEncodeError('ascii', 'abc', 1, 2, 'bad'), UnicodeEncodeError('ascii', 'abc', 1, 3, 'bad'),
          UnicodeEncodeError('x', '\u20ac', 0, 1, 'r'), UnicodeEncodeError('x', '\U00012345', 0, 1, 'r'),
          UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'why'), UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'why'),
          UnicodeDecodeError('utf-8', bytearray(b'\xff'), 0, 1, 'ba')]:
    print(str(e), '|', repr(e), '|', e.args)
