# sys.unraisablehook: what it receives for an exception nobody can catch
# (an atexit callback's, a _thread thread's), the default hook's format
# for each combination of fields, and what happens when the hook itself
# is broken.
import _thread
import atexit
import sys
import time

print(sys.unraisablehook is sys.__unraisablehook__, type(sys.unraisablehook).__name__)
for args in [(), (1,), (1, 2)]:
    try:
        sys.unraisablehook(*args)
    except TypeError as e:
        print(type(e).__name__, e)


class Named:
    def __init__(self, name, exc=None):
        self.name, self.exc = name, exc

    def __repr__(self):
        return "<%s>" % self.name

    def __call__(self, *args):
        if self.exc is not None:
            raise self.exc


seen = []


def hook(u):
    seen.append(u)
    print("hook:", type(u).__name__, type(u).__module__, len(u), u.exc_type.__name__,
          repr(u.exc_value), u.exc_traceback is not None, repr(u.err_msg), getattr(u.object, "__name__", u.object))


sys.unraisablehook = hook
atexit.register(Named("atexit callback", ValueError("from atexit")))
atexit._run_exitfuncs()

done = _thread.allocate_lock()
done.acquire()


def in_thread():
    try:
        raise KeyError("from a _thread thread")
    finally:
        done.release()


_thread.start_new_thread(in_thread, ())
done.acquire()
while _thread._count():
    time.sleep(0.01)
print("fields:", seen[0][3] == seen[0].err_msg, seen[0][:2] == (ValueError, seen[0].exc_value))

# The default hook, called directly.
sys.unraisablehook = sys.__unraisablehook__
Args = type(seen[0])
sys.unraisablehook(seen[0])
sys.unraisablehook(Args((KeyError, KeyError("k"), None, None, None)))
sys.unraisablehook(Args((KeyError, KeyError("k"), None, "Custom message", Named("obj"))))
sys.unraisablehook(Args((KeyError, KeyError("k"), None, None, Named("obj"))))
sys.unraisablehook(Args((KeyError, None, None, "Message alone", None)))
sys.unraisablehook(Args((KeyError, KeyError(), None, None, None)))
try:
    Args((1, 2))
except TypeError as e:
    print(type(e).__name__, e)

# A hook that fails, one that is not callable, none at all.
sys.unraisablehook = Named("failing hook", RuntimeError("the hook failed"))
atexit.register(Named("cb1", ValueError("lost")))
atexit._run_exitfuncs()
sys.unraisablehook = 42
atexit.register(Named("cb2", ValueError("lost too")))
atexit._run_exitfuncs()
del sys.unraisablehook
atexit.register(Named("cb3", ValueError("printed by the fallback")))
atexit._run_exitfuncs()
print("end")
