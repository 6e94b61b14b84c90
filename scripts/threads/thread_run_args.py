# Thread.run calls the target with args and kwargs as given: any
# iterable for args, any mapping (or dict subclass) for kwargs, and the
# same TypeErrors as a call with * and ** for anything else.
import collections.abc
import threading


class Mapping(collections.abc.Mapping):
    def __getitem__(self, k):
        print("getitem", k)
        return "-"

    def __iter__(self):
        print("iter")
        return iter(["sep"])

    def __len__(self):
        print("len")
        return 1

    def keys(self):
        print("keys")
        return ["sep"]


class EmptyDict(dict):
    def keys(self):
        print("EmptyDict.keys")
        return []


def run_in_thread(**kw):
    t = threading.Thread(**kw)
    t.start()
    t.join()


run_in_thread(target=print, args=[1, 2], kwargs=Mapping())
run_in_thread(target=print, args=(3,), kwargs=EmptyDict())
run_in_thread(target=print, args="ab", kwargs={})
run_in_thread(target=print, args=(4, 5), kwargs={"sep": "+"})
run_in_thread(target=print, args=iter((6, 7)))
run_in_thread(target=print)
run_in_thread()
# A mapping whose values are wrong for the target: the thread's error
# goes to threading.excepthook.
run_in_thread(target=print, args=(8,), kwargs={"sep": 1})

for kw in [{"kwargs": 5}, {"args": 5}, {"kwargs": {"nope": 1}}, {"kwargs": {1: 2}}]:
    t = threading.Thread(target=print, **kw)
    try:
        t.run()
    except TypeError as e:
        print(type(e).__name__, e)
    # run() lets go of the target and its arguments, whatever happened.
    print(hasattr(t, "_target"), hasattr(t, "_args"), hasattr(t, "_kwargs"))
