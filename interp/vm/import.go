package vm

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"
)

// StdlibDir is the directory sys.path names for gilpy's own standard
// library. Nothing is on disk there: modules under it are implemented in
// Go or embedded as Python source, and tracebacks through them print this
// path, as CPython prints its library's.
const StdlibDir = "/gilpy/lib/python3.11"

// ModuleDef describes a module gilpy provides.
type ModuleDef struct {
	Name string
	// Builtin modules (sys, builtins, _thread, time...) are found before
	// sys.path is searched; the others are found where sys.path names
	// StdlibDir, so a script's own module of the same name shadows them,
	// as in CPython.
	Builtin bool
	// Init fills the module of a module implemented in Go.
	Init func(t *Thread, m *Module) error
	// Source is the text of a module written in Python; File its name
	// under StdlibDir ("threading.py", "concurrent/futures/__init__.py").
	Source string
	File   string
	// Package marks a package (its File ends in __init__.py).
	Package bool
}

var (
	registryMu sync.RWMutex
	registry   = map[string]*ModuleDef{}
)

// RegisterModule makes a module available to every interpreter. Module
// packages call it from their init functions.
func RegisterModule(def *ModuleDef) {
	registryMu.Lock()
	defer registryMu.Unlock()
	if def.File == "" && def.Source != "" {
		def.File = strings.ReplaceAll(def.Name, ".", "/") + ".py"
		if def.Package {
			def.File = strings.ReplaceAll(def.Name, ".", "/") + "/__init__.py"
		}
	}
	registry[def.Name] = def
}

func lookupRegistry(name string) *ModuleDef {
	registryMu.RLock()
	defer registryMu.RUnlock()
	return registry[name]
}

// RegisteredModules lists the names of the modules gilpy provides.
func RegisteredModules() []string {
	registryMu.RLock()
	defer registryMu.RUnlock()
	out := make([]string, 0, len(registry))
	for n := range registry {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// stdlibSource returns the embedded source of a file under StdlibDir.
func stdlibSource(path string) (string, bool) {
	rel, ok := strings.CutPrefix(path, StdlibDir+"/")
	if !ok {
		return "", false
	}
	registryMu.RLock()
	defer registryMu.RUnlock()
	for _, d := range registry {
		if d.File == rel && d.Source != "" {
			return d.Source, true
		}
	}
	return "", false
}

// newImportError makes an ImportError (or subclass) as the import system
// raises it: msg is also its msg attribute, and name and path (nil for
// None) its name and path attributes.
func newImportError(typ *py.Type, msg string, name, path Object) *py.Exception {
	e := NewError(typ, msg)
	setExcAttr(e, "msg", py.String(msg))
	if name == nil {
		name = None
	}
	if path == nil {
		path = None
	}
	setExcAttr(e, "name", name)
	setExcAttr(e, "path", path)
	return e
}

// importName implements IMPORT_NAME: __import__(name, globals, None,
// fromlist, level).
func (t *Thread) importName(f *Frame, name string, fromlist, levelObj Object) (Object, error) {
	level := 0
	if l, ok := levelObj.(py.Int); ok {
		level = int(l)
	}
	imp, ok := f.builtins.GetStr("__import__")
	if !ok {
		var err error
		if imp, ok, err = lookupForeignBuiltin(t, f.builtins, "__import__"); err != nil {
			return nil, err
		}
		if !ok {
			return nil, newImportError(py.ImportError, "__import__ not found", nil, nil)
		}
	}
	if imp != t.interp.defaultImport {
		var locals Object = None
		if f.locals != nil {
			locals = f.locals
		}
		return Call(t, imp, []Object{py.String(name), f.globals, locals, fromlist, NewInt(int64(level))}, nil)
	}
	return t.ImportModuleLevel(name, f.globals, fromlist, level)
}

// ImportModuleLevel is __import__'s algorithm.
func (t *Thread) ImportModuleLevel(name string, globals *Dict, fromlist Object, level int) (Object, error) {
	absName := name
	if level > 0 {
		pkg, err := resolvePackage(t, globals)
		if err != nil {
			return nil, err
		}
		base, err := resolveRelative(pkg, level)
		if err != nil {
			return nil, err
		}
		if name == "" {
			absName = base
		} else {
			absName = base + "." + name
		}
	} else if name == "" {
		return nil, NewError(py.ValueError, "Empty module name")
	}
	mod, err := t.ImportModule(absName)
	if err != nil {
		return nil, err
	}
	hasFromlist := false
	if fromlist != nil && fromlist != None {
		if ok, _ := Truth(t, fromlist); ok {
			hasFromlist = true
		}
	}
	if !hasFromlist {
		if level == 0 || name != "" {
			top := name
			if level > 0 {
				top = absName
			}
			if i := strings.IndexByte(name, '.'); i >= 0 {
				top = absName[:len(absName)-len(name)+i]
			} else if level == 0 {
				top = name
			}
			if top != absName {
				return t.ImportModule(top)
			}
		}
		return mod, nil
	}
	return mod, t.handleFromlist(mod, absName, fromlist)
}

// handleFromlist imports the submodules a from-import names.
func (t *Thread) handleFromlist(mod Object, name string, fromlist Object) error {
	m, ok := mod.(*Module)
	if !ok {
		return nil
	}
	if _, isPkg := m.dict.GetStr("__path__"); !isPkg {
		return nil
	}
	items, err := Collect(t, fromlist)
	if err != nil {
		return err
	}
	for _, it := range items {
		s, ok := it.(py.String)
		if !ok {
			return NewError(py.TypeError, fmt.Sprintf("Item in %s.__all__ must be str, not %s", name, TypeName(it)))
		}
		if s == "*" {
			if all, ok := m.dict.GetStr("__all__"); ok {
				if err := t.handleFromlist(mod, name, all); err != nil {
					return err
				}
			}
			continue
		}
		if _, ok := m.dict.GetStr(string(s)); !ok {
			if _, err := t.ImportModule(name + "." + string(s)); err != nil {
				if isExceptionType(err, ModuleNotFoundError) {
					if n := excAttr(err.(*py.Exception), "name"); n != nil && string(n.(py.String)) == name+"."+string(s) {
						continue
					}
				}
				return err
			}
		}
	}
	return nil
}

// resolvePackage finds the package a relative import is relative to:
// __package__, else __spec__.parent, else from __name__ (and __path__).
func resolvePackage(t *Thread, globals *Dict) (string, error) {
	if p, ok := globals.GetStr("__package__"); ok && p != None {
		s, ok := unwrap(p).(py.String)
		if !ok {
			return "", NewError(py.TypeError, "package must be a string")
		}
		return string(s), nil
	}
	if spec, ok := globals.GetStr("__spec__"); ok && spec != None {
		p, err := GetAttr(t, spec, "parent")
		if err != nil {
			return "", err
		}
		s, ok := unwrap(p).(py.String)
		if !ok {
			return "", NewError(py.TypeError, "__spec__.parent must be a string")
		}
		return string(s), nil
	}
	n, ok := globals.GetStr("__name__")
	if !ok {
		return "", NewError(py.KeyError, "'__name__' not in globals")
	}
	ns, ok := unwrap(n).(py.String)
	if !ok {
		return "", NewError(py.TypeError, "__name__ must be a string")
	}
	name := string(ns)
	if _, isPkg := globals.GetStr("__path__"); isPkg {
		return name, nil
	}
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		return name[:i], nil
	}
	return "", nil
}

func resolveRelative(pkg string, level int) (string, error) {
	if pkg == "" {
		return "", newImportError(py.ImportError, "attempted relative import with no known parent package", nil, nil)
	}
	parts := strings.Split(pkg, ".")
	if level-1 >= len(parts) {
		return "", newImportError(py.ImportError, "attempted relative import beyond top-level package", nil, nil)
	}
	return strings.Join(parts[:len(parts)-(level-1)], "."), nil
}

// ImportModule imports a module by its absolute dotted name, importing
// its parents first, and returns it.
func (t *Thread) ImportModule(name string) (Object, error) {
	if m, ok, err := t.imported(name); ok || err != nil {
		return m, err
	}
	var parent *Module
	var searchPath []string
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		pm, err := t.ImportModule(name[:i])
		if err != nil {
			return nil, err
		}
		// Importing the package may have imported this module too.
		if m, ok, err := t.imported(name); ok || err != nil {
			return m, err
		}
		var isMod bool
		parent, isMod = pm.(*Module)
		pathObj, isPkg := Object(nil), false
		if isMod {
			pathObj, isPkg = parent.dict.GetStr("__path__")
		}
		if !isPkg {
			return nil, newImportError(ModuleNotFoundError, fmt.Sprintf("No module named '%s'; '%s' is not a package", name, name[:i]), py.String(name), nil)
		}
		items, _ := Collect(t, pathObj)
		for _, it := range items {
			if s, ok := it.(py.String); ok {
				searchPath = append(searchPath, string(s))
			}
		}
	}
	l, err := t.beginLoad(name)
	if err != nil {
		return nil, err
	}
	if l == nil {
		// Another thread has loaded it meanwhile (or failed to).
		return t.ImportModule(name)
	}
	forget := func() {}
	if parent != nil {
		spec, _ := parent.dict.GetStr("__spec__")
		forget = pushUninitializedSubmodule(spec, name[strings.LastIndexByte(name, '.')+1:])
	}
	mod, err := t.loadHolding(l, name, searchPath, parent != nil)
	forget()
	if err != nil {
		return nil, err
	}
	if parent != nil {
		parent.dict.SetStr(name[strings.LastIndexByte(name, '.')+1:], mod)
	}
	return mod, nil
}

// imported returns the module sys.modules holds for name, waiting first
// if another thread is still running its code; ok is false when there is
// none (or its code failed meanwhile: then it is loaded again, as CPython
// does).
func (t *Thread) imported(name string) (m Object, ok bool, err error) {
	in := t.interp
	if m, ok = in.modules.GetStr(name); !ok {
		return nil, false, nil
	}
	if m == None {
		return nil, false, newImportError(ModuleNotFoundError, fmt.Sprintf("import of %s halted; None in sys.modules", name), py.String(name), nil)
	}
	if len(in.loading) == 0 {
		return m, true, nil
	}
	if err := t.awaitLoaded(name); err != nil {
		return nil, false, err
	}
	m, ok = in.modules.GetStr(name)
	return m, ok, nil
}

// loadHolding is findAndLoad for a thread that holds the module's load
// lock l, which it releases however the load ends.
func (t *Thread) loadHolding(l *moduleLoad, name string, searchPath []string, sub bool) (Object, error) {
	defer t.endLoad(name, l)
	return t.findAndLoad(name, searchPath, sub)
}

// findAndLoad finds a module on the path (sys.path for top-level
// modules, the parent's __path__ for submodules) and runs it.
func (t *Thread) findAndLoad(name string, searchPath []string, sub bool) (Object, error) {
	return t.findAndLoadInto(name, searchPath, sub, nil)
}

// findAndLoadInto is findAndLoad, running the module found in target
// instead of a new module when target is not nil (importlib.reload).
func (t *Thread) findAndLoadInto(name string, searchPath []string, sub bool, target *Module) (Object, error) {
	in := t.interp
	if def := lookupRegistry(name); def != nil && def.Builtin {
		return t.loadDef(def, target)
	}
	if !sub {
		searchPath = in.sysPath(t)
	}
	base := name[strings.LastIndexByte(name, '.')+1:]
	var portions []string // directories that could make a namespace package
	for _, dir := range searchPath {
		if dir == StdlibDir || strings.HasPrefix(dir, StdlibDir+"/") {
			if def := lookupRegistry(name); def != nil {
				return t.loadDef(def, target)
			}
			continue
		}
		if !in.canRead(dir) {
			continue
		}
		if dir == "" {
			dir = "."
		}
		pkgInit := filepath.Join(dir, base, "__init__.py")
		// Through the host, which may restrict what a program reads.
		if in.hostIsFile(pkgInit) {
			return t.loadFile(name, pkgInit, filepath.Join(dir, base), target)
		}
		file := filepath.Join(dir, base+".py")
		if in.hostIsFile(file) {
			return t.loadFile(name, file, "", target)
		}
		if d := filepath.Join(dir, base); in.hostIsDir(d) {
			portions = append(portions, d)
		}
	}
	if len(portions) > 0 {
		if target != nil {
			return target, nil // a namespace package has no code to rerun
		}
		return t.loadNamespace(name, portions)
	}
	return nil, newImportError(ModuleNotFoundError, fmt.Sprintf("No module named '%s'", name), py.String(name), nil)
}

// loadDef creates a module gilpy provides. Reloading (target not nil)
// reruns one written in Python in target, and leaves one written in Go
// as it is, as CPython leaves its built-in modules.
func (t *Thread) loadDef(def *ModuleDef, target *Module) (Object, error) {
	if target != nil && def.Source == "" {
		return target, nil
	}
	m := NewModule(def.Name)
	if target != nil {
		m = target
	}
	if def.Source != "" {
		path := StdlibDir + "/" + def.File
		var pkgDir string
		if def.Package {
			pkgDir = filepath.Dir(path)
		}
		return t.execModule(m, def.Name, path, pkgDir, []byte(def.Source), target != nil)
	}
	pkg := def.Name
	if !def.Package {
		if i := strings.LastIndexByte(def.Name, '.'); i >= 0 {
			pkg = def.Name[:i]
		} else {
			pkg = ""
		}
	}
	m.Set("__package__", py.String(pkg))
	if def.Package {
		m.Set("__path__", &py.List{Items: []Object{py.String(StdlibDir + "/" + strings.ReplaceAll(def.Name, ".", "/"))}})
	}
	m.Set("__spec__", newModuleSpec(def.Name, "built-in", def.Package))
	t.interp.modules.SetStr(def.Name, m)
	if def.Init != nil {
		if err := def.Init(t, m); err != nil {
			t.interp.modules.DeleteStr(def.Name)
			return nil, err
		}
	}
	if v, ok := t.interp.modules.GetStr(def.Name); ok {
		return v, nil
	}
	return m, nil
}

// loadFile runs a module's source file from disk, in target when
// reloading.
func (t *Thread) loadFile(name, path, pkgDir string, target *Module) (Object, error) {
	src, err := t.interp.hostReadFile(path)
	if err != nil {
		return nil, osError(err, path)
	}
	abs, err := t.interp.hostAbs(path)
	if err == nil {
		path = abs
	}
	if pkgDir != "" {
		if a, err := t.interp.hostAbs(pkgDir); err == nil {
			pkgDir = a
		}
	}
	if target != nil {
		return t.execModule(target, name, path, pkgDir, src, true)
	}
	return t.execModule(NewModule(name), name, path, pkgDir, src, false)
}

// execModule compiles and runs src as module m, registered in
// sys.modules while it runs (so circular imports see it) and removed
// again if it fails, unless this is a reload (which leaves the module,
// as far as it got, where it was).
func (t *Thread) execModule(m *Module, name, path, pkgDir string, src []byte, reload bool) (Object, error) {
	in := t.interp
	m.Set("__file__", py.String(path))
	pkg := name
	if pkgDir == "" {
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			pkg = name[:i]
		} else {
			pkg = ""
		}
	} else {
		m.Set("__path__", &py.List{Items: []Object{py.String(pkgDir)}})
	}
	m.Set("__package__", py.String(pkg))
	m.Set("__cached__", None)
	m.Set("__spec__", newModuleSpec(name, path, pkgDir != ""))
	m.Set("__builtins__", in.builtinsModule)
	code, err := in.compileSource(t, src, path, "exec")
	if err != nil {
		return nil, err
	}
	in.modules.SetStr(name, m)
	// While the body of a first load runs, the spec says so: attribute
	// and from-import errors then name the module as partially
	// initialised. A reload's module counts as complete, as in CPython.
	spec, _ := m.dict.GetStr("__spec__")
	if !reload {
		setInitializing(spec, True)
	}
	_, err = t.RunCode(code, m.dict, nil)
	if !reload {
		setInitializing(spec, False)
	}
	if err != nil {
		if !reload {
			in.modules.DeleteStr(name)
		}
		return nil, err
	}
	if v, ok := in.modules.GetStr(name); ok {
		return v, nil
	}
	return m, nil
}

// ReloadModule runs a module's code again in the module itself, found
// afresh (on its package's __path__ for a submodule), for
// importlib.reload, which has checked that m is sys.modules[name] and
// that a parent package is imported. It returns what sys.modules[name]
// is afterwards.
func (t *Thread) ReloadModule(m *Module, name string) (Object, error) {
	if m == t.interp.sys || m == t.interp.builtinsModule {
		return m, nil // built in: nothing to run again
	}
	var searchPath []string
	sub := false
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		sub = true
		parent, ok := t.interp.modules.GetStr(name[:i])
		if !ok {
			return nil, newImportError(py.ImportError, fmt.Sprintf("parent '%s' not in sys.modules", name[:i]), py.String(name[:i]), nil)
		}
		path, err := GetAttr(t, parent, "__path__")
		if err != nil {
			return nil, err
		}
		items, err := Collect(t, path)
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			if s, ok := it.(py.String); ok {
				searchPath = append(searchPath, string(s))
			}
		}
	}
	// The module's import lock, held while its code runs again, as
	// CPython's reload holds it: a thread still importing the module
	// for the first time finishes before the code reruns.
	l, err := t.beginReload(name)
	if err != nil {
		return nil, err
	}
	defer t.endLoad(name, l)
	if cur, ok := t.interp.modules.GetStr(name); !ok || cur != Object(m) {
		// The import waited for failed and took the module out.
		nameRepr, _ := ReprString(t, py.String(name))
		return nil, newImportError(py.ImportError, fmt.Sprintf("module %s not in sys.modules", nameRepr), py.String(name), nil)
	}
	r, err := t.findAndLoadInto(name, searchPath, sub, m)
	if err != nil && isExceptionType(err, ModuleNotFoundError) {
		if n, ok := excAttr(err.(*py.Exception), "name").(py.String); ok && string(n) == name {
			return nil, newImportError(ModuleNotFoundError, fmt.Sprintf("spec not found for the module '%s'", name), py.String(name), nil)
		}
	}
	return r, err
}

// importFrom implements IMPORT_FROM: the attribute, else the submodule
// in sys.modules, else ImportError naming the module by its __name__ and
// location as CPython does.
func (t *Thread) importFrom(mod Object, name string) (Object, error) {
	v, err := GetAttr(t, mod, name)
	if err == nil {
		return v, nil
	}
	if !isAttributeError(err) {
		return nil, err
	}
	var pkgName Object // nil when the object has no str __name__
	if n, err := GetAttrOr(t, mod, "__name__", nil); err == nil && n != nil {
		if _, ok := unwrap(n).(py.String); ok {
			pkgName = n
		}
	}
	shown := "<unknown module name>"
	if pkgName != nil {
		s, err := StrString(t, pkgName)
		if err != nil {
			return nil, err
		}
		if sub, ok := t.interp.modules.GetStr(s + "." + name); ok {
			return sub, nil
		}
		shown = s
	}
	var loc Object
	m, isMod := mod.(*Module)
	if isMod {
		if f, ok := m.dict.GetStr("__file__"); ok {
			if _, ok := unwrap(f).(py.String); ok {
				loc = f
			}
		}
	}
	nameRepr, _ := ReprString(t, py.String(name))
	shownRepr, _ := ReprString(t, py.String(shown))
	var e *py.Exception
	if loc == nil {
		e = newImportError(py.ImportError, fmt.Sprintf("cannot import name %s from %s (unknown location)", nameRepr, shownRepr), pkgName, nil)
	} else {
		ls, err := StrString(t, loc)
		if err != nil {
			return nil, err
		}
		msg := fmt.Sprintf("cannot import name %s from %s (%s)", nameRepr, shownRepr, ls)
		if spec, ok := m.dict.GetStr("__spec__"); ok && specInitializing(spec) {
			msg = fmt.Sprintf("cannot import name %s from partially initialized module %s (most likely due to a circular import) (%s)", nameRepr, shownRepr, ls)
		}
		e = newImportError(py.ImportError, msg, pkgName, loc)
	}
	setExcAttr(e, "name_from", py.String(name))
	return nil, e
}

// importStar implements IMPORT_STAR: from mod import *.
func (t *Thread) importStar(f *Frame, mod Object) error {
	if f.locals == nil {
		return NewError(py.SystemError, "no locals found during 'import *'")
	}
	var names []Object
	if all, err := GetAttrOr(t, mod, "__all__", nil); err != nil {
		return err
	} else if all != nil {
		names, err = Collect(t, all)
		if err != nil {
			return err
		}
	} else {
		d := instanceDict(mod)
		if d == nil {
			return newImportError(py.ImportError, "from-import-* object has no __dict__ and no __all__", nil, nil)
		}
		for _, k := range d.Keys() {
			if s, ok := k.(py.String); ok && !strings.HasPrefix(string(s), "_") {
				names = append(names, k)
			}
		}
	}
	for _, n := range names {
		s, ok := n.(py.String)
		if !ok {
			return NewError(py.TypeError, fmt.Sprintf("Item in __all__ must be str, not %s", TypeName(n)))
		}
		v, err := GetAttr(t, mod, string(s))
		if err != nil {
			return err
		}
		if err := SetItem(t, f.locals, s, v); err != nil {
			return err
		}
	}
	return nil
}

// ModuleSpecType is the type of module.__spec__ values.
var ModuleSpecType = newBuiltinType("ModuleSpec", "The specification for a module.", nil)

// newModuleSpec makes a minimal importlib.machinery.ModuleSpec.
func newModuleSpec(name, origin string, pkg bool) Object {
	inst := &Instance{cls: ModuleSpecType, dict: NewDict(6)}
	inst.dict.SetStr("name", py.String(name))
	inst.dict.SetStr("origin", py.String(origin))
	parent := name
	if !pkg {
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			parent = name[:i]
		} else {
			parent = ""
		}
	}
	inst.dict.SetStr("parent", py.String(parent))
	var locs Object = None
	if pkg {
		locs = &py.List{}
	}
	inst.dict.SetStr("submodule_search_locations", locs)
	inst.dict.SetStr("loader", None)
	inst.dict.SetStr("cached", None)
	inst.dict.SetStr("has_location", NewBool(origin != "built-in"))
	return inst
}
