# The argument checks, attributes and str() of UnicodeEncodeError,
# UnicodeDecodeError and UnicodeTranslateError.
for args in [(), ('a',), ('a', 'b', 1, 2, 'r'), (1, 'b', 1, 2, 'r'), ('a', b'b', 1, 2, 'r'), ('a', 'b', 1.0, 2, 'r'), ('a','b',1,2,b'r'), ('a','b',True,2,'r'), ('a','b',1,2,'r',6)]:
    for T in (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError):
        try:
            e = T(*args)
            print(T.__name__, args, 'ok', repr(e), e.args)
            try: print('  ', str(e))
            except Exception as x: print('  str:', type(x).__name__, x)
            for a in ('encoding','object','start','end','reason'):
                try: print('  ', a, repr(getattr(e, a)))
                except Exception as x: print('  ', a, type(x).__name__, x)
        except Exception as x:
            print(T.__name__, args, type(x).__name__, x)
e = UnicodeDecodeError('utf-8', bytearray(b'\xff'), 0, 1, 'ba'); print(repr(e.object), e.args)
e = UnicodeDecodeError('utf-8', memoryview(b'\xffa'), 0, 1, 'ba'); print(repr(e.object))
e = UnicodeTranslateError('\xff', 0, 1, 'ba'); print(str(e), e.args, e.encoding)
e = UnicodeEncodeError('ascii', 'abc', 0, 1, 'ba'); e.start = 5; e.end=9; print(str(e), e.start, e.end)
e = UnicodeEncodeError('ascii', 'abc', 0, 1, 'ba'); e.start = -5; print(str(e), e.start, e.end)
e = UnicodeDecodeError('ascii', b'abc', 2, 1, 'ba'); print(str(e), e.start, e.end)
e = UnicodeEncodeError('ascii', '', 0, 1, 'ba'); print(str(e), e.start, e.end)
