# threading.Timer: calls its function after the interval unless it was
# cancelled; it is a Thread subclass with the usual name.
import threading

calls = []
t = threading.Timer(0.02, calls.append, args=["fired"])
print(isinstance(t, threading.Thread), t.name.startswith("Thread-"), t.interval, t.args, t.kwargs)
t.start()
t.join()
print(calls, t.finished.is_set())

c = threading.Timer(5, calls.append, args=["never"])
c.start()
c.cancel()
c.join()
print(calls, c.finished.is_set())

k = threading.Timer(0, lambda **kw: calls.append(sorted(kw)), kwargs={"a": 1, "b": 2})
k.start()
k.join()
print(calls)
