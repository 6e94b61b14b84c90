# The plainest unbounded recursion: a function calling itself with no
# base case ends the program with CPython's RecursionError traceback,
# repeated frames folded, and exit status 1.
def f(): f()
f()
