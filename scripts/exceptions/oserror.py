# OSError: construction picking the subclass from errno, the errno,
# strerror, filename and filename2 attributes, and str() forms.
import errno


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


cases = [(), ("x",), (2,), (2, "No such file or directory"), (2, "msg", "file.txt"),
         (2, "msg", "a", None, "b"), (1, 2, 3, 4, 5), (1, 2, 3, 4, 5, 6), (13, "Permission denied"),
         (17, "exists", "f"), (99999, "weird"), ("2", "not an int errno"), (2, "m", None), (2, "m", 1, None, 2)]
for args in cases:
    e = OSError(*args)
    print(type(e).__name__, repr(e), "|", str(e), "|", e.args, e.errno, e.strerror, e.filename, e.filename2)
for code in [errno.EPERM, errno.ENOENT, errno.ESRCH, errno.EINTR, errno.ECHILD, errno.EAGAIN, errno.EACCES, errno.EEXIST,
             errno.ENOTDIR, errno.EISDIR, errno.EPIPE, errno.ECONNABORTED, errno.ECONNREFUSED, errno.ECONNRESET,
             errno.ETIMEDOUT, errno.EALREADY, errno.EINPROGRESS, errno.EWOULDBLOCK, errno.ESHUTDOWN, errno.EINVAL]:
    print(code, type(OSError(code, "s")).__name__)
print(type(FileNotFoundError(1, "x")).__name__, type(IOError(2, "y")).__name__, type(EnvironmentError(2, "z")).__name__)
b = BlockingIOError(11, "would block", 5)
print(repr(b), b.characters_written, b.filename)
show(lambda: OSError(11, "x").characters_written)
e = OSError(2, "msg")
e.filename = "late"
print(str(e))
e.errno = None
print(str(e))
e.strerror = "s"
print(repr(e), e.args)


class MyOSError(OSError):
    pass


m = MyOSError(2, "No such file")
print(type(m).__name__, m.errno, str(m))


class MyOSErrorInit(OSError):
    def __init__(self, a, b):
        super().__init__(a, b)


mi = MyOSErrorInit(2, "x")
print(type(mi).__name__, mi.errno, mi.strerror, mi.args)
show(lambda: OSError(x=1))
show(lambda: FileNotFoundError(errno=1))
print(OSError(2, "x").__reduce__())
print(OSError(2, "x", "f").__reduce__())
