"""Standard encodings package: the codec search function for the
encodings gilpy implements in Go, registered with the codec registry
when the package is imported."""

import codecs
import _codecs
from . import aliases

_cache = {}
_unknown = '--unknown--'
_import_tail = ['*']
_aliases = aliases.aliases


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """Normalize an encoding name: every run of characters other than
    ASCII letters, digits and dots becomes a single underscore between
    the characters kept; other letters and digits are dropped."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
    out = []
    pending = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if pending and out:
                out.append('_')
            if c.isascii():
                out.append(c)
            pending = False
        else:
            pending = True
    return ''.join(out)


def _entry(module, name):
    encode, decode = _codecs._codec_functions(module)
    qual = 'encodings.' + module

    class Codec(codecs.Codec):
        pass
    Codec.encode = staticmethod(encode)
    Codec.decode = staticmethod(decode)

    class IncrementalEncoder(codecs.IncrementalEncoder):
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

    class StreamWriter(Codec, codecs.StreamWriter):
        pass

    class StreamReader(Codec, codecs.StreamReader):
        pass

    for cls in (Codec, IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader):
        cls.__module__ = qual
    return codecs.CodecInfo(
        name=name,
        encode=encode,
        decode=decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter,
        streamreader=StreamReader,
    )


_entries = {}


def _rot13_entry():
    # rot-13: a str-to-str codec, so only codecs.encode/decode use it.
    table = {}
    for first in ('a', 'A'):
        base = ord(first)
        for i in range(26):
            table[base + i] = base + (i + 13) % 26

    def rot13(input, errors='strict'):
        return (str.translate(input, table), len(input))

    class Codec(codecs.Codec):
        def encode(self, input, errors='strict'):
            return rot13(input, errors)

        def decode(self, input, errors='strict'):
            return rot13(input, errors)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return str.translate(input, table)

    class IncrementalDecoder(codecs.IncrementalDecoder):
        def decode(self, input, final=False):
            return str.translate(input, table)

    class StreamWriter(Codec, codecs.StreamWriter):
        pass

    class StreamReader(Codec, codecs.StreamReader):
        pass

    for cls in (Codec, IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader):
        cls.__module__ = 'encodings.rot_13'
    return codecs.CodecInfo(
        name='rot-13',
        encode=Codec().encode,
        decode=Codec().decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter,
        streamreader=StreamReader,
        _is_text_encoding=False,
    )


def _undefined_entry():
    # 'undefined': every use raises, for programs that want to forbid
    # implicit conversions.
    class Codec(codecs.Codec):
        def encode(self, input, errors='strict'):
            raise UnicodeError("undefined encoding")

        def decode(self, input, errors='strict'):
            raise UnicodeError("undefined encoding")

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            raise UnicodeError("undefined encoding")

    class IncrementalDecoder(codecs.IncrementalDecoder):
        def decode(self, input, final=False):
            raise UnicodeError("undefined encoding")

    class StreamWriter(Codec, codecs.StreamWriter):
        pass

    class StreamReader(Codec, codecs.StreamReader):
        pass

    for cls in (Codec, IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader):
        cls.__module__ = 'encodings.undefined'
    return codecs.CodecInfo(
        name='undefined',
        encode=Codec().encode,
        decode=Codec().decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter,
        streamreader=StreamReader,
    )


def _charmap_entry():
    # 'charmap': the _codecs.charmap_* functions as a codec, with an
    # optional mapping (latin-1 without one).
    class Codec(codecs.Codec):
        # The functions themselves, not methods.
        encode = staticmethod(codecs.charmap_encode)
        decode = staticmethod(codecs.charmap_decode)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def __init__(self, errors='strict', mapping=None):
            codecs.IncrementalEncoder.__init__(self, errors)
            self.mapping = mapping

        def encode(self, input, final=False):
            return codecs.charmap_encode(input, self.errors, self.mapping)[0]

    class IncrementalDecoder(codecs.IncrementalDecoder):
        def __init__(self, errors='strict', mapping=None):
            codecs.IncrementalDecoder.__init__(self, errors)
            self.mapping = mapping

        def decode(self, input, final=False):
            return codecs.charmap_decode(input, self.errors, self.mapping)[0]

    class StreamWriter(Codec, codecs.StreamWriter):
        def __init__(self, stream, errors='strict', mapping=None):
            codecs.StreamWriter.__init__(self, stream, errors)
            self.mapping = mapping

        def encode(self, input, errors='strict'):
            return Codec.encode(input, errors, self.mapping)

    class StreamReader(Codec, codecs.StreamReader):
        def __init__(self, stream, errors='strict', mapping=None):
            codecs.StreamReader.__init__(self, stream, errors)
            self.mapping = mapping

        def decode(self, input, errors='strict'):
            return Codec.decode(input, errors, self.mapping)

    for cls in (Codec, IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader):
        cls.__module__ = 'encodings.charmap'
    return codecs.CodecInfo(
        name='charmap',
        encode=codecs.charmap_encode,
        decode=codecs.charmap_decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter,
        streamreader=StreamReader,
    )


# The codecs written in Python here, by normalized name.
_python_codecs = {'rot_13': _rot13_entry, 'rot13': _rot13_entry, 'undefined': _undefined_entry,
                  'charmap': _charmap_entry}


def search_function(encoding):
    entry = _cache.get(encoding, _unknown)
    if entry is not _unknown:
        return entry
    found = _codecs._builtin_codec(encoding)
    if found is None:
        make = _python_codecs.get(normalize_encoding(encoding).lower())
        entry = None if make is None else _entries.setdefault(make, make())
        _cache[encoding] = entry
        return entry
    module, name = found
    entry = _entries.get(module)
    if entry is None:
        entry = _entries[module] = _entry(module, name)
    _cache[encoding] = entry
    return entry


codecs.register(search_function)
