package pickle

import (
	_ "embed"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

type (
	Object = vm.Object
	Tuple  = vm.Tuple
)

//go:embed pickle.py
var pickleSource string

var (
	pickleErrorType     = vm.NewExceptionType("_pickle", "PickleError", "", py.ExceptionType)
	picklingErrorType   = vm.NewExceptionType("_pickle", "PicklingError", "", pickleErrorType)
	unpicklingErrorType = vm.NewExceptionType("_pickle", "UnpicklingError", "", pickleErrorType)

	picklerClass   = vm.NewType("_pickle", "Pickler", "Pickler(file, protocol=None, fix_imports=True, buffer_callback=None)\n\nWrites the pickles of objects to a binary file.", nil, 0)
	unpicklerClass = vm.NewType("_pickle", "Unpickler", "Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())\n\nReads objects back from the pickles in a binary file.", nil, 0)
)

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "_pickle", Init: initModule})
	vm.RegisterModule(&vm.ModuleDef{Name: "pickle", Source: pickleSource})
	defPickler()
	defUnpickler()
}

// picklerObj is a Pickler: its options and the memo it keeps between
// dump calls.
type picklerObj struct {
	p     *pickler
	write vm.Object // file.write
}

// unpicklerObj is an Unpickler reading one file.
type unpicklerObj struct {
	u *unpickler
}

func (p *picklerObj) Type() *py.Type   { return picklerClass.T() }
func (u *unpicklerObj) Type() *py.Type { return unpicklerClass.T() }

// hooks fetches the Pickler's optional hooks from the Python object (a
// subclass method or an instance attribute).
func (po *picklerObj) hooks(t *vm.Thread, self Object) error {
	p := po.p
	var err error
	if p.persistentID, err = optionalAttr(t, self, "persistent_id"); err != nil {
		return err
	}
	if p.dispatchTable, err = optionalAttr(t, self, "dispatch_table"); err != nil {
		return err
	}
	p.reducerOverride, err = optionalAttr(t, self, "reducer_override")
	return err
}

func optionalAttr(t *vm.Thread, o Object, name string) (Object, error) {
	v, err := vm.GetAttrOr(t, o, name, nil)
	if v == vm.None {
		v = nil
	}
	return v, err
}

func defPickler() {
	c := picklerClass
	c.AllowSubclass()
	c.AllowDict()
	c.DefMethod("__new__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		typ, err := c.CheckSubtype("Pickler.__new__", args[0])
		if err != nil {
			return nil, err
		}
		return c.Wrap(typ, &picklerObj{}), nil
	}, "Make a new instance of the type.", "static")
	c.DefMethod("__init__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		var file, protocol, fixImports, bufferCallback Object
		if _, err := vm.ParseClinic(&vm.Params{Func: "Pickler", Names: []string{"file", "protocol", "fix_imports", "buffer_callback"}, Required: 1, KwOnly: -1}, args[1:], kwnames, &file, &protocol, &fixImports, &bufferCallback); err != nil {
			return nil, err
		}
		po := vm.Unwrap(args[0]).(*picklerObj)
		p, err := pickleOptions(t, protocol, fixImports, bufferCallback)
		if err != nil {
			return nil, err
		}
		w, err := fileWriter(t, file)
		if err != nil {
			return nil, err
		}
		po.p, po.write = p, w
		return vm.None, nil
	}, "", "nounwrap")
	c.DefMethod("dump", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckMethodArgs("dump", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		po := vm.Unwrap(args[0]).(*picklerObj)
		if po.p == nil {
			return nil, vm.NewError(picklingErrorType, "Pickler.__init__() was not called by Pickler.__init__()")
		}
		if err := po.hooks(t, args[0]); err != nil {
			return nil, err
		}
		p := po.p
		p.t = t
		p.out = p.out[:0]
		p.writeTo(t, po.write)
		err := p.dump(args[1])
		if err == nil {
			err = p.flushOut()
		}
		p.flush = nil
		if err != nil {
			return nil, err
		}
		return vm.None, nil
	}, "dump(obj): pickle obj and write the bytes to the file.", "nounwrap")
	c.DefMethod("clear_memo", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckMethodArgs("clear_memo", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		if po := args[0].(*picklerObj); po.p != nil {
			po.p.memo = map[any]int{}
			po.p.keep = nil
		}
		return vm.None, nil
	}, "Forget the objects pickled so far, so that later dumps repeat them.")
	c.Ready()
}

func defUnpickler() {
	c := unpicklerClass
	c.AllowSubclass()
	c.AllowDict()
	c.DefMethod("__new__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		typ, err := c.CheckSubtype("Unpickler.__new__", args[0])
		if err != nil {
			return nil, err
		}
		return c.Wrap(typ, &unpicklerObj{}), nil
	}, "Make a new instance of the type.", "static")
	c.DefMethod("__init__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		var file Object
		opts := make([]Object, 4)
		if _, err := vm.ParseClinic(&vm.Params{Func: "Unpickler", Names: []string{"file", "fix_imports", "encoding", "errors", "buffers"}, Required: 1, KwOnly: 1}, args[1:], kwnames, &file, &opts[0], &opts[1], &opts[2], &opts[3]); err != nil {
			return nil, err
		}
		u, err := newUnpickler(t, opts)
		if err != nil {
			return nil, err
		}
		if u.src, err = fileSource(t, file); err != nil {
			return nil, err
		}
		vm.Unwrap(args[0]).(*unpicklerObj).u = u
		return vm.None, nil
	}, "", "nounwrap")
	c.DefMethod("load", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckMethodArgs("load", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		uo := vm.Unwrap(args[0]).(*unpicklerObj)
		if uo.u == nil {
			return nil, vm.NewError(unpicklingErrorType, "Unpickler.__init__() was not called by Unpickler.__init__()")
		}
		u := uo.u
		u.t, u.src.t = t, t
		var err error
		if u.persistentLoad, err = optionalAttr(t, args[0], "persistent_load"); err != nil {
			return nil, err
		}
		// find_class is called through the object only when a subclass
		// or the instance replaces it.
		u.findClass = nil
		if fc, err := vm.GetAttr(t, args[0], "find_class"); err != nil {
			return nil, err
		} else if bf, ok := fc.(*vm.BuiltinFunction); !ok || bf.Name != "find_class" || vm.TypeOf(args[0]) != unpicklerClass.T() {
			u.findClass = fc
		}
		return u.load()
	}, "load(): read one pickle from the file and return the object it rebuilds.", "nounwrap")
	c.DefMethod("find_class", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckMethodArgs("find_class", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		m, ok1 := args[1].(py.String)
		n, ok2 := args[2].(py.String)
		if !ok1 || !ok2 {
			return nil, vm.NewError(py.TypeError, "find_class() arguments must be str")
		}
		proto, fix := 4, true
		if uo := vm.Unwrap(args[0]).(*unpicklerObj); uo.u != nil {
			proto, fix = uo.u.proto, uo.u.fixImports
		}
		return findClass(t, proto, fix, string(m), string(n))
	}, "Return the object module.name, importing the module; subclasses may override it to restrict what is loaded.", "nounwrap")
	c.Ready()
}

// newUnpickler parses the keyword options shared by Unpickler and
// loads/load: fix_imports, encoding, errors, buffers.
func newUnpickler(t *vm.Thread, opts []Object) (*unpickler, error) {
	u := &unpickler{t: t, memo: map[int]Object{}, fixImports: true, encoding: "ASCII", errors: "strict"}
	get := func(i int) Object {
		if i < len(opts) {
			return opts[i]
		}
		return nil
	}
	if o := get(0); o != nil {
		fix, err := vm.Truth(t, o)
		if err != nil {
			return nil, err
		}
		u.fixImports = fix
	}
	for i, dst := range []*string{&u.encoding, &u.errors} {
		if o := get(1 + i); o != nil {
			s, ok := o.(py.String)
			if !ok {
				name := []string{"encoding", "errors"}[i]
				return nil, vm.NewError(py.TypeError, "argument '"+name+"' must be str, not "+vm.TypeName(o))
			}
			*dst = string(s)
		}
	}
	if o := get(3); o != nil && o != vm.None {
		it, err := vm.Iter(t, o)
		if err != nil {
			return nil, err
		}
		u.buffers = it
	}
	return u, nil
}

func initModule(t *vm.Thread, m *vm.Module) error {
	m.Set("__doc__", py.String("The pickle format in Go: Pickler, Unpickler and the dump and load functions."))
	m.Set("PickleError", pickleErrorType)
	m.Set("PicklingError", picklingErrorType)
	m.Set("UnpicklingError", unpicklingErrorType)
	m.Set("Pickler", picklerClass.T())
	m.Set("Unpickler", unpicklerClass.T())
	fn := func(name, doc string, f vm.BuiltinFn) {
		m.Set(name, vm.NewModuleFunction("_pickle", name, f, doc))
	}
	dumpArgs := func(name string, withFile bool, args []Object, kwnames Tuple) (obj, file Object, p *pickler, err error) {
		names := []string{"obj", "protocol", "fix_imports", "buffer_callback"}
		req := 1
		if withFile {
			names = []string{"obj", "file", "protocol", "fix_imports", "buffer_callback"}
			req = 2
		}
		var protocol, fixImports, bufferCallback Object
		outs := []*Object{&obj}
		if withFile {
			outs = append(outs, &file)
		}
		outs = append(outs, &protocol, &fixImports, &bufferCallback)
		if _, err = vm.ParseClinic(&vm.Params{Func: name, Names: names, Required: req, KwOnly: req + 1}, args, kwnames, outs...); err != nil {
			return
		}
		p, err = pickleOptions(t, protocol, fixImports, bufferCallback)
		return
	}
	fn("dumps", "Return the pickle of obj as a bytes object.", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		obj, _, p, err := dumpArgs("dumps", false, args, kwnames)
		if err != nil {
			return nil, err
		}
		p.t = t
		if err := p.dump(obj); err != nil {
			return nil, err
		}
		return py.Bytes(p.out), nil
	})
	fn("dump", "Write the pickle of obj to the binary file file.", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		obj, file, p, err := dumpArgs("dump", true, args, kwnames)
		if err != nil {
			return nil, err
		}
		w, err := fileWriter(t, file)
		if err != nil {
			return nil, err
		}
		p.t = t
		p.writeTo(t, w)
		if err := p.dump(obj); err != nil {
			return nil, err
		}
		if err := p.flushOut(); err != nil {
			return nil, err
		}
		return vm.None, nil
	})
	fn("loads", "Rebuild the object a pickle (a bytes-like object) describes.", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		var data Object
		opts := make([]Object, 4)
		if _, err := vm.ParseClinic(&vm.Params{Func: "loads", Names: []string{"data", "fix_imports", "encoding", "errors", "buffers"}, Required: 1, KwOnly: 1}, args, kwnames, &data, &opts[0], &opts[1], &opts[2], &opts[3]); err != nil {
			return nil, err
		}
		if _, ok := data.(py.String); ok {
			return nil, vm.NewError(py.TypeError, "a bytes-like object is required, not 'str'")
		}
		b, err := vm.BytesOf(t, data)
		if err != nil {
			return nil, err
		}
		u, err := newUnpickler(t, opts)
		if err != nil {
			return nil, err
		}
		u.src = &source{t: t, data: b}
		return u.load()
	})
	fn("load", "Read one pickle from the binary file file and rebuild its object.", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		var file Object
		opts := make([]Object, 4)
		if _, err := vm.ParseClinic(&vm.Params{Func: "load", Names: []string{"file", "fix_imports", "encoding", "errors", "buffers"}, Required: 1, KwOnly: 1}, args, kwnames, &file, &opts[0], &opts[1], &opts[2], &opts[3]); err != nil {
			return nil, err
		}
		u, err := newUnpickler(t, opts)
		if err != nil {
			return nil, err
		}
		if u.src, err = fileSource(t, file); err != nil {
			return nil, err
		}
		return u.load()
	})
	return nil
}

// fileWriter is file.write, which a pickler writes to.
func fileWriter(t *vm.Thread, file Object) (Object, error) {
	w, err := vm.GetAttrOr(t, file, "write", nil)
	if err != nil {
		return nil, err
	}
	if w == nil {
		return nil, vm.NewError(py.TypeError, "file must have a 'write' attribute")
	}
	return w, nil
}

// fileSource reads from file through its read and readline methods.
func fileSource(t *vm.Thread, file Object) (*source, error) {
	read, err := vm.GetAttrOr(t, file, "read", nil)
	if err != nil {
		return nil, err
	}
	readline, err := vm.GetAttrOr(t, file, "readline", nil)
	if err != nil {
		return nil, err
	}
	if read == nil || readline == nil {
		return nil, vm.NewError(py.TypeError, "file must have 'read' and 'readline' attributes")
	}
	return &source{t: t, read: read, readline: readline}, nil
}

// pickleOptions makes a pickler from the protocol, fix_imports and
// buffer_callback arguments Pickler and dump/dumps share (nil when not
// given).
func pickleOptions(t *vm.Thread, protocol, fixImports, bufferCallback Object) (*pickler, error) {
	proto, err := checkProtocol(t, protocol)
	if err != nil {
		return nil, err
	}
	fix := true
	if fixImports != nil {
		if fix, err = vm.Truth(t, fixImports); err != nil {
			return nil, err
		}
	}
	if bufferCallback != nil && bufferCallback != vm.None && proto < 5 {
		return nil, vm.NewError(py.ValueError, "buffer_callback needs protocol >= 5")
	}
	return newPickler(t, proto, fix), nil
}

// writeTo makes p send its output to the write method w as it goes.
func (p *pickler) writeTo(t *vm.Thread, w Object) {
	p.flush = func(b []byte) error {
		_, err := vm.Call(t, w, []Object{py.Bytes(append([]byte{}, b...))}, nil)
		return err
	}
}
