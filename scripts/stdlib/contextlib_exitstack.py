# ExitStack: ordering, callbacks, suppression, exception replacement and
# context chaining, pop_all, enter_context errors.
from contextlib import ExitStack, contextmanager


@contextmanager
def named(n, log):
    log.append('enter ' + n)
    try:
        yield n
    finally:
        log.append('exit ' + n)


log = []
with ExitStack() as stack:
    names = [stack.enter_context(named(x, log)) for x in 'abc']
    stack.callback(log.append, 'callback')
    stack.push(lambda *exc: log.append(('push', exc[0])))
    log.append(names)
print(log)


class Suppressor:
    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        print('Suppressor sees', typ.__name__ if typ else None)
        return True


with ExitStack() as stack:
    stack.enter_context(Suppressor())
    raise ValueError('hidden')
print('after suppressed')


def raiser(exc):
    def cb(*a):
        raise exc
    return cb


try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError('second')))
        stack.push(raiser(IndexError('first')))
        raise ValueError('original')
except Exception as e:
    chain = []
    while e is not None:
        chain.append(f'{type(e).__name__}({e})')
        e = e.__context__
    print(chain)

with ExitStack() as outer:
    inner = ExitStack()
    inner.callback(print, 'moved callback ran')
    moved = inner.pop_all()
    inner.close()
    print('inner closed, moved pending')
    moved.close()
stack = ExitStack()
stack.callback(print, 'closed explicitly', 1, sep='-')
stack.close()
try:
    ExitStack().enter_context(42)
except TypeError as e:
    print('TypeError', e)
cb = ExitStack().callback(print)
print(cb is print)
