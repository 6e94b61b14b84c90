# current_thread, main_thread, active_count, enumerate and the identity
# functions, seen from the main thread and from other threads.
import threading
import _thread
import time

main = threading.current_thread()
print(main.name, type(main).__name__, main is threading.main_thread(), main.daemon)
print(main.ident == threading.get_ident() == _thread.get_ident())
print(threading.get_native_id() == main.native_id)
print(repr(main).replace(str(main.ident), 'IDENT'))
print(threading.active_count(), [t.name for t in threading.enumerate()])

seen = {}
ready = threading.Barrier(4)
release = threading.Event()


def worker():
    me = threading.current_thread()
    seen[me.name] = (me.ident == threading.get_ident(), me is not main,
                     threading.main_thread() is main)
    ready.wait()
    release.wait()


ts = [threading.Thread(target=worker, name="w%d" % i) for i in range(3)]
for t in ts:
    t.start()
ready.wait()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
release.set()
for t in ts:
    t.join()
print(sorted(seen.items()))
print(threading.active_count(), [t.name for t in threading.enumerate()])

# A thread started with _thread is a dummy thread to threading.
result = []
lock = _thread.allocate_lock()
lock.acquire()


def raw():
    me = threading.current_thread()
    result.append((type(me).__name__, me.name.startswith('Dummy-'), me.daemon, me.is_alive(),
                   me is threading.current_thread(), me in threading.enumerate()))
    try:
        me.join()
    except AssertionError as e:
        result.append(str(e))
    lock.release()


_thread.start_new_thread(raw, ())
lock.acquire()
print(result)
