# multiprocessing.Manager: the life of a manager: start, shutdown, what
# proxies and the manager do after it, a manager used before start.
import multiprocessing as mp
if __name__ == '__main__':
    m = mp.Manager()
    d = m.dict(a=1)
    print(type(m).__name__, d['a'])
    m.shutdown()
    try:
        d['a']
    except Exception as e:
        print(type(e).__name__)
    try:
        m.dict()
    except Exception as e:
        print(type(e).__name__, e)
    try:
        m.start()
    except Exception as e:
        print(type(e).__name__, e)
    m2 = mp.managers.SyncManager()
    try:
        m2.dict()
    except Exception as e:
        print(type(e).__name__, e)
    m2.start()
    try:
        m2.start()
    except Exception as e:
        print(type(e).__name__, e)
    with m2:
        print(m2.list([1])[0])
    print(mp.Manager().Namespace(a=1).a)
