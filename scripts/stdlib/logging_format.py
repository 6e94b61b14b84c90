# Formatter styles and validation, records, filters, adapters, extra,
# exception and stack information, errors while emitting.
import logging
import sys


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def record(msg="hello %s", args=("world",), name="rec", level=logging.INFO, **kw):
    return logging.LogRecord(name, level, "/some/path/mod.py", 42, msg, args, None, "func", **kw)


r = record()
print(r.getMessage(), r.name, r.levelname, r.levelno, r.pathname, r.filename,
      r.module, r.lineno, r.funcName, r.exc_info, r.exc_text, r.stack_info,
      r.threadName, r.processName, r.msecs == int(r.msecs), type(r.msecs).__name__)
print(repr(r))
print(record("%(a)s and %(b)d", ({"a": "x", "b": 3},)).getMessage())
print(record("no args", ()).getMessage(), record(123, ()).getMessage())
show("getMessage", lambda: record("%d", ("x",)).getMessage())
rr = logging.LogRecord("n", 10, "noext", 1, "m", None, None)
print(rr.filename, rr.module, rr.funcName, rr.getMessage())
rr = logging.LogRecord("n", 10, "dir/.hidden", 1, "m", None, None)
print(rr.filename, rr.module)
m = logging.makeLogRecord({"msg": "made %s", "args": ("here",), "custom": 7})
print(m.getMessage(), m.custom, m.name, m.levelno, m.levelname)

# Styles.
for fmt, style in [("%(levelname)-8s|%(name)s|%(message)s", "%"),
                   ("{levelname:>8}|{name!r}|{message}", "{"),
                   ("$levelname|${name}|$message $$", "$"),
                   (None, "%"), (None, "{"), (None, "$")]:
    f = logging.Formatter(fmt, style=style)
    print(repr(f._fmt), repr(f.format(record())), f.usesTime())
for fmt, style in [("plain", "%"), ("%(x", "%"), ("%(x)q", "%"), ("%(x)5.2f", "%"),
                   ("plain", "{"), ("{a!x}", "{"), ("{a:zz}", "{"), ("{0a-}", "{"),
                   ("{a", "{"), ("a}", "{"), ("{a.b[c]:>10}", "{"),
                   ("plain", "$"), ("$$ only", "$"), ("${x}", "$"), ("$1", "$"),
                   ("%(m)s", "!")]:
    show("Formatter %r %s" % (fmt, style), lambda: logging.Formatter(fmt, style=style)._fmt)
print(logging.Formatter("no fields", validate=False).format(record()))
show("missing field", lambda: logging.Formatter("%(nope)s").format(record()))
show("missing field", lambda: logging.Formatter("{nope}", style="{").format(record()))
show("missing field", lambda: logging.Formatter("$nope", style="$").format(record()))
for bad in ("$message\n $", "$ at start", "ab $", "$message ${oops"):
    show("bad placeholder", lambda: logging.Formatter(bad, style="$", validate=False).format(record()))
show("validate", lambda: logging.Formatter("$message ${oops", style="$"))
print(logging.Formatter("%(message)s %(user)s", defaults={"user": "anon"}).format(record()))
print(logging.Formatter("{message} {user}", style="{", defaults={"user": "anon"}).format(record()))
print(logging.Formatter("%(asctime)s").usesTime(), logging.Formatter("{asctime}", style="{").usesTime(),
      logging.Formatter("$asctime", style="$").usesTime())

# Fixed time for formatTime: a converter that ignores the clock.
import time
f = logging.Formatter("%(asctime)s %(message)s")
f.converter = time.gmtime
r = record()
r.created = 1700000000.25
r.msecs = 250.0
print(f.format(r))
f2 = logging.Formatter("%(asctime)s %(message)s", datefmt="%d/%m/%Y %H-%M")
f2.converter = time.gmtime
print(f2.format(r), f2.formatTime(r), f2.formatTime(r, "%Y"))
f3 = logging.Formatter("%(asctime)s")
f3.converter = time.gmtime
f3.default_msec_format = None
print(f3.format(r))
f3.default_time_format = "%H:%M"
f3.default_msec_format = "%s.%03d"
print(f3.format(r))
print(logging.BufferingFormatter().format([record(), record("second", ())]))


class Bracket(logging.BufferingFormatter):
    def formatHeader(self, records):
        return "[%d: " % len(records)

    def formatFooter(self, records):
        return "]"


print(Bracket(logging.Formatter("<%(message)s>")).format([record(), record("x", ())]),
      repr(Bracket().format([])))

# Exceptions in records.
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
log = logging.getLogger("fmt")
log.addHandler(out)
log.propagate = False


def fail():
    raise KeyError("missing")


try:
    fail()
except KeyError:
    log.exception("caught")
    log.error("with exc_info", exc_info=True)
    log.warning("exc_info=False", exc_info=False)
try:
    try:
        fail()
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    saved = e
log.error("exception instance", exc_info=saved)
log.error("exception tuple", exc_info=(type(saved), saved, None))
log.error("nothing being handled", exc_info=True)
log.exception("exception() with nothing handled")
line_end = logging.Formatter("%(message)s")
rec = record("ends in newline\n", ())
rec.exc_text = "EXC"
print(repr(line_end.format(rec)))

# Stack information.
log.warning("with a stack", stack_info=True)


def deep():
    log.info("not shown: level")
    log.warning("stacklevel=2", stacklevel=2)
    log.warning("stacklevel=1")


out.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d %(message)s"))


def caller():
    deep()


caller()
log.warning("stacklevel too deep", stacklevel=50)

# extra.
out.setFormatter(logging.Formatter("%(message)s user=%(user)s"))
log.warning("with extra", extra={"user": "ann"})
show("extra", lambda: log.warning("clash", extra={"message": 1}))
show("extra", lambda: log.warning("clash", extra={"lineno": 1}))
show("extra", lambda: log.warning("clash", extra={"asctime": 1}))

# Filters.
out.setFormatter(logging.Formatter("%(name)s %(message)s"))
flt = logging.Filter("fmt.a")
for n in ("fmt.a", "fmt.a.b", "fmt.ab", "fmt", "fmt.b"):
    print(n, flt.filter(logging.LogRecord(n, 10, "p", 1, "m", (), None)))
print(logging.Filter().filter(record()))
log.setLevel(logging.DEBUG)
child = logging.getLogger("fmt.a")
out.addFilter(flt)
out.addFilter(flt)
print(len(out.filters))
log.info("filtered out by the handler")
child.info("passes the handler filter")
out.removeFilter(flt)
out.removeFilter(flt)
log.addFilter(lambda rec: "secret" not in rec.msg)
log.info("a secret")
log.info("public")


class Upper(logging.Filter):
    def filter(self, rec):
        rec.msg = rec.msg.upper()
        return True


log.addFilter(Upper())
log.info("changed by a filter")
print(log.filter(record("secret", ())), log.filter(record("ok", ())))
log.filters.clear()

# LoggerAdapter.
out.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s ip=%(ip)s"))
ad = logging.LoggerAdapter(log, {"ip": "1.2.3.4"})
print(ad, ad.name, ad.manager is logging.Logger.manager, ad.isEnabledFor(10),
      ad.getEffectiveLevel(), ad.hasHandlers())
ad.info("adapted %s", "msg")
ad.debug("debug")
ad.log(logging.ERROR, "log")
ad.critical("critical")


class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs["extra"] = {"ip": "?"}
        return "[%s] %s" % (self.extra["tag"], msg), kwargs


Prefix(log, {"tag": "T"}).warning("custom process")
ad.setLevel(logging.ERROR)
ad.info("below the adapter's level")
print(log.level, logging.LoggerAdapter[int])

# Errors while emitting go to stderr, and logging goes on.
out.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.error("bad %d args", "x")
log.error("too many", 1, 2)
log.error("fine after errors")
logging.raiseExceptions = False
log.error("silent %d", "x")
logging.raiseExceptions = True

# Handler basics.
h = logging.Handler()
print(h, h.name, h.level, h.formatter, h.lock is not None)
show("emit", lambda: h.emit(record()))
show("handle", lambda: h.handle(record()))
h.name = "named"
print(h.name, h.get_name())
h.setLevel("ERROR")
print(h)
n = logging.NullHandler()
print(n, n.lock, n.handle(record()), n.emit(record()))
print(logging.StreamHandler[int], logging.StreamHandler(), logging.StreamHandler(sys.stdout))
sh = logging.StreamHandler(sys.stdout)
print(sh.setStream(sys.stdout), sh.setStream(sys.stderr) is sys.stdout)
print(logging.getLoggerClass(), logging.getLogRecordFactory() is logging.LogRecord)
show("setLoggerClass", lambda: logging.setLoggerClass(dict))


class MyLogger(logging.Logger):
    pass


logging.setLoggerClass(MyLogger)
print(logging.getLogger("made.by.my"), logging.getLogger("made"))
logging.setLoggerClass(logging.Logger)


def factory(*args, **kwargs):
    rec = logging.LogRecord(*args, **kwargs)
    rec.tagged = "yes"
    return rec


logging.setLogRecordFactory(factory)
out.setFormatter(logging.Formatter("%(message)s tagged=%(tagged)s"))
log.error("through a factory")
logging.setLogRecordFactory(logging.LogRecord)
