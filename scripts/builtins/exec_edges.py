# eval and exec corners gilpy does not match yet: the line number of the
# SyntaxError for empty source, and globals whose __builtins__ is neither
# a module nor a dict.
def safe(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

print(safe(lambda: eval('')), safe(lambda: eval('   ')))
print(safe(lambda: exec('x', {'__builtins__': None})), safe(lambda: exec('len', {'__builtins__': 5})))
