# Each SyncManager proxy type: what it exposes, its class tree, and the
# methods that do more than forward (in-place list operators, the value
# property, namespace attributes, wait_for, barrier attributes, context
# managers, pool results).
import multiprocessing as mp
if __name__ == '__main__':
    with mp.Manager() as m:
        l = m.list([1, 2]); l += [3]; l *= 2; print(l, type(l).__name__, l._exposed_)
        d = m.dict(a=1); print(sorted(d.items()), list(iter(d)), type(d).__name__, d._exposed_)
        v = m.Value('i', 3); v.value = 9; print(v.value, v.get(), type(v).__name__, v._exposed_)
        ns = m.Namespace(x=1); ns.y = 2; del ns.x; print(ns, hasattr(ns, 'x'), ns.y, type(ns).__name__, ns._exposed_)
        try: ns._private
        except AttributeError as e: print('AttributeError', e)
        c = m.Condition()
        with c:
            print(c.wait_for(lambda: 5), c.wait_for(lambda: 0, timeout=0.05), c.wait(0.01))
        print(type(c).__name__, c._exposed_, [k.__name__ for k in type(c).__mro__])
        b = m.Barrier(2); print(b.parties, b.n_waiting, b.broken, type(b).__name__, b._exposed_)
        e = m.Event(); e.set(); print(e.is_set(), e.wait(0), type(e).__name__)
        lk = m.Lock()
        with lk: print(lk.acquire(False), lk.acquire(timeout=0.01))
        print(lk.acquire(True, 0.01)); lk.release()
        s = m.Semaphore(2); print(s.acquire(), s.acquire(blocking=False), s.acquire(False))
        with m.Pool(2) as p:
            print(p.map(abs, [-1, -2]), type(p).__name__, p._exposed_, sorted(type(p)._method_to_typeid_.items()))
            r = p.apply_async(abs, (-5,)); print(r.get(), type(r).__name__)
            print(list(p.imap(abs, [-3, -4])))
        a = m.Array('i', [1, 2, 3]); print(len(a), a[1], type(a).__name__)
        print(mp.managers.IteratorProxy._exposed_, mp.managers.AcquirerProxy._exposed_)
