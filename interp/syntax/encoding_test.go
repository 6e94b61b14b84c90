package syntax

import (
	"testing"

	"github.com/gilpy/gilpy/interp/syntax/ast"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The messages expected here are what python3 (3.11) prints when it runs a
// file with these bytes; compile() of a str cannot show them, as the
// decoding happens before.
func TestSourceEncodingErrors(t *testing.T) {
	for src, msg := range map[string]string{
		"x = 1\ny = \"\xff\"\n":                  "Non-UTF-8 code starting with '\\xff' in file f.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
		"# coding: ascii\nx = \"\xc3\xa9\"\n":    "encoding problem: ascii",
		"# coding: foo-bar\nx = 1\n":             "encoding problem: foo-bar",
		"\xef\xbb\xbf# coding: latin-1\nx = 1\n": "encoding problem: iso-8859-1 with BOM",
		"x = 1\x00\n":                            "source code cannot contain null bytes",
	} {
		_, err := Parse([]byte(src), "f.py", Exec)
		require.Error(t, err, "%q", src)
		assert.Equal(t, msg, err.(*SyntaxError).Msg, "%q", src)
	}
}

func TestSourceEncodings(t *testing.T) {
	for src, want := range map[string]string{
		"# -*- coding: latin-1 -*-\nx = '\xe9'\n":                           "é",
		"# coding=cp1252\nx = '\x80'\n":                                     "€",
		"#!/usr/bin/python\n# vim: set fileencoding=koi8-r :\nx = '\xc1'\n": "а",
		"\xef\xbb\xbfx = '\xc3\xa9'\n":                                      "é",
		"# coding: utf-8\nx = '\xc3\xa9'\n":                                 "é",
	} {
		mod, err := Parse([]byte(src), "f.py", Exec)
		require.NoError(t, err, "%q", src)
		v := mod.(*ast.Module).Body[0].(*ast.Assign).Value.(*ast.Constant).Value
		assert.Equal(t, want, v, "%q", src)
	}
}
