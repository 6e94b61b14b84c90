# logging.config.dictConfig: formatters, filters and handlers by id,
# loggers and the root, references (ext://, cfg://), user factories ('()'
# and '.'), incremental changes, existing loggers, and the errors for bad
# configurations (with the exception each one was raised from).
import logging
import logging.config
import logging.handlers
import sys


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        cause = e.__cause__
        print(label, type(e).__name__, e, "<-", type(cause).__name__ if cause else None, cause)


def dc(config):
    return lambda: logging.config.dictConfig(config)


show("no version", dc({}))
show("version 2", dc({"version": 2}))
show("version str", dc({"version": "1"}))
show("not a dict", dc([("version", 1)]))

# A full configuration.
before = logging.getLogger("before")
before_child = logging.getLogger("app.old")
before_child.setLevel(logging.ERROR)
before_child.propagate = False
before_child.addHandler(logging.NullHandler())


class Upper(logging.Filter):
    def __init__(self, tag="U"):
        super().__init__()
        self.tag = tag

    def filter(self, record):
        record.msg = "%s:%s" % (self.tag, str(record.msg).upper())
        return True


def make_formatter(fmt, suffix):
    return logging.Formatter(fmt + suffix)


logging.config.dictConfig({
    "version": 1,
    "formatters": {
        "plain": {"format": "%(levelname)s %(name)s %(message)s"},
        "brace": {"format": "{levelname}|{message}", "style": "{"},
        "custom": {"()": make_formatter, "fmt": "[%(message)s]", "suffix": "!"},
        "classed": {"class": "logging.Formatter", "format": "C %(message)s",
                    "datefmt": "%H", "validate": False},
    },
    "filters": {
        "only_app": {"name": "app"},
        "upper": {"()": Upper, "tag": "T", ".": {"extra_attr": 5}},
        "upper2": {"()": "__main__.Upper"},
    },
    "handlers": {
        "out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                "formatter": "plain", "level": "INFO"},
        "brace_out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                      "formatter": "brace", "filters": ["upper"]},
        "a_mem": {"class": "logging.handlers.MemoryHandler", "capacity": 10,
                  "target": "z_sink", "flushLevel": 40},
        "z_sink": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                   "formatter": "custom"},
        "made": {"()": "logging.StreamHandler", "stream": "cfg://extra.streams[0]",
                 "formatter": "classed", ".": {"terminator": " <end>\n"}},
    },
    "extra": {"streams": ["ext://sys.stdout"]},
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["out", "brace_out"], "propagate": False,
                "filters": ["only_app"]},
        "app.mem": {"handlers": ["a_mem"], "propagate": False},
        "made": {"handlers": ["made"], "level": 10},
    },
    "root": {"level": "WARNING", "handlers": ["out"]},
})
app = logging.getLogger("app")
print(app, app.handlers, app.filters[0].name, app.propagate)
print(sorted(h for h in logging._handlers if h in ("out", "brace_out", "a_mem", "z_sink", "made")))
h = logging._handlers
print(h["a_mem"].target is h["z_sink"], h["a_mem"].flushLevel, h["out"].level, h["out"].stream is sys.stdout)
print(h["brace_out"].filters[0].tag, h["brace_out"].filters[0].extra_attr, h["made"].terminator == " <end>\n")
app.debug("debug to app")
app.info("info to app")
logging.getLogger("app.child").warning("child of app")
mem = logging.getLogger("app.mem")
mem.info("kept in memory")
mem.error("flushes")
logging.getLogger("made").info("through a factory-made handler")
logging.getLogger("other").warning("to the root")
print(before.disabled, before_child.disabled, before_child.level, before_child.propagate,
      before_child.handlers)
print(logging.root.level, logging.root.handlers == [h["out"]])

# Existing loggers kept enabled.
keep = logging.getLogger("keep.me")
logging.config.dictConfig({"version": 1, "disable_existing_loggers": False})
print(keep.disabled, app.disabled, sorted(logging._handlers) == [])
logging.config.dictConfig({"version": 1})
print(keep.disabled, app.disabled, app.handlers, logging.root.handlers)

# Incremental: levels and propagate only.
sh = logging.StreamHandler(sys.stdout)
sh.name = "inc"
inc = logging.getLogger("inc")
inc.addHandler(sh)
logging.config.dictConfig({
    "version": 1, "incremental": True,
    "handlers": {"inc": {"level": "ERROR"}},
    "loggers": {"inc": {"level": "INFO", "propagate": False, "handlers": ["ignored"]}},
    "root": {"level": "CRITICAL"},
})
print(sh.level, inc.level, inc.propagate, inc.handlers == [sh], logging.root.level, inc.disabled)
show("incremental missing", dc({"version": 1, "incremental": True,
                                "handlers": {"nosuch": {"level": "ERROR"}}}))

# Errors.
show("bad formatter class", dc({"version": 1, "formatters": {"f": {"class": "nosuch.Class"}}}))
show("bad style", dc({"version": 1, "formatters": {"f": {"style": "^"}}}))
show("bad format", dc({"version": 1, "formatters": {"f": {"format": "%(x"}}}))
show("bad filter", dc({"version": 1, "filters": {"f": {"()": "logging.Nope"}}}))
show("no class", dc({"version": 1, "handlers": {"h": {"level": "INFO"}}}))
show("bad class", dc({"version": 1, "handlers": {"h": {"class": "logging.Nope"}}}))
show("bad module", dc({"version": 1, "handlers": {"h": {"class": "nosuchmod.Handler"}}}))
show("bad formatter ref", dc({"version": 1, "handlers": {
    "h": {"class": "logging.StreamHandler", "formatter": "missing"}}}))
show("bad level", dc({"version": 1, "handlers": {
    "h": {"class": "logging.StreamHandler", "level": "LOUD"}}}))
show("bad kwarg", dc({"version": 1, "handlers": {
    "h": {"class": "logging.StreamHandler", "bogus": 1}}}))
show("bad ident", dc({"version": 1, "handlers": {
    "h": {"class": "logging.StreamHandler", "not ident": 1}}}))
show("missing target", dc({"version": 1, "handlers": {
    "h": {"class": "logging.handlers.MemoryHandler", "capacity": 1, "target": "none"}}}))
show("bad handler ref", dc({"version": 1, "loggers": {"x": {"handlers": ["missing"]}}}))
show("bad filter ref", dc({"version": 1, "loggers": {"x": {"filters": ["missing"]}}}))
show("bad logger level", dc({"version": 1, "loggers": {"x": {"level": "LOUD"}}}))
show("bad root", dc({"version": 1, "root": {"level": "LOUD"}}))
show("bad cfg", dc({"version": 1, "handlers": {
    "h": {"class": "logging.StreamHandler", "stream": "cfg://nowhere"}}}))
show("bad cfg syntax", dc({"version": 1, "handlers": {
    "h": {"class": "logging.StreamHandler", "stream": "cfg://!"}}}))
show("bad ext", dc({"version": 1, "handlers": {
    "h": {"class": "logging.StreamHandler", "stream": "ext://sys.nothing"}}}))
show("unknown prefix kept", dc({"version": 1, "formatters": {"f": {"format": "abc://%(message)s"}}}))
print(logging.root.handlers, sorted(logging._handlers))

# The configurator pieces.
c = logging.config.BaseConfigurator({"a": {"b": [10, {"c": "deep"}]}, "n": {"1": "one"}})
for path in ("a.b[0]", "a.b[1].c", "a . b [ 1 ] . c", "n[1]", "a.b", "a[b]", "x", "a.b[9]", "a..b"):
    show("cfg " + path, lambda: c.cfg_convert(path))
for name in ("logging.handlers.MemoryHandler", "sys.stdout.write", "os.path.join", "nope", "logging.nope"):
    show("resolve " + name, lambda: c.resolve(name) is not None)
show("ext", lambda: c.convert("ext://logging.INFO"))
show("ext", lambda: c.ext_convert("logging.DEBUG"))
show("plain", lambda: c.convert("just text"))
for s in ("ok_name", "9bad", "with space", "", "ünïcode"):
    show("valid_ident %r" % s, lambda: logging.config.valid_ident(s))
print(logging.config.DEFAULT_LOGGING_CONFIG_PORT, logging.config.RESET_ERROR,
      logging.config.IDENTIFIER.pattern)
