# The attributes a Thread object has of its own, at each stage of its
# life, and what a subclass that forgets Thread.__init__ gets.
import threading


def show(label, t):
    print(label, list(vars(t)))


t = threading.Thread(target=print, args=("ran",), name="worker")
show("new:", t)
print(t._target is print, t._args, t._kwargs, t._daemonic)
print(t._ident, t._native_id, t._tstate_lock, t._is_stopped, t._initialized)
t.start()
t.join()
show("joined:", t)
print(type(t._ident).__name__, type(t._native_id).__name__, t._tstate_lock, t._is_stopped)

kw = {"end": "!\n"}
t = threading.Thread(target=print, args=("kw",), kwargs=kw, daemon=True)
print(t._kwargs is kw, t._daemonic)
t.start()
t.join()

show("timer:", threading.Timer(10, print, args=(1,), kwargs={"sep": ""}))


class Sub(threading.Thread):
    def __init__(self):
        self.before = 1
        super().__init__()
        self.after = 2

    def run(self):
        self.during = 3


s = Sub()
show("subclass:", s)
s.start()
s.join()
show("subclass joined:", s)

# Class attributes: only _initialized is given a default by the class.
for name in ("_initialized", "_ident", "_native_id", "_tstate_lock", "_is_stopped", "_started", "_target"):
    print(name, name in vars(threading.Thread))


class NoInit(threading.Thread):
    def __init__(self):
        pass


n = NoInit()
print(vars(n), n._initialized)
for what, fn in [("repr", lambda: repr(n)), ("is_alive", n.is_alive),
                 ("start", n.start), ("join", n.join),
                 ("ident", lambda: n.ident), ("name", lambda: n.name),
                 ("_ident", lambda: n._ident), ("_is_stopped", lambda: n._is_stopped)]:
    try:
        print(what, fn())
    except Exception as e:
        print(what, type(e).__name__, e)
