package vm

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gilpy/gilpy/interp/pystr"
	"github.com/go-python/gpython/py"
)

func sortStrings(s []string) { sort.Strings(s) }

// buildClass is builtins.__build_class__(func, name, *bases, metaclass=,
// **kwds): it resolves the bases and the metaclass, prepares the
// namespace, runs the class body in it and calls the metaclass.
func buildClass(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	npos := len(args) - len(kwnames)
	if npos < 2 {
		return nil, NewError(py.TypeError, "__build_class__: not enough arguments")
	}
	body, ok := args[0].(*Function)
	if !ok {
		return nil, NewError(py.TypeError, "__build_class__: func must be a function")
	}
	nameObj, ok := args[1].(py.String)
	if !ok {
		return nil, NewError(py.TypeError, "__build_class__: name is not a string")
	}
	name := string(nameObj)
	origBases := Tuple(append([]Object(nil), args[2:npos]...))
	var meta Object
	var kwNames Tuple
	var kwVals []Object
	for i, k := range kwnames {
		if string(k.(py.String)) == "metaclass" {
			meta = args[npos+i]
			continue
		}
		kwNames = append(kwNames, k)
		kwVals = append(kwVals, args[npos+i])
	}
	bases, err := resolveMroEntries(t, origBases)
	if err != nil {
		return nil, err
	}
	isClass := false
	if meta == nil {
		if len(bases) == 0 {
			meta = py.TypeType
		} else {
			meta = TypeOf(bases[0])
		}
		isClass = true
	} else if _, ok := meta.(*py.Type); ok {
		isClass = true
	}
	if isClass {
		winner, err := calculateMetaclass(meta.(*py.Type), bases)
		if err != nil {
			return nil, err
		}
		meta = winner
	}
	var ns Object
	if prep, err := GetAttrOr(t, meta, "__prepare__", nil); err != nil {
		return nil, err
	} else if prep != nil {
		ns, err = Call(t, prep, append([]Object{py.String(name), bases}, kwVals...), kwNames)
		if err != nil {
			return nil, err
		}
	} else {
		ns = NewDict(0)
	}
	if !isMapping(ns) {
		mname := "<metaclass>"
		if mt, ok := meta.(*py.Type); ok {
			mname = mt.Name
		}
		return nil, NewError(py.TypeError, fmt.Sprintf("%s.__prepare__() must return a mapping, not %s", mname, TypeName(ns)))
	}
	cell, err := t.runClassBody(body, ns)
	if err != nil {
		return nil, err
	}
	if !Is(bases, origBases) && len(origBases) > 0 {
		if err := SetItem(t, ns, py.String("__orig_bases__"), origBases); err != nil {
			return nil, err
		}
	}
	margs := append([]Object{py.String(name), bases, ns}, kwVals...)
	cls, err := Call(t, meta, margs, kwNames)
	if err != nil {
		return nil, err
	}
	if c, ok := cell.(*Cell); ok {
		if ct, ok := cls.(*py.Type); ok && c.V != Object(ct) {
			if c.V == nil {
				return nil, NewError(py.RuntimeError, fmt.Sprintf("__class__ not set defining '%s' as %s. Was __classcell__ propagated to type.__new__?", name, reprType(ct)))
			}
			return nil, NewError(py.TypeError, fmt.Sprintf("__class__ set to %s defining '%s' as %s", reprObjectShort(c.V), name, reprType(ct)))
		}
	}
	return cls, nil
}

// runClassBody runs a class body function with ns as its locals mapping
// and returns what it returns (the __class__ cell, or None).
func (t *Thread) runClassBody(body *Function, ns Object) (Object, error) {
	code := body.code
	cd := dataFor(code)
	f := t.newFrame(code, cd, body.globals, body.builtins, false)
	f.fn = body
	f.locals = ns
	if cd.ncells > 0 {
		t.initCells(f, body)
	}
	return t.runFrame(f)
}

// resolveMroEntries applies PEP 560's __mro_entries__ to the bases.
func resolveMroEntries(t *Thread, bases Tuple) (Tuple, error) {
	var out Tuple
	changed := false
	for i, b := range bases {
		if _, ok := b.(*py.Type); ok {
			if changed {
				out = append(out, b)
			}
			continue
		}
		me, err := GetAttrOr(t, b, "__mro_entries__", nil)
		if err != nil {
			return nil, err
		}
		if me == nil {
			if changed {
				out = append(out, b)
			}
			continue
		}
		if !changed {
			out = append(Tuple{}, bases[:i]...)
			changed = true
		}
		r, err := Call(t, me, []Object{bases}, nil)
		if err != nil {
			return nil, err
		}
		rt, ok := r.(Tuple)
		if !ok {
			return nil, NewError(py.TypeError, "__mro_entries__ must return a tuple")
		}
		out = append(out, rt...)
	}
	if !changed {
		return bases, nil
	}
	return out, nil
}

// calculateMetaclass finds the most derived metaclass among meta and the
// bases' types.
func calculateMetaclass(meta *py.Type, bases Tuple) (*py.Type, error) {
	winner := meta
	for _, b := range bases {
		bt := TypeOf(b)
		if IsSubtype(winner, bt) {
			continue
		}
		if IsSubtype(bt, winner) {
			winner = bt
			continue
		}
		return nil, NewError(py.TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
	}
	return winner, nil
}

// typeNew is type.__new__(meta, name, bases, ns, **kwds): it makes a new
// class.
func typeNew(t *Thread, args []Object, kwnames Tuple) (Object, error) {
	npos := len(args) - len(kwnames)
	if npos < 1 {
		return nil, NewError(py.TypeError, "type.__new__(): not enough arguments")
	}
	meta, ok := args[0].(*py.Type)
	if !ok {
		return nil, NewError(py.TypeError, fmt.Sprintf("type.__new__(X): X is not a type object (%s)", TypeName(args[0])))
	}
	if !IsSubtype(meta, py.TypeType) {
		return nil, NewError(py.TypeError, fmt.Sprintf("type.__new__(%s): %s is not a subtype of type", meta.Name, meta.Name))
	}
	if npos != 4 {
		// type(...) itself checked for 1 or 3 arguments (typeCallImpl).
		return nil, NewError(py.TypeError, fmt.Sprintf("type.__new__() takes exactly 3 arguments (%d given)", npos-1))
	}
	nameObj, ok := args[1].(py.String)
	if !ok {
		return nil, NewError(py.TypeError, fmt.Sprintf("type.__new__() argument 1 must be str, not %s", TypeName(args[1])))
	}
	bases, ok := args[2].(Tuple)
	if !ok {
		return nil, NewError(py.TypeError, fmt.Sprintf("type.__new__() argument 2 must be tuple, not %s", TypeName(args[2])))
	}
	nsIn, ok := asDict(args[3])
	if !ok {
		return nil, NewError(py.TypeError, fmt.Sprintf("type.__new__() argument 3 must be dict, not %s", TypeName(args[3])))
	}
	for _, b := range bases {
		if _, isType := b.(*py.Type); isType {
			continue
		}
		if m, err := GetAttrOr(t, b, "__mro_entries__", nil); err != nil {
			return nil, err
		} else if m != nil {
			return nil, NewError(py.TypeError, "type() doesn't support MRO entry resolution; use types.new_class()")
		}
	}
	winner, err := calculateMetaclass(meta, bases)
	if err != nil {
		return nil, err
	}
	if winner != meta {
		wc := ClassOf(winner)
		if nf := wc.special(spNew); nf != nil && nf != typeNewFn {
			return callNew(t, nf, winner, args[1:npos], nil)
		}
		meta = winner
	}
	return newClass(t, meta, string(nameObj), bases, nsIn, args[npos:], kwnames)
}

// newClass creates a class: the part of type.__new__ after the argument
// checks.
func newClass(t *Thread, meta *py.Type, name string, bases Tuple, nsIn *Dict, kwVals []Object, kwnames Tuple) (Object, error) {
	if len(bases) == 0 {
		bases = Tuple{py.ObjectType}
	}
	baseClasses := make([]*Class, len(bases))
	for i, b := range bases {
		bt, ok := b.(*py.Type)
		if !ok {
			return nil, NewError(py.TypeError, fmt.Sprintf("bases must be types"))
		}
		bc := ClassOf(bt)
		if bc.flags&clsBaseType == 0 && bc.flags&clsHeap == 0 {
			return nil, NewError(py.TypeError, fmt.Sprintf("type '%s' is not an acceptable base type", bt.Name))
		}
		baseClasses[i] = bc
	}
	best, err := bestBase(baseClasses)
	if err != nil {
		return nil, err
	}
	ns := nsIn.Copy()
	c := &Class{ns: ns, flags: clsHeap | clsBaseType}
	c.Type.Name = name
	c.Type.Flags = flagClass | py.TPFLAGS_BASETYPE | py.TPFLAGS_HEAPTYPE
	c.Type.ObjectType = meta
	c.Type.Base = best.T()
	c.Type.Bases = append(Tuple(nil), bases...)
	c.Type.Dict = py.StringDict{}
	c.layout = best.layout
	// Pattern matching's sequence and mapping marks pass from the best
	// base to the class, as CPython's Py_TPFLAGS_SEQUENCE/MAPPING do.
	c.flags |= best.flags & (clsMatchMapping | clsMatchSequence)
	if best.layout == layoutObject && best != objectClass && best.flags&clsHeap == 0 {
		c.layout = layoutBuiltin
	}
	if IsSubtype(best.T(), py.BaseException) {
		c.layout = layoutException
		c.Type.Flags |= py.TPFLAGS_BASE_EXC_SUBCLASS
	}
	if IsSubtype(best.T(), py.TypeType) {
		c.layout = layoutType
	}
	mro, err := computeMro(t, c, baseClasses)
	if err != nil {
		return nil, err
	}
	c.mro = mro
	c.Type.Mro = c.mroTuple()
	if qn, ok := ns.GetStr("__qualname__"); ok {
		qs, ok := qn.(py.String)
		if !ok {
			return nil, NewError(py.TypeError, fmt.Sprintf("type __qualname__ must be a str, not %s", TypeName(qn)))
		}
		c.Type.Qualname = string(qs)
		ns.DeleteStr("__qualname__")
	} else {
		c.Type.Qualname = name
	}
	if _, ok := ns.GetStr("__module__"); !ok {
		if f := t.frame; f != nil {
			if m, ok := f.globals.GetStr("__name__"); ok {
				ns.SetStr("__module__", m)
			}
		}
	}
	if doc, ok := ns.GetStr("__doc__"); ok {
		if s, ok := doc.(py.String); ok {
			c.Type.Doc = string(s)
		}
	}
	if err := c.setupSlots(t, best, ns); err != nil {
		return nil, err
	}
	if _, ok := ns.GetStr("__doc__"); !ok {
		ns.SetStr("__doc__", None)
	}
	// __classcell__ gets the class.
	var cell *Cell
	if co, ok := ns.GetStr("__classcell__"); ok {
		cell, ok = co.(*Cell)
		if !ok {
			return nil, NewError(py.TypeError, fmt.Sprintf("__classcell__ must be a nonlocal cell, not %s", reprType(TypeOf(co))))
		}
		ns.DeleteStr("__classcell__")
	}
	// Implicit static and class methods.
	if nf, ok := ns.GetStr("__new__"); ok {
		if f, ok := nf.(*Function); ok {
			ns.SetStr("__new__", &StaticMethod{Fn: f})
		}
	}
	for _, n := range []string{"__init_subclass__", "__class_getitem__"} {
		if v, ok := ns.GetStr(n); ok {
			if f, ok := v.(*Function); ok {
				ns.SetStr(n, &ClassMethod{Fn: f})
			}
		}
	}
	if _, hasEq := ns.GetStr("__eq__"); hasEq {
		if _, hasHash := ns.GetStr("__hash__"); !hasHash {
			ns.SetStr("__hash__", None)
		}
	}
	c.version = nextVersion()
	for _, b := range baseClasses {
		if b.flags&clsHeap != 0 {
			b.subclasses = append(b.subclasses, c)
		} else {
			t.interp.addBuiltinSubclass(b, c)
		}
	}
	if cell != nil {
		cell.V = c.T()
	}
	if am, ok := ns.GetStr("__abstractmethods__"); ok && am != nil {
		if n, err := Len(t, am); err == nil && n > 0 {
			c.flags |= clsAbstract
		}
	}
	// __set_name__ on the attributes, in namespace order.
	var setNameErr error
	type pair struct {
		k string
		v Object
	}
	var pairs []pair
	ns.Items(func(k, v Object) bool {
		if ks, ok := k.(py.String); ok {
			pairs = append(pairs, pair{string(ks), v})
		}
		return true
	})
	for _, p := range pairs {
		if sn := classOfObject(p.v).special(spSetName); sn != nil {
			if _, err := callMethod(t, sn, p.v, []Object{c.T(), py.String(p.k)}, nil); err != nil {
				// 3.11 reports the failure as a RuntimeError caused by it.
				cause := t.asException(err)
				re := NewError(py.RuntimeError, fmt.Sprintf("Error calling __set_name__ on '%s' instance %s in '%s'", TypeName(p.v), pystr.Repr(p.k), c.Name()))
				re.Cause, re.Context, re.SuppressContext = cause, cause, true
				setNameErr = re
				break
			}
		}
	}
	if setNameErr != nil {
		return nil, setNameErr
	}
	// super(cls, cls).__init_subclass__(**kwds)
	for _, b := range c.mro[1:] {
		if v, ok := b.ns.GetStr("__init_subclass__"); ok {
			bound, err := classBind(t, v, c.T())
			if err != nil {
				return nil, err
			}
			if cm, ok := v.(*ClassMethod); ok {
				bound = &BoundMethod{Fn: cm.Fn, Self: c.T()}
			}
			if _, err := Call(t, bound, kwVals, kwnames); err != nil {
				return nil, err
			}
			break
		}
	}
	return c.T(), nil
}

// setupSlots lays out the instances of a new class as CPython's
// type.__new__ does: the __slots__ it declares become member descriptors
// (in sorted order, after the base's slots), and it gets a __dict__ and a
// __weakref__ attribute unless __slots__ leaves them out or the best
// base already provides them.
func (c *Class) setupSlots(t *Thread, best *Class, ns *Dict) error {
	// A metaclass's instances are classes, which have their namespace
	// as __dict__ (type's getset) and are weakly referenceable already.
	meta := best.IsSubclass(typeClass)
	mayAddDict := best.flags&clsHasDict == 0 && !meta
	mayAddWeak := best.flags&clsHasWeakref == 0 && !best.varSized() && !meta
	addDict, addWeak := false, false
	c.slotNames = append([]string(nil), best.slotNames...)
	slots, ok := ns.GetStr("__slots__")
	if !ok {
		addDict, addWeak = mayAddDict, mayAddWeak
	} else {
		var items []Object
		if s, ok := slots.(py.String); ok {
			items = []Object{s}
		} else {
			var err error
			items, err = Collect(t, slots)
			if err != nil {
				return err
			}
		}
		if len(items) > 0 && best.varSized() {
			return NewError(py.TypeError, fmt.Sprintf("nonempty __slots__ not supported for subtype of '%s'", best.Name()))
		}
		var names []string
		for _, it := range items {
			s, ok := it.(py.String)
			if !ok {
				return NewError(py.TypeError, fmt.Sprintf("__slots__ items must be strings, not '%s'", TypeName(it)))
			}
			if !pystr.IsIdentifier(string(s)) {
				return NewError(py.TypeError, "__slots__ must be identifiers")
			}
			switch n := string(s); n {
			case "__dict__":
				if !mayAddDict || addDict {
					return NewError(py.TypeError, "__dict__ slot disallowed: we already got one")
				}
				addDict = true
			case "__weakref__":
				if !mayAddWeak || addWeak {
					return NewError(py.TypeError, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0")
				}
				addWeak = true
			default:
				names = append(names, mangleName(c.Type.Name, n))
			}
		}
		sort.Strings(names)
		for i, n := range names {
			if i > 0 && names[i-1] == n {
				continue
			}
			if _, clash := ns.GetStr(n); clash {
				return NewError(py.ValueError, fmt.Sprintf("%s in __slots__ conflicts with class variable", pystr.Repr(n)))
			}
		}
		for i, n := range names {
			if i > 0 && names[i-1] == n {
				continue
			}
			ns.SetStr(n, &memberDescr{name: n, owner: c, index: len(c.slotNames)})
			c.slotNames = append(c.slotNames, n)
			c.ownSlotCount++
		}
	}
	if !mayAddDict || addDict {
		c.flags |= clsHasDict
	}
	if !mayAddWeak && best.flags&clsHasWeakref != 0 || addWeak {
		c.flags |= clsHasWeakref
	}
	if addDict {
		ns.SetStr("__dict__", &getSetDescr{name: "__dict__", owner: c, get: instanceDictGet, set: instanceDictSet})
	}
	if addWeak {
		ns.SetStr("__weakref__", &getSetDescr{name: "__weakref__", owner: c, get: func(t *Thread, o Object) (Object, error) {
			return None, nil
		}})
	}
	return nil
}

// varSized reports whether instances of c hold their items inline in
// CPython (int, tuple, bytes and their subclasses), which rules out
// __slots__ and __weakref__ in subclasses.
func (c *Class) varSized() bool {
	for _, m := range c.mro {
		if m == intClass || m == tupleClass || m == bytesClass {
			return true
		}
	}
	return false
}

// instanceDictGet is the __dict__ attribute of instances of classes made
// by Python code.
func instanceDictGet(t *Thread, o Object) (Object, error) {
	inst, ok := o.(*Instance)
	if !ok {
		return nil, NewError(py.TypeError, fmt.Sprintf("descriptor '__dict__' doesn't apply to a '%s' object", TypeName(o)))
	}
	if inst.dict == nil {
		inst.dict = NewDict(0)
	}
	return inst.dict, nil
}

// instanceDictSet replaces (or with nil, drops) an instance's __dict__.
func instanceDictSet(t *Thread, o, v Object) error {
	inst, ok := o.(*Instance)
	if !ok {
		return NewError(py.TypeError, fmt.Sprintf("descriptor '__dict__' doesn't apply to a '%s' object", TypeName(o)))
	}
	if v == nil {
		inst.dict = nil
		return nil
	}
	d, ok := asDict(v)
	if !ok {
		return NewError(py.TypeError, fmt.Sprintf("__dict__ must be set to a dictionary, not a '%s'", TypeName(v)))
	}
	inst.dict = d
	return nil
}

// mangleName applies private name mangling (__x in class C is _C__x).
func mangleName(className, n string) string {
	if !strings.HasPrefix(n, "__") || strings.HasSuffix(n, "__") || strings.Contains(n, ".") {
		return n
	}
	stripped := strings.TrimLeft(className, "_")
	if stripped == "" {
		return n
	}
	return "_" + stripped + n
}

// bestBase picks the base whose instance layout the new class extends,
// refusing bases whose layouts conflict.
func bestBase(bases []*Class) (*Class, error) {
	var best, bestSolid *Class
	for _, b := range bases {
		solid := b.solidBase()
		switch {
		case best == nil:
			best, bestSolid = b, solid
		case solid.IsSubclass(bestSolid):
			best, bestSolid = b, solid
		case bestSolid.IsSubclass(solid):
		default:
			return nil, NewError(py.TypeError, "multiple bases have instance lay-out conflict")
		}
	}
	return best, nil
}

// computeMro is the MRO of class c with the given bases: its metaclass's
// mro() when a metaclass overrides it, else the C3 linearization.
func computeMro(t *Thread, c *Class, bases []*Class) ([]*Class, error) {
	meta := ClassOf(c.Type.ObjectType)
	m := meta.Lookup("mro")
	if _, builtin := m.(*MethodDescr); m == nil || builtin {
		return c3Linearize(c, bases)
	}
	// The class is not usable yet: give mro() the default order to
	// look at while it runs.
	def, err := c3Linearize(c, bases)
	if err != nil {
		return nil, err
	}
	c.mro = def
	c.Type.Mro = c.mroTuple()
	r, err := callMethod(t, m, c.T(), nil, nil)
	if err != nil {
		return nil, err
	}
	items, err := Collect(t, r)
	if err != nil {
		return nil, err
	}
	solid := c.solidBase()
	out := make([]*Class, len(items))
	for i, it := range items {
		typ, ok := it.(*py.Type)
		if !ok {
			return nil, NewError(py.TypeError, fmt.Sprintf("mro() returned a non-class ('%s')", TypeName(it)))
		}
		out[i] = ClassOf(typ)
		if !solid.IsSubclass(out[i].solidBase()) {
			return nil, NewError(py.TypeError, fmt.Sprintf("mro() returned base with unsuitable layout ('%s')", typ.Name))
		}
	}
	return out, nil
}

// c3Linearize computes the MRO of a new class from its bases.
func c3Linearize(c *Class, bases []*Class) ([]*Class, error) {
	for i, b := range bases {
		for _, b2 := range bases[i+1:] {
			if b == b2 {
				return nil, NewError(py.TypeError, fmt.Sprintf("duplicate base class %s", b.Name()))
			}
		}
	}
	seqs := make([][]*Class, 0, len(bases)+1)
	for _, b := range bases {
		seqs = append(seqs, append([]*Class(nil), b.mro...))
	}
	seqs = append(seqs, append([]*Class(nil), bases...))
	out := []*Class{c}
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
				break
			}
		}
		if empty {
			return out, nil
		}
		var cand *Class
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			head := s[0]
			inTail := false
			for _, s2 := range seqs {
				for _, x := range s2[min(1, len(s2)):] {
					if x == head {
						inTail = true
						break
					}
				}
				if inTail {
					break
				}
			}
			if !inTail {
				cand = head
				break
			}
		}
		if cand == nil {
			var names []string
			seen := map[*Class]bool{}
			for _, s := range seqs {
				for _, x := range s {
					if !seen[x] {
						seen[x] = true
						names = append(names, x.Name())
					}
				}
			}
			// CPython lists the remaining heads of the base sequences.
			names = names[:0]
			seen = map[*Class]bool{}
			for _, s := range seqs[:len(seqs)-1] {
				if len(s) > 0 && !seen[s[0]] {
					seen[s[0]] = true
					names = append(names, s[0].Name())
				}
			}
			return nil, NewError(py.TypeError, fmt.Sprintf("Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", ")))
		}
		out = append(out, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// memberDescr is the descriptor of one __slots__ entry.
type memberDescr struct {
	name  string
	owner *Class
	index int
}

var memberDescrType = newBuiltinType("member_descriptor", "", nil)

func (m *memberDescr) Type() *Type { return &memberDescrType.Type }

func (m *memberDescr) descrGet(t *Thread, obj Object, typ *py.Type) (Object, error) {
	if obj == nil {
		return m, nil
	}
	inst, err := m.instance(obj)
	if err != nil {
		return nil, err
	}
	v := inst.slots[m.index]
	if v == nil {
		// CPython's message for an empty slot, without the name and obj
		// that would make a traceback suggest alternatives.
		return nil, NewError(py.AttributeError, fmt.Sprintf("'%s' object has no attribute '%s'", TypeName(obj), m.name))
	}
	return v, nil
}

func (m *memberDescr) descrSet(t *Thread, obj, value Object) error {
	inst, err := m.instance(obj)
	if err != nil {
		return err
	}
	if value == nil && inst.slots[m.index] == nil {
		return NewError(py.AttributeError, m.name)
	}
	inst.slots[m.index] = value
	return nil
}

// instance checks that obj is an instance of the class that declared
// the slot.
func (m *memberDescr) instance(obj Object) (*Instance, error) {
	inst, ok := obj.(*Instance)
	if !ok || !inst.cls.IsSubclass(m.owner) || m.index >= len(inst.slots) {
		return nil, NewError(py.TypeError, fmt.Sprintf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.name, m.owner.Name(), TypeName(obj)))
	}
	return inst, nil
}

func init() {
	for _, c := range []*Class{SetType, FrozenSetType, FunctionType, ModuleType, typeClass, PropertyType} {
		c.flags |= clsHasWeakref
	}
	memberDescrType.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		var name, owner string
		switch d := args[0].(type) {
		case *memberDescr:
			name, owner = d.name, d.owner.Name()
		case *getSetDescr:
			name, owner = d.name, d.owner.Name()
		}
		return py.String(fmt.Sprintf("<member '%s' of '%s' objects>", name, owner)), nil
	}, "Return repr(self).")
	getSetDescrType.defMethod("__repr__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
		d := args[0].(*getSetDescr)
		return py.String(fmt.Sprintf("<attribute '%s' of '%s' objects>", d.name, d.owner.Name())), nil
	}, "Return repr(self).")
	for _, c := range []*Class{memberDescrType, getSetDescrType} {
		c.defMethod("__get__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			obj, typ, err := descrGetArgs(args, kwnames)
			if err != nil {
				return nil, err
			}
			if obj == nil {
				return args[0], nil
			}
			return args[0].(descrGetter).descrGet(t, obj, typ)
		}, "Get the value this descriptor gives for instance (of class owner).")
		c.defMethod("__set__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := slotWrapperArgs("__set__", args, kwnames, 2, 2); err != nil {
				return nil, err
			}
			return None, args[0].(descrSetter).descrSet(t, args[1], args[2])
		}, "Store value through this descriptor on instance.")
		c.defMethod("__delete__", func(t *Thread, args []Object, kwnames Tuple) (Object, error) {
			if err := slotWrapperArgs("__delete__", args, kwnames, 1, 1); err != nil {
				return nil, err
			}
			return None, args[0].(descrSetter).descrSet(t, args[1], nil)
		}, "Remove the value this descriptor holds for instance.")
		c.defGetSet("__name__", func(t *Thread, o Object) (Object, error) {
			switch d := o.(type) {
			case *memberDescr:
				return py.String(d.name), nil
			case *getSetDescr:
				return py.String(d.name), nil
			}
			return None, nil
		}, nil)
		c.defGetSet("__objclass__", func(t *Thread, o Object) (Object, error) {
			switch d := o.(type) {
			case *memberDescr:
				return d.owner.T(), nil
			case *getSetDescr:
				return d.owner.T(), nil
			}
			return None, nil
		}, nil)
		c.defGetSet("__doc__", func(t *Thread, o Object) (Object, error) {
			switch d := o.(type) {
			case *getSetDescr:
				if d.doc != "" {
					return py.String(d.doc), nil
				}
			}
			return None, nil
		}, nil)
	}
}
