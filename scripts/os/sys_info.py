# sys: the implementation's description and the smaller functions.
import sys

print(sys.float_info)
print(sys.int_info)
print(sys.hash_info)
print(sys.float_info.max, sys.float_info[0], len(sys.float_info), sys.float_info.epsilon, sys.float_info.dig)
print(type(sys.flags).__name__, type(sys.flags).__module__, len(sys.flags), sys.flags.debug, sys.flags[0], sys.flags.optimize)
print(sys.flags.isolated, sys.flags.dev_mode, sys.flags.safe_path, sys.flags.bytes_warning, sys.flags.quiet)
for tp in [type(sys.flags), type(sys.float_info), type(sys.int_info), type(sys.hash_info), type(sys.thread_info), type(sys.version_info)]:
    try:
        tp()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sys.flags.debug = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(sys.version_info, sys.version_info[:2], sys.version_info >= (3, 8), sys.version_info.major, sys.version_info.releaselevel)
print(sys.version.startswith("3.11.7"), hex(sys.hexversion), sys.api_version)
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.maxunicode, sys.byteorder, sys.platform)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.float_repr_style, repr(sys.abiflags), sys.pycache_prefix, sys.thread_info.name)
print(type(sys.stdlib_module_names).__name__, "os" in sys.stdlib_module_names, "numpy" in sys.stdlib_module_names,
      len(sys.stdlib_module_names), sorted(sys.stdlib_module_names)[:5])
print("sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names, type(sys.builtin_module_names).__name__)
print(sys.modules["sys"] is sys, type(sys.path).__name__, type(sys.argv).__name__, len(sys.argv), type(sys.orig_argv).__name__)
print(type(sys.executable).__name__, sys.intern("abc"), sys.intern("x" * 3) is sys.intern("xxx"))
try:
    sys.intern(b"x")
except TypeError as e:
    print(type(e).__name__, e)
print(sys.get_asyncgen_hooks(), type(sys.get_asyncgen_hooks()).__name__, sys.get_asyncgen_hooks().firstiter)
sys.set_asyncgen_hooks(finalizer=print)
print(sys.get_asyncgen_hooks().finalizer is print, sys.get_asyncgen_hooks()[0])
sys.set_asyncgen_hooks(None, None)
try:
    sys.set_asyncgen_hooks(firstiter=1)
except TypeError as e:
    print(type(e).__name__, e)
print(sys.get_coroutine_origin_tracking_depth())
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(sys.call_tracing(divmod, (7, 2)))
try:
    sys.call_tracing(divmod, [7, 2])
except TypeError as e:
    print(type(e).__name__, e)
print(sys.getrecursionlimit() > 0, sys.getswitchinterval())
print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, sys.exception() is v)
print(sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__, sys.unraisablehook is sys.__unraisablehook__)
print(type(sys.getsizeof(1)).__name__, sys.getsizeof(1) > 0, sys.getsizeof([]) < sys.getsizeof([1, 2, 3]))
try:
    sys.exit("bye")
except SystemExit as e:
    print(type(e).__name__, e.code)
try:
    sys.exit()
except SystemExit as e:
    print(type(e).__name__, e.code)
print(sys.implementation.version == sys.version_info, sys.implementation.hexversion == sys.hexversion)


class Boom:
    def __repr__(self):
        return "<Boom>"


try:
    sys.unraisablehook(Boom())
except TypeError as e:
    print(type(e).__name__, e)
import _thread
import time
got = []
sys.unraisablehook = got.append


def failing():
    raise RuntimeError("in a thread")


_thread.start_new_thread(failing, ())
for _ in range(2000):
    if got:
        break
    time.sleep(0.01)
u = got[0]
print(type(u).__name__, u.exc_type.__name__, u.exc_value, u.err_msg, u.object is failing, type(u.exc_traceback).__name__)
sys.unraisablehook = sys.__unraisablehook__


def hook(t, v, tb):
    print("excepthook got", t.__name__, v, file=sys.stderr)


sys.excepthook = hook
raise ValueError("uncaught")
