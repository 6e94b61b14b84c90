# The smallest gilpy program: arguments in, text out.
import sys

name = sys.argv[1] if len(sys.argv) > 1 else "world"
print("hello,", name)
print("argv has", len(sys.argv), "entries")
print("running as", __name__)
