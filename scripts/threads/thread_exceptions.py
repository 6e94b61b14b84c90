# An exception a thread's run() does not handle goes to
# threading.excepthook, whose default prints "Exception in thread NAME:"
# and the traceback; SystemExit (sys.exit) ends just that thread quietly.
import sys
import threading


def fails():
    raise ValueError("from the thread")


def exits():
    sys.exit(5)


for target in [fails, exits]:
    t = threading.Thread(target=target)
    t.start()
    t.join()
    print(t.name, "ended, alive:", t.is_alive())


class Broken(threading.Thread):
    def run(self):
        {}["missing"]


b = Broken(name="broken")
b.start()
b.join()

# A custom hook receives ExceptHookArgs.
seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 type(args).__name__, len(args), args.exc_traceback is not None))


threading.excepthook = hook
t = threading.Thread(target=fails, name="hooked")
t.start()
t.join()
print(seen)


# A hook that fails: "Exception in threading.excepthook:" and
# sys.excepthook reports the hook's own exception.
def bad_hook(args):
    raise RuntimeError("the hook failed")


threading.excepthook = bad_hook
t = threading.Thread(target=fails, name="badhook")
t.start()
t.join()
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__, threading.ExceptHookArgs)

# The default hook called directly.
try:
    raise KeyError("k")
except KeyError:
    info = sys.exc_info()
threading.excepthook(threading.ExceptHookArgs([*info, None]))
threading.excepthook(threading.ExceptHookArgs([SystemExit, SystemExit(1), None, None]))
for bad in [(), (1, 2), ("not args",)]:
    try:
        threading.excepthook(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    threading.ExceptHookArgs((1, 2, 3))
except TypeError as e:
    print(type(e).__name__, e)
print("main done")
