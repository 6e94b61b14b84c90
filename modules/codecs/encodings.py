"""The standard codecs, found by name.

Importing this package registers search_function with the codec
registry.  The codecs themselves are gilpy's, in Go (package
interp/codecs); for each one this module builds the CodecInfo and the
classes (Codec, incremental encoder and decoder, stream reader and
writer) that CPython's encodings.<name> modules define.  A few codecs
that need no Go are written here in Python: rot13, undefined, charmap.
"""

import codecs
import _codecs
import sys
from . import aliases


class CodecRegistryError(LookupError, SystemError):
    """A codec module that does not describe a valid codec."""


def normalize_encoding(encoding):
    """Turn an encoding name into the form codec modules are named by:
    the words (runs of letters, digits and dots) joined by single
    underscores, with characters outside ASCII left out."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
    words = []
    current = None
    for ch in encoding:
        if not (ch.isalnum() or ch == "."):
            current = None
            continue
        if current is None:
            current = []
            words.append(current)
        if ch.isascii():
            current.append(ch)
    joined = ""
    for word in words:
        if joined:
            joined += "_"
        joined += "".join(word)
    return joined


def _label(module, *classes):
    # The classes appear to come from encodings.<module>, as in CPython.
    for cls in classes:
        cls.__module__ = "encodings." + module


def _info(module, name, encode, decode, incenc, incdec, writer, reader,
          **extra):
    _label(module, incenc, incdec, writer, reader)
    return codecs.CodecInfo(name=name, encode=encode, decode=decode,
                            incrementalencoder=incenc,
                            incrementaldecoder=incdec,
                            streamwriter=writer, streamreader=reader,
                            **extra)


# --- Stream reading and writing for the Go codecs --------------------------
#
# A stream reader decodes what it has read so far, so its decode must
# leave an incomplete sequence at the end for the next read instead of
# failing.  Codecs with a byte order mark also treat the start of the
# stream specially: the mark is written once, and on reading it picks the
# byte order for the rest.

_LITTLE = sys.byteorder == "little"


def _partial(fn):
    # fn(input, errors, final) used with final=False.
    def decode(input, errors="strict"):
        return fn(input, errors, False)
    return decode


_STREAM_DECODERS = {
    "utf_8": _codecs.utf_8_decode,
    "utf_16_le": _codecs.utf_16_le_decode,
    "utf_16_be": _codecs.utf_16_be_decode,
    "utf_32_le": _codecs.utf_32_le_decode,
    "utf_32_be": _codecs.utf_32_be_decode,
    "unicode_escape": _partial(_codecs.unicode_escape_decode),
    "raw_unicode_escape": _partial(_codecs.raw_unicode_escape_decode),
}


def _marked_stream_classes(bits):
    # StreamReader and StreamWriter of utf-16 (bits 16) or utf-32.
    detect = getattr(_codecs, "utf_%d_ex_decode" % bits)
    by_order = {-1: getattr(_codecs, "utf_%d_le_decode" % bits),
                1: getattr(_codecs, "utf_%d_be_decode" % bits)}
    with_mark = getattr(_codecs, "utf_%d_encode" % bits)
    native = getattr(_codecs, "utf_%d_%s_encode" % (bits, "le" if _LITTLE
                                                     else "be"))

    class StreamWriter(codecs.StreamWriter):
        def __init__(self, stream, errors='strict'):
            codecs.StreamWriter.__init__(self, stream, errors)
            self.encoder = None

        def encode(self, input, errors='strict'):
            if self.encoder is not None:
                return self.encoder(input, errors)
            # The first write carries the mark; the rest follow it.
            self.encoder = native
            return with_mark(input, errors)

        def reset(self):
            codecs.StreamWriter.reset(self)
            self.encoder = None

    class StreamReader(codecs.StreamReader):
        def decode(self, input, errors='strict'):
            text, used, order = detect(input, errors, 0, False)
            if order in by_order:
                # Known from now on: later reads skip the detection.
                self.decode = by_order[order]
            elif used >= 2:
                raise UnicodeError("UTF-%d stream does not start with BOM"
                                   % bits)
            return text, used

        def reset(self):
            codecs.StreamReader.reset(self)
            self.__dict__.pop("decode", None)

    return StreamWriter, StreamReader


def _sig_stream_classes():
    # utf-8-sig: a mark written first, skipped (if there) when reading.
    mark = codecs.BOM_UTF8

    class StreamWriter(codecs.StreamWriter):
        def encode(self, input, errors='strict'):
            self.encode = _codecs.utf_8_encode
            data, used = _codecs.utf_8_encode(input, errors)
            return mark + data, used

        def reset(self):
            codecs.StreamWriter.reset(self)
            self.__dict__.pop("encode", None)

    class StreamReader(codecs.StreamReader):
        def decode(self, input, errors='strict'):
            skip = 0
            if input[:3] == mark:
                skip = 3
            elif len(input) < 3 and mark.startswith(input):
                return "", 0   # could still be the mark: wait for more
            self.decode = _codecs.utf_8_decode
            text, used = _codecs.utf_8_decode(input[skip:], errors)
            return text, used + skip

        def reset(self):
            codecs.StreamReader.reset(self)
            self.__dict__.pop("decode", None)

    return StreamWriter, StreamReader


def _go_codec(module, name):
    encode, decode = _codecs._codec_functions(module)

    class Codec(codecs.Codec):
        pass
    Codec.encode = staticmethod(encode)
    Codec.decode = staticmethod(decode)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        # Over an encoder object of the Go codec, which keeps the state.
        def __init__(self, errors='strict'):
            codecs.IncrementalEncoder.__init__(self, errors)
            self._encoder = _codecs._incremental_encoder(module, errors)

        def encode(self, input, final=False):
            return self._encoder.encode(input, final, self.errors)

        def reset(self):
            self._encoder.reset()

        def getstate(self):
            return self._encoder.getstate()

        def setstate(self, state):
            self._encoder.setstate(state)

    class IncrementalDecoder(codecs.IncrementalDecoder):
        def __init__(self, errors='strict'):
            codecs.IncrementalDecoder.__init__(self, errors)
            self._decoder = _codecs._incremental_decoder(module, errors)

        def decode(self, input, final=False):
            return self._decoder.decode(input, final, self.errors)

        def reset(self):
            self._decoder.reset()

        def getstate(self):
            return self._decoder.getstate()

        def setstate(self, state):
            self._decoder.setstate(state)

    if module in ("utf_16", "utf_32"):
        StreamWriter, StreamReader = _marked_stream_classes(int(module[4:]))
    elif module == "utf_8_sig":
        StreamWriter, StreamReader = _sig_stream_classes()
    else:
        class StreamWriter(Codec, codecs.StreamWriter):
            pass

        class StreamReader(Codec, codecs.StreamReader):
            pass
        partial = _STREAM_DECODERS.get(module)
        if partial is not None:
            StreamReader.decode = staticmethod(partial)

    _label(module, Codec)
    return _info(module, name, encode, decode, IncrementalEncoder,
                 IncrementalDecoder, StreamWriter, StreamReader)


# --- Codecs written here ---------------------------------------------------

def _rot13():
    # A str-to-str codec: only codecs.encode and codecs.decode use it.
    shift = {}
    for first in (ord("a"), ord("A")):
        for n in range(26):
            shift[first + n] = first + (n + 13) % 26

    def rotate(text):
        return str.translate(text, shift)

    class Codec(codecs.Codec):
        def encode(self, input, errors='strict'):
            return (rotate(input), len(input))

        def decode(self, input, errors='strict'):
            return (rotate(input), len(input))

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return rotate(input)

    class IncrementalDecoder(codecs.IncrementalDecoder):
        def decode(self, input, final=False):
            return rotate(input)

    class StreamWriter(Codec, codecs.StreamWriter):
        pass

    class StreamReader(Codec, codecs.StreamReader):
        pass

    _label("rot_13", Codec)
    both = Codec()
    return _info("rot_13", "rot-13", both.encode, both.decode,
                 IncrementalEncoder, IncrementalDecoder, StreamWriter,
                 StreamReader, _is_text_encoding=False)


def _undefined():
    # Every use fails: for programs that want no implicit conversion.
    def refuse(*args, **kwargs):
        raise UnicodeError("undefined encoding")

    class Codec(codecs.Codec):
        def encode(self, input, errors='strict'):
            refuse()

        def decode(self, input, errors='strict'):
            refuse()

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            refuse()

    class IncrementalDecoder(codecs.IncrementalDecoder):
        def decode(self, input, final=False):
            refuse()

    class StreamWriter(Codec, codecs.StreamWriter):
        pass

    class StreamReader(Codec, codecs.StreamReader):
        pass

    _label("undefined", Codec)
    both = Codec()
    return _info("undefined", "undefined", both.encode, both.decode,
                 IncrementalEncoder, IncrementalDecoder, StreamWriter,
                 StreamReader)


def _charmap():
    # _codecs.charmap_encode/decode with a mapping given by the caller
    # (latin-1 without one).
    enc, dec = codecs.charmap_encode, codecs.charmap_decode

    class Codec(codecs.Codec):
        encode = staticmethod(enc)
        decode = staticmethod(dec)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def __init__(self, errors='strict', mapping=None):
            codecs.IncrementalEncoder.__init__(self, errors)
            self.mapping = mapping

        def encode(self, input, final=False):
            return enc(input, self.errors, self.mapping)[0]

    class IncrementalDecoder(codecs.IncrementalDecoder):
        def __init__(self, errors='strict', mapping=None):
            codecs.IncrementalDecoder.__init__(self, errors)
            self.mapping = mapping

        def decode(self, input, final=False):
            return dec(input, self.errors, self.mapping)[0]

    class StreamWriter(Codec, codecs.StreamWriter):
        def __init__(self, stream, errors='strict', mapping=None):
            codecs.StreamWriter.__init__(self, stream, errors)
            self.mapping = mapping

        def encode(self, input, errors='strict'):
            return enc(input, errors, self.mapping)

    class StreamReader(Codec, codecs.StreamReader):
        def __init__(self, stream, errors='strict', mapping=None):
            codecs.StreamReader.__init__(self, stream, errors)
            self.mapping = mapping

        def decode(self, input, errors='strict'):
            return dec(input, errors, self.mapping)

    _label("charmap", Codec)
    return _info("charmap", "charmap", enc, dec, IncrementalEncoder,
                 IncrementalDecoder, StreamWriter, StreamReader)


_PYTHON_CODECS = {"rot_13": _rot13, "rot13": _rot13,
                  "undefined": _undefined, "charmap": _charmap}

# CodecInfo by the name search_function was asked for (None: unknown),
# and by codec module, so that aliases share one CodecInfo.
_cache = {}
_by_module = {}


def _build(module, make):
    found = _by_module.get(module)
    if found is None:
        found = _by_module[module] = make()
    return found


def search_function(encoding):
    """Return the CodecInfo of the standard codec named encoding, or None
    when there is none."""
    if encoding in _cache:
        return _cache[encoding]
    located = _codecs._builtin_codec(encoding)
    if located is not None:
        module, name = located
        found = _build(module, lambda: _go_codec(module, name))
    else:
        make = _PYTHON_CODECS.get(normalize_encoding(encoding).lower())
        found = None if make is None else _build(make.__name__, make)
    _cache[encoding] = found
    return found


codecs.register(search_function)
