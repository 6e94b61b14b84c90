# The deprecated camelCase names of threading still work and warn with
# DeprecationWarning, attributed to the line that calls them.
import threading
import warnings

# Shown by default: the call is in __main__ (the default filters show
# DeprecationWarning there).
t = threading.currentThread()
print(t.name)

with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    print(threading.currentThread() is threading.current_thread())
    print(threading.activeCount() == threading.active_count())
    th = threading.Thread(target=lambda: None, name="worker")
    print(th.getName(), th.isDaemon())
    th.setName("renamed")
    th.setDaemon(True)
    print(th.name, th.daemon)
    ev = threading.Event()
    print(ev.isSet())
    ev.set()
    print(ev.isSet())
    c = threading.Condition()
    with c:
        c.notifyAll()
for w in ws:
    print(w.category.__name__, w.lineno, w.filename.endswith("deprecated_names.py"), w.message)

# Turned into errors by a filter.
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        threading.activeCount()
    except DeprecationWarning as e:
        print(type(e).__name__, e)
