# contextlib: contextmanager (values, exceptions, errors), closing,
# suppress, nullcontext, redirect_stdout/stderr, ContextDecorator and
# the ABCs.
import contextlib
import sys
from contextlib import contextmanager, suppress, closing, nullcontext, redirect_stdout, redirect_stderr


@contextmanager
def tag(name):
    "Print tags around the block."
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')


with tag('b') as t:
    print('inside', t)
try:
    with tag('i'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))


with swallow():
    {}['missing']
print('after swallow')


@contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError('converted') from e


try:
    with transform():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


@contextmanager
def noyield():
    if False:
        yield


@contextmanager
def twice():
    yield 1
    yield 2


@contextmanager
def ignores():
    try:
        yield
    except Exception:
        pass
    yield


for cm in (noyield, twice):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print('RuntimeError', e)
try:
    with ignores():
        raise KeyError
except RuntimeError as e:
    print('RuntimeError', e)


@contextmanager
def passthrough():
    yield


try:
    with passthrough():
        raise StopIteration('stop')
except StopIteration as e:
    print('StopIteration', e)
try:
    with passthrough():
        raise RuntimeError('rt')
except RuntimeError as e:
    print('RuntimeError', e)


@tag('deco')
def decorated(x):
    print('running', x)
    return x * 2


print(decorated(3), decorated(4), decorated.__name__)
print(type(tag('x')).__name__, tag('x').__doc__, isinstance(tag('y'), contextlib.AbstractContextManager))

with suppress(KeyError, IndexError):
    [][1]
print('suppressed')
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print('not suppressed')
with suppress():
    pass


class Resource:
    def close(self):
        print('closed')


with closing(Resource()) as r:
    print(type(r).__name__)
with nullcontext() as n:
    print('null', n)
with nullcontext(42) as n:
    print('null', n)


class Buf:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


b = Buf()
with redirect_stdout(b) as target:
    print('captured', 1)
    print('more')
print(target is b, b.parts)
eb = Buf()
with redirect_stderr(eb):
    print('to err', file=sys.stderr)
print(eb.parts)


class Manual:
    def __enter__(self):
        return 'entered'

    def __exit__(self, *a):
        return False


print(issubclass(Manual, contextlib.AbstractContextManager), issubclass(int, contextlib.AbstractContextManager), contextlib.__all__)


class CD(contextlib.ContextDecorator):
    def __enter__(self):
        print('enter CD')
        return self

    def __exit__(self, *exc):
        print('exit CD', exc[0])
        return False


@CD()
def f():
    print('in f')


f()
