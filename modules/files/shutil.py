"""Operations on files and directory trees built on os: copying files
with or without their permission bits and times, copying and removing
whole trees, moving, and finding programs on the PATH.

Archives (make_archive, unpack_archive), disk_usage and chown are not
provided: see gilpy's docs/deviations.md.
"""

import os
import sys
import stat
import fnmatch

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "ignore_patterns", "which", "get_terminal_size",
           "SameFileError"]

COPY_BUFSIZE = 64 * 1024


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
    if not length:
        length = COPY_BUFSIZE
    read, write = fsrc.read, fdst.write
    while True:
        chunk = read(length)
        if not chunk:
            break
        write(chunk)


def _same_file(src, dst):
    if isinstance(src, os.DirEntry):
        try:
            return os.path.samestat(src.stat(), os.stat(dst))
        except OSError:
            return False
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def _stat(f):
    return f.stat() if isinstance(f, os.DirEntry) else os.stat(f)


def _islink(f):
    return f.is_symlink() if isinstance(f, os.DirEntry) else os.path.islink(f)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of src to dst (data only) and return dst. With
    follow_symlinks false, a symbolic link is copied as a new link."""
    sys.audit("shutil.copyfile", src, dst)
    if _same_file(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for name in (src, dst):
        try:
            st = _stat(name)
        except OSError:
            continue
        if stat.S_ISFIFO(st.st_mode):
            name = name.path if isinstance(name, os.DirEntry) else name
            raise SpecialFileError("`%s` is a named pipe" % name)
    if not follow_symlinks and _islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as fsrc:
        try:
            with open(dst, 'wb') as fdst:
                copyfileobj(fsrc, fdst)
        except IsADirectoryError as e:
            if not os.path.exists(dst):
                raise FileNotFoundError(f'Directory does not exist: {dst}') from e
            raise
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits of src."""
    sys.audit("shutil.copymode", src, dst)
    if not follow_symlinks and _islink(src) and os.path.islink(dst):
        # Links have no permission bits of their own on Linux.
        return
    st = _stat(src)
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits and the access and modification
    times of src."""
    sys.audit("shutil.copystat", src, dst)
    follow = follow_symlinks or not (_islink(src) and os.path.islink(dst))
    if not follow:
        return
    st = _stat(src)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and permission bits; dst may be a directory, where the
    copy gets src's base name. Returns the path of the copy."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """copy, and the times too."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """An ignore function for copytree that skips the names matching any
    of the glob-style patterns."""
    def ignored(path, names):
        skip = []
        for pattern in patterns:
            skip.extend(fnmatch.filter(names, pattern))
        return set(skip)
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
    with os.scandir(src) as it:
        entries = list(it)
    return _copy_tree(entries, src, dst, symlinks, ignore, copy_function,
                      ignore_dangling_symlinks, dirs_exist_ok)


def _copy_tree(entries, src, dst, symlinks, ignore, copy_function,
               ignore_dangling_symlinks, dirs_exist_ok):
    skip = ignore(os.fspath(src), [e.name for e in entries]) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    plain = copy_function in (copy2, copy)
    for entry in entries:
        if entry.name in skip:
            continue
        s = os.path.join(src, entry.name)
        d = os.path.join(dst, entry.name)
        source = entry if plain else s
        try:
            is_dir = entry.is_dir()
            if entry.is_symlink():
                target = os.readlink(s)
                if symlinks:
                    os.symlink(target, d)
                    copystat(source, d, follow_symlinks=not symlinks)
                else:
                    if not os.path.exists(target if os.path.isabs(target) else os.path.join(os.path.dirname(s), target)) \
                            and ignore_dangling_symlinks:
                        continue
                    if is_dir:
                        copytree(source if not plain else s, d, symlinks, ignore, copy_function,
                                 ignore_dangling_symlinks, dirs_exist_ok)
                    else:
                        copy_function(source, d)
            elif is_dir:
                copytree(s, d, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(source, d)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((s, d, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    """Remove a directory tree. Errors are ignored when ignore_errors is
    true, passed to onerror(function, path, exc_info) when it is given,
    and raised otherwise. path must not be a symbolic link."""
    sys.audit("shutil.rmtree", path, None)
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    try:
        st = os.lstat(path)
    except Exception:
        onerror(os.lstat, path, sys.exc_info())
        return
    try:
        if stat.S_ISLNK(st.st_mode):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        onerror(os.path.islink, path, sys.exc_info())
        return
    _remove_tree(path, onerror)


def _remove_tree(path, onerror):
    try:
        with os.scandir(path) as it:
            entries = list(it)
    except OSError as err:
        err.filename = path
        onerror(os.scandir, path, sys.exc_info())
        entries = []
    for entry in entries:
        full = entry.path
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            _remove_tree(full, onerror)
        else:
            try:
                os.unlink(full)
            except OSError:
                onerror(os.unlink, full, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


rmtree.avoids_symlink_attacks = False


def _base(path):
    # The last component, ignoring trailing slashes: move's target name.
    return os.path.basename(path.rstrip(os.sep) if isinstance(path, str) else path.rstrip(b'/'))


def _inside(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.sep):
        src += os.sep
    if not dst.endswith(os.sep):
        dst += os.sep
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    """Move a file or directory tree to dst, by renaming when possible,
    else by copying and removing. If dst is a directory, src goes inside
    it. Returns the new path."""
    sys.audit("shutil.move", src, dst)
    real_dst = dst
    if os.path.isdir(dst):
        if _same_file(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _base(os.fspath(src)))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            target = os.readlink(src)
            os.symlink(target, real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _inside(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def _usable(path, mode):
    return os.path.exists(path) and os.access(path, mode) and not os.path.isdir(path)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the program cmd would run (found along path, by
    default the PATH variable), or None."""
    if os.path.dirname(cmd):
        return cmd if _usable(cmd, mode) else None
    as_bytes = isinstance(cmd, bytes)
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            try:
                path = os.confstr("CS_PATH")
            except (AttributeError, ValueError):
                path = os.defpath
    if not path:
        return None
    if as_bytes:
        path = os.fsencode(path)
        dirs = path.split(os.fsencode(os.pathsep))
    else:
        path = os.fsdecode(path)
        dirs = path.split(os.pathsep)
    seen = set()
    for d in dirs:
        key = os.path.normcase(d)
        if key in seen:
            continue
        seen.add(key)
        name = os.path.join(d, cmd)
        if _usable(name, mode):
            return name
    return None


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size as os.terminal_size: the COLUMNS and LINES
    variables when set and positive, else what the terminal of
    sys.__stdout__ says, else fallback."""
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))
