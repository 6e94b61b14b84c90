# multiprocessing.managers: BaseManager.register with a proxy type of
# one's own and method_to_typeid; results that do not pickle; a manager
# started inside a child process; proxies nested in managed containers
# and used from a child.
import multiprocessing as mp
import multiprocessing.managers as mm


class Counter:
    def __init__(self, start=0):
        self.n = start

    def incr(self, by=1):
        self.n += by
        return self.n

    def value(self):
        return self.n

    def spawn(self):
        return Counter(self.n * 10)

    def bad(self):
        return lambda: 0

    def same(self):
        return self

    def __repr__(self):
        return 'Counter(%d)' % self.n


class CounterProxy(mm.BaseProxy):
    _exposed_ = ('incr', 'value', 'spawn', 'bad', 'same')
    _method_to_typeid_ = {'spawn': 'Counter', 'same': 'Child'}

    def incr(self, by=1):
        return self._callmethod('incr', (by,))

    def value(self):
        return self._callmethod('value')

    def spawn(self):
        return self._callmethod('spawn')

    def bad(self):
        return self._callmethod('bad')

    def same(self):
        return self._callmethod('same')


class CounterManager(mm.BaseManager):
    pass


CounterManager.register('Counter', Counter, CounterProxy)
CounterManager.register('plain', Counter, exposed=('incr',))
CounterManager.register('Child', proxytype=CounterProxy, create_method=False)


def bump(c, n):
    for _ in range(n):
        c.incr()


def child_manager(q):
    with mp.Manager() as m:
        d = m.dict(x=1)
        d['y'] = 2
        q.put(sorted(d.items()))


def child_nested(d):
    d['inner'].append('from child')
    d['ns'].seen = True


if __name__ == '__main__':
    with CounterManager() as m:
        c = m.Counter(5)
        print(type(c).__name__, c.incr(), c.incr(by=4), c.value(), str(c))
        ps = [mp.Process(target=bump, args=(c, 10)) for _ in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(c.value())
        # A typeid with a callable makes the returned object's referent
        # by calling it on the result: Counter(Counter(400)) here.
        c2 = c.spawn()
        print(type(c2).__name__, c2.value())
        try:
            c2.incr()
        except TypeError as e:
            print(type(e).__name__, e)
        # Without a callable the result itself is held: here the same
        # counter, under a second id.
        c3 = c.same()
        print(type(c3).__name__, c3.value(), c3.incr(), c.value(), hasattr(m, 'Child'))
        try:
            c.bad()
        except mm.RemoteError as e:
            lines = [l for l in str(e).splitlines() if l[:1].isalpha()]
            print(type(e).__name__, lines[0], lines[-1].split(':')[0])
        p = m.plain(1)
        print(type(p).__name__, p.incr(), hasattr(p, 'value'))
        print(c._getvalue().n, repr(c._getvalue()))

    q = mp.Queue()
    p = mp.Process(target=child_manager, args=(q,))
    p.start()
    print('child manager', q.get())
    p.join()
    print(p.exitcode)

    with mp.Manager() as m:
        d = m.dict()
        d['inner'] = m.list(['from parent'])
        d['ns'] = m.Namespace(seen=False)
        p = mp.Process(target=child_nested, args=(d,))
        p.start()
        p.join()
        print(list(d['inner']), d['ns'].seen)
