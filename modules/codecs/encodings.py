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


def search_function(encoding):
    entry = _cache.get(encoding, _unknown)
    if entry is not _unknown:
        return entry
    found = _codecs._builtin_codec(encoding)
    if found is None:
        _cache[encoding] = None
        return None
    module, name = found
    entry = _entries.get(module)
    if entry is None:
        entry = _entries[module] = _entry(module, name)
    _cache[encoding] = entry
    return entry


codecs.register(search_function)
