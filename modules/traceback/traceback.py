"""Extract, format and print stack traces and exceptions as the
interpreter prints them."""

import sys
import linecache
import itertools
import collections.abc
import _traceback

__all__ = [
    'extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
    'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
    'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
    'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb',
]


# Lists of entries ------------------------------------------------------

def print_list(extracted_list, file=None):
    """Print the entries of a list of FrameSummary objects or
    (filename, lineno, name, line) tuples, as extract_tb returns, to
    file (sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    for text in StackSummary.from_list(extracted_list).format():
        print(text, file=file, end="")


def format_list(extracted_list):
    """Return the printed form of each entry of a list of FrameSummary
    objects or (filename, lineno, name, line) tuples."""
    return StackSummary.from_list(extracted_list).format()


# Tracebacks -----------------------------------------------------------

def print_tb(tb, limit=None, file=None):
    """Print the entries of traceback tb (at most limit of them; the last
    -limit when negative) to file, sys.stderr by default."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """Return the printed form of the entries of traceback tb."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """Return a StackSummary of the entries of traceback tb, outermost
    first, with their source lines."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


# Exceptions -----------------------------------------------------------

class _Implicit:
    # The default of the value and tb parameters: "not given", shown as
    # <implicit> in signatures.
    __slots__ = ()

    def __repr__(self):
        return "<implicit>"


_sentinel = _Implicit()


def _parse_value_tb(exc, value, tb):
    # The functions take an exception alone or the (type, value,
    # traceback) triple; give back the value and the traceback.
    implicit = value is _sentinel
    if implicit != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if not implicit:
        return value, tb
    if exc is None:
        return None, None
    if isinstance(exc, BaseException):
        return exc, exc.__traceback__
    raise TypeError(f'Exception expected for value, '
                    f'{type(exc).__name__} found')


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print an exception with its traceback, as the interpreter prints
    an uncaught one: exc alone, or the (type, value, traceback) triple.
    chain=False leaves out the exceptions of __cause__ and __context__."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """The lines (each with its newline) that
    print_exception would print."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """Return the last lines print_exception would print for an exception:
    its type and message (the place of a SyntaxError), then its notes."""
    shown = exc if value is _sentinel else value
    captured = TracebackException(type(shown), shown, None, compact=True)
    return list(captured.format_exception_only())


def _format_final_exc_line(etype, value):
    text = _safe_string(value, 'exception')
    if value is None or not text:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, text)


def _safe_string(value, what, func=str):
    # str() or repr() of a value whose method may itself fail: the
    # printout then names the failure instead of raising.
    try:
        text = func(value)
    except BaseException:
        text = f'<{what} {func.__name__}() failed>'
    return text


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled (sys.exception())."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Return what print_exc would print, as one string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception of the interactive interpreter
    (sys.last_type, sys.last_value, sys.last_traceback)."""
    # Only the type is checked: the interactive interpreter sets the
    # three together.
    if getattr(sys, "last_type", _sentinel) is _sentinel:
        raise ValueError("no last exception")
    triple = sys.last_type, sys.last_value, sys.last_traceback
    print_exception(*triple, limit, file, chain)


# Stacks ----------------------------------------------------------------

def _frame_or_caller(f):
    # f, or when None the frame that called the public function calling
    # this helper.
    return sys._getframe(2) if f is None else f


def print_stack(f=None, limit=None, file=None):
    """Print the stack from the outermost frame to f (by default the
    caller's frame)."""
    print_list(extract_stack(_frame_or_caller(f), limit=limit), file=file)


def format_stack(f=None, limit=None):
    """Return what print_stack would print, one string per entry."""
    return format_list(extract_stack(_frame_or_caller(f), limit=limit))


def extract_stack(f=None, limit=None):
    """Return a StackSummary of the stack from the outermost frame to f
    (by default the caller's frame)."""
    innermost_first = walk_stack(_frame_or_caller(f))
    summary = StackSummary.extract(innermost_first, limit=limit)
    summary.reverse()
    return summary


def clear_frames(tb):
    """Clear the local variables of the frames of traceback tb."""
    for entry in _tb_entries(tb):
        frame = entry.tb_frame
        try:
            frame.clear()
        except RuntimeError:
            pass  # a frame still running keeps its variables


class FrameSummary:
    """One entry of a stack or traceback: filename, lineno, name (of the
    function), line (the source, stripped), and optionally the position
    of the instruction within the lines and the reprs of the locals."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename, self.name = filename, name
        self.lineno, self.end_lineno = lineno, end_lineno
        self.colno, self.end_colno = colno, end_colno
        # The source line as read (None: not looked up yet).
        self._line = line
        # The locals are kept as their reprs, and only when there are any.
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        if lookup_line:
            self.line

    def _as_tuple(self):
        # The 4-tuple a FrameSummary stands in for (the old extract_tb
        # entries): indexing, iteration and comparison with tuples use it.
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, tuple):
            return self._as_tuple() == other
        if not isinstance(other, FrameSummary):
            return NotImplemented
        mine = (self.filename, self.lineno, self.name, self.locals)
        return mine == (other.filename, other.lineno, other.name, other.locals)

    def __getitem__(self, pos):
        return self._as_tuple()[pos]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"

    def _read_line(self):
        # The line as read, indentation and newline included; looked up
        # in the line cache the first time it is wanted.
        if self._line is None and self.lineno is not None:
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line

    _original_line = property(_read_line)

    @property
    def line(self):
        raw = self._read_line()
        return raw if raw is None else raw.strip()


def walk_stack(f):
    """Yield (frame, lineno) for f and each frame that called it, most
    recent first (by default, from the caller of the caller)."""
    if f is None:
        # Counted from this generator's own frame when it first runs.
        f = sys._getframe()
        for _ in range(4):
            f = f.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _tb_entries(tb):
    # The entries of a traceback, outermost first.
    while tb is not None:
        yield tb
        tb = tb.tb_next


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of traceback tb, outermost
    first."""
    for entry in _tb_entries(tb):
        yield entry.tb_frame, entry.tb_lineno


def _walk_tb_with_full_positions(tb):
    # Like walk_tb, with (lineno, end_lineno, colno, end_colno); an
    # instruction without a position falls back to the entry's line.
    for entry in _tb_entries(tb):
        frame = entry.tb_frame
        first, last, start, end = _get_code_position(frame.f_code, entry.tb_lasti)
        if first is None:
            first = entry.tb_lineno
        yield frame, (first, last, start, end)


def _get_code_position(code, instruction_index):
    # co_positions() has one entry per two-byte code unit; a negative
    # index means no instruction.
    if instruction_index >= 0:
        unit = instruction_index // 2
        for position in itertools.islice(code.co_positions(), unit, None):
            return position
    return (None, None, None, None)


_RECURSIVE_CUTOFF = 3


class StackSummary(list):
    """A list of FrameSummary objects, ready to format."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Summarize the (frame, lineno) pairs of frame_gen (walk_stack or
        walk_tb): at most limit of them (the last -limit when negative;
        sys.tracebacklimit by default), with their source lines unless
        lookup_lines is false, and the reprs of their locals when
        capture_locals is true."""
        def with_positions():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)

        return klass._extract_from_extended_frame_gen(
            with_positions(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True,
                                         capture_locals=False):
        # frame_gen gives (frame, (lineno, end_lineno, colno, end_colno)).
        # A limit keeps the first `limit` entries, or the last -limit when
        # negative; without one, sys.tracebacklimit applies (a negative
        # value meaning none). An invalid sys.tracebacklimit fails on the
        # comparison line, as CPython's does (its tracebacks show it).
        if limit is None:
            limit = sys.tracebacklimit if hasattr(sys, 'tracebacklimit') else None
            if limit is not None and limit < 0:
                limit = 0
        if limit is None:
            pass
        elif limit < 0:
            frame_gen = collections.deque(frame_gen, maxlen=-limit)
        else:
            frame_gen = itertools.islice(frame_gen, limit)
        entries = klass()
        for f, (lineno, end_lineno, colno, end_colno) in frame_gen:
            code = f.f_code
            linecache.lazycache(code.co_filename, f.f_globals)
            entries.append(FrameSummary(
                code.co_filename, lineno, code.co_name, lookup_line=False,
                locals=f.f_locals if capture_locals else None,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        # Files changed on disk are reread before any line is looked up.
        for name in {e.filename for e in entries}:
            linecache.checkcache(name)
        if lookup_lines:
            for e in entries:
                e.line
        return entries

    @classmethod
    def from_list(klass, a_list):
        """Make a StackSummary from FrameSummary objects and
        (filename, lineno, name, line) tuples."""
        def summary(entry):
            if isinstance(entry, FrameSummary):
                return entry
            filename, lineno, name, line = entry
            return FrameSummary(filename, lineno, name, line=line)
        return StackSummary(map(summary, a_list))

    def format_frame_summary(self, frame_summary):
        """Return the printed form of one entry: its "File" line, its
        source line and the carets marking the failing expression, and its
        locals if captured. format() calls this for each entry; returning
        None leaves the entry out."""
        return _traceback.format_frame_summary(frame_summary)

    def format(self):
        """Return the printed form of the entries, one string each (runs
        of identical entries beyond the third summarized in one line)."""
        return _traceback.format_stack(self)


class TracebackException:
    """An exception captured for formatting: its type, message, notes,
    the StackSummary of its traceback, and as further
    TracebackExceptions its __cause__, __context__ and, for an exception
    group, its exceptions. Nothing refers to the exception itself
    afterwards.

    limit, lookup_lines and capture_locals are as for StackSummary.extract;
    compact=True captures __context__ only when it would be printed;
    max_group_width and max_group_depth bound how much of exception
    groups is printed."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        first = _seen is None
        seen = set() if first else _seen
        self.max_group_width, self.max_group_depth = max_group_width, max_group_depth
        self.exc_type = exc_type
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback),
            limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals)
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self._capture_syntax_error(exc_value)
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = exc_value is not None and exc_value.__suppress_context__
        seen.add(id(exc_value))
        if first:
            self._capture_chain(exc_value, compact, seen, dict(
                limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                max_group_width=max_group_width, max_group_depth=max_group_depth))

    def _capture_syntax_error(self, err):
        # Where a SyntaxError points; line numbers kept as strings.
        def text(n):
            return None if n is None else str(n)
        self.filename, self.text, self.msg = err.filename, err.text, err.msg
        self.lineno, self.end_lineno = text(err.lineno), text(err.end_lineno)
        self.offset, self.end_offset = err.offset, err.end_offset

    def _capture_chain(self, exc_value, compact, seen, options):
        # Capture the causes, contexts and group members of the whole
        # chain, each exception once, with a work list instead of
        # recursion (chains can be longer than the recursion limit). The
        # last item pushed is captured first, as CPython orders them.
        def capture(e):
            return TracebackException(type(e), e, e.__traceback__, _seen=seen, **options)

        def fresh(e):
            return e is not None and id(e) not in seen

        work = [(self, exc_value)]
        while work:
            te, e = work.pop()
            te.__cause__ = te.__context__ = te.exceptions = None
            if e is None:
                continue
            if fresh(e.__cause__):
                te.__cause__ = capture(e.__cause__)
            wanted = not compact or (te.__cause__ is None and not e.__suppress_context__)
            if wanted and fresh(e.__context__):
                te.__context__ = capture(e.__context__)
            if isinstance(e, BaseExceptionGroup):
                te.exceptions = [capture(x) for x in e.exceptions]
            if te.__cause__:
                work.append((te.__cause__, e.__cause__))
            if te.__context__:
                work.append((te.__context__, e.__context__))
            if te.exceptions:
                work.extend(zip(te.exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Capture exc (with its own traceback)."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        # Reading each entry's line now keeps it even if the file changes
        # before the exception is printed.
        for entry in self.stack:
            entry.line

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return vars(self) == vars(other)

    def __str__(self):
        # The exception's message, captured when it was made.
        return self._str

    def format_exception_only(self):
        """Yield the last lines of the printed exception: type and message
        (or the location of a SyntaxError), then the notes."""
        yield from _traceback.format_exception_only(self)

    def format(self, *, chain=True, _ctx=None):
        """Yield the lines print() prints: the tracebacks of the exception
        and, unless chain is false, of its cause or context before it;
        exception groups laid out in nested boxes."""
        yield from _traceback.format_tree(self, chain)

    def print(self, *, file=None, chain=True):
        """Print what format() yields to file (sys.stderr by default)."""
        out = sys.stderr if file is None else file
        for text in self.format(chain=chain):
            print(text, file=out, end="")
