# The _thread module: its names, lock objects, identity functions,
# stack_size, _count and start_new_thread, with their errors.
import _thread
import time


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


print(sorted(n for n in dir(_thread) if not n.startswith('__')))
print(_thread.TIMEOUT_MAX, _thread.error is RuntimeError)
print(_thread.LockType, _thread.RLock, _thread._local, _thread._ExceptHookArgs)
print(type(_thread.allocate_lock()) is _thread.LockType, type(_thread.allocate()) is _thread.LockType)
print(_thread.LockType.__name__, _thread.LockType.__module__, _thread.RLock.__qualname__)
print(type(_thread.get_ident()), _thread.get_ident() > 0, _thread.get_ident() == _thread.get_ident())
print(type(_thread.get_native_id()), _thread.get_native_id() >= 0)
print(_thread._count())

# stack_size remembers a valid size and returns the previous one.
print(_thread.stack_size())
for v in [100, 32767, -1, 'x', 1 << 70, 2.5]:
    show(_thread.stack_size, v)
print(_thread.stack_size(32768), _thread.stack_size(65536), _thread.stack_size(0), _thread.stack_size())
show(_thread.stack_size, 1, 2)

# Functions that take no arguments.
for name in ['get_ident', 'get_native_id', '_count', 'allocate_lock', 'exit']:
    show(getattr(_thread, name), 1)

# start_new_thread: argument checks, then a thread with args and kwargs.
show(_thread.start_new_thread, print)
show(_thread.start_new_thread, 5, ())
show(_thread.start_new_thread, print, [1])
show(_thread.start_new_thread, print, (), [])
show(_thread.start_new_thread, print, (), {}, 1)
show(_thread.start_new_thread, print, (), func=1)

results = []
done = _thread.allocate_lock()
done.acquire()


def worker(a, b, *, c):
    results.append((a, b, c, _thread.get_ident() != main_ident))
    done.release()


main_ident = _thread.get_ident()
ident = _thread.start_new_thread(worker, (1, 2), {'c': 3})
print(type(ident), ident != main_ident)
done.acquire()
print(results)

# _thread.exit() in a thread ends it quietly.
def quitter():
    try:
        _thread.exit()
    finally:
        done.release()


_thread.start_new_thread(quitter, ())
done.acquire()
print("quitter ended")
# Let the threads finish before _count is read.
while _thread._count():
    time.sleep(0.01)
print(_thread._count())

# interrupt_main's signal number is checked.
for v in [0, 65, -1, 'x', 1.5]:
    show(_thread.interrupt_main, v)
show(_thread.interrupt_main, 2, 3)
