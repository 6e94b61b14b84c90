// Package vm runs compiled Python: the evaluation loop and everything it
// needs at run time, the object protocol (attribute lookup, calls,
// operators, hashing, iteration), the types gpython lacks or gets wrong
// (dict, set, classes and their instances, functions, generators,
// exceptions with tracebacks), the builtins and the sys module.
//
// Values are gpython's py.Object. gpython's value types are kept where
// they are right (int and big int, float, complex, str, bytes, tuple,
// list, range, slice, None, bool, the exception instances), but their
// behaviour is ours: every method a script can reach, and every operator,
// is implemented here with CPython 3.11's semantics and registered in the
// type's dict, and gpython's own method implementations are not used.
//
// Everything that may run Python code takes the calling *Thread: Go has
// no goroutine-local storage, and a Python thread's state (its frames,
// the exception being handled, its recursion depth, its hold on the GIL)
// must travel with the call. A Thread is only ever used by the goroutine
// running it, while holding its interpreter's GIL, so nothing here needs
// locks of its own beyond the GIL.
package vm
