"""The lines of source files, cached: getline(filename, lineno) is what
tracebacks and warnings show. gilpy's own library is found as well as
files on disk."""

import sys
from _gilpy_stdlib import source_lines as _source_lines

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname); gilpy keeps the lines only.
cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line lineno (counting from 1) of filename, with its newline; '' when
    there is no such line."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All the lines of filename (cached after the first read); [] when it
    cannot be read."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop cache entries that may be stale (gilpy cannot tell, so only
    lazy entries are kept)."""
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for name in filenames:
        entry = cache[name]
        if len(entry) == 1:
            continue
        cache.pop(name, None)


def updatecache(filename, module_globals=None):
    """Read filename into the cache and return its lines."""
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    lines = _source_lines(filename)
    if not lines:
        return []
    cache[filename] = (None, None, lines, filename)
    return lines


def lazycache(filename, module_globals):
    """Record that filename's lines can be found later; gilpy reads them
    on demand anyway. True when filename is worth caching."""
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    return False
