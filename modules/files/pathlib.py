"""Object-oriented file system paths.

PurePosixPath (and PurePath, which makes one) handles path names without
touching the file system; PosixPath (and Path, which makes one) adds the
operations that do. The Windows flavours are not provided: see gilpy's
docs/deviations.md.
"""

import fnmatch
import io
import os
import posixpath
import sys
import warnings
from errno import ENOENT, ENOTDIR, EBADF, ELOOP
from stat import S_ISDIR, S_ISLNK, S_ISREG, S_ISSOCK, S_ISBLK, S_ISCHR, S_ISFIFO

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath",
           "Path", "PosixPath", "WindowsPath"]

_IGNORED_ERRNOS = (ENOENT, ENOTDIR, EBADF, ELOOP)


def _quietly(func, *args, ignore=OSError):
    """Call func(*args); False if it raised ignore, else True."""
    try:
        func(*args)
    except ignore:
        return False
    return True


def _ignorable(e):
    # Errors that mean "no such file" for the is_*() and exists() tests.
    return getattr(e, 'errno', None) in _IGNORED_ERRNOS or getattr(e, 'winerror', None) in (21, 123, 1921)


def _split_posix(text):
    """(root, parts) of one POSIX path string: root is '', '/' or '//'
    (exactly two leading slashes are kept, as POSIX allows); parts are
    the non-empty components other than '.'."""
    if text.startswith('/'):
        stripped = text.lstrip('/')
        root = '//' if len(text) - len(stripped) == 2 else '/'
    else:
        stripped, root = text, ''
    return root, [p for p in stripped.split('/') if p and p != '.']


def _parse_args(args):
    """(root, parts) of the joined arguments: an absolute one discards
    what came before it."""
    root, parts = '', []
    for a in args:
        if isinstance(a, PurePath):
            a_root, a_parts = a._root, list(a._tail)
        else:
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError(
                    "argument should be a str object or an os.PathLike "
                    "object returning str, not %r" % type(a))
            a_root, a_parts = _split_posix(a)
        if a_root:
            root, parts = a_root, a_parts
        else:
            parts.extend(a_parts)
    return root, parts


class _Parents:
    """The ancestors of a path, nearest first (path.parents)."""

    __slots__ = ('_path', '_root', '_tail')

    def __init__(self, path):
        self._path = path
        self._root = path._root
        self._tail = path._tail

    def __len__(self):
        return self._count()

    def __getitem__(self, idx):
        n = self._count()
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(n)))
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        return self._path._from(self._root, self._tail[:-idx - 1])

    def _count(self):
        # Every proper prefix of the tail; for a relative path that
        # includes the empty one ('.').
        return len(self._tail)

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)



class PurePath:
    """A path name, without file system access. PurePath(...) makes a
    PurePosixPath here. Arguments are joined as os.path.join does."""

    __slots__ = ('_root', '_tail', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        root, parts = _parse_args(args)
        return cls._from(root, parts)

    @classmethod
    def _from(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._tail = tuple(parts)
        return self

    def _derive(self, root, parts):
        return type(self)._from(root, parts)

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            s = self._root + '/'.join(self._tail)
            self._str = s or '.'
            return self._str

    # On POSIX the file-system form and the slash form are the text
    # (through __str__, so a subclass overriding it is followed).
    def __fspath__(self):
        return self.__str__()

    def as_posix(self):
        """The path with forward slashes."""
        return self.__str__()

    def __bytes__(self):
        return os.fsencode(self.__str__())

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.as_posix())

    def as_uri(self):
        """The path as a file: URI (absolute paths only)."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = b"/ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~"
        out = []
        for b in bytes(self):
            out.append(chr(b) if b in safe else '%%%02X' % b)
        return 'file://' + ''.join(out)

    @property
    def _key(self):
        return (self._root, self._tail)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key == other._key

    def __hash__(self):
        # Cached in a slot: paths are immutable.
        if not hasattr(self, '_hash'):
            self._hash = hash(self.__str__())
        return self._hash

    def _order(self, other):
        if not isinstance(other, PurePath):
            return None
        return list(self.parts), list(other.parts)

    def __lt__(self, other):
        k = self._order(other)
        return NotImplemented if k is None else k[0] < k[1]

    def __le__(self, other):
        k = self._order(other)
        return NotImplemented if k is None else k[0] <= k[1]

    def __gt__(self, other):
        k = self._order(other)
        return NotImplemented if k is None else k[0] > k[1]

    def __ge__(self, other):
        k = self._order(other)
        return NotImplemented if k is None else k[0] >= k[1]

    drive = property(lambda self: '', doc="The drive: always empty on POSIX.")
    root = property(lambda self: self._root, doc="The root: '/', '//' or ''.")

    @property
    def anchor(self):
        """Drive and root together."""
        return self._root

    @property
    def parts(self):
        """The components, the anchor first when there is one."""
        if self._root:
            return (self._root,) + self._tail
        return self._tail

    @property
    def name(self):
        """The last component, '' when there is none."""
        return self._tail[-1] if self._tail else ''

    def _stem_and_suffix(self):
        # A leading dot (".bashrc") or a trailing one ("a.") does not
        # start a suffix.
        last = self.name
        dot = last.rfind('.')
        if dot <= 0 or dot == len(last) - 1:
            return last, ''
        return last[:dot], last[dot:]

    @property
    def suffix(self):
        """The extension of the last component ('.py'), or ''."""
        return self._stem_and_suffix()[1]

    @property
    def suffixes(self):
        """Every extension of the last component (['.tar', '.gz'])."""
        last = self.name
        if last[-1:] == '.':
            return []
        pieces = last.lstrip('.').split('.')
        return ['.' + piece for piece in pieces[1:]]

    @property
    def stem(self):
        """The last component without its suffix."""
        return self._stem_and_suffix()[0]

    def with_name(self, name):
        """The path with its last component replaced."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        root, parts = _split_posix(name)
        if root or not parts or parts[-1] != name:
            raise ValueError("Invalid name %r" % (name,))
        return self._derive(self._root, self._tail[:-1] + (name,))

    def with_stem(self, stem):
        """The path with the stem of its last component replaced."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """The path with its suffix changed (added when it has none,
        removed when suffix is '')."""
        if '/' in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = name[:-len(old)] + suffix if old else name + suffix
        return self._derive(self._root, self._tail[:-1] + (name,))

    def relative_to(self, *other):
        """The path relative to other: ValueError when it is not below
        it."""
        if not other:
            raise TypeError("need at least one argument")
        root, parts = _parse_args(other)
        n = len(parts)
        if (self._root != root) or self._tail[:n] != tuple(parts):
            formatted = (root + '/'.join(parts)) or '.'
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), formatted))
        return self._derive('', self._tail[n:])

    def is_relative_to(self, *other):
        """Whether the path is below other."""
        try:
            self.relative_to(*other)
        except ValueError:
            return False
        return True

    @property
    def parent(self):
        """The path without its last component."""
        if not self._tail:
            return self
        return self._derive(self._root, self._tail[:-1])

    @property
    def parents(self):
        """The ancestors, nearest first."""
        return _Parents(self)

    def joinpath(self, *args):
        """The path with the arguments joined to it."""
        return self._from_args((self,) + args)

    def __truediv__(self, key):
        return self._join_or_not_implemented((self, key))

    def __rtruediv__(self, key):
        return self._join_or_not_implemented((key, self))

    def _join_or_not_implemented(self, args):
        # The / operator gives other operand types their turn.
        try:
            joined = self._from_args(args)
        except TypeError:
            return NotImplemented
        return joined

    def is_absolute(self):
        """Whether the path has a root."""
        return bool(self._root)

    def is_reserved(self):
        """Always False: POSIX reserves no names."""
        return False

    def match(self, path_pattern):
        """Whether the path matches a glob-style pattern, compared from
        the right (an absolute pattern must match the whole path)."""
        root, pat = _split_posix(path_pattern)
        if not root and not pat:
            raise ValueError("empty pattern")
        if root and root != self._root:
            return False
        parts = self.parts
        if root:
            pat = [root] + pat
            if len(pat) != len(parts):
                return False
        elif len(pat) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pat)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    """A pure path with POSIX semantics."""
    __slots__ = ()


class PureWindowsPath(PurePath):
    """Windows paths are not supported by gilpy (see docs/deviations.md)."""
    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError("gilpy does not implement Windows path semantics (PureWindowsPath)")


class Path(PurePath):
    """A path with file system operations. Path(...) makes a PosixPath
    here."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    def _child(self, name):
        return self._derive(self._root, self._tail + (name,))

    # Using a path as a context manager does nothing; 3.11 warns that
    # it will go away.
    def __enter__(self):
        warnings.warn("pathlib.Path.__enter__() is deprecated and scheduled "
                      "for removal in Python 3.13; Path objects as a context "
                      "manager is a no-op", DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, *exc_info):
        return None

    @classmethod
    def cwd(cls):
        """The current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls("~").expanduser()

    def samefile(self, other_path):
        """Whether other_path is the same file."""
        mine = self.stat()
        # other_path may be anything with a stat() method, else a name.
        stat_of = getattr(other_path, 'stat', None)
        if stat_of is None:
            stat_of = type(self)(other_path).stat
        return os.path.samestat(mine, stat_of())

    def iterdir(self):
        """The paths of the directory's entries."""
        for name in os.listdir(self):
            yield self._child(name)

    def glob(self, pattern):
        """The paths below this one matching the pattern (** matches
        any number of directories)."""
        sys.audit("pathlib.Path.glob", self, pattern)
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        root, parts = _split_posix(pattern)
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern.endswith('/'):
            parts.append('')
        yield from _select(self, parts, set())

    def rglob(self, pattern):
        """glob() with '**/' before the pattern."""
        sys.audit("pathlib.Path.rglob", self, pattern)
        root, parts = _split_posix(pattern)
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern.endswith('/'):
            parts.append('')
        yield from _select(self, ['**'] + parts, set())

    def absolute(self):
        """The path made absolute with the working directory (without
        resolving '..' or links)."""
        if self.is_absolute():
            return self
        return self._from_args((os.getcwd(), self))

    def resolve(self, strict=False):
        """The absolute path with links and '..' resolved; with strict,
        FileNotFoundError when it does not exist."""
        def loop_check(e):
            if getattr(e, 'errno', None) == ELOOP:
                raise RuntimeError("Symlink loop from %r" % e.filename)
        try:
            s = os.path.realpath(self, strict=strict)
        except OSError as e:
            loop_check(e)
            raise
        p = self._from_args((s,))
        if not strict:
            try:
                p.stat()
            except OSError as e:
                loop_check(e)
        return p

    def stat(self, *, follow_symlinks=True):
        """os.stat of the path."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        """os.lstat of the path."""
        return self.stat(follow_symlinks=False)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """open() of the path."""
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """The file's contents as bytes."""
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """The file's contents as str."""
        encoding = io.text_encoding(encoding)
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Replace the file's contents with data; the count written."""
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Replace the file's contents with the text data; the count
        written."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        encoding = io.text_encoding(encoding)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        """The path a symbolic link points to."""
        return self._from_args((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file, or update its times when it exists."""
        # An existing file only has its times set; if that fails for
        # any reason, creating it below reports the real problem.
        if exist_ok and _quietly(os.utime, self, None):
            return
        create = os.O_WRONLY | os.O_CREAT | (0 if exist_ok else os.O_EXCL)
        os.close(os.open(self, create, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the directory (and missing parents with parents)."""
        try:
            os.mkdir(self, mode)
            return
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
        except OSError:
            # Already there is fine with exist_ok, if it is a directory.
            if exist_ok and self.is_dir():
                return
            raise
        # An ancestor is missing: make the chain (with default
        # permissions), then the leaf with mode.
        self.parent.mkdir(parents=True, exist_ok=True)
        self.mkdir(mode, parents=False, exist_ok=exist_ok)

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the permission bits."""
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        """chmod of a link itself."""
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove the file (a missing one is fine with missing_ok)."""
        if missing_ok:
            _quietly(os.unlink, self, ignore=FileNotFoundError)
        else:
            os.unlink(self)

    def rmdir(self):
        """Remove the empty directory."""
        os.rmdir(self)

    def rename(self, target):
        """Rename to target and return the new path."""
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        """Rename to target, replacing it, and return the new path."""
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symbolic link to target."""
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """Create this path as another name (a hard link) for the file target."""
        os.link(target, self)

    def _mode_test(self, test, follow=True):
        mode = self._mode_or_none(follow)
        return mode is not None and test(mode)

    def _mode_or_none(self, follow=True):
        # The file's mode, or None when the name leads nowhere (missing,
        # a non-directory in the middle, a link loop, a NUL in the name).
        try:
            info = self.stat(follow_symlinks=follow)
        except ValueError:
            return None
        except OSError as e:
            if _ignorable(e):
                return None
            raise
        return info.st_mode

    def exists(self):
        """Whether the path names an existing file (links followed)."""
        return self._mode_or_none() is not None

    def is_dir(self):
        return self._mode_test(S_ISDIR)

    def is_file(self):
        return self._mode_test(S_ISREG)

    def is_symlink(self):
        return self._mode_test(S_ISLNK, follow=False)

    def is_socket(self):
        return self._mode_test(S_ISSOCK)

    def is_fifo(self):
        return self._mode_test(S_ISFIFO)

    def is_block_device(self):
        return self._mode_test(S_ISBLK)

    def is_char_device(self):
        return self._mode_test(S_ISCHR)

    def is_mount(self):
        """Whether the path is a mount point."""
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent_st = self.parent.stat()
        except OSError:
            return False
        st = self.stat()
        if st.st_dev != parent_st.st_dev:
            return True
        return st.st_ino == parent_st.st_ino

    def expanduser(self):
        """The path with a leading ~ or ~user expanded."""
        if not self._root and self._tail and self._tail[0][:1] == '~':
            home = os.path.expanduser(self._tail[0])
            if home[:1] == '~':
                raise RuntimeError("Could not determine home directory.")
            return self._from_args((home,) + self._tail[1:])
        return self


def _select(path, parts, seen):
    """The paths below path matching the pattern components parts."""
    if not parts:
        if path not in seen:
            seen.add(path)
            yield path
        return
    head, rest = parts[0], parts[1:]
    if head == '':
        # A trailing slash: directories only.
        if path.is_dir():
            yield from _select(path, rest, seen)
        return
    if head == '**':
        while rest and rest[0] == '**':
            rest = rest[1:]
        for d in _walk_dirs(path):
            if rest:
                yield from _select(d, rest, seen)
            elif d not in seen:
                seen.add(d)
                yield d
        return
    if not glob_magic(head):
        child = path._child(head)
        if (child.is_dir() if rest else child.exists()):
            yield from _select(child, rest, seen)
        return
    try:
        with os.scandir(path) as it:
            entries = list(it)
    except PermissionError:
        return
    except OSError as e:
        if _ignorable(e):
            return
        raise
    for entry in entries:
        if rest:
            try:
                if not entry.is_dir():
                    continue
            except OSError as e:
                if not _ignorable(e):
                    raise
                continue
        if fnmatch.fnmatchcase(entry.name, head):
            yield from _select(path._child(entry.name), rest, seen)


def _walk_dirs(path):
    yield path
    try:
        with os.scandir(path) as it:
            entries = list(it)
    except PermissionError:
        return
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError as e:
            if not _ignorable(e):
                raise
            is_dir = False
        if is_dir and not entry.is_symlink():
            yield from _walk_dirs(path._child(entry.name))


def glob_magic(s):
    return any(c in s for c in '*?[')


class PosixPath(Path, PurePosixPath):
    """A path on a POSIX system, with file system operations."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Not available on this system."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
