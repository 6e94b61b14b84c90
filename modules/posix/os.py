"""Operating-system services: files and directories, the environment,
the process. The primitives are the posix module's (every one goes
through the interpreter's host, which may restrict them); this module
adds what is built on them: os.path, environ, makedirs, walk and friends.

What the interpreter cannot do is absent, as on a platform without it,
so that code testing hasattr(os, 'fork') falls back: fork, exec*, spawn*,
system, popen, kill and the other process-control calls (processes are
the multiprocessing module's business), and the dir_fd variants (see
supports_dir_fd).
"""

import sys
import abc
import stat as st

from _collections_abc import _check_methods, MutableMapping
from posix import *
from posix import _exit, _have_functions
import posix
import posixpath as path

_names = sys.builtin_module_names

name = 'posix'
linesep = '\n'
sys.modules['os.path'] = path
from posixpath import (curdir, pardir, sep, pathsep, defpath, extsep, altsep,
                       devnull)

error = OSError

GenericAlias = type(list[int])

__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep",
           "defpath", "name", "path", "devnull", "SEEK_SET", "SEEK_CUR",
           "SEEK_END", "fsencode", "fsdecode", "get_exec_path", "fdopen",
           "extsep", "makedirs", "removedirs", "renames", "walk", "environ",
           "environb", "getenv", "getenvb", "supports_bytes_environ",
           "PathLike", "error"]
__all__.extend(n for n in dir(posix) if not n.startswith('_'))

# Which functions accept what (see the module documentation): a
# descriptor for the path, dir_fd (none), follow_symlinks=False.
supports_fd = {stat, truncate}
supports_dir_fd = set()
supports_follow_symlinks = {stat}
supports_effective_ids = set()

supports_bytes_environ = True


def makedirs(name, mode=0o777, exist_ok=False):
    """Make a directory and every missing directory above it. mode is
    the leaf's (the others get the default); with exist_ok an existing
    directory is no error (an existing file still is)."""
    parent, leaf = path.split(name)
    if not leaf:
        parent, leaf = path.split(parent)
    if parent and leaf and not path.exists(parent):
        try:
            makedirs(parent, exist_ok=exist_ok)
        except FileExistsError:
            pass  # another process made it meanwhile
        here = b'.' if isinstance(leaf, bytes) else '.'
        if leaf == here:
            return  # "a/." is made once "a" is
    try:
        mkdir(name, mode)
    except OSError:
        # Only an existing directory is acceptable, and only if asked.
        if exist_ok and path.isdir(name):
            return
        raise


def removedirs(name):
    """Remove a directory, then each directory above it as long as it
    is empty (stopping quietly at the first that is not)."""
    rmdir(name)
    parent, leaf = path.split(name)
    if not leaf:
        parent, leaf = path.split(parent)
    while parent and leaf:
        try:
            rmdir(parent)
        except OSError:
            break
        parent, leaf = path.split(parent)


def renames(old, new):
    """Rename, making the directories the new name needs and removing
    the old name's directories that become empty."""
    parent, leaf = path.split(new)
    if parent and leaf and not path.exists(parent):
        makedirs(parent)
    rename(old, new)
    parent, leaf = path.split(old)
    if parent and leaf:
        try:
            removedirs(parent)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Walk a directory tree, yielding (dirpath, dirnames, filenames)
    for each directory: before its subdirectories when topdown (which may
    then edit dirnames in place to choose where the walk goes), after
    them otherwise. Errors listing a directory go to onerror (an OSError)
    when given, and that directory is skipped. Symbolic links to
    directories are listed in dirnames but walked into only with
    followlinks."""
    sys.audit("os.walk", top, topdown, onerror, followlinks)
    return _walk(fspath(top), topdown, onerror, followlinks)


def _walk(top, topdown, onerror, followlinks):
    dirs, files, links = [], [], []
    try:
        entries = scandir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    with entries:
        while True:
            try:
                entry = next(entries)
            except StopIteration:
                break
            except OSError as err:
                if onerror is not None:
                    onerror(err)
                return
            if not _entry_test(entry.is_dir):
                files.append(entry.name)
                continue
            dirs.append(entry.name)
            if not topdown:
                # Bottom-up, whether to descend is decided now, from the
                # entry (links are not followed unless asked).
                links.append(followlinks or not _entry_test(entry.is_symlink, True))
    if topdown:
        yield top, dirs, files
        for d in dirs:
            sub = path.join(top, d)
            if followlinks or not path.islink(sub):
                yield from _walk(sub, topdown, onerror, followlinks)
    else:
        for d, descend in zip(dirs, links):
            if descend:
                yield from _walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, files


def _entry_test(test, failed=False):
    # A DirEntry test whose stat fails counts as false (or as failed,
    # when the caller says otherwise).
    try:
        return test()
    except OSError:
        return failed


def fsencode(filename):
    """A file name as the system's bytes (UTF-8, surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """A file name as str (UTF-8, surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


class _Environ(MutableMapping):
    """os.environ and os.environb: a mapping over the process's
    environment (kept as bytes in _data), whose changes are passed on to
    the host so that child processes see them. encodekey/encodevalue turn
    what the program gives into bytes, decodekey/decodevalue back."""

    def __init__(self, data, encodekey, decodekey, encodevalue, decodevalue):
        self._data = data
        self.encodekey, self.decodekey = encodekey, decodekey
        self.encodevalue, self.decodevalue = encodevalue, decodevalue

    def _raw_key(self, key):
        # The stored key, or KeyError naming the key as the program gave it.
        raw = self.encodekey(key)
        if raw not in self._data:
            raise KeyError(key)
        return raw

    def __getitem__(self, key):
        return self.decodevalue(self._data[self._raw_key(key)])

    def __setitem__(self, key, value):
        raw_key, raw_value = self.encodekey(key), self.encodevalue(value)
        putenv(raw_key, raw_value)
        self._data[raw_key] = raw_value

    def __delitem__(self, key):
        raw = self.encodekey(key)
        unsetenv(raw)
        if self._data.pop(raw, _MISSING) is _MISSING:
            raise KeyError(key)

    def __iter__(self):
        # Over a snapshot: the loop may change the environment.
        return map(self.decodekey, list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        shown = (f'{self.decodekey(k)!r}: {self.decodevalue(v)!r}' for k, v in self._data.items())
        return 'environ({' + ', '.join(shown) + '})'

    def copy(self):
        # A snapshot as a plain dict, not another live mapping.
        return {key: self[key] for key in self}

    def setdefault(self, key, value):
        # Setting goes through __setitem__, so the host sees it too.
        try:
            return self[key]
        except KeyError:
            self[key] = value
        return self[key]

    # | gives a plain dict; |= changes the environment.
    def __or__(self, other):
        return {**self, **other} if isinstance(other, Mapping) else NotImplemented

    def __ror__(self, other):
        return {**other, **self} if isinstance(other, Mapping) else NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


_MISSING = object()

from _collections_abc import Mapping


def _typed(kind, convert):
    # A converter that first insists on kind, with CPython's message.
    def check(value):
        if not isinstance(value, kind):
            raise TypeError(f"{kind.__name__} expected, not {type(value).__name__}")
        return convert(value)
    return check


_to_raw = _typed(str, lambda s: s.encode('utf-8', 'surrogateescape'))


def _from_raw(raw):
    return raw.decode('utf-8', 'surrogateescape')


environ = _Environ(posix.environ, _to_raw, _from_raw, _to_raw, _from_raw)
_check_bytes = _typed(bytes, lambda b: b)
environb = _Environ(environ._data, _check_bytes, bytes, _check_bytes, bytes)


def getenv(key, default=None):
    """The environment variable key's value, or default."""
    return environ.get(key, default)


def getenvb(key, default=None):
    """getenv for bytes."""
    return environb.get(key, default)


def _lookup(env, key):
    # env[key], or None when the key is absent or of a kind env cannot
    # hold (a str-only mapping asked for bytes, say); a None value counts
    # as absent too.
    try:
        return env[key]
    except (KeyError, TypeError):
        return None


def get_exec_path(env=None):
    """The directories PATH names (from env, or os.environ), where a
    program name is looked up."""
    if env is None:
        env = environ
    try:
        text = env.get('PATH')
    except TypeError:
        text = None
    raw = _lookup(env, b'PATH') if supports_bytes_environ else None
    if raw is not None:
        # Both spellings at once would be ambiguous.
        if text is not None:
            raise ValueError("env cannot contain 'PATH' and b'PATH' keys")
        text = fsdecode(raw)
    return (defpath if text is None else text).split(pathsep)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """Open a file object on a descriptor (io.open with an int)."""
    if isinstance(fd, int):
        # Imported late: io is not needed to start the interpreter.
        import io
        text = "b" not in mode
        return io.open(fd, mode, buffering,
                       io.text_encoding(encoding) if text else encoding,
                       *args, **kwargs)
    raise TypeError("invalid fd type (%s, expected integer)" % type(fd))


class PathLike(abc.ABC):
    """The abstract class of objects with a file-system path
    (__fspath__)."""

    __class_getitem__ = classmethod(GenericAlias)

    @abc.abstractmethod
    def __fspath__(self):
        """The object's file-system path, as str or bytes."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        # Any class with __fspath__ counts, registered or not; subclasses
        # of PathLike use the ordinary rules.
        if cls is not PathLike:
            return NotImplemented
        return _check_methods(subclass, '__fspath__')
