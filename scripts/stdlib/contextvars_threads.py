# Each thread has its own current context; a new thread starts with an
# empty one (CPython 3.11), so values set in the main thread are not seen
# there unless the thread runs in a copied context.
import threading
from contextvars import ContextVar, copy_context

request = ContextVar("request", default="none")
request.set("main")
seen = {}


def worker(name):
    seen[name + " before"] = request.get()
    request.set(name)
    seen[name + " after"] = request.get()
    seen[name + " size"] = len(copy_context())


threads = [threading.Thread(target=worker, args=(f"t{i}",)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(seen):
    print(k, seen[k])
print("main still", request.get())

# Running a thread's target inside a copy of the main context.
ctx = copy_context()
t = threading.Thread(target=ctx.run, args=(worker, "copied"))
t.start()
t.join()
print(seen["copied before"], seen["copied after"], ctx[request], request.get())
