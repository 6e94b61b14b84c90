package vm

import (
	"fmt"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/go-python/gpython/py"
)

// Flags a class can carry for pattern matching (collections.abc
// registration sets them for classes that are not dicts or lists).
const (
	clsMatchMapping classFlags = 1 << (iota + 8)
	clsMatchSequence
)

// matchKeys is MATCH_KEYS: look every key of a mapping pattern up in the
// subject; a tuple of the values, or None when one is missing.
func (t *Thread) matchKeys(subject, keys Object) (Object, error) {
	kt, ok := keys.(Tuple)
	if !ok {
		return nil, NewError(py.SystemError, "MATCH_KEYS without a tuple of keys")
	}
	if len(kt) == 0 {
		return Tuple{}, nil
	}
	get, err := GetAttr(t, subject, "get")
	if err != nil {
		return nil, err
	}
	dummy := &absentMarker{}
	values := make(Tuple, len(kt))
	seen := NewSet()
	for i, k := range kt {
		dup, err := seen.Contains(t, k)
		if err != nil {
			return nil, err
		}
		if dup {
			r, _ := ReprString(t, k)
			return nil, NewError(py.ValueError, fmt.Sprintf("mapping pattern checks duplicate key (%s)", r))
		}
		if err := seen.Add(t, k); err != nil {
			return nil, err
		}
		v, err := Call(t, get, []Object{k, dummy}, nil)
		if err != nil {
			return nil, err
		}
		if v == Object(dummy) {
			return None, nil
		}
		values[i] = v
	}
	return values, nil
}

// matchClass is MATCH_CLASS: isinstance(subject, cls) and the attributes
// the positional (via __match_args__) and keyword sub-patterns name, or
// None on failure.
func (t *Thread) matchClass(subject, cls Object, npos int, kwNames Tuple) (Object, error) {
	typ, ok := cls.(*py.Type)
	if !ok {
		return nil, NewError(py.TypeError, "called match pattern must be a class")
	}
	inst, err := IsInstanceOf(t, subject, typ)
	if err != nil {
		return nil, err
	}
	if !inst {
		return None, nil
	}
	var attrs Tuple
	seen := map[string]bool{}
	if npos > 0 {
		ma, err := GetAttrOr(t, typ, "__match_args__", nil)
		if err != nil {
			return nil, err
		}
		if ma == nil {
			if selfMatching(typ) {
				if npos > 1 {
					return nil, NewError(py.TypeError, fmt.Sprintf("%s() accepts 1 positional sub-pattern (%d given)", typ.Name, npos))
				}
				attrs = append(attrs, subject)
			} else {
				return nil, NewError(py.TypeError, fmt.Sprintf("%s() accepts 0 positional sub-patterns (%d given)", typ.Name, npos))
			}
		} else {
			names, ok := ma.(Tuple)
			if !ok {
				return nil, NewError(py.TypeError, fmt.Sprintf("%s.__match_args__ must be a tuple (got %s)", typ.Name, TypeName(ma)))
			}
			if npos > len(names) {
				return nil, NewError(py.TypeError, fmt.Sprintf("%s() accepts %d positional sub-pattern%s (%d given)", typ.Name, len(names), plural(len(names), "", "s"), npos))
			}
			for i := 0; i < npos; i++ {
				n, ok := names[i].(py.String)
				if !ok {
					return nil, NewError(py.TypeError, fmt.Sprintf("__match_args__ elements must be strings (got %s)", TypeName(names[i])))
				}
				if seen[string(n)] {
					return nil, NewError(py.TypeError, fmt.Sprintf("%s() got multiple sub-patterns for attribute '%s'", typ.Name, string(n)))
				}
				seen[string(n)] = true
				v, err := GetAttr(t, subject, string(n))
				if err != nil {
					if isAttributeError(err) {
						return None, nil
					}
					return nil, err
				}
				attrs = append(attrs, v)
			}
		}
	}
	for _, k := range kwNames {
		n := string(k.(py.String))
		if seen[n] {
			return nil, NewError(py.TypeError, fmt.Sprintf("%s() got multiple sub-patterns for attribute '%s'", typ.Name, n))
		}
		seen[n] = true
		v, err := GetAttr(t, subject, n)
		if err != nil {
			if isAttributeError(err) {
				return None, nil
			}
			return nil, err
		}
		attrs = append(attrs, v)
	}
	if attrs == nil {
		attrs = Tuple{}
	}
	return attrs, nil
}

// selfMatching reports whether a class matches its one positional
// sub-pattern against the whole subject (bool, int, str, list...).
func selfMatching(typ *py.Type) bool {
	for _, b := range []*py.Type{py.BoolType, py.BytesType, py.FloatType, py.IntType, py.ListType, py.StringType, py.TupleType, py.ComplexType, DictType.T(), SetType.T(), FrozenSetType.T(), ByteArrayType.T()} {
		if IsSubtype(typ, b) {
			return true
		}
	}
	return false
}

var _ = bytecode.NOP
