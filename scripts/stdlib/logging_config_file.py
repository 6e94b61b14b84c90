# logging.config.fileConfig: the INI format's formatters, handlers and
# loggers sections, defaults and %(name)s interpolation, file objects,
# MemoryHandler targets, existing loggers, and missing sections or keys.
import io
import logging
import logging.config
import os
import sys


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = os.path.abspath("gilpy-fileconfig-%d" % os.getpid())
os.mkdir(d)

FULL = """
# A comment line
; and another
[formatters]
keys = plain , brace,classed

[handlers]
keys=out,mem, sink

[loggers]
keys=root,app , quiet

[formatter_plain]
format=%(levelname)s %(name)s %(message)s %%
datefmt=

[formatter_brace]
format={levelname}|{message}
style={

[formatter_classed]
class=logging.Formatter
format=C %(message)s
validate=no

[handler_out]
class=StreamHandler
level=INFO
formatter=plain
args=(sys.stdout,)

[handler_mem]
class=logging.handlers.MemoryHandler
args=(10, ERROR)
target=sink

[handler_sink]
class=StreamHandler
formatter=brace
kwargs={'stream': sys.stdout}

[logger_root]
level=WARNING
handlers=out

[logger_app]
level=DEBUG
handlers=out,mem
propagate=0
qualname=app

[logger_quiet]
handlers=
qualname=some.quiet
"""

path = os.path.join(d, "full.ini")
with open(path, "w") as f:
    f.write(FULL)
old = logging.getLogger("old")
old_child = logging.getLogger("app.child")
old_child.setLevel(logging.ERROR)
old_child.propagate = False
logging.config.fileConfig(path)
app = logging.getLogger("app")
quiet = logging.getLogger("some.quiet")
print(app, app.handlers, app.propagate, app.disabled, quiet, quiet.handlers, quiet.propagate,
      quiet.disabled)
print(old.disabled, old_child.disabled, old_child.level, old_child.propagate)
print(logging.root, logging.root.handlers, sorted(logging._handlers))
h = logging._handlers
print(h["mem"].target is h["sink"], h["mem"].capacity, h["mem"].flushLevel, h["out"].name)
print(repr(h["out"].formatter._fmt), h["out"].formatter.datefmt,
      h["sink"].formatter._style.__class__.__name__)
app.debug("debug")
app.info("info %s", "arg")
app.error("error flushes memory")
logging.getLogger("elsewhere").warning("to the root")
quiet.warning("quiet propagates")

# Defaults and interpolation; a file object; existing loggers kept.
WITH_DEFAULTS = """
[formatters]
keys=f
[handlers]
keys=file
[loggers]
keys=root
[formatter_f]
format=%(name)s:%(message)s
[handler_file]
class=FileHandler
args=('%(logdir)s/%(base)s.log', '%(mode)s')
level=%(lvl)s
formatter=f
[logger_root]
level=%(lvl)s
handlers=file
[DEFAULT]
base=out
lvl=INFO
"""
logging.config.fileConfig(io.StringIO(WITH_DEFAULTS), defaults={"logdir": d, "mode": "w"},
                          disable_existing_loggers=False)
print(app.disabled, logging.root.level, [type(x).__name__ for x in logging.root.handlers])
logging.info("to the file %d", 1)
logging.debug("not to the file")
logging.shutdown()
with open(os.path.join(d, "out.log")) as f:
    print(repr(f.read()))

# Missing pieces.
for text in ("", "[formatters]\nkeys=\n", "[formatters]\nkeys=\n[handlers]\nkeys=\n",
             "[formatters]\nkeys=\n[handlers]\nkeys=\n[loggers]\nkeys=root\n",
             "[formatters]\nkeys=\n[handlers]\nkeys=\n[loggers]\nkeys=root\n[logger_root]\n",
             "[formatters]\nkeys=\n[handlers]\nkeys=\n[loggers]\nkeys=x\n[logger_root]\nhandlers=\n",
             "[formatters]\nkeys=x\n",
             "[formatters]\nkeys=\n[handlers]\nkeys=h\n[handler_h]\nclass=NoSuchHandler\n",
             "[formatters]\nkeys=\n[handlers]\nkeys=h\n[handler_h]\nclass=StreamHandler\nformatter=nope\n"):
    show("fileConfig %r" % text, lambda: logging.config.fileConfig(io.StringIO(text)))
# Files named by a path must exist and not be empty (the messages name
# the file; its directory differs from run to run).
with open(os.path.join(d, "empty.ini"), "w"):
    pass
for name in ("none.ini", "empty.ini"):
    try:
        logging.config.fileConfig(os.path.join(d, name))
    except Exception as e:
        print(name, type(e).__name__, str(e).replace(d, "<dir>"))
# Lines that are neither sections, options nor comments.
for text in ("keys=x\n", "[formatters]\nno delimiter here\n"):
    try:
        logging.config.fileConfig(io.StringIO(text))
    except Exception as e:
        # (The message starts with the file object's repr.)
        print(type(e).__name__, str(e).partition(" is invalid: ")[2].splitlines()[0])
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
