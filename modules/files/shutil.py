"""Operations on files and directory trees built on os: copying files
with or without their permission bits and times, copying and removing
whole trees, moving, and finding programs on the PATH.

Archives (make_archive, unpack_archive), disk_usage and chown are not
provided: see gilpy's docs/deviations.md.
"""

import fnmatch
import os
import stat
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "ignore_patterns", "which", "get_terminal_size",
           "SameFileError"]

# The chunk size copyfileobj uses when none is given.
COPY_BUFSIZE = 1 << 16


class Error(OSError):
    pass


class SameFileError(Error):
    """Source and destination are the same file."""


class SpecialFileError(OSError):
    """A file that cannot be copied (a named pipe)."""


class ExecError(OSError):
    """A command could not be executed."""


class ReadError(OSError):
    """An archive could not be read."""


class RegistryError(Exception):
    """A problem with the archive format registry."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy the rest of file object fsrc into fdst, length bytes at a time."""
    size = length or COPY_BUFSIZE
    chunk = fsrc.read(size)
    while chunk:
        fdst.write(chunk)
        chunk = fsrc.read(size)


# copytree hands the copy functions os.DirEntry objects, whose cached
# stat results save system calls; these helpers accept either form.

def _stat(f):
    if isinstance(f, os.DirEntry):
        return f.stat()
    return os.stat(f)


def _islink(f):
    if isinstance(f, os.DirEntry):
        return f.is_symlink()
    return os.path.islink(f)


def _same_file(src, dst):
    """True when src and dst name one existing file; False when they do
    not or either cannot be examined."""
    try:
        if isinstance(src, os.DirEntry):
            return os.path.samestat(src.stat(), os.stat(dst))
        return os.path.samefile(src, dst)
    except OSError:
        return False


def _refuse_pipes(*paths):
    for p in paths:
        try:
            mode = _stat(p).st_mode
        except OSError:
            continue
        if stat.S_ISFIFO(mode):
            shown = p.path if isinstance(p, os.DirEntry) else p
            raise SpecialFileError("`%s` is a named pipe" % shown)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of src to dst (data only) and return dst. With
    follow_symlinks false, a symbolic link is copied as a new link."""
    sys.audit("shutil.copyfile", src, dst)
    if _same_file(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    _refuse_pipes(src, dst)
    if _islink(src) and not follow_symlinks:
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as reader:
        try:
            writer = open(dst, 'wb')
        except IsADirectoryError as err:
            # Opening 'missing/' fails as a directory error; say what is
            # really wrong when the name does not exist at all.
            if os.path.exists(dst):
                raise
            raise FileNotFoundError(f'Directory does not exist: {dst}') from err
        with writer:
            copyfileobj(reader, writer)
    return dst


def _links_on_both_sides(src, dst, follow_symlinks):
    # When not following links and both ends are links, there is nothing
    # to copy: Linux links have no permission bits or settable times.
    return not follow_symlinks and _islink(src) and os.path.islink(dst)


def copymode(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits of src."""
    sys.audit("shutil.copymode", src, dst)
    if not _links_on_both_sides(src, dst, follow_symlinks):
        os.chmod(dst, stat.S_IMODE(_stat(src).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits and the access and modification
    times of src."""
    sys.audit("shutil.copystat", src, dst)
    if _links_on_both_sides(src, dst, follow_symlinks):
        return
    info = _stat(src)
    os.utime(dst, ns=(info.st_atime_ns, info.st_mtime_ns))
    os.chmod(dst, stat.S_IMODE(info.st_mode))


def _copy_then(metadata, src, dst, follow_symlinks):
    # copy and copy2 differ only in what they copy after the data.
    target = os.path.join(dst, os.path.basename(src)) if os.path.isdir(dst) else dst
    copyfile(src, target, follow_symlinks=follow_symlinks)
    metadata(src, target, follow_symlinks=follow_symlinks)
    return target


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and permission bits; dst may be a directory, where the
    copy gets src's base name. Returns the path of the copy."""
    return _copy_then(copymode, src, dst, follow_symlinks)


def copy2(src, dst, *, follow_symlinks=True):
    """copy, and the times too."""
    return _copy_then(copystat, src, dst, follow_symlinks)


def ignore_patterns(*patterns):
    """An ignore function for copytree that skips the names matching any
    of the glob-style patterns."""
    def ignored(path, names):
        return {n for pat in patterns for n in fnmatch.filter(names, pat)}
    return ignored


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the directory tree at src to dst (created, with missing
    parents; it must not exist unless dirs_exist_ok) and return dst.

    Symbolic links are copied as links when symlinks is true, else what
    they point to is copied. ignore(dir, names) may return names to skip.
    Failures are collected and raised together as Error at the end.
    """
    sys.audit("shutil.copytree", src, dst)
    with os.scandir(src) as listing:
        entries = list(listing)
    options = (symlinks, ignore, copy_function, ignore_dangling_symlinks,
               dirs_exist_ok)
    return _TreeCopy(src, dst, options).run(entries)


class _TreeCopy:
    """One directory level of a copytree call; subdirectories recurse
    through copytree itself so each level is audited."""

    def __init__(self, src, dst, options):
        self.src, self.dst, self.options = src, dst, options
        (self.symlinks, self.ignore, self.copier,
         self.skip_dangling, self.exist_ok) = options
        # The standard copiers understand DirEntry objects; others get
        # plain paths.
        self.entries_ok = self.copier in (copy2, copy)
        self.failures = []

    def run(self, entries):
        if self.ignore is None:
            skipped = set()
        else:
            skipped = self.ignore(os.fspath(self.src), [e.name for e in entries])
        os.makedirs(self.dst, exist_ok=self.exist_ok)
        for entry in entries:
            if entry.name not in skipped:
                self._one(entry)
        try:
            copystat(self.src, self.dst)
        except OSError as why:
            self.failures.append((self.src, self.dst, str(why)))
        if self.failures:
            raise Error(self.failures)
        return self.dst

    def _subtree(self, from_path, to_path):
        copytree(from_path, to_path, *self.options)

    def _one(self, entry):
        from_path = os.path.join(self.src, entry.name)
        to_path = os.path.join(self.dst, entry.name)
        handed = entry if self.entries_ok else from_path
        try:
            directory = entry.is_dir()
            if not entry.is_symlink():
                if directory:
                    self._subtree(from_path, to_path)
                else:
                    self.copier(handed, to_path)
                return
            target = os.readlink(from_path)
            if self.symlinks:
                os.symlink(target, to_path)
                copystat(handed, to_path, follow_symlinks=False)
                return
            if self.skip_dangling and not os.path.exists(
                    os.path.join(os.path.dirname(from_path), target)):
                return
            if directory:
                self._subtree(from_path, to_path)
            else:
                self.copier(handed, to_path)
        except Error as err:
            self.failures.extend(err.args[0])
        except OSError as why:
            self.failures.append((from_path, to_path, str(why)))


def _error_policy(ignore_errors, onerror):
    """The function rmtree reports failures to."""
    if ignore_errors:
        return lambda *details: None
    if onerror is not None:
        return onerror

    def reraise(*details):
        raise
    return reraise


def rmtree(path, ignore_errors=False, onerror=None):
    """Remove a directory tree. Errors are ignored when ignore_errors is
    true, passed to onerror(function, path, exc_info) when it is given,
    and raised otherwise. path must not be a symbolic link."""
    sys.audit("shutil.rmtree", path, None)
    report = _error_policy(ignore_errors, onerror)
    try:
        mode = os.lstat(path).st_mode
    except Exception:
        report(os.lstat, path, sys.exc_info())
        return
    if stat.S_ISLNK(mode):
        # Following a link here would delete a tree outside the one named.
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError:
            report(os.path.islink, path, sys.exc_info())
        return
    _remove_tree(path, report)


def _remove_tree(path, report):
    # Contents first (directories recursively, never through links),
    # then the directory itself; each failure goes to report.
    try:
        with os.scandir(path) as listing:
            entries = list(listing)
    except OSError as err:
        err.filename = path
        report(os.scandir, path, sys.exc_info())
        entries = ()
    for entry in entries:
        try:
            subdir = entry.is_dir(follow_symlinks=False)
        except OSError:
            subdir = False
        if subdir:
            _remove_tree(entry.path, report)
            continue
        try:
            os.unlink(entry.path)
        except OSError:
            report(os.unlink, entry.path, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        report(os.rmdir, path, sys.exc_info())


rmtree.avoids_symlink_attacks = False


def _last_component(path):
    # move's target name: the last component, ignoring trailing slashes.
    sep = b'/' if isinstance(path, bytes) else os.sep
    return os.path.basename(path.rstrip(sep))


def _is_within(src, dst):
    # Compared with a trailing separator so /a/bc is not inside /a/b.
    def dir_form(p):
        p = os.path.abspath(p)
        return p if p.endswith(os.sep) else p + os.sep
    return dir_form(dst).startswith(dir_form(src))


def _move_by_copying(src, dst, real_dst, copy_function):
    if os.path.islink(src):
        os.symlink(os.readlink(src), real_dst)
        os.unlink(src)
    elif os.path.isdir(src):
        if _is_within(src, dst):
            raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
        copytree(src, real_dst, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, real_dst)
        os.unlink(src)


def move(src, dst, copy_function=copy2):
    """Move a file or directory tree to dst, by renaming when possible,
    else by copying and removing. If dst is a directory, src goes inside
    it. Returns the new path."""
    sys.audit("shutil.move", src, dst)
    final = dst
    if os.path.isdir(dst):
        if _same_file(src, dst):
            # Renaming a directory onto itself (say, a case change on a
            # case-insensitive system): rename and report nothing.
            os.rename(src, dst)
            return None
        final = os.path.join(dst, _last_component(os.fspath(src)))
        if os.path.exists(final):
            raise Error("Destination path '%s' already exists" % final)
    try:
        os.rename(src, final)
    except OSError:
        # Another file system, or a rename the system refuses.
        _move_by_copying(src, dst, final, copy_function)
    return final


def _runnable(path, mode):
    return (os.path.exists(path) and os.access(path, mode)
            and not os.path.isdir(path))


def _search_path(path):
    # PATH, else the system's default search path.
    if path is not None:
        return path
    found = os.environ.get("PATH", None)
    if found is not None:
        return found
    try:
        return os.confstr("CS_PATH")
    except (AttributeError, ValueError):
        return os.defpath


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the program cmd would run (found along path, by
    default the PATH variable), or None."""
    if os.path.dirname(cmd):
        # A name with a directory part is not searched for.
        return cmd if _runnable(cmd, mode) else None
    path = _search_path(path)
    if not path:
        return None
    if isinstance(cmd, bytes):
        dirs = os.fsencode(path).split(os.fsencode(os.pathsep))
    else:
        dirs = os.fsdecode(path).split(os.pathsep)
    tried = set()
    for d in dirs:
        key = os.path.normcase(d)
        if key in tried:
            continue
        tried.add(key)
        candidate = os.path.join(d, cmd)
        if _runnable(candidate, mode):
            return candidate
    return None


def _positive_env(name):
    # The variable's value as an int, or 0 when unset or not a number.
    try:
        return int(os.environ[name])
    except (KeyError, ValueError):
        return 0


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size as os.terminal_size: the COLUMNS and LINES
    variables when set and positive, else what the terminal of
    sys.__stdout__ says, else fallback."""
    size = [_positive_env('COLUMNS'), _positive_env('LINES')]
    if min(size) > 0:
        return os.terminal_size(tuple(size))
    try:
        measured = os.get_terminal_size(sys.__stdout__.fileno())
    except (AttributeError, ValueError, OSError):
        measured = os.terminal_size(fallback)
    for i in (0, 1):
        if size[i] <= 0:
            size[i] = measured[i] or fallback[i]
    return os.terminal_size(tuple(size))
