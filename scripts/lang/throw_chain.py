# throw() and close() on a generator or coroutine that delegates through
# several levels of yield from / await reach the innermost suspended
# point, and what each level does with the exception is seen on the way out.


def g1(log):
    try:
        got = yield 1
        log.append(('g1 sent', got))
        yield 2
    except KeyError as e:
        log.append(('g1 caught', repr(e)))
        return 'g1 done'
    except GeneratorExit:
        log.append('g1 closed')
        raise


def g2(log):
    try:
        r = yield from g1(log)
        log.append(('g2 got', r))
        yield 'g2 after'
    finally:
        log.append('g2 finally')


def g3(log):
    r = yield from g2(log)
    log.append(('g3 got', r))
    return 'g3 done'


log = []
g = g3(log)
print(next(g))
print(g.throw(KeyError('k')))
print(log)
try:
    next(g)
except StopIteration as e:
    print('StopIteration', repr(e.value))
print(log)

log = []
g = g3(log)
next(g)
try:
    g.throw(ValueError('v'))
except ValueError as e:
    print('ValueError', e)
print(log)

log = []
g = g3(log)
next(g)
g.close()
print(log)

log = []
g = g3(log)
next(g)
print(g.send('x'), log)
try:
    g.throw(KeyError)
except Exception as e:
    print(type(e).__name__, e)
print(log)


class Suspend:
    def __await__(self):
        yield 'suspended'
        return 'resumed'


async def inner():
    try:
        return await Suspend()
    except LookupError as e:
        return f'inner handled {e!r}'


async def mid():
    while True:
        r = await inner()
        return 'mid: ' + r


async def top():
    return await mid()


for exc in (IndexError('i'), RuntimeError('r')):
    c = top()
    print(c.send(None))
    try:
        c.throw(exc)
    except StopIteration as e:
        print('StopIteration', e.value)
    except RuntimeError as e:
        print('RuntimeError', e)

c = top()
c.send(None)
try:
    c.send('value')
except StopIteration as e:
    print('StopIteration', e.value)
