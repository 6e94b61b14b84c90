"""Command-line parsing: gilpy's argparse.

Parsers are built from actions (what to do with the strings an option or
a positional consumes) held by containers (the parser itself, its
argument groups and its mutually exclusive groups).  Parsing classifies
each command-line string as an option ('O'), an argument ('A') or the
'--' separator ('-'), then matches each action's nargs against that
pattern with regular expressions, which gives the same greedy division
of arguments that CPython 3.11 makes.  Help and usage text come from
HelpFormatter, whose layout (widths, wrapping, indentation) follows
CPython's output character for character.
"""

import os as _os
import re as _re
import sys as _sys

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError',
    'BooleanOptionalAction', 'FileType', 'HelpFormatter',
    'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace',
    'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
    'ZERO_OR_MORE',
]

# nargs spellings, and the marker that hides a value or a help entry.
OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE = '?', '*', '+'
PARSER, REMAINDER = 'A...', '...'
SUPPRESS = '==SUPPRESS=='
# Sub-parsers park the strings they did not use on the namespace under
# this name; parse_known_args moves them to its second result.
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'


def _(text):
    # Messages are not translated; this keeps their spelling in one place.
    return text


def _plural(n, one, many):
    return one if n == 1 else many


class _AttributeHolder(object):
    """Gives a repr of the form ClassName(arg, name=value, ...)."""

    def __repr__(self):
        shown = [repr(a) for a in self._get_args()]
        odd = {}
        for name, value in self._get_kwargs():
            if name.isidentifier():
                shown.append('%s=%r' % (name, value))
            else:
                odd[name] = value
        if odd:
            shown.append('**%r' % (odd,))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def _get_args(self):
        return []

    def _get_kwargs(self):
        return [(k, v) for k, v in self.__dict__.items()]


def _copy_items(items):
    # append/extend must not mutate a default list shared between parses.
    if type(items) is list:
        return list(items)
    if items is not None:
        import copy
        return copy.copy(items)
    return []


def _get_action_name(argument):
    """The name an error message uses for an action."""
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        return argument.metavar
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    if argument.choices:
        return '{' + ','.join(argument.choices) + '}'
    return None


# ---------------------------------------------------------------------------
# Help formatting

class HelpFormatter(object):
    """Lays out usage and help text.

    Items are collected first (usage, text, sections of actions) and
    rendered by format_help, because the column where help text starts
    depends on the longest action invocation of the whole parser.
    """

    def __init__(self, prog, indent_increment=2, max_help_position=24,
                 width=None):
        if width is None:
            # Two columns narrower than the terminal, as the reference does.
            import shutil
            width = shutil.get_terminal_size().columns - 2
        # Attribute names are kept: custom formatters read them.
        self._width = width
        self._prog = prog
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._indent_increment = indent_increment
        self._level = self._current_indent = self._action_max_length = 0
        self._whitespace_matcher = _re.compile(r'\s+', _re.ASCII)
        self._long_break_matcher = _re.compile(r'\n\n\n+')
        self._current_section = self._root_section = self._Section(self, None)

    # -- indentation and sections

    def _shift(self, levels):
        self._level += levels
        self._current_indent += levels * self._indent_increment
        if self._current_indent < 0:
            raise AssertionError('Indent decreased below 0.')

    def _indent(self):
        self._shift(1)

    def _dedent(self):
        self._shift(-1)

    class _Section(object):
        # A heading and the deferred renderers of its content; nested
        # sections are items of their parent.

        def __init__(self, formatter, parent, heading=None):
            self.items = []
            self.formatter, self.parent, self.heading = formatter, parent, heading

        def format_help(self):
            fmt = self.formatter
            nested = self.parent is not None
            if nested:
                fmt._indent()
            try:
                body = fmt._join_parts([render(*args)
                                        for render, args in self.items])
            finally:
                if nested:
                    fmt._dedent()
            if not body:
                return ''
            if self.heading in (None, SUPPRESS):
                return fmt._join_parts(['\n', body, '\n'])
            title = '%s%s:\n' % (' ' * fmt._current_indent, self.heading)
            return fmt._join_parts(['\n', title, body, '\n'])

    def format_help(self):
        text = self._root_section.format_help()
        if not text:
            return text
        text = self._long_break_matcher.sub('\n\n', text)
        return text.strip('\n') + '\n'

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is SUPPRESS:
            return
        self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_text(self, text):
        if text is None or text is SUPPRESS:
            return
        self._add_item(self._format_text, [text])

    def start_section(self, heading):
        self._indent()
        child = self._Section(self, self._current_section, heading)
        self._add_item(child.format_help, [])
        self._current_section = child

    def end_section(self):
        self._current_section = self._current_section.parent
        self._dedent()

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        # Remember the widest invocation (sub-actions included, at their
        # deeper indentation): it fixes the help column of the whole page.
        widths = [self._current_indent +
                  len(self._format_action_invocation(action))]
        for sub in self._iter_indented_subactions(action):
            widths.append(self._current_indent +
                          len(self._format_action_invocation(sub)))
        self._action_max_length = max(self._action_max_length, *widths)
        self._add_item(self._format_action, [action])

    def _join_parts(self, parts):
        return ''.join(p for p in parts if p and p is not SUPPRESS)

    # -- usage

    def _format_usage(self, usage, actions, groups, prefix):
        prefix = _('usage: ') if prefix is None else prefix
        prog = '%s' % (self._prog,)
        if usage is not None:
            usage = usage % {'prog': self._prog}
        elif not actions:
            usage = prog
        else:
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            whole = self._format_actions_usage(optionals + positionals, groups)
            usage = ' '.join(s for s in (prog, whole) if s)
            width = self._width - self._current_indent
            if len(prefix) + len(usage) > width:
                usage = self._wrap_usage(prefix, prog, optionals, positionals,
                                         groups, width)
        return '%s%s\n\n' % (prefix, usage)

    _usage_part = _re.compile(r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+')

    def _wrap_usage(self, prefix, prog, optionals, positionals, groups,
                    width):
        opt_text = self._format_actions_usage(optionals, groups)
        pos_text = self._format_actions_usage(positionals, groups)
        opt_parts = self._usage_part.findall(opt_text)
        pos_parts = self._usage_part.findall(pos_text)

        def fill(parts, indent, first=None):
            # Greedy filling; the first line may start after a prefix
            # instead of the indentation.
            lines = []
            cur = []
            used = (len(first) if first is not None else len(indent)) - 1
            for part in parts:
                if cur and used + 1 + len(part) > width:
                    lines.append(indent + ' '.join(cur))
                    cur = []
                    used = len(indent) - 1
                cur.append(part)
                used += len(part) + 1
            if cur:
                lines.append(indent + ' '.join(cur))
            if first is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * width:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = fill([prog] + opt_parts, indent, prefix)
                lines += fill(pos_parts, indent)
            else:
                lines = (fill([prog] + pos_parts, indent, prefix)
                         if pos_parts else [prog])
        else:
            # A long prog gets a line of its own; the arguments follow,
            # optionals and positionals apart unless all fit on one line.
            indent = ' ' * len(prefix)
            lines = fill(opt_parts + pos_parts, indent)
            if lines[1:]:
                lines = fill(opt_parts, indent) + fill(pos_parts, indent)
            lines = [prog] + lines
        return '\n'.join(lines)

    def _format_actions_usage(self, actions, groups):
        # Mutually exclusive groups whose actions sit next to each other
        # are bracketed as a unit, their members separated by '|'.
        in_group = set()
        marks = {}

        def mark(at, text, sep=' '):
            marks[at] = marks[at] + sep + text if at in marks else text

        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError(f'empty group {group}')
            if members[0] not in actions:
                continue
            start = actions.index(members[0])
            end = start + len(members)
            if actions[start:end] != members:
                continue
            shown = 0
            for a in members:
                in_group.add(a)
                if a.help is not SUPPRESS:
                    shown += 1
            if not group.required:
                mark(start, '[')
                mark(end, ']', '')
            elif shown > 1:
                mark(start, '(')
                mark(end, ')', '')
            for i in range(start + 1, end):
                marks[i] = '|'

        parts = []
        for i, action in enumerate(actions):
            hidden = action.help is SUPPRESS
            if hidden:
                # A hidden member drops one neighbouring '|' separator.
                parts.append(None)
                for at in (i, i + 1):
                    if marks.get(at) == '|':
                        del marks[at]
                        break
            elif not action.option_strings:
                part = self._format_args(
                    action, self._get_default_metavar_for_positional(action))
                if action in in_group and part[:1] == '[' and \
                        part[-1:] == ']':
                    part = part[1:-1]
                parts.append(part)
            else:
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    part = '%s %s' % (action.option_strings[0],
                                      self._format_args(
                                          action,
                                          self._get_default_metavar_for_optional(action)))
                if not action.required and action not in in_group:
                    part = '[%s]' % part
                parts.append(part)

        for i in sorted(marks, reverse=True):
            parts[i:i] = [marks[i]]
        text = ' '.join(p for p in parts if p is not None)
        text = _re.sub(r'([\[(]) ', r'\1', text)
        text = _re.sub(r' ([\])])', r'\1', text)
        text = _re.sub(r'[\[(] *[\])]', r'', text)
        return text.strip()

    # -- text and actions

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - self._current_indent, 11)
        indent = ' ' * self._current_indent
        return self._fill_text(text, width, indent) + '\n\n'

    def _format_action(self, action):
        # The help column: two past the widest invocation, capped.
        help_position = self._max_help_position
        if self._action_max_length + 2 < help_position:
            help_position = self._action_max_length + 2
        pad = ' ' * self._current_indent
        action_width = help_position - len(pad) - 2
        help_width = max(11, self._width - help_position)
        header = self._format_action_invocation(action)
        if not action.help:
            header = pad + header + '\n'
        elif len(header) <= action_width:
            header = pad + header.ljust(action_width) + '  '
            first_indent = 0
        else:
            header = pad + header + '\n'
            first_indent = help_position
        parts = [header]
        if action.help and action.help.strip():
            text = self._expand_help(action)
            if text:
                lines = self._split_lines(text, help_width)
                parts.append(' ' * first_indent + lines[0] + '\n')
                for line in lines[1:]:
                    parts.append(' ' * help_position + line + '\n')
        elif not header.endswith('\n'):
            parts.append('\n')
        parts += [self._format_action(sub)
                  for sub in self._iter_indented_subactions(action)]
        return self._join_parts(parts)

    def _format_action_invocation(self, action):
        # '-f, --foo FOO' for options, the bare metavar for positionals.
        if action.option_strings and action.nargs == 0:
            return ', '.join(action.option_strings)
        if not action.option_strings:
            name = self._metavar_formatter(
                action, self._get_default_metavar_for_positional(action))(1)
            (only,) = name
            return only
        args = self._format_args(
            action, self._get_default_metavar_for_optional(action))
        return ', '.join('%s %s' % (s, args) for s in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            name = action.metavar
        elif action.choices is not None:
            name = '{%s}' % ','.join(map(str, action.choices))
        else:
            name = default_metavar

        def fmt(size):
            if isinstance(name, tuple):
                return name
            return (name,) * size
        return fmt

    def _format_args(self, action, default_metavar):
        get = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % get(1)
        if nargs == OPTIONAL:
            return '[%s]' % get(1)
        if nargs == ZERO_OR_MORE:
            names = get(1)
            if len(names) == 2:
                return '[%s [%s ...]]' % names
            return '[%s ...]' % names
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % get(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % get(1)
        if nargs == SUPPRESS:
            return ''
        try:
            template = ' '.join(['%s'] * nargs)
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return template % get(nargs)

    def _expand_help(self, action):
        # Help may name any attribute of its action as %(name)s, plus
        # %(prog)s; callables show by name and choices as a list.
        table = {}
        for name, value in list(vars(action).items()) + [('prog', self._prog)]:
            if value is SUPPRESS:
                table.pop(name, None)
                continue
            table[name] = getattr(value, '__name__', value)
        if table.get('choices') is not None:
            table['choices'] = ', '.join([str(c) for c in table['choices']])
        return self._get_help_string(action) % table

    def _iter_indented_subactions(self, action):
        try:
            listing = action._get_subactions
        except AttributeError:
            return
        self._indent()
        yield from listing()
        self._dedent()

    def _squeeze(self, text):
        # Runs of whitespace collapse to one blank before re-wrapping.
        return self._whitespace_matcher.sub(' ', text).strip()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(self._squeeze(text), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(self._squeeze(text), width,
                             initial_indent=indent, subsequent_indent=indent)

    def _get_default_metavar_for_positional(self, action):
        return action.dest

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_help_string(self, action):
        return action.help


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog exactly as written."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every text, argument help included, exactly as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends each argument's default to its help."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL,
                                                         ZERO_OR_MORE):
                text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names each argument's value after its type."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------------------
# Errors

class ArgumentError(Exception):
    """A problem with one argument, named in the message."""

    def __init__(self, argument, message):
        self.message = message
        self.argument_name = _get_action_name(argument)

    def __str__(self):
        name = self.argument_name
        return self.message if name is None else \
            'argument %s: %s' % (name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type function to reject a string with its own message."""
    pass


# ---------------------------------------------------------------------------
# Actions

class Action(_AttributeHolder):
    """What to do with the strings one argument consumes.

    Subclasses implement __call__(parser, namespace, values,
    option_string=None).
    """

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        vars(self).update(
            option_strings=option_strings, dest=dest, nargs=nargs,
            const=const, default=default, type=type, choices=choices,
            required=required, help=help, metavar=metavar)

    # The repr lists these, in this order.
    _REPR_FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default',
                    'type', 'choices', 'required', 'help', 'metavar')

    def _get_kwargs(self):
        return [(field, getattr(self, field)) for field in self._REPR_FIELDS]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(_('.__call__() not defined'))

    def format_usage(self):
        return self.option_strings[0]


class BooleanOptionalAction(Action):
    """A flag with a --no- twin that stores False."""

    def __init__(self, option_strings, dest, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        strings = []
        for s in option_strings:
            strings.append(s)
            if s.startswith('--'):
                strings.append('--no-' + s[2:])
        super().__init__(option_strings=strings, dest=dest, nargs=0,
                         default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest,
                    not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


def _check_value_nargs(nargs, const, zero_message):
    # Actions that store what they consume need something to consume, and
    # a const only makes sense as the value of a bare optional ('?').
    if nargs == 0:
        raise ValueError(zero_message)
    if const is not None and nargs != OPTIONAL:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        _check_value_nargs(nargs, const,
                           'nargs for store actions must be != 0; if you '
                           'have nothing to store, actions such as store '
                           'true or store const may be more appropriate')
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=nargs, const=const, default=default,
                         type=type, choices=choices, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         const=const, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         const=True, default=default, required=required,
                         help=help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         const=False, default=default, required=required,
                         help=help)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        _check_value_nargs(nargs, const,
                           'nargs for append actions must be != 0; if arg '
                           'strings are not supplying the value to append, '
                           'the append const action may be more appropriate')
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=nargs, const=const, default=default,
                         type=type, choices=choices, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         const=const, default=default, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (0 if count is None else count) + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS,
                 default=SUPPRESS, help="show program's version number and exit"):
        super().__init__(option_strings=option_strings, dest=dest,
                         default=default, nargs=0, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        # Without its own text the action shows the parser's version
        # attribute (AttributeError when there is none, as in CPython).
        text = parser.version if self.version is None else self.version
        formatter = parser._get_formatter()
        formatter.add_text(text)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _SubParsersAction(Action):
    """The positional that chooses a sub-command and hands it the rest."""

    class _ChoicesPseudoAction(Action):
        # Only for the help listing of the sub-commands.

        def __init__(self, name, aliases, help):
            metavar = name
            if aliases:
                metavar += ' (%s)' % ', '.join(aliases)
            super().__init__(option_strings=[], dest=name, help=help,
                             metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        # The name -> parser map doubles as the action's choices, so the
        # choices grow as sub-commands are added.
        commands = {}
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=PARSER, choices=commands,
                         required=required, help=help, metavar=metavar)
        self._name_parser_map = commands
        self._choices_actions = []
        self._parser_class = parser_class
        self._prog_prefix = prog

    def add_parser(self, name, **kwargs):
        aliases = kwargs.pop('aliases', ())
        known = self._name_parser_map
        if name in known:
            raise ArgumentError(self, _('conflicting subparser: %s') % name)
        clash = next((a for a in aliases if a in known), None)
        if clash is not None:
            raise ArgumentError(self,
                                _('conflicting subparser alias: %s') % clash)
        if kwargs.get('prog') is None:
            kwargs['prog'] = self._prog_prefix + ' ' + name
        if 'help' in kwargs:
            # Only commands given a help text are listed in the help.
            entry = self._ChoicesPseudoAction(name, aliases, kwargs.pop('help'))
            self._choices_actions.append(entry)
        sub = self._parser_class(**kwargs)
        known.update(dict.fromkeys((name,) + tuple(aliases), sub))
        return sub

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        try:
            sub = self._name_parser_map[name]
        except KeyError:
            msg = _('unknown parser %(parser_name)r (choices: %(choices)s)') % {
                'parser_name': name,
                'choices': ', '.join(self._name_parser_map)}
            raise ArgumentError(self, msg)
        subnamespace, rest = sub.parse_known_args(rest, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if rest:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(rest)


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


# ---------------------------------------------------------------------------
# Types

class FileType(object):
    """A type that opens the named file ('-' meaning stdin or stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode, self._bufsize = mode, bufsize
        self._encoding, self._errors = encoding, errors

    def _standard_stream(self):
        # '-' stands for stdin when reading and stdout when writing.
        mode = self._mode
        if 'r' in mode:
            stream = _sys.stdin
        elif set(mode) & set('wax'):
            stream = _sys.stdout
        else:
            raise ValueError(_('argument "-" with mode %r') % mode)
        return stream.buffer if 'b' in mode else stream

    def __call__(self, string):
        if string == '-':
            return self._standard_stream()
        try:
            return open(string, self._mode, self._bufsize,
                        encoding=self._encoding, errors=self._errors)
        except OSError as e:
            raise ArgumentTypeError(_("can't open '%(filename)s': %(error)s")
                                    % {'filename': string, 'error': e})

    def __repr__(self):
        shown = [repr(a) for a in (self._mode, self._bufsize) if a != -1]
        for kw, value in (('encoding', self._encoding),
                          ('errors', self._errors)):
            if value is not None:
                shown.append('%s=%r' % (kw, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


# ---------------------------------------------------------------------------
# The result

class Namespace(_AttributeHolder):
    """A plain object holding the parsed values as attributes."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __contains__(self, key):
        return key in vars(self)

    # Equal when both are namespaces with the same attributes; __ne__ is
    # derived from this by object.
    def __eq__(self, other):
        if isinstance(other, Namespace):
            return vars(other) == vars(self)
        return NotImplemented


# ---------------------------------------------------------------------------
# Containers

# The action= names every container knows; None is the default action.
_BUILTIN_ACTIONS = {
    None: _StoreAction, 'store': _StoreAction,
    'store_const': _StoreConstAction, 'store_true': _StoreTrueAction,
    'store_false': _StoreFalseAction, 'append': _AppendAction,
    'append_const': _AppendConstAction, 'count': _CountAction,
    'help': _HelpAction, 'version': _VersionAction,
    'parsers': _SubParsersAction, 'extend': _ExtendAction,
}


class _ActionsContainer(object):

    def __init__(self, description, prefix_chars, argument_default,
                 conflict_handler):
        super().__init__()
        self.prefix_chars = prefix_chars
        self.description = description
        self.conflict_handler = conflict_handler
        self.argument_default = argument_default
        # Fails early on an unknown conflict_handler.
        self._get_handler()

        # Shared with this container's groups (see _ArgumentGroup).
        self._registries = {'action': dict(_BUILTIN_ACTIONS)}
        self._defaults = {}
        self._actions = []
        self._option_string_actions = {}
        # A one-element list once some option looks like a negative
        # number; a list so that groups can share and update it.
        self._has_negative_number_optionals = []
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._negative_number_matcher = _re.compile(r'^-\d+$|^-\d*\.\d+$')

    def register(self, registry_name, value, object):
        table = self._registries.setdefault(registry_name, {})
        table[value] = object

    def _registry_get(self, registry_name, value, default=None):
        table = self._registries[registry_name]
        return table.get(value, default)

    def get_default(self, dest):
        found = [a.default for a in self._actions
                 if a.dest == dest and a.default is not None]
        if found:
            return found[0]
        return self._defaults.get(dest)

    def set_defaults(self, **kwargs):
        # Existing actions take the new default too.
        for action in self._actions:
            action.default = kwargs.get(action.dest, action.default)
        self._defaults.update(kwargs)

    def add_argument(self, *args, **kwargs):
        """add_argument(name or flags..., action=..., nargs=..., ...)

        Define one argument: a positional when the only name does not
        start with a prefix character, else an option."""
        positional = not args or (len(args) == 1 and
                                  args[0][0] not in self.prefix_chars)
        if positional and args and 'dest' in kwargs:
            raise ValueError('dest supplied twice for positional argument')
        split = (self._get_positional_kwargs if positional
                 else self._get_optional_kwargs)
        kwargs = split(*args, **kwargs)
        if 'default' not in kwargs:
            # Parser-wide defaults: set_defaults() wins over
            # argument_default.
            if kwargs['dest'] in self._defaults:
                kwargs['default'] = self._defaults[kwargs['dest']]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default

        factory = self._pop_action_class(kwargs)
        if not callable(factory):
            raise ValueError('unknown action "%s"' % (factory,))
        action = factory(**kwargs)
        self._validate_action(action)
        return self._add_action(action)

    def _validate_action(self, action):
        convert = self._registry_get('type', action.type, action.type)
        if not callable(convert):
            raise ValueError('%r is not callable' % (convert,))
        if convert is FileType:
            raise ValueError('%r is a FileType class object, instance of it'
                             ' must be passed' % (convert,))
        # Rendering the usage once catches a metavar tuple of the wrong
        # length now rather than at --help time.
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError(
                    'length of metavar tuple does not match nargs')

    def add_mutually_exclusive_group(self, **kwargs):
        mutex = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(mutex)
        return mutex

    def add_argument_group(self, *args, **kwargs):
        titled = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(titled)
        return titled

    def _add_action(self, action):
        self._check_conflict(action)
        action.container = self
        self._actions.append(action)
        self._option_string_actions.update(
            dict.fromkeys(action.option_strings, action))
        if not self._has_negative_number_optionals and any(
                self._negative_number_matcher.match(s)
                for s in action.option_strings):
            self._has_negative_number_optionals.append(True)
        return action

    def _add_container_actions(self, container):
        # Copies a parent parser's actions, keeping its groups.
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError(_('cannot merge actions - two groups are '
                                   'named %r') % (group.title,))
            by_title[group.title] = group
        home = {}
        for group in container._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                home[action] = by_title[group.title]
        for group in container._mutually_exclusive_groups:
            mutex = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                home[action] = mutex
        for action in container._actions:
            home.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError(_("'required' is an invalid argument for "
                              "positionals"))
        nargs = kwargs.get('nargs')
        if nargs not in (OPTIONAL, ZERO_OR_MORE):
            kwargs['required'] = True
        if nargs == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        strings = []
        longs = []
        for s in args:
            if not s[0] in self.prefix_chars:
                raise ValueError(_('invalid option string %(option)r: must '
                                   'start with a character %(prefix_chars)r')
                                 % {'option': s,
                                    'prefix_chars': self.prefix_chars})
            strings.append(s)
            if len(s) > 1 and s[1] in self.prefix_chars:
                longs.append(s)
        dest = kwargs.pop('dest', None)
        if dest is None:
            source = longs[0] if longs else strings[0]
            dest = source.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError(_('dest= is required for options like %r')
                                 % s)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=strings)

    def _remove_action(self, action):
        self._actions.remove(action)

    def _pop_action_class(self, kwargs, default=None):
        # action= is a registered name or the class itself.
        key = kwargs.pop('action', default)
        return self._registry_get('action', key, key)

    def _get_handler(self):
        handler = getattr(self, '_handle_conflict_%s' % self.conflict_handler,
                          None)
        if handler is None:
            raise ValueError(_('invalid conflict_resolution value: %r')
                             % self.conflict_handler)
        return handler

    def _check_conflict(self, action):
        clashes = [(s, self._option_string_actions[s])
                   for s in action.option_strings
                   if s in self._option_string_actions]
        if clashes:
            self._get_handler()(action, clashes)

    def _handle_conflict_error(self, action, conflicting_actions):
        msg = _plural(len(conflicting_actions),
                      'conflicting option string: %s',
                      'conflicting option strings: %s')
        raise ArgumentError(action, msg % ', '.join(
            s for s, _a in conflicting_actions))

    def _handle_conflict_resolve(self, action, conflicting_actions):
        # The newer action wins: the older loses the clashing strings and
        # disappears when it has none left.
        for s, old in conflicting_actions:
            old.option_strings.remove(s)
            self._option_string_actions.pop(s, None)
            if not old.option_strings:
                old.container._remove_action(old)


class _ArgumentGroup(_ActionsContainer):
    """A titled section of the help; its actions belong to the parser."""

    # The bookkeeping a group shares with the container it belongs to:
    # adding to a group registers the action with the whole parser.
    _SHARED = ('_registries', '_actions', '_option_string_actions',
               '_defaults', '_has_negative_number_optionals',
               '_mutually_exclusive_groups')

    def __init__(self, container, title=None, description=None, **kwargs):
        for setting in ('conflict_handler', 'prefix_chars',
                        'argument_default'):
            if setting not in kwargs:
                kwargs[setting] = getattr(container, setting)
        super().__init__(description=description, **kwargs)
        for name in self._SHARED:
            setattr(self, name, getattr(container, name))
        self._group_actions = []
        self.title = title

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)

    def _add_action(self, action):
        added = super()._add_action(action)
        self._group_actions.append(added)
        return added


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Actions of which at most one (or, if required, exactly one) may be
    given."""

    def __init__(self, container, required=False):
        super().__init__(container)
        self._container = container
        self.required = required

    def _remove_action(self, action):
        self._group_actions.remove(action)
        self._container._remove_action(action)

    def _add_action(self, action):
        # The action lands in the container's own group (positionals,
        # options or a titled group); this group only remembers it.
        if action.required:
            raise ValueError(_('mutually exclusive arguments must be optional'))
        added = self._container._add_action(action)
        self._group_actions.append(added)
        return added


# ---------------------------------------------------------------------------
# The parser

def _identity(string):
    return string


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns a list of strings into a Namespace, with help and errors."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default,
                         conflict_handler=conflict_handler)
        vars(self).update(
            prog=_os.path.basename(_sys.argv[0]) if prog is None else prog,
            usage=usage, epilog=epilog, formatter_class=formatter_class,
            fromfile_prefix_chars=fromfile_prefix_chars, add_help=add_help,
            allow_abbrev=allow_abbrev, exit_on_error=exit_on_error)

        # Every parser has these two groups; add_subparsers() may add
        # a third.
        self._subparsers = None
        self._positionals = self.add_argument_group(_('positional arguments'))
        self._optionals = self.add_argument_group(_('options'))

        # type=None means the string itself.
        self.register('type', None, _identity)

        if add_help:
            # '-h/--help', spelled with '-' when it is a prefix character
            # and with the first prefix character otherwise.
            p = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(p + 'h', p + p + 'help', action='help',
                              default=SUPPRESS,
                              help=_('show this help message and exit'))
        for parent in parents:
            self._add_container_actions(parent)
            inherited = getattr(parent, '_defaults', None)
            if inherited is not None:
                self._defaults.update(inherited)

    _REPR_FIELDS = ('prog', 'usage', 'description', 'formatter_class',
                    'conflict_handler', 'add_help')

    def _get_kwargs(self):
        return [(field, getattr(self, field)) for field in self._REPR_FIELDS]

    def _add_action(self, action):
        group = self._optionals if action.option_strings else self._positionals
        group._add_action(action)
        return action

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error(_('cannot have multiple subparser arguments'))
        kwargs.setdefault('parser_class', type(self))
        # A title or description puts the sub-commands in a section of
        # their own; otherwise they are listed with the positionals.
        self._subparsers = self._positionals
        if 'title' in kwargs or 'description' in kwargs:
            self._subparsers = self.add_argument_group(
                kwargs.pop('title', 'subcommands'),
                kwargs.pop('description', None))
        if kwargs.get('prog') is None:
            # Sub-commands are introduced by this parser's usage line cut
            # at the positionals (options are left out).
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        factory = self._pop_action_class(kwargs, 'parsers')
        chooser = factory(option_strings=[], **kwargs)
        self._subparsers._add_action(chooser)
        return chooser

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # -- parsing

    def parse_args(self, args=None, namespace=None):
        parsed, leftover = self.parse_known_args(args, namespace)
        if leftover:
            self.error(_('unrecognized arguments: %s') % ' '.join(leftover))
        return parsed

    def _seed_defaults(self, namespace):
        # Defaults go in first, without overwriting what the caller's
        # namespace already holds; SUPPRESS keeps an attribute absent.
        for action in self._actions:
            if SUPPRESS in (action.dest, action.default):
                continue
            if not hasattr(namespace, action.dest):
                setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        namespace = Namespace() if namespace is None else namespace
        self._seed_defaults(namespace)
        try:
            namespace, args = self._parse_known_args(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        # Strings a sub-parser could not use come back as leftovers.
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args += getattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)

        # Which actions may not be combined with which.
        conflicts = {}
        for group in self._mutually_exclusive_groups:
            members = group._group_actions
            for i, a in enumerate(members):
                conflicts.setdefault(a, []).extend(members[:i] + members[i + 1:])

        # Classify every string: 'O' option, 'A' argument, '-' for the
        # first '--' (everything after it is an argument).
        options = {}
        kinds = []
        after_dashes = False
        for i, s in enumerate(arg_strings):
            if after_dashes:
                kinds.append('A')
            elif s == '--':
                kinds.append('-')
                after_dashes = True
            else:
                found = self._parse_optional(s)
                if found is None:
                    kinds.append('A')
                else:
                    options[i] = found
                    kinds.append('O')
        pattern = ''.join(kinds)

        seen = set()
        seen_non_default = set()
        extras = []

        def take(action, strings, option_string=None):
            seen.add(action)
            values = self._get_values(action, strings)
            if values is not action.default:
                seen_non_default.add(action)
                for other in conflicts.get(action, ()):
                    if other in seen_non_default:
                        raise ArgumentError(
                            action, _('not allowed with argument %s')
                            % _get_action_name(other))
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        def consume_optional(index):
            action, option_string, explicit = options[index]
            todo = []
            while True:
                if action is None:
                    extras.append(arg_strings[index])
                    return index + 1
                if explicit is None:
                    first = index + 1
                    count = self._match_argument(action, pattern[first:])
                    stop = first + count
                    todo.append((action, arg_strings[first:stop],
                                 option_string))
                    break
                count = self._match_argument(action, 'A')
                if count == 0 and option_string[1] not in self.prefix_chars \
                        and explicit != '':
                    # -xyz with -x a flag: -x, then -y with 'z' attached.
                    todo.append((action, [], option_string))
                    option_string = option_string[0] + explicit[0]
                    rest = explicit[1:] or None
                    if option_string not in self._option_string_actions:
                        raise ArgumentError(
                            action, _('ignored explicit argument %r')
                            % explicit)
                    action = self._option_string_actions[option_string]
                    explicit = rest
                elif count == 1:
                    stop = index + 1
                    todo.append((action, [explicit], option_string))
                    break
                else:
                    raise ArgumentError(
                        action, _('ignored explicit argument %r') % explicit)
            for action, strings, option_string in todo:
                take(action, strings, option_string)
            return stop

        positionals = self._get_positional_actions()

        def consume_positionals(index):
            counts = self._match_arguments_partial(positionals, pattern[index:])
            for action, count in zip(positionals, counts):
                strings = arg_strings[index:index + count]
                index += count
                take(action, strings)
            del positionals[:len(counts)]
            return index

        index = 0
        last_option = max(options) if options else -1
        while index <= last_option:
            next_option = min(i for i in options if i >= index)
            if index != next_option:
                end = consume_positionals(index)
                if end > index:
                    index = end
                    continue
                index = end
            if index not in options:
                extras.extend(arg_strings[index:next_option])
                index = next_option
            index = consume_optional(index)
        index = consume_positionals(index)
        extras.extend(arg_strings[index:])

        missing = []
        for action in self._actions:
            if action in seen:
                continue
            if action.required:
                missing.append(_get_action_name(action))
            elif isinstance(action.default, str) and \
                    getattr(namespace, action.dest, None) is action.default:
                # An untouched string default is converted by the type,
                # like a string from the command line.
                setattr(namespace, action.dest,
                        self._get_value(action, action.default))
        if missing:
            self.error(_('the following arguments are required: %s')
                       % ', '.join(missing))
        for group in self._mutually_exclusive_groups:
            if group.required and not any(a in seen_non_default
                                          for a in group._group_actions):
                names = [_get_action_name(a) for a in group._group_actions
                         if a.help is not SUPPRESS]
                self.error(_('one of the arguments %s is required')
                           % ' '.join(names))
        return namespace, extras

    def _read_args_from_files(self, arg_strings):
        result = []
        for s in arg_strings:
            if not s or s[0] not in self.fromfile_prefix_chars:
                result.append(s)
                continue
            try:
                with open(s[1:]) as f:
                    found = []
                    for line in f.read().splitlines():
                        found.extend(self.convert_arg_line_to_args(line))
                    result.extend(self._read_args_from_files(found))
            except OSError as err:
                self.error(str(err))
        return result

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, arg_strings_pattern):
        m = _re.match(self._get_nargs_pattern(action), arg_strings_pattern)
        if m is None:
            nargs = action.nargs
            if nargs is None:
                msg = _('expected one argument')
            elif nargs == OPTIONAL:
                msg = _('expected at most one argument')
            elif nargs == ONE_OR_MORE:
                msg = _('expected at least one argument')
            else:
                msg = _plural(nargs, 'expected %s argument',
                              'expected %s arguments') % nargs
            raise ArgumentError(action, msg)
        return len(m.group(1))

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        # As many leading positionals as can match, each as greedily as
        # the ones after it allow.
        for n in range(len(actions), 0, -1):
            joined = ''.join(self._get_nargs_pattern(a) for a in actions[:n])
            m = _re.match(joined, arg_strings_pattern)
            if m is not None:
                return [len(g) for g in m.groups()]
        return []

    def _parse_optional(self, arg_string):
        """(action, option string, attached argument) for a string that is
        an option, or None for one that is an argument."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        if arg_string in self._option_string_actions:
            return self._option_string_actions[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            name, attached = arg_string.split('=', 1)
            if name in self._option_string_actions:
                return self._option_string_actions[name], name, attached
        candidates = self._get_option_tuples(arg_string)
        if len(candidates) > 1:
            self.error(_('ambiguous option: %(option)s could match '
                         '%(matches)s') % {
                'option': arg_string,
                'matches': ', '.join(c[1] for c in candidates)})
        if candidates:
            return candidates[0]
        # Negative numbers are arguments unless some option looks like
        # one; strings with a blank are arguments too.
        if ' ' in arg_string or (
                self._negative_number_matcher.match(arg_string) and
                not self._has_negative_number_optionals):
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        found = []
        chars = self.prefix_chars
        if option_string[0] in chars and option_string[1] in chars:
            # Long options: unique prefixes, split only at '='.
            if self.allow_abbrev:
                prefix, attached = option_string, None
                if '=' in option_string:
                    prefix, attached = option_string.split('=', 1)
                for s, action in self._option_string_actions.items():
                    if s.startswith(prefix):
                        found.append((action, s, attached))
        elif option_string[0] in chars:
            # Short options: the first two characters may be an option
            # with its argument attached.
            short, attached = option_string[:2], option_string[2:]
            for s, action in self._option_string_actions.items():
                if s == short:
                    found.append((action, s, attached))
                elif s.startswith(option_string):
                    found.append((action, s, None))
        else:
            self.error(_('unexpected option string: %s') % option_string)
        return found

    def _get_nargs_pattern(self, action):
        nargs = action.nargs
        if nargs is None:
            pat = '(-*A-*)'
        elif nargs == OPTIONAL:
            pat = '(-*A?-*)'
        elif nargs == ZERO_OR_MORE:
            pat = '(-*[A-]*)'
        elif nargs == ONE_OR_MORE:
            pat = '(-*A[A-]*)'
        elif nargs == REMAINDER:
            pat = '([-AO]*)'
        elif nargs == PARSER:
            pat = '(-*A[-AO]*)'
        elif nargs == SUPPRESS:
            pat = '(-*-*)'
        else:
            pat = '(-*%s-*)' % '-*'.join('A' * nargs)
        if action.option_strings:
            # Options never take '--' as an argument.
            pat = pat.replace('-*', '').replace('-', '')
        return pat

    def parse_intermixed_args(self, args=None, namespace=None):
        args, rest = self.parse_known_intermixed_args(args, namespace)
        if rest:
            self.error(_('unrecognized arguments: %s') % ' '.join(rest))
        return args

    def parse_known_intermixed_args(self, args=None, namespace=None):
        # Two passes: options first (positionals switched off), then the
        # positionals from what is left (options no longer required).
        positionals = self._get_positional_actions()
        bad = [a for a in positionals if a.nargs in (PARSER, REMAINDER)]
        if bad:
            raise TypeError('parse_intermixed_args: positional arg with '
                            'nargs=%s' % bad[0].nargs)
        for group in self._mutually_exclusive_groups:
            if any(a in positionals for a in group._group_actions):
                raise TypeError('parse_intermixed_args: positional in '
                                'mutuallyExclusiveGroup')
        saved_usage = self.usage
        try:
            if self.usage is None:
                self.usage = self.format_usage()[7:]
            saved = [(a, a.nargs, a.default) for a in positionals]
            try:
                for a in positionals:
                    a.nargs = SUPPRESS
                    a.default = SUPPRESS
                namespace, remaining = self.parse_known_args(args, namespace)
                for a in positionals:
                    if hasattr(namespace, a.dest) and \
                            getattr(namespace, a.dest) == []:
                        from warnings import warn
                        warn('Do not expect %s in %s' % (a.dest, namespace))
                        delattr(namespace, a.dest)
            finally:
                for a, nargs, default in saved:
                    a.nargs = nargs
                    a.default = default
            optionals = self._get_optional_actions()
            saved_req = [(a, a.required) for a in optionals]
            saved_groups = [(g, g.required)
                            for g in self._mutually_exclusive_groups]
            try:
                for a in optionals:
                    a.required = False
                for g in self._mutually_exclusive_groups:
                    g.required = False
                namespace, extras = self.parse_known_args(remaining, namespace)
            finally:
                for a, req in saved_req:
                    a.required = req
                for g, req in saved_groups:
                    g.required = req
        finally:
            self.usage = saved_usage
        return namespace, extras

    def _get_values(self, action, arg_strings):
        if action.nargs not in (PARSER, REMAINDER):
            if '--' in arg_strings:
                arg_strings.remove('--')
        nargs = action.nargs
        if not arg_strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not arg_strings and nargs == ZERO_OR_MORE and \
                not action.option_strings:
            value = action.default if action.default is not None \
                else arg_strings
            self._check_value(action, value)
        elif len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif nargs == SUPPRESS:
            value = SUPPRESS
        else:
            # A list: REMAINDER is taken unchecked, a sub-command is
            # checked by its name only, anything else item by item.
            value = [self._get_value(action, v) for v in arg_strings]
            if nargs == PARSER:
                self._check_value(action, value[0])
            elif nargs != REMAINDER:
                for v in value:
                    self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        convert = self._registry_get('type', action.type, action.type)
        if not callable(convert):
            raise ArgumentError(action, _('%r is not callable') % (convert,))
        try:
            return convert(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, _('invalid %(type)s value: %(value)r')
                                % {'type': name, 'value': arg_string})

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            raise ArgumentError(
                action, _('invalid choice: %(value)r (choose from '
                          '%(choices)s)') % {
                    'value': value,
                    'choices': ', '.join(map(repr, action.choices))})

    # -- help

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def _usage_formatter(self):
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._actions,
                      self._mutually_exclusive_groups)
        return fmt

    def format_usage(self):
        return self._usage_formatter().format_help()

    def format_help(self):
        # usage, description, one section per group, epilog.
        fmt = self._usage_formatter()
        fmt.add_text(self.description)
        for group in self._action_groups:
            fmt.start_section(group.title)
            fmt.add_text(group.description)
            fmt.add_arguments(group._group_actions)
            fmt.end_section()
        fmt.add_text(self.epilog)
        return fmt.format_help()

    def print_help(self, file=None):
        self._print_message(self.format_help(),
                            _sys.stdout if file is None else file)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(),
                            _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if not message:
            return
        # A closed or missing stream (pythonw, a closed stderr) loses the
        # message rather than raising.
        try:
            (file or _sys.stderr).write(message)
        except (AttributeError, OSError):
            pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        raise SystemExit(status)

    def error(self, message):
        """Print the usage and the message to stderr and exit with status 2.

        An override should exit or raise, never return.
        """
        self.print_usage(_sys.stderr)
        self.exit(2, _('%(prog)s: error: %(message)s\n')
                  % {'prog': self.prog, 'message': message})
