# multiprocessing.Manager: exceptions raised by the referent come back as
# the same type; missing attributes and methods a proxy does not expose.
import multiprocessing as mp
import multiprocessing.managers


def show(label, fn):
    try:
        r = fn()
        print(label, 'ok', r)
    except mp.managers.RemoteError as e:
        # The remote traceback names the manager's own source lines; keep
        # only its exception lines (and not the set of exposed names,
        # whose order is a set's).
        text = str(e)
        print(label, type(e).__name__, text.startswith('\n' + '-' * 75 + '\n'),
              text.endswith('-' * 75))
        for line in text.splitlines():
            if line[:1].isalpha() and not line.startswith(('Traceback', 'During')):
                print('   ', line.split(' exposed=')[0])
    except Exception as e:
        print(label, type(e).__name__, e)


class Thing:
    def __init__(self, n):
        self.n = n

    def bump(self, k=1):
        self.n += k
        return self.n

    def fail(self):
        raise ValueError('thing failed', self.n)

    def _hidden(self):
        return 'hidden'


def use_thing(t, q):
    q.put(t.bump(10))


class MyManager(mp.managers.BaseManager):
    pass


MyManager.register('Thing', Thing)


if __name__ == '__main__':
    with mp.Manager() as m:
        d = m.dict(a=1)
        show('getitem', lambda: d['missing'])
        show('pop', lambda: d.pop('missing'))
        show('popitem', lambda: m.dict().popitem())
        show('attr', lambda: d.nosuch())
        show('callmethod', lambda: d._callmethod('nosuch'))
        show('callmethod-real', lambda: d._callmethod('fromkeys', ([1],)))
        show('callmethod-ok', lambda: d._callmethod('get', ('a',)))
        show('unhashable', lambda: d.__setitem__([1], 2))
        l = m.list([1, 2])
        show('index', lambda: l[5])
        show('remove', lambda: l.remove(9))
        show('listidx', lambda: l.index(9))
        show('sortkey', lambda: l.sort(key=len))
        show('append-lambda', lambda: l.append(lambda: 0))
        show('list-iter', lambda: list(iter(l)))
        ns = m.Namespace(a=1)
        show('ns-missing', lambda: ns.b)
        show('ns-del', lambda: delattr(ns, 'b'))
        show('ns-private', lambda: ns._secret)
        show('value-attr', lambda: m.Value('i', 1).nope)
        show('array-index', lambda: m.Array('i', [1])[3])
        show('array-type', lambda: m.Array('i', ['x']))
        show('lock-release', lambda: m.Lock().release())
        show('bsem', lambda: m.BoundedSemaphore(1).release())
        show('queue-empty', lambda: m.Queue().get(False))
        show('queue-timeout', lambda: m.Queue().get(timeout=0.01))
        import queue
        try:
            m.Queue().get_nowait()
        except queue.Empty:
            print('queue.Empty caught')
        show('typeid', lambda: m.NoSuchType())
        show('proxy-repr-prefix', lambda: repr(d).split(' at ')[0])
        show('isinstance', lambda: isinstance(d, mp.managers.BaseProxy))
        show('dictproxy', lambda: isinstance(d, mp.managers.DictProxy))
        show('deepcopy', lambda: __import__('copy').deepcopy(d))
        show('eq', lambda: d == {'a': 1})

    # BaseManager.register with a class of one's own.
    with MyManager() as mm:
        t = mm.Thing(5)
        print(type(t).__name__, t.bump(), t.bump(k=3))
        show('thing-fail', t.fail)
        show('thing-hidden', lambda: t._hidden())
        q = mp.Queue()
        p = mp.Process(target=use_thing, args=(t, q))
        p.start()
        p.join()
        print('child bumped', q.get(), t.bump(0))
        print(repr(t).split(' at ')[0])
