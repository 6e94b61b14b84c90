"""Path operations that are the same on every system: os.path uses them."""

import os
import stat

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile', 'samefile', 'sameopenfile',
           'samestat']


def _stat_mode(path):
    # The mode bits os.stat() gives for path (following links), or None
    # when the path cannot be stat'ed: a missing file, a name with a NUL,
    # a permission error on the way.
    try:
        return os.stat(path).st_mode
    except (OSError, ValueError):
        return None


def exists(path):
    """Whether path names an existing file (False for a broken link)."""
    return _stat_mode(path) is not None


def isfile(path):
    """Whether path names a regular file (following links)."""
    mode = _stat_mode(path)
    return mode is not None and stat.S_ISREG(mode)


def isdir(s):
    """Whether s names a directory (following links)."""
    mode = _stat_mode(s)
    return mode is not None and stat.S_ISDIR(mode)


def getsize(filename):
    """The size of a file, from os.stat()."""
    return os.stat(filename).st_size


def getmtime(filename):
    """The time of a file's last modification, from os.stat()."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """The time of a file's last access, from os.stat()."""
    return os.stat(filename).st_atime


def getctime(filename):
    """The time of a file's last metadata change, from os.stat()."""
    return os.stat(filename).st_ctime


def commonprefix(m):
    """The longest leading part every item of m shares, item by item
    (characters for strings, elements for lists)."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    first, last = min(m), max(m)
    # What the smallest and the largest share, all share.
    n = 0
    for a, b in zip(first, last):
        if a != b:
            break
        n += 1
    return first[:n]


def samestat(s1, s2):
    """Whether two stat results describe the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Whether two paths name the same file."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Whether two file descriptors refer to the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def _splitext(p, sep, altsep, extsep):
    # The extension starts at the last extsep after the last separator,
    # unless everything before it in the name is extsep (".bashrc").
    cut = p.rfind(sep)
    if altsep:
        cut = max(cut, p.rfind(altsep))
    dot = p.rfind(extsep)
    if dot > cut:
        for c in p[cut + 1:dot]:
            if c != extsep[0]:
                return p[:dot], p[dot:]
    return p, p[:0]


def _check_arg_types(funcname, *args):
    # Called when a path function failed with a TypeError: raise the
    # TypeError that names the real problem, a non-path argument or str and
    # bytes mixed in one call (and return when it is neither).
    for arg in args:
        if not isinstance(arg, (str, bytes)):
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {type(arg).__name__!r}') from None
    if len({isinstance(arg, bytes) for arg in args}) > 1:
        raise TypeError("Can't mix strings and bytes in path components") from None
