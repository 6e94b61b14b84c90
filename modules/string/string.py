"""Text constants and helpers: character classes as strings, capwords,
the Formatter class behind str.format, and $-substitution Templates.

gilpy's implementation. Templates with the default syntax are matched
by hand; the re module is imported only for subclasses that change it."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

import _string

# Character classes of ASCII, as strings.
digits = '0123456789'
octdigits = digits[:8]
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
hexdigits = digits + ascii_lowercase[:6] + ascii_uppercase[:6]
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
whitespace = ' \t\n\r\v\f'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words (on sep, or on runs of whitespace), capitalize
    each and join them with sep (or a single space)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_sentinel_dict = {}


class _TemplateMatch:
    # One placeholder found in a template: which kind it is ('escaped',
    # 'named', 'braced' or 'invalid'), its identifier, its span, and
    # where an invalid one is reported.
    __slots__ = ('kind', 'name', 'start', 'end', 'at')

    def __init__(self, kind, name, start, end, at):
        self.kind = kind
        self.name = name
        self.start = start
        self.end = end
        self.at = at


def _is_ident_start(c):
    return c == '_' or 'a' <= c <= 'z' or 'A' <= c <= 'Z'


def _is_ident_char(c):
    return _is_ident_start(c) or '0' <= c <= '9'


class _LazyPattern:
    # Template.pattern: the compiled expression of a class, made from its
    # delimiter, idpattern, braceidpattern and flags when first asked for
    # (the re module is imported only then).
    def __get__(self, instance, owner):
        cache = owner.__dict__.get('_compiled_pattern')
        if cache is not None and cache[0] == owner.delimiter:
            return cache[1]
        import re
        delim = re.escape(owner.delimiter)
        ident = owner.idpattern
        braced = owner.braceidpattern or ident
        flags = owner.flags
        pattern = re.compile(fr"""
        {delim}(?:
          (?P<escaped>{delim})  |   # two delimiters: one literal delimiter
          (?P<named>{ident})       |   # the delimiter and an identifier
          {{(?P<braced>{braced})}} |   # the delimiter and a braced identifier
          (?P<invalid>)             # any other delimiter
        )
        """, flags | re.VERBOSE)
        type.__setattr__(owner, '_compiled_pattern', (owner.delimiter, pattern))
        return pattern


class _LazyFlags:
    # Template.flags, re.IGNORECASE, without importing re before it is
    # asked for.
    def __get__(self, instance, owner):
        import re
        return re.IGNORECASE


class Template:
    """A string with $-placeholders: $name or ${name} is replaced by the
    mapping's value for name, and $$ by a single $.

    Subclasses may set another delimiter, idpattern (the identifiers),
    braceidpattern (the braced ones), flags, or a whole pattern with the
    groups escaped, named, braced and invalid. The default syntax is
    matched without regular expressions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _LazyFlags()
    pattern = _LazyPattern()

    def __init_subclass__(cls):
        super().__init_subclass__()
        # A class that changes the syntax beyond the delimiter is matched
        # with its compiled pattern.
        cls._custom = any(name in cls.__dict__ for name in ('idpattern', 'braceidpattern', 'pattern', 'flags')) \
            or getattr(super(cls, cls), '_custom', False)
        if 'pattern' in cls.__dict__:
            import re
            cls.pattern = re.compile(cls.pattern, cls.flags | re.VERBOSE)
        else:
            cls.pattern = _LazyPattern()
            if cls._custom:
                cls.pattern  # compile now, so that a bad pattern fails here

    _custom = False

    def __init__(self, template):
        self.template = template

    def _matches(self):
        # Every placeholder of the template, in order.
        if self._custom:
            yield from self._regex_matches()
            return
        t = self.template
        d = self.delimiter
        dl = len(d)
        n = len(t)
        i = t.find(d)
        while i >= 0:
            j = i + dl
            if t.startswith(d, j):
                yield _TemplateMatch('escaped', None, i, j + dl, i)
                i = t.find(d, j + dl)
                continue
            if j < n and _is_ident_start(t[j]):
                k = j + 1
                while k < n and _is_ident_char(t[k]):
                    k += 1
                yield _TemplateMatch('named', t[j:k], i, k, i)
                i = t.find(d, k)
                continue
            if j < n and t[j] == '{' and j + 1 < n and _is_ident_start(t[j + 1]):
                k = j + 2
                while k < n and _is_ident_char(t[k]):
                    k += 1
                if k < n and t[k] == '}':
                    yield _TemplateMatch('braced', t[j + 1:k], i, k + 1, i)
                    i = t.find(d, k + 1)
                    continue
            # The invalid group is empty, just after the delimiter.
            yield _TemplateMatch('invalid', None, i, j, j)
            i = t.find(d, j)

    def _regex_matches(self):
        for mo in self.pattern.finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                kind = 'named'
            elif mo.group('escaped') is not None:
                kind = 'escaped'
            elif mo.group('invalid') is not None:
                kind = 'invalid'
            else:
                kind = None
            m = _TemplateMatch(kind, named, mo.start(), mo.end(), mo.start('invalid'))
            m.name = named
            yield m

    def _unrecognized(self):
        raise ValueError('Unrecognized named group in pattern', self.pattern)

    def _invalid(self, m):
        # The position reported is that of the text just after the
        # delimiter: its line number, and the length of its line so far.
        lines = self.template[:m.at].splitlines(keepends=True)
        where = (len(lines), len(lines[-1])) if lines else (1, 1)
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % where)

    def _substitute(self, mapping, kws, safe):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainedLookup(kws, mapping)
        out = []
        pos = 0
        t = self.template
        for m in self._matches():
            out.append(t[pos:m.start])
            pos = m.end
            if m.kind == 'named' or m.kind == 'braced':
                if safe:
                    try:
                        out.append(str(mapping[m.name]))
                    except KeyError:
                        out.append(t[m.start:m.end])
                else:
                    out.append(str(mapping[m.name]))
            elif m.kind == 'escaped':
                out.append(self.delimiter)
            elif m.kind == 'invalid':
                if not safe:
                    self._invalid(m)
                out.append(t[m.start:m.end])
            else:
                self._unrecognized()
        out.append(t[pos:])
        return ''.join(out)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        """The template with every placeholder replaced; a missing key
        raises KeyError and a misplaced delimiter ValueError."""
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        """The template with the placeholders that have values replaced;
        the others, and misplaced delimiters, are left as they are."""
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        """Whether the template has no misplaced delimiter."""
        for m in self._matches():
            if m.kind == 'invalid':
                return False
            if m.kind is None:
                self._unrecognized()
        return True

    def get_identifiers(self):
        """The identifiers of the template's placeholders, each once, in
        the order they first appear."""
        ids = []
        for m in self._matches():
            if m.name is not None:
                if m.name not in ids:
                    ids.append(m.name)
            elif m.kind is None:
                self._unrecognized()
        return ids


class _ChainedLookup:
    # Keyword arguments first, then the mapping.
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


_MIXED_NUMBERING = 'cannot switch from manual field specification to automatic field numbering'


def _number_field(name, numbering):
    # (the field's name, the numbering state after it) for a field whose
    # name may be empty (the next automatic number) or a digit string
    # (manual numbering from then on).
    if name == '':
        if numbering is False:
            raise ValueError(_MIXED_NUMBERING)
        return str(numbering), numbering + 1
    if name.isdigit():
        if numbering:
            raise ValueError(_MIXED_NUMBERING)
        return name, False
    return name, numbering


class Formatter:
    """str.format as a class whose steps (parsing, looking fields up,
    converting and formatting them) can be overridden."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        """format() with the arguments as a sequence and a mapping."""
        keys_used = set()
        text = self._vformat(format_string, args, kwargs, keys_used, 2)[0]
        self.check_unused_args(keys_used, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        # Returns the text and the numbering state after it: the next
        # automatic field number, or False once a field was numbered by
        # hand (the two styles cannot be mixed). Format specs are
        # formatted themselves, one level deep at most by default.
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        numbering = auto_arg_index
        for literal, name, spec, conversion in self.parse(format_string):
            out.append(literal)
            if name is None:
                continue
            name, numbering = _number_field(name, numbering)
            value, key = self.get_field(name, args, kwargs)
            used_args.add(key)
            spec, numbering = self._vformat(spec, args, kwargs, used_args,
                                            recursion_depth - 1, auto_arg_index=numbering)
            out.append(self.format_field(self.convert_field(value, conversion), spec))
        return ''.join(out), numbering

    def get_value(self, key, args, kwargs):
        """The argument a field's first part names: args[key] for an int,
        kwargs[key] otherwise."""
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        """Called after formatting with the keys used; does nothing here."""

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        """Apply a !s, !r or !a conversion (None: none)."""
        if conversion is None:
            return value
        convert = {'s': str, 'r': repr, 'a': ascii}.get(conversion)
        if convert is None:
            raise ValueError(f"Unknown conversion specifier {conversion!s}")
        return convert(value)

    def parse(self, format_string):
        """Iterate over (literal_text, field_name, format_spec,
        conversion) tuples."""
        return _string.formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        """The object a field name designates, and the key of the argument
        it starts from."""
        head, steps = _string.formatter_field_name_split(field_name)
        target = self.get_value(head, args, kwargs)
        for by_attribute, step in steps:
            target = getattr(target, step) if by_attribute else target[step]
        return target, head
