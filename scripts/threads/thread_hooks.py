# The hooks a thread reports its exception with: the threading.excepthook
# of the moment, else the one in place when the Thread was made; sys's
# hooks and sys.stderr likewise. Threads made under different hooks keep
# their own.
import io
import sys
import threading


def fail():
    raise KeyError("k")


def hook_a(args):
    print("hook A:", args.thread.name, args.exc_type.__name__)


def run(t):
    t.start()
    t.join()
    sys.stderr.flush()


saved = threading.excepthook
t1 = threading.Thread(target=fail, name="made-under-default")
threading.excepthook = hook_a
t2 = threading.Thread(target=fail, name="made-under-A")
threading.excepthook = None
run(t1)
run(t2)
threading.excepthook = saved

threading.excepthook = None
try:
    threading.Thread(target=fail)
except RuntimeError as e:
    print(type(e).__name__, e)
threading.excepthook = saved

sys_saved = sys.excepthook
sys.excepthook = None
try:
    threading.Thread(target=fail)
except RuntimeError as e:
    print(type(e).__name__, e)
sys.excepthook = sys_saved


# A hook that fails: its own exception goes to sys.excepthook.
def bad_hook(args):
    raise OSError("hook failed")


def sys_hook(typ, value, tb):
    print("sys hook:", typ.__name__, value)


threading.excepthook = bad_hook
sys.excepthook = sys_hook
run(threading.Thread(target=fail, name="bad-hook"))
threading.excepthook = saved
sys.excepthook = sys_saved

# sys.stderr is None when the thread fails: the report goes to the
# stderr of the moment the Thread was made.
buf = io.StringIO()
real = sys.stderr
sys.stderr = buf
t3 = threading.Thread(target=fail, name="stderr-captured")
sys.stderr = None
t3.start()
t3.join()
sys.stderr = real
print(buf.getvalue().splitlines()[0], buf.getvalue().splitlines()[-1])
print(t1._invoke_excepthook is t2._invoke_excepthook)


# A hook that raises what invoke_excepthook does not catch: the exception
# escapes the thread's bootstrap and is reported as unraisable.
def interrupting_hook(args):
    raise KeyboardInterrupt("from hook")


def unraisable(u):
    print("unraisable:", u.err_msg, "|", u.object.__name__, "|",
          u.exc_type.__name__, u.exc_value)


threading.excepthook = interrupting_hook
sys.unraisablehook = unraisable
run(threading.Thread(target=fail, name="interrupted-hook"))
threading.excepthook = saved
sys.unraisablehook = sys.__unraisablehook__
print("after")
