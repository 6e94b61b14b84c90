package compile

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"reflect"
	"strconv"
	"strings"

	"github.com/gilpy/gilpy/interp/syntax/ast"
)

// The goldens carry each program's syntax tree as CPython's ast module
// built it, in JSON (see testdata/gen_goldens.py). fromJSON turns it into
// interp/syntax/ast nodes, so the compiler is checked against CPython's own
// trees independently of the parser.

var nodeTypes = map[string]reflect.Type{}

func init() {
	for _, n := range []ast.Node{
		&ast.Module{}, &ast.Interactive{}, &ast.Expression{}, &ast.FunctionType{},
		&ast.FunctionDef{}, &ast.AsyncFunctionDef{}, &ast.ClassDef{}, &ast.Return{}, &ast.Delete{},
		&ast.Assign{}, &ast.TypeAlias{}, &ast.AugAssign{}, &ast.AnnAssign{}, &ast.For{}, &ast.AsyncFor{},
		&ast.While{}, &ast.If{}, &ast.With{}, &ast.AsyncWith{}, &ast.Match{}, &ast.Raise{}, &ast.Try{},
		&ast.TryStar{}, &ast.Assert{}, &ast.Import{}, &ast.ImportFrom{}, &ast.Global{}, &ast.Nonlocal{},
		&ast.Pass{}, &ast.Break{}, &ast.Continue{},
		&ast.BoolOp{}, &ast.NamedExpr{}, &ast.BinOp{}, &ast.UnaryOp{}, &ast.Lambda{}, &ast.IfExp{},
		&ast.Dict{}, &ast.Set{}, &ast.ListComp{}, &ast.SetComp{}, &ast.DictComp{}, &ast.GeneratorExp{},
		&ast.Await{}, &ast.Yield{}, &ast.YieldFrom{}, &ast.Compare{}, &ast.Call{}, &ast.FormattedValue{},
		&ast.JoinedStr{}, &ast.Constant{}, &ast.Attribute{}, &ast.Subscript{}, &ast.Starred{}, &ast.Name{},
		&ast.List{}, &ast.Tuple{}, &ast.Slice{},
		&ast.MatchValue{}, &ast.MatchSingleton{}, &ast.MatchSequence{}, &ast.MatchMapping{},
		&ast.MatchClass{}, &ast.MatchStar{}, &ast.MatchAs{}, &ast.MatchOr{},
		&ast.TypeVar{}, &ast.ParamSpec{}, &ast.TypeVarTuple{},
	} {
		t := reflect.TypeOf(n).Elem()
		nodeTypes[t.Name()] = t
	}
	nodeTypes["Expr"] = reflect.TypeOf(ast.ExprStmt{})
	nodeTypes["arguments"] = reflect.TypeOf(ast.Arguments{})
	nodeTypes["arg"] = reflect.TypeOf(ast.Arg{})
	nodeTypes["keyword"] = reflect.TypeOf(ast.Keyword{})
	nodeTypes["alias"] = reflect.TypeOf(ast.Alias{})
	nodeTypes["withitem"] = reflect.TypeOf(ast.WithItem{})
	nodeTypes["match_case"] = reflect.TypeOf(ast.MatchCase{})
	nodeTypes["comprehension"] = reflect.TypeOf(ast.Comprehension{})
	nodeTypes["ExceptHandler"] = reflect.TypeOf(ast.ExceptHandler{})
	nodeTypes["type_ignore"] = reflect.TypeOf(ast.TypeIgnore{})
}

var enumValues = map[string]any{
	"Load": ast.Load, "Store": ast.Store, "Del": ast.Del,
	"And": ast.And, "Or": ast.Or,
	"Add": ast.Add, "Sub": ast.Sub, "Mult": ast.Mult, "MatMult": ast.MatMult, "Div": ast.Div,
	"Mod": ast.Modulo, "Pow": ast.Pow, "LShift": ast.LShift, "RShift": ast.RShift, "BitOr": ast.BitOr,
	"BitXor": ast.BitXor, "BitAnd": ast.BitAnd, "FloorDiv": ast.FloorDiv,
	"Invert": ast.Invert, "Not": ast.Not, "UAdd": ast.UAdd, "USub": ast.USub,
	"Eq": ast.Eq, "NotEq": ast.NotEq, "Lt": ast.Lt, "LtE": ast.LtE, "Gt": ast.Gt, "GtE": ast.GtE,
	"Is": ast.Is, "IsNot": ast.IsNot, "In": ast.In, "NotIn": ast.NotIn,
}

func camel(s string) string {
	var b strings.Builder
	for _, part := range strings.Split(s, "_") {
		if part != "" {
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return b.String()
}

// astFromJSON decodes a tree written by gen_goldens.py.
func astFromJSON(raw json.RawMessage) (ast.Node, error) {
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return nil, err
	}
	n, err := buildNode(v)
	if err != nil {
		return nil, err
	}
	return n.Interface().(ast.Node), nil
}

func buildNode(v any) (reflect.Value, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return reflect.Value{}, fmt.Errorf("node expected, got %T", v)
	}
	t, ok := nodeTypes[m["_"].(string)]
	if !ok {
		return reflect.Value{}, fmt.Errorf("unknown node %v", m["_"])
	}
	p := reflect.New(t)
	s := p.Elem()
	for k, fv := range m {
		if k == "_" {
			continue
		}
		f := s.FieldByName(camel(k))
		if !f.IsValid() {
			return reflect.Value{}, fmt.Errorf("%s has no field %s", t.Name(), k)
		}
		if k == "value" && (t.Name() == "Constant" || t.Name() == "MatchSingleton") {
			c, err := constFromJSON(fv)
			if err != nil {
				return reflect.Value{}, err
			}
			f.Set(reflect.ValueOf(&c).Elem())
			continue
		}
		if err := setField(f, fv); err != nil {
			return reflect.Value{}, fmt.Errorf("%s.%s: %v", t.Name(), k, err)
		}
	}
	return p, nil
}

func setField(f reflect.Value, v any) error {
	if v == nil {
		return nil
	}
	switch f.Kind() {
	case reflect.String:
		f.SetString(v.(string))
	case reflect.Int:
		switch x := v.(type) {
		case float64:
			f.SetInt(int64(x))
		case bool:
			if x {
				f.SetInt(1)
			}
		}
	case reflect.Uint8:
		e, ok := enumValues[v.(string)]
		if !ok {
			return fmt.Errorf("unknown enum %v", v)
		}
		f.Set(reflect.ValueOf(e))
	case reflect.Slice:
		l := v.([]any)
		sl := reflect.MakeSlice(f.Type(), len(l), len(l))
		for i, x := range l {
			if err := setField(sl.Index(i), x); err != nil {
				return err
			}
		}
		f.Set(sl)
	case reflect.Interface, reflect.Pointer:
		n, err := buildNode(v)
		if err != nil {
			return err
		}
		f.Set(n)
	default:
		return fmt.Errorf("cannot set %s", f.Type())
	}
	return nil
}

func parseFloatJSON(s string) float64 {
	switch s {
	case "inf":
		return math.Inf(1)
	case "-inf":
		return math.Inf(-1)
	case "nan":
		return math.NaN()
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		panic(err)
	}
	return f
}

func constFromJSON(v any) (any, error) {
	l := v.([]any)
	switch l[0] {
	case "None":
		return ast.None, nil
	case "Ellipsis":
		return ast.Ellipsis, nil
	case "bool":
		return l[1].(bool), nil
	case "int":
		s := l[1].(string)
		if i, err := strconv.ParseInt(s, 10, 64); err == nil {
			return i, nil
		}
		b, _ := new(big.Int).SetString(s, 10)
		return b, nil
	case "float":
		return parseFloatJSON(l[1].(string)), nil
	case "complex":
		return complex(parseFloatJSON(l[1].(string)), parseFloatJSON(l[2].(string))), nil
	case "str":
		return l[1].(string), nil
	case "bytes":
		b, err := base64.StdEncoding.DecodeString(l[1].(string))
		return ast.Bytes(b), err
	}
	return nil, fmt.Errorf("unknown constant %v", l)
}
