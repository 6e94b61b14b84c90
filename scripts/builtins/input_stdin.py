# input() reading the real standard input (fed from input_stdin.stdin):
# with and without a prompt (written to stdout, as stdin is not a
# terminal), non-ASCII text, a CRLF line, an empty line, mixing with
# sys.stdin's own methods, a last line without newline, then EOFError.
import sys

def safe(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

print(repr(input()))
print(repr(input('prompt> ')))
print(repr(input('')))
print(repr(input(None)))
print(repr(input()))
print(repr(sys.stdin.readline()))
print(repr(input(['list', 'prompt'])))
print(repr(sys.stdin.read(3)), repr(input()))
print(repr(input('p2 ')))
print(safe(input))
print(safe(lambda: input('after eof> ')))
print(safe(sys.stdin.readline), safe(sys.stdin.read))
print(sys.stdin.name, sys.stdin.encoding, sys.stdin.mode, sys.stdin.isatty(), sys.stdin.readable())
sys.stdout.flush()
print('done', file=sys.stderr)
