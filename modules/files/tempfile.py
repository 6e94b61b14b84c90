"""Temporary files and directories.

mkstemp and mkdtemp make a file or directory with a fresh random name
that only the caller can use and leave its removal to the caller;
TemporaryFile, NamedTemporaryFile, SpooledTemporaryFile and
TemporaryDirectory remove theirs when closed (or when their with block
ends). gettempdir() is where they go by default: the first usable
directory among $TMPDIR, $TEMP, $TMP, /tmp, /var/tmp, /usr/tmp and the
current directory.
"""

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
    "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp",
    "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
    "gettempprefixb", "gettempdirb",
]

import io as _io
import os as _os
import sys as _sys
import errno as _errno
import shutil as _shutil
import random as _random
import _thread
import warnings as _warnings
import weakref as _weakref
from types import GenericAlias as _GenericAlias


def _flags_from(*names):
    # Exclusive creation is what makes the random names safe; the other
    # flags are added where the platform has them.
    value = 0
    for flag in names:
        value |= getattr(_os, flag, 0)
    return value


_CREATE_TEXT = _flags_from('O_RDWR', 'O_CREAT', 'O_EXCL', 'O_NOFOLLOW')
_CREATE_BINARY = _CREATE_TEXT | _flags_from('O_BINARY')

TMP_MAX = getattr(_os, 'TMP_MAX', 10000)

# The prefix of the names made here; tempdir, once set (by the program or
# by the first gettempdir call), is the default directory.
template = "tmp"
tempdir = None

# Guards the lazy creation of the shared name source and of tempdir, so
# two threads asking at once agree on one value.
_setup_lock = _thread.allocate_lock()

_MIXED = "Can't mix bytes and non-bytes in path components."


def _path_type(*parts):
    """str or bytes: the kind of path the non-None arguments are."""
    seen = set()
    for part in parts:
        if part is None:
            continue
        if isinstance(part, _os.PathLike):
            part = _os.fspath(part)
        seen.add(bytes if isinstance(part, bytes) else str)
        if len(seen) > 1:
            raise TypeError(_MIXED)
    return seen.pop() if seen else str


def _defaults(prefix, suffix, dir):
    """Fill in the missing name parts in the kind (str or bytes) of the
    given ones; returns them with that kind."""
    kind = _path_type(prefix, suffix, dir)
    as_bytes = kind is bytes
    if suffix is None:
        suffix = b'' if as_bytes else ''
    if prefix is None:
        prefix = _os.fsencode(template) if as_bytes else template
    if dir is None:
        dir = gettempdirb() if as_bytes else gettempdir()
    return prefix, suffix, dir, kind


class _RandomNameSequence:
    """An endless supply of 8-character names from [a-z0-9_]."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    @property
    def rng(self):
        # A forked child must not repeat its parent's names, so the
        # generator is remade whenever the process id changes.
        owner = _os.getpid()
        if getattr(self, '_rng_pid', None) != owner:
            self._rng_pid = owner
            self._rng = _random.Random()
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        picks = self.rng.choices(self.characters, k=8)
        return ''.join(picks)


_shared_names = []


def _names(kind=str):
    """The process-wide name source, as str or as bytes names."""
    if not _shared_names:
        with _setup_lock:
            if not _shared_names:
                _shared_names.append(_RandomNameSequence())
    source = _shared_names[0]
    return source if kind is str else map(_os.fsencode, source)


def _places_to_try():
    found = [_os.getenv(var) for var in ('TMPDIR', 'TEMP', 'TMP')]
    found = [d for d in found if d]
    found += ['/tmp', '/var/tmp', '/usr/tmp']
    try:
        here = _os.getcwd()
    except (AttributeError, OSError):
        here = _os.curdir
    found.append(here)
    return found


def _can_write_in(directory, names):
    """True when a probe file can be made (and removed) in directory;
    False when it cannot; None when the probe name was taken."""
    probe = _os.path.join(directory, next(names))
    try:
        fd = _os.open(probe, _CREATE_BINARY, 0o600)
    except FileExistsError:
        return None
    except OSError:
        return False
    try:
        try:
            with _io.open(fd, 'wb', closefd=False) as out:
                out.write(b'blat')
        finally:
            _os.close(fd)
            _os.unlink(probe)
    except FileExistsError:
        return None
    except OSError:
        return False
    return True


def _find_tempdir():
    """The first candidate directory where a file can be made."""
    names = _RandomNameSequence()
    places = _places_to_try()
    for place in places:
        if place != _os.curdir:
            place = _os.path.abspath(place)
        attempts = 100
        while attempts:
            attempts -= 1
            usable = _can_write_in(place, names)
            if usable:
                return place
            if usable is False:
                break
    raise FileNotFoundError(
        _errno.ENOENT, "No usable temporary directory found in %s" % places)


def _gettempdir():
    global tempdir
    if tempdir is None:
        with _setup_lock:
            if tempdir is None:
                tempdir = _find_tempdir()
    return tempdir


def gettempdir():
    """The default directory for temporary files, as str."""
    return _os.fsdecode(_gettempdir())


def gettempdirb():
    """The default directory for temporary files, as bytes."""
    return _os.fsencode(_gettempdir())


def gettempprefix():
    """The prefix of temporary names, as str."""
    return _os.fsdecode(template)


def gettempprefixb():
    """The prefix of temporary names, as bytes."""
    return _os.fsencode(template)


def _claim(dir, prefix, suffix, kind, event, create, failure):
    """Try fresh names in dir until create(path) succeeds without the
    name being taken; returns (create's result, path)."""
    names = _names(kind)
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + next(names) + suffix)
        _sys.audit(event, path)
        try:
            made = create(path)
        except FileExistsError:
            continue
        return made, path
    raise FileExistsError(_errno.EEXIST, failure)


def _new_file(dir, prefix, suffix, kind, flags):
    opener = lambda path: _os.open(path, flags, 0o600)
    return _claim(_os.path.abspath(dir), prefix, suffix, kind,
                  "tempfile.mkstemp", opener,
                  "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Make a new file that only the caller may read and write, and
    return (an open descriptor, its absolute path). The name is prefix,
    random characters, then suffix, in dir (default: gettempdir()). The
    caller removes the file."""
    prefix, suffix, dir, kind = _defaults(prefix, suffix, dir)
    return _new_file(dir, prefix, suffix, kind,
                     _CREATE_TEXT if text else _CREATE_BINARY)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Make a new directory only the caller may use and return its path
    (named as mkstemp names files). The caller removes it."""
    prefix, suffix, dir, kind = _defaults(prefix, suffix, dir)
    _, path = _claim(dir, prefix, suffix, kind, "tempfile.mkdtemp",
                     lambda p: _os.mkdir(p, 0o700),
                     "No usable temporary directory name found")
    return path


def mktemp(suffix="", prefix=template, dir=None):
    """A name no file has at the moment of the call (unsafe: another
    program may take it before the caller does; use mkstemp)."""
    where = gettempdir() if dir is None else dir
    names = _names()
    for _ in range(TMP_MAX):
        candidate = _os.path.join(where, prefix + next(names) + suffix)
        if not _os.path.lexists(candidate):
            return candidate
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


def _open_fd(fd, mode, buffering, newline, encoding, errors):
    if "b" not in mode:
        encoding = _io.text_encoding(encoding)
    return _io.open(fd, mode, buffering=buffering, newline=newline,
                    encoding=encoding, errors=errors)


class _TemporaryFileWrapper:
    """A file object with a name on disk, removed when closed (when
    delete is true). Attribute access goes to the file."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, attr):
        # Only reached for names the wrapper lacks: read, write, mode...
        return getattr(self.__dict__['file'], attr)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, *exc_info):
        suppress = self.file.__exit__(*exc_info)
        self.close()
        return suppress

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                _unlink_if_present(self.name)

    def __iter__(self):
        # A generator, so the wrapper (and its file) stays alive while a
        # loop runs over a temporary expression.
        yield from self.file


def _unlink_if_present(path):
    try:
        _os.unlink(path)
    except FileNotFoundError:
        pass


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (its .name), opened with
    mode; removed when closed unless delete is false."""
    prefix, suffix, dir, kind = _defaults(prefix, suffix, dir)
    if "b" not in mode:
        encoding = _io.text_encoding(encoding)
    fd, path = _new_file(dir, prefix, suffix, kind, _CREATE_BINARY)
    try:
        opened = _open_fd(fd, mode, buffering, newline, encoding, errors)
    except BaseException:
        _os.unlink(path)
        _os.close(fd)
        raise
    return _TemporaryFileWrapper(opened, path, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """A temporary file without a name on disk (its .name is its
    descriptor), gone when closed."""
    prefix, suffix, dir, kind = _defaults(prefix, suffix, dir)
    if "b" not in mode:
        encoding = _io.text_encoding(encoding)
    fd, path = _new_file(dir, prefix, suffix, kind, _CREATE_BINARY)
    try:
        # Unlinked at once: the open descriptor keeps the data alive.
        _os.unlink(path)
        return _open_fd(fd, mode, buffering, newline, encoding, errors)
    except BaseException:
        _os.close(fd)
        raise


class SpooledTemporaryFile(_io.IOBase):
    """A temporary file kept in memory until it grows past max_size
    bytes (or fileno() is needed), then moved to a TemporaryFile.

    Most methods and properties pass straight to the current file; they
    are attached after the class body by _delegate."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        binary = 'b' in mode
        if not binary:
            encoding = _io.text_encoding(encoding)
        # Everything needed to make the real file later, in one place.
        self._TemporaryFileArgs = dict(
            mode=mode, buffering=buffering, suffix=suffix, prefix=prefix,
            encoding=encoding, newline=newline, dir=dir, errors=errors)
        memory = _io.BytesIO()
        if not binary:
            memory = _io.TextIOWrapper(memory, encoding=encoding,
                                       errors=errors, newline=newline)
        self._file = memory
        self._max_size = max_size
        self._rolled = False

    __class_getitem__ = classmethod(_GenericAlias)

    def _after_write(self):
        limit = self._max_size
        if not self._rolled and limit and self._file.tell() > limit:
            self.rollover()

    def rollover(self):
        """Move the data to a real temporary file now."""
        if self._rolled:
            return
        memory = self._file
        disk = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        position = memory.tell()
        if hasattr(disk, 'buffer'):
            # Text mode: copy the encoded bytes, not the decoded text.
            disk.buffer.write(memory.detach().getvalue())
        else:
            disk.write(memory.getvalue())
        disk.seek(position, 0)
        self._file = disk
        self._rolled = True

    def __enter__(self):
        if not self._file.closed:
            return self
        raise ValueError("Cannot enter context with closed file")

    def __exit__(self, *exc_info):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    def fileno(self):
        # Only a real file has a descriptor.
        self.rollover()
        return self._file.fileno()

    @property
    def mode(self):
        if self._rolled:
            return self._file.mode
        # The in-memory file has no mode: report the one the real file
        # will have.
        return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        return getattr(self._file, 'name', None)

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def write(self, s):
        count = self._file.write(s)
        self._after_write()
        return count

    def writelines(self, iterable):
        self._file.writelines(iterable)
        self._after_write()


def _delegate(cls, plain, variadic, unary, properties):
    """Give cls methods and read-only properties that pass to self._file:
    plain ones take no argument, variadic ones any positional arguments,
    unary ones exactly one."""
    def make(attr, shape):
        if shape == 'plain':
            def method(self):
                return getattr(self._file, attr)()
        elif shape == 'variadic':
            def method(self, *args):
                return getattr(self._file, attr)(*args)
        else:
            def method(self, b):
                return getattr(self._file, attr)(b)
        method.__name__ = attr
        method.__qualname__ = cls.__name__ + '.' + attr
        return method

    for shape, attrs in (('plain', plain), ('variadic', variadic),
                         ('unary', unary)):
        for attr in attrs.split():
            setattr(cls, attr, make(attr, shape))
    for attr in properties.split():
        setattr(cls, attr, property(
            lambda self, attr=attr: getattr(self._file, attr)))


_delegate(SpooledTemporaryFile,
          plain="close flush isatty readable seekable tell writable detach",
          variadic="read read1 readline readlines seek",
          unary="readinto readinto1",
          properties="closed encoding errors newlines")


def _remove_tree(top, ignore_errors):
    """Remove the tree at top, making read-only directories writable
    when a removal is refused, so cleanup works on such trees too."""
    def handle(func, path, exc_info):
        kind = exc_info[0]
        if issubclass(kind, FileNotFoundError):
            return
        if not issubclass(kind, PermissionError):
            if ignore_errors:
                return
            raise
        try:
            if path != top:
                _os.chmod(_os.path.dirname(path), 0o700)
            _os.chmod(path, 0o700)
        except OSError:
            pass
        try:
            _os.unlink(path)
        except IsADirectoryError:
            _remove_tree(path, ignore_errors)
        except PermissionError:
            if _os.path.isdir(path):
                _remove_tree(path, ignore_errors)
            elif not ignore_errors:
                raise
        except FileNotFoundError:
            pass
    _shutil.rmtree(top, onerror=handle)


def _implicit_cleanup(path, warn_message, ignore_errors=False):
    # Run by the finalizer when a TemporaryDirectory is collected (or at
    # exit) without cleanup() having been called.
    _remove_tree(path, ignore_errors)
    _warnings.warn(warn_message, ResourceWarning)


class TemporaryDirectory:
    """A temporary directory (made by mkdtemp; its path is .name) removed
    with everything in it by cleanup(), at the end of a with block (whose
    as-target is the path), or, with a ResourceWarning, when the object
    is collected or the program exits.
    """

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        path = mkdtemp(suffix, prefix, dir)
        self.name = path
        self._ignore_cleanup_errors = ignore_cleanup_errors
        # The finalizer must not hold self, so it gets the path and the
        # message (made now, while repr(self) is available).
        message = "Implicitly cleaning up %r" % (self,)
        self._finalizer = _weakref.finalize(
            self, _implicit_cleanup, path, warn_message=message,
            ignore_errors=ignore_cleanup_errors)

    def __repr__(self):
        return "<%s %r>" % (type(self).__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, *exc_info):
        self.cleanup()

    def cleanup(self):
        # detach() is true only the first time; a later call still
        # removes a directory someone has re-created.
        pending = self._finalizer.detach()
        if pending or _os.path.exists(self.name):
            _remove_tree(self.name, self._ignore_cleanup_errors)

    __class_getitem__ = classmethod(_GenericAlias)
