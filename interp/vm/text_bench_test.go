package vm_test

import "testing"

// Text and bytes operations on the hot path: concatenation, indexing,
// slicing, searching, joining, hashing, encoding and decoding.

const benchTextSetup = `
b = b'The quick brown fox jumps over the lazy dog. ' * 20
ba = bytearray(b)
s = 'The quick brown fox jumps over the lazy dog. ' * 20
u = 'Größe café naïve — ' * 40
ub = u.encode()
parts = [b'abc', b'defg', b'hi'] * 10
sparts = ['abc', 'defg', 'hi'] * 10
`

func BenchmarkBytesConcat(b *testing.B)   { benchPython(b, benchTextSetup, "b'abc' + b'defg'") }
func BenchmarkBytesIndex(b *testing.B)    { benchPython(b, benchTextSetup, "b[100]") }
func BenchmarkBytesSlice(b *testing.B)    { benchPython(b, benchTextSetup, "b[10:50]") }
func BenchmarkBytesContains(b *testing.B) { benchPython(b, benchTextSetup, "b'lazy cat' in b") }
func BenchmarkBytesJoin(b *testing.B)     { benchPython(b, benchTextSetup, "b','.join(parts)") }
func BenchmarkBytesEq(b *testing.B)       { benchPython(b, benchTextSetup, "b == ba") }
func BenchmarkBytesFind(b *testing.B)     { benchPython(b, benchTextSetup, "b.find(b'lazy cat')") }
func BenchmarkBytesSplit(b *testing.B)    { benchPython(b, benchTextSetup, "b.split()") }
func BenchmarkByteArrayAppend(b *testing.B) {
	benchPython(b, benchTextSetup, "ba.append(1)")
}
func BenchmarkDecodeASCII(b *testing.B)      { benchPython(b, benchTextSetup, "b.decode()") }
func BenchmarkDecodeUTF8(b *testing.B)       { benchPython(b, benchTextSetup, "ub.decode('utf-8')") }
func BenchmarkEncodeUTF8(b *testing.B)       { benchPython(b, benchTextSetup, "u.encode()") }
func BenchmarkEncodeLatin1(b *testing.B)     { benchPython(b, benchTextSetup, "s.encode('latin-1')") }
func BenchmarkStrConcat(b *testing.B)        { benchPython(b, benchTextSetup, "'abc' + 'defg'") }
func BenchmarkStrJoin(b *testing.B)          { benchPython(b, benchTextSetup, "','.join(sparts)") }
func BenchmarkStrSplit(b *testing.B)         { benchPython(b, benchTextSetup, "s.split()") }
func BenchmarkStrFind(b *testing.B)          { benchPython(b, benchTextSetup, "s.find('lazy cat')") }
func BenchmarkStrSliceNonASCII(b *testing.B) { benchPython(b, benchTextSetup, "u[100:200]") }
func BenchmarkStrIndexNonASCII(b *testing.B) { benchPython(b, benchTextSetup, "u[500]") }
func BenchmarkStrHash(b *testing.B)          { benchPython(b, benchTextSetup, "hash(s[1:])") }
func BenchmarkStrIndexASCII(b *testing.B)    { benchPython(b, benchTextSetup, "s[500]") }
func BenchmarkStrIndexNegative(b *testing.B) { benchPython(b, benchTextSetup, "u[-5]") }
func BenchmarkStrStartswith(b *testing.B)    { benchPython(b, benchTextSetup, "s.startswith('The')") }
func BenchmarkStrStartswithTuple(b *testing.B) {
	benchPython(b, benchTextSetup, "s.startswith(('x', 'y', 'The'))")
}
