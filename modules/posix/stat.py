"""Constants and functions for the st_mode field of os.stat() results,
and for the other fields by their index.

The values are fixed by the platform (Linux's, and the BSD and Windows
flag values every build exports); they are generated here from compact
tables rather than spelled out one by one."""


def _export(prefix, table):
    # Bind prefix + NAME = value for each (NAME, value) pair.
    space = globals()
    for name, value in table:
        space[prefix + name] = value


# ST_*: positions of the fields in the tuple form of os.stat()'s result.
_export('ST_', ((field, position) for position, field in enumerate(
    'MODE INO DEV NLINK UID GID SIZE ATIME MTIME CTIME'.split())))

# S_IF*: the file type, a 4-bit code in bits 12-15 of the mode. Doors,
# event ports and whiteouts exist on other systems only, so they are 0.
_TYPE_CODES = {'FIFO': 0o01, 'CHR': 0o02, 'DIR': 0o04, 'BLK': 0o06,
               'REG': 0o10, 'LNK': 0o12, 'SOCK': 0o14,
               'DOOR': 0, 'PORT': 0, 'WHT': 0}
# The pipe's constant is spelled S_IFIFO (the F is shared), its test
# S_ISFIFO.
_export('S_IF', (('IFO' if kind == 'FIFO' else kind, code << 12)
                 for kind, code in _TYPE_CODES.items()))

# Permission bits: read/write/execute for the owner (U, shifted by 6),
# the group (G, by 3) and others (O, by 0), and the three special bits.
for _who, _shift in (('USR', 6), ('GRP', 3), ('OTH', 0)):
    _export('S_I', ((letter + _who, bit << _shift)
                    for letter, bit in (('R', 4), ('W', 2), ('X', 1))))
    _export('S_IRWX', ((_who[0], 7 << _shift),))
_export('S_IS', (('UID', 0o4000), ('GID', 0o2000), ('VTX', 0o1000)))
# Old names for the owner's bits and for the set-group-id bit.
S_IREAD, S_IWRITE, S_IEXEC = S_IRUSR, S_IWUSR, S_IXUSR
S_ENFMT = S_ISGID

# st_flags bits (BSD chflags): user-settable UF_* and super-user SF_*,
# given by bit number.
_export('UF_', ((flag, 1 << bit) for flag, bit in (
    ('NODUMP', 0), ('IMMUTABLE', 1), ('APPEND', 2), ('OPAQUE', 3),
    ('NOUNLINK', 4), ('COMPRESSED', 5), ('HIDDEN', 15))))
_export('SF_', ((flag, 1 << bit) for flag, bit in (
    ('ARCHIVED', 16), ('IMMUTABLE', 17), ('APPEND', 18),
    ('NOUNLINK', 20), ('SNAPSHOT', 21))))

# Windows' st_file_attributes bits, by bit number.
_export('FILE_ATTRIBUTE_', ((attr, 1 << bit) for bit, attr in enumerate(
    ('READONLY HIDDEN SYSTEM - DIRECTORY ARCHIVE DEVICE NORMAL TEMPORARY '
     'SPARSE_FILE REPARSE_POINT COMPRESSED OFFLINE NOT_CONTENT_INDEXED '
     'ENCRYPTED INTEGRITY_STREAM VIRTUAL NO_SCRUB_DATA').split()) if attr != '-'))

del _who, _shift

_TYPE_MASK = 0o170000
_PERMISSION_MASK = 0o7777


def _checked(mode):
    """mode as the platform's mode_t (unsigned 32 bits) would hold it,
    with the errors the conversion of a bad value gives."""
    if not isinstance(mode, int):
        raise TypeError("an integer is required")
    if mode < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if mode >> 32:
        if mode >> 64:
            raise OverflowError("Python int too large to convert to C unsigned long")
        raise OverflowError("mode out of range")
    return mode


# The functions below test the common case (a plain int in range) inline
# and call _checked only otherwise: os.path and pathlib call them often.

def S_IMODE(mode):
    """The permission bits of mode (what chmod() sets)."""
    if type(mode) is not int or not 0 <= mode <= 0xFFFFFFFF:
        mode = _checked(mode)
    return mode & _PERMISSION_MASK


def S_IFMT(mode):
    """The file type bits of mode."""
    if type(mode) is not int or not 0 <= mode <= 0xFFFFFFFF:
        mode = _checked(mode)
    return mode & _TYPE_MASK


def _type_test(name, code, what):
    if code:
        def test(mode):
            if type(mode) is not int or not 0 <= mode <= 0xFFFFFFFF:
                mode = _checked(mode)
            return mode & _TYPE_MASK == code
    else:
        # A type this system never reports.
        def test(mode):
            _checked(mode)
            return False
    test.__name__ = test.__qualname__ = name
    test.__doc__ = "Whether mode is the mode of %s." % what
    return test


for _kind, _what in (('DIR', 'a directory'), ('CHR', 'a character device'),
                     ('BLK', 'a block device'), ('REG', 'a plain file'),
                     ('FIFO', 'a named pipe'), ('LNK', 'a symbolic link'),
                     ('SOCK', 'a Unix socket'), ('DOOR', 'a Solaris door'),
                     ('PORT', 'a Solaris event port'), ('WHT', 'a BSD whiteout')):
    globals()['S_IS' + _kind] = _type_test('S_IS' + _kind, _TYPE_CODES[_kind] << 12, _what)
del _kind, _what


# For filemode(): the letter of each file type, and for each of the nine
# permission positions, which letter the bits there give.
_TYPE_LETTER = {S_IFLNK: 'l', S_IFSOCK: 's', S_IFREG: '-', S_IFBLK: 'b',
                S_IFDIR: 'd', S_IFCHR: 'c', S_IFIFO: 'p'}


def _position_letters(shift, special, on_exec, on_plain):
    # One class (owner, group, others): r and w are plain; the execute
    # position also shows the class's special bit.
    read, write, execute = 4 << shift, 2 << shift, 1 << shift
    both = {(True, True): on_exec, (False, True): on_plain,
            (True, False): 'x', (False, False): '-'}
    return (lambda m: 'r' if m & read else '-',
            lambda m: 'w' if m & write else '-',
            lambda m: both[bool(m & execute), bool(m & special)])


_POSITIONS = (_position_letters(6, S_ISUID, 's', 'S')
              + _position_letters(3, S_ISGID, 's', 'S')
              + _position_letters(0, S_ISVTX, 't', 'T'))


def filemode(mode):
    """Format mode as ls -l does: '-rwxr-xr-x'."""
    mode = _checked(mode)
    letters = [_TYPE_LETTER.get(mode & _TYPE_MASK, '?')]
    letters += [letter(mode) for letter in _POSITIONS]
    return ''.join(letters)
