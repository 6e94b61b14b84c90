package vm

import (
	"fmt"

	"github.com/go-python/gpython/py"
)

// Circular-import bookkeeping, kept on module specs as importlib keeps
// it: spec._initializing is true while the module's body runs, and
// spec._uninitialized_submodules names the submodules of a package being
// loaded. Attribute errors on such modules say "most likely due to a
// circular import", as CPython's do.

// setInitializing sets spec._initializing when spec is one of ours.
func setInitializing(spec Object, v Object) {
	if inst, ok := spec.(*Instance); ok && inst.cls == ModuleSpecType && inst.dict != nil {
		inst.dict.SetStr("_initializing", v)
	}
}

// specInitializing reports whether a module spec says its module is
// still running its body.
func specInitializing(spec Object) bool {
	if inst, ok := spec.(*Instance); ok && inst.dict != nil {
		v, ok := inst.dict.GetStr("_initializing")
		return ok && v == True
	}
	return false
}

// pushUninitializedSubmodule records that child (a last name component)
// of the package whose spec this is is being loaded, and returns the
// function that forgets it again.
func pushUninitializedSubmodule(spec Object, child string) func() {
	inst, ok := spec.(*Instance)
	if !ok || inst.cls != ModuleSpecType || inst.dict == nil {
		return func() {}
	}
	lo, _ := inst.dict.GetStr("_uninitialized_submodules")
	l, ok := lo.(*py.List)
	if !ok {
		l = &py.List{}
		inst.dict.SetStr("_uninitialized_submodules", l)
	}
	l.Items = append(l.Items, py.String(child))
	return func() {
		if n := len(l.Items); n > 0 {
			l.Items = l.Items[:n-1]
		}
	}
}

// specHasUninitializedSubmodule reports whether name is a submodule the
// spec's package is still loading.
func specHasUninitializedSubmodule(spec Object, name string) bool {
	inst, ok := spec.(*Instance)
	if !ok || inst.dict == nil {
		return false
	}
	lo, _ := inst.dict.GetStr("_uninitialized_submodules")
	if l, ok := lo.(*py.List); ok {
		for _, it := range l.Items {
			if s, ok := it.(py.String); ok && string(s) == name {
				return true
			}
		}
	}
	return false
}

// moduleAttrError is the AttributeError for a name a module lacks.
func moduleAttrError(m *Module, name string) *py.Exception {
	var e *py.Exception
	n, _ := m.dict.GetStr("__name__")
	if ms, ok := n.(py.String); ok {
		spec, _ := m.dict.GetStr("__spec__")
		switch {
		case specInitializing(spec):
			e = NewError(py.AttributeError, fmt.Sprintf("partially initialized module '%s' has no attribute '%s' (most likely due to a circular import)", ms, name))
		case specHasUninitializedSubmodule(spec, name):
			e = NewError(py.AttributeError, fmt.Sprintf("cannot access submodule '%s' of module '%s' (most likely due to a circular import)", name, ms))
		default:
			e = NewError(py.AttributeError, fmt.Sprintf("module '%s' has no attribute '%s'", ms, name))
		}
	} else {
		e = NewError(py.AttributeError, fmt.Sprintf("module has no attribute '%s'", name))
	}
	setExcAttr(e, "name", py.String(name))
	setExcAttr(e, "obj", m)
	return e
}
