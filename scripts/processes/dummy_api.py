# multiprocessing.dummy: the Process/Pool/Value/Namespace API over threads.
import multiprocessing.dummy as d, threading, time
print(d.__all__)
def w(x): time.sleep(0.05); return x
# The process is held alive by an event, not by a sleep being long enough,
# so that active_children() sees it however slowly the machine runs.
release = threading.Event()
def held(x): release.wait(); return x
p = d.Process(target=held, args=(1,)); print(p.exitcode); p.start(); print(len(d.active_children())); release.set(); p.join(); print(p.exitcode, d.active_children())
v = d.Value('i', 3); v.value += 1; print(v)
ns = d.Namespace(b=2, a=1, _h=3); print(ns)
with d.Pool(2) as pool: print(pool.map(w, range(5)))
print(d.Manager() is d, d.freeze_support(), d.shutdown())
print(issubclass(d.Process, threading.Thread), d.JoinableQueue is d.Queue)
