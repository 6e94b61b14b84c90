"""The interfaces of protocols: the objects a transport calls when its
connection changes or data arrives. Their methods do nothing here."""

__all__ = (
    'BaseProtocol', 'Protocol', 'DatagramProtocol',
    'SubprocessProtocol', 'BufferedProtocol',
)


class BaseProtocol:
    """What every protocol is told: the connection was made or lost, and
    the transport's buffer passed its high-water mark or drained."""

    __slots__ = ()

    def connection_made(self, transport):
        """The connection is made; transport is its transport."""

    def connection_lost(self, exc):
        """The connection is lost or closed: exc is the error, or None
        for an end of file or a close."""

    def pause_writing(self):
        """The transport's write buffer is above its high-water mark:
        stop writing until resume_writing()."""

    def resume_writing(self):
        """The transport's write buffer is below its low-water mark
        again."""


class Protocol(BaseProtocol):
    """A stream protocol: connection_made, then data_received any number
    of times, possibly eof_received, then connection_lost."""

    __slots__ = ()

    def data_received(self, data):
        """Bytes arrived."""

    def eof_received(self):
        """The other end will send no more. Return a true value to keep
        the transport open (for writing); false closes it."""


class BufferedProtocol(BaseProtocol):
    """A stream protocol that gives the transport its own buffer to read
    into: get_buffer, then buffer_updated, any number of times."""

    __slots__ = ()

    def get_buffer(self, sizehint):
        """A writable buffer (not empty; sizehint is a suggested minimum,
        -1 for any size) for the transport to read into."""

    def buffer_updated(self, nbytes):
        """The transport wrote nbytes into the buffer get_buffer gave."""

    def eof_received(self):
        """The other end will send no more. Return a true value to keep
        the transport open (for writing); false closes it."""


class DatagramProtocol(BaseProtocol):
    """A datagram protocol."""

    __slots__ = ()

    def datagram_received(self, data, addr):
        """A datagram arrived from addr."""

    def error_received(self, exc):
        """A send or receive failed with the OSError exc."""


class SubprocessProtocol(BaseProtocol):
    """The protocol of a subprocess's pipes."""

    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """The child wrote data to its stdout (fd 1) or stderr (fd 2)."""

    def pipe_connection_lost(self, fd, exc):
        """One of the child's pipes (fd) closed; exc as for
        connection_lost."""

    def process_exited(self):
        """The subprocess exited."""

