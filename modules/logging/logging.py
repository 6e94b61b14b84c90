"""gilpy's logging package.

Code reports events to named loggers; the loggers form a tree by the dots
in their names, and each event travels up the tree as a LogRecord to the
handlers it meets, which turn it into text (through a Formatter) and
write it somewhere. A program that configures nothing still sees its
warnings and errors: they reach stderr through the last-resort handler.
"""

import sys
import time
import threading
import _gilpy_stdlib

# The public API (the names CPython's package exports, in its order).
__all__ = [
    'BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR', 'FATAL',
    'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO', 'LogRecord',
    'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler', 'StreamHandler', 'WARN',
    'WARNING', 'addLevelName', 'basicConfig', 'captureWarnings', 'critical',
    'debug', 'disable', 'error', 'exception', 'fatal', 'getLevelName',
    'getLogger', 'getLoggerClass', 'info', 'log', 'makeLogRecord',
    'setLoggerClass', 'shutdown', 'warn', 'warning', 'getLogRecordFactory',
    'setLogRecordFactory', 'lastResort', 'raiseExceptions',
    'getLevelNamesMapping',
]

__author__, __status__ = "gilpy", "production"
__version__, __date__ = "0.5.1.2", "07 February 2010"

# Switches programs may turn off: reporting of errors raised while
# emitting, and the thread and process fields of records.
raiseExceptions = True
logThreads = logProcesses = logMultiprocessing = True

# relativeCreated counts milliseconds from the import of this module.
_startTime = time.time()

# ---------------------------------------------------------------------------
# Levels

CRITICAL, ERROR, WARNING, INFO, DEBUG, NOTSET = 50, 40, 30, 20, 10, 0
FATAL, WARN = CRITICAL, WARNING

# Name -> number (with the FATAL and WARN aliases) and number -> name;
# getLevelNamesMapping hands out the first in this order.
_nameToLevel = dict(CRITICAL=CRITICAL, FATAL=FATAL, ERROR=ERROR, WARN=WARN,
                    WARNING=WARNING, INFO=INFO, DEBUG=DEBUG, NOTSET=NOTSET)
_levelToName = {number: name for name, number in _nameToLevel.items()
                if name not in ('FATAL', 'WARN')}

# One reentrant lock guards the module's shared state: the level tables,
# the logger tree and the handler registry.
_lock = threading.RLock()


def _acquireLock():
    if _lock:
        _lock.acquire()


def _releaseLock():
    if _lock:
        _lock.release()


def getLevelNamesMapping():
    """A copy of the table from level names to numbers."""
    return dict(_nameToLevel)


def getLevelName(level):
    """The name of a numeric level, or the number of a level name; a
    level nobody named is "Level N". (The lookup goes both ways for old
    programs that relied on it.)"""
    for table in (_levelToName, _nameToLevel):
        found = table.get(level)
        if found is not None:
            return found
    return "Level %s" % level


def addLevelName(level, levelName):
    """Name a numeric level, for records and for level arguments."""
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


def _checkLevel(level):
    # Levels are given as numbers or as registered names.
    if isinstance(level, int):
        return level
    if isinstance(level, str):
        number = _nameToLevel.get(level)
        if number is None:
            raise ValueError("Unknown level: %r" % level)
        return number
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


def currentframe():
    """The frame of whoever called this function."""
    return sys._getframe(1)


# ---------------------------------------------------------------------------
# Records

def _split_pathname(pathname):
    # (filename, module) of a record: the last path component, and that
    # without its extension (a leading dot does not start one).
    filename = pathname.rsplit('/', 1)[-1]
    body = filename.lstrip('.')
    dot = body.rfind('.')
    if dot <= 0:
        return filename, filename
    return filename, filename[:len(filename) - len(body) + dot]


def _is_mapping(obj):
    # isinstance(obj, collections.abc.Mapping), without importing the ABCs
    # (slow to import, and an import at the first record could race with
    # other threads): while they are not loaded, no class but dict's can
    # be a Mapping.
    if isinstance(obj, dict):
        return True
    abcs = sys.modules.get('_collections_abc')
    mapping = getattr(abcs, 'Mapping', None)
    return mapping is not None and isinstance(obj, mapping)


def _lone_mapping(args):
    # A record whose only argument is a non-empty mapping formats its
    # message with %(key)s fields of that mapping.
    if args and len(args) == 1:
        first = args[0]
        if _is_mapping(first) and first:
            return first
    return args


def _process_name():
    name = 'MainProcess'
    mp = sys.modules.get('multiprocessing')
    if mp is not None:
        try:
            name = mp.current_process().name
        except Exception:
            pass
    return name


class LogRecord(object):
    """One event: what was logged (msg and its args), at which level, by
    which logger, from where in the code, when, and by which thread and
    process."""

    def __init__(self, name, level, pathname, lineno,
                 msg, args, exc_info, func=None, sinfo=None, **kwargs):
        now = time.time()
        self.name, self.msg, self.args = name, msg, _lone_mapping(args)
        self.levelname, self.levelno = getLevelName(level), level
        self.pathname, self.lineno, self.funcName = pathname, lineno, func
        try:
            self.filename, self.module = _split_pathname(pathname)
        except (TypeError, ValueError, AttributeError):
            self.filename, self.module = pathname, "Unknown module"
        self.exc_info, self.exc_text, self.stack_info = exc_info, None, sinfo
        self.created = now
        # Whole milliseconds, as a float.
        self.msecs = float(int((now - int(now)) * 1000))
        self.relativeCreated = (now - _startTime) * 1000
        if logThreads:
            self.thread = threading.get_ident()
            self.threadName = threading.current_thread().name
        else:
            self.thread = self.threadName = None
        self.processName = _process_name() if logMultiprocessing else None
        self.process = _gilpy_stdlib.getpid() if logProcesses else None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """str(msg), with the arguments (if any) merged in by %."""
        text = str(self.msg)
        if self.args:
            text = text % self.args
        return text


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    """Make records with factory from now on; it is called with
    LogRecord's arguments."""
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    """The callable that makes records."""
    return _logRecordFactory


def makeLogRecord(dict):
    """A record whose attributes are dict's items: for records sent
    elsewhere (a socket, a queue) as plain dictionaries."""
    made = _logRecordFactory(None, None, "", 0, "", (), None, None)
    made.__dict__.update(dict)
    return made


# ---------------------------------------------------------------------------
# Format styles: how a format string names the record's fields.

def _is_word_char(c):
    return c.isalnum() or c == '_'


def _percent_field_at(fmt, i):
    # Whether a "%(name)" conversion with optional flags, width, precision
    # and a conversion type starts at fmt[i] (which is '%').
    n = len(fmt)
    j = i + 1
    if j >= n or fmt[j] != '(':
        return False
    j += 1
    start = j
    while j < n and _is_word_char(fmt[j]):
        j += 1
    if j == start or j >= n or fmt[j] != ')':
        return False
    j += 1
    while j < n and fmt[j] in '#0+ -':
        j += 1
    if j < n and fmt[j] == '*':
        j += 1
    else:
        while j < n and fmt[j].isdigit() and fmt[j].isascii():
            j += 1
    if j < n and fmt[j] == '.':
        k = j + 1
        if k < n and fmt[k] == '*':
            j = k + 1
        else:
            while k < n and fmt[k].isdigit() and fmt[k].isascii():
                k += 1
            if k > j + 1:
                j = k
    return j < n and fmt[j] in 'diouxefgcrsa%DIOUXEFGCRSA'


def _brace_fields(fmt):
    # The replacement fields of a str.format string, as
    # (field_name, conversion, spec) triples; ValueError for a malformed
    # string, with str.format's messages.
    fields = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '{':
            if i + 1 < n and fmt[i + 1] == '{':
                i += 2
                continue
            depth = 1
            j = i + 1
            while j < n and depth:
                if fmt[j] == '{':
                    depth += 1
                elif fmt[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            body = fmt[i + 1:j - 1]
            conv = None
            spec = ''
            k = 0
            while k < len(body) and body[k] not in '!:':
                if body[k] == '[':
                    close = body.find(']', k)
                    if close < 0:
                        break
                    k = close
                k += 1
            name = body[:k]
            rest = body[k:]
            if rest.startswith('!'):
                if len(rest) < 2:
                    raise ValueError("end of string while looking for conversion specifier")
                conv = rest[1]
                rest = rest[2:]
                if rest and rest[0] != ':':
                    raise ValueError("expected ':' after conversion specifier")
            if rest.startswith(':'):
                spec = rest[1:]
            fields.append((name, conv, spec))
            i = j
        elif c == '}':
            if i + 1 < n and fmt[i + 1] == '}':
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            i += 1
    return fields


def _valid_field_name(name):
    # A name or number, then any number of .attr and [key] parts.
    i = 0
    n = len(name)
    while i < n and _is_word_char(name[i]):
        i += 1
    if i == 0:
        return False
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and _is_word_char(name[j]):
                j += 1
            if j == i + 1:
                return False
            i = j
        elif name[i] == '[':
            j = name.find(']', i + 1)
            if j <= i + 1:
                return False
            i = j + 1
        else:
            return False
    return True


def _valid_spec(spec):
    # [[fill]align][sign][z][#][0][width][grouping][.precision][type]
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>=^':
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        i = 1
    if i < n and spec[i] in '+- ':
        i += 1
    if i < n and spec[i] == '#':
        i += 1
    if i < n and spec[i] == '0':
        i += 1
    while i < n and spec[i].isdigit() and spec[i].isascii():
        i += 1
    if i < n and spec[i] in ',_':
        i += 1
    if i < n and spec[i] == '.':
        j = i + 1
        while j < n and spec[j].isdigit() and spec[j].isascii():
            j += 1
        if j == i + 1:
            return False
        i = j
    if i < n and spec[i] in 'bcdefgnosxXeEFGX%':
        i += 1
    return i == n


def _template_fields(fmt):
    # The placeholders of a $-template: ('name', start) for $name and
    # ${name}, ('$', start) for $$, (None, start) for anything else.
    out = []
    i = fmt.find('$')
    n = len(fmt)
    while i >= 0:
        j = i + 1
        if j < n and fmt[j] == '$':
            out.append(('$', i, j + 1))
            i = fmt.find('$', j + 1)
            continue
        braced = j < n and fmt[j] == '{'
        k = j + 1 if braced else j
        start = k
        if k < n and (fmt[k] == '_' or (fmt[k].isascii() and fmt[k].isalpha())):
            k += 1
            while k < n and fmt[k].isascii() and (fmt[k].isalnum() or fmt[k] == '_'):
                k += 1
        name = fmt[start:k]
        if name and braced:
            if k < n and fmt[k] == '}':
                out.append((name, i, k + 1))
                i = fmt.find('$', k + 1)
                continue
            name = ''
        if name:
            out.append((name, i, k))
            i = fmt.find('$', k)
        else:
            out.append((None, i, i + 1))
            i = fmt.find('$', i + 1)
    return out


class PercentStyle(object):
    """Fields written as %(name)s conversions."""

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        """Whether the format shows asctime (worth computing then)."""
        return self.asctime_search in self._fmt

    def validate(self):
        """Raise ValueError unless the format names at least one field."""
        fmt = self._fmt
        pos = fmt.find('%')
        while pos >= 0:
            if _percent_field_at(fmt, pos):
                return
            pos = fmt.find('%', pos + 1)
        raise ValueError("Invalid format '%s' for '%s' style"
                         % (fmt, self.default_format[0]))

    def _values(self, record):
        # The record's attributes, over the defaults given for fields a
        # record may lack.
        if self._defaults:
            return self._defaults | record.__dict__
        return record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        """The format filled in from the record."""
        try:
            return self._format(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s' % missing)


class StrFormatStyle(PercentStyle):
    """Fields written as {name} replacement fields of str.format."""

    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        """Raise ValueError unless the format has fields, each a
        well-formed name with a known conversion and a valid spec."""
        seen = False
        try:
            for name, conv, spec in _brace_fields(self._fmt):
                if name:
                    if not _valid_field_name(name):
                        raise ValueError('invalid field name/expression: %r' % name)
                    seen = True
                if conv and conv not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conv)
                if spec and not _valid_spec(spec):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as problem:
            raise ValueError('invalid format: %s' % problem)
        if not seen:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    """Fields written as $name or ${name}, as string.Template has them."""

    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        """Raise ValueError for a stray '$' or a format without fields."""
        kinds = {name for name, _, _ in _template_fields(self._fmt)}
        if None in kinds:
            raise ValueError("invalid format: bare '$' not allowed")
        if not kinds - {'$'}:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        values = self._values(record)
        fmt = self._fmt
        pieces = []
        done = 0
        for name, start, end in _template_fields(fmt):
            if name is None:
                # Reported as string.Template reports it: the line and the
                # column just after the '$'.
                lines = fmt[:start + 1].splitlines(keepends=True)
                line, col = len(lines), len(lines[-1])
                raise ValueError('Invalid placeholder in string: line %d, col %d'
                                 % (line, col))
            pieces.append(fmt[done:start])
            pieces.append('$' if name == '$' else '%s' % (values[name],))
            done = end
        pieces.append(fmt[done:])
        return ''.join(pieces)


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

# style character -> (style class, the format basicConfig uses by default)
_STYLES = {'%': (PercentStyle, BASIC_FORMAT),
           '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
           '$': (StringTemplateStyle, '${levelname}:${name}:${message}')}

# ---------------------------------------------------------------------------
# Formatters

def _format_exception(ei):
    # An exc_info triple as the traceback module prints it.
    if ei[1] is None:
        return 'NoneType: None\n'
    return _gilpy_stdlib.format_exception(ei[1], ei[2] if len(ei) > 2 else None)


def _format_stack(frame):
    # The stack from the outermost frame down to frame, as
    # traceback.print_stack shows it.
    import traceback
    return ''.join(traceback.format_stack(frame))


def _with_line_break(text):
    # Appended blocks (exception, stack) start on a line of their own.
    return text if text[-1:] == '\n' else text + '\n'


class Formatter(object):
    """Makes a record's text from a format string in one of three styles
    ('%', '{' or '$'), then adds the exception and stack it carries.
    Subclasses adjust the pieces: formatTime, formatException,
    formatStack, formatMessage."""

    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES))
        self.datefmt = datefmt
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt

    def formatTime(self, record, datefmt=None):
        """When the record was made, as text: by datefmt through
        time.strftime, or like 2003-07-08 16:49:45,896 by default."""
        when = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, when)
        text = time.strftime(self.default_time_format, when)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        """The traceback of an exc_info triple, without its last newline."""
        text = _format_exception(ei)
        return text[:-1] if text.endswith('\n') else text

    def usesTime(self):
        """Whether the format shows asctime."""
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        """The text shown for a record's stack_info: here, that text."""
        return stack_info

    def format(self, record):
        """The record as text. Sets record.message (and record.asctime when
        the format shows it); the exception's text is kept on the record
        in exc_text so that every handler shows the same one."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            text = _with_line_break(text) + record.exc_text
        if record.stack_info:
            text = _with_line_break(text) + self.formatStack(record.stack_info)
        return text


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a list of records: a header, each record by linefmt (the
    default formatter when none is given), a footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not len(records):
            return ""
        parts = [self.formatHeader(records)]
        parts.extend(self.linefmt.format(r) for r in records)
        parts.append(self.formatFooter(records))
        return ''.join(parts)


# ---------------------------------------------------------------------------
# Filters

class Filter(object):
    """Lets through the records of one logger and the loggers below it:
    Filter('a.b') passes 'a.b' and 'a.b.c', not 'a.bb' nor 'a';
    Filter() passes everything."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0 or record.name == self.name:
            return True
        if not record.name.startswith(self.name, 0, self.nlen):
            return False
        return record.name[self.nlen] == '.'


class Filterer(object):
    """The filters loggers and handlers share: each is an object with a
    filter(record) method or a plain callable, and any of them may
    refuse a record."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """Whether every filter accepts the record (filters may change it
        on the way)."""
        for f in self.filters:
            check = f.filter if hasattr(f, 'filter') else f
            if not check(record):
                return False
        return True


# ---------------------------------------------------------------------------
# Handlers

# Named handlers by name, and every handler in the order made (shutdown
# closes them newest first). gilpy holds them strongly: a handler lives
# as long as the interpreter.
_handlers = {}
_handlerList = []


def _addHandlerRef(handler):
    with _lock:
        _handlerList.append(handler)


def _removeHandlerRef(wr):
    with _lock:
        if wr in _handlerList:
            _handlerList.remove(wr)


class Handler(Filterer):
    """Takes records somewhere; subclasses say where, in emit. A handler
    has its own level and filters, a formatter, and a lock that keeps
    two threads from emitting through it at once."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = self.formatter = None
        self.level = _checkLevel(level)
        self._closed = False
        _addHandlerRef(self)
        self.createLock()

    def get_name(self):
        """The handler's name (see the name property)."""
        return self._name

    def set_name(self, name):
        with _lock:
            _handlers.pop(self._name, None)
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        """Make the lock that serializes this handler's output."""
        self.lock = threading.RLock()

    def _at_fork_reinit(self):
        self.lock = threading.RLock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        """The record's text, by this handler's formatter or the default."""
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        """Write the record out; every concrete handler defines this."""
        raise NotImplementedError('emit must be implemented '
                                  'by Handler subclasses')

    def handle(self, record):
        """Emit the record, holding the lock, if the handler's filters
        accept it; returns their verdict."""
        accepted = self.filter(record)
        if accepted:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return accepted

    def flush(self):
        """Push out anything buffered (nothing, here)."""

    def close(self):
        """Drop the handler's name from the registry; subclasses release
        what they hold, and call this."""
        with _lock:
            self._closed = True
            if self._name:
                _handlers.pop(self._name, None)

    def handleError(self, record):
        """Called from emit when it fails: when raiseExceptions is true,
        write the exception, the code that logged and the record's
        message and arguments to stderr, then carry on."""
        if not (raiseExceptions and sys.stderr):
            return
        exc = sys.exc_info()
        err = sys.stderr
        try:
            err.write('--- Logging error ---\n')
            err.write(_format_exception(exc))
            err.write('Call stack:\n')
            frame = _first_outside_logging(exc[2])
            if frame is not None:
                err.write(_format_stack(frame))
            else:
                err.write('Logged from file %s, line %s\n'
                          % (record.filename, record.lineno))
            try:
                err.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                err.write('Unable to print the message and arguments'
                          ' - possible formatting error.\nUse the'
                          ' traceback above to help find the error.\n')
        except OSError:
            pass
        finally:
            exc = None

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class _HandlerLock(object):
    # A with-block holding a handler's lock through its acquire and
    # release methods (which subclasses may replace).
    __slots__ = ('handler',)

    def __init__(self, handler):
        self.handler = handler

    def __enter__(self):
        self.handler.acquire()

    def __exit__(self, *exc):
        self.handler.release()


def _first_outside_logging(tb):
    # The innermost frame of a failed emit's traceback that is not in
    # this package's directory: the code that logged.
    frame = tb.tb_frame if tb is not None else None
    here = _package_dir()
    while frame and _dirname(frame.f_code.co_filename) == here:
        frame = frame.f_back
    return frame


def _dirname(path):
    # os.path.dirname, without importing os.
    head = path[:path.rfind('/') + 1]
    if head.strip('/'):
        head = head.rstrip('/')
    return head


def _package_dir():
    return _dirname(_srcfile or addLevelName.__code__.co_filename)


class StreamHandler(Handler):
    """Writes each record's text and the terminator to a stream
    (sys.stderr when none is given), flushing it after each."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        self.acquire()
        try:
            stream = self.stream
            if stream and hasattr(stream, "flush"):
                stream.flush()
        finally:
            self.release()

    def emit(self, record):
        try:
            msg = self.format(record)
            # One write per record, so records from threads do not mix.
            self.stream.write(msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Write to stream from now on. Returns the stream replaced (after
        flushing it), or None when stream is the one in use already."""
        if stream is self.stream:
            return None
        previous = self.stream
        with _HandlerLock(self):
            self.flush()
            self.stream = stream
        return previous

    def __repr__(self):
        name = str(getattr(self.stream, 'name', ''))
        return '<%s %s(%s)>' % (type(self).__name__, name + ' ' if name else '',
                                getLevelName(self.level))

    __class_getitem__ = classmethod(type(list[int]))


class FileHandler(StreamHandler):
    """Writes records to a file, opened now or, with delay=True, when the
    first record comes."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        import io
        import os
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode = mode
        self.encoding = encoding if 'b' in mode else io.text_encoding(encoding)
        self.errors, self.delay = errors, delay
        # Kept so that the file can still be opened while the interpreter
        # shuts down and builtins are being torn down.
        self._builtin_open = open
        if not delay:
            StreamHandler.__init__(self, self._open())
        else:
            Handler.__init__(self)
            self.stream = None

    def _open(self):
        return self._builtin_open(self.baseFilename, self.mode,
                                  encoding=self.encoding, errors=self.errors)

    def close(self):
        """Flush and close the file."""
        with _HandlerLock(self):
            try:
                stream = self.stream
                if stream:
                    try:
                        self.flush()
                    finally:
                        self.stream = None
                        closer = getattr(stream, "close", None)
                        if closer is not None:
                            closer()
            finally:
                StreamHandler.close(self)

    def emit(self, record):
        # A closed handler in mode 'w' would truncate what it wrote; in
        # other modes the file is simply opened again.
        if self.stream is None and (self.mode != 'w' or not self._closed):
            self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename,
                                 getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """Writes to whatever sys.stderr is when each record comes."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    stream = property(lambda self: sys.stderr)


# Used when a record finds no handler at all on its way up the tree.
lastResort = _defaultLastResort = _StderrHandler(WARNING)


class NullHandler(Handler):
    """Does nothing with records. A library adds one to its top logger so
    that it stays silent unless the application sets logging up."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass

# ---------------------------------------------------------------------------
# The logger tree

class PlaceHolder(object):
    """Holds a dotted name in the tree that has loggers below it but no
    logger of its own yet; remembers those loggers (loggerMap's keys) so
    that they can be re-parented when it gets one."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


def _check_logger_class(klass):
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: "
                        + klass.__name__)


def setLoggerClass(klass):
    """Make getLogger create instances of klass (a Logger subclass)."""
    global _loggerClass
    _check_logger_class(klass)
    _loggerClass = klass


def getLoggerClass():
    """The class getLogger makes loggers of."""
    return _loggerClass


def _ancestor_names(name):
    # The dotted prefixes of name, nearest first: 'a.b.c' gives 'a.b',
    # 'a'. (A dot right after another one is passed over, as CPython
    # does.)
    end = name.rfind('.')
    while end > 0:
        yield name[:end]
        end = name.rfind('.', 0, end - 1)


class Manager(object):
    """Owns the loggers under one root, by name (loggerDict), and the
    settings they share (disable)."""

    def __init__(self, rootnode):
        self.root, self.loggerDict = rootnode, {}
        self.loggerClass = self.logRecordFactory = None
        self.disable = NOTSET
        # Set once "No handlers could be found" has been printed.
        self.emittedNoHandlerWarning = False

    def _set_disable(self, value):
        self._disable = _checkLevel(value)

    # The level disable() set: records at it or below are dropped.
    disable = property(lambda self: self._disable, _set_disable)

    def getLogger(self, name):
        """The logger called name; the first call makes it and links it
        into the tree, between its nearest existing ancestor and any
        loggers already made below it."""
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            found = self.loggerDict.get(name)
            if found is not None and not isinstance(found, PlaceHolder):
                return found
            made = (self.loggerClass or _loggerClass)(name)
            made.manager = self
            self.loggerDict[name] = made
            if found is not None:
                self._fixupChildren(found, made)
            self._fixupParents(made)
            return made

    def setLoggerClass(self, klass):
        """Make this manager's getLogger create instances of klass."""
        _check_logger_class(klass)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        # The parent is the nearest ancestor that is a logger; the missing
        # names on the way get (or join) place holders.
        parent = None
        for prefix in _ancestor_names(alogger.name):
            node = self.loggerDict.get(prefix)
            if node is None:
                self.loggerDict[prefix] = PlaceHolder(alogger)
            elif isinstance(node, Logger):
                parent = node
                break
            else:
                node.append(alogger)
        alogger.parent = parent if parent is not None else self.root

    def _fixupChildren(self, ph, alogger):
        # Loggers below the new one whose parent is above it now hang
        # from it instead.
        for child in ph.loggerMap:
            if not child.parent.name.startswith(alogger.name):
                alogger.parent = child.parent
                child.parent = alogger

    def _clear_cache(self):
        # A level changed somewhere: every logger must answer
        # isEnabledFor afresh.
        with _lock:
            for node in self.loggerDict.values():
                if isinstance(node, Logger):
                    node._cache.clear()
            self.root._cache.clear()


def _is_internal_frame(frame):
    # Frames of this module, and of the import machinery, are not the
    # caller findCaller is looking for.
    filename = frame.f_code.co_filename
    return filename == _srcfile or ('importlib' in filename
                                    and '_bootstrap' in filename)


class Logger(Filterer):
    """A named source of records. A record it accepts (by its effective
    level and its filters) goes to its handlers, then, while propagate
    is true, to those of its ancestors."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name, self.level = name, _checkLevel(level)
        self.parent, self.handlers = None, []
        self.propagate, self.disabled = True, False
        # level -> whether isEnabledFor says yes; cleared on level changes.
        self._cache = {}

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def debug(self, msg, *args, **kwargs):
        """Log msg % args at DEBUG. Keywords: exc_info, stack_info,
        stacklevel, extra (see _log)."""
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        """Log msg % args at INFO."""
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        """Log msg % args at WARNING."""
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        """The old name of warning, deprecated."""
        import warnings
        warnings.warn("The 'warn' method is deprecated, "
                      "use 'warning' instead", DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        """Log msg % args at ERROR."""
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """Log at ERROR with the exception being handled; meant for
        except blocks."""
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        """Log msg % args at CRITICAL."""
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        """Another name of critical."""
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Log msg % args at a numeric level."""
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
        elif self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(file name, line number, function name, stack text or None) of
        the code that logged: the stacklevel-th frame out that is not
        logging's own."""
        frame = currentframe()
        if frame is None:
            return "(unknown file)", 0, "(unknown function)", None
        while stacklevel > 0 and frame.f_back is not None:
            frame = frame.f_back
            if not _is_internal_frame(frame):
                stacklevel -= 1
        stack = None
        if stack_info:
            stack = "Stack (most recent call last):\n" + _format_stack(frame)
            if stack.endswith('\n'):
                stack = stack[:-1]
        code = frame.f_code
        return code.co_filename, frame.f_lineno, code.co_name, stack

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        """Make the record (by the record factory); extra's items become
        its attributes, but may not replace any it has."""
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info,
                                   func, sinfo)
        if extra is not None:
            fields = record.__dict__
            for key in extra:
                if key in ("message", "asctime") or key in fields:
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                fields[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        """Make a record and handle it. exc_info: true for the exception
        being handled, an exception, or an exc_info triple; stack_info:
        add the caller's stack; stacklevel: how many frames out the
        caller is; extra: attributes for the record."""
        where = ("(unknown file)", 0, "(unknown function)")
        stack = None
        if _srcfile:
            try:
                fn, lno, func, stack = self.findCaller(stack_info, stacklevel)
                where = (fn, lno, func)
            except ValueError:
                pass
        if exc_info and not isinstance(exc_info, tuple):
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            else:
                exc_info = sys.exc_info()
        fn, lno, func = where
        self.handle(self.makeRecord(self.name, level, fn, lno, msg, args,
                                    exc_info, func, extra, stack))

    def handle(self, record):
        """Send the record to the handlers, unless the logger is disabled
        or one of its filters refuses it."""
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def _propagation_chain(self):
        # This logger, then each ancestor its records reach.
        node = self
        while node:
            yield node
            if not node.propagate:
                return
            node = node.parent

    def hasHandlers(self):
        """Whether any logger this one's records reach has a handler."""
        return any(node.handlers for node in self._propagation_chain())

    def callHandlers(self, record):
        """Give the record to each handler on its way up the tree whose
        level it reaches; when there is no handler at all, to
        lastResort (or, without one, say so once on stderr)."""
        seen = 0
        for node in self._propagation_chain():
            for handler in node.handlers:
                seen += 1
                if record.levelno >= handler.level:
                    handler.handle(record)
        if seen:
            return
        if lastResort:
            if record.levelno >= lastResort.level:
                lastResort.handle(record)
        elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n'
                             % self.name)
            self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """The level of the nearest logger up the tree (this one first)
        that has one set; NOTSET if none has."""
        node = self
        while node:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        """Whether a record at level would be handled (disable() and the
        effective level allowing)."""
        if self.disabled:
            return False
        cache = self._cache
        try:
            return cache[level]
        except KeyError:
            pass
        with _lock:
            answer = (level > self.manager.disable
                      and level >= self.getEffectiveLevel())
            cache[level] = answer
        return answer

    def getChild(self, suffix):
        """The logger suffix levels below this one: getLogger('a').getChild(
        'b.c') is getLogger('a.b.c')."""
        if self is not self.root:
            suffix = '.'.join([self.name, suffix])
        return self.manager.getLogger(suffix)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        # Loggers pickle by name; only the logger getLogger gives for
        # that name can be.
        if getLogger(self.name) is self:
            return getLogger, (self.name,)
        import pickle
        raise pickle.PicklingError('logger cannot be pickled')


class RootLogger(Logger):
    """The top of the tree, named 'root'; it always has a level."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


class LoggerAdapter(object):
    """Logs through a logger, adding context to each call: by default
    extra= is set to the adapter's extra; subclasses change process."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        """The msg and keywords the logger is called with."""
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, "
                      "use 'warning' instead", DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Pass the call to the logger, through process, if the logger
        would handle level."""
        if not self.isEnabledFor(level):
            return
        msg, kwargs = self.process(msg, kwargs)
        self.logger.log(level, msg, *args, **kwargs)

    # The rest asks or changes the underlying logger.
    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info,
                                extra=extra, stack_info=stack_info)

    manager = property(lambda self: self.logger.manager,
                       lambda self, value: setattr(self.logger, 'manager', value))
    name = property(lambda self: self.logger.name)

    def __repr__(self):
        inner = self.logger
        return '<%s %s (%s)>' % (type(self).__name__, inner.name,
                                 getLevelName(inner.getEffectiveLevel()))

    __class_getitem__ = classmethod(type(list[int]))


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


# ---------------------------------------------------------------------------
# Configuration and the module-level shortcuts

def _default_handler(kwargs, encoding, errors):
    # basicConfig's own handler: a file with filename=, else a stream.
    filename = kwargs.pop("filename", None)
    mode = kwargs.pop("filemode", 'a')
    if not filename:
        return StreamHandler(kwargs.pop("stream", None))
    if 'b' in mode:
        errors = None
    return FileHandler(filename, mode, encoding=encoding, errors=errors)


def basicConfig(**kwargs):
    """Set the root logger up in one call, unless it has handlers already
    (force=True removes and closes those first). It gets a StreamHandler
    (to stream=, or stderr), a FileHandler (filename=, filemode=,
    encoding=, errors=) or the given handlers=, formatted by format=,
    datefmt= and style=, and the level level=."""
    with _lock:
        force = kwargs.pop('force', False)
        encoding = kwargs.pop('encoding', None)
        errors = kwargs.pop('errors', 'backslashreplace')
        if force:
            for old in list(root.handlers):
                root.removeHandler(old)
                old.close()
        if root.handlers:
            return
        handlers = kwargs.pop("handlers", None)
        to_stream, to_file = "stream" in kwargs, "filename" in kwargs
        if handlers is not None and (to_stream or to_file):
            raise ValueError("'stream' or 'filename' should not be "
                             "specified together with 'handlers'")
        if handlers is None:
            if to_stream and to_file:
                raise ValueError("'stream' and 'filename' should not be "
                                 "specified together")
            handlers = [_default_handler(kwargs, encoding, errors)]
        datefmt = kwargs.pop("datefmt", None)
        style = kwargs.pop("style", '%')
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES))
        formatter = Formatter(kwargs.pop("format", _STYLES[style][1]), datefmt, style)
        for handler in handlers:
            if handler.formatter is None:
                handler.setFormatter(formatter)
            root.addHandler(handler)
        level = kwargs.pop("level", None)
        if level is not None:
            root.setLevel(level)
        if kwargs:
            raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs))


def getLogger(name=None):
    """The logger called name (made on first use); the root logger for
    no name or 'root'."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def _configured_root():
    # The module-level functions set logging up with basicConfig() when
    # the root logger has no handler yet.
    if not root.handlers:
        basicConfig()
    return root


def critical(msg, *args, **kwargs):
    """Log on the root logger at CRITICAL."""
    _configured_root().critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    """Another name of critical."""
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    """Log on the root logger at ERROR."""
    _configured_root().error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    """Log on the root logger at ERROR, with the exception being handled."""
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    """Log on the root logger at WARNING."""
    _configured_root().warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    """The old name of warning, deprecated."""
    import warnings
    warnings.warn("The 'warn' function is deprecated, "
                  "use 'warning' instead", DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    """Log on the root logger at INFO."""
    _configured_root().info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    """Log on the root logger at DEBUG."""
    _configured_root().debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    """Log on the root logger at a numeric level."""
    _configured_root().log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Ignore every record at level or below, whatever the loggers'
    levels; disable(NOTSET) ends that."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flush and close the handlers, newest first; run at exit."""
    for handler in reversed(list(handlerList)):
        try:
            if not handler:
                continue
            handler.acquire()
            try:
                handler.flush()
                handler.close()
            except (OSError, ValueError):
                # The stream may be closed already, or gone.
                pass
            finally:
                handler.release()
        except:
            if raiseExceptions:
                raise


# ---------------------------------------------------------------------------
# Warnings as log records

_warnings_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    # Warnings bound for a file go where they would have gone; the others
    # become WARNING records of the 'py.warnings' logger.
    if file is not None:
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file, line)
        return
    import warnings
    text = warnings.formatwarning(message, category, filename, lineno, line)
    target = getLogger("py.warnings")
    if not target.handlers:
        target.addHandler(NullHandler())
    target.warning("%s", text)


def captureWarnings(capture):
    """Route warnings to the 'py.warnings' logger (True), or back to
    warnings.showwarning's own output (False)."""
    global _warnings_showwarning
    import warnings
    if capture and _warnings_showwarning is None:
        _warnings_showwarning = warnings.showwarning
        warnings.showwarning = _showwarning
    elif not capture and _warnings_showwarning is not None:
        warnings.showwarning = _warnings_showwarning
        _warnings_showwarning = None


# Handlers are flushed and closed when the program ends.
import atexit
atexit.register(shutdown)

# The file of this module: findCaller passes over frames in it. A program
# may set it to None to skip finding the caller (records then say
# "(unknown file)").
_srcfile = addLevelName.__code__.co_filename
