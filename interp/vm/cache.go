package vm

import (
	"github.com/go-python/gpython/py"
)

// cache is one inline cache entry: what an instruction learned the last
// time it ran, valid while the versions it recorded still hold.
type cache struct {
	kind  cacheKind
	index int
	ver   uint64
	ver2  uint64
	cls   *Class
	typ   *py.Type
	value Object
}

type cacheKind uint8

const (
	cacheNone cacheKind = iota
	// LOAD_GLOBAL: the name is globals' entry index (ver: globals layout).
	cacheGlobal
	// LOAD_GLOBAL: the name is builtins' entry index (ver: globals layout,
	// in which the name was absent; ver2: builtins layout).
	cacheBuiltin
	// Instances of cls at version ver: the class has no such attribute,
	// so the instance dict decides.
	cacheInstDict
	// Instances of cls: value is a class attribute that is not a data
	// descriptor, unless the instance dict shadows it.
	cacheClassAttr
	// Instances of cls: value is a data descriptor.
	cacheDataDescr
	// Objects of the immutable builtin type typ, which have no instance
	// dict: value is the type's attribute.
	cacheTypeAttr
	// LOAD_METHOD on instances of cls: value is a plain function.
	cacheInstMethod
	// LOAD_METHOD on objects of the builtin type typ: value is a method
	// descriptor or function.
	cacheTypeMethod
	// A module's dict entry index (ver: layout of that dict); value is
	// the module's dict.
	cacheModule
)

// loadGlobal resolves a global name the slow way and fills the cache.
func (t *Thread) loadGlobal(f *Frame, c *cache, name string, h uint64) (Object, error) {
	g, b := f.globals, f.builtins
	if i := g.findStr(name, h); i >= 0 {
		c.kind, c.ver, c.index = cacheGlobal, g.layout, i
		return g.entries[i].value, nil
	}
	if b != nil {
		if i := b.findStr(name, h); i >= 0 {
			c.kind, c.ver, c.ver2, c.index = cacheBuiltin, g.layout, b.layout, i
			return b.entries[i].value, nil
		}
		if v, ok, err := lookupForeignBuiltin(t, b, name); ok || err != nil {
			return v, err // never cached: the object may answer differently
		}
	}
	return nil, nameError(name, true)
}

// hasNoDict reports whether objects of class c can have no attributes of
// their own, so the type alone decides what an attribute is.
func hasNoDict(o Object, c *Class) bool {
	if c.flags&clsImmutable == 0 {
		return false
	}
	switch o.(type) {
	case *Function, *py.Exception, *Module, *py.Type:
		return false
	}
	return true
}

// loadAttrCached is LOAD_ATTR.
func (t *Thread) loadAttrCached(o Object, c *cache, name string, h uint64) (Object, error) {
	switch v := o.(type) {
	case *Instance:
		if v.cls == c.cls && v.cls.version == c.ver {
			switch c.kind {
			case cacheInstDict:
				if v.dict != nil {
					if r, ok := v.dict.getStrHashed(name, h); ok {
						return r, nil
					}
				}
			case cacheClassAttr:
				if v.dict != nil {
					if r, ok := v.dict.getStrHashed(name, h); ok {
						return r, nil
					}
				}
				if _, ok := c.value.(*Function); ok {
					return &BoundMethod{Fn: c.value, Self: o}, nil
				}
				return bindDescriptor(t, c.value, o)
			case cacheDataDescr:
				return bindDescriptor(t, c.value, o)
			}
		} else {
			t.fillInstanceCache(v, c, name, h)
		}
	case *Module:
		if v.cls != nil {
			break // a subclass's descriptors come first: the full lookup
		}
		if c.kind == cacheModule && c.value == Object(v.dict) && v.dict.layout == c.ver {
			return v.dict.entries[c.index].value, nil
		}
		if i := v.dict.findStr(name, h); i >= 0 {
			c.kind, c.value, c.ver, c.index = cacheModule, v.dict, v.dict.layout, i
			return v.dict.entries[i].value, nil
		}
	case *py.Type:
	default:
		typ := TypeOf(o)
		if c.kind == cacheTypeAttr && c.typ == typ {
			return bindDescriptor(t, c.value, o)
		}
		cls := ClassOf(typ)
		if hasNoDict(o, cls) && cls.special(spGetAttribute) == objectGetAttribute {
			if attr, _ := cls.lookupHashed(name, h); attr != nil {
				c.kind, c.typ, c.value = cacheTypeAttr, typ, attr
				return bindDescriptor(t, attr, o)
			}
		}
	}
	return getAttrHashed(t, o, name, h)
}

// fillInstanceCache records how instances of v's class resolve name.
func (t *Thread) fillInstanceCache(v *Instance, c *cache, name string, h uint64) {
	cls := v.cls
	c.kind = cacheNone
	if ga := cls.special(spGetAttribute); ga != nil && ga != objectGetAttribute {
		return
	}
	if cls.special(spGetAttr) != nil {
		// __getattr__ makes a miss run Python code; still cacheable, but
		// keep the slow path simple.
		return
	}
	attr, _ := cls.lookupHashed(name, h)
	c.cls, c.ver, c.value = cls, cls.version, attr
	switch {
	case attr == nil:
		c.kind = cacheInstDict
	case isDataDescriptorWithGet(attr):
		c.kind = cacheDataDescr
	default:
		c.kind = cacheClassAttr
	}
}

// storeAttrCached is STORE_ATTR.
func (t *Thread) storeAttrCached(o, v Object, c *cache, name string, h uint64) error {
	if inst, ok := o.(*Instance); ok {
		if inst.cls == c.cls && inst.cls.version == c.ver && c.kind == cacheInstDict {
			if d := inst.Dict(); d != nil {
				// The key object is checked, not trusted: instructions
				// beyond the 65,535th cached one of a code object share
				// cache 0.
				if k, ok := c.value.(py.String); ok && string(k) == name {
					d.setStrKey(c.value, name, h, v) // the object, not k boxed anew
				} else {
					d.SetStr(name, v)
				}
				return nil
			}
		}
		cls := inst.cls
		if sa := cls.special(spSetAttr); sa == nil || sa == objectSetAttr {
			attr, _ := cls.lookupHashed(name, h)
			if attr == nil || !isDataDescriptor(attr) {
				if d := inst.Dict(); d != nil {
					// A store into instance dicts keeps its name as an
					// object in value: the key of every dict it adds the
					// name to, rather than a new one each time.
					if k, ok := c.value.(py.String); c.kind != cacheInstDict || !ok || string(k) != name {
						c.value = py.String(name)
					}
					c.kind, c.cls, c.ver = cacheInstDict, cls, cls.version
					d.setStrKey(c.value, name, h, v)
					if d.used > cls.dictHint && d.used <= dictHintMax {
						cls.dictHint = d.used
					}
					return nil
				}
			}
		}
	}
	return setAttrHashed(t, o, name, h, v)
}

// loadMethodCached is LOAD_METHOD: it returns (method, self) for an
// unbound function found on the type, or (attribute, nil).
func (t *Thread) loadMethodCached(o Object, c *cache, name string, h uint64) (Object, Object, error) {
	switch v := o.(type) {
	case *Instance:
		if c.kind == cacheInstMethod && v.cls == c.cls && v.cls.version == c.ver {
			if v.dict == nil || v.dict.used == 0 {
				return c.value, o, nil
			}
			if _, shadowed := v.dict.getStrHashed(name, h); !shadowed {
				return c.value, o, nil
			}
		}
		cls := v.cls
		if ga := cls.special(spGetAttribute); ga == nil || ga == objectGetAttribute {
			if attr, _ := cls.lookupHashed(name, h); attr != nil {
				switch attr.(type) {
				case *Function:
					c.kind, c.cls, c.ver, c.value = cacheInstMethod, cls, cls.version, attr
				case *MethodDescr:
					if attr.(*MethodDescr).kind == descrMethod {
						c.kind, c.cls, c.ver, c.value = cacheInstMethod, cls, cls.version, attr
					}
				}
			}
		}
	case *Module:
		r, err := t.loadAttrCached(o, c, name, h)
		return r, nil, err
	case *py.Type:
	default:
		typ := TypeOf(o)
		if c.kind == cacheTypeMethod && c.typ == typ {
			return c.value, o, nil
		}
		cls := ClassOf(typ)
		if hasNoDict(o, cls) && cls.special(spGetAttribute) == objectGetAttribute {
			if attr, _ := cls.lookupHashed(name, h); attr != nil {
				if md, ok := attr.(*MethodDescr); ok && md.kind == descrMethod {
					c.kind, c.typ, c.value = cacheTypeMethod, typ, attr
					return attr, o, nil
				}
			}
		}
	}
	return loadMethod(t, o, name, h)
}
