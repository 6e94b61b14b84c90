package vm

// specialID names a special method the VM looks up on types when running
// operators and protocols. Each class caches what it resolves to.
type specialID uint8

const (
	spInit specialID = iota
	spNew
	spCall
	spRepr
	spStr
	spFormat
	spHash
	spBool
	spLen
	spIter
	spNext
	spGetItem
	spSetItem
	spDelItem
	spContains
	spMissing
	spGetAttribute
	spGetAttr
	spSetAttr
	spDelAttr
	spGet
	spSet
	spDelete
	spEnter
	spExit
	spAEnter
	spAExit
	spAwait
	spAIter
	spANext
	spIndex
	spInt
	spFloat
	spComplex
	spNeg
	spPos
	spAbs
	spInvert
	spRound
	spTrunc
	spFloor
	spCeil
	spLt
	spLe
	spEq
	spNe
	spGt
	spGe
	spReversed
	spLengthHint
	spBytes
	spInstanceCheck
	spSubclassCheck
	spSetName
	spInitSubclass
	spClassGetItem
	spDel
	spDir
	spSizeof
	spMroEntries
	spReduceEx
	spCopy
	spDeepCopy
	// The binary operators: plain, reflected and in-place forms, in
	// bytecode.BinaryOp order.
	spBinary
	spRBinary  = spBinary + 13
	spIBinary  = spRBinary + 13
	numSpecial = spIBinary + 13
)

var specialNames = [numSpecial]string{
	spInit: "__init__", spNew: "__new__", spCall: "__call__", spRepr: "__repr__",
	spStr: "__str__", spFormat: "__format__", spHash: "__hash__", spBool: "__bool__",
	spLen: "__len__", spIter: "__iter__", spNext: "__next__", spGetItem: "__getitem__",
	spSetItem: "__setitem__", spDelItem: "__delitem__", spContains: "__contains__",
	spMissing: "__missing__", spGetAttribute: "__getattribute__", spGetAttr: "__getattr__",
	spSetAttr: "__setattr__", spDelAttr: "__delattr__", spGet: "__get__", spSet: "__set__",
	spDelete: "__delete__", spEnter: "__enter__", spExit: "__exit__",
	spAEnter: "__aenter__", spAExit: "__aexit__", spAwait: "__await__",
	spAIter: "__aiter__", spANext: "__anext__", spIndex: "__index__", spInt: "__int__",
	spFloat: "__float__", spComplex: "__complex__", spNeg: "__neg__", spPos: "__pos__",
	spAbs: "__abs__", spInvert: "__invert__", spRound: "__round__", spTrunc: "__trunc__",
	spFloor: "__floor__", spCeil: "__ceil__", spLt: "__lt__", spLe: "__le__", spEq: "__eq__",
	spNe: "__ne__", spGt: "__gt__", spGe: "__ge__", spReversed: "__reversed__",
	spLengthHint: "__length_hint__", spBytes: "__bytes__",
	spInstanceCheck: "__instancecheck__", spSubclassCheck: "__subclasscheck__",
	spSetName: "__set_name__", spInitSubclass: "__init_subclass__",
	spClassGetItem: "__class_getitem__", spDel: "__del__", spDir: "__dir__",
	spSizeof: "__sizeof__", spMroEntries: "__mro_entries__", spReduceEx: "__reduce_ex__",
	spCopy: "__copy__", spDeepCopy: "__deepcopy__",
}

func init() {
	ops := []string{"add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "xor", "or"}
	for i, op := range ops {
		specialNames[spBinary+specialID(i)] = "__" + op + "__"
		specialNames[spRBinary+specialID(i)] = "__r" + op + "__"
		specialNames[spIBinary+specialID(i)] = "__i" + op + "__"
	}
}

// absent marks a special method a class was found not to have.
var absent Object = &absentMarker{}

type absentMarker struct{}

func (*absentMarker) Type() *Type { return &objectClass.Type }

// special returns the class's resolution of a special method, or nil.
// Shared (builtin) classes are resolved once at start-up and never
// written again; classes made by Python code cache per version.
func (c *Class) special(id specialID) Object {
	if c.specialVer != c.version {
		if c.flags&clsImmutable != 0 {
			// A builtin class not frozen (yet): every interpreter of the
			// process shares it, and they run in parallel, so only
			// freezeSpecials writes its cache.
			return c.resolveSpecial(id)
		}
		c.specialVer = c.version
		for i := range c.specials {
			c.specials[i] = nil
		}
	}
	v := c.specials[id]
	if v == nil {
		v = c.Lookup(specialNames[id])
		if v == nil {
			v = absent
		}
		c.specials[id] = v
	}
	if v == absent {
		return nil
	}
	return v
}

func (c *Class) resolveSpecial(id specialID) Object {
	return c.Lookup(specialNames[id])
}

// freezeSpecials resolves every special method of a builtin class, so
// that interpreters running in parallel only ever read its cache.
func (c *Class) freezeSpecials() {
	c.specialVer = c.version
	for i := range c.specials {
		v := c.Lookup(specialNames[i])
		if v == nil {
			v = absent
		}
		c.specials[i] = v
	}
}
