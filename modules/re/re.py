"""Regular expressions: searching, matching, splitting and substituting text.

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
    compile   turn a pattern string into a reusable Pattern
    purge     forget the cached compiled patterns
    escape    backslash the special characters of a string

Flags (combine them with |): A/ASCII, I/IGNORECASE, L/LOCALE (bytes
only), M/MULTILINE, S/DOTALL, X/VERBOSE, U/UNICODE (the default for str
patterns), NOFLAG.

This module is gilpy's: the engine underneath is written in Go (_sre).
"""

import enum
import _sre

__version__ = "2.2.1"

__all__ = [
    # functions
    "match", "fullmatch", "search", "sub", "subn", "split", "findall",
    "finditer", "compile", "purge", "template", "escape",
    # types
    "error", "Pattern", "Match",
    # flags
    "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE",
    "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag",
]


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


# The flags: an IntFlag whose members also live in this module (re.I,
# re.IGNORECASE...) and print as re.NAME|re.OTHER.

class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
    NOFLAG = 0
    ASCII = A = 256          # \w, \d, \s and case folding limited to ASCII
    IGNORECASE = I = 2       # case-insensitive matching
    LOCALE = L = 4           # classes from the current locale (bytes only)
    UNICODE = U = 32         # the default for str patterns
    MULTILINE = M = 8        # ^ and $ at every line
    DOTALL = S = 16          # . matches a newline too
    VERBOSE = X = 64         # whitespace and comments in patterns
    TEMPLATE = T = 1         # deprecated, undocumented
    DEBUG = 128              # print the pattern's parse and code

    __str__ = object.__str__
    _numeric_repr_ = hex


RegexFlag = enum.global_enum(RegexFlag)


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


def _plain_flags(flags):
    # Flags may come as a RegexFlag; the cache and the engine want ints.
    return flags.value if isinstance(flags, RegexFlag) else flags


def _remember(key, compiled):
    # The cache keeps insertion order; when full, the oldest entry makes
    # room (another thread may have emptied it meanwhile).
    if len(_cache) >= _MAXCACHE:
        oldest = next(iter(_cache), None)
        _cache.pop(oldest, None)
    _cache[key] = compiled


def _compile(pattern, flags, _warned=False):
    # Every module-level function comes through here: the cached case is
    # kept to one type test and one lookup.
    if type(flags) is not int:
        flags = _plain_flags(flags)
    key = (type(pattern), pattern, flags)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    if isinstance(pattern, Pattern):
        if not flags:
            return pattern
        raise ValueError(
            "cannot process flags argument with a compiled pattern")
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & T and not _warned:
        _warn("The re.TEMPLATE/re.T flag is deprecated "
              "as it is an undocumented flag "
              "without an obvious purpose. "
              "Don't use it.",
              DeprecationWarning, 1)
    compiled = _sre.compile(pattern, flags)
    # Debug compilations print their code, so they are never reused.
    if not flags & DEBUG:
        _remember(key, compiled)
    return compiled


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
        self.lexicon = lexicon
        phrases = [entry[0] for entry in lexicon]
        self.scanner = _sre.compile_lexicon(phrases, _plain_flags(flags))

    def scan(self, string):
        """Return (tokens, rest): the actions' results for the tokens
        recognized from the start, and the text where scanning stopped
        (at the first place no phrase matches, or an empty match)."""
        tokens = []
        position = 0
        next_token = self.scanner.scanner(string).match
        for found in iter(next_token, None):
            end = found.end()
            if end == position:
                break
            position = end
            action = self.lexicon[found.lastindex - 1][1]
            if callable(action):
                self.match = found
                action = action(self, found.group())
            if action is not None:
                tokens.append(action)
        return tokens, string[position:]
