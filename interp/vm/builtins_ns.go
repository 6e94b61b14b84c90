package vm

import (
	"github.com/go-python/gpython/py"
)

// A globals dict's __builtins__ may be any object: CPython uses a module's
// dict, a dict as it is, and otherwise looks names up in the object with
// obj[name] (so None or an int there makes every builtin lookup a
// TypeError, and a dict subclass's __missing__ is honoured).
//
// Frames and functions keep their builtins as a *Dict, which the
// evaluation loop's caches rely on. For such an object they get a
// stand-in: an empty namespace holding the object under a key no name
// lookup can match, so every lookup misses and the slow paths below
// (reached only on a miss) ask the object.

// foreignBuiltinsKey is the key of a stand-in's single hidden entry.
type foreignBuiltinsKey struct{}

// Type implements py.Object; the key is never visible to Python code.
func (foreignBuiltinsKey) Type() *Type { return py.ObjectType }

// foreignBuiltinsHash is the hidden entry's hash, one no small number
// has, so that no lookup ever compares a key with it.
const foreignBuiltinsHash = 0x9e3779b97f4a7c15

// foreignBuiltinsDict returns the stand-in builtins namespace for obj.
func foreignBuiltinsDict(obj Object) *Dict {
	d := NewDict(1)
	d.insertNew(foreignBuiltinsKey{}, foreignBuiltinsHash, obj)
	return d
}

// foreignBuiltins returns the object a stand-in builtins namespace stands
// for, or ok=false for an ordinary builtins dict.
func foreignBuiltins(b *Dict) (Object, bool) {
	if b == nil || b.used != 1 {
		return nil, false
	}
	for _, e := range b.entries {
		if _, ok := e.key.(foreignBuiltinsKey); ok {
			return e.value, true
		}
	}
	return nil, false
}

// builtinsObject is the builtins namespace as Python code sees it
// (function.__builtins__, the __builtins__ exec adds to globals).
func builtinsObject(b *Dict) Object {
	if o, ok := foreignBuiltins(b); ok {
		return o
	}
	return b
}

// lookupForeignBuiltin looks name up in the object behind a stand-in
// builtins namespace: found=false (and no error) when b is an ordinary
// dict or the object raises KeyError; the object's other errors come back
// as they are.
func lookupForeignBuiltin(t *Thread, b *Dict, name string) (v Object, found bool, err error) {
	o, ok := foreignBuiltins(b)
	if !ok {
		return nil, false, nil
	}
	v, err = GetItem(t, o, py.String(name))
	if err != nil {
		if isExceptionType(err, py.KeyError) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return v, true, nil
}
