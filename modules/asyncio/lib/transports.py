"""The interfaces of transports: the objects that carry a protocol's
bytes. Every method but the extra-info ones raises NotImplementedError
here. (gilpy has no concrete transports yet: they need sockets, pipes or
subprocesses.)"""

__all__ = (
    'BaseTransport', 'ReadTransport', 'WriteTransport',
    'Transport', 'DatagramTransport', 'SubprocessTransport',
)


class BaseTransport:
    """What every transport offers."""

    __slots__ = ('_extra',)

    def __init__(self, extra=None):
        self._extra = {} if extra is None else extra

    def get_extra_info(self, name, default=None):
        """An optional piece of information about the transport (a
        socket's peer name...), or default."""
        return self._extra.get(name, default)

    def is_closing(self):
        """True once the transport is closing or closed."""
        raise NotImplementedError

    def close(self):
        """Close the transport once the buffered data is sent; the
        protocol's connection_lost(None) follows."""
        raise NotImplementedError

    def set_protocol(self, protocol):
        """Give the transport a new protocol."""
        raise NotImplementedError

    def get_protocol(self):
        """The transport's protocol."""
        raise NotImplementedError


class ReadTransport(BaseTransport):
    """The reading half of a transport."""

    __slots__ = ()

    def is_reading(self):
        """True while the transport delivers data."""
        raise NotImplementedError

    def pause_reading(self):
        """Stop calling data_received() until resume_reading()."""
        raise NotImplementedError

    def resume_reading(self):
        """Call data_received() again."""
        raise NotImplementedError


class WriteTransport(BaseTransport):
    """The writing half of a transport."""

    __slots__ = ()

    def set_write_buffer_limits(self, high=None, low=None):
        """Set the buffer sizes at which the protocol's pause_writing()
        and resume_writing() are called."""
        raise NotImplementedError

    def get_write_buffer_size(self):
        """How many bytes wait to be sent."""
        raise NotImplementedError

    def get_write_buffer_limits(self):
        """The (low, high) water marks."""
        raise NotImplementedError

    def write(self, data):
        """Send bytes, without waiting."""
        raise NotImplementedError

    def writelines(self, list_of_data):
        """write() each of the pieces, joined."""
        self.write(b''.join(list_of_data))

    def write_eof(self):
        """Close the writing end once the buffered data is sent."""
        raise NotImplementedError

    def can_write_eof(self):
        """True if write_eof() is possible."""
        raise NotImplementedError

    def abort(self):
        """Close at once, dropping buffered data; connection_lost(None)
        follows."""
        raise NotImplementedError


class Transport(ReadTransport, WriteTransport):
    """A stream transport: both halves."""

    __slots__ = ()


class DatagramTransport(BaseTransport):
    """A datagram transport."""

    __slots__ = ()

    def sendto(self, data, addr=None):
        """Send a datagram to addr (the connected peer when None), without
        waiting."""
        raise NotImplementedError

    def abort(self):
        """Close at once, dropping buffered data."""
        raise NotImplementedError


class SubprocessTransport(BaseTransport):
    """The transport of a subprocess."""

    __slots__ = ()

    def get_pid(self):
        """The subprocess's process id."""
        raise NotImplementedError

    def get_returncode(self):
        """The subprocess's return code, or None while it runs."""
        raise NotImplementedError

    def get_pipe_transport(self, fd):
        """The transport of the child's pipe fd (0, 1 or 2)."""
        raise NotImplementedError

    def send_signal(self, signal):
        """Send a signal to the subprocess."""
        raise NotImplementedError

    def terminate(self):
        """Ask the subprocess to stop (SIGTERM)."""
        raise NotImplementedError

    def kill(self):
        """Kill the subprocess (SIGKILL)."""
        raise NotImplementedError
