//go:build !unix

package main

// dieBySIGINT cannot end the process by a signal here: the caller exits
// with status 130 instead.
func dieBySIGINT() {}
