# sys.stdout and friends are TextIOWrappers; print finds sys.stdout at call time.
import io
import sys
import contextlib

print(type(sys.stdout).__name__, type(sys.stderr).__name__, type(sys.stdin).__name__)
print(sys.stdout.encoding, sys.stderr.errors, sys.stdout.name, sys.stderr.name, sys.stdin.name)
print(sys.stdout.mode, sys.stdin.mode, sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(type(sys.stdout.buffer).__name__, type(sys.stdout.buffer.raw).__name__)
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable())
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr, sys.__stdin__ is sys.stdin)
print(repr(sys.stdout))
print(repr(sys.stderr))
buf = io.StringIO()
print("to buffer", 42, file=buf)
print(repr(buf.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print("captured")
got = sys.stdout.getvalue()
sys.stdout = old
print(repr(got))
with contextlib.redirect_stdout(io.StringIO()) as f:
    print("redirected")
    sys.stdout.write("direct\n")
print(repr(f.getvalue()))
sys.stdout.write("write returns\n")
print(sys.stdout.write("abc\n"))
sys.stdout.buffer.write(b"bytes through buffer\n")
sys.stdout.flush()
sys.stderr.write("to stderr\n")
print(sys.stdout.line_buffering, sys.stderr.line_buffering)
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering)
sys.stdout.reconfigure(errors="replace")
print(sys.stdout.errors)
try:
    sys.stdout.reconfigure(encoding="nope")
except LookupError as e:
    print(type(e).__name__, e)
print(sys.stdout.isatty(), sys.stdin.isatty())
sys.stdout = None
print("lost")
sys.stdout = sys.__stdout__
print("back")
