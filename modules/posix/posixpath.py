"""Operations on POSIX path names; os.path is this module.

Every function takes str or bytes (or an os.PathLike object giving one)
and returns the same kind.
"""

import genericpath
import os
import stat
import sys
# exists, isdir, getsize, samefile... are shared with other systems.
from genericpath import *

# The fixed names and separators of POSIX paths.
sep, altsep, pathsep = '/', None, ':'
curdir, pardir, extsep = '.', '..', '.'
defpath, devnull = '/bin:/usr/bin', '/dev/null'

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir",
           "isfile", "ismount", "expanduser", "expandvars", "normpath",
           "abspath", "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep",
           "extsep", "devnull", "realpath", "supports_unicode_filenames",
           "relpath", "commonpath"]

supports_unicode_filenames = (sys.platform == 'darwin')


def _get_sep(path):
    return b'/' if isinstance(path, bytes) else '/'


def normcase(s):
    """Case is significant on POSIX: the path unchanged."""
    return os.fspath(s)


def isabs(s):
    """Whether the path is absolute (starts with a slash)."""
    s = os.fspath(s)
    return s.startswith(_get_sep(s))


def join(a, *p):
    """Join path components: a component that is absolute discards what
    came before it; a separator is inserted where needed."""
    a = os.fspath(a)
    sep = _get_sep(a)
    try:
        # Only the components from the last absolute one on count.
        kept = [a]
        for b in p:
            b = os.fspath(b)
            if b.startswith(sep):
                kept = [b]
            else:
                kept.append(b)
        result = kept[0]
        for b in kept[1:]:
            if result and not result.endswith(sep):
                result += sep
            result += b
    except (TypeError, AttributeError, BytesWarning):
        genericpath._check_arg_types('join', a, *p)
        raise
    return result


def split(p):
    """Split into (head, tail): tail is what follows the last slash;
    head keeps its trailing slashes only when it is all slashes."""
    p = os.fspath(p)
    sep = _get_sep(p)
    cut = p.rfind(sep) + 1
    head, tail = p[:cut], p[cut:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Split into (root, ext), ext being the last extension with its dot
    (empty when there is none; a leading dot does not start one)."""
    p = os.fspath(p)
    if isinstance(p, bytes):
        return genericpath._splitext(p, b'/', None, b'.')
    return genericpath._splitext(p, '/', None, '.')




def splitdrive(p):
    """POSIX has no drives: (empty, p)."""
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    """The final component of a path."""
    p = os.fspath(p)
    return p[p.rfind(_get_sep(p)) + 1:]


def dirname(p):
    """The directory part of a path."""
    return split(p)[0]


def _lstat_or_none(path, also=()):
    # os.lstat(path), or None when the name leads nowhere (missing, not
    # representable, or one of the also exception types).
    try:
        return os.lstat(path)
    except (OSError, ValueError) + also:
        return None


def islink(path):
    """Whether path is a symbolic link (False when it does not exist)."""
    found = _lstat_or_none(path, (AttributeError,))
    return found is not None and stat.S_ISLNK(found.st_mode)


def lexists(path):
    """Whether path exists, a broken symbolic link counting."""
    return _lstat_or_none(path) is not None


def ismount(path):
    """Whether path is a mount point."""
    st = _lstat_or_none(path)
    if st is None or stat.S_ISLNK(st.st_mode):
        return False
    path = os.fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    up = _lstat_or_none(realpath(parent))
    if up is None:
        return False
    # Another device above, or the root (whose parent is itself).
    return st.st_dev != up.st_dev or st.st_ino == up.st_ino


def expanduser(path):
    """Replace a leading ~ or ~user by that user's home directory."""
    path = os.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _get_sep(path)
    user, slash, rest = path[1:].partition(sep)
    home = _home_directory(user)
    if home is None:
        return path
    if isinstance(path, bytes):
        home = os.fsencode(home)
    # A home of "/" (or "") must not give "//x": drop its trailing slashes
    # and fall back on the root when nothing is left.
    return (home.rstrip(sep) + slash + rest) or sep


def _home_directory(user):
    # The home directory of user (str or bytes; empty: the current user),
    # or None when it cannot be found. $HOME answers for the current user;
    # the password database, when there is one, for the others.
    if not user and 'HOME' in os.environ:
        return os.environ['HOME']
    try:
        import pwd
    except ImportError:
        return None
    try:
        if not user:
            return pwd.getpwuid(os.getuid()).pw_dir
        if isinstance(user, bytes):
            user = str(user, 'ASCII')
        return pwd.getpwnam(user).pw_dir
    except KeyError:
        return None


def _is_name_char(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z') or ('0' <= c <= '9')


def expandvars(path):
    """Replace $name and ${name} by the environment variable's value;
    names of variables that are not set stay as they are."""
    path = os.fspath(path)
    asbytes = isinstance(path, bytes)
    if asbytes:
        if b'$' not in path:
            return path
        text = path.decode('latin-1')
        env = getattr(os, 'environb', None)
    else:
        if '$' not in path:
            return path
        text = path
        env = os.environ
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        # $name or ${anything but a brace}
        j = i + 1
        name = None
        if j < n and text[j] == '{':
            close = text.find('}', j + 1)
            if close >= 0:
                name, end = text[j + 1:close], close + 1
        else:
            k = j
            while k < n and _is_name_char(text[k]):
                k += 1
            if k > j:
                name, end = text[j:k], k
        if name is None:
            out.append(c)
            i += 1
            continue
        try:
            if asbytes:
                if env is None:
                    value = os.fsencode(os.environ[os.fsdecode(name.encode('latin-1'))])
                else:
                    value = env[name.encode('latin-1')]
                value = value.decode('latin-1')
            else:
                value = env[name]
        except KeyError:
            out.append(text[i:end])
        else:
            out.append(value)
        i = end
    result = ''.join(out)
    return result.encode('latin-1') if asbytes else result


def normpath(path):
    """Collapse redundant separators and up-level references: A//B,
    A/./B and A/foo/../B all become A/B. Symbolic links are not looked at,
    so this may change what the path means."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep, dot, dotdot, empty = b'/', b'.', b'..', b''
    else:
        sep, dot, dotdot, empty = '/', '.', '..', ''
    if path == empty:
        return dot
    # POSIX gives two leading slashes a meaning of their own; more than
    # two are one.
    lead = 0
    if path.startswith(sep):
        lead = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    parts = []
    for comp in path.split(sep):
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not lead and not parts) or (parts and parts[-1] == dotdot):
            parts.append(comp)
        elif parts:
            parts.pop()
    result = sep * lead + sep.join(parts)
    return result or dot


def abspath(path):
    """The absolute, normalized version of path."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path of filename: absolute, with every symbolic link
    resolved. With strict, a component that does not exist, or a link
    loop, raises OSError; otherwise what cannot be resolved is kept as it
    is."""
    filename = os.fspath(filename)
    path, ok = _resolve_links(filename[:0], filename, strict, {})
    return abspath(path)


def _resolve_links(path, rest, strict, seen):
    # Walk rest's components onto path (already resolved), expanding the
    # links met. seen maps each link being or having been expanded to its
    # result (None while it is being expanded, which is how a loop shows).
    # Returns (path, False) when a loop stopped the walk.
    if isinstance(path, bytes):
        sep, curdir, pardir = b'/', b'.', b'..'
    else:
        sep, curdir, pardir = '/', '.', '..'
    if rest.startswith(sep):
        # An absolute target restarts from the root.
        path, rest = sep, rest[1:]
    while rest:
        name, _, rest = rest.partition(sep)
        if name in (curdir, sep[:0]):
            continue
        if name == pardir:
            path = _up_one(path, pardir)
            continue
        candidate = join(path, name)
        if not _names_link(candidate, strict):
            path = candidate
            continue
        if candidate in seen:
            done = seen[candidate]
            if done is not None:
                path = done
                continue
            if strict:
                os.stat(candidate)  # raises the loop error
            return join(candidate, rest), False
        seen[candidate] = None
        path, ok = _resolve_links(path, os.readlink(candidate), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[candidate] = path
    return path, True


def _up_one(path, pardir):
    # path with its last component dropped; a path that is empty or
    # already climbs out ('..', '../..') climbs one level more.
    if not path:
        return pardir
    head, last = split(path)
    return join(head, pardir, pardir) if last == pardir else head


def _names_link(candidate, strict):
    # Whether candidate is a symbolic link; one that cannot be examined
    # is not, unless strict, where the error is raised.
    try:
        mode = os.lstat(candidate).st_mode
    except OSError:
        if strict:
            raise
        return False
    return stat.S_ISLNK(mode)


def relpath(path, start=None):
    """path relative to start (the current directory by default)."""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    sep = _get_sep(path)
    dot = b'.' if isinstance(path, bytes) else '.'
    dotdot = dot + dot
    start = dot if start is None else os.fspath(start)
    try:
        here = _components(abspath(start), sep)
        there = _components(abspath(path), sep)
        shared = 0
        while shared < min(len(here), len(there)) and here[shared] == there[shared]:
            shared += 1
        steps = [dotdot] * (len(here) - shared) + there[shared:]
        return sep.join(steps) if steps else dot
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        genericpath._check_arg_types('relpath', path, start)
        raise


def _components(path, sep):
    # The non-empty names of a path, in order.
    return [name for name in path.split(sep) if name]


def commonpath(paths):
    """The longest common sub-path of the paths."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    sep = _get_sep(paths[0])
    dot = b'.' if isinstance(paths[0], bytes) else '.'
    try:
        # Split every path first: a str among bytes fails here, before
        # the absolute/relative check, as it does in CPython.
        names = [[c for c in p.split(sep) if c and c != dot] for p in paths]
        rooted = {p.startswith(sep) for p in paths}
        if len(rooted) > 1:
            raise ValueError("Can't mix absolute and relative paths")
        first = names[0]
        n = min(map(len, names))
        for i in range(n):
            if any(other[i] != first[i] for other in names):
                n = i
                break
        prefix = sep if True in rooted else sep[:0]
        return prefix + sep.join(first[:n])
    except (TypeError, AttributeError):
        genericpath._check_arg_types('commonpath', *paths)
        raise
