"""Shell-style wildcard matching of file names.

Patterns: * matches any run of characters (slashes included), ? one
character, [chars] one of the characters (ranges like a-z allowed),
[!chars] one character not among them. Everything else matches itself.
"""

import os
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

import re

_cache = {}


def fnmatch(name, pat):
    """Whether name matches pat, after normalizing the case of both as
    the file system would (on POSIX: unchanged)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """The names of the list that match pat."""
    pat = os.path.normcase(pat)
    match = _compiled(pat)
    if os.path is posixpath:
        return [n for n in names if match(n)]
    return [n for n in names if match(os.path.normcase(n))]


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively."""
    return _compiled(pat)(name)


def _compiled(pat):
    key = (type(pat), pat)
    m = _cache.get(key)
    if m is None:
        if isinstance(pat, bytes):
            tokens = _parse(str(pat, 'ISO-8859-1'))
            def m(name, tokens=tokens):
                if not isinstance(name, bytes):
                    raise TypeError("cannot use a bytes pattern on a string-like object")
                return _match(tokens, str(name, 'ISO-8859-1'))
        elif isinstance(pat, str):
            tokens = _parse(pat)
            def m(name, tokens=tokens):
                if not isinstance(name, str):
                    raise TypeError("cannot use a string pattern on a bytes-like object")
                return _match(tokens, name)
        else:
            len(pat)  # the TypeError CPython's translation meets first
            raise TypeError("first argument must be string or compiled pattern")
        if len(_cache) >= 32768:
            _cache.clear()
        _cache[key] = m
    return m


# A parsed pattern is a list of tokens: a str of literal text, _STAR, _ONE,
# or a _Set for a bracket expression.
_STAR = object()
_ONE = object()


class _Set:
    """A bracket expression: single characters and (lo, hi) ranges."""

    __slots__ = ('negated', 'chars', 'ranges', 'never')

    def __init__(self, negated, chars, ranges, never=False):
        self.negated = negated
        self.chars = chars
        self.ranges = ranges
        self.never = never

    def matches(self, c):
        if self.never:
            return False
        found = c in self.chars or any(lo <= c <= hi for lo, hi in self.ranges)
        return found != self.negated


def _chunks(body):
    """Split a bracket expression's text at the hyphens that make ranges,
    dropping the ranges whose ends are out of order: the pieces keep any
    leading '!'. A hyphen first in the set (after any '!') or last is
    itself; a hyphen right after a range is a character too."""
    negated = body.startswith('!')
    # Split at the hyphens that can make ranges: never at the first
    # character of the set proper, and never at the character that
    # follows a hyphen already used.
    pieces = []
    start = 0
    k = 2 if negated else 1
    while True:
        k = body.find('-', k)
        if k < 0:
            break
        pieces.append(body[start:k])
        start = k + 1
        k += 3
    last = body[start:]
    if last:
        pieces.append(last)
    elif pieces:
        pieces[-1] += '-'
    else:
        pieces.append('')
    # Ranges out of order vanish, with their end points.
    for k in range(len(pieces) - 1, 0, -1):
        if pieces[k - 1] and pieces[k] and pieces[k - 1][-1] > pieces[k][0]:
            pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
            del pieces[k]
    return pieces


def _bracket(body):
    """Interpret the text between [ and ] as a set of characters.

    Hyphens make ranges between the characters on either side, except a
    hyphen first in the set (after any '!') or last, which is itself. A
    range whose ends are out of order matches nothing, and takes its two
    end characters out of the set with it. A hyphen right after a range
    is literal.
    """
    negated = body.startswith('!')
    pieces = _chunks(body)
    if negated:
        pieces[0] = pieces[0][1:]
    if len(pieces) == 1 and not pieces[0]:
        # [!] with nothing else matches any character; an empty set none.
        return _ONE if negated else _Set(False, '', (), never=True)
    # Read the pieces as a regular expression's set would: a character
    # followed by a splitting hyphen and another character is a range; a
    # splitting hyphen where a character is expected is a hyphen.
    items = []
    for i, p in enumerate(pieces):
        if i:
            items.append(None)  # a splitting hyphen
        items.extend(p)
    chars = []
    ranges = []
    i = 0
    while i < len(items):
        c = items[i]
        if c is None:
            c = '-'
        if i + 2 < len(items) and items[i + 1] is None:
            hi = items[i + 2]
            if hi is None:
                hi = '-'
            ranges.append((c, hi))
            i += 3
            continue
        chars.append(c)
        i += 1
    return _Set(negated, ''.join(chars), tuple(ranges))


def _parse(pat):
    tokens = []
    literal = []
    i, n = 0, len(pat)

    def flush():
        if literal:
            tokens.append(''.join(literal))
            literal.clear()

    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            flush()
            if not tokens or tokens[-1] is not _STAR:
                tokens.append(_STAR)
        elif c == '?':
            flush()
            tokens.append(_ONE)
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                literal.append('[')
            else:
                flush()
                tokens.append(_bracket(pat[i:j]))
                i = j + 1
        else:
            literal.append(c)
    flush()
    return tokens


def _match_here(tokens, ti, name, ni):
    """Match tokens[ti:] against name[ni:] up to the next star: the
    position in name after them, or -1."""
    for t in tokens[ti:]:
        if t is _STAR:
            break
        if t is _ONE:
            if ni >= len(name):
                return -1
            ni += 1
        elif isinstance(t, str):
            if not name.startswith(t, ni):
                return -1
            ni += len(t)
        else:
            if ni >= len(name) or not t.matches(name[ni]):
                return -1
            ni += 1
    return ni


def _match(tokens, name):
    # Segments between stars are matched leftmost first; the last one is
    # anchored at the end. Leftmost placement is always right for a
    # segment of fixed width followed by a star.
    segments = [[]]
    for t in tokens:
        if t is _STAR:
            segments.append([])
        else:
            segments[-1].append(t)
    if len(segments) == 1:
        return _match_here(segments[0], 0, name, 0) == len(name)
    first, *middle, last = segments
    pos = _match_here(first, 0, name, 0)
    if pos < 0:
        return False
    for seg in middle:
        width = _width(seg)
        while True:
            if pos + width > len(name):
                return False
            end = _match_here(seg, 0, name, pos)
            if end >= 0:
                pos = end
                break
            pos += 1
    width = _width(last)
    start = len(name) - width
    if start < pos:
        return False
    return _match_here(last, 0, name, start) == len(name)


def _width(seg):
    return sum(len(t) if isinstance(t, str) else 1 for t in seg)


def translate(pat):
    """The regular expression (as a str) that matches what pat matches."""
    parts = []   # regular expression text, with _STAR for each run of stars
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not parts or parts[-1] is not _STAR:
                parts.append(_STAR)
        elif c == '?':
            parts.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                parts.append('\\[')
                continue
            body = pat[i:j]
            i = j + 1
            if '-' not in body:
                text = body.replace('\\', '\\\\')
            else:
                text = '-'.join(p.replace('\\', '\\\\').replace('-', '\\-') for p in _chunks(body))
            text = re.sub(r'([&~|])', r'\\\1', text)
            if not text:
                parts.append('(?!)')
            elif text == '!':
                parts.append('.')
            else:
                if text[0] == '!':
                    text = '^' + text[1:]
                elif text[0] in ('^', '['):
                    text = '\\' + text
                parts.append('[' + text + ']')
        else:
            parts.append(re.escape(c))
    # Between stars, a lazy atomic group finds the next fixed piece
    # without backtracking into it; the last star takes the rest.
    groups = [[]]
    for p in parts:
        if p is _STAR:
            groups.append([])
        else:
            groups[-1].append(p)
    out = [''.join(groups[0])]
    if len(groups) > 1:
        for g in groups[1:-1]:
            out.append('(?>.*?' + ''.join(g) + ')')
        out.append('.*' + ''.join(groups[-1]))
    return '(?s:%s)\\Z' % ''.join(out)
