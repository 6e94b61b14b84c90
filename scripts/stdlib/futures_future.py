# concurrent.futures.Future on its own: states, results, callbacks, reprs
# and the errors of each misuse.
import concurrent.futures as cf
from concurrent.futures import Future


def state(f):
    # The repr carries an address: keep what follows it.
    return repr(f).split(" state=")[1]


def mask(s):
    # Reprs carry addresses, which change from run to run: 0x... -> ADDR.
    parts = str(s).split("0x")
    out = parts[0]
    for p in parts[1:]:
        out += "ADDR" + p.lstrip("0123456789abcdef")
    return out


def attempt(what, fn):
    try:
        print(what, "->", mask(fn()))
    except Exception as e:
        print(what, "->", type(e).__name__, mask(e))


print(sorted(cf.__all__))
print([c.__name__ for c in cf.CancelledError.__mro__])
print([c.__name__ for c in cf.InvalidStateError.__mro__])
print([c.__name__ for c in cf.BrokenExecutor.__mro__])
print(cf.TimeoutError is TimeoutError, cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(Future.__module__, Future[int], repr(Future()).startswith("<Future at 0x"))

f = Future()
print(state(f), f.running(), f.done(), f.cancelled())
print(f.set_running_or_notify_cancel(), state(f), f.running(), f.cancel())
f.set_result([1, 2])
print(state(f), f.result(), f.exception(), f.done())
attempt("set_result again", lambda: f.set_result(3))
attempt("set_exception again", lambda: f.set_exception(ValueError()))
attempt("running again", f.set_running_or_notify_cancel)

g = Future()
g.set_exception(KeyError("k"))
print(state(g), repr(g.exception()))
attempt("result", g.result)

h = Future()
print(h.cancel(), h.cancel(), state(h), h.cancelled(), h.done())
attempt("result", h.result)
attempt("exception", h.exception)
print(h.set_running_or_notify_cancel(), state(h))
attempt("set_result", lambda: h.set_result(1))

p = Future()
attempt("result timeout", lambda: p.result(timeout=0))
attempt("exception timeout", lambda: p.exception(timeout=0.001))

# Callbacks run in order when the future finishes, at once if it has.
log = []
c = Future()
c.add_done_callback(lambda fut: log.append(("first", fut.result())))
c.add_done_callback(lambda fut: log.append(("second", fut.done())))
print(log)
c.set_result("r")
print(log)
c.add_done_callback(lambda fut: log.append(("late", fut.result())))
print(log)
d = Future()
d.add_done_callback(lambda fut: log.append(("cancelled", fut.cancelled())))
d.cancel()
print(log[-1])
