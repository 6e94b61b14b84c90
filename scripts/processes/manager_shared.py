# multiprocessing.Manager: workers in several processes update one list,
# one dict, a Namespace, a Value and an Array that the manager holds, under
# a managed Lock; a managed Queue is passed to Pool workers.
import multiprocessing as mp


def work(n, lst, d, lock, ns, v, arr):
    for i in range(5):
        with lock:
            lst.append((n, i))
            d[n] = d.get(n, 0) + i
            ns.total += 1
            v.value += i
            arr[n] += 1


def feed(args):
    q, x = args
    q.put(x * x)
    return x


def pid_in(ns):
    ns.child = mp.current_process().name


if __name__ == '__main__':
    with mp.Manager() as m:
        lst = m.list()
        d = m.dict()
        lock = m.Lock()
        ns = m.Namespace()
        ns.total = 0
        v = m.Value('i', 0)
        arr = m.Array('i', [0] * 4)
        ps = [mp.Process(target=work, args=(n, lst, d, lock, ns, v, arr))
              for n in range(4)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(len(lst), sorted(lst)[:6])
        print(sorted(d.items()))
        print(ns.total, v.value, v.get(), list(arr), len(arr), arr[2])
        print(type(lst).__name__, type(d).__name__, type(ns).__name__,
              type(v).__name__, type(arr).__name__, type(lock).__name__)

        # The names of children count the manager's process, as CPython's.
        p = mp.Process(target=pid_in, args=(ns,))
        p.start()
        p.join()
        print(ns.child.split('-')[0])

        # A managed Queue goes to Pool workers inside arguments.
        q = m.Queue()
        with mp.Pool(2) as pool:
            print(sorted(pool.map(feed, [(q, x) for x in range(6)])))
        print(sorted(q.get() for _ in range(6)), q.empty(), q.qsize())

        # JoinableQueue: task_done and join.
        jq = m.JoinableQueue()
        jq.put('a')
        print(jq.get(), jq.task_done(), jq.join())

        # list proxy operations.
        l2 = m.list([3, 1, 2])
        l2.sort()
        l2 += [7]
        l2.extend([8, 9])
        l2.insert(0, 0)
        print(l2, l2[1:3], l2[-1], 7 in l2, l2.index(7), l2.count(1))
        print(l2 + [10], l2 * 2, len(l2), l2.pop(), l2.remove(0))
        l2[0] = 'x'
        del l2[1]
        l2 *= 2
        print(l2, str(l2), l2._getvalue(), type(l2._getvalue()).__name__)

        # dict proxy operations.
        d2 = m.dict(a=1, b=2)
        d2.update({'c': 3}, e=5)
        print(sorted(d2.keys()), sorted(d2.values()), sorted(d2.items()))
        print(d2['a'], 'a' in d2, len(d2), d2.get('zz', 'dflt'), d2.setdefault('f', 6))
        print(d2.pop('f'), sorted(d2.copy().items()), sorted(iter(d2)), sorted(d2))
        del d2['e']
        print(str(d2), d2.popitem(), len(d2), d2.clear(), len(d2))

        # Results and arguments are copies: changing what a proxy returns
        # does not change the referent.
        d3 = m.dict()
        d3['k'] = []
        d3['k'].append(1)
        print(d3['k'])
        inner = d3['k']
        inner.append(2)
        d3['k'] = inner
        print(d3['k'])

        # A proxy stored in a managed container stays a proxy.
        d3['nested'] = m.list()
        d3['nested'].append('deep')
        print(d3['nested'][0], type(d3['nested']).__name__)

        # Namespace.
        ns2 = m.Namespace(x=1, y='two')
        ns2.z = [3]
        del ns2.x
        print(str(ns2), ns2.y, ns2.z)
        print(str(v), str(arr), str(m.Value('d', 1.5)))
