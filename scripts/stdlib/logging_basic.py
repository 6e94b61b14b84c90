# logging without configuration (lastResort), levels, the logger tree,
# propagation, basicConfig and the module-level functions.
import logging
import sys


class Sink:
    """A stream that keeps what is written, so the test can print it."""
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        self.parts.append("<flush>")
    def take(self):
        out, self.parts = self.parts, []
        return out


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# Nothing configured: warnings and above go to stderr as bare messages.
log = logging.getLogger("app")
log.warning("no handlers: %s", "bare message")
log.info("info is below WARNING and dropped")
log.error("an error %d%%", 5)
print(logging.root.handlers, logging.lastResort)

# Levels.
for lv in (0, 10, 20, 30, 40, 50, 15, "INFO", "WARN", "FATAL", "nope"):
    show("getLevelName", lambda: logging.getLevelName(lv))
logging.addLevelName(15, "VERBOSE")
show("getLevelName", lambda: logging.getLevelName(15))
show("getLevelName", lambda: logging.getLevelName("VERBOSE"))
print(sorted(logging.getLevelNamesMapping().items()))
for bad in ("LOUD", 2.5, None, "10"):
    show("setLevel", lambda: log.setLevel(bad))
show("log level", lambda: log.log("INFO", "x"))
print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING,
      logging.WARN, logging.INFO, logging.DEBUG, logging.NOTSET)

# The tree: parents appear when created, placeholders are filled in.
c = logging.getLogger("x.y.z")
print(c, c.parent)
b = logging.getLogger("x.y")
print(b, c.parent is b, b.parent)
a = logging.getLogger("x")
print(a.parent, b.parent is a, c.parent is b)
print(logging.getLogger("x.y") is b, logging.getLogger() is logging.root,
      logging.getLogger("root") is logging.root, logging.getLogger(None) is logging.root)
print(a.getChild("y") is b, logging.root.getChild("x") is a)
show("getLogger", lambda: logging.getLogger(5))
print(repr(logging.root), logging.root.name, logging.root.level)

# Effective levels.
a.setLevel("INFO")
print(a, b, c, b.getEffectiveLevel(), c.isEnabledFor(logging.INFO),
      c.isEnabledFor(logging.DEBUG))
c.setLevel(logging.DEBUG)
print(c, c.isEnabledFor(logging.DEBUG))

# Handlers and propagation.
sink_a, sink_c = Sink(), Sink()
ha = logging.StreamHandler(sink_a)
hc = logging.StreamHandler(sink_c)
ha.setFormatter(logging.Formatter("A %(name)s %(levelname)s %(message)s"))
hc.setFormatter(logging.Formatter("C %(name)s:%(levelno)s:%(message)s"))
a.addHandler(ha)
c.addHandler(hc)
print(ha, hc, a.handlers, a.hasHandlers(), b.hasHandlers())
c.debug("debug from c")
b.debug("debug from b (below INFO)")
b.info("info from b")
print(sink_a.take(), sink_c.take())
c.propagate = False
c.warning("not propagated")
print(sink_a.take(), sink_c.take())
c.propagate = True
hc.setLevel(logging.ERROR)
c.warning("handler level filters")
print(sink_a.take(), sink_c.take())
c.removeHandler(hc)
c.removeHandler(hc)
c.error("after removal")
print(sink_a.take(), sink_c.take())

# disable() overrides every level; disabled loggers log nothing.
logging.disable(logging.WARNING)
c.warning("disabled")
c.error("above the disable level")
print(sink_a.take())
logging.disable(logging.NOTSET)
c.disabled = True
c.error("logger disabled")
print(sink_a.take(), c.isEnabledFor(50))
c.disabled = False
show("disable", lambda: logging.disable("LOUD"))

# basicConfig: the root's handler, format and level; arguments checked.
show("basicConfig", lambda: logging.basicConfig(stream=sys.stdout, filename="x.log"))
show("basicConfig", lambda: logging.basicConfig(stream=sys.stdout, handlers=[]))
show("basicConfig", lambda: logging.basicConfig(style="^"))
show("basicConfig", lambda: logging.basicConfig(stream=sys.stdout, bogus=1, other=2))
print(logging.root.handlers)
logging.root.handlers.clear()
show("basicConfig", lambda: logging.basicConfig(format="%(nofield)", stream=sys.stdout))
logging.root.handlers.clear()
logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(levelname)s|%(name)s|%(module)s|%(filename)s|%(funcName)s|%(lineno)d|%(threadName)s|%(processName)s|%(message)s")
print(logging.root.handlers, logging.root)
logging.info("module-level info %s", [1, 2])
logging.debug("module-level debug is dropped")


def inner():
    logging.warning("from a function")
    logging.getLogger("x.y").info("child to root")


inner()
logging.log(logging.ERROR, "log() at %s", "ERROR")
logging.critical("critical")
logging.fatal("fatal")
logging.error("error")
print(sink_a.take())
# A second basicConfig changes nothing, unless forced.
logging.basicConfig(format="ignored %(message)s")
logging.warning("same format")
sink = Sink()
logging.basicConfig(stream=sink, format="forced %(levelname)s %(message)s", force=True)
logging.warning("after force")
print(sink.take(), logging.root.level)
logging.basicConfig(handlers=[logging.StreamHandler(sys.stdout)], force=True,
                    format="{levelname}/{message}", style="{", level="DEBUG")
logging.debug("brace style")
logging.basicConfig(handlers=[logging.StreamHandler(sys.stdout)], force=True,
                    format="$levelname/${message}", style="$")
logging.debug("dollar style")
