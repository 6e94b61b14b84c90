"""gilpy's logging.config: logging set up from a description of it.

dictConfig takes a dictionary (the schema of version 1: formatters,
filters, handlers, loggers, root); fileConfig takes the older INI-style
file. Both replace the existing configuration, closing the handlers in
use.
"""

import logging
import logging.handlers
import errno
import io
import re

DEFAULT_LOGGING_CONFIG_PORT = 9030
RESET_ERROR = errno.ECONNRESET

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    """True for a string usable as a keyword argument; ValueError
    otherwise."""
    if IDENTIFIER.match(s) is None:
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _resolve(name, importer=__import__):
    # The object a dotted name refers to, importing the modules on the
    # way as needed.
    parts = name.split('.')
    sofar = parts.pop(0)
    obj = importer(sofar)
    for part in parts:
        sofar = sofar + '.' + part
        try:
            obj = getattr(obj, part)
        except AttributeError:
            # A submodule not imported yet.
            importer(sofar)
            obj = getattr(obj, part)
    return obj


def _clearExistingHandlers():
    # A new configuration starts from no handlers: flush and close every
    # one there is, and forget them.
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


# ---------------------------------------------------------------------------
# Containers whose values are converted when read

class ConvertingMixin(object):
    """Values read from these containers go through the configurator's
    convert first: ext:// and cfg:// strings become what they name, and
    nested dicts, lists and tuples become converting containers, which
    remember where they hang (parent, key). A converted value is stored
    back (where the container allows), so it is converted once."""

    def _adopt(self, value, key, store):
        converted = self.configurator.convert(value)
        if converted is not value:
            if store:
                self[key] = converted
            if type(converted) in _CONVERTING_TYPES:
                converted.parent = self
                if key is not _NO_KEY:
                    converted.key = key
        return converted

    def convert_with_key(self, key, value, replace=True):
        return self._adopt(value, key, replace)

    def convert(self, value):
        return self._adopt(value, _NO_KEY, False)


_NO_KEY = object()


class ConvertingDict(dict, ConvertingMixin):
    """A dict whose values are converted when read."""

    def __getitem__(self, key):
        return self.convert_with_key(key, dict.__getitem__(self, key))

    def get(self, key, default=None):
        return self.convert_with_key(key, dict.get(self, key, default))

    def pop(self, key, default=None):
        # Missing keys give default (None), not KeyError.
        return self.convert_with_key(key, dict.pop(self, key, default),
                                     replace=False)


class ConvertingList(list, ConvertingMixin):
    """A list whose items are converted when read."""

    def __getitem__(self, key):
        return self.convert_with_key(key, list.__getitem__(self, key))

    def pop(self, idx=-1):
        return self.convert(list.pop(self, idx))


class ConvertingTuple(tuple, ConvertingMixin):
    """A tuple whose items are converted when read (not stored back)."""

    def __getitem__(self, key):
        return self.convert_with_key(key, tuple.__getitem__(self, key),
                                     replace=False)


_CONVERTING_TYPES = (ConvertingDict, ConvertingList, ConvertingTuple)

# A cfg:// path: a first key, then .key and [index] steps (an index made
# of digits is tried as a number first).
_PATH_START = re.compile(r'\s*(\w+)\s*')
_PATH_STEP = re.compile(r'(?:\.\s*(\w+)|\[\s*(\w+)\s*\])\s*')


class BaseConfigurator(object):
    """What dictConfig's configurator builds on: the configuration as a
    converting dictionary, the resolution of ext:// (an importable
    object) and cfg:// (a place in the configuration) references, and
    user-defined factories ('()')."""

    CONVERT_PATTERN = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')

    # prefix -> name of the method converting the rest of the string.
    value_converters = {'ext': 'ext_convert', 'cfg': 'cfg_convert'}

    # How modules are imported for ext:// and class names.
    importer = staticmethod(__import__)

    def __init__(self, config):
        converting = ConvertingDict(config)
        converting.configurator = self
        self.config = converting

    def resolve(self, s):
        """The object a dotted name refers to, importing the modules on
        the way as needed."""
        try:
            return _resolve(s, self.importer)
        except ImportError as problem:
            raise ValueError('Cannot resolve %r: %s' % (s, problem)) from problem

    def ext_convert(self, value):
        """An ext:// reference: an importable object."""
        return self.resolve(value)

    def cfg_convert(self, value):
        """A cfg:// reference: the value at a path in the configuration,
        like handlers.console or extra.items[0]."""
        step = _PATH_START.match(value)
        if step is None:
            raise ValueError('Unable to convert %r' % value)
        found = self.config[step.group(1)]
        pos = step.end()
        while pos < len(value):
            step = _PATH_STEP.match(value, pos)
            if step is None:
                raise ValueError('Unable to convert %r at %r' % (value, value[pos:]))
            key, index = step.groups()
            if key is not None:
                found = found[key]
            elif index.isdecimal():
                try:
                    found = found[int(index)]
                except TypeError:
                    found = found[index]
            else:
                found = found[index]
            pos = step.end()
        return found

    def convert(self, value):
        """value made ready for use: containers wrapped so that their
        contents convert in turn, reference strings resolved."""
        if isinstance(value, dict):
            if not isinstance(value, ConvertingDict):
                value = ConvertingDict(value)
                value.configurator = self
        elif isinstance(value, list):
            if not isinstance(value, ConvertingList):
                value = ConvertingList(value)
                value.configurator = self
        elif isinstance(value, tuple):
            # Named tuples stay as they are.
            if not isinstance(value, ConvertingTuple) and not hasattr(value, '_fields'):
                value = ConvertingTuple(value)
                value.configurator = self
        elif isinstance(value, str):
            ref = self.CONVERT_PATTERN.match(value)
            if ref is not None:
                method = self.value_converters.get(ref.group('prefix'))
                if method:
                    value = getattr(self, method)(ref.group('suffix'))
        return value

    def configure_custom(self, config):
        """An object made by the factory under '()' (a callable or a
        dotted name), called with the other keys as keyword arguments;
        the items of '.' then become its attributes."""
        factory = config.pop('()')
        if not callable(factory):
            factory = self.resolve(factory)
        attributes = config.pop('.', None)
        made = factory(**_keyword_arguments(config))
        if attributes:
            for name, value in attributes.items():
                setattr(made, name, value)
        return made

    def as_tuple(self, value):
        """A list given where a tuple is meant, as a tuple."""
        return tuple(value) if isinstance(value, list) else value


def _keyword_arguments(config):
    # Every key must be a valid identifier; the values are converted as
    # they are read.
    return {key: config[key] for key in config if valid_ident(key)}


class _NotYet(Exception):
    # A MemoryHandler's target has not been configured yet: retried once
    # the other handlers are.
    pass


def _wrap(message, action, *args):
    # Run action; re-raise its failure as ValueError(message), chained.
    try:
        return action(*args)
    except Exception as problem:
        raise ValueError(message) from problem


class DictConfigurator(BaseConfigurator):
    """Applies a dictConfig dictionary."""

    def configure(self):
        """Apply the whole configuration (or, with incremental, only the
        levels and propagate flags it gives)."""
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        version = config['version']
        if version != 1:
            raise ValueError("Unsupported version: %s" % version)
        incremental = config.pop('incremental', False)
        with logging._lock:
            if incremental:
                self._configure_incremental(config)
            else:
                self._configure_afresh(config)

    def _configure_incremental(self, config):
        for name, spec in _items(config.get('handlers', {})):
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            _wrap('Unable to configure handler %r' % name,
                  self._adjust_handler, logging._handlers[name], spec)
        for name, spec in _items(config.get('loggers', {})):
            _wrap('Unable to configure logger %r' % name,
                  self.configure_logger, name, spec, True)
        root = config.get('root', None)
        if root:
            _wrap('Unable to configure root logger', self.configure_root, root, True)

    @staticmethod
    def _adjust_handler(handler, spec):
        level = spec.get('level', None)
        if level:
            handler.setLevel(logging._checkLevel(level))

    def _configure_afresh(self, config):
        keep_existing = not config.pop('disable_existing_loggers', True)
        _clearExistingHandlers()
        # Formatters and filters refer to nothing else; handlers refer to
        # them (and MemoryHandlers to other handlers); loggers refer to
        # handlers and filters.
        formatters = config.get('formatters', {})
        for name in formatters:
            formatters[name] = _wrap('Unable to configure formatter %r' % name,
                                     self.configure_formatter, formatters[name])
        filters = config.get('filters', {})
        for name in filters:
            filters[name] = _wrap('Unable to configure filter %r' % name,
                                  self.configure_filter, filters[name])
        self._configure_handlers(config.get('handlers', {}))
        manager = logging.root.manager
        existing = sorted(manager.loggerDict)
        below_configured = []
        loggers = config.get('loggers', {})
        for name in loggers:
            if name in existing:
                # Existing loggers below a configured one are reset, not
                # disabled.
                prefix = name + '.'
                below_configured.extend(other for other in existing
                                        if other.startswith(prefix))
                existing.remove(name)
            _wrap('Unable to configure logger %r' % name,
                  self.configure_logger, name, loggers[name])
        for name in existing:
            node = manager.loggerDict[name]
            if name not in below_configured:
                node.disabled = not keep_existing
            elif not isinstance(node, logging.PlaceHolder):
                node.setLevel(logging.NOTSET)
                node.handlers = []
                node.propagate = True
        root = config.get('root', None)
        if root:
            _wrap('Unable to configure root logger', self.configure_root, root)

    def _configure_handlers(self, handlers):
        # In the order of their names; one whose target comes later in
        # that order is done in a second round.
        later = []
        for round_names in (sorted(handlers), later):
            for name in round_names:
                try:
                    made = self.configure_handler(handlers[name])
                except Exception as problem:
                    if round_names is not later and isinstance(problem.__cause__, _NotYet):
                        later.append(name)
                        continue
                    raise ValueError('Unable to configure handler %r' % name) from problem
                made.name = name
                handlers[name] = made

    def configure_formatter(self, config):
        """A formatter from its dictionary: format, datefmt, style,
        validate and class, or a factory under '()'."""
        if '()' in config:
            factory = config['()']
            try:
                return self.configure_custom(config)
            except TypeError as problem:
                if "'format'" not in str(problem):
                    raise
                # Factories written for Formatter's own name of the
                # argument, fmt.
                config['fmt'] = config.pop('format')
                config['()'] = factory
                return self.configure_custom(config)
        cname = config.get('class', None)
        cls = _resolve(cname) if cname else logging.Formatter
        args = [config.get('format', None), config.get('datefmt', None),
                config.get('style', '%')]
        if 'validate' in config:
            args.append(config['validate'])
        return cls(*args)

    def configure_filter(self, config):
        """A filter from its dictionary: a logger name, or a factory."""
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        """Give filterer the configured filters with these ids."""
        for f in filters:
            _wrap('Unable to add filter %r' % f,
                  lambda: filterer.addFilter(self.config['filters'][f]))

    def configure_handler(self, config):
        """A handler from its dictionary: class (or a factory under '()'),
        level, formatter, filters, '.' attributes, and the rest as
        keyword arguments."""
        original = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            formatter = _wrap('Unable to set formatter %r' % formatter,
                              lambda: self.config['formatters'][formatter])
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            factory = config.pop('()')
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            factory = self.resolve(config.pop('class', None))
            if (isinstance(factory, type)
                    and issubclass(factory, logging.handlers.MemoryHandler)
                    and 'target' in config):
                config['target'] = self._target_handler(config, original)
        attributes = config.pop('.', None)
        kwargs = _keyword_arguments(config)
        try:
            made = factory(**kwargs)
        except TypeError as problem:
            if "'stream'" not in str(problem):
                raise
            # Handler classes written with the old name of the argument.
            kwargs['strm'] = kwargs.pop('stream')
            made = factory(**kwargs)
        if formatter:
            made.setFormatter(formatter)
        if level is not None:
            made.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(made, filters)
        if attributes:
            for name, value in attributes.items():
                setattr(made, name, value)
        return made

    def _target_handler(self, config, original):
        # A MemoryHandler's target, by name, once configured.
        name = config['target']
        try:
            target = self.config['handlers'][name]
            if not isinstance(target, logging.Handler):
                # Put the dictionary back as it was for the second try.
                config.update(original)
                raise _NotYet('target not configured yet')
            return target
        except Exception as problem:
            raise ValueError('Unable to set target handler %r' % name) from problem

    def add_handlers(self, logger, handlers):
        """Give logger the configured handlers with these ids."""
        for h in handlers:
            _wrap('Unable to add handler %r' % h,
                  lambda: logger.addHandler(self.config['handlers'][h]))

    def common_logger_config(self, logger, config, incremental=False):
        """What loggers and the root share: level and, unless incremental,
        handlers (replacing the ones it had) and filters."""
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if incremental:
            return
        for old in logger.handlers[:]:
            logger.removeHandler(old)
        for key, attach in (('handlers', self.add_handlers),
                            ('filters', self.add_filters)):
            ids = config.get(key, None)
            if ids:
                attach(logger, ids)

    def configure_logger(self, name, config, incremental=False):
        """Set up the named logger (enabling it)."""
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        propagate = config.get('propagate', None)
        logger.disabled = False
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        """Set up the root logger."""
        self.common_logger_config(logging.getLogger(), config, incremental)


def _items(mapping):
    # (key, converted value) pairs, read through the converting mapping.
    return [(key, mapping[key]) for key in mapping]


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from a dictionary (see the module's doc)."""
    dictConfigClass(config).configure()


# ---------------------------------------------------------------------------
# fileConfig: the INI format

class _IniError(ValueError):
    # A line the INI reader cannot take (configparser's ParsingError);
    # fileConfig reports it as a RuntimeError naming the file.
    pass


class _IniSection(object):
    # One section of an INI file, read as configparser's section proxies
    # read: keys are lower-case, the DEFAULT section's options show
    # through, and values are interpolated (%(name)s, %%) unless raw.

    def __init__(self, ini, name, options):
        self._ini, self.name, self._options = ini, name, options

    def _lookup(self, key):
        key = key.lower()
        if key in self._options:
            return self._options[key]
        return self._ini.defaults[key]

    def __contains__(self, key):
        key = key.lower()
        return key in self._options or key in self._ini.defaults

    def __getitem__(self, key):
        return self._interpolate(key, self._lookup(key), 1)

    def get(self, key, fallback=None, raw=False):
        if key not in self:
            return fallback
        value = self._lookup(key)
        return value if raw else self._interpolate(key, value, 1)

    def getint(self, key, fallback=None):
        return fallback if key not in self else int(self[key])

    def getboolean(self, key, fallback=None):
        if key not in self:
            return fallback
        value = self[key]
        truth = _BOOLEANS.get(value.lower())
        if truth is None:
            raise ValueError('Not a boolean: %s' % value)
        return truth

    def _interpolate(self, key, value, depth):
        if '%' not in value:
            return value
        if depth > 10:
            raise ValueError('Recursion limit exceeded in value substitution: '
                             'option %r in section %r contains an interpolation '
                             'key which cannot be substituted in 10 steps. '
                             'Raw value: %r' % (key, self.name, value))
        out = []
        pos = 0
        while True:
            pct = value.find('%', pos)
            if pct < 0:
                out.append(value[pos:])
                return ''.join(out)
            out.append(value[pos:pct])
            nxt = value[pct + 1:pct + 2]
            if nxt == '%':
                out.append('%')
                pos = pct + 2
                continue
            if nxt != '(':
                raise ValueError("'%%' must be followed by '%%' or '(', found: %r"
                                 % value[pct:])
            ref = _INTERPOLATION_KEY.match(value, pct)
            if ref is None:
                raise ValueError('bad interpolation variable reference %r' % value[pct:])
            name = ref.group(1).lower()
            if name not in self:
                raise ValueError('Bad value substitution: option %r in section %r '
                                 'contains an interpolation key %r which is not a '
                                 'valid option name. Raw value: %r'
                                 % (key, self.name, name, value))
            out.append(self._interpolate(key, self._lookup(name), depth + 1))
            pos = ref.end()


_INTERPOLATION_KEY = re.compile(r'%\(([^)]+)\)s')
_BOOLEANS = {'1': True, 'yes': True, 'true': True, 'on': True,
             '0': False, 'no': False, 'false': False, 'off': False}
_SECTION_HEAD = re.compile(r'\[(?P<header>.+)\]')
_OPTION_LINE = re.compile(r'(?P<option>.*?)\s*(?P<vi>[=:])\s*(?P<value>.*)$')


class _Ini(object):
    # An INI file as fileConfig reads one: sections by name, a DEFAULT
    # section (seeded with fileConfig's defaults), options of one or
    # more lines (continuation lines are indented further).

    def __init__(self, defaults):
        self.defaults = {}
        self.sections = {}
        for key, value in (defaults or {}).items():
            self.defaults[key.lower()] = None if value is None else str(value)

    def __getitem__(self, name):
        if name == 'DEFAULT':
            return _IniSection(self, name, {})
        return _IniSection(self, name, self.sections[name])

    def read_lines(self, lines, source):
        options = None          # the section being read
        option = None           # the option whose value may continue
        option_indent = 0
        parts = {}              # option -> its lines, joined at the end
        problems = []
        for number, line in enumerate(lines, 1):
            text = line.strip()
            if not text or text[0] in '#;':
                if option is not None and not text:
                    parts[id(options), option].append('')
                continue
            indent = len(line) - len(line.lstrip())
            if option is not None and indent > option_indent:
                parts[id(options), option].append(text)
                continue
            option_indent = indent
            head = _SECTION_HEAD.match(text)
            if head:
                name = head.group('header')
                if name in self.sections:
                    raise ValueError("While reading from %r [line %2d]: section %r "
                                     "already exists" % (source, number, name))
                if name == 'DEFAULT':
                    options = self.defaults
                else:
                    options = self.sections[name] = {}
                option = None
                continue
            if options is None:
                raise _IniError('File contains no section headers.\nfile: %r, '
                                'line: %d\n%r' % (source, number, line))
            found = _OPTION_LINE.match(text)
            if not found or not found.group('option').rstrip():
                problems.append('\n\t[line %2d]: %r' % (number, line))
                option = None
                continue
            option = found.group('option').rstrip().lower()
            if (id(options), option) in parts:
                raise ValueError("While reading from %r [line %2d]: option %r in "
                                 "section %r already exists"
                                 % (source, number, option, name))
            parts[id(options), option] = [found.group('value').strip()]
            options[option] = None
        for table in [self.defaults] + list(self.sections.values()):
            for key in table:
                lines = parts.get((id(table), key))
                if lines is not None:
                    while lines and not lines[-1]:
                        lines.pop()
                    table[key] = '\n'.join(lines)
        if problems:
            raise _IniError('Source contains parsing errors: %r%s'
                            % (source, ''.join(problems)))


def _read_ini(fname, defaults, encoding):
    ini = _Ini(defaults)
    if hasattr(fname, 'readline'):
        ini.read_lines(fname, getattr(fname, 'name', '<???>'))
        return ini
    import os
    names = [fname] if isinstance(fname, (str, bytes, os.PathLike)) else fname
    for name in names:
        try:
            with open(name, encoding=encoding) as f:
                ini.read_lines(f, os.fspath(name))
        except OSError:
            # Files that cannot be opened are passed over.
            continue
    return ini


def _strip_spaces(alist):
    return map(str.strip, alist)


def _names(value):
    # A comma-separated list of names ('a, b'), [] for an empty value.
    return list(_strip_spaces(value.split(','))) if len(value) else []


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Configure logging from an INI file (a path, or an open file).

    Sections [formatters], [handlers] and [loggers] list ids in their
    keys option; each id has a [formatter_ID], [handler_ID] or
    [logger_ID] section ([logger_root] for the root). defaults seed the
    DEFAULT section, whose options %(name)s may refer to."""
    if isinstance(fname, str):
        import os
        if not os.path.exists(fname):
            raise FileNotFoundError(f"{fname} doesn't exist")
        if not os.path.getsize(fname):
            raise RuntimeError(f'{fname} is an empty file')
    try:
        ini = _read_ini(fname, defaults,
                        None if hasattr(fname, 'readline') else io.text_encoding(encoding))
    except _IniError as problem:
        raise RuntimeError(f'{fname} is invalid: {problem}')
    formatters = _formatters_from(ini)
    with logging._lock:
        _clearExistingHandlers()
        handlers = _handlers_from(ini, formatters)
        _loggers_from(ini, handlers, disable_existing_loggers)


def _formatters_from(ini):
    made = {}
    for fid in _names(ini['formatters']['keys']):
        section = ini['formatter_%s' % fid]
        args = [section.get('format', None, raw=True),
                section.get('datefmt', None, raw=True),
                section.get('style', '%', raw=True)]
        cname = section.get('class')
        cls = _resolve(cname) if cname else logging.Formatter
        if 'validate' in section:
            args.append(section.getboolean('validate'))
        made[fid] = cls(*args)
    return made


def _handlers_from(ini, formatters):
    made = {}
    targets = []
    namespace = vars(logging)
    for hid in _names(ini['handlers']['keys']):
        section = ini['handler_%s' % hid]
        cls_name = section['class']
        formatter = section.get('formatter', '')
        try:
            cls = eval(cls_name, namespace)
        except (AttributeError, NameError):
            cls = _resolve(cls_name)
        args = eval(section.get('args', '()'), namespace)
        kwargs = eval(section.get('kwargs', '{}'), namespace)
        handler = cls(*args, **kwargs)
        handler.name = hid
        if 'level' in section:
            handler.setLevel(section['level'])
        if len(formatter):
            handler.setFormatter(formatters[formatter])
        if issubclass(cls, logging.handlers.MemoryHandler):
            target = section.get('target', '')
            if len(target):
                targets.append((handler, target))
        made[hid] = handler
    # Targets are set once every handler exists.
    for handler, target in targets:
        handler.setTarget(made[target])
    return made


def _loggers_from(ini, handlers, disable_existing):
    ids = _names(ini['loggers']['keys'])
    ids.remove('root')
    _setup_logger(logging.root, ini['logger_root'], handlers)
    manager = logging.root.manager
    existing = sorted(manager.loggerDict)
    below_configured = []
    for lid in ids:
        section = ini['logger_%s' % lid]
        name = section['qualname']
        propagate = section.getint('propagate', fallback=1)
        logger = logging.getLogger(name)
        if name in existing:
            prefix = name + '.'
            below_configured.extend(other for other in existing
                                    if other.startswith(prefix))
            existing.remove(name)
        _setup_logger(logger, section, handlers)
        logger.propagate = propagate
        logger.disabled = 0
        for hid in _names(section['handlers']):
            logger.addHandler(handlers[hid])
    for name in existing:
        node = manager.loggerDict[name]
        if name not in below_configured:
            node.disabled = disable_existing
        elif not isinstance(node, logging.PlaceHolder):
            node.setLevel(logging.NOTSET)
            node.handlers = []
            node.propagate = True


def _setup_logger(logger, section, handlers):
    # Level, and no handlers but the section's (the root's are added
    # here; other loggers' after their flags are set).
    if 'level' in section:
        logger.setLevel(section['level'])
    for old in logger.handlers[:]:
        logger.removeHandler(old)
    if logger is logging.root:
        for hid in _names(section['handlers']):
            logger.addHandler(handlers[hid])
