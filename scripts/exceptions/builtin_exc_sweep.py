# Every builtin exception class with 0, 1 and 2 arguments: str, repr and
# args; OSError's errno to subclass mapping and its str forms with
# filename and filename2; add_note and how notes print.
import builtins
import errno
import sys
import traceback

def s(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

names = sorted(n for n, v in vars(builtins).items() if isinstance(v, type) and issubclass(v, BaseException))
print(len(names))
for n in names:
    cls = getattr(builtins, n)
    row = []
    for args in [(), ('one',), ('one', 2), (b'\xff',)]:
        try:
            e = cls(*args)
            row.append('%s|%s|%r' % (str(e), repr(e), e.args))
        except Exception as x:
            row.append('%s: %s' % (type(x).__name__, x))
    print(n, cls.__mro__[1].__name__, row)

print('== group constructors')
print(s(lambda: ExceptionGroup('m', [ValueError(1)])), s(lambda: BaseExceptionGroup('m', [KeyboardInterrupt()])), s(lambda: type(BaseExceptionGroup('m', [ValueError()])).__name__))
print(s(lambda: ExceptionGroup('m', [])), s(lambda: ExceptionGroup('m', [KeyboardInterrupt()])), s(lambda: ExceptionGroup(1, [ValueError()])), s(lambda: ExceptionGroup('m', ValueError())))

print('== OSError mapping')
codes = sorted({v for k, v in vars(errno).items() if k.startswith('E')})
for c in codes:
    e = OSError(c, 'msg')
    if type(e) is not OSError:
        print(c, errno.errorcode[c], type(e).__name__, e.errno, e.strerror)
for args in [(), ('a',), (2,), (2, 'No such file'), (2, 'x', 'f.txt'), (2, 'x', 'f', None, 'g'), (2, 'x', None, None, 'g'),
             (13, 'Denied', b'bytes'), (2, 'x', 3), (2, 'x', 'f', 5), (2, 'x', 'f', 5, 'g'), (2, 'x', 'f', 5, 'g', 6), ('e', 's', 'f'),
             (None, 'x'), (2.0, 'x'), (-1, 'neg'), (99999, 'huge')]:
    try:
        e = OSError(*args)
        print(args, type(e).__name__, str(e), repr(e), e.args, e.errno, e.strerror, e.filename, e.filename2)
    except Exception as x:
        print(args, type(x).__name__, x)
print(s(lambda: FileNotFoundError(13, 'x').__class__.__name__), s(lambda: IOError is OSError and EnvironmentError is OSError))
class MyOS(OSError): pass
print(type(MyOS(2, 'x')).__name__, str(MyOS(2, 'x', 'f')), s(lambda: BlockingIOError(11, 'x', 5).characters_written))
e = OSError(2, 'x')
e.filename = 'late'
print(str(e), e.args)
e.strerror = None
print(str(e))
e.errno = None
print(str(e))

print('== notes')
e = ValueError('base')
print(s(lambda: e.add_note('first')), e.__notes__)
e.add_note('second\nmultiline')
print(s(lambda: e.add_note(5)), s(lambda: e.add_note()), e.__notes__)
print(''.join(traceback.format_exception_only(e)), end='')
e.__notes__ = 'not a list'
print(s(lambda: e.add_note('x')))
print(''.join(traceback.format_exception_only(e)), end='')
e.__notes__ = ['ok', 7]
print(''.join(traceback.format_exception_only(e)), end='')
e2 = KeyError('k')
e2.add_note('kn')
print(repr(e2), str(e2), e2.__notes__)
try:
    try:
        raise TypeError('inner')
    except TypeError as x:
        x.add_note('note on inner')
        raise
except TypeError as x:
    print(traceback.format_exception(x)[-2:])
sys.stdout.flush()
err = ExceptionGroup('grp', [ValueError('v')])
err.add_note('group note')
err.exceptions[0].add_note('leaf note')
traceback.print_exception(err, file=sys.stdout)
z = ZeroDivisionError('zz')
z.add_note('printed by the interpreter')
raise z
