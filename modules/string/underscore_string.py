"""Helpers behind string.Formatter: the parsers of str.format's
replacement fields, exposed to Python."""


def _digits_value(s):
    # The value of a field name made only of decimal digits (any script's),
    # or -1; an empty name is -1 too.
    if not s:
        return -1
    n = 0
    for c in s:
        if not c.isdecimal():
            return -1
        n = n * 10 + int(c)
        if n > 9223372036854775807:
            raise ValueError('Too many decimal digits in format string')
    return n


def _parse_field(s, i, n):
    # Parses a replacement field starting after its '{' at i; returns
    # (field_name, format_spec, conversion, next index).
    start = i
    stop = ''  # the character that ended the field name, if any
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            # An index runs to the next ']', whatever it holds.
            while i < n and s[i] != ']':
                i += 1
            continue
        if c in '}:!':
            stop = c
            break
    if stop == '':
        raise ValueError("expected '}' before end of string")
    name = s[start:i - 1]
    if stop == '}':
        return name, '', None, i
    conversion = None
    if stop == '!':
        if i >= n:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = s[i]
        i += 1
        if i < n:
            c = s[i]
            i += 1
            if c == '}':
                return name, '', conversion, i
            if c != ':':
                raise ValueError("expected ':' after conversion specifier")
    spec_start = i
    depth = 1
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return name, s[spec_start:i - 1], conversion, i
    raise ValueError("unmatched '{' in format spec")


def formatter_parser(s):
    """Iterate over a format string's (literal_text, field_name,
    format_spec, conversion) tuples, as str.format reads them."""
    if not isinstance(s, str):
        raise TypeError('expected str, got %s' % type(s).__name__)
    return _formatter_iter(s)


def _formatter_iter(s):
    i, n = 0, len(s)
    while i < n:
        start = i
        c = ''
        markup = False
        while i < n:
            c = s[i]
            i += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = i >= n
        end = i
        if c == '}' and markup and (at_end or s[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and markup and c == '{':
            raise ValueError("Single '{' encountered in format string")
        if markup and not at_end:
            if s[i] == c:
                # A doubled brace is literal text; no field follows.
                i += 1
                markup = False
            else:
                end -= 1
        literal = s[start:end]
        if not markup:
            yield (literal, None, None, None)
            continue
        name, spec, conversion, i = _parse_field(s, i, n)
        yield (literal, name, spec, conversion)


def formatter_field_name_split(s):
    """Split a field name into its first part (an int when it is all
    digits) and an iterator over the (is_attribute, key) accesses that
    follow it."""
    if not isinstance(s, str):
        raise TypeError('expected str, got %s' % type(s).__name__)
    i, n = 0, len(s)
    while i < n and s[i] not in '.[':
        i += 1
    first = s[:i]
    v = _digits_value(first)
    return (first if v == -1 else v), _field_rest(s, i, n)


def _field_rest(s, i, n):
    while i < n:
        c = s[i]
        i += 1
        if c == '.':
            start = i
            while i < n and s[i] not in '.[':
                i += 1
            name, is_attr = s[start:i], True
        elif c == '[':
            start = i
            while i < n and s[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            name, is_attr = s[start:i], False
            i += 1
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if not name:
            raise ValueError('Empty attribute in format string')
        if is_attr:
            yield (True, name)
        else:
            v = _digits_value(name)
            yield (False, name if v == -1 else v)
