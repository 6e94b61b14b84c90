"""Streams of text and bytes.

open() makes them for files; StringIO and BytesIO keep them in memory.
The concrete classes come from _io. The abstract classes defined here,
IOBase, RawIOBase, BufferedIOBase and TextIOBase, are what to subclass
for a stream of one's own, and what isinstance() checks against: the
concrete classes are registered with them.
"""

# The public names, in the order CPython's io lists them.
__all__ = (
    "BlockingIOError open open_code IOBase RawIOBase FileIO BytesIO "
    "StringIO BufferedIOBase BufferedReader BufferedWriter BufferedRWPair "
    "BufferedRandom TextIOBase TextIOWrapper UnsupportedOperation "
    "SEEK_SET SEEK_CUR SEEK_END DEFAULT_BUFFER_SIZE text_encoding "
    "IncrementalNewlineDecoder").split()

import abc
import _io

# Everything public that is not an abstract class or a SEEK_ constant is
# _io's own object, re-exported as is.
for _name in __all__:
    if hasattr(_io, _name):
        globals()[_name] = getattr(_io, _name)

# seek()'s whence values: from the start, the current position, the end.
SEEK_SET, SEEK_CUR, SEEK_END = range(3)


def _abstract(name, extra_base, members):
    """An ABC named name over _io's _<name>, registering members as its
    virtual subclasses. IOBase's subclasses get their metaclass through
    extra_base."""
    native = getattr(_io, '_' + name)
    bases = (native,) if extra_base is None else (native, extra_base)
    cls = abc.ABCMeta(name, bases, {'__module__': __name__,
                                    '__doc__': native.__doc__})
    for member in members:
        cls.register(member)
    return cls


IOBase = _abstract("IOBase", None, ())
# Which concrete _io classes count as which kind of stream.
for _name, _members in (
        ("RawIOBase", (FileIO,)),
        ("BufferedIOBase", (BytesIO, BufferedReader, BufferedWriter,
                            BufferedRandom, BufferedRWPair)),
        ("TextIOBase", (StringIO, TextIOWrapper))):
    globals()[_name] = _abstract(_name, IOBase, _members)
del _name, _members
