package engine

// Opcodes of the compiled program. The numbering and the layout of every
// instruction are those of CPython 3.11's sre (MAGIC 20220615), so that a
// compiled pattern can be compared word for word with CPython's, which is
// how the compiler is tested, and so that Pattern equality and hashing,
// defined by CPython on the compiled code, behave the same.
const (
	opFailure = iota
	opSuccess
	opAny
	opAnyAll
	opAssert
	opAssertNot
	opAt
	opBranch
	opCategory
	opCharset
	opBigCharset
	opGroupref
	opGrouprefExists
	opIn
	opInfo
	opJump
	opLiteral
	opMark
	opMaxUntil
	opMinUntil
	opNotLiteral
	opNegate
	opRange
	opRepeat
	opRepeatOne
	opSubpattern
	opMinRepeatOne
	opAtomicGroup
	opPossessiveRepeat
	opPossessiveRepeatOne
	opGrouprefIgnore
	opInIgnore
	opLiteralIgnore
	opNotLiteralIgnore
	opGrouprefLocIgnore
	opInLocIgnore
	opLiteralLocIgnore
	opNotLiteralLocIgnore
	opGrouprefUniIgnore
	opInUniIgnore
	opLiteralUniIgnore
	opNotLiteralUniIgnore
	opRangeUniIgnore
	// Only in the parser's output, never in compiled code.
	opMinRepeat
	opMaxRepeat
)

// opNames are the names CPython's re module gives the opcodes (re.DEBUG
// prints them).
var opNames = [...]string{
	"FAILURE", "SUCCESS", "ANY", "ANY_ALL", "ASSERT", "ASSERT_NOT", "AT",
	"BRANCH", "CATEGORY", "CHARSET", "BIGCHARSET", "GROUPREF",
	"GROUPREF_EXISTS", "IN", "INFO", "JUMP", "LITERAL", "MARK", "MAX_UNTIL",
	"MIN_UNTIL", "NOT_LITERAL", "NEGATE", "RANGE", "REPEAT", "REPEAT_ONE",
	"SUBPATTERN", "MIN_REPEAT_ONE", "ATOMIC_GROUP", "POSSESSIVE_REPEAT",
	"POSSESSIVE_REPEAT_ONE", "GROUPREF_IGNORE", "IN_IGNORE", "LITERAL_IGNORE",
	"NOT_LITERAL_IGNORE", "GROUPREF_LOC_IGNORE", "IN_LOC_IGNORE",
	"LITERAL_LOC_IGNORE", "NOT_LITERAL_LOC_IGNORE", "GROUPREF_UNI_IGNORE",
	"IN_UNI_IGNORE", "LITERAL_UNI_IGNORE", "NOT_LITERAL_UNI_IGNORE",
	"RANGE_UNI_IGNORE", "MIN_REPEAT", "MAX_REPEAT",
}

// Position codes (AT).
const (
	atBeginning = iota
	atBeginningLine
	atBeginningString
	atBoundary
	atNonBoundary
	atEnd
	atEndLine
	atEndString
	atLocBoundary
	atLocNonBoundary
	atUniBoundary
	atUniNonBoundary
)

var atNames = [...]string{
	"AT_BEGINNING", "AT_BEGINNING_LINE", "AT_BEGINNING_STRING", "AT_BOUNDARY",
	"AT_NON_BOUNDARY", "AT_END", "AT_END_LINE", "AT_END_STRING",
	"AT_LOC_BOUNDARY", "AT_LOC_NON_BOUNDARY", "AT_UNI_BOUNDARY",
	"AT_UNI_NON_BOUNDARY",
}

// Character categories (CATEGORY).
const (
	catDigit = iota
	catNotDigit
	catSpace
	catNotSpace
	catWord
	catNotWord
	catLinebreak
	catNotLinebreak
	catLocWord
	catLocNotWord
	catUniDigit
	catUniNotDigit
	catUniSpace
	catUniNotSpace
	catUniWord
	catUniNotWord
	catUniLinebreak
	catUniNotLinebreak
)

var catNames = [...]string{
	"CATEGORY_DIGIT", "CATEGORY_NOT_DIGIT", "CATEGORY_SPACE",
	"CATEGORY_NOT_SPACE", "CATEGORY_WORD", "CATEGORY_NOT_WORD",
	"CATEGORY_LINEBREAK", "CATEGORY_NOT_LINEBREAK", "CATEGORY_LOC_WORD",
	"CATEGORY_LOC_NOT_WORD", "CATEGORY_UNI_DIGIT", "CATEGORY_UNI_NOT_DIGIT",
	"CATEGORY_UNI_SPACE", "CATEGORY_UNI_NOT_SPACE", "CATEGORY_UNI_WORD",
	"CATEGORY_UNI_NOT_WORD", "CATEGORY_UNI_LINEBREAK",
	"CATEGORY_UNI_NOT_LINEBREAK",
}

// Flags, with the values of the re module's flags.
const (
	FlagTemplate   = 1
	FlagIgnoreCase = 2
	FlagLocale     = 4
	FlagMultiline  = 8
	FlagDotAll     = 16
	FlagUnicode    = 32
	FlagVerbose    = 64
	FlagDebug      = 128
	FlagASCII      = 256

	typeFlags   = FlagASCII | FlagLocale | FlagUnicode
	globalFlags = FlagDebug | FlagTemplate
)

// Bits of an INFO block's flags word.
const (
	infoPrefix  = 1
	infoLiteral = 2
	infoCharset = 4
)

const (
	// MaxRepeat is the largest repeat count, which stands for "no upper
	// bound" in the compiled code (CPython's _sre.MAXREPEAT).
	MaxRepeat = 1<<32 - 1
	// MaxGroups bounds the number of groups (CPython's _sre.MAXGROUPS on
	// 64-bit machines).
	MaxGroups = 1<<30 - 1
	// Magic is CPython's _sre.MAGIC for the code layout used here.
	Magic = 20220615
	// CodeSize is the size in bytes of one code word.
	CodeSize = 4
)
