# Records' arguments (mappings, empty ones), makeRecord and the record
# factory, Formatter hooks (formatException, formatStack, formatMessage)
# and the cached exception text, handleError without a stderr,
# basicConfig keeping a handler's own formatter, levels as records see
# them.
import collections
import logging
import sys


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def rec(msg, args, level=logging.INFO):
    return logging.LogRecord("r", level, "/a/b/c.tar.gz", 3, msg, args, None)


r = rec("%(k)s", ({"k": "mapping"},))
print(type(r.args).__name__, r.getMessage(), r.filename, r.module)
print(rec("%s", ({},)).args, rec("%s", ({},)).getMessage())
print(rec("%(k)s", (collections.OrderedDict(k="ordered"),)).getMessage())
print(rec("%s %s", ({"k": 1}, 2)).getMessage())
print(rec("%s", ([1, 2],)).getMessage(), rec("%s", "xy").args)
print(rec("[%s]", (None,)).getMessage(), rec(None, ()).getMessage())
print(logging.LogRecord("r", 7, "", 0, "m", (), None).levelname,
      logging.LogRecord("r", 7, "", 0, "m", (), None).module)
for p in ("/x/.bashrc", "name.", "a.b.c", "/", "dir/"):
    lr = logging.LogRecord("r", 10, p, 0, "m", (), None)
    print(repr(lr.filename), repr(lr.module))
lr = logging.LogRecord("r", 10, None, 0, "m", (), None)
print(lr.filename, lr.module, lr.pathname)
lr = logging.LogRecord("r", 10, "p", 0, "m", (), None, "f", "stack text")
print(lr.funcName, lr.stack_info, lr.exc_text)
show("kwargs", lambda: logging.LogRecord("r", 10, "p", 0, "m", (), None, bogus=1).msg)
mk = logging.makeLogRecord({})
print(repr(mk.name), mk.levelno, mk.levelname, repr(mk.msg), mk.args, mk.pathname, mk.lineno)


# makeRecord may be replaced by a Logger subclass.
class Tagged(logging.Logger):
    def makeRecord(self, *args, **kwargs):
        r = super().makeRecord(*args, **kwargs)
        r.tag = "T"
        return r


out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(tag)s %(levelname)s %(message)s"))
tl = Tagged("tagged")
tl.addHandler(out)
tl.warning("from a subclass")
print(tl, tl.parent, tl.manager is logging.Logger.manager)


# Formatter hooks.
class Hooks(logging.Formatter):
    def formatException(self, ei):
        return "EXC<%s>" % ei[0].__name__

    def formatStack(self, stack_info):
        return "STACK<%d lines>" % len(stack_info.splitlines())

    def formatMessage(self, record):
        return "msg=" + super().formatMessage(record)


hl = logging.getLogger("hooks")
hl.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(Hooks("%(message)s"))
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("second: %(message)s"))
hl.addHandler(h)
hl.addHandler(h2)
try:
    {}["k"]
except KeyError:
    hl.exception("one")
hl.warning("two", stack_info=True)
fr = rec("cached", ())
fr.exc_info = (ValueError, ValueError("v"), None)
f = logging.Formatter()
print(f.format(fr))
print(fr.exc_text)
print(logging.Formatter().formatException((None, None, None)))
print(repr(logging.Formatter().formatStack("as is\n")))
show("formatMessage", lambda: logging.Formatter("%(message)s").formatMessage(rec("unused", ())))

# handleError with no stderr stays quiet.
saved = sys.stderr
sys.stderr = None
bad = logging.StreamHandler(sys.stdout)
bad.handle(rec("%d", ("x",)))
sys.stderr = saved
print("quiet")

# basicConfig leaves a handler's own formatter alone.
own = logging.StreamHandler(sys.stdout)
own.setFormatter(logging.Formatter("own: %(message)s"))
plain = logging.StreamHandler(sys.stdout)
logging.basicConfig(handlers=[own, plain], format="basic: %(message)s")
logging.warning("both")
print(logging.root.handlers == [own, plain], plain.formatter._fmt)
logging.basicConfig(force=True, handlers=[])
print(logging.root.handlers)
logging.warning("no handler, no lastResort: root has none")
