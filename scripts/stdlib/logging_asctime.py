# logging's times: %(asctime)s with the default format and milliseconds,
# datefmt with strftime directives, a gmtime converter, msecs rounding,
# and a formatter that shows datetime-made times; records get fixed
# creation times so the output does not depend on the clock or the zone.
import io
import logging
import time
from datetime import datetime, timezone


class UTCFormatter(logging.Formatter):
    converter = time.gmtime


def emit(fmt, created, datefmt=None, style="%", cls=UTCFormatter):
    record = logging.LogRecord("app", logging.WARNING, __file__, 10, "hello %s", ("world",), None)
    record.created = created
    record.msecs = int((created - int(created)) * 1000) + 0.0
    print(repr(cls(fmt, datefmt=datefmt, style=style).format(record)))


ts = datetime(2024, 3, 5, 7, 8, 9, 123456, tzinfo=timezone.utc).timestamp()
emit("%(asctime)s %(levelname)s %(message)s", ts)
emit("%(asctime)s|%(msecs)d|%(msecs)03d", ts + 0.877)
emit("%(asctime)s", ts, "%d/%m/%Y %I:%M:%S %p")
emit("%(asctime)s", ts, "%Y-%m-%dT%H:%M:%S%z %Z %j %a %b %%")
emit("{asctime} {name}", ts, "%H:%M", "{")
emit("$asctime $levelname", ts, "%c", "$")
emit("[%(asctime)s]", 0.5, "%x %X")
f = UTCFormatter("%(asctime)s")
f.default_msec_format = "%s.%03d"
record = logging.LogRecord("app", logging.INFO, __file__, 1, "m", None, None)
record.created, record.msecs = ts, 123.0
print(f.format(record), f.formatTime(record), f.formatTime(record, "%Y"))
f.default_msec_format = None
print(f.formatTime(record))
f.default_time_format = "%H:%M:%S"
print(f.formatTime(record))


class DTFormatter(logging.Formatter):
    # Times through datetime, with microseconds and an explicit zone.
    def formatTime(self, record, datefmt=None):
        when = datetime.fromtimestamp(record.created, timezone.utc)
        return when.strftime(datefmt) if datefmt else when.isoformat(timespec="milliseconds")


emit("%(asctime)s %(message)s", ts, None, "%", DTFormatter)
emit("%(asctime)s", ts, "%Y-%m-%d %H:%M:%S.%f %z", "%", DTFormatter)

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(UTCFormatter("%(asctime)s %(message)s", datefmt="%Y"))
log = logging.getLogger("timed")
log.addHandler(handler)
log.warning("x")
print(len(stream.getvalue().split()[0]) == 4, stream.getvalue().split()[1])
