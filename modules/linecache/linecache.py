"""The lines of source files, cached: getline(filename, lineno) is what
tracebacks and warnings show. gilpy's own library is found as well as
files on disk."""

import sys
from _gilpy_stdlib import source_lines as _source_lines
from _linecache import stat as _stat

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname), or (get_lines,) for lines a
# module's loader gives when asked. Other modules read it directly, so
# its shape is part of the interface.
cache = {}


def _is_lazy(entry):
    # A one-item entry holds a loader callback, not lines yet.
    return len(entry) == 1


def _pseudo_name(filename):
    # '', '<string>', '<stdin>'...: code that never came from a file.
    return not filename or filename.startswith('<') and filename.endswith('>')


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line lineno (counting from 1) of filename, with its newline; '' when
    there is no such line."""
    lines = getlines(filename, module_globals)
    if lineno < 1 or lineno > len(lines):
        return ''
    return lines[lineno - 1]


def getlines(filename, module_globals=None):
    """All the lines of filename (cached after the first read); [] when it
    cannot be read."""
    entry = cache.get(filename)
    if entry is not None and not _is_lazy(entry):
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        # Reading a huge file failed: free what the cache holds.
        clearcache()
        return []


def _stale(entry):
    if _is_lazy(entry):
        return False  # a lazy entry stays lazy
    size, mtime, _, fullname = entry
    if mtime is None:
        return False  # lines given by a loader: no file to compare with
    return _stat(fullname) != (size, mtime)


def checkcache(filename=None):
    """Drop the cached lines of files whose size or modification time
    changed since they were read (of every file, or only of filename)."""
    if filename is not None:
        names = [filename] if filename in cache else []
    else:
        names = list(cache)
    for name in names:
        if _stale(cache[name]):
            cache.pop(name, None)


def _locate(filename):
    """(fullname, (size, mtime)) of the file filename means, or None. A
    relative name not found as it is is looked for along sys.path."""
    found = _stat(filename)
    if found is not None:
        return filename, found
    if filename.startswith('/'):
        return None
    for entry in sys.path:
        if not isinstance(entry, str):
            continue
        if not entry:
            candidate = filename
        else:
            candidate = entry + ('' if entry.endswith('/') else '/') + filename
        found = _stat(candidate)
        if found is not None:
            return candidate, found
    return None


def updatecache(filename, module_globals=None):
    """Read filename into the cache and return its lines; [] when it
    cannot be read. A relative name that is not found as it is is looked
    for in the directories of sys.path."""
    old = cache.get(filename)
    if old is not None and not _is_lazy(old):
        del cache[filename]
    if _pseudo_name(filename):
        return []
    where = _locate(filename)
    if where is None:
        return []
    fullname, (size, mtime) = where
    lines = _source_lines(fullname)
    cache[filename] = (size, mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Record that filename's lines can be found later; gilpy reads them
    on demand anyway, so nothing is recorded. True only when a lazy entry
    is already there."""
    entry = cache.get(filename)
    if entry is not None:
        return _is_lazy(entry)
    return False
