"""Regular expressions with the syntax and semantics of Python's re module.

Patterns and the strings they search may be str or bytes (both of the
same kind). The functions below take a pattern string or a compiled
Pattern; compiled patterns are cached, so calling them with the same
pattern again is cheap.

Functions:
    match     match at the start of a string
    fullmatch match the whole of a string
    search    find the first match anywhere in a string
    sub       replace matches (subn also counts them)
    split     split a string at the matches
    findall   list every match (or the groups of every match)
    finditer  iterate over every match as Match objects
    compile   compile a pattern into a Pattern object
    purge     clear the cache of compiled patterns
    escape    backslash the special characters of a string

Flags (combine them with |): A/ASCII, I/IGNORECASE, L/LOCALE (bytes
only), M/MULTILINE, S/DOTALL, X/VERBOSE, U/UNICODE (the default for str
patterns), NOFLAG.

This module is gilpy's: the engine underneath is written in Go (_sre).
"""

import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


class error(Exception):
    """A pattern or a replacement string that cannot be compiled.

    msg is the message without position; pattern the pattern (or
    replacement string); pos the index in it where the problem was found;
    lineno and colno the line and column of pos. The last four are None
    when there is no position.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'


def _warn(message, category, stacklevel):
    # Warnings go through the warnings module when gilpy has one.
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, category, stacklevel + 1)


# The flags. RegexFlag is an int subclass whose values combine with |,
# & and ^ and print as CPython prints them (re.IGNORECASE|re.MULTILINE).

class RegexFlag(int):
    """The flags of the re module (an int subclass)."""

    __slots__ = ()

    def __new__(cls, value=0):
        if isinstance(value, RegexFlag):
            return value
        if not isinstance(value, int):
            raise ValueError('%r is not a valid RegexFlag' % (value,))
        known = _by_value.get(value)
        if known is not None:
            return known
        return int.__new__(cls, value)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        names, rest = _decompose(int(self))
        if rest or not names:
            return _names_of_zero.get(int(self)) if not rest and not names else None
        return '|'.join(names)

    def __repr__(self):
        v = int(self)
        if v in _canonical:
            return 're.' + _canonical[v]
        if v < 0:
            return 're.' + _complement_repr(v)
        names, rest = _decompose(v)
        parts = ['re.' + n for n in names]
        if rest:
            parts.append(hex(rest))
        return '|'.join(parts)

    __str__ = __repr__

    def __iter__(self):
        names, _ = _decompose(int(self))
        return iter([_members[n] for n in names])

    def __len__(self):
        return len(_decompose(int(self))[0])

    def __contains__(self, other):
        if not isinstance(other, RegexFlag):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (type(other).__qualname__, type(self).__qualname__))
        return int(other) & int(self) == int(other)

    def __bool__(self):
        return int(self) != 0

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_all_bits & ~int(self) if int(self) >= 0 else ~int(self))

    def __reduce_ex__(self, proto):
        return RegexFlag, (int(self),)

    def __hash__(self):
        return int.__hash__(self)

    def __eq__(self, other):
        return int.__eq__(self, other)

    def __ne__(self, other):
        return int.__ne__(self, other)


_canonical_order = [
    ('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),
    ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1),
    ('DEBUG', 128),
]
_aliases = [('A', 256), ('I', 2), ('L', 4), ('U', 32), ('M', 8),
            ('S', 16), ('X', 64), ('T', 1)]
_canonical = {v: n for n, v in _canonical_order}
_canonical[0] = 'NOFLAG'
_names_of_zero = {0: 'NOFLAG'}
_all_bits = 0
for _n, _v in _canonical_order:
    _all_bits |= _v
_members = {}
_by_value = {}


def _decompose(value):
    # The canonical names of the bits of value, in definition order, and
    # the bits no flag names.
    names = []
    rest = value
    for n, v in _canonical_order:
        if value & v:
            names.append(n)
            rest &= ~v
    return names, rest


def _complement_repr(value):
    names, rest = _decompose(value & _all_bits)
    return '|'.join(names) if names else hex(value)


for _n, _v in [('NOFLAG', 0)] + _canonical_order:
    _f = int.__new__(RegexFlag, _v)
    _members[_n] = _f
    _by_value[_v] = _f
    setattr(RegexFlag, _n, _f)
    globals()[_n] = _f
for _n, _v in _aliases:
    setattr(RegexFlag, _n, _by_value[_v])
    globals()[_n] = _by_value[_v]
RegexFlag.__members__ = dict(
    [(n, _members[n]) for n in ['NOFLAG'] + [n for n, _ in _canonical_order]]
    + [(n, _by_value[v]) for n, v in _aliases])
del _n, _v, _f


# The functions.

def match(pattern, string, flags=0):
    """Try to match the pattern at the start of string.

    Return a Match object, or None when it does not match there."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to match the pattern against the whole of string.

    Return a Match object, or None when it does not match."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Find the first place in string where the pattern matches.

    Return a Match object, or None when it matches nowhere."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Replace the leftmost non-overlapping matches of the pattern.

    repl is a string, where backslash escapes are processed and \\1 or
    \\g<name> stand for groups of the match, or a function called with
    each Match object and returning the replacement. count > 0 limits
    the number of replacements."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Like sub(), but return (new_string, number_of_replacements)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split string at the matches of the pattern.

    The text of the pattern's groups, if any, is inserted between the
    pieces. maxsplit > 0 limits the number of splits; the rest of the
    string is the last piece."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of the non-overlapping matches in string.

    With one group, the list holds the group's text; with several, tuples
    of them. Empty matches are included."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator of Match objects for the non-overlapping
    matches in string. Empty matches are included."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a pattern into a Pattern object."
    return _compile(pattern, flags)


def purge():
    "Clear the cache of compiled patterns."
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern (deprecated; use compile())."
    _warn("The re.template() function is deprecated "
          "as it is an undocumented function "
          "without an obvious purpose. "
          "Use re.compile() instead.",
          DeprecationWarning, 1)
    return _compile(pattern, flags | T, _warned=True)


# Characters escape() backslashes: those with a meaning in patterns, and
# the ones verbose patterns ignore.
_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Backslash the characters of pattern that have a meaning in
    regular expressions, so that it matches itself."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    pattern = str(pattern, 'latin1')
    return pattern.translate(_special_chars_map).encode('latin1')


Pattern = type(_sre.compile('', 0))
Match = type(_sre.compile('', 0).match(''))

_cache = {}  # (type, pattern, flags) -> Pattern, oldest first
_MAXCACHE = 512


def _compile(pattern, flags, _warned=False):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & T and not _warned:
        _warn("The re.TEMPLATE/re.T flag is deprecated "
              "as it is an undocumented flag "
              "without an obvious purpose. "
              "Don't use it.",
              DeprecationWarning, 1)
    p = _sre.compile(pattern, flags)
    if not flags & DEBUG:
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[type(pattern), pattern, flags] = p
    return p


def _pickle(p):
    return _compile, (p.pattern, p.flags)


try:
    import copyreg
except ImportError:
    pass
else:
    copyreg.pickle(Pattern, _pickle, _compile)


class Scanner:
    """Split a string into tokens with a lexicon of (phrase, action)
    pairs: scan() matches the phrases in turn at the current position and
    calls the action of the one that matched (an action may be None: the
    token is dropped)."""

    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = flags.value
        self.lexicon = lexicon
        self.scanner = _sre.compile_lexicon(
            [phrase for phrase, action in lexicon], flags)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[m.lastindex - 1][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
