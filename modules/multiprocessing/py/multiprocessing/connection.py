"""Connections between processes: the ends of a Pipe, which carry
pickled objects (send/recv) or raw bytes (send_bytes/recv_bytes).

gilpy's processes are interpreters in one program, so an end is a handle
on message queues that the interpreters share (_gilpy_mp.PipeEnd) rather
than a file descriptor; docs/deviations.md lists what differs (no
fileno(), no Listener or Client, sends never block)."""

import io
import pickle
import _gilpy_mp
from .context import BufferTooShort

__all__ = ['Pipe', 'wait']


class Connection:
    """One end of a pipe."""

    def __init__(self, end):
        if not isinstance(end, _gilpy_mp.PipeEnd):
            raise TypeError("Connection() takes an end made by Pipe(), "
                            "not %s (gilpy has no descriptor-based "
                            "connections)" % type(end).__name__)
        self._end = end
        self._can_read = end.readable
        self._can_write = end.writable

    # -- state --------------------------------------------------------

    @property
    def closed(self):
        """True once close() has been called."""
        return self._end.closed

    @property
    def readable(self):
        """True if this end can receive."""
        return self._can_read

    @property
    def writable(self):
        """True if this end can send."""
        return self._can_write

    def _usable(self, reading):
        # The checks every operation starts with, in CPython's order.
        if self._end.closed:
            raise OSError("handle is closed")
        if reading and not self._can_read:
            raise OSError("connection is write-only")
        if not reading and not self._can_write:
            raise OSError("connection is read-only")

    def fileno(self):
        """Unsupported: gilpy's pipe ends are not file descriptors."""
        if self._end.closed:
            raise OSError("handle is closed")
        raise io.UnsupportedOperation(
            "fileno: gilpy's pipe connections have no file descriptor")

    def close(self):
        """Give up this end (this process's copy of it)."""
        self._end.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __reduce__(self):
        # Passing an end to another process gives it a copy of its own.
        return (_rebuild, (self._end, self._can_read, self._can_write))

    # -- sending ------------------------------------------------------

    def send(self, obj):
        """Send a picklable object to the other end."""
        self._usable(False)
        self._end.send(pickle.dumps(obj))

    def send_bytes(self, buf, offset=0, size=None):
        """Send the bytes of a bytes-like object, or the size bytes of it
        that start at offset."""
        self._usable(False)
        view = memoryview(buf)
        if view.itemsize != 1:
            view = view.cast('B')
        total = view.nbytes
        if offset < 0:
            raise ValueError("offset is negative")
        if offset > total:
            raise ValueError("buffer length < offset")
        if size is None:
            size = total - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > total:
            raise ValueError("buffer length < offset + size")
        self._end.send(view[offset:offset + size].tobytes())

    # -- receiving ----------------------------------------------------

    def _take(self):
        return self._end.recv()

    def _too_long(self):
        # After an oversized message the stream is out of step in CPython:
        # a two-way end stops reading, a one-way end closes.
        if self._can_write:
            self._can_read = False
        else:
            self.close()
        raise OSError("bad message length")

    def recv(self):
        """Receive an object the other end sent (EOFError once nothing
        more can come)."""
        self._usable(True)
        return pickle.loads(self._take())

    def recv_bytes(self, maxlength=None):
        """Receive a message of bytes; OSError if it is longer than
        maxlength."""
        self._usable(True)
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        data = self._take()
        if maxlength is not None and len(data) > maxlength:
            self._too_long()
        return data

    def recv_bytes_into(self, buf, offset=0):
        """Receive a message of bytes into a writable buffer, from byte
        offset on; returns its length. BufferTooShort (carrying the
        message) if it does not fit."""
        self._usable(True)
        with memoryview(buf) as view:
            room = view.nbytes
            if offset < 0:
                raise ValueError("negative offset")
            if offset > room:
                raise ValueError("offset too large")
            data = self._take()
            if offset + len(data) > room:
                raise BufferTooShort(data)
            view.cast('B')[offset:offset + len(data)] = data
            return len(data)

    def poll(self, timeout=0.0):
        """Whether a receive would not block now, waiting up to timeout
        seconds (None: as long as it takes) for that to become true."""
        self._usable(True)
        return self._end.poll(timeout)


def _rebuild(end, can_read, can_write):
    conn = Connection(end)
    conn._can_read, conn._can_write = can_read, can_write
    return conn


def Pipe(duplex=True):
    """A pair of connected Connections. Two-way by default; with
    duplex=False the first can only receive and the second only send."""
    first, second = _gilpy_mp.pipe(duplex)
    return Connection(first), Connection(second)


def wait(object_list, timeout=None):
    """The connections of object_list that have something to receive (or
    whose other end has closed), waiting up to timeout seconds (None: as
    long as it takes) for at least one."""
    conns = list(object_list)
    for c in conns:
        if not isinstance(c, Connection):
            raise TypeError("wait() in gilpy accepts Connection objects "
                            "only, not %s" % type(c).__name__)
    ready = _gilpy_mp.wait([c._end for c in conns], timeout)
    return [conns[i] for i in ready]
