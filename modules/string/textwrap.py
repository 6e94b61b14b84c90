"""Wrapping and filling paragraphs of text, shortening, dedenting and
indenting.

gilpy's implementation: words are split by hand with the rules of
CPython's word-splitting expression, so the TextWrapper class has no
wordsep_re, wordsep_simple_re or sentence_end_re attributes to override."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The characters wrapping treats as whitespace: ASCII ones only.
_whitespace = '\t\n\x0b\x0c\r '


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    # A word character that is not a decimal digit.
    return _is_word(c) and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _dashes_then_word(text, q):
    # Whether text[q:] is two or more hyphens followed by a word character.
    n = len(text)
    j = q
    while j < n and text[j] == '-':
        j += 1
    return j - q >= 2 and j < n and _is_word(text[j])


def _letter_at(text, i):
    return 0 <= i < len(text) and _is_letter(text[i])


def _split_hyphenated(text):
    # Chunks of text as CPython's wrapper splits them when breaking on
    # hyphens: runs of whitespace, em-dashes ("--") between words, and
    # words, a hyphenated word ending after each of its hyphens that has
    # letters on both sides.
    chunks = []
    n = len(text)
    p = 0
    while p < n:
        c = text[p]
        if c in _whitespace:
            q = p + 1
            while q < n and text[q] in _whitespace:
                q += 1
        elif c == '-' and p > 0 and _is_word_punct(text[p - 1]) and _dashes_then_word(text, p):
            q = p
            while text[q] == '-':
                q += 1
        else:
            q = p + 1
            while True:
                # The word may end at q (text[p:q] has no whitespace).
                if q < n and text[q] == '-' and (
                        (_letter_at(text, q - 2) and _letter_at(text, q - 1)) or
                        (q >= 3 and _letter_at(text, q - 3) and text[q - 2] == '-' and _letter_at(text, q - 1))) and (
                        _letter_at(text, q + 1) and (_letter_at(text, q + 2) or (
                            q + 2 < n and text[q + 2] == '-' and _letter_at(text, q + 3)))):
                    q += 1  # the hyphen stays with the first part
                    break
                if q >= n or text[q] in _whitespace:
                    break
                if _is_word_punct(text[q - 1]) and _dashes_then_word(text, q):
                    break
                q += 1
        chunks.append(text[p:q])
        p = q
    return chunks


def _split_simple(text):
    # Runs of whitespace and runs of everything else.
    chunks = []
    n = len(text)
    p = 0
    while p < n:
        ws = text[p] in _whitespace
        q = p + 1
        while q < n and (text[q] in _whitespace) == ws:
            q += 1
        chunks.append(text[p:q])
        p = q
    return chunks


def _ends_sentence(chunk):
    # A lowercase ASCII letter, then '.', '!' or '?', then maybe a quote.
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Wraps text into lines of at most width characters.

    Options (all attributes of the instance): width, initial_indent and
    subsequent_indent (prefixes of the first and the other lines),
    expand_tabs and tabsize, replace_whitespace (each whitespace
    character becomes a space), fix_sentence_endings (two spaces after a
    sentence), break_long_words, drop_whitespace (at the edges of lines),
    break_on_hyphens, max_lines and placeholder (what ends a truncated
    text)."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        # Every option is a plain attribute, changeable between calls.
        self.width, self.max_lines = width, max_lines
        self.initial_indent, self.subsequent_indent = initial_indent, subsequent_indent
        self.expand_tabs, self.tabsize = expand_tabs, tabsize
        self.replace_whitespace, self.drop_whitespace = replace_whitespace, drop_whitespace
        self.break_long_words, self.break_on_hyphens = break_long_words, break_on_hyphens
        self.fix_sentence_endings = fix_sentence_endings
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        # Tabs first (so that columns count), then every whitespace
        # character to a plain space.
        flat = text.expandtabs(self.tabsize) if self.expand_tabs else text
        if not self.replace_whitespace:
            return flat
        return flat.translate(self.unicode_whitespace_trans)

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_hyphenated(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        # A single space after a sentence's end becomes two; the widened
        # space itself is not looked at again.
        skip = False
        for pos in range(len(chunks) - 1):
            if skip:
                skip = False
            elif chunks[pos + 1] == ' ' and _ends_sentence(chunks[pos]):
                chunks[pos + 1] = '  '
                skip = True

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # The next chunk does not fit on any line: put as much of it as
        # fits on this one (preferring to cut after a hyphen), or all of
        # it on an empty line when long words may not be broken.
        room = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            word = reversed_chunks[-1]
            cut = room
            if self.break_on_hyphens and len(word) > room:
                h = word.rfind('-', 0, room)
                if h > 0 and word[:h].strip('-'):
                    cut = h + 1
            cur_line.append(word[:cut])
            reversed_chunks[-1] = word[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        todo = chunks[::-1]  # next chunk last
        while todo:
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            if self.drop_whitespace and lines and not todo[-1].strip():
                todo.pop()
            line = []
            used = 0
            while todo and used + len(todo[-1]) <= room:
                used += len(todo[-1])
                line.append(todo.pop())
            if todo and len(todo[-1]) > room:
                self._handle_long_word(todo, line, used, room)
                used = sum(len(c) for c in line)
            if self.drop_whitespace and line and not line[-1].strip():
                used -= len(line[-1])
                line.pop()
            if not line:
                continue
            rest_is_blank = not todo or (self.drop_whitespace and len(todo) == 1 and not todo[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or rest_is_blank and used <= room):
                lines.append(prefix + ''.join(line))
                continue
            # The last line allowed: end it with the placeholder.
            while line:
                if line[-1].strip() and used + len(self.placeholder) <= room:
                    lines.append(prefix + ''.join(line) + self.placeholder)
                    return lines
                used -= len(line[-1])
                line.pop()
            if lines:
                prev = lines[-1].rstrip()
                if len(prev) + len(self.placeholder) <= self.width:
                    lines[-1] = prev + self.placeholder
                    return lines
            lines.append(prefix + self.placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines of text wrapped to the width, without newlines."""
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)

    def fill(self, text):
        """The text wrapped, as one string of lines joined by newlines."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap text into a list of lines (see TextWrapper for the options)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap text into one string of lines (see TextWrapper)."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of text and cut it to fit width, ending it
    with the placeholder when something was cut."""
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove the indentation common to every non-blank line (spaces and
    tabs must match exactly); lines of only spaces and tabs become empty."""
    lines = text.split('\n')
    for i, line in enumerate(lines):
        if line and not line.strip(' \t'):
            lines[i] = ''
    margin = None
    for line in lines:
        body = line.lstrip(' \t')
        if not body:
            continue
        ind = line[:len(line) - len(body)]
        if margin is None or margin.startswith(ind):
            margin = ind
        elif not ind.startswith(margin):
            k = 0
            while k < len(margin) and k < len(ind) and margin[k] == ind[k]:
                k += 1
            margin = margin[:k]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Put prefix before the lines of text for which predicate is true
    (by default, the lines that are not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))
