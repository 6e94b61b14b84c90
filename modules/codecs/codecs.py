"""Text encodings: the codec registry and the classes codecs build on.

The registry itself, the stateless codec functions and the error handlers
live in _codecs (written in Go); this module adds what is written in
Python on top: CodecInfo, the base classes for incremental and stream
codecs, the stream wrappers, and helpers such as open() and iterencode().
"""

import builtins
import sys

from _codecs import *

__all__ = [
    "register", "lookup", "open", "EncodedFile",
    "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
    "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32",
    "BOM_UTF32_LE", "BOM_UTF32_BE",
    "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
    "StreamReader", "StreamWriter", "StreamReaderWriter", "StreamRecoder",
    "getencoder", "getdecoder", "getincrementalencoder",
    "getincrementaldecoder", "getreader", "getwriter", "encode", "decode",
    "iterencode", "iterdecode", "strict_errors", "ignore_errors",
    "replace_errors", "xmlcharrefreplace_errors", "backslashreplace_errors",
    "namereplace_errors", "register_error", "lookup_error",
]

# Byte order marks.  The unqualified and the old numbered names are
# aliases kept for compatibility; BOM, BOM_UTF16 and BOM_UTF32 follow the
# machine's byte order.
BOM_UTF8 = b"\xef\xbb\xbf"
BOM_UTF16_LE = BOM_LE = BOM32_LE = b"\xff\xfe"
BOM_UTF16_BE = BOM_BE = BOM32_BE = b"\xfe\xff"
BOM_UTF32_LE = BOM64_LE = BOM_UTF16_LE + b"\x00\x00"
BOM_UTF32_BE = BOM64_BE = b"\x00\x00" + BOM_UTF16_BE
if sys.byteorder == "big":
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
else:
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE


class CodecInfo(tuple):
    """What a search function registered with codecs.register returns: the
    codec's functions and classes, as attributes.  As a tuple it is the
    old four-item form (encode, decode, streamreader, streamwriter)."""

    # Codecs between str and bytes; the others (rot13, bytes-to-bytes)
    # are refused by str.encode and bytes.decode.
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        info = tuple.__new__(cls, (encode, decode, streamreader,
                                   streamwriter))
        fields = {"name": name, "encode": encode, "decode": decode,
                  "incrementalencoder": incrementalencoder,
                  "incrementaldecoder": incrementaldecoder,
                  "streamwriter": streamwriter, "streamreader": streamreader}
        for attr, value in fields.items():
            setattr(info, attr, value)
        if _is_text_encoding is not None:
            info._is_text_encoding = _is_text_encoding
        return info

    def __repr__(self):
        kind = type(self)
        return "<%s.%s object for encoding %s at %#x>" % (
            kind.__module__, kind.__qualname__, self.name, id(self))


class Codec:
    """The stateless interface: encode(input, errors) and decode(input,
    errors) each return (output, length of input consumed)."""

    def encode(self, input, errors='strict'):
        """Encode input; return (output, characters consumed)."""
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        """Decode input; return (output, bytes consumed)."""
        raise NotImplementedError


class IncrementalEncoder(object):
    """Encodes input that arrives in pieces: encode(piece) for each,
    with final=True on the last.  Subclasses keep whatever state the
    encoding needs between calls."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        """Encode one piece; return the bytes ready so far."""
        raise NotImplementedError

    def reset(self):
        """Forget any state, as if new."""

    def getstate(self):
        """The encoder's state, as an int."""
        return 0

    def setstate(self, state):
        """Restore a state getstate returned."""


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder that holds back the input its
    _buffer_encode(input, errors, final) did not consume, and feeds it in
    front of the next piece."""

    def __init__(self, errors='strict'):
        super().__init__(errors)
        self.buffer = ""    # input not encoded yet

    def encode(self, input, final=False):
        pending = self.buffer + input
        output, used = self._buffer_encode(pending, self.errors, final)
        self.buffer = pending[used:]
        return output

    def _buffer_encode(self, input, errors, final):
        # Subclasses: encode what can be, return (bytes, characters used).
        raise NotImplementedError

    def reset(self):
        super().reset()
        self.buffer = ""

    def getstate(self):
        return self.buffer if self.buffer else 0

    def setstate(self, state):
        self.buffer = state if state else ""


class IncrementalDecoder(object):
    """Decodes input that arrives in pieces: decode(piece) for each, with
    final=True on the last."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        """Decode one piece; return the text ready so far."""
        raise NotImplementedError

    def reset(self):
        """Forget any state, as if new."""

    def getstate(self):
        """(undecoded bytes, int flags); (b"", 0) for a fresh decoder."""
        return (b"", 0)

    def setstate(self, state):
        """Restore a state getstate returned."""


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that holds back the bytes its
    _buffer_decode(input, errors, final) did not consume."""

    def __init__(self, errors='strict'):
        super().__init__(errors)
        self.buffer = b""   # input not decoded yet

    def decode(self, input, final=False):
        pending = self.buffer + input
        output, used = self._buffer_decode(pending, self.errors, final)
        self.buffer = pending[used:]
        return output

    def _buffer_decode(self, input, errors, final):
        # Subclasses: decode what can be, return (str, bytes used).
        raise NotImplementedError

    def setstate(self, state):
        self.buffer = state[0]

    def getstate(self):
        return (self.buffer, 0)

    def reset(self):
        super().reset()
        self.buffer = b""


# What every stream wrapper below shares: unknown attributes come from
# the wrapped stream, leaving a with block closes it, and pickling is
# refused (the codec state cannot be saved).

def _from_stream(self, name, getattr=getattr):
    return getattr(self.stream, name)


def _enter(self):
    return self


def _close_stream(self, type, value, tb):
    self.stream.close()


def _refuse_pickle(self, proto):
    raise TypeError("can't serialize %s" % self.__class__.__name__)


class StreamWriter(Codec):
    """Writes text to a byte stream through a codec's encode method."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        """Encode object and write the bytes."""
        self.stream.write(self.encode(object, self.errors)[0])

    def writelines(self, list):
        """Write the concatenation of a list of strings."""
        self.write("".join(list))

    def reset(self):
        """Drop encoder state, so that the output can start afresh (a BOM
        is written again, for instance)."""

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if offset == 0 and whence == 0:
            self.reset()

    __getattr__ = _from_stream
    __enter__ = _enter
    __exit__ = _close_stream
    __reduce_ex__ = _refuse_pickle


class StreamReader(Codec):
    """Reads text from a byte stream through a codec's decode method,
    which may leave an incomplete sequence at the end for next time."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self._empty_charbuffer = self.charbuffertype()
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        # Complete lines readline decoded ahead, or None.
        self.linebuffer = None

    def _decode_more(self, size, firstline):
        # Read size bytes (everything when negative), decode them with
        # what was left over, and add the text to the buffer.  False when
        # the stream gave nothing more.
        fresh = self.stream.read() if size < 0 else self.stream.read(size)
        pending = self.bytebuffer + fresh
        if not pending:
            return False
        try:
            text, used = self.decode(pending, self.errors)
        except UnicodeDecodeError as problem:
            # readline may still return the lines before a bad byte.
            if not firstline:
                raise
            text, used = self.decode(pending[:problem.start], self.errors)
            if len(text.splitlines(keepends=True)) <= 1:
                raise
        self.bytebuffer = pending[used:]
        self.charbuffer += text
        return bool(fresh)

    def decode(self, input, errors='strict'):
        # Codecs' readers define this: (text, bytes used), leaving an
        # incomplete sequence at the end unused.
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        """Return up to chars characters (or, when chars is negative, up to
        size), reading the stream size bytes at a time; everything when
        both are negative.  firstline makes a decoding error after the
        first line wait for a later call."""
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        wanted = size if chars < 0 else chars
        while wanted < 0 or len(self.charbuffer) < wanted:
            if not self._decode_more(size, firstline):
                break
        if wanted < 0:
            taken, self.charbuffer = self.charbuffer, self._empty_charbuffer
        else:
            taken = self.charbuffer[:wanted]
            self.charbuffer = self.charbuffer[wanted:]
        return taken

    def _next_buffered_line(self):
        line = self.linebuffer.pop(0)
        if len(self.linebuffer) == 1:
            # The last one may be incomplete: back to plain characters.
            self.charbuffer = self.linebuffer[0]
            self.linebuffer = None
        return line

    def _keep_after_line(self, rest):
        # rest: the lines decoded past the one returned.
        if len(rest) > 1:
            rest[-1] += self.charbuffer
            self.linebuffer = rest
            self.charbuffer = None
        else:
            self.charbuffer = rest[0] + self.charbuffer

    def readline(self, size=None, keepends=True):
        """Return one line (with its line break unless keepends is
        false).  size, when given, bounds the single read made for it;
        otherwise reads grow from 72 characters until a line ends."""
        def finish(line):
            if keepends or not line:
                return line
            return line.splitlines(keepends=False)[0]

        if self.linebuffer:
            return finish(self._next_buffered_line())
        step = size or 72
        collected = self._empty_charbuffer
        while True:
            piece = self.read(step, firstline=True)
            if piece[-1:] in ("\r", b"\r"):
                # A "\r" may be the first half of "\r\n".
                piece += self.read(size=1, chars=1)
            collected += piece
            lines = collected.splitlines(keepends=True)
            if len(lines) > 1:
                self._keep_after_line(lines[1:])
                return finish(lines[0])
            if lines and lines[0].splitlines(keepends=False)[0] != lines[0]:
                return finish(lines[0])
            if not piece or size is not None:
                return finish(collected)
            if step < 8000:
                step *= 2

    def readlines(self, sizehint=None, keepends=True):
        """Read the rest of the stream and return it as a list of lines
        (sizehint is accepted and ignored)."""
        return self.read().splitlines(keepends)

    def reset(self):
        """Drop the buffered bytes and characters (after a seek)."""
        self.linebuffer = None
        self.charbuffer = self._empty_charbuffer
        self.bytebuffer = b""

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    __getattr__ = _from_stream
    __enter__ = _enter
    __exit__ = _close_stream
    __reduce_ex__ = _refuse_pickle


class StreamReaderWriter:
    """A stream opened for both reading and writing text, with a reader
    and a writer of the same codec over it (what codecs.open returns)."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader, self.writer = Reader(stream, errors), Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def write(self, data):
        return self.writer.write(data)

    def readline(self, size=None):
        return self.reader.readline(size)

    def writelines(self, list):
        return self.writer.writelines(list)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def reset(self):
        for side in (self.reader, self.writer):
            side.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if offset == 0 and whence == 0:
            self.writer.reset()

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.reader)

    __getattr__ = _from_stream
    __enter__ = _enter
    __exit__ = _close_stream
    __reduce_ex__ = _refuse_pickle


class StreamRecoder:
    """Bytes in one encoding on the program's side, another in the stream.

    Reading: the Reader decodes the stream, encode() turns the text into
    the program's bytes.  Writing: decode() turns the program's bytes into
    text, the Writer encodes it into the stream."""

    file_encoding = 'unknown'
    data_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer,
                 errors='strict'):
        self.stream = stream
        self.encode, self.decode = encode, decode
        self.reader, self.writer = Reader(stream, errors), Writer(stream, errors)
        self.errors = errors

    def _outward(self, text):
        return self.encode(text, self.errors)[0]

    def read(self, size=-1):
        return self._outward(self.reader.read(size))

    def readline(self, size=None):
        if size is None:
            return self._outward(self.reader.readline())
        return self._outward(self.reader.readline(size))

    def readlines(self, sizehint=None):
        return self._outward(self.reader.read()).splitlines(keepends=True)

    def write(self, data):
        return self.writer.write(self.decode(data, self.errors)[0])

    def writelines(self, list):
        return self.write(b"".join(list))

    def reset(self):
        for side in (self.reader, self.writer):
            side.reset()

    def seek(self, offset, whence=0):
        # Both sides seek (and so reset their buffers).
        self.reader.seek(offset, whence)
        self.writer.seek(offset, whence)

    def __iter__(self):
        return self

    def __next__(self):
        return self._outward(next(self.reader))

    __getattr__ = _from_stream
    __enter__ = _enter
    __exit__ = _close_stream
    __reduce_ex__ = _refuse_pickle


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open a file; with an encoding, in binary mode wrapped in a
    StreamReaderWriter of that codec.  Without one, what builtins.open
    gives for mode."""
    if encoding is None:
        return builtins.open(filename, mode, buffering)
    if "b" not in mode:
        mode += "b"
    raw = builtins.open(filename, mode, buffering)
    try:
        info = lookup(encoding)
        wrapped = StreamReaderWriter(raw, info.streamreader,
                                     info.streamwriter, errors)
    except:
        raw.close()
        raise
    wrapped.encoding = encoding
    return wrapped


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """Wrap file (holding file_encoding, by default data_encoding) so that
    the program reads and writes bytes in data_encoding."""
    if file_encoding is None:
        file_encoding = data_encoding
    outer, inner = lookup(data_encoding), lookup(file_encoding)
    recoder = StreamRecoder(file, outer.encode, outer.decode,
                            inner.streamreader, inner.streamwriter, errors)
    recoder.data_encoding = data_encoding
    recoder.file_encoding = file_encoding
    return recoder


def getencoder(encoding):
    """The stateless encode function of a codec."""
    return lookup(encoding).encode


def getdecoder(encoding):
    """The stateless decode function of a codec."""
    return lookup(encoding).decode


def _incremental(encoding, attr):
    found = getattr(lookup(encoding), attr)
    if found is None:
        # The codec has no incremental form.
        raise LookupError(encoding)
    return found


def getincrementalencoder(encoding):
    """The incremental encoder class of a codec (LookupError if none)."""
    return _incremental(encoding, "incrementalencoder")


def getincrementaldecoder(encoding):
    """The incremental decoder class of a codec (LookupError if none)."""
    return _incremental(encoding, "incrementaldecoder")


def getreader(encoding):
    """The StreamReader class of a codec."""
    return lookup(encoding).streamreader


def getwriter(encoding):
    """The StreamWriter class of a codec."""
    return lookup(encoding).streamwriter


def _pieces(step, iterator, flush):
    # Yield the non-empty results of step over iterator, then of flush.
    for piece in iterator:
        out = step(piece)
        if out:
            yield out
    out = flush()
    if out:
        yield out


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encode each str the iterator gives; yield the non-empty bytes."""
    coder = getincrementalencoder(encoding)(errors, **kwargs)
    yield from _pieces(coder.encode, iterator, lambda: coder.encode("", True))


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decode each bytes the iterator gives; yield the non-empty str."""
    coder = getincrementaldecoder(encoding)(errors, **kwargs)
    yield from _pieces(coder.decode, iterator, lambda: coder.decode(b"", True))


def make_identity_dict(rng):
    """A dict mapping each number in rng to itself."""
    return {n: n for n in rng}


def make_encoding_map(decoding_map):
    """Invert a charmap decoding table.  A character that several bytes
    decode to maps to None, so that encoding it is an error."""
    inverse = {}
    for byte, char in decoding_map.items():
        inverse[char] = None if char in inverse else byte
    return inverse


# The standard error handlers, by name.
for _handler in ("strict", "ignore", "replace", "xmlcharrefreplace",
                 "backslashreplace", "namereplace"):
    try:
        globals()[_handler + "_errors"] = lookup_error(_handler)
    except LookupError:
        globals()[_handler + "_errors"] = None
del _handler

# Importing encodings registers the search function for the standard
# codecs.
import encodings
