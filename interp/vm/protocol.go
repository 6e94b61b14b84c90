package vm

import (
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/gilpy/gilpy/interp/format"
	"github.com/gilpy/gilpy/interp/pystr"
	"github.com/go-python/gpython/py"
)

// strLen is len() of a str in code points.
func strLen(s string) int { return pystr.Len(s) }

// fromFormatError turns an error of the format package into the Python
// exception it names.
func fromFormatError(err error) error {
	var fe *format.Error
	if errors.As(err, &fe) {
		return NewError(exceptionByName(fe.Type), fe.Msg)
	}
	return err
}

func exceptionByName(name string) *py.Type {
	switch name {
	case "TypeError":
		return py.TypeError
	case "OverflowError":
		return py.OverflowError
	case "IndexError":
		return py.IndexError
	case "MemoryError":
		return py.MemoryError
	case "KeyError":
		return py.KeyError
	}
	return py.ValueError
}

// Repr returns repr(o) as a str.
func Repr(t *Thread, o Object) (Object, error) {
	r, err := reprObject(t, o)
	if inst, ok := r.(*Instance); ok {
		return inst.base, nil
	}
	return r, err
}

// reprObject is repr(o) as the builtin returns it: a __repr__ may return
// an instance of a str subclass, which is kept.
func reprObject(t *Thread, o Object) (Object, error) { return reprChecked(t, o, "__repr__") }

// reprChecked is reprObject, a result that is not a str reported as
// coming from the method named check (str() of an object without its own
// __str__ runs __repr__ but CPython blames __str__).
func reprChecked(t *Thread, o Object, check string) (Object, error) {
	switch v := o.(type) {
	case py.String:
		return py.String(pystr.Repr(string(v))), nil
	case py.Int:
		return py.String(strconv.FormatInt(int64(v), 10)), nil
	case py.Float:
		return py.String(format.FloatRepr(float64(v))), nil
	case py.Bool:
		if v {
			return py.String("True"), nil
		}
		return py.String("False"), nil
	case py.NoneType:
		return py.String("None"), nil
	}
	c := classOfObject(o)
	m := c.special(spRepr)
	if m == nil {
		return py.String(defaultRepr(o)), nil
	}
	if md, ok := m.(*MethodDescr); ok && md.Owner == objectClass {
		return py.String(defaultRepr(o)), nil
	}
	if err := t.enterCall(whereRepr); err != nil {
		return nil, err
	}
	defer t.leaveRecursive()
	r, err := callMethod(t, m, o, nil, nil)
	if err != nil {
		return nil, err
	}
	if _, ok := r.(py.String); !ok {
		if inst, ok := r.(*Instance); ok {
			if _, ok := inst.base.(py.String); ok {
				return inst, nil
			}
		}
		return nil, NewError(py.TypeError, fmt.Sprintf("%s returned non-string (type %s)", check, TypeName(r)))
	}
	return r, nil
}

// ReprString returns repr(o) as a Go string.
func ReprString(t *Thread, o Object) (string, error) {
	r, err := Repr(t, o)
	if err != nil {
		return "", err
	}
	return string(r.(py.String)), nil
}

// Str returns str(o) as a str.
func Str(t *Thread, o Object) (Object, error) {
	r, err := strObject(t, o)
	if inst, ok := r.(*Instance); ok {
		return inst.base, nil
	}
	return r, err
}

// strObject is str(o) as the builtin returns it: a __str__ (or __repr__)
// may return an instance of a str subclass, which is kept.
func strObject(t *Thread, o Object) (Object, error) {
	switch v := o.(type) {
	case py.String:
		return v, nil
	case py.Int:
		return py.String(strconv.FormatInt(int64(v), 10)), nil
	case py.Float:
		return py.String(format.FloatRepr(float64(v))), nil
	}
	c := classOfObject(o)
	m := c.special(spStr)
	if err := t.enterCall(whereStr); err != nil {
		return nil, err
	}
	defer t.leaveRecursive()
	if m == nil || (isObjectStr(m)) {
		return reprChecked(t, o, "__str__")
	}
	r, err := callMethod(t, m, o, nil, nil)
	if err != nil {
		return nil, err
	}
	if _, ok := r.(py.String); !ok {
		if inst, ok := r.(*Instance); ok {
			if _, ok := inst.base.(py.String); ok {
				return inst, nil
			}
		}
		return nil, NewError(py.TypeError, fmt.Sprintf("__str__ returned non-string (type %s)", TypeName(r)))
	}
	return r, nil
}

func isObjectStr(m Object) bool {
	md, ok := m.(*MethodDescr)
	return ok && md.Owner == objectClass
}

// StrString returns str(o) as a Go string.
func StrString(t *Thread, o Object) (string, error) {
	r, err := Str(t, o)
	if err != nil {
		return "", err
	}
	return string(r.(py.String)), nil
}

// ASCII returns ascii(o).
func ASCII(t *Thread, o Object) (Object, error) {
	r, err := Repr(t, o)
	if err != nil {
		return nil, err
	}
	s := string(r.(py.String))
	if isASCII(s) {
		return r, nil
	}
	var b strings.Builder
	for _, c := range s {
		switch {
		case c < 0x80:
			b.WriteRune(c)
		case c < 0x100:
			fmt.Fprintf(&b, "\\x%02x", c)
		case c < 0x10000:
			fmt.Fprintf(&b, "\\u%04x", c)
		default:
			fmt.Fprintf(&b, "\\U%08x", c)
		}
	}
	return py.String(b.String()), nil
}

// defaultRepr is object.__repr__: <module.QualName object at 0x...>.
func defaultRepr(o Object) string {
	typ := TypeOf(o)
	return fmt.Sprintf("<%s object at %#x>", typeDisplayName(typ), objectAddress(o))
}

// typeDisplayName is a type's name as reprs show it: module-qualified
// unless the type is a builtin.
func typeDisplayName(typ *py.Type) string {
	c := ClassOf(typ)
	name := typ.Name
	if c.Type.Qualname != "" && c.native == nil {
		name = c.Type.Qualname
	}
	if c.flags&clsHeap == 0 {
		if mod, ok := c.ns.GetStr("__module__"); ok {
			if s, ok := mod.(py.String); ok && s != "builtins" {
				return string(s) + "." + name
			}
		}
		return name
	}
	if mod, ok := c.ns.GetStr("__module__"); ok {
		if s, ok := mod.(py.String); ok && s != "builtins" {
			return string(s) + "." + name
		}
	}
	return name
}

// reprType is repr() of a type: <class 'mod.Name'>.
func reprType(typ *py.Type) string {
	return "<class '" + typeDisplayName(typ) + "'>"
}

func reprObjectShort(o Object) string {
	if typ, ok := o.(*py.Type); ok {
		return reprType(typ)
	}
	return defaultRepr(o)
}

// Format returns format(v, spec).
func Format(t *Thread, v Object, spec string) (Object, error) {
	switch x := v.(type) {
	case py.String:
		if spec == "" {
			return x, nil
		}
		s, err := format.FormatStr(string(x), spec, "str")
		return py.String(s), fromFormatError(err)
	case py.Int:
		s, err := format.FormatInt(format.Int{Small: int64(x)}, spec, "int", t.interp.maxStrDigits)
		return py.String(s), fromFormatError(err)
	case *py.BigInt:
		s, err := format.FormatInt(format.Int{Big: (*big.Int)(x)}, spec, "int", t.interp.maxStrDigits)
		return py.String(s), fromFormatError(err)
	case py.Float:
		s, err := format.FormatFloat(float64(x), spec, "float")
		return py.String(s), fromFormatError(err)
	case py.Bool:
		if spec == "" {
			return Str(t, x)
		}
		i := int64(0)
		if x {
			i = 1
		}
		s, err := format.FormatInt(format.Int{Small: i}, spec, "bool", t.interp.maxStrDigits)
		return py.String(s), fromFormatError(err)
	case py.Complex:
		s, err := format.FormatComplex(real(x), imag(x), spec, "complex")
		return py.String(s), fromFormatError(err)
	}
	m := classOfObject(v).special(spFormat)
	if m == nil {
		return nil, NewError(py.TypeError, fmt.Sprintf("Type %s doesn't define __format__", TypeName(v)))
	}
	if inst, ok := v.(*Instance); ok && inst.base != nil && spec == "" {
		if _, builtin := m.(*MethodDescr); builtin {
			// The builtin types' __format__ with an empty spec is
			// str(self), which a subclass may override.
			return Str(t, v)
		}
	}
	r, err := callMethod(t, m, v, []Object{py.String(spec)}, nil)
	if err != nil {
		return nil, err
	}
	if _, ok := r.(py.String); !ok {
		return nil, NewError(py.TypeError, fmt.Sprintf("__format__ must return a str, not %s", TypeName(r)))
	}
	return r, nil
}

// subscr is BINARY_SUBSCR with fast paths for lists, tuples and dicts.
func (t *Thread) subscr(o, k Object) (Object, error) {
	switch v := o.(type) {
	case *py.List:
		if i, ok := k.(py.Int); ok {
			n := len(v.Items)
			j := int(i)
			if j < 0 {
				j += n
			}
			if j < 0 || j >= n {
				return nil, NewError(py.IndexError, "list index out of range")
			}
			return v.Items[j], nil
		}
	case py.Tuple:
		if i, ok := k.(py.Int); ok {
			n := len(v)
			j := int(i)
			if j < 0 {
				j += n
			}
			if j < 0 || j >= n {
				return nil, NewError(py.IndexError, "tuple index out of range")
			}
			return v[j], nil
		}
	case *Dict:
		r, ok, err := v.Get(t, k)
		if err != nil {
			return nil, err
		}
		if ok {
			return r, nil
		}
		return nil, keyError(k)
	}
	return GetItem(t, o, k)
}

// keyError is KeyError(k).
func keyError(k Object) error {
	return NewException(py.KeyError, k)
}

// GetItem returns o[k].
func GetItem(t *Thread, o, k Object) (Object, error) {
	c := classOfObject(o)
	if m := c.special(spGetItem); m != nil {
		if md, ok := m.(*MethodDescr); ok {
			return md.call(t, []Object{o, k}, nil)
		}
		return callMethod(t, m, o, []Object{k}, nil)
	}
	if typ, ok := o.(*py.Type); ok {
		if cg := ClassOf(typ).Lookup("__class_getitem__"); cg != nil {
			bound, err := classBind(t, cg, typ)
			if err != nil {
				return nil, err
			}
			if cm, ok := cg.(*ClassMethod); ok {
				bound = &BoundMethod{Fn: cm.Fn, Self: typ}
			}
			return Call(t, bound, []Object{k}, nil)
		}
		if typ == py.TypeType {
			return newGenericAlias(typ, k), nil
		}
		return nil, NewError(py.TypeError, fmt.Sprintf("type '%s' is not subscriptable", typ.Name))
	}
	return nil, NewError(py.TypeError, fmt.Sprintf("'%s' object is not subscriptable", TypeName(o)))
}

// SetItem sets o[k] = v.
func SetItem(t *Thread, o, k, v Object) error {
	switch x := o.(type) {
	case *Dict:
		return x.Set(t, k, v)
	case *py.List:
		if i, ok := k.(py.Int); ok {
			n := len(x.Items)
			j := int(i)
			if j < 0 {
				j += n
			}
			if j < 0 || j >= n {
				return NewError(py.IndexError, "list assignment index out of range")
			}
			x.Items[j] = v
			return nil
		}
	}
	c := classOfObject(o)
	if m := c.special(spSetItem); m != nil {
		_, err := callMethod(t, m, o, []Object{k, v}, nil)
		return err
	}
	if c.special(spGetItem) != nil {
		return NewError(py.TypeError, fmt.Sprintf("'%s' object does not support item assignment", TypeName(o)))
	}
	return NewError(py.TypeError, fmt.Sprintf("'%s' object does not support item assignment", TypeName(o)))
}

// DelItem deletes o[k].
func DelItem(t *Thread, o, k Object) error {
	if d, ok := o.(*Dict); ok {
		found, err := d.Delete(t, k)
		if err != nil {
			return err
		}
		if !found {
			return keyError(k)
		}
		return nil
	}
	c := classOfObject(o)
	if m := c.special(spDelItem); m != nil {
		_, err := callMethod(t, m, o, []Object{k}, nil)
		return err
	}
	if c.special(spGetItem) != nil {
		return NewError(py.TypeError, fmt.Sprintf("'%s' object doesn't support item deletion", TypeName(o)))
	}
	return NewError(py.TypeError, fmt.Sprintf("'%s' object does not support item deletion", TypeName(o)))
}

// isMapping reports whether o is a mapping for match statements and
// __prepare__ (its class is a dict or registered as one).
func isMapping(o Object) bool {
	switch o.(type) {
	case *Dict:
		return true
	}
	c := classOfObject(o)
	if c.flags&clsMatchMapping != 0 {
		return true
	}
	if _, ok := o.(*Instance); ok {
		if _, isDict := asDict(o); isDict {
			return true
		}
		return c.special(spGetItem) != nil && c.Lookup("keys") != nil
	}
	return false
}

// isMappingForMatch reports whether o matches mapping patterns: a dict,
// an instance of a dict subclass, or of a class collections.abc marks as
// a mapping (Mapping's subclasses and registered classes). Unlike
// isMapping (PyMapping_Check), having __getitem__ and keys() is not
// enough.
func isMappingForMatch(o Object) bool {
	switch o.(type) {
	case *Dict:
		return true
	case py.String, py.Bytes, py.Tuple, *py.List, *py.Range, *bigRange, *ByteArray:
		return false
	}
	if classOfObject(o).flags&clsMatchMapping != 0 {
		return true
	}
	_, isDict := asDict(o)
	return isDict
}

// isSequenceForMatch reports whether o matches sequence patterns: not a
// str, bytes or bytearray.
func isSequenceForMatch(o Object) bool {
	switch o.(type) {
	case *py.List, py.Tuple, *py.Range, *bigRange:
		return true
	case py.String, py.Bytes, *ByteArray, *Dict:
		return false
	}
	c := classOfObject(o)
	if c.flags&clsMatchSequence != 0 {
		return true
	}
	if inst, ok := o.(*Instance); ok {
		switch inst.base.(type) {
		case *py.List, py.Tuple:
			return true
		}
	}
	return false
}

// dictUpdateFrom is DICT_UPDATE and the core of dict.update(): copy a
// mapping (or, with pairs allowed, an iterable of pairs) into d.
func dictUpdateFrom(t *Thread, d *Dict, src Object, fn Object) error {
	if s, ok := plainIterDict(src); ok {
		return d.Update(t, s)
	}
	keysFn, err := GetAttrOr(t, src, "keys", nil)
	if err != nil {
		return err
	}
	if keysFn == nil {
		return NewError(py.TypeError, fmt.Sprintf("'%s' object is not a mapping", TypeName(src)))
	}
	keys, err := mappingKeys(t, src, keysFn)
	if err != nil {
		return err
	}
	return ForEach(t, keys, func(k Object) (bool, error) {
		v, err := GetItem(t, src, k)
		if err != nil {
			return false, err
		}
		return true, d.Set(t, k, v)
	})
}

// dictMergeKwargs is DICT_MERGE: ** in a call, refusing repeated keys.
func dictMergeKwargs(t *Thread, d *Dict, src Object, fn Object) error {
	add := func(k, v Object) error {
		if _, ok := k.(py.String); !ok {
			return NewError(py.TypeError, "keywords must be strings")
		}
		if _, exists, _ := d.Get(t, k); exists {
			return NewError(py.TypeError, fmt.Sprintf("%s got multiple values for keyword argument '%s'", funcDescription(fn), string(k.(py.String))))
		}
		return d.Set(t, k, v)
	}
	if s, ok := plainIterDict(src); ok {
		var err error
		s.Items(func(k, v Object) bool {
			err = add(k, v)
			return err == nil
		})
		return err
	}
	keysFn, err := GetAttrOr(t, src, "keys", nil)
	if err != nil {
		return err
	}
	if keysFn == nil {
		return NewError(py.TypeError, fmt.Sprintf("%s argument after ** must be a mapping, not %s", funcDescription(fn), TypeName(src)))
	}
	keys, err := mappingKeys(t, src, keysFn)
	if err != nil {
		return err
	}
	return ForEach(t, keys, func(k Object) (bool, error) {
		v, err := GetItem(t, src, k)
		if err != nil {
			return false, err
		}
		return true, add(k, v)
	})
}

// plainIterDict returns the dict of a dict, or of an instance of a dict
// subclass that keeps dict's __iter__: CPython merges those entry by
// entry, without calling an overridden keys() or __getitem__.
func plainIterDict(o Object) (*Dict, bool) {
	d, ok := asDict(o)
	if !ok {
		return nil, false
	}
	if _, isInst := o.(*Instance); isInst && classOfObject(o).Lookup("__iter__") != dictIterMethod {
		return nil, false
	}
	return d, true
}

// mappingKeys calls a mapping's keys method (found as keysFn) and checks
// that the result is iterable, with CPython's message when it is not.
func mappingKeys(t *Thread, src, keysFn Object) (Object, error) {
	keys, err := Call(t, keysFn, nil, nil)
	if err != nil {
		return nil, err
	}
	if !hasIter(keys) {
		return nil, NewError(py.TypeError, fmt.Sprintf("%s.keys() returned a non-iterable (type %s)", TypeName(src), TypeName(keys)))
	}
	return keys, nil
}
