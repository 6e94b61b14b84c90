package compile

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gilpy/gilpy/interp/syntax/ast"
	"github.com/go-python/gpython/py"
)

// Constant folding, where CPython 3.11's AST optimizer folds and only
// where the result is certain to be what evaluating the expression would
// give: anything that could raise, or whose exact result depends on
// floating-point library functions, is left to run time.

// Size guards, as CPython's.
const (
	maxIntBits        = 128
	maxCollectionSize = 256
	maxStrSize        = 4096
)

// constOf returns the value of a constant expression, folding it if
// CPython would.
func constOf(e ast.Expr) (py.Object, bool) {
	switch k := e.(type) {
	case *ast.Constant:
		return constObject(k.Value), true
	case *ast.Name:
		// __debug__ is True unless compiling with optimizations, which
		// rename its reads (see debugOff).
		if k.Ctx == ast.Load {
			switch k.Id {
			case "__debug__":
				return py.True, true
			case debugOffName:
				return py.False, true
			}
		}
		return nil, false
	}
	return foldExpr(e)
}

// foldExpr folds unary and binary operations on constants, tuples of
// constants and subscripts of constants.
func foldExpr(e ast.Expr) (py.Object, bool) {
	switch e := e.(type) {
	case *ast.UnaryOp:
		v, ok := constOf(e.Operand)
		if !ok {
			return nil, false
		}
		return foldUnary(e.Op, v)
	case *ast.BinOp:
		l, ok := constOf(e.Left)
		if !ok {
			return nil, false
		}
		r, ok := constOf(e.Right)
		if !ok {
			return nil, false
		}
		return foldBinary(e.Op, l, r)
	case *ast.Tuple:
		if e.Ctx != ast.Load {
			return nil, false
		}
		vals := make(py.Tuple, len(e.Elts))
		for i, x := range e.Elts {
			v, ok := constOf(x)
			if !ok {
				return nil, false
			}
			vals[i] = v
		}
		return vals, true
	case *ast.Subscript:
		if e.Ctx != ast.Load {
			return nil, false
		}
		v, ok := constOf(e.Value)
		if !ok {
			return nil, false
		}
		k, ok := constOf(e.Slice)
		if !ok {
			return nil, false
		}
		return foldSubscript(v, k)
	}
	return nil, false
}

// foldIter turns a list display being iterated or searched into a tuple,
// which is folded when its items are constants.
func foldIter(e ast.Expr) ast.Expr {
	if l, ok := e.(*ast.List); ok && l.Ctx == ast.Load && !hasStarred(l.Elts) {
		return &ast.Tuple{Pos: l.Pos, Elts: l.Elts, Ctx: ast.Load}
	}
	return e
}

// constTruth is the truth value of a constant.
func constTruth(v py.Object) (bool, bool) {
	switch x := v.(type) {
	case py.NoneType:
		return false, true
	case py.Bool:
		return bool(x), true
	case py.Int:
		return x != 0, true
	case *py.BigInt:
		return (*big.Int)(x).Sign() != 0, true
	case py.Float:
		return x != 0, true
	case py.Complex:
		return x != 0, true
	case py.String:
		return len(x) > 0, true
	case py.Bytes:
		return len(x) > 0, true
	case py.Tuple:
		return len(x) > 0, true
	case py.EllipsisType:
		return true, true
	}
	return false, false
}

// intOf returns an integer constant (bools count) as a big.Int.
func intOf(v py.Object) (*big.Int, bool) {
	switch x := v.(type) {
	case py.Bool:
		if x {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	case py.Int:
		return big.NewInt(int64(x)), true
	case *py.BigInt:
		return (*big.Int)(x), true
	}
	return nil, false
}

func intObject(b *big.Int) py.Object {
	if b.IsInt64() {
		return py.Int(b.Int64())
	}
	return (*py.BigInt)(b)
}

// floatOf converts an int or float constant to a float when that is exact.
func floatOf(v py.Object) (float64, bool) {
	if f, ok := v.(py.Float); ok {
		return float64(f), true
	}
	if i, ok := intOf(v); ok && i.IsInt64() {
		n := i.Int64()
		if n > -(1<<53) && n < 1<<53 {
			return float64(n), true
		}
	}
	return 0, false
}

func foldUnary(op ast.UnaryOperator, v py.Object) (py.Object, bool) {
	if op == ast.Not {
		t, ok := constTruth(v)
		if !ok {
			return nil, false
		}
		return py.NewBool(!t), true
	}
	if i, ok := intOf(v); ok {
		switch op {
		case ast.USub:
			return intObject(new(big.Int).Neg(i)), true
		case ast.UAdd:
			return intObject(new(big.Int).Set(i)), true
		case ast.Invert:
			return intObject(new(big.Int).Not(i)), true
		}
	}
	switch x := v.(type) {
	case py.Float:
		switch op {
		case ast.USub:
			return py.Float(-float64(x)), true
		case ast.UAdd:
			return x, true
		}
	case py.Complex:
		switch op {
		case ast.USub:
			return py.Complex(complex(-real(x), -imag(x))), true
		case ast.UAdd:
			return x, true
		}
	}
	return nil, false
}

func seqLen(v py.Object) (int, bool) {
	switch x := v.(type) {
	case py.String:
		return utf8.RuneCountInString(string(x)), true
	case py.Bytes:
		return len(x), true
	case py.Tuple:
		return len(x), true
	}
	return 0, false
}

func repeat(v py.Object, n int) (py.Object, bool) {
	l, _ := seqLen(v)
	if l == 0 || n == 0 {
		n = 0
	}
	switch x := v.(type) {
	case py.String:
		if n > 0 && l > maxStrSize/n {
			return nil, false
		}
		out := make([]byte, 0, len(x)*n)
		for i := 0; i < n; i++ {
			out = append(out, x...)
		}
		return py.String(out), true
	case py.Bytes:
		if n > 0 && l > maxStrSize/n {
			return nil, false
		}
		out := make(py.Bytes, 0, len(x)*n)
		for i := 0; i < n; i++ {
			out = append(out, x...)
		}
		return out, true
	case py.Tuple:
		if n > 0 && l > maxCollectionSize/n {
			return nil, false
		}
		out := make(py.Tuple, 0, len(x)*n)
		for i := 0; i < n; i++ {
			out = append(out, x...)
		}
		return out, true
	}
	return nil, false
}

func foldBinary(op ast.Operator, l, r py.Object) (py.Object, bool) {
	li, lInt := intOf(l)
	ri, rInt := intOf(r)
	if lInt && rInt {
		_, lb := l.(py.Bool)
		_, rb := r.(py.Bool)
		bothBool := lb && rb
		switch op {
		case ast.Add:
			return intObject(new(big.Int).Add(li, ri)), true
		case ast.Sub:
			return intObject(new(big.Int).Sub(li, ri)), true
		case ast.Mult:
			if li.Sign() != 0 && ri.Sign() != 0 && li.BitLen()+ri.BitLen() > maxIntBits {
				return nil, false
			}
			return intObject(new(big.Int).Mul(li, ri)), true
		case ast.FloorDiv, ast.Modulo:
			if ri.Sign() == 0 {
				return nil, false
			}
			q, m := new(big.Int), new(big.Int)
			q.DivMod(li, ri, m)
			// big.Int's DivMod is Euclidean; Python floors.
			if m.Sign() != 0 && ri.Sign() < 0 {
				q.Sub(q, big.NewInt(1))
				m.Add(m, ri)
			}
			if op == ast.FloorDiv {
				return intObject(q), true
			}
			return intObject(m), true
		case ast.Div:
			a, ok1 := floatOf(intObject(li))
			b, ok2 := floatOf(intObject(ri))
			if !ok1 || !ok2 || b == 0 {
				return nil, false
			}
			return py.Float(a / b), true
		case ast.Pow:
			if ri.Sign() < 0 {
				// A float result: folded only when exact.
				a, ok := floatOf(intObject(li))
				if !ok || !ri.IsInt64() {
					return nil, false
				}
				return exactPow(a, ri.Int64())
			}
			if !ri.IsInt64() {
				return nil, false
			}
			if li.Sign() != 0 && int64(li.BitLen())*ri.Int64() > maxIntBits {
				return nil, false
			}
			return intObject(new(big.Int).Exp(li, ri, nil)), true
		case ast.LShift:
			if ri.Sign() < 0 || !ri.IsInt64() {
				return nil, false
			}
			if li.Sign() != 0 && int64(li.BitLen())+ri.Int64() > maxIntBits {
				return nil, false
			}
			return intObject(new(big.Int).Lsh(li, uint(ri.Int64()))), true
		case ast.RShift:
			if ri.Sign() < 0 {
				return nil, false
			}
			if !ri.IsInt64() || ri.Int64() > int64(li.BitLen())+1 {
				if li.Sign() < 0 {
					return py.Int(-1), true
				}
				return py.Int(0), true
			}
			return intObject(new(big.Int).Rsh(li, uint(ri.Int64()))), true
		case ast.BitAnd, ast.BitOr, ast.BitXor:
			z := new(big.Int)
			switch op {
			case ast.BitAnd:
				z.And(li, ri)
			case ast.BitOr:
				z.Or(li, ri)
			default:
				z.Xor(li, ri)
			}
			if bothBool {
				return py.NewBool(z.Sign() != 0), true
			}
			return intObject(z), true
		}
		return nil, false
	}
	// Sequences.
	switch op {
	case ast.Add:
		switch x := l.(type) {
		case py.String:
			if y, ok := r.(py.String); ok {
				return x + y, true
			}
		case py.Bytes:
			if y, ok := r.(py.Bytes); ok {
				return append(append(py.Bytes{}, x...), y...), true
			}
		case py.Tuple:
			if y, ok := r.(py.Tuple); ok {
				return append(append(py.Tuple{}, x...), y...), true
			}
		}
	case ast.Mult:
		if _, ok := seqLen(l); ok && rInt {
			if !ri.IsInt64() || ri.Sign() < 0 {
				return nil, false
			}
			return repeat(l, int(ri.Int64()))
		}
		if _, ok := seqLen(r); ok && lInt {
			if !li.IsInt64() || li.Sign() < 0 {
				return nil, false
			}
			return repeat(r, int(li.Int64()))
		}
	}
	// Floats, with ints converted exactly.
	_, lf := l.(py.Float)
	_, rf := r.(py.Float)
	_, lcx := l.(py.Complex)
	_, rcx := r.(py.Complex)
	if (lf || rf) && !lcx && !rcx {
		a, ok1 := floatOf(l)
		b, ok2 := floatOf(r)
		if !ok1 || !ok2 {
			return nil, false
		}
		switch op {
		case ast.Add:
			return py.Float(a + b), true
		case ast.Sub:
			return py.Float(a - b), true
		case ast.Mult:
			return py.Float(a * b), true
		case ast.Div:
			if b == 0 {
				return nil, false
			}
			return py.Float(a / b), true
		case ast.Pow:
			if b != math.Trunc(b) || math.Abs(b) > 1<<20 {
				return nil, false
			}
			return exactPow(a, int64(b))
		case ast.Modulo, ast.FloorDiv:
			if b == 0 {
				return nil, false
			}
			div, mod := floatDivmod(a, b)
			if op == ast.Modulo {
				return py.Float(mod), true
			}
			return py.Float(div), true
		}
		return nil, false
	}
	// Complex addition and subtraction.
	lc, lok := complexOf(l)
	rc, rok := complexOf(r)
	if lok && rok {
		switch op {
		case ast.Add:
			return py.Complex(complex(real(lc)+real(rc), imag(lc)+imag(rc))), true
		case ast.Sub:
			return py.Complex(complex(real(lc)-real(rc), imag(lc)-imag(rc))), true
		}
	}
	return nil, false
}

func complexOf(v py.Object) (complex128, bool) {
	switch x := v.(type) {
	case py.Complex:
		return complex128(x), true
	}
	if f, ok := floatOf(v); ok {
		return complex(f, 0), true
	}
	return 0, false
}

func foldSubscript(v, k py.Object) (py.Object, bool) {
	ki, ok := intOf(k)
	if !ok || !ki.IsInt64() {
		return nil, false
	}
	i := ki.Int64()
	n, ok := seqLen(v)
	if !ok {
		return nil, false
	}
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return nil, false
	}
	switch x := v.(type) {
	case py.String:
		s := string(x)
		for j := int64(0); j < i; j++ {
			_, size := utf8.DecodeRuneInString(s)
			s = s[size:]
		}
		_, size := utf8.DecodeRuneInString(s)
		return py.String(s[:size]), true
	case py.Bytes:
		return py.Int(x[i]), true
	case py.Tuple:
		return x[i], true
	}
	return nil, false
}

// percentFormat rewrites "literal %s literal %r" % (a, b) into the
// f-string it is equivalent to, as CPython's AST optimizer does for the
// simple %s, %r and %a conversions (with width and precision): nil when
// the format is anything else.
func percentFormat(e *ast.BinOp) *ast.JoinedStr {
	if e.Op != ast.Modulo {
		return nil
	}
	k, ok := constOf(e.Left)
	if !ok {
		return nil
	}
	fs, ok := k.(py.String)
	if !ok {
		return nil
	}
	fmtStr := string(fs)
	t, ok := e.Right.(*ast.Tuple)
	if !ok || t.Ctx != ast.Load || hasStarred(t.Elts) {
		return nil
	}
	if _, folded := foldExpr(t); folded {
		return nil
	}
	runes := []rune(fmtStr)
	pos, cnt := 0, 0
	var values []ast.Expr
	for {
		start := pos
		percents := false
		for pos < len(runes) {
			if runes[pos] != '%' {
				pos++
			} else if pos+1 < len(runes) && runes[pos+1] == '%' {
				percents = true
				pos += 2
			} else {
				break
			}
		}
		if pos > start {
			lit := string(runes[start:pos])
			if percents {
				lit = strings.ReplaceAll(lit, "%%", "%")
			}
			values = append(values, &ast.Constant{Value: lit})
		}
		if pos >= len(runes) {
			break
		}
		if cnt >= len(t.Elts) {
			return nil
		}
		pos++ // the '%'
		fv := parsePercentSpec(runes, &pos, t.Elts[cnt])
		cnt++
		if fv == nil {
			return nil
		}
		values = append(values, fv)
	}
	if cnt < len(t.Elts) {
		return nil
	}
	return &ast.JoinedStr{Pos: e.Pos, Values: values}
}

func parsePercentSpec(r []rune, ppos *int, arg ast.Expr) *ast.FormattedValue {
	const maxDigits = 3
	pos := *ppos
	var ch rune
	next := func() bool {
		if pos >= len(r) {
			return false
		}
		ch = r[pos]
		pos++
		return true
	}
	ljust := false
	for {
		if !next() {
			return nil
		}
		switch ch {
		case '-':
			ljust = true
			continue
		case '+', ' ', '#', '0':
			continue
		}
		break
	}
	width, prec := -1, -1
	if ch >= '0' && ch <= '9' {
		width = 0
		digits := 0
		for ch >= '0' && ch <= '9' {
			width = width*10 + int(ch-'0')
			if !next() {
				return nil
			}
			digits++
			if digits >= maxDigits {
				return nil
			}
		}
	}
	if ch == '.' {
		if !next() {
			return nil
		}
		prec = 0
		digits := 0
		for ch >= '0' && ch <= '9' {
			prec = prec*10 + int(ch-'0')
			if !next() {
				return nil
			}
			digits++
			if digits >= maxDigits {
				return nil
			}
		}
	}
	if ch != 's' && ch != 'r' && ch != 'a' {
		return nil
	}
	*ppos = pos
	spec := ""
	if !ljust && width > 0 {
		spec += ">"
	}
	if width >= 0 {
		spec += strconv.Itoa(width)
	}
	if prec >= 0 {
		spec += "." + strconv.Itoa(prec)
	}
	fv := &ast.FormattedValue{Pos: *arg.GetPos(), Value: arg, Conversion: int(ch)}
	if spec != "" {
		fv.FormatSpec = &ast.Constant{Value: spec}
	}
	return fv
}

// floatDivmod is Python's divmod for floats: the remainder has the sign
// of the divisor and the quotient is floored.
func floatDivmod(v, w float64) (float64, float64) {
	mod := math.Mod(v, w)
	div := (v - mod) / w
	if mod != 0 {
		if (w < 0) != (mod < 0) {
			mod += w
			div -= 1
		}
	} else {
		mod = math.Copysign(0, w)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv++
		}
	} else {
		floordiv = math.Copysign(0, v/w)
	}
	return floordiv, mod
}

// exactPow folds x ** n for a float x and integer n only when the result
// is exactly representable (so any correct pow gives it) and finite:
// otherwise the library's rounding, or an error, is left to run time.
func exactPow(x float64, n int64) (py.Object, bool) {
	if math.IsInf(x, 0) || math.IsNaN(x) || (x == 0 && n < 0) {
		return nil, false
	}
	if n < -1100 || n > 1100 {
		return nil, false
	}
	const prec = 4096
	base := new(big.Float).SetPrec(prec).SetFloat64(x)
	r := new(big.Float).SetPrec(prec).SetFloat64(1)
	m := n
	if m < 0 {
		m = -m
	}
	for i := int64(0); i < m; i++ {
		if r.Mul(r, base).Acc() != big.Exact {
			return nil, false
		}
	}
	if n < 0 {
		// 1/r is exact only for powers of two.
		mant := new(big.Float)
		exp := r.MantExp(mant)
		if mant.Abs(mant).Cmp(big.NewFloat(0.5)) != 0 {
			return nil, false
		}
		r.SetMantExp(big.NewFloat(0.5).SetPrec(prec), -exp+2)
		if math.Signbit(x) && m%2 == 1 {
			r.Neg(r)
		}
	}
	f, acc := r.Float64()
	if acc != big.Exact || math.IsInf(f, 0) || (f == 0 && x != 0) {
		return nil, false
	}
	return py.Float(f), true
}
