# The io module's abstract classes: their bases, metaclass, names and
# which concrete classes are registered with each; the re-exports.
import _io
import io

abcs = [io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase]
for a in abcs:
    print(a, a.__module__, a.__qualname__, type(a).__name__, a.__mro__, a.__doc__ == a.__mro__[1].__doc__)
concrete = [io.FileIO, io.BytesIO, io.StringIO, io.BufferedReader, io.BufferedWriter,
            io.BufferedRandom, io.BufferedRWPair, io.TextIOWrapper]
for c in concrete:
    print(c.__name__, [issubclass(c, a) for a in abcs])
print(isinstance(io.BytesIO(), io.IOBase), isinstance(io.StringIO(), io.RawIOBase), isinstance(3, io.IOBase))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(sorted(io.__all__))
print([n for n in io.__all__ if getattr(io, n) is not getattr(_io, n, None)])
print(io.UnsupportedOperation.__mro__, io.BlockingIOError is BlockingIOError, io.open is open)
class Mine(io.RawIOBase):
    pass
print(issubclass(Mine, io.IOBase), Mine().readable(), Mine().closed)
class Other:
    pass
io.TextIOBase.register(Other)
print(issubclass(Other, io.TextIOBase), issubclass(Other, io.IOBase), issubclass(Other, io.RawIOBase))
