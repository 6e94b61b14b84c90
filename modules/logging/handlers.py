"""gilpy's logging.handlers: handlers beyond the package's own.

Here: files that are moved aside when they grow too big
(RotatingFileHandler), records kept in memory and handed on in batches
(BufferingHandler, MemoryHandler), and records passed through a queue
(QueueHandler) to handlers run by a listening thread (QueueListener).
"""

import copy
import io
import logging
import os
import queue
import threading


class BaseRotatingHandler(logging.FileHandler):
    """A FileHandler that checks before each record whether its file
    should be rolled over (moved aside and started afresh): subclasses
    decide in shouldRollover and act in doRollover. namer and rotator,
    when set, choose the names of moved files and do the moving."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        # Kept as given (FileHandler may have resolved the encoding), for
        # reopening the file after a rollover.
        self.mode, self.encoding, self.errors = mode, encoding, errors

    def emit(self, record):
        # A failure while rolling over is reported like a failed write.
        try:
            due = self.shouldRollover(record)
            if due:
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        """The name a moved file gets: default_name, or namer's choice."""
        namer = self.namer
        return namer(default_name) if callable(namer) else default_name

    def rotate(self, source, dest):
        """Move source to dest: by rotator when one is set, else by
        renaming (when source exists)."""
        if callable(self.rotator):
            self.rotator(source, dest)
        elif os.path.exists(source):
            os.rename(source, dest)


def _replace(source, dest):
    # Rename source to dest, dropping an existing dest first.
    if os.path.exists(dest):
        os.remove(dest)
    os.rename(source, dest)


class RotatingFileHandler(BaseRotatingHandler):
    """Writes to a file until the next record would take it to maxBytes
    (0: never); then the file becomes name.1, the older name.1 becomes
    name.2 and so on, keeping backupCount files (0: the file is simply
    started again)."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0,
                 encoding=None, delay=False, errors=None):
        # A file rolled over by size is appended to: 'w' would truncate
        # it at each start.
        mode = 'a' if maxBytes > 0 else mode
        if 'b' not in mode:
            encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.maxBytes, self.backupCount = maxBytes, backupCount

    def _backup_name(self, n):
        return self.rotation_filename("%s.%d" % (self.baseFilename, n))

    def doRollover(self):
        """Close the file, shift the numbered backups up by one (the
        oldest falls off), move the file to backup 1 and open a new one
        (unless delay is set)."""
        old, self.stream = self.stream, None
        if old:
            old.close()
        if self.backupCount > 0:
            for n in reversed(range(1, self.backupCount)):
                older = self._backup_name(n)
                if os.path.exists(older):
                    _replace(older, self._backup_name(n + 1))
            first = self.rotation_filename(self.baseFilename + ".1")
            if os.path.exists(first):
                os.remove(first)
            self.rotate(self.baseFilename, first)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        """Whether the file plus this record would reach maxBytes. Only a
        regular file is ever rolled over (a device or a pipe, say /dev/null,
        is left alone)."""
        name = self.baseFilename
        if os.path.exists(name) and not os.path.isfile(name):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes <= 0:
            return False
        text = "%s\n" % self.format(record)
        self.stream.seek(0, 2)
        return self.stream.tell() + len(text) >= self.maxBytes


class BufferingHandler(logging.Handler):
    """Collects records in self.buffer and flushes when shouldFlush says
    so (by default: once capacity records are held). This base class's
    flush just empties the buffer; subclasses send the records on."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.buffer = []
        self.capacity = capacity

    def shouldFlush(self, record):
        """Whether the buffer is due to be flushed, now record is in it."""
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        """Forget the held records."""
        with logging._HandlerLock(self):
            self.buffer.clear()

    def close(self):
        """Flush, then close as any handler does."""
        try:
            self.flush()
        finally:
            # Handler.close itself, whatever else a subclass's MRO holds.
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Holds records until capacity of them are held or one at flushLevel
    or above arrives, then hands them all to target. Without a target
    the records stay in the buffer."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None,
                 flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel, self.target = flushLevel, target
        # close() hands the held records on unless this is false.
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return (len(self.buffer) >= self.capacity
                or record.levelno >= self.flushLevel)

    def setTarget(self, target):
        """Hand records to target from now on."""
        with logging._HandlerLock(self):
            self.target = target

    def flush(self):
        """Give every held record to the target, oldest first, and empty
        the buffer; nothing happens without a target."""
        with logging._HandlerLock(self):
            target = self.target
            if not target:
                return
            for record in self.buffer:
                target.handle(record)
            self.buffer.clear()

    def close(self):
        """Hand the held records on (if flushOnClose), forget the target
        and close."""
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with logging._HandlerLock(self):
                self.target = None
                BufferingHandler.close(self)


class QueueHandler(logging.Handler):
    """Sends each record, made ready to travel (see prepare), to a queue;
    typically a QueueListener takes them off at the other end, so that
    slow handlers do not hold up the threads that log."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        """Put the record on the queue, without waiting."""
        self.queue.put_nowait(record)

    def prepare(self, record):
        """A copy of the record (other handlers still see the original)
        whose msg and message are this handler's formatted text, and
        which carries no arguments, exception or stack that might not be
        picklable."""
        text = self.format(record)
        ready = copy.copy(record)
        ready.msg = ready.message = text
        for field in ('args', 'exc_info', 'exc_text', 'stack_info'):
            setattr(ready, field, None)
        return ready

    def emit(self, record):
        try:
            ready = self.prepare(record)
            self.enqueue(ready)
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """Takes records off a queue on a daemon thread of its own and gives
    each to its handlers (only those whose level the record reaches,
    with respect_handler_level), from start() until stop()."""

    # What stop() puts on the queue to end the thread.
    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self.respect_handler_level = respect_handler_level
        self._thread = None

    def dequeue(self, block):
        """The next record from the queue (waiting for one if block)."""
        return self.queue.get(block)

    def start(self):
        """Start the listening thread."""
        worker = threading.Thread(target=self._monitor)
        worker.daemon = True
        self._thread = worker
        worker.start()

    def prepare(self, record):
        """The record as the handlers get it: unchanged here."""
        return record

    def handle(self, record):
        """Give the (prepared) record to the handlers."""
        record = self.prepare(record)
        picky = self.respect_handler_level
        for handler in self.handlers:
            if not picky or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        # The thread's loop: handle records until the sentinel comes,
        # marking each item done on queues that count them.
        q = self.queue
        done = getattr(q, 'task_done', None)
        while True:
            try:
                record = self.dequeue(True)
            except queue.Empty:
                return
            finished = record is self._sentinel
            if not finished:
                self.handle(record)
            if done is not None:
                done()
            if finished:
                return

    def enqueue_sentinel(self):
        """Put the sentinel on the queue, for the thread to stop at."""
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        """Let the thread handle what is already queued, then end it and
        wait for it."""
        self.enqueue_sentinel()
        self._thread.join()
        self._thread = None
