"""Non-fatal diagnostics for Python programs.

A warning names a category (a subclass of Warning) and a text.  The
filter list decides what happens to it: dropped, raised as an exception,
or printed to stderr as "file:line: Category: text" plus the source line,
and, for printed ones, how often (every time, once per location, once
per module, once overall).  gilpy implements here, in Python, what
CPython splits between this module and its C accelerator; the registry
and filter semantics follow the accelerator's.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

# ---------------------------------------------------------------------------
# State.  Each filter is (action, message regex or None, category,
# module regex or None, lineno); the first one that matches wins.

filters = []
onceregistry = {}      # what "once" showed, for warnings without a registry
defaultaction = "default"
_KNOWN_ACTIONS = frozenset(("error", "ignore", "always", "default",
                            "module", "once"))

# Bumped on every change of the filters: a module's registry of what it
# has shown records the number it was filled under, and is emptied when
# the number no longer matches.
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


# ---------------------------------------------------------------------------
# Showing a warning.  Two layers, each with a public hook a program may
# replace (showwarning, formatwarning) and a private implementation
# catch_warnings swaps out (_showwarnmsg_impl).

class WarningMessage(object):
    """One warning with where it came from; catch_warnings(record=True)
    collects these."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message, self.category = message, category
        self.filename, self.lineno = filename, lineno
        self.file, self.line, self.source = file, line, source
        self._category_name = None if not category else category.__name__

    def __str__(self):
        fields = (self.message, self._category_name, self.filename,
                  self.lineno, self.line)
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % fields)


def _source_line(msg):
    # The line given, else the one in the file (if it can be read).
    if msg.line is not None:
        return msg.line
    try:
        import linecache
        return linecache.getline(msg.filename, msg.lineno)
    except Exception:
        return None


def _allocation_note(msg, category_name):
    # A warning about an object (source=) points at where the object was
    # made when tracemalloc recorded it.  gilpy has no tracemalloc, so the
    # allocation is never known and the text is the one CPython prints
    # while tracing is off.
    if msg.source is None:
        return ""
    try:
        import tracemalloc
    except ImportError:
        tracing, where = False, None
    else:
        try:
            tracing = tracemalloc.is_tracing()
            where = tracemalloc.get_object_traceback(msg.source)
        except Exception:
            return ""
    if where is None:
        if tracing:
            return ""
        return ("%s: Enable tracemalloc to get the object allocation "
                "traceback\n" % category_name)
    out = ["Object allocated at (most recent call last):\n"]
    import linecache
    for frame in where:
        out.append('  File "%s", lineno %s\n' % (frame.filename,
                                                  frame.lineno))
        code = linecache.getline(frame.filename, frame.lineno).strip()
        if code:
            out.append("    %s\n" % code)
    return "".join(out)


def _formatwarnmsg_impl(msg):
    name = msg.category.__name__
    text = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, name, msg.message)
    line = _source_line(msg)
    if line:
        text += "  %s\n" % line.strip()
    return text + _allocation_note(msg, name)


def _showwarnmsg_impl(msg):
    stream = sys.stderr if msg.file is None else msg.file
    if stream is None:
        # Nowhere to write (no console): the warning is dropped.
        return
    text = _formatwarnmsg(msg)
    try:
        stream.write(text)
    except OSError:
        # A closed or broken stream loses the warning, not the program.
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Print a warning to file (sys.stderr when None).  Programs may
    assign their own function with this signature."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno,
                                     file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """Return the text showwarning prints for a warning."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename,
                                              lineno, None, line))


# The functions as defined here; a hook that still is one of these has not
# been replaced, and the message-based implementation is used directly.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _replaced(name, original):
    # The module attribute name when a program replaced it, else None.
    current = globals().get(name, original)
    return None if current is original else current


def _showwarnmsg(msg):
    hook = _replaced("showwarning", _showwarning_orig)
    if hook is None:
        _showwarnmsg_impl(msg)
        return
    if not callable(hook):
        raise TypeError("warnings.showwarning() must be set to a "
                        "function or method")
    hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file,
         msg.line)


def _formatwarnmsg(msg):
    hook = _replaced("formatwarning", _formatwarning_orig)
    if hook is None:
        return _formatwarnmsg_impl(msg)
    return hook(msg.message, msg.category, msg.filename, msg.lineno,
                msg.line)


# ---------------------------------------------------------------------------
# Editing the filters.

def _check_filter(action, lineno):
    assert action in _KNOWN_ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"


def _add_filter(*entry, append):
    # Re-adding a filter moves it to the front; appending leaves an
    # existing copy where it is.
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Add a filter.  It matches warnings of category or a subclass whose
    text begins with a match of the regular expression message (case
    insensitive), issued from a module whose name begins with a match of
    module, at line lineno (0 for any line).  action is one of "error",
    "ignore", "always", "default", "module", "once".  The new filter goes
    first, or last when append is true."""
    assert action in _KNOWN_ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    _check_filter(action, lineno)
    import re
    text_re = re.compile(message, re.I) if message else None
    module_re = re.compile(module) if module else None
    _add_filter(action, text_re, category, module_re, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter matching any text and module (see filterwarnings)."""
    _check_filter(action, lineno)
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    """Drop every filter, the default ones included."""
    del filters[:]
    _filters_mutated()


# ---------------------------------------------------------------------------
# -W options: "action:message:category:module:lineno", any field may be
# empty and trailing ones left out.

class _OptionError(Exception):
    """Raised for a -W option that cannot be used."""


def _option_action(word):
    if not word:
        return "default"
    if word == "all":
        return "always"
    for name in ("default", "always", "ignore", "module", "once", "error"):
        if name.startswith(word):
            return name
    raise _OptionError("invalid action: %r" % (word,))


def _option_category(dotted):
    if not dotted:
        return Warning
    where, _, attr = dotted.rpartition(".")
    if where:
        try:
            namespace = __import__(where, None, None, [attr])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (where,)) from None
    else:
        import builtins as namespace
    found = getattr(namespace, attr, None)
    if found is None:
        raise _OptionError("unknown warning category: %r" % (dotted,))
    if not issubclass(found, Warning):
        raise _OptionError("invalid warning category: %r" % (dotted,))
    return found


def _option_lineno(field):
    if not field:
        return 0
    # The complaint shows the number when it parsed as one, else the text.
    try:
        number = int(field)
    except (ValueError, OverflowError):
        raise _OptionError("invalid lineno %r" % (field,)) from None
    if number < 0:
        raise _OptionError("invalid lineno %r" % (number,))
    return number


def _setoption(arg):
    fields = arg.split(":")
    if len(fields) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    fields = [f.strip() for f in fields] + [""] * (5 - len(fields))
    action = _option_action(fields[0])
    category = _option_category(fields[2])
    text, module = fields[1], fields[3]
    # The option's message and module are literal text, not patterns;
    # the module one must match the whole name.
    if text or module:
        import re
        text = re.escape(text) if text else ""
        module = re.escape(module) + r"\Z" if module else ""
    filterwarnings(action, text, category, module, _option_lineno(fields[4]))


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as problem:
            print("Invalid -W option ignored:", problem, file=sys.stderr)


# ---------------------------------------------------------------------------
# Issuing warnings.

def _as_index(value):
    if type(value) is int:
        return value
    import operator
    return operator.index(value)


def _is_internal_frame(frame):
    # Frames of the import machinery do not count as the code that warned.
    name = frame.f_code.co_filename
    return "importlib" in name and "_bootstrap" in name


def _next_external_frame(frame):
    frame = frame.f_back
    while frame is not None and _is_internal_frame(frame):
        frame = frame.f_back
    return frame


def _frame_at(level):
    # The frame level steps out from warn()'s caller (level 1 is the caller
    # itself), or None past the outermost one.  Starting outside the import
    # machinery, its frames are skipped on the way.
    try:
        frame = sys._getframe(2)
    except ValueError:
        return None
    step = (lambda f: f.f_back)
    if level > 1 and not _is_internal_frame(frame):
        step = _next_external_frame
    while level > 1 and frame is not None:
        frame = step(frame)
        level -= 1
    return frame


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning.  message is a str, or a Warning instance (whose
    class is then the category); category defaults to UserWarning.  The
    warning is attributed to the code stacklevel frames out from the
    caller (1: the caller itself)."""
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '%s'" % (type(category).__name__,))
    frame = _frame_at(_as_index(stacklevel))
    if frame is None:
        namespace, filename, lineno = sys.__dict__, "sys", 1
    else:
        namespace = frame.f_globals
        filename, lineno = frame.f_code.co_filename, frame.f_lineno
    name = namespace.get("__name__")
    if name is not None and not isinstance(name, str):
        name = "<string>"
    elif "__name__" not in namespace:
        name = "<string>"
    if "__warningregistry__" not in namespace:
        namespace["__warningregistry__"] = {}
    registry = namespace["__warningregistry__"]
    warn_explicit(message, category, filename, lineno, name, registry,
                  namespace, source)


def _seen(registry, key, remember):
    # Whether key is marked in registry; marks it when remember is true.
    # A registry filled under older filters is emptied first.
    stamp = registry.get("version")
    if type(stamp) is int and stamp == _filters_version:
        if registry.get(key):
            return True
    else:
        registry.clear()
        registry["version"] = _filters_version
    if remember:
        registry[key] = True
    return False


def _pattern_accepts(pattern, text):
    # None accepts anything; a str (the default filters' "__main__") only
    # an equal text; otherwise a compiled pattern matching at the start.
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


def _choose_action(category, text, lineno, module):
    # The action of the first matching filter (and the filter), or the
    # default action.
    table = filters
    if not isinstance(table, list):
        raise ValueError("_warnings.filters must be a list")
    for position, entry in enumerate(table):
        if type(entry) is not tuple or len(entry) != 5:
            raise ValueError("_warnings.filters item %d isn't a 5-tuple"
                             % position)
        action, text_re, cls, module_re, at = entry
        if not isinstance(action, str):
            raise TypeError("action must be a string, not '%s'"
                            % type(action).__name__)
        if (_pattern_accepts(text_re, text) and issubclass(category, cls)
                and _pattern_accepts(module_re, module)
                and (at == 0 or at == lineno)):
            return action, entry
    if not isinstance(defaultaction, str):
        raise TypeError("_warnings.defaultaction must be a string, not '%s'"
                        % type(defaultaction).__name__)
    return defaultaction, None


def _module_from_filename(filename):
    if not filename:
        return "<unknown>"
    if filename.endswith(".py"):
        return filename[:-3]
    return filename


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None,
                  source=None):
    """Issue a warning for the given file and line.  registry is the
    dictionary (a module's __warningregistry__) remembering which warnings
    were shown already; module names the module for the filters (derived
    from filename when None)."""
    if not isinstance(filename, str):
        raise TypeError("warn_explicit() argument 3 must be str, not %s"
                        % type(filename).__name__)
    lineno = _as_index(lineno)
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if module_globals is not None and not isinstance(module_globals, dict):
        raise TypeError("module_globals must be a dict, not '%s'"
                        % type(module_globals).__name__)
    if module is None:
        module = _module_from_filename(filename)

    if isinstance(message, Warning):
        text, category = str(message), type(message)
    else:
        text, message = message, category(message)
    key = (text, category, lineno)
    if registry is not None and _seen(registry, key, False):
        return

    action, entry = _choose_action(category, text, lineno, module)
    if action == "error":
        raise message
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "ignore":
            return
        if action == "once":
            # The module's registry when there is one, the shared one
            # otherwise, keyed without the line.
            book = onceregistry if registry is None else registry
            if _seen(book, (text, category), True):
                return
        elif action == "module":
            if registry is not None and _seen(registry, (text, category),
                                              True):
                return
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:"
                               "\n %r" % (action, entry))

    # Load the file's lines now, while module_globals still describes the
    # module (its loader may serve sources that are not on disk).
    import linecache
    linecache.getlines(filename, module_globals)
    _showwarnmsg(WarningMessage(message, category, filename, lineno,
                                None, None, source))


# ---------------------------------------------------------------------------

class catch_warnings(object):
    """Context manager: on exit, put back the filters and showwarning
    that were in force on entry.

    record=True collects the warnings instead of showing them, into the
    list the with statement gets.  action (with category, lineno, append)
    adds a simplefilter for the block.  module is the warnings module to
    act on (tests pass a fresh copy)."""

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter = (None if action is None
                        else (action, category, lineno, append))

    def __repr__(self):
        shown = []
        if self._record:
            shown.append("record=True")
        if self._module is not sys.modules["warnings"]:
            shown.append("module=%r" % (self._module,))
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        target = self._module
        self._saved = (target.filters, target.showwarning,
                       target._showwarnmsg_impl)
        target.filters = list(target.filters)
        target._filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        target._showwarnmsg_impl = log.append
        # A program's own showwarning would bypass the recording.
        target.showwarning = target._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        target = self._module
        (target.filters, target.showwarning,
         target._showwarnmsg_impl) = self._saved
        target._filters_mutated()


# ---------------------------------------------------------------------------
# Start-up: the filters of a release build (deprecations shown only when
# __main__ itself triggers them, some categories never), then the -W
# options, which go in front.

filters.extend([
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
])
_processoptions(getattr(sys, "warnoptions", None) or ())
