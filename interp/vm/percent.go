package vm

import (
	"github.com/gilpy/gilpy/interp/format"
	"github.com/go-python/gpython/py"
)

// percentArg presents a Python object to the %-formatting engine.
type percentArg struct {
	t *Thread
	o Object
}

func (a percentArg) TypeName() string { return TypeName(a.o) }

func (a percentArg) Str() (string, error) { return StrString(a.t, a.o) }

func (a percentArg) Repr() (string, error) { return ReprString(a.t, a.o) }

func (a percentArg) ASCII() (string, error) {
	r, err := ASCII(a.t, a.o)
	if err != nil {
		return "", err
	}
	return string(r.(py.String)), nil
}

func (a percentArg) AsInt() (format.Int, bool) {
	v := unwrap(a.o)
	if !isIntLike(v) {
		return format.Int{}, false
	}
	return toFormatInt(v), true
}

func (a percentArg) ToInt(index bool) (format.Int, bool, error) {
	if index {
		if !hasIndex(a.o) {
			return format.Int{}, false, nil
		}
		b, err := IndexValue(a.t, a.o)
		if err != nil {
			if isExceptionType(err, py.TypeError) {
				return format.Int{}, false, nil
			}
			return format.Int{}, false, err
		}
		return format.IntFromBig(b), true, nil
	}
	c := classOfObject(a.o)
	_, isFloat := unwrap(a.o).(py.Float)
	if !isFloat && c.special(spInt) == nil && c.special(spIndex) == nil && c.special(spTrunc) == nil && c.special(spFloat) == nil {
		return format.Int{}, false, nil
	}
	v, err := IntOf(a.t, a.o)
	if err != nil {
		if isExceptionType(err, py.TypeError) {
			return format.Int{}, false, nil
		}
		return format.Int{}, false, err
	}
	return toFormatInt(v), true, nil
}

func (a percentArg) ToFloat() (float64, bool, error) {
	v := unwrap(a.o)
	if f, ok := v.(py.Float); ok {
		return float64(f), true, nil
	}
	c := classOfObject(a.o)
	if !isIntLike(v) && c.special(spFloat) == nil && c.special(spIndex) == nil {
		return 0, false, nil
	}
	f, err := FloatOf(a.t, a.o)
	if err != nil {
		return 0, false, err
	}
	return f, true, nil
}

func (a percentArg) AsStr() (string, bool) {
	s, ok := unwrap(a.o).(py.String)
	return string(s), ok
}

// percentFormat is str % args.
func (t *Thread) percentFormat(f py.String, args Object) (Object, error) {
	var fa format.Args
	// A tuple subclass's items are the arguments too.
	switch v := unwrap(args).(type) {
	case Tuple:
		items := make([]format.Arg, len(v))
		for i, x := range v {
			items[i] = percentArg{t, x}
		}
		fa = format.TupleArgs(items...)
	default:
		fa = format.SingleArg(percentArg{t, args})
		_, isStr := unwrap(args).(py.String)
		if !isStr && classOfObject(args).special(spGetItem) != nil {
			if _, isTuple := unwrap(args).(Tuple); !isTuple {
				fa.Lookup = func(key string) (format.Arg, error) {
					v, err := GetItem(t, args, py.String(key))
					if err != nil {
						return nil, err
					}
					return percentArg{t, v}, nil
				}
			}
		}
	}
	s, err := format.Percent(string(f), fa, t.interp.maxStrDigits)
	if err != nil {
		return nil, fromFormatError(err)
	}
	return py.String(s), nil
}
