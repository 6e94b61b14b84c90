package syntax

// tokKind is the kind of a token. Operators and keywords have kinds of
// their own so that the parser compares small integers only.
type tokKind uint8

const (
	tkEndmarker tokKind = iota
	tkName
	tkNumber
	tkString
	tkNewline
	tkIndent
	tkDedent
	tkFStringStart
	tkFStringMiddle
	tkFStringEnd
	tkUnknown // a character that starts no token, such as '$'

	// operators
	tkLpar
	tkRpar
	tkLsqb
	tkRsqb
	tkColon
	tkComma
	tkSemi
	tkPlus
	tkMinus
	tkStar
	tkSlash
	tkVbar
	tkAmper
	tkLess
	tkGreater
	tkEqual
	tkDot
	tkPercent
	tkLbrace
	tkRbrace
	tkEqEqual
	tkNotEqual
	tkLessEqual
	tkGreaterEqual
	tkTilde
	tkCircumflex
	tkLeftShift
	tkRightShift
	tkDoubleStar
	tkPlusEqual
	tkMinEqual
	tkStarEqual
	tkSlashEqual
	tkPercentEqual
	tkAmperEqual
	tkVbarEqual
	tkCircumflexEqual
	tkLeftShiftEqual
	tkRightShiftEqual
	tkDoubleStarEqual
	tkDoubleSlash
	tkDoubleSlashEqual
	tkAt
	tkAtEqual
	tkRarrow
	tkEllipsis
	tkColonEqual
	tkExclamation

	// keywords
	kwFalse
	kwNone
	kwTrue
	kwAnd
	kwAs
	kwAssert
	kwAsync
	kwAwait
	kwBreak
	kwClass
	kwContinue
	kwDef
	kwDel
	kwElif
	kwElse
	kwExcept
	kwFinally
	kwFor
	kwFrom
	kwGlobal
	kwIf
	kwImport
	kwIn
	kwIs
	kwLambda
	kwNonlocal
	kwNot
	kwOr
	kwPass
	kwRaise
	kwReturn
	kwTry
	kwWhile
	kwWith
	kwYield
	numKinds
)

var keywords = map[string]tokKind{
	"False": kwFalse, "None": kwNone, "True": kwTrue, "and": kwAnd, "as": kwAs,
	"assert": kwAssert, "async": kwAsync, "await": kwAwait, "break": kwBreak,
	"class": kwClass, "continue": kwContinue, "def": kwDef, "del": kwDel,
	"elif": kwElif, "else": kwElse, "except": kwExcept, "finally": kwFinally,
	"for": kwFor, "from": kwFrom, "global": kwGlobal, "if": kwIf,
	"import": kwImport, "in": kwIn, "is": kwIs, "lambda": kwLambda,
	"nonlocal": kwNonlocal, "not": kwNot, "or": kwOr, "pass": kwPass,
	"raise": kwRaise, "return": kwReturn, "try": kwTry, "while": kwWhile,
	"with": kwWith, "yield": kwYield,
}

var kindNames = [numKinds]string{
	tkEndmarker: "ENDMARKER", tkName: "NAME", tkNumber: "NUMBER", tkString: "STRING",
	tkNewline: "NEWLINE", tkIndent: "INDENT", tkDedent: "DEDENT",
	tkFStringStart: "FSTRING_START", tkFStringMiddle: "FSTRING_MIDDLE",
	tkFStringEnd: "FSTRING_END", tkUnknown: "ERRORTOKEN",
	tkLpar: "(", tkRpar: ")", tkLsqb: "[", tkRsqb: "]", tkColon: ":", tkComma: ",",
	tkSemi: ";", tkPlus: "+", tkMinus: "-", tkStar: "*", tkSlash: "/", tkVbar: "|",
	tkAmper: "&", tkLess: "<", tkGreater: ">", tkEqual: "=", tkDot: ".",
	tkPercent: "%", tkLbrace: "{", tkRbrace: "}", tkEqEqual: "==", tkNotEqual: "!=",
	tkLessEqual: "<=", tkGreaterEqual: ">=", tkTilde: "~", tkCircumflex: "^",
	tkLeftShift: "<<", tkRightShift: ">>", tkDoubleStar: "**", tkPlusEqual: "+=",
	tkMinEqual: "-=", tkStarEqual: "*=", tkSlashEqual: "/=", tkPercentEqual: "%=",
	tkAmperEqual: "&=", tkVbarEqual: "|=", tkCircumflexEqual: "^=",
	tkLeftShiftEqual: "<<=", tkRightShiftEqual: ">>=", tkDoubleStarEqual: "**=",
	tkDoubleSlash: "//", tkDoubleSlashEqual: "//=", tkAt: "@", tkAtEqual: "@=",
	tkRarrow: "->", tkEllipsis: "...", tkColonEqual: ":=", tkExclamation: "!",
}

// keywordByLen holds the keywords by length, for keywordKind.
var keywordByLen [9][]struct {
	s string
	k tokKind
}

func init() {
	for k, v := range keywords {
		kindNames[v] = k
		keywordByLen[len(k)] = append(keywordByLen[len(k)], struct {
			s string
			k tokKind
		}{k, v})
	}
}

// keywordKind returns the keyword kind of a name, or tkName.
func keywordKind(b []byte) tokKind {
	if len(b) < 2 || len(b) > 8 {
		return tkName
	}
	for _, kw := range keywordByLen[len(b)] {
		if kw.s[0] == b[0] && kw.s == string(b) {
			return kw.k
		}
	}
	return tkName
}

func (k tokKind) String() string { return kindNames[k] }

func (k tokKind) isKeyword() bool { return k >= kwFalse && k < numKinds }

// token is one token of the source. Positions are those of CPython's
// tokenizer: 1-based lines, 0-based byte columns. For INDENT, DEDENT and
// ENDMARKER, which CPython gives no column, cur is the column the tokenizer
// stood at after reading them, which CPython's error messages use.
type token struct {
	kind            tokKind
	line, col       int32
	endLine, endCol int32
	cur             int32
	level           int32 // brackets open after this token
	buf             int32 // first line of CPython's tokenizer buffer
	start, end      int32 // byte offsets in the source
}
