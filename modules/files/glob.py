"""Path names matching shell wildcards (see fnmatch), like the shell's
expansion of *.py: glob() lists them, iglob() yields them.

Names starting with a dot are matched only by a pattern component that
starts with a dot, unless include_hidden is true. With recursive true,
a component that is exactly ** matches any number of directories
(including none). Results come in the order the directories list them.
"""

import os
import sys
import fnmatch
import itertools

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """The list of path names that match pathname (relative to root_dir
    when given)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """An iterator over the path names that match pathname."""
    sys.audit("glob.glob", pathname, recursive)
    sys.audit("glob.glob/2", pathname, recursive, root_dir, dir_fd)
    if dir_fd is not None:
        raise NotImplementedError("glob: dir_fd is not supported (gilpy's os has no descriptor-relative calls)")
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    results = _walk(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _is_recursive(pathname[:2]):
        # A leading ** matches the empty path too, which is not a result.
        try:
            first = next(results)
        except StopIteration:
            return iter(())
        if first:
            results = itertools.chain((first,), results)
    return results


def _walk(pattern, root, recursive, dirs_only, hidden):
    head, tail = os.path.split(pattern)
    if not has_magic(pattern):
        # Nothing to expand: the name itself, if it is there.
        if tail:
            if os.path.lexists(_join(root, pattern)):
                yield pattern
        elif os.path.isdir(_join(root, head)):
            yield pattern
        return
    if not head:
        if recursive and _is_recursive(tail):
            yield from _everything_below(root, tail, dirs_only, hidden)
        else:
            yield from _matching(root, tail, dirs_only, hidden)
        return
    if head != pattern and has_magic(head):
        parents = _walk(head, root, recursive, True, hidden)
    else:
        parents = [head]
    if not has_magic(tail):
        step = _exact
    elif recursive and _is_recursive(tail):
        step = _everything_below
    else:
        step = _matching
    for parent in parents:
        for name in step(_join(root, parent), tail, dirs_only, hidden):
            yield os.path.join(parent, name)


def _matching(directory, pattern, dirs_only, hidden):
    names = _names_in(directory, dirs_only)
    if not (hidden or _is_hidden(pattern)):
        names = [n for n in names if not _is_hidden(n)]
    return fnmatch.filter(names, pattern)


def _exact(directory, name, dirs_only, hidden):
    if name:
        if os.path.lexists(_join(directory, name)):
            return [name]
    elif os.path.isdir(directory):
        return [name]
    return []


def _everything_below(directory, pattern, dirs_only, hidden):
    yield pattern[:0]
    yield from _descend(directory, dirs_only, hidden)


def _descend(directory, dirs_only, hidden):
    for name in _names_in(directory, dirs_only):
        if hidden or not _is_hidden(name):
            yield name
            below = _join(directory, name) if directory else name
            for sub in _descend(below, dirs_only, hidden):
                yield os.path.join(name, sub)


def _names_in(directory, dirs_only):
    """The names in a directory (only subdirectories when dirs_only);
    nothing when it cannot be listed."""
    if not directory:
        directory = os.curdir if isinstance(directory, str) else bytes(os.curdir, 'ASCII')
    names = []
    try:
        with os.scandir(directory) as entries:
            for entry in entries:
                try:
                    if dirs_only and not entry.is_dir():
                        continue
                except OSError:
                    continue
                name = entry.name
                if isinstance(directory, bytes) and isinstance(name, str):
                    name = os.fsencode(name)
                names.append(name)
    except OSError:
        pass
    return names


def _join(directory, name):
    if not directory or not name:
        return directory or name
    return os.path.join(directory, name)


_MAGIC = '*?['


def has_magic(s):
    """Whether s holds a wildcard character."""
    if isinstance(s, bytes):
        return any(c in b'*?[' for c in s)
    return any(c in _MAGIC for c in s)


def _is_hidden(name):
    return name[0] in ('.', 46)


def _is_recursive(pattern):
    return pattern == ('**' if isinstance(pattern, str) else b'**')


def escape(pathname):
    """pathname with its wildcard characters made literal ([*], [?], [[])."""
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        out = b''.join(b'[' + bytes([c]) + b']' if c in b'*?[' else bytes([c]) for c in rest)
    else:
        out = ''.join('[' + c + ']' if c in _MAGIC else c for c in rest)
    return drive + out


def glob0(dirname, pattern):
    return _exact(dirname, pattern, False, False)


def glob1(dirname, pattern):
    return _matching(dirname, pattern, False, False)
