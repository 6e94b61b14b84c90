# Edge cases of contextlib: the generator driver's errors, exception
# identity and chaining through ExitStack, enter_context errors, the
# asynchronous variants, and the small managers.

import asyncio
import contextlib
import io
import os
import sys
from contextlib import (contextmanager, asynccontextmanager, ExitStack,
                        AsyncExitStack, suppress, closing, aclosing,
                        nullcontext, redirect_stdout, redirect_stderr, chdir,
                        ContextDecorator, AbstractContextManager,
                        AbstractAsyncContextManager)


def attempt(label, fn):
    try:
        print(label, fn())
    except BaseException as e:
        ctx = e.__context__
        print(label, type(e).__name__, e, '| context:', type(ctx).__name__ if ctx else None,
              '| cause:', type(e.__cause__).__name__ if e.__cause__ else None)


@contextmanager
def no_yield():
    if False:
        yield

@contextmanager
def two_yields():
    yield 1
    yield 2

@contextmanager
def swallow():
    try:
        yield 'v'
    except ValueError:
        pass

@contextmanager
def reraise():
    try:
        yield
    except KeyError:
        raise

@contextmanager
def replace():
    try:
        yield
    except KeyError as e:
        raise TypeError('replaced') from e

@contextmanager
def keep_yielding():
    try:
        yield
    except Exception:
        yield

@contextmanager
def plain():
    """plain doc"""
    yield 'x'


def with_cm(cm, exc=None):
    def run():
        with cm as v:
            if exc is not None:
                raise exc
            return v
    return run

attempt('no-yield', with_cm(no_yield()))
attempt('two-yields', with_cm(two_yields()))
attempt('swallow', with_cm(swallow(), ValueError('x')))
attempt('swallow-other', with_cm(swallow(), KeyError('k')))
attempt('reraise', with_cm(reraise(), KeyError('k')))
attempt('replace', with_cm(replace(), KeyError('k')))
attempt('keep-yielding', with_cm(keep_yielding(), ValueError('v')))
attempt('stopiteration', with_cm(plain(), StopIteration('s')))
attempt('generatorexit', with_cm(plain(), GeneratorExit()))
cm = plain()
print('doc', cm.__doc__, type(cm).__name__, plain.__name__, plain.__doc__)
cm2 = two_yields()
print('exit-type-only', cm2.__enter__(), cm2.__exit__(ValueError, None, None) if False else 'skip')
cm3 = swallow()
cm3.__enter__()
print('exit-type-only2', cm3.__exit__(ValueError, None, None))

calls = []
@contextmanager
def tracked(tag):
    calls.append('enter ' + tag)
    yield
    calls.append('exit ' + tag)

@tracked('deco')
def decorated(x):
    calls.append('body %d' % x)
    return x * 2
print('decorated', decorated(1), decorated(2), calls, decorated.__name__)


class Cls(ContextDecorator):
    def __enter__(self):
        print('  Cls enter')
        return self
    def __exit__(self, *exc):
        print('  Cls exit', exc[0].__name__ if exc[0] else None)
        return False

@Cls()
def f():
    print('  in f')
f()


# --- ExitStack
def stack_run():
    log = []
    with ExitStack() as st:
        st.callback(log.append, 'cb1')
        st.push(lambda *exc: log.append(('push', exc[0].__name__ if exc[0] else None)))
        st.enter_context(tracked('stack'))
        st.callback(lambda *a, **k: log.append(('cb2', a, k)), 1, k=2)
    return log, calls[-2:]
attempt('stack', stack_run)

def stack_suppress():
    with ExitStack() as st:
        st.push(lambda *exc: True)
        raise ValueError('gone')
    return 'suppressed'
attempt('stack-suppress', stack_suppress)

def stack_chain():
    def raiser(msg):
        def cb(*exc):
            raise KeyError(msg)
        return cb
    with ExitStack() as st:
        st.push(raiser('first'))
        st.push(raiser('second'))
        raise ValueError('body')
def show_chain():
    try:
        stack_chain()
    except BaseException as e:
        chain = []
        while e is not None:
            chain.append(f'{type(e).__name__}({e})')
            e = e.__context__
        return ' <- '.join(chain)
print('stack-chain', show_chain())

def stack_chain_outer():
    try:
        raise IndexError('outer')
    except IndexError:
        try:
            with ExitStack() as st:
                st.callback(lambda: 1 / 0)
                raise ValueError('inner')
        except ZeroDivisionError as e:
            chain = []
            while e is not None:
                chain.append(type(e).__name__)
                e = e.__context__
            return chain
print('stack-chain-outer', stack_chain_outer())

def stack_replace_then_suppress():
    with ExitStack() as st:
        st.push(lambda *exc: True)
        st.callback(lambda: int('x'))
    return 'ok'
attempt('stack-replace-suppress', stack_replace_then_suppress)

attempt('enter-bad', lambda: ExitStack().enter_context(3))
attempt('enter-bad-obj', lambda: ExitStack().enter_context(object()))
st = ExitStack()
cbf = lambda: None
print('callback-returns', st.callback(cbf) is cbf, st._exit_callbacks[-1][1].__wrapped__ is cbf)
out = []
st.callback(out.append, 'moved')
moved = st.pop_all()
st.close()
print('pop_all', out, type(moved).__name__)
moved.close()
print('pop_all2', out)
pushed = st.push(Cls())
print('push-cm', type(pushed).__name__)
st.close()


# --- small managers
attempt('suppress', lambda: [suppress(KeyError, ValueError).__enter__(),
                             suppress(KeyError).__exit__(KeyError, KeyError(), None),
                             suppress(KeyError).__exit__(ValueError, ValueError(), None),
                             suppress().__exit__(KeyError, KeyError(), None),
                             suppress(LookupError).__exit__(None, None, None)])
def sup():
    with suppress(LookupError):
        {}['a']
    return 'after'
attempt('suppress-sub', sup)

class Closable:
    def close(self):
        print('  closed')
with closing(Closable()) as thing:
    print('closing', type(thing).__name__)
with nullcontext(5) as n:
    print('nullcontext', n)
buf = io.StringIO()
rd = redirect_stdout(buf)
with rd as target:
    print('to buffer')
    with rd:
        print('nested')
print('redirect', target is buf, repr(buf.getvalue()))
ebuf = io.StringIO()
with redirect_stderr(ebuf):
    print('err', file=sys.stderr)
print('redirect_stderr', repr(ebuf.getvalue()))
here = os.getcwd()
with chdir('/') as r:
    print('chdir', os.getcwd(), r)
print('chdir-back', os.getcwd() == here)
print('abc', issubclass(type(nullcontext()), AbstractContextManager),
      isinstance(Closable(), AbstractContextManager),
      issubclass(Cls, AbstractContextManager),
      issubclass(AsyncExitStack, AbstractAsyncContextManager),
      AbstractContextManager[int])
attempt('abc-abstract', lambda: type('X', (AbstractContextManager,), {})())


# --- asynchronous
@asynccontextmanager
async def agen(tag):
    print('  aenter', tag)
    try:
        yield tag
    finally:
        print('  aexit', tag)

@asynccontextmanager
async def ano_yield():
    if False:
        yield

@asynccontextmanager
async def atwo():
    yield 1
    yield 2

@asynccontextmanager
async def aswallow():
    try:
        yield
    except ValueError:
        pass

class AClosable:
    async def aclose(self):
        print('  aclosed')

async def amain():
    async with agen('a') as v:
        print('async with', v)
    for label, cm, exc in (('a-no-yield', ano_yield(), None), ('a-two', atwo(), None),
                           ('a-swallow', aswallow(), ValueError('x')),
                           ('a-swallow-other', aswallow(), KeyError('k')),
                           ('a-stopiteration', agen('s'), StopIteration('s')),
                           ('a-stopasync', agen('t'), StopAsyncIteration('t'))):
        try:
            async with cm:
                if exc is not None:
                    raise exc
            print(label, 'ok')
        except BaseException as e:
            print(label, type(e).__name__, e)
    log = []
    async with AsyncExitStack() as st:
        print('aes', await st.enter_async_context(agen('st')))
        st.enter_context(nullcontext())
        async def acb(*a, **k):
            log.append(('acb', a, k))
        st.push_async_callback(acb, 1, z=2)
        async def aexit(*exc):
            log.append('aexit')
        st.push_async_exit(aexit)
        st.callback(log.append, 'sync')
    print('aes-log', log)
    try:
        await AsyncExitStack().enter_async_context(nullcontext)
    except TypeError as e:
        print('aes-bad', e)
    try:
        async with AsyncExitStack() as st:
            async def boom(*exc):
                raise KeyError('k')
            st.push_async_exit(boom)
            st.push_async_exit(lambda *exc: aswallow().__aexit__(*exc) if False else _true())
            raise ValueError('v')
    except KeyError as e:
        print('aes-chain', type(e.__context__).__name__)
    async with aclosing(AClosable()) as ac:
        print('aclosing', type(ac).__name__)
    async with nullcontext('anull') as n:
        print('anull', n)
    st = AsyncExitStack()
    st.callback(print, 'aclose ran')
    await st.aclose()

async def _true():
    return True

asyncio.run(amain())
