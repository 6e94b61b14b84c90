# Every builtin function and (non-exception) builtin type called with no
# arguments, too many, an unknown keyword and None: CPython's argument
# errors, whose wording and order of checks differ between builtins;
# then aiter/anext, eval, compile, super, round, complex and property.
import builtins
skip = {'input', 'help', 'breakpoint', 'exit', 'quit', 'copyright', 'credits', 'license', 'print', 'open'}
names = sorted(n for n, v in vars(builtins).items() if callable(v) and not isinstance(v, type) and not n.startswith('_') and n not in skip) + ['__import__', '__build_class__']
def s(f):
    try:
        r = f()
        return 'ok ' + type(r).__name__
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
for n in names:
    fn = getattr(builtins, n)
    print(n, '|', s(lambda: fn()), '|', s(lambda: fn(1, 2, 3, 4, 5, 6)), '|', s(lambda: fn(1, bogus=1)), '|', s(lambda: fn(None)))
types = sorted(n for n, v in vars(builtins).items() if isinstance(v, type) and not issubclass(v, BaseException) and not n.startswith('_'))
for n in types:
    fn = getattr(builtins, n)
    print(n, '|', s(lambda: fn()), '|', s(lambda: fn(1, 2, 3, 4, 5, 6)), '|', s(lambda: fn(1, bogus=1)), '|', s(lambda: fn(None)))
class BadAiter:
    def __aiter__(self):
        return 5
class GoodAiter:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration
print(s(lambda: aiter(BadAiter())), s(lambda: aiter(GoodAiter())), s(lambda: anext(5)), s(lambda: anext(GoodAiter(), 1, 2)))
print(s(lambda: eval('1', None, None, None)), s(lambda: eval(source='1')), s(lambda: compile('1', 'f', 'eval', 0, False, -1, 5)), s(lambda: compile('1', 'f', mode='eval', bogus=1)))
print(s(lambda: super(int, 1, 2)), s(lambda: round(number=2.5)), s(lambda: round(2.567, ndigits=1)), s(lambda: complex(real=1, imag=2)), s(lambda: property(fget=None, doc='d').__doc__))
