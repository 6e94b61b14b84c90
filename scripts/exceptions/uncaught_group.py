# An uncaught exception group prints in CPython 3.11's boxed format, with
# nested groups indented and each member numbered; exit status 1.
def fail(exc):
    raise exc


def collect():
    errors = []
    for exc in [ValueError("bad value"), TypeError("bad type")]:
        try:
            fail(exc)
        except Exception as e:
            errors.append(e)
    try:
        fail(KeyError("inner key"))
    except KeyError as k:
        errors.append(ExceptionGroup("nested", [k, OSError(2, "gone", "f.txt")]))
    eg = ExceptionGroup("several failures", errors)
    eg.add_note("note on the group")
    raise eg


print("before")
collect()
