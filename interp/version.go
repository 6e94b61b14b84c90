package interp

// Version is gilpy's own version.
const Version = "0.1.0"

// PythonVersion is the version of the Python language gilpy behaves as:
// its builtins, library and error messages follow CPython 3.11 (the
// parser also accepts 3.12 syntax). sys.version_info reports it.
const PythonVersion = "3.11.7"
