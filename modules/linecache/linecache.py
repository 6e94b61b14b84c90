"""The lines of source files, cached: getline(filename, lineno) is what
tracebacks and warnings show. gilpy's own library is found as well as
files on disk."""

import sys
from _gilpy_stdlib import source_lines as _source_lines
from _linecache import stat as _stat

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname), or (get_lines,) for lines a
# module's loader gives when asked.
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
    """Drop the cached lines of files whose size or modification time
    changed since they were read (of every file, or only of filename)."""
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for name in filenames:
        entry = cache[name]
        if len(entry) == 1:
            continue  # a lazy entry stays lazy
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue  # lines given by a loader: no file to compare with
        if _stat(fullname) != (size, mtime):
            cache.pop(name, None)


def updatecache(filename, module_globals=None):
    """Read filename into the cache and return its lines; [] when it
    cannot be read. A relative name that is not found as it is is looked
    for in the directories of sys.path."""
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname = filename
    stat = _stat(fullname)
    if stat is None:
        if filename.startswith('/'):
            return []
        for dirname in sys.path:
            if not isinstance(dirname, str):
                continue
            fullname = _join(dirname, filename)
            stat = _stat(fullname)
            if stat is not None:
                break
        else:
            return []
    lines = _source_lines(fullname)
    cache[filename] = (stat[0], stat[1], lines, fullname)
    return lines


def _join(dirname, filename):
    if not dirname:
        return filename
    if dirname.endswith('/'):
        return dirname + filename
    return dirname + '/' + filename


def lazycache(filename, module_globals):
    """Record that filename's lines can be found later; gilpy reads them
    on demand anyway. True when filename is worth caching."""
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    return False
