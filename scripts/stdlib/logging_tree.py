# The logger tree in detail (place holders filled in any order), level
# caches, lastResort and its absence, deprecated warn(), non-integer
# levels, captureWarnings, the handler registry and shutdown.
import logging
import sys
import warnings


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def kinds(prefix):
    d = logging.Logger.manager.loggerDict
    return [(k, type(d[k]).__name__) for k in sorted(d) if k.startswith(prefix)]


# Children made before their ancestors: place holders stand in.
r = logging.getLogger("t.a.b.r")
s = logging.getLogger("t.a.c.s")
print(kinds("t"))
print(r.parent is logging.root, s.parent is logging.root)
ph = logging.Logger.manager.loggerDict["t.a"]
print(type(ph).__name__, sorted(l.name for l in ph.loggerMap))
t = logging.getLogger("t")
print(r.parent.name, s.parent.name, t.parent.name)
ta = logging.getLogger("t.a")
print(r.parent.name, s.parent.name, ta.parent.name)
tab = logging.getLogger("t.a.b")
print(r.parent.name, tab.parent.name, s.parent.name)
print(kinds("t"))
# A name that shares a prefix but not a dotted segment is not a child.
tabx = logging.getLogger("t.a.bx")
print(tabx.parent.name, r.parent.name)
print(logging.getLogger("t.").parent.name, logging.getLogger(".lead").parent.name)
print(t.getChild("a.b") is tab, logging.root.getChild("t.a") is ta)
show("getChild", lambda: t.getChild(3))

# isEnabledFor answers are cached and forgotten when a level changes.
t.setLevel(logging.ERROR)
print(r.isEnabledFor(logging.WARNING), sorted(r._cache.items()))
t.setLevel(logging.DEBUG)
print(r._cache, r.isEnabledFor(logging.WARNING), r.getEffectiveLevel())
logging.disable()
print(logging.root.manager.disable, r.isEnabledFor(logging.CRITICAL), r.isEnabledFor(51))
logging.disable(0)
logging.root.manager.disable = "INFO"
print(logging.root.manager.disable)
logging.root.manager.disable = 0
show("manager.disable", lambda: setattr(logging.root.manager, "disable", "nope"))
logging.addLevelName(25, "NOTICE")
t.setLevel(25)
print(t, r, logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(26))
t.setLevel("NOTICE")
print(t.level)

# lastResort honours its own level, and without it a warning is printed
# once, to stderr.
old = logging.lastResort
print(old, old.level, old.stream is sys.stderr)
q = logging.getLogger("quiet")
q.setLevel(logging.DEBUG)
q.info("below lastResort's level")
sys.stderr.flush()
logging.lastResort = None
q.warning("nowhere 1")
q.warning("nowhere 2")
logging.getLogger("other").warning("nowhere 3")
sys.stderr.flush()
logging.lastResort = old
logging.raiseExceptions = False
logging.lastResort = None
logging.Logger.manager.emittedNoHandlerWarning = False
q.warning("silently dropped")
logging.lastResort = old
logging.raiseExceptions = True

# Non-integer levels for log().
show("log str", lambda: q.log("WARNING", "x"))
show("log float", lambda: q.log(30.0, "x"))
logging.raiseExceptions = False
show("log str quiet", lambda: q.log("WARNING", "x"))
logging.raiseExceptions = True
print(q.log(True, "True is an int, level 1 (dropped)"))

# The deprecated warn() spellings warn, then log.
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
q.addHandler(out)
q.propagate = False
with warnings.catch_warnings(record=True) as got:
    warnings.simplefilter("always")
    q.warn("Logger.warn")
    logging.LoggerAdapter(q, {}).warn("LoggerAdapter.warn")
for w in got:
    print(w.category.__name__, w.message, w.lineno)

# captureWarnings sends warnings to the 'py.warnings' logger.
pw = logging.getLogger("py.warnings")
print(pw.handlers)
logging.captureWarnings(True)
logging.captureWarnings(True)
warnings.warn("captured, no handler yet")
print(pw.handlers)
pw.addHandler(out)
pw.propagate = False
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn_explicit("explicit one", UserWarning, "somefile.py", 7)
    warnings.showwarning("to a file", UserWarning, "f.py", 3, file=sys.stdout)
logging.captureWarnings(False)
logging.captureWarnings(False)
print(warnings.showwarning.__module__)

# Filterer: objects with filter(), callables, duplicates ignored.
class Odd:
    def filter(self, record):
        return record.msg.startswith("odd")


fl = logging.Filterer()
odd = Odd()
fl.addFilter(odd)
fl.addFilter(odd)
fl.addFilter(lambda rec: "x" not in rec.msg)
print(len(fl.filters), [fl.filter(logging.makeLogRecord({"msg": m})) for m in ("odd", "oddx", "even")])
fl.removeFilter(odd)
fl.removeFilter(odd)
print(len(fl.filters))
print(logging.Filter("a").filter(logging.makeLogRecord({"name": "a"})),
      logging.Filter("ab").filter(logging.makeLogRecord({"name": "a"})),
      logging.Filter("a").filter(logging.makeLogRecord({"name": "a.b"})),
      logging.Filter("a").filter(logging.makeLogRecord({"name": "ab"})))


# The handler registry: named handlers, forgotten on close.
class Noisy(logging.Handler):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag

    def emit(self, record):
        print("emit", self.tag, record.getMessage())

    def flush(self):
        print("flush", self.tag)

    def close(self):
        print("close", self.tag)
        super().close()


n1 = Noisy("n1")
n1.name = "first"
n2 = Noisy("n2")
n2.set_name("second")
print(sorted(k for k in logging._handlers if k in ("first", "second")))
n1.name = "renamed"
print(sorted(k for k in logging._handlers if k in ("first", "renamed", "second")))
n1.close()
print(sorted(k for k in logging._handlers if k in ("first", "renamed", "second")), n1.name)
n2.flushOnClose = False
print(n2.handle(logging.makeLogRecord({"msg": "handled"})))
n2.addFilter(lambda rec: 0)
print(n2.handle(logging.makeLogRecord({"msg": "refused"})))
n2.acquire()
n2.acquire()
n2.release()
n2.release()
n2.createLock()
print(type(n2.lock).__name__)
n3 = Noisy("n3")
logging.shutdown()
print("after shutdown")
